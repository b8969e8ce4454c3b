/**
 * The view of a message that every finder reads: invisible characters
 * removed, full-width and other scripts' digits read as ASCII, look-alike
 * letters inside Latin words read as Latin. Disguised personal data
 * ("An\u200Ba", "４１５ ５５５ ０１００", "Аna" with a Cyrillic А) is then found
 * by the same patterns as plain data, and `origin` maps every span back to the
 * original text so the replacement covers the disguise too.
 */

export interface TextView {
  text: string;
  /** For each UTF-16 unit of `text`, its index in the original. */
  origin: Int32Array;
}

// Characters that render as nothing: dropped from the view so "An\u200Ba" reads "Ana".
const INVISIBLE = new Set<number>([0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x3164, 0xfeff, 0xffa0]);
const isInvisible = (c: number): boolean =>
  INVISIBLE.has(c) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || (c >= 0xfe00 && c <= 0xfe0f);
// Zeros of digit blocks read as ASCII digits (Arabic-Indic, Persian, Devanagari, Bengali, Thai, Lao, Myanmar).
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x1040];
// Cyrillic and Greek letters drawn exactly like Latin ones, case kept (capitals matter for names).
const LATIN_LOOKALIKES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ο: 'o', ν: 'v', Α: 'A', Β: 'B', Ε: 'E', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ζ: 'Z',
};

function foldUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII
  if (c === 0x3000) return 0x20; // ideographic space
  if (c >= 0x0660 && c <= 0x1049) for (const zero of DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return 0x30 + c - zero;
  return c;
}

export function buildView(original: string): TextView {
  const units = new Uint16Array(original.length);
  const origin = new Int32Array(original.length);
  let n = 0;
  let lookalike = false;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0x80 && isInvisible(c)) continue;
    const folded = c < 0x80 ? c : foldUnit(c);
    if (folded >= 0x370 && folded < 0x530) lookalike = true;
    units[n] = folded;
    origin[n] = i;
    n++;
  }
  let text = unitsToString(units, n);
  if (lookalike) text = foldLookalikeWords(text);
  return { text, origin: origin.slice(0, n) };
}

function unitsToString(units: Uint16Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += 8192) s += String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192)));
  return s;
}

/** "Аna" (Cyrillic А) reads "Ana"; a word with no Latin letter ("Анна") stays as written. */
function foldLookalikeWords(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (!/[a-z]/i.test(word) || !/[\u0370-\u052f]/.test(word)) return word;
    let out = '';
    for (const ch of word) out += LATIN_LOOKALIKES[ch] ?? ch;
    // Replacements are one unit for one, so view offsets stay aligned.
    return out.length === word.length ? out : word;
  });
}
