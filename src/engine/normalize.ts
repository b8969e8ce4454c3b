import { sify } from 'chinese-conv';
import { confusablesMap } from 'confusables';

/**
 * Normalisation against evasion. Scam scripts dodge keyword filters with
 * look-alike letters ("Telegrаm" with a Cyrillic "а"), invisible characters,
 * leetspeak ("1nvest", "U$DT"), spaced letters ("c r y p t o", "💰U💰S💰D💰T")
 * and spelled-out dots ("abc-coinex dot com"). We fold all of that into one
 * lower-case text for matching, and keep for every folded character the span
 * of original text it came from, so evidence always quotes what the user saw.
 */
export interface NormalizedText {
  /** Folded, lower-cased text that rules and entity finders match against. */
  text: string;
  /** For each UTF-16 unit of `text`, where its source starts in the original. */
  starts: Int32Array;
  /** For each UTF-16 unit of `text`, where its source ends in the original. */
  ends: Int32Array;
}

/** One piece of output text and the original span [a, b) it stands for. */
interface Piece {
  t: string;
  a: number;
  b: number;
}

const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/u;
const COMBINING_MARK = /\p{M}/u;
// Diacritics are dropped only from scripts where people type with or without them alike
// (Latin, Greek, Cyrillic; Arabic vowel signs). Elsewhere a mark is part of the spelling
// (Devanagari and Thai vowel signs) and stays; Hangul stays composed.
const MARKS_OPTIONAL = /[\p{Script=Latin}\p{Script=Greek}\p{Script=Cyrillic}\p{Script=Arabic}\p{Script=Hebrew}]/u;
const HAN = /\p{Script=Han}/u;
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
// Letters of other alphabets drawn exactly like Latin ones.
const LATIN_LOOKALIKES = new Set([...'аеорсухіјѕԁԛԝАВЕКМНОРСТХІЈЅαοορνΑΒΕΗΙΚΜΝΟΡΤΥΧΖ']);
// Letters that confusable folding would misread: Turkish dotless i is an "i", not an "l".
// Typographic apostrophes (phones type "I’m", "don’t", "c’est") read as the ASCII one rules are written with.
const LETTER_FOLDS: Record<string, string> = { '\u0131': 'i', '\u2019': "'", '\u2018': "'", '\u02BC': "'", '\u2032': "'" };
// Digits of other scripts read as ASCII digits ("٣٪" is "3%"): zero of each block.
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x1040];

function foldLetter(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x1049) for (const zero of DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return String(c - zero);
  return LETTER_FOLDS[ch] ?? ch;
}
const LATIN_LETTER = /[a-z]/;
const ANY_LETTER = /\p{L}/u;
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{So}\p{Sk}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}]/u;
// Confusable folding must not turn genuine letters of other alphabets into
// Latin lookalikes (the library maps "ß" to "B" and Cyrillic words to gibberish).
const KEEP_AS_IS = new Set(['ß']);
// Scripts with no Latin look-alikes in chat: never folded, even beside Latin letters ("下载APP").
const NEVER_FOLDED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Devanagari}\p{Script=Arabic}]/u;

/** Leetspeak digits and symbols, decoded only between letters (see decodeLeet). */
const LEET: Record<string, string> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '$': 's',
  '@': 'a',
  '|': 'l',
  '!': 'i',
};

const TLD_WORDS = new Set(
  'com net org io pro app vip cc xyz co top info biz me us uk ai trade finance exchange club live online site shop cloud link asia ltd group world global fund capital money cash market today one tech dev gg ly to tv ws im'.split(' '),
);

export function normalize(original: string): NormalizedText {
  return isPlain(original) ? foldPlain(original) : foldEvasions(original);
}

/** The full path: every evasion undone. `normalize` takes it unless the text is plainly innocent of them. */
export function foldEvasions(original: string): NormalizedText {
  let pieces = splitCodePoints(original);
  pieces = stripAndFold(pieces);
  pieces = decodeLeet(pieces);
  pieces = collapseSpacedLetters(pieces);
  pieces = joinSpelledDots(pieces);
  pieces = squeezeSpaces(pieces);
  return toNormalized(pieces);
}

