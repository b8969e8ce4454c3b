// Evasive rewrites of a message, as scam scripts use them to slip past keyword
// filters. The evaluation scores later-stage messages plainly and rewritten
// each way; a detector that holds keeps most of its recall. Deterministic.
import { seededRandom } from '../train/logistic.ts';

export const EVASIONS = ['homoglyphs', 'zero-width', 'spaced letters', 'emoji separators', 'leetspeak', 'numbers in words', 'split links', 'mixed scripts', 'phone typography'] as const;
export type Evasion = (typeof EVASIONS)[number];

const CYRILLIC: Record<string, string> = { a: 'а', e: 'е', o: 'о', p: 'р', c: 'с', x: 'х', y: 'у', i: 'і', A: 'А', E: 'Е', O: 'О', P: 'Р', C: 'С', T: 'Т', H: 'Н', K: 'К', M: 'М', B: 'В' };
const LEET: Record<string, string> = { a: '4', e: '3', i: '1', o: '0', s: '5', t: '7' };
const EMOJI = ['💰', '🚀', '✨', '🔥'];
const WORD = /[\p{L}\p{N}]{4,}/gu;

export function evade(text: string, how: Evasion, seed = 1): string {
  const random = seededRandom(seed + text.length);
  switch (how) {
    case 'homoglyphs':
      return [...text].map((ch) => (CYRILLIC[ch] && random() < 0.6 ? CYRILLIC[ch] : ch)).join('');
    case 'mixed scripts':
      // One look-alike letter per word: words that are neither script.
      return text.replace(/[A-Za-z]{3,}/g, (w) => {
        const at = [...w].findIndex((ch) => CYRILLIC[ch]);
        return at < 0 ? w : w.slice(0, at) + CYRILLIC[w[at]!] + w.slice(at + 1);
      });
    case 'zero-width':
      return text.replace(WORD, (w) => [...w].join('\u200B'));
    // Scripts space out a few words, never two in a row (a reader could not tell where one ends).
    case 'spaced letters':
      return everyOtherWord(text, random, (w) => [...w].join(' '));
    case 'emoji separators':
      return everyOtherWord(text, random, (w) => [...w].join(EMOJI[Math.floor(random() * EMOJI.length)]!));
    case 'leetspeak':
      return text.replace(/[A-Za-z]{3,}/g, (w) => [...w].map((ch, i) => (i > 0 && LEET[ch.toLowerCase()] && random() < 0.5 ? LEET[ch.toLowerCase()] : ch)).join(''));
    case 'numbers in words':
      return text.replace(/(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d{1,6})(?![\d.,]\d)/g, (n) => numberWords(Number(n.replace(/,/g, ''))));
    // Not an evasion but how phones type: curly apostrophes and quotes, an ellipsis character.
    case 'phone typography':
      return text.replace(/'/g, '\u2019').replace(/"([^"]*)"/g, '\u201C$1\u201D').replace(/\.\.\./g, '\u2026');
    case 'split links':
      return text.replace(/(?<![a-z0-9-])([a-z0-9-]{1,63})\.([a-z]{2,12})(\/\S{0,200})?/gi, (_m, host: string, tld: string, path?: string) => `${host} . ${tld}${path ? ` / ${path.slice(1)}` : ''}`);
  }
}

function everyOtherWord(text: string, random: () => number, rewrite: (word: string) => string): string {
  let previous = -2;
  let index = 0;
  return text.replace(/[\p{L}\p{N}]+/gu, (w) => {
    index++;
    if (w.length < 4 || index - previous < 2 || random() >= 0.5) return w;
    previous = index;
    return rewrite(w);
  });
}

const ONES = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** English words for 0 to 999,999 ("5000" is "five thousand"): how scripts spell amounts past filters. */
export function numberWords(n: number): string {
  if (n < 20) return ONES[n]!;
  if (n < 100) return TENS[Math.floor(n / 10)]! + (n % 10 ? `-${ONES[n % 10]}` : '');
  if (n < 1000) return `${ONES[Math.floor(n / 100)]} hundred${n % 100 ? ` ${numberWords(n % 100)}` : ''}`;
  return `${numberWords(Math.floor(n / 1000))} thousand${n % 1000 ? ` ${numberWords(n % 1000)}` : ''}`;
}
