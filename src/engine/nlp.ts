import nlp from 'compromise';

/**
 * Money amounts. Amounts written with digits ("$500", "5000 USDT", "2.3 btc",
 * "30k") are found by one regular expression; compromise, taught crypto
 * tickers by a plugin, reads the amounts written in words ("five thousand
 * dollars", "two grand in usdt"). compromise costs about a millisecond a call,
 * so it runs only on messages with both a number word and a currency, and its
 * results are cached by text.
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
const DIGIT_MONEY = new RegExp(
  `[$€£¥]\\s?\\d[\\d,]*(?:\\.\\d+)?(?:\\s?(?:k|m|million|grand)\\b)?|\\b\\d[\\d,]*(?:\\.\\d+)?\\s?(?:(?:k|m|million|thousand)\\s?)?${CURRENCY}\\b|\\b\\d+(?:[.,]\\d+)?\\s?k\\b`,
  'g',
);
const NUMBER_WORDS = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|couple|few)';
// A spelled-out number right before a currency ("five thousand usdt", "a few grand").
const WORD_MONEY_CUE = new RegExp(`\\b${NUMBER_WORDS}(?:[ -](?:${NUMBER_WORDS}|and|of))*\\s(?:${CURRENCY})\\b`);

const cache = new Map<string, MoneyMention[]>();
const CACHE_LIMIT = 2000;

export function findMoney(folded: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  if (/\d/.test(folded)) for (const m of folded.matchAll(DIGIT_MONEY)) found.push(mention(folded, m.index, m.index + m[0].length));
  if (WORD_MONEY_CUE.test(folded)) {
    for (const m of wordAmounts(folded)) if (!found.some((f) => f.start < m.end && m.start < f.end)) found.push(m);
    found.sort((a, b) => a.start - b.start);
  }
  return found;
}

function wordAmounts(folded: string): MoneyMention[] {
  const cached = cache.get(folded);
  if (cached) return cached;
  const json = nlp(folded).money().json({ offset: true }) as Array<{ offset: { start: number; length: number } }>;
  const found = json.map((m) => mention(folded, m.offset.start, m.offset.start + m.offset.length));
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(folded, found);
  return found;
}

/** Empties the money cache (benchmarks measure cold runs). */
export function clearMoneyCache(): void {
  cache.clear();
}

function mention(folded: string, start: number, end: number): MoneyMention {
  const text = folded.slice(start, end).replace(/[\s.,!?]+$/, '');
  return { start, end: start + text.length, text, amount: parseAmount(text), currency: parseCurrency(text) };
}

export function parseAmount(text: string): number | null {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(k|m|grand)?\b/.exec(text);
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
  const word = CURRENCY_WORDS.find((w) => new RegExp(`\\b${w}\\b`).test(text));
  if (!word) return null;
  if (word.startsWith('dollar') || word === 'bucks' || word === 'grand') return 'usd';
  if (word.startsWith('bitcoin')) return 'btc';
  if (word.startsWith('tether')) return 'usdt';
  if (word === 'euros') return 'eur';
  return word;
}