/** Original span of folded text [start, end), as [originalStart, originalEnd). */
export function originalSpan(n: NormalizedText, start: number, end: number): [number, number] {
  if (n.text.length === 0 || end <= start) return [0, 0];
  const s = Math.max(0, Math.min(start, n.text.length - 1));
  const e = Math.max(s, Math.min(end, n.text.length) - 1);
  return [n.starts[s] ?? 0, n.ends[e] ?? 0];
}

// Most chat messages are plain ASCII with nothing to undo. Any sign of an
// evasion (a digit or symbol touching a letter, single letters in a row, a
// spelled or spaced dot, a capital I inside a word) sends a message down the
// full path; the fast path only lower-cases and squeezes spaces.
const NOT_PLAIN = [
  /[^\x20-\x7e]/,
  /[a-z][0-9$@|!][a-z]|[a-z][013457]{2,4}[a-z]|[a-z]{3}[013457]{1,2}(?![a-z0-9])|(?:^|[^a-z0-9])[0-9][a-z]{3}|\$[a-z]|[a-z]\$/i,
  /(?:^|[^a-z0-9])[a-z][^a-z0-9]{1,3}[a-z](?![a-z0-9])/i,
  /dot|[[({]|\s\./i,
  /[a-z]I[a-z]/,
];

function isPlain(s: string): boolean {
  return !NOT_PLAIN.some((re) => re.test(s));
}

function foldPlain(s: string): NormalizedText {
  const starts = new Int32Array(s.length);
  const ends = new Int32Array(s.length);
  let text = '';
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (ch === ' ' && (k === 0 || text[k - 1] === ' ')) continue;
    text += ch;
    starts[k] = i;
    ends[k] = i + 1;
    k++;
  }
  while (k > 0 && text[k - 1] === ' ') k--;
  return { text: text.slice(0, k).toLowerCase(), starts: starts.slice(0, k), ends: ends.slice(0, k) };
}

function splitCodePoints(s: string): Piece[] {
  const out: Piece[] = [];
  let i = 0;
  for (const ch of s) {
    out.push({ t: ch, a: i, b: i + ch.length });
    i += ch.length;
  }
  return out;
}

/**
 * NFKC (fullwidth and mathematical letters), invisible characters removed,
 * diacritics dropped, look-alike letters folded to Latin where the word or the
 * message is Latin, pictographs turned into spaces, everything lower-cased.
 */
function stripAndFold(pieces: Piece[]): Piece[] {
  const stage1: Piece[] = [];
  let marksStay = false;
  // Japanese kanji keep their own forms: only a message without kana is read as Chinese.
  const japanese = pieces.some((p) => {
    const c = p.t.charCodeAt(0);
    return c >= 0x3040 && c <= 0x30ff && KANA.test(p.t);
  });
  for (const p of pieces) {
    // Plain ASCII needs no Unicode work (the common case, and the hot path).
    if (p.t.length === 1 && p.t.charCodeAt(0) < 0x80) {
      stage1.push(p);
      marksStay = false;
      continue;
    }
    if (INVISIBLE.test(p.t)) continue;
    const nfkc = p.t.normalize('NFKC');
    if (COMBINING_MARK.test(nfkc)) {
      // A mark typed on its own belongs to the letter before it.
      if (!marksStay) continue;
      stage1.push({ t: nfkc, a: p.a, b: p.b });
      continue;
    }
    marksStay = !MARKS_OPTIONAL.test(nfkc);
    if (marksStay) {
      // Traditional Chinese reads as Simplified (one character for one), so one set of patterns serves both.
      for (const ch of nfkc) stage1.push({ t: !japanese && HAN.test(ch) ? sify(ch) : foldLetter(ch), a: p.a, b: p.b });
      continue;
    }
    for (const ch of nfkc.normalize('NFD')) {
      if (COMBINING_MARK.test(ch)) continue;
      stage1.push({ t: foldLetter(ch), a: p.a, b: p.b });
    }
  }
  const latinMajority = isLatinMajority(stage1);
  const out: Piece[] = [];
  let wordStart = 0;
  while (wordStart < stage1.length) {
    let wordEnd = wordStart;
    while (wordEnd < stage1.length && isLetter(stage1[wordEnd]!.t)) wordEnd++;
    if (wordEnd > wordStart) {
      const word = stage1.slice(wordStart, wordEnd);
      const hasLatin = word.some((p) => LATIN_LETTER.test(p.t.toLowerCase()));
      // A word of another alphabet in a mostly Latin message is folded only when every letter of it
      // looks exactly like a Latin one ("Тelеgrаm" is an evasion; "скинь" is Russian).
      const fold = hasLatin || (latinMajority && word.every((p) => p.t.charCodeAt(0) < 0x80 || LATIN_LOOKALIKES.has(p.t)));
      word.forEach((p, k) => {
        let ch = p.t;
        if (ch.charCodeAt(0) < 0x80 && ch !== 'I') {
          out.push({ t: ch.toLowerCase(), a: p.a, b: p.b });
          return;
        }
        // "TeIegram": a capital I between lower-case letters stands for "l".
        if (ch === 'I' && k > 0 && k < word.length - 1 && isLower(word[k - 1]!.t) && isLower(word[k + 1]!.t)) ch = 'l';
        if (fold && !KEEP_AS_IS.has(ch) && !NEVER_FOLDED.test(ch)) ch = confusablesMap.get(ch) ?? ch;
        out.push({ t: ch.toLowerCase(), a: p.a, b: p.b });
      });
      wordStart = wordEnd;
    } else {
      const p = stage1[wordStart]!;
      const t = p.t.charCodeAt(0) >= 0x80 && (PICTOGRAPH.test(p.t) || p.t === '\u200D') ? ' ' : p.t.toLowerCase();
      out.push({ t, a: p.a, b: p.b });
      wordStart++;
    }
  }
  return out;
}

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 0x80) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return ANY_LETTER.test(ch);
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

function isLatinMajority(pieces: Piece[]): boolean {
  let latin = 0;
  let other = 0;
  for (const p of pieces) {
    const c = p.t.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c >= 0x80 && ANY_LETTER.test(p.t)) other++;
  }
  return latin > other;
}

