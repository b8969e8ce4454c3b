import { describe, expect, it } from 'vitest';
import { ALL_LOCALES, analyzeMessage } from '../../src/engine/analyze.ts';
import { REASONS } from '../../src/engine/reasons/index.ts';
import { compileRules, META_RULES, RULE_SETS } from '../../src/engine/rules/index.ts';
import { STAGES, type Sender } from '../../src/engine/types.ts';

const compiled = compileRules();
const firedIn = (text: string, from: Sender): string[] => analyzeMessage({ from, text }, 0, compiled, ALL_LOCALES).hits.map((h) => h.rule.id);

// Every rule's examples, in every language: each hit example must fire the rule, each miss must not.
describe.each(RULE_SETS.map((s) => [s.locale, s] as const))('rules (%s)', (locale, set) => {
  describe.each(set.rules.map((r) => [`${locale}.${r.key}`, r] as const))('%s', (id, rule) => {
    const from = rule.from ?? 'them';
    it('has at least one example it must fire on and one it must not', () => {
      expect(rule.examples.hit.length).toBeGreaterThan(0);
      expect(rule.examples.miss.length).toBeGreaterThan(0);
    });
    it.each(rule.examples.hit)('fires on %j', (text) => {
      expect(firedIn(text, from)).toContain(id);
    });
    // Phones type typographic apostrophes ("I’m", "don’t", "c’est"): the rule must not depend on which.
    const typographic = rule.examples.hit.filter((t) => t.includes("'"));
    if (typographic.length > 0)
      it('fires on its examples typed with typographic apostrophes', () => {
        for (const text of typographic) expect(firedIn(text.replaceAll("'", '\u2019'), from), text).toContain(id);
      });
    it.each(rule.examples.miss)('stays quiet on %j', (text) => {
      expect(firedIn(text, from)).not.toContain(id);
    });
    it('has a reason the user can read, in English and in its own language when that language has reason texts', () => {
      expect(REASONS.en![rule.key], `no English reason for ${rule.key}`).toMatch(/^.{20,}[.!]$/s);
      if (REASONS[locale]) expect(REASONS[locale][rule.key], `no ${locale} reason for ${rule.key}`).toMatch(/^.{8,}[.!。！]$/s);
    });
  });

  it('is well formed: one rule per key, known stages, finite weights, something to match', () => {
    const keys = set.rules.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of set.rules) {
      expect(r.key).toMatch(/^[a-z][a-z0-9_]+$/);
      expect(STAGES).toContain(r.stage);
      expect(Number.isFinite(r.weight)).toBe(true);
      expect(r.any !== undefined || r.entity !== undefined).toBe(true);
    }
  });
});

describe('meta rules', () => {
  it('only require stages or rule keys that exist, and have a reason', () => {
    const keys = new Set<string>(RULE_SETS.flatMap((s) => s.rules.map((r) => r.key)));
    for (const m of META_RULES) {
      const needs = [...m.all, ...(m.oneOf ?? []), ...(m.atLeast?.of.flat() ?? [])];
      expect(needs.length).toBeGreaterThan(1);
      for (const need of needs) expect(keys.has(need) || (STAGES as readonly string[]).includes(need), need).toBe(true);
      expect(REASONS.en![m.key]).toMatch(/^.{20,}[.!]$/s);
    }
  });
});

describe('reason texts', () => {
  it('exist in English for every key any rule uses, and only for those', () => {
    const used = new Set<string>([...RULE_SETS.flatMap((s) => s.rules.map((r) => r.key)), ...META_RULES.map((m) => m.key)]);
    for (const key of used) expect(REASONS.en![key as keyof typeof REASONS.en], key).toBeTruthy();
    for (const [locale, table] of Object.entries(REASONS)) for (const key of Object.keys(table)) expect(used.has(key), `${locale}: ${key} is not a rule key`).toBe(true);
  });
});

describe('languages', () => {
  it("run a language's rules once the conversation shows that language, and keep them on", () => {
    const seen = analyzeMessage({ from: 'them', text: 'salut, je suis Lucie, ça va ?' }, 0, compiled).locales;
    expect(seen.has('fr')).toBe(true);
    const after = analyzeMessage({ from: 'them', text: 'garde ça entre nous ok ?' }, 1, compiled, seen);
    expect(after.hits.map((h) => h.rule.id)).toContain('fr.secrecy');
    const alone = analyzeMessage({ from: 'them', text: 'how was your day? mine was fine' }, 1, compiled);
    expect([...alone.locales]).toEqual([]);
  });
});

