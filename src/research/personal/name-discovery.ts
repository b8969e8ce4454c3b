import nlp from 'compromise';
import type { NameBook } from './name-book.ts';
import { NAME_CUE, PREFIX_CUE, acceptPerson, cuedName, followsPrefix, isSentenceInitial, prefixedName, type Term } from './name-cues.ts';
import type { TextView } from './view.ts';
import { COMMON_WORD_NAMES, NAME_PREFIXES, NAME_TAGS, NOT_A_NAME, isEnglishWord, isLexiconFirstName, isTitleCase, lexiconTags, lower, startsUpper } from './vocabulary.ts';

/**
 * Finding the names nobody gave us, in the whole conversation before any
 * message is redacted: strong cues and honorifics (name-cues.ts judges them),
 * compromise's people detection on messages that read as English (elsewhere
 * it takes "Ich" or "Saya" for people), and compromise's lexicon of first
 * names everywhere else. Every name found goes into the NameBook, which then
 * redacts it wherever else it is written.
 *
 * compromise is the costly step (about 100 characters a millisecond): it
 * reads only sentences that could hold a name, and at most COMPROMISE_BUDGET
 * characters a conversation; past that, a lookup of capitalised words in
 * compromise's lexicon stands in.
 */

/** Characters compromise reads in a conversation: about 100-200 ms of work. */
const COMPROMISE_BUDGET = 12_000;
/** Characters handed to compromise in one call: per-call overhead dominates below this. */
const BATCH_CHARS = 4_000;
/** Longest piece of a message read as one unit. */
const PIECE_CHARS = 500;
/**
 * compromise reads English: on other languages it takes capitalised words for
 * people ("Ich", "Saya", "Olá"). A message is read when at least this share of
 * its words are English words (its lexicon); measured on the corpus, 99% of
 * English messages and 1-13% of other languages' (35% of Hinglish) pass.
 */
const ENGLISH_SHARE = 0.5;
/**
 * A name in lower case is taken from a sentence at least this English (the
 * tenth percentile of English messages): in Hinglish "diya" is "gave".
 */
const LOWER_CASE_NAME_ENGLISH_SHARE = 0.7;
/** Messages with fewer counted words than this are judged by the whole conversation's share. */
const ENGLISH_MIN_WORDS = 3;

interface Piece {
  message: number;
  start: number;
  text: string;
}

/** Finds the conversation's names (cues, compromise, the lexicon) and registers them. */
export function discoverNames(views: readonly TextView[], book: NameBook): void {
  const shares = views.map((v) => englishWords(v.text));
  const pooled = shares.reduce((a, s) => ({ known: a.known + s.known, counted: a.counted + s.counted }), { known: 0, counted: 0 });
  const readsEnglish = (i: number): boolean => {
    const own = shares[i]!;
    const basis = own.counted >= ENGLISH_MIN_WORDS ? own : pooled;
    return basis.counted > 0 && basis.known / basis.counted >= ENGLISH_SHARE;
  };
  const pieces: Piece[] = [];
  views.forEach((view, message) => {
    for (const m of view.text.matchAll(NAME_CUE)) {
      const name = cuedName(m[1]!);
      if (name) book.register(name);
    }
    for (const m of view.text.matchAll(PREFIX_CUE)) {
      const name = prefixedName(m[1] ?? m[2]!, m[3]!, m[4]);
      if (name) book.register(name);
    }
    if (!readsEnglish(message)) {
      // compromise would misread it; its lexicon still knows "Marco" and "Camila" (not where a sentence starts: Turkish "Ben", Indonesian "Ada").
      for (const piece of splitPieces(view.text, message)) readWithLexicon(piece, view.text, book, true);
      return;
    }
    for (const piece of splitPieces(view.text, message)) if (mayHoldName(piece.text)) pieces.push(piece);
  });
  let budget = COMPROMISE_BUDGET;
  let i = 0;
  while (i < pieces.length && budget > 0) {
    const batch: Piece[] = [];
    let length = 0;
    while (i < pieces.length && length < BATCH_CHARS && length < budget) {
      batch.push(pieces[i]!);
      length += pieces[i]!.text.length + 2;
      i++;
    }
    budget -= length;
    readWithCompromise(batch, views, book);
  }
  for (; i < pieces.length; i++) readWithLexicon(pieces[i]!, views[pieces[i]!.message]!.text, book, false);
}

/**
 * English words among a text's words. Names say nothing of the language
 * ("nur" and "kat" are names to compromise), nor do capitalised words it does
 * not know (names, maybe): neither is counted.
 */
