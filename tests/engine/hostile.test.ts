import { describe, expect, it } from 'vitest';
import { analyzeMessage, compileRules, RULE_SETS, scanConversation } from '../../src/engine/index.ts';
import { clearMoneyCache } from '../../src/engine/nlp.ts';

// One scorer serves every browser tab: a single hostile message must not
// stall every chat's warnings. Each pathological text below goes through the
// public API at 1,000 and 20,000 characters; the time must grow about
// linearly (20x; allowed: 60x, the machine is noisy) and stay well under a
// second. Times are the fastest of a few runs, after a warm-up.

const rules = compileRules();
const everyLocale = new Set(RULE_SETS.map((s) => s.locale));

const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const HOSTILE: Record<string, (length: number) => string> = {
  'money in words': (n) => repeat('five thousand usdt ', n),
  'money in words and digits': (n) => repeat('two grand and 1,500 usdt or five thousand dollars ', n),
  'unclosed quotes': (n) => repeat('\u201Cx ', n),
  'alternating quotes': (n) => repeat('"\u201C\u00AB\u300C', n),
  'single quotes that never close': (n) => repeat(" 'a", n),
  'digit runs': (n) => repeat('1', n),
  '"1," runs': (n) => repeat('1,', n),
  '"1," runs after a verb': (n) => `ich hab ${repeat('1,', n - 8)}`,
  brackets: (n) => repeat('(', n),
  'emoji-spaced letters': (n) => repeat('💰U💰S💰D💰T', n),
  'one long word': (n) => repeat('a', n),
  '"dot com" runs': (n) => repeat('dot com ', n),
  'zero-width characters between letters': (n) => repeat('u\u200Bs\u200Bd\u200Bt\u200B', n),
  leetspeak: (n) => repeat('1nv3$t pr0f1t wh@tsapp ', n),
  '"@" inside one word': (n) => repeat('a@', n),
  'spaces before a dot': (n) => `coinvexa${repeat(' ', n - 10)}.x`,
  'Chinese numerals': (n) => repeat('1一万', n),
};

/** One message through everything a chat does with it: both senders' analyses and a conversation verdict. */
function run(text: string): void {
  clearMoneyCache(); // measure compromise itself, not its cache
  analyzeMessage({ from: 'them', text }, 0, rules, everyLocale);
  analyzeMessage({ from: 'me', text }, 0, rules, everyLocale);
  scanConversation([{ from: 'them', text }], { rules });
}

function fastest(text: string, runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    run(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

describe('hostile messages', () => {
  it.each(Object.entries(HOSTILE))('%s: linear time', (_name, make) => {
    const small = make(1_000);
    const large = make(20_000);
    expect(small.length).toBe(1_000);
    expect(large.length).toBe(20_000);
    run(small); // warm-up
    const tSmall = fastest(small, 3);
    const tLarge = fastest(large, 3);
    // Below a millisecond the small time is mostly timer noise.
    const ratio = tLarge / Math.max(tSmall, 1);
    expect(tLarge, `20,000 characters took ${tLarge.toFixed(1)} ms`).toBeLessThan(1_000);
    expect(ratio, `1,000 characters: ${tSmall.toFixed(1)} ms; 20,000: ${tLarge.toFixed(1)} ms`).toBeLessThanOrEqual(60);
  });

  it('reads a long message whole: no cut-off to hide a pitch behind', () => {
    const text = `${repeat('five thousand usdt ', 30_000)} my aunt is a senior analyst, you should try investing with me`;
    const ids = analyzeMessage({ from: 'them', text }, 0, rules).hits.map((h) => h.rule.id);
    expect(ids).toContain('WEALTH_RELATIVE_ANALYST');
    expect(ids).toContain('PITCH_INVITE');
  });
});