const isAsciiLetter = (p: Piece | undefined): boolean => p !== undefined && p.t >= 'a' && p.t <= 'z' && p.t.length === 1;

/**
 * "1nvest", "pr0fit", "wh@tsapp", "U$DT": a digit or symbol is read as a
 * letter only where letters surround it, so amounts ("$500", "30k", "2x") and
 * handles ending in digits ("mia88") are left alone.
 */
function decodeLeet(pieces: Piece[]): Piece[] {
  const out = decodeLeetWords(pieces.map((p) => ({ ...p })));
  const emailAt = dotLater(out);
  const isDigit = (p: Piece | undefined): boolean => p !== undefined && p.t >= '0' && p.t <= '9';
  let tokenStart = 0;
  // Whether the current token is a code or an amount: worked out once per token, at its first leet candidate.
  let judgedToken = -1;
  let notLeet = false;
  for (let i = 0; i < out.length; i++) {
    if (i === 0 || /\s/.test(out[i - 1]!.t)) tokenStart = i;
    const p = out[i]!;
    const letter = LEET[p.t];
    if (letter === undefined) continue;
    if (judgedToken !== tokenStart) {
      judgedToken = tokenStart;
      notLeet = inLongCode(out, tokenStart) || isAmount(out, tokenStart);
    }
    if (notLeet) continue;
    const prev = out[i - 1];
    const next = out[i + 1];
    const between = isAsciiLetter(prev) && isAsciiLetter(next);
    let decode: boolean;
    if (p.t === '$') decode = (isAsciiLetter(prev) || isAsciiLetter(next)) && !isDigit(prev) && !isDigit(next);
    else if (p.t === '@') decode = between && emailAt[i + 1] !== 1;
    else if (p.t === '!' || p.t === '|') decode = between;
    // "1nvest", "3arn": a digit opening a word of three or more letters.
    else decode = between || (!isAsciiLetter(prev) && !isDigit(prev) && [1, 2, 3].every((k) => isAsciiLetter(out[i + k])));
    if (decode) p.t = letter;
  }
  return out;
}

const LEET_DIGIT = /^[013457]$/;
const NUMBERED = /^(?:vip|lvl|level|tier|step|task|stage|round|phase|rank|plan|pool|node|slot|gold)$/;

/**
 * "h4r1", "g4n4", "k3un7ungan", "futur3": once a word has a leet digit between
 * its letters, its other leet digits (next to each other, or at its end) are
 * letters too, as are one or two leet digits ending a word of three letters or
 * more. Only words whose digits are all leet digits qualify, and never more
 * digits than letters, so "mt5", "covid19", "usdt500" and "5k" are left alone.
 */