function englishWords(text: string): { known: number; counted: number } {
  let known = 0;
  let counted = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (m[0].length < 2) continue;
    const word = lower(m[0]);
    const english = isEnglishWord(word);
    if ((!english && startsUpper(m[0])) || lexiconTags(word).some((t) => NAME_TAGS.has(t))) continue;
    counted++;
    if (english) known++;
  }
  return { known, counted };
}

/**
 * Sentences (so that compromise reads only those that may hold a name), cut
 * at PIECE_CHARS at a space where there is one. "Mr. Wang" and "J. Smith"
 * stay in one piece.
 */
function splitPieces(text: string, message: number): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  const push = (end: number): void => {
    if (end > start) out.push({ message, start, text: text.slice(start, end) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
    } else if (/[.!?。！？]/u.test(ch) && /\s/.test(text[i + 1] ?? '') && !followsPrefix(text, i) && !/(?:^|[^\p{L}])\p{L}$/u.test(text.slice(Math.max(0, i - 2), i))) {
      push(i + 1);
    } else if (i - start >= PIECE_CHARS) {
      const space = text.lastIndexOf(' ', i);
      push(space > start + PIECE_CHARS / 2 ? space : i);
    }
  }
  push(text.length);
  return out;
}

/** Whether compromise could find a person here: a capitalised unknown word, or a word its lexicon knows as a name. */
function mayHoldName(text: string): boolean {
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’]*/gu)) {
    const word = lower(m[0]);
    if (NAME_PREFIXES.has(word) && startsUpper(m[0])) return true;
    if (COMMON_WORD_NAMES.has(word) && isTitleCase(m[0]) && !isSentenceInitial(text, m.index)) return true;
    if (NOT_A_NAME.has(word)) continue;
    const tags = lexiconTags(word);
    if (tags.some((t) => NAME_TAGS.has(t) || t === 'Honorific')) return true;
    if (tags.length === 0 && /^[A-Z][a-z]/.test(m[0])) return true;
  }
  return false;
}

interface CompromiseTerm {
  text: string;
  tags?: string[];
  offset: { start: number; length: number };
}

function readWithCompromise(batch: readonly Piece[], views: readonly TextView[], book: NameBook): void {
  // Blank lines keep the pieces apart as sentences; starts map offsets back.
  const starts: number[] = [];
  let text = '';
  for (const piece of batch) {
    starts.push(text.length);
    text += `${piece.text}\n\n`;
  }
  const people = nlp(text).people().json({ offset: true, terms: { offset: true } }) as Array<{ terms?: CompromiseTerm[] }>;
  for (const person of people) {
    const terms = person.terms ?? [];
    if (terms.length === 0) continue;
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > terms[0]!.offset.start) k--;
    const piece = batch[k]!;
    const shift = piece.start - starts[k]!;
    const spans = terms
      .map((t): Term => ({ text: t.text, start: t.offset.start + shift, end: t.offset.start + t.offset.length + shift, tags: t.tags ?? [] }))
      .filter((t) => t.start >= piece.start && t.end <= piece.start + piece.text.length);
    const text = views[piece.message]!.text;
    const accepted = acceptPerson(spans, text, () => {
      const own = englishWords(piece.text);
      return own.counted >= ENGLISH_MIN_WORDS && own.known / own.counted >= LOWER_CASE_NAME_ENGLISH_SHARE;
    });
    if (accepted) book.registerAt(piece.message, accepted.start, accepted.end, text.slice(accepted.start, accepted.end));
  }
}

/**
 * Past the compromise budget, and in other languages: capitalised first names
 * from compromise's lexicon, with a capitalised word after them as surname.
 */
function readWithLexicon(piece: Piece, text: string, book: NameBook, midSentenceOnly: boolean): void {
  const tokens = [...piece.text.matchAll(/(?<![\p{L}\p{M}'’])\p{Lu}\p{Ll}+(?![\p{L}\p{M}])/gu)];
  for (let k = 0; k < tokens.length; k++) {
    const m = tokens[k]!;
    const word = lower(m[0]);
    if (!isLexiconFirstName(word) || COMMON_WORD_NAMES.has(word) || NOT_A_NAME.has(word) || word.length < 3) continue;
    if (midSentenceOnly && isSentenceInitial(text, piece.start + m.index)) continue;
    const next = tokens[k + 1];
    const adjacent = next && next.index === m.index + m[0].length + 1 && piece.text[m.index + m[0].length] === ' ';
    const withSurname = adjacent && !NOT_A_NAME.has(lower(next[0])) && lexiconTags(lower(next[0])).every((t) => NAME_TAGS.has(t));
    const start = piece.start + m.index;
    const end = withSurname ? piece.start + next.index + next[0].length : start + m[0].length;
    book.registerAt(piece.message, start, end, text.slice(start, end), midSentenceOnly);
  }
}
