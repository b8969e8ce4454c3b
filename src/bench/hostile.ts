// Pathological messages, shared by the linear-time test (tests/engine/hostile.test.ts)
// and `npm run bench`, which prints how long each takes at 1,000 and 20,000 characters.
import { analyzeMessage, compileRules, RULE_SETS, scanConversation } from '../engine/index.ts';
import { clearMoneyCache } from '../engine/nlp.ts';

export const rules = compileRules();
const everyLocale = new Set(RULE_SETS.map((s) => s.locale));

export const repeat = (unit: string, length: number): string => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export const HOSTILE: Record<string, (length: number) => string> = {
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
export function run(text: string): void {
  clearMoneyCache(); // measure compromise itself, not its cache
  analyzeMessage({ from: 'them', text }, 0, rules, everyLocale);
  analyzeMessage({ from: 'me', text }, 0, rules, everyLocale);
  scanConversation([{ from: 'them', text }], { rules });
}

export function fastest(text: string, runs: number): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    run(text);
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