function decodeLeetWords(pieces: Piece[]): Piece[] {
  if (!pieces.some((p) => LEET_DIGIT.test(p.t))) return pieces;
  let start = 0;
  for (let i = 0; i <= pieces.length; i++) {
    if (i < pieces.length && !/[\s.,!?;:()]/.test(pieces[i]!.t)) continue;
    decodeLeetWord(pieces, start, i);
    start = i + 1;
  }
  return pieces;
}

function decodeLeetWord(pieces: Piece[], start: number, end: number): void {
  if (end - start < 3 || end - start > 24 || isAmount(pieces, start)) return;
  let letters = 0;
  let digits = 0;
  let inner = false;
  let run = 0;
  for (let k = start; k < end; k++) {
    const t = pieces[k]!.t;
    if (isAsciiLetter(pieces[k])) {
      letters++;
      // A run of leet digits with letters on both sides ("h4r1": the 4; "g00d": the 00).
      if (run > 0 && k - run > start && isAsciiLetter(pieces[k - run - 1])) inner = true;
      run = 0;
    } else if (LEET_DIGIT.test(t)) {
      digits++;
      run++;
    } else return;
  }
  // Or a word of three letters or more ending in one or two leet digits ("futur3", "th15"), but
  // not a numbered level or tier ("vip1", "level3").
  const trailing = run > 0 && run <= 2 && letters >= 3 && letters + run === end - start && !NUMBERED.test(pieces.slice(start, end - run).map((p) => p.t).join(''));
  if (!(inner || trailing) || letters < 2 || digits > 4 || digits > letters) return;
  for (let k = start; k < end; k++) if (LEET_DIGIT.test(pieces[k]!.t)) pieces[k]!.t = LEET[pieces[k]!.t]!;
}

// An amount with its currency or unit glued on ("rm5k", "rp5jt", "3trieu", "50usdt") is not leetspeak.
const AMOUNT_TOKEN =
  /^(?:rm|rp|us\$?|usd|idr|php|inr|rs\.?|[₱฿$€£¥₩₫])?\d[\d.,]{0,12}(?:k|m|b|bn|jt|juta|rb|ribu|tr|trieu|ty|nghin|lakh|lac|cr|crore|man|usdt|usd|btc|eth|x|%)?[.,!?]?$/;

/** Whether the token starting at `start` (up to the next space) is an amount. */
function isAmount(pieces: Piece[], start: number): boolean {
  let token = '';
  for (let j = start; j < pieces.length && !/\s/.test(pieces[j]!.t); j++) {
    token += pieces[j]!.t;
    if (token.length > 24) return false;
  }
  return AMOUNT_TOKEN.test(token);
}

/** Wallet addresses, phone numbers and codes are not leetspeak: skip tokens with many digits. */
function inLongCode(pieces: Piece[], tokenStart: number): boolean {
  let digits = 0;
  for (let j = tokenStart; j < pieces.length && !/\s/.test(pieces[j]!.t); j++) {
    if (pieces[j]!.t >= '0' && pieces[j]!.t <= '9') digits++;
    if (digits > 3 || j - tokenStart > 24) return true;
  }
  return false;
}

/**
 * An e-mail address keeps its "@": a dot follows it in the same word. For
 * each position, 1 when a dot lies at or after it before the next space
 * (computed in one pass from the end: looking ahead from every "@" of
 * "a@a@a@…" would take quadratic time). Decoding never adds or removes dots
 * or spaces, so this holds while decodeLeet rewrites the pieces.
 */
function dotLater(pieces: Piece[]): Uint8Array {
  const later = new Uint8Array(pieces.length + 1);
  for (let j = pieces.length - 1; j >= 0; j--) {
    const t = pieces[j]!.t;
    later[j] = t === '.' ? 1 : /\s/.test(t) ? 0 : later[j + 1]!;
  }
  return later;
}

/**
 * "c r y p t o", "U-S-D-T", "c.r.y.p.t.o", "💰U💰S💰D💰T" (pictographs are
 * spaces by now): three or more single letters separated by short runs of
 * spaces or punctuation are joined into one word.
 */