describe('rule hits', () => {
  it('fire through evasive spelling and point at the original text', () => {
    const text = 'add me on wh@tsapp, my 𝐮𝐧𝐜𝐥𝐞 is a senior analyst';
    const analysis = analyzeMessage({ from: 'them', text }, 0, compiled);
    const move = analysis.hits.find((h) => h.rule.id === 'en.move_off_platform')!;
    expect(text.slice(move.start, move.end)).toBe('add me on wh@tsapp');
    const analyst = analysis.hits.find((h) => h.rule.id === 'en.relative_analyst')!;
    expect(text.slice(analyst.start, analyst.end)).toBe('my 𝐮𝐧𝐜𝐥𝐞 is a senior analyst');
  });

  it('opening rules only fire on the first three messages of the other party', () => {
    const at = (ordinal: number) => analyzeMessage({ from: 'them', text: 'Hi, is this Jenny?' }, ordinal, compiled).hits.map((h) => h.rule.id);
    expect(at(0)).toContain('en.wrong_number');
    expect(at(5)).not.toContain('en.wrong_number');
  });

  it('read only the sender they are written for', () => {
    expect(firedIn('my aunt is a senior analyst', 'me')).not.toContain('en.relative_analyst');
    expect(firedIn('ok i sent 500 usdt', 'them')).not.toContain('en.me_sent_money');
  });
});

describe('quoted evidence', () => {
  const quotedHits = (text: string): Array<[string, boolean]> =>
    analyzeMessage({ from: 'them', text }, 0, compiled).hits.filter((h) => h.rule.id === 'en.relative_analyst').map((h) => [text.slice(h.start, h.end), h.quoted]);

  it('marks hits between quotation marks of every kind', () => {
    for (const [open, close] of [['"', '"'], ['\u201C', '\u201D'], ['\u00AB', '\u00BB'], ['\u300C', '\u300D'], ['\u201E', '\u201C'], [" '", "' "], [' \u2018', '\u2019 ']]) {
      expect(quotedHits(`she wrote${open}my aunt is a senior analyst${close}lol`)).toEqual([['my aunt is a senior analyst', true]]);
    }
  });

  it('pairs each opening mark with the first closing mark after it, past unclosed ones', () => {
    expect(quotedHits('my aunt is a senior analyst "she said')).toEqual([['my aunt is a senior analyst', false]]);
    expect(quotedHits('she wrote \u201C oops \u00AB "my aunt is a senior analyst" \u201C')).toEqual([['my aunt is a senior analyst', true]]);
    expect(quotedHits('"a" my aunt is a senior analyst "b"')).toEqual([['my aunt is a senior analyst', false]]);
    expect(quotedHits("don't worry, it's true: my aunt is a senior analyst")).toEqual([['my aunt is a senior analyst', false]]);
  });
});

describe('reported speech', () => {
  const hitsOf = (text: string) => analyzeMessage({ from: 'them', text }, 0, compiled).hits.map((h) => [h.rule.key, h.quoted] as const);

  it("discounts someone else's words, to the end of the sentence", () => {
    const hits = hitsOf("he keeps saying my uncle is a senior analyst and it's guaranteed profit. it's a scam right?");
    expect(hits).toContainEqual(['relative_analyst', true]);
    expect(hits).toContainEqual(['guaranteed_returns', true]);
  });

  it('does not let warnings or quotation marks alone discount the script', () => {
    expect(hitsOf('heads up, be careful out there! my aunt is a senior analyst, guaranteed profit')).toContainEqual(['relative_analyst', false]);
    expect(hitsOf('my aunt is a "senior analyst" and the profit is "guaranteed"')).not.toContainEqual(['relative_analyst', true]);
  });

  it("keeps the other party's own instructions after the reported sentence", () => {
    const hits = hitsOf('my friend said it was risky. trust me, it is guaranteed profit, send 500 usdt today');
    expect(hits).toContainEqual(['guaranteed_returns', false]);
  });

  it('discounts a screenshot of a message, and not a screenshot of a profit page', () => {
    expect(hitsOf("[screenshot: text from a stranger 'my aunt is a senior analyst, guaranteed profit'] is this real?")).toContainEqual(['relative_analyst', true]);
    expect(hitsOf('[captura: mensaje \u201Cmy aunt is a senior analyst\u201D]')).toContainEqual(['relative_analyst', true]);
    expect(hitsOf('[screenshot: my aunt is a senior analyst, profit +4,380 USDT]')).toContainEqual(['relative_analyst', false]);
  });

  it('discounts a whole quoted message introduced by a colon', () => {
    const hits = hitsOf('I got this message: "my aunt is a senior analyst. guaranteed profit every day" is it legit?');
    expect(hits).toContainEqual(['relative_analyst', true]);
    expect(hits).toContainEqual(['guaranteed_returns', true]);
  });
});


describe('forwarded messages', () => {
  const quotedKeys = (text: string) =>
    analyzeMessage({ from: 'them', text }, 0, compiled, ALL_LOCALES)
      .hits.filter((h) => h.quoted)
      .map((h) => h.rule.key);

  it.each([
    ['someone in the channel keeps posting about an "AI arbitrage bot", "2.4% daily". thoughts?', 'daily_returns'],
    ['my mom got a text: "my aunt is a senior analyst, guaranteed profit every day"', 'relative_analyst'],
    ['ma mère a reçu un SMS : "vous devez payer 15% d\'impôt avant de retirer"', 'withdrawal_fee'],
  ])('discounts the scam lines in %j', (text, key) => {
    expect(quotedKeys(text)).toContain(key);
  });
});
