import nlp from 'compromise';

/**
 * Money amounts. Amounts written with digits ("$500", "5000 USDT", "2.3 btc",
 * "30k") are found by one regular expression; compromise, taught crypto
 * tickers by a plugin, reads the amounts written in words ("five thousand
 * dollars", "two grand in usdt").
 *
 * compromise costs about a millisecond a call, more on long texts (a message
 * of 20,000 characters of amounts in words took seconds), so it never sees a
 * whole message: a cheap regular expression (WORD_MONEY_CUE: a number word
 * before a currency) finds the candidates, and compromise reads a short
 * window around each (WINDOW characters either side, clipped to word
 * boundaries, overlapping windows merged), for at most MAX_WINDOWS candidates
 * a message. Its results are cached by window text.
 *
 * Every regular expression here takes linear time on any text
 * (tests/engine/redos.test.ts).
 */
const CURRENCY_WORDS = [
  'usdt', 'usdc', 'btc', 'eth', 'bnb', 'trx', 'xrp', 'sol', 'doge', 'busd', 'dai', 'ltc',
  'bitcoin', 'bitcoins', 'ether', 'tether', 'tethers', 'dollar', 'dollars', 'bucks', 'grand',
  'usd', 'eur', 'gbp', 'aud', 'cad', 'sgd', 'hkd', 'rmb', 'yuan', 'pesos', 'reais', 'euros',
];

nlp.plugin({ words: Object.fromEntries(CURRENCY_WORDS.map((w) => [w, 'Currency'])) });

export interface MoneyMention {
  /** Span in the folded text. */
  start: number;
  end: number;
  text: string;
  amount: number | null;
  currency: string | null;
}

const CURRENCY = `(?:${CURRENCY_WORDS.join('|')})`;
const CURRENCY_RES = CURRENCY_WORDS.map((w) => [w, new RegExp(`\\b${w}\\b`)] as const);
/**
 * Amounts written with digits (exported for the ReDoS test). The digit run
 * after a bare `\b` is bounded: unbounded, it would restart at every "1," of
 * "1,1,1,…" and read to the end each time (quadratic time).
 */
export const DIGIT_MONEY = new RegExp(
  `[$€£¥]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:k|m|million|grand)\\b)?|\\b\\d[\\d,]{0,24}(?:\\.\\d+)?\\s?(?:(?:k|m|million|thousand)\\s?)?${CURRENCY}\\b|\\b\\d+(?:[.,]\\d+)?\\s?k\\b`,
  'g',
);
const NUMBER_WORDS = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|couple|few)';
/**
 * A spelled-out number right before a currency ("five thousand usdt", "a few
 * grand"): where compromise is worth running. At most eight more words make
 * up the number, so that a long run of number words costs linear time.
 */
export const WORD_MONEY_CUE = new RegExp(`\\b${NUMBER_WORDS}(?:[ -](?:${NUMBER_WORDS}|and|of)){0,8}\\s${CURRENCY}\\b`, 'g');

/** Characters compromise reads on either side of a candidate. */
const WINDOW = 80;
/** Candidates read per message; the rest of a long message is left to the digit pattern. */
const MAX_WINDOWS = 8;

const cache = new Map<string, MoneyMention[]>();
const CACHE_LIMIT = 2000;

export function findMoney(folded: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  if (/\d/.test(folded)) for (const m of folded.matchAll(DIGIT_MONEY)) found.push(mention(folded, m.index, m.index + m[0].length));
  const windows = cueWindows(folded);
  if (windows.length > 0) {
    const digits = found.length;
    for (const [start, end] of windows) {
      for (const m of wordAmounts(folded, start, end)) {
        // Word amounts give way to the digit amounts they overlap.
        if (!overlapsAny(found, digits, m)) found.push(m);
      }
    }
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

/** Whether `m` overlaps one of the first `count` mentions (sorted by start, disjoint). */
function overlapsAny(sorted: readonly MoneyMention[], count: number, m: MoneyMention): boolean {
  let lo = 0;
  let hi = count;
  // First mention ending after m starts.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.end <= m.start) lo = mid + 1;
    else hi = mid;
  }
  return lo < count && sorted[lo]!.start < m.end;
}

/** Windows [start, end) of the folded text around the first MAX_WINDOWS candidates, merged where they overlap. */
function cueWindows(folded: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  let count = 0;
  for (const m of folded.matchAll(WORD_MONEY_CUE)) {
    const cueStart = m.index;
    const cueEnd = m.index + m[0].length;
    // Clip to word boundaries, so compromise never reads half a word.
    let start = Math.max(0, cueStart - WINDOW);
    while (start > 0 && start < cueStart && folded[start - 1] !== ' ') start++;
    let end = Math.min(folded.length, cueEnd + WINDOW);
    while (end < folded.length && end > cueEnd && folded[end] !== ' ') end--;
    const last = windows[windows.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
    if (++count >= MAX_WINDOWS) break;
  }
  return windows;
}

/** Money compromise reads in folded[start, end), with spans in the folded text. */
function wordAmounts(folded: string, start: number, end: number): MoneyMention[] {
  const text = folded.slice(start, end);
  let found = cache.get(text);
  if (!found) {
    const json = nlp(text).money().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
    found = json.map((m) => mention(text, m.offset.start, m.offset.start + m.offset.length));
    if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
    cache.set(text, found);
  }
  return start === 0 ? found : found.map((m) => ({ ...m, start: m.start + start, end: m.end + start }));
}

/** Empties the money cache (benchmarks measure cold runs). */
export function clearMoneyCache(): void {
  cache.clear();
}

const TRAILING = /[\s.,!?]/;

function mention(folded: string, start: number, end: number): MoneyMention {
  // Trailing spaces and punctuation are not part of the amount (a loop: `[\s.,!?]+$` is quadratic on long runs of them).
  while (end > start && TRAILING.test(folded[end - 1]!)) end--;
  const text = folded.slice(start, end);
  return { start, end, text, amount: parseAmount(text), currency: parseCurrency(text) };
}

export function parseAmount(text: string): number | null {
  // The first number: found from the start of its run of digits and commas, so "1,1,1,…" costs linear time.
  const m = /(?<![\d,]),*(\d[\d,]*(?:\.\d+)?)\s*(k|m|grand)?\b/.exec(text);
  if (!m) {
    const value = (nlp(text).numbers().get() as number[])[0];
    if (typeof value !== 'number' || !Number.isFinite(value)) return null;
    return /\bgrand\b/.test(text) ? value * 1000 : value;
  }
  let value = Number(m[1]!.replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  if (m[2] === 'k' || m[2] === 'grand') value *= 1000;
  if (m[2] === 'm') value *= 1_000_000;
  return value;
}

function parseCurrency(text: string): string | null {
  if (/\$/.test(text)) return 'usd';
  if (/€/.test(text)) return 'eur';
  if (/£/.test(text)) return 'gbp';
  const word = CURRENCY_RES.find(([, re]) => re.test(text))?.[0];
  if (!word) return null;
  if (word.startsWith('dollar') || word === 'bucks' || word === 'grand') return 'usd';
  if (word.startsWith('bitcoin')) return 'btc';
  if (word.startsWith('tether')) return 'usdt';
  if (word === 'euros') return 'eur';
  return word;
}