function collapseSpacedLetters(pieces: Piece[]): Piece[] {
  const isSep = (p: Piece | undefined): boolean => p !== undefined && /^[\s.\-_*•·/+~]$/u.test(p.t);
  const isDigit = (p: Piece | undefined): boolean => p !== undefined && p.t >= '0' && p.t <= '9';
  const out: Piece[] = [];
  let i = 0;
  while (i < pieces.length) {
    // A run must start at a word boundary with a single letter; single digits may follow ("T R C 2 0").
    if (isSpacedLetter(pieces[i]) && (i === 0 || /^[\s(\["\u201C:]$/u.test(pieces[i - 1]!.t))) {
      const members = [i];
      let letters = 1;
      let j = i + 1;
      // Every gap of a run is the same ("t e l e g r a m, I": the ", " before "I" ends it).
      let gap: string | null = null;
      for (;;) {
        let k = j;
        while (k < pieces.length && k - j < 3 && isSep(pieces[k])) k++;
        const next = pieces[k];
        if (k === j || !(isSpacedLetter(next) || isDigit(next)) || isWordChar(pieces[k + 1])) break;
        const thisGap = pieces.slice(j, k).map((p) => p.t).join('');
        if (gap !== null && thisGap !== gap) break;
        gap = thisGap;
        members.push(k);
        if (isSpacedLetter(next)) letters++;
        j = k + 1;
      }
      if (letters >= 3) {
        for (const k of members) out.push(pieces[k]!);
        i = j;
        continue;
      }
    }
    out.push(pieces[i]!);
    i++;
  }
  return out;
}

// Letters of alphabets, and Hangul syllables ("리 딩 방"): Chinese characters and Thai are never spaced out one by one.
const SPELLED_SCRIPT = /[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Hangul}]/u;
function isSpacedLetter(p: Piece | undefined): boolean {
  return p !== undefined && (isAsciiLetter(p) || (p.t.charCodeAt(0) >= 0x80 && SPELLED_SCRIPT.test(p.t) && ANY_LETTER.test(p.t)));
}
function isWordChar(p: Piece | undefined): boolean {
  return p !== undefined && (isSpacedLetter(p) || (p.t >= '0' && p.t <= '9'));
}

/**
 * "coinvexa dot com", "coinvexa[.]pro", "coinvexa . net" become "coinvexa.com".
 * A dot with a space only after it is a sentence end ("that thing. im off"), not a domain.
 */
function joinSpelledDots(pieces: Piece[]): Piece[] {
  const text = pieces.map((p) => (p.t.length === 1 ? p.t : '\u0000')).join('');
  // Spaces before a bracket and spaces before "dot" are separate branches: one
  // `\s*` in front of both would trade spaces with `\s+` (quadratic backtracking).
  const re = /([a-z0-9])(\s*(?:\[\s*(?:\.|dot)\s*\]|\(\s*(?:\.|dot)\s*\)|\{\s*(?:\.|dot)\s*\})|\s+dot\s+|\s+\.\s*)([a-z]{2,12})\b/g;
  const replace = new Map<number, number>(); // start of separator -> end
  for (const m of text.matchAll(re)) {
    const tld = m[3]!;
    if (!TLD_WORDS.has(tld)) continue;
    const sepStart = m.index + 1;
    replace.set(sepStart, sepStart + m[2]!.length);
  }
  if (replace.size === 0) return pieces;
  const out: Piece[] = [];
  for (let i = 0; i < pieces.length; i++) {
    const end = replace.get(i);
    if (end !== undefined) {
      out.push({ t: '.', a: pieces[i]!.a, b: pieces[end - 1]!.b });
      i = end - 1;
      continue;
    }
    out.push(pieces[i]!);
  }
  return out;
}

function squeezeSpaces(pieces: Piece[]): Piece[] {
  const out: Piece[] = [];
  for (const p of pieces) {
    const isSpace = /^\s$/u.test(p.t);
    if (isSpace) {
      if (out.length === 0 || out[out.length - 1]!.t === ' ') continue;
      out.push({ t: ' ', a: p.a, b: p.b });
    } else if (p.t !== '') {
      out.push(p);
    }
  }
  while (out.length > 0 && out[out.length - 1]!.t === ' ') out.pop();
  return out;
}

function toNormalized(pieces: Piece[]): NormalizedText {
  let length = 0;
  for (const p of pieces) length += p.t.length;
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let text = '';
  let k = 0;
  for (const p of pieces) {
    text += p.t;
    for (let u = 0; u < p.t.length; u++) {
      starts[k] = p.a;
      ends[k] = p.b;
      k++;
    }
  }
  return { text, starts, ends };
}
