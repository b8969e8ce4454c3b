import { describe, expect, it } from 'vitest';
import { ALL_LOCALES, analyzeMessage } from '../../src/engine/analyze.ts';
import { compileRules, RULE_SETS } from '../../src/engine/rules/index.ts';
import { STAGES, type Sender } from '../../src/engine/types.ts';

const compiled = compileRules();
const firedIn = (text: string, from: Sender): string[] => analyzeMessage({ from, text }, 0, compiled, ALL_LOCALES).hits.map((h) => h.rule.id);

describe.each(RULE_SETS.map((s) => [s.locale, s] as const))('rules (%s)', (_locale, set) => {
  describe.each(set.rules.map((r) => [r.id, r] as const))('%s', (_id, rule) => {
    const from = rule.from ?? 'them';
    it.each(rule.examples.hit)('fires on %j', (text) => {
      expect(firedIn(text, from)).toContain(rule.id);
    });
    it.each(rule.examples.miss)('stays quiet on %j', (text) => {
      expect(firedIn(text, from)).not.toContain(rule.id);
    });
  });

  it('is well formed: ids unique and upper case, text for users, examples both ways', () => {
    const ids = [...set.rules, ...set.meta].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of [...set.rules, ...set.meta]) {
      expect(r.id).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(STAGES).toContain(r.stage);
      expect(r.description.length).toBeGreaterThan(20);
      expect(r.description).toMatch(/[.!]$/);
      expect(Number.isFinite(r.weight)).toBe(true);
    }
    for (const r of set.rules) {
      expect(r.any !== undefined || r.entity !== undefined).toBe(true);
      expect(r.examples.hit.length).toBeGreaterThan(0);
      expect(r.examples.miss.length).toBeGreaterThan(0);
    }
  });

  it('covers every stage of the script', () => {
    const covered = new Set(set.rules.filter((r) => r.weight > 0).map((r) => r.stage));
    for (const stage of STAGES) expect(covered).toContain(stage);
  });

  it('meta rules only require stages or rules that exist', () => {
    const ids = new Set(set.rules.map((r) => r.id));
    for (const m of set.meta) {
      expect(m.all.length).toBeGreaterThan(1);
      for (const need of m.all) expect(ids.has(need) || (STAGES as readonly string[]).includes(need)).toBe(true);
    }
  });
});

describe('languages', () => {
  it("run a language's rules once the conversation shows that language, and keep them on", () => {
    const seen = analyzeMessage({ from: 'them', text: 'salut, je suis Lucie, ça va ?' }, 0, compiled).locales;
    expect(seen.has('fr')).toBe(true);
    const after = analyzeMessage({ from: 'them', text: 'garde ça entre nous ok ?' }, 1, compiled, seen);
    expect(after.hits.map((h) => h.rule.id)).toContain('FR_RAPPORT_SECRECY');
    const alone = analyzeMessage({ from: 'them', text: 'how was your day? mine was fine' }, 1, compiled);
    expect([...alone.locales]).toEqual([]);
  });
});

describe('rule hits', () => {
  it('fire through evasive spelling and point at the original text', () => {
    const text = 'add me on wh@tsapp, my 𝐮𝐧𝐜𝐥𝐞 is a senior analyst';
    const analysis = analyzeMessage({ from: 'them', text }, 0, compiled);
    const move = analysis.hits.find((h) => h.rule.id === 'OFF_PLATFORM_MOVE')!;
    expect(text.slice(move.start, move.end)).toBe('add me on wh@tsapp');
    const analyst = analysis.hits.find((h) => h.rule.id === 'WEALTH_RELATIVE_ANALYST')!;
    expect(text.slice(analyst.start, analyst.end)).toBe('my 𝐮𝐧𝐜𝐥𝐞 is a senior analyst');
  });

  it('opening rules only fire on the first three messages of the other party', () => {
    const at = (ordinal: number) => analyzeMessage({ from: 'them', text: 'Hi, is this Jenny?' }, ordinal, compiled).hits.map((h) => h.rule.id);
    expect(at(0)).toContain('HOOK_WRONG_NUMBER');
    expect(at(5)).not.toContain('HOOK_WRONG_NUMBER');
  });

  it('read only the sender they are written for', () => {
    expect(firedIn('my aunt is a senior analyst', 'me')).not.toContain('WEALTH_RELATIVE_ANALYST');
    expect(firedIn('ok i sent 500 usdt', 'them')).not.toContain('ME_SENT_MONEY');
  });
});

describe('quoted evidence', () => {
  const quotedHits = (text: string): Array<[string, boolean]> =>
    analyzeMessage({ from: 'them', text }, 0, compiled).hits.filter((h) => h.rule.id === 'WEALTH_RELATIVE_ANALYST').map((h) => [text.slice(h.start, h.end), h.quoted]);

  it('marks hits between quotation marks of every kind', () => {
    for (const [open, close] of [['"', '"'], ['\u201C', '\u201D'], ['\u00AB', '\u00BB'], ['\u300C', '\u300D'], ['\u201E', '\u201C'], [" '", "' "], [' \u2018', '\u2019 ']]) {
      expect(quotedHits(`she wrote${open}my aunt is a senior analyst${close}lol`)).toEqual([['my aunt is a senior analyst', true]]);
    }
  });

  it('pairs each opening mark with the first closing mark after it, past unclosed ones', () => {
    expect(quotedHits('my aunt is a senior analyst "she said')).toEqual([['my aunt is a senior analyst', false]]);
    expect(quotedHits('\u201C oops \u00AB "my aunt is a senior analyst" \u201C')).toEqual([['my aunt is a senior analyst', true]]);
    expect(quotedHits('"a" my aunt is a senior analyst "b"')).toEqual([['my aunt is a senior analyst', false]]);
    expect(quotedHits("don't worry, it's true: my aunt is a senior analyst")).toEqual([['my aunt is a senior analyst', false]]);
  });
});
