import nlp from 'compromise';

/**
 * compromise, taught crypto tickers. It is the slowest part of the engine
 * (about 2 ms a message), so callers run it only on messages that can hold an
 * amount (see `mayHoldMoney`) and cache by text.
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

const MONEY_CUE = new RegExp(`[$€£¥₹]|\\d\\s*k\\b|\\b(?:${CURRENCY_WORDS.join('|')})\\b`);
const K_AMOUNT = /(?:[$€£]\s*)?\b\d+(?:[.,]\d+)?\s*k\b/g;

/** True when a folded message has a digit next to a currency sign, ticker or "k". */
export function mayHoldMoney(folded: string): boolean {
  return /\d/.test(folded) && MONEY_CUE.test(folded);
}

const cache = new Map<string, MoneyMention[]>();
const CACHE_LIMIT = 2000;

export function findMoney(folded: string): MoneyMention[] {
  if (!mayHoldMoney(folded)) return [];
  const cached = cache.get(folded);
  if (cached) return cached;
  const found: MoneyMention[] = [];
  const json = nlp(folded).money().json({ offset: true }) as Array<{ text: string; offset: { start: number; length: number } }>;
  for (const m of json) {
    found.push(mention(folded, m.offset.start, m.offset.start + m.offset.length));
  }
  // compromise does not read "30k" as money; we do, when nothing overlaps.
  for (const m of folded.matchAll(K_AMOUNT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (!found.some((f) => f.start < end && start < f.end)) found.push(mention(folded, start, end));
  }
  found.sort((a, b) => a.start - b.start);
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value!);
  cache.set(folded, found);
  return found;
}

function mention(folded: string, start: number, end: number): MoneyMention {
  const text = folded.slice(start, end).replace(/[\s.,!?]+$/, '');
  return { start, end: start + text.length, text, amount: parseAmount(text), currency: parseCurrency(text) };
}

export function parseAmount(text: string): number | null {
  const m = /(\d[\d,]*(?:\.\d+)?)\s*(k|m|grand)?\b/.exec(text);
  if (!m) return null;
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
