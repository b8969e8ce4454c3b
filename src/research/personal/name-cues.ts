import { COMMON_WORD_NAMES, FUNCTION_TAGS, NAME_PREFIXES, NOT_A_NAME, PLACE_OPENERS, isEnglishWord, isLexiconFirstName, isOrdinaryWord, isTitleCase, letterCount, lexiconTags, lower, startsUpper, words } from './vocabulary.ts';

/**
 * Whether a word is a person's name, judged by what stands around it: strong
 * cues ("my name is", "меня зовут"), honorifics and family words before it
 * ("Pak Budi", "my uncle Bob"), the start of a sentence (where a capital says
 * nothing), and the word's own shape (acronyms, camel-case brands). Name
 * discovery and the matching of known names both ask these questions, so
 * they live apart from both.
 */

/** A word of a message (view offsets) with the tags compromise gave it. */
export interface Term {
  text: string;
  start: number;
  end: number;
  tags: readonly string[];
}

const MAX_NAME_WORDS = 4;

/** Cues that make the capitalised word after them a name, whatever the word. */
const CUE_BEFORE = /(?:^|[^\p{L}])(?:i'?m|i am|my name is|my name's|name is|name's|this is|it'?s|call me|meet|named|called|hi|hello|hey|dear)\s+$/iu;
/** Acronyms ("IRA", "ETF", "KL") and brands in camel case ("CoinMars") are not names; "McDonald" and "DeShawn" are. */
const isAcronym = (word: string): boolean => /^\p{Lu}{2,4}$/u.test(word);
const isCamelBrand = (word: string): boolean => /\p{Ll}\p{Lu}/u.test(word) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')\p{Lu}/u.test(word);
/** "Kayla's": the name is "Kayla". */
const withoutPossessive = (t: Term): Term => (/['’]s$/i.test(t.text) && t.text.length > 3 ? { ...t, text: t.text.slice(0, -2), end: t.end - 2 } : t);

/**
 * Compromise's person, kept only where it is plausibly a name: honorifics and
 * family words around it stay ("Uncle [PERSON_1]", "[PERSON_2] Bey"), brands,
 * places, acronyms and pronouns are dropped, and a first name that is also a
 * common word ("Will", "Grace") needs a capital and context: a cue before it,
 * a surname after it, or a place in the middle of a sentence. A capitalised
 * unknown word just before the name is its first name ("Anil Kumar").
 */
export function acceptPerson(terms: readonly Term[], text: string, readsEnglish: () => boolean): { start: number; end: number } | null {
  let cued = false;
  let i = 0;
  while (i < terms.length && (terms[i]!.tags.includes('Honorific') || NAME_PREFIXES.has(lower(terms[i]!.text)))) {
    cued = true;
    i++;
  }
  if (i < terms.length && PLACE_OPENERS.has(lower(terms[i]!.text))) return null;
  const run: Term[] = [];
  // A name is a few words; a longer run is compromise reading a list ("Ana Ana Ana ...").
  for (; i < terms.length && run.length < MAX_NAME_WORDS; i++) {
    const t = withoutPossessive(terms[i]!);
    const word = lower(t.text);
    if (NOT_A_NAME.has(word) || !/\p{L}/u.test(t.text) || t.tags.some((tag) => FUNCTION_TAGS.has(tag))) break;
    if (isAcronym(t.text) || isCamelBrand(t.text) || run.some((r) => lower(r.text) === word)) break;
    // A lower-case word is a name only when compromise's lexicon knows it as nothing else ("jessica"), it is
    // not short, and the sentence around it is English: in Tagalog "rin" is "also", in Hindi "dena" is "give".
    if (!startsUpper(t.text) && (!isLexiconFirstName(word) || isOrdinaryWord(word) || letterCount(word) < 4 || !readsEnglish())) break;
    run.push(t);
    if (t !== terms[i]) break; // a possessive ends the name
  }
  if (run.length === 0 || letterCount(run.map((t) => t.text).join('')) < 2) return null;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (run.length === 1) {
    const word = lower(first.text);
    if (letterCount(word) < 2) return null;
    if (COMMON_WORD_NAMES.has(word)) {
      const before = text.slice(Math.max(0, first.start - 24), first.start);
      if (!isTitleCase(first.text) || !(cued || CUE_BEFORE.test(before) || !isSentenceInitial(text, first.start))) return null;
    }
  }
  // "Anil Kumar": compromise may find only the surname; an unknown capitalised word right before it is the first name.
  const previous = cued ? null : wordBefore(text, first.start);
  const previousWord = previous ? lower(previous.word) : '';
  const extend =
    previous !== null &&
    /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(previous.word) &&
    !NOT_A_NAME.has(previousWord) &&
    !COMMON_WORD_NAMES.has(previousWord) &&
    (isLexiconFirstName(previousWord) || !isEnglishWord(previousWord));
  return { start: previous && extend ? previous.start : first.start, end: last.end };
}

/** The word right before `position`, separated from it by one space. */
function wordBefore(text: string, position: number): { word: string; start: number } | null {
  if (text[position - 1] !== ' ') return null;
  let start = position - 1;
  while (start > 0 && position - start < 32 && /[\p{L}\p{M}'’-]/u.test(text[start - 1]!)) start--;
  return start < position - 1 ? { word: text.slice(start, position - 1), start } : null;
}

/** Whether a word opens a sentence, where a capital letter says nothing ("Mr. Wang" does not). */
export function isSentenceInitial(text: string, position: number): boolean {
  let i = position - 1;
  while (i >= 0 && /[\s"'“‘«(\[*_]/u.test(text[i]!)) i--;
  if (i < 0) return true;
  if (text[i] === '.' && followsPrefix(text, i)) return false;
  return /[.!?…。！？:;\n]/u.test(text[i]!);
}

/** Whether the word ending at `end` (exclusive) is an honorific or family word: "Mr", "Auntie". */
export function followsPrefix(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && end - start < 12 && /\p{L}/u.test(text[start - 1]!)) start--;
  return start < end && NAME_PREFIXES.has(lower(text.slice(start, end)));
}

/**
 * "my name is Анна", "меня зовут Анна", "call me Xiaoling": the capitalised
 * word (and a second one) after a strong cue is a name in any alphabet.
 */
export const NAME_CUE =
  /(?<![\p{L}])(?:my name is|my name's|call me|me llamo|je m'appelle|ich heiße|mi chiamo|meu nome é|nama saya|меня зовут|мене звати)[ \t]+(\p{L}[\p{L}\p{M}'’-]{0,30}(?:[ \t]\p{L}[\p{L}\p{M}'’-]{0,30})?)/giu;

export function cuedName(captured: string): string | null {
  // Only the leading capitalised words: "Anna and" keeps "Anna"; "my name is not important" keeps nothing.
  const kept: string[] = [];
  for (const word of captured.split(/[ \t]/)) {
    if (!startsUpper(word) || NOT_A_NAME.has(lower(word))) break;
    kept.push(word);
  }
  return kept.length > 0 ? kept.join(' ') : null;
}

/** Abbreviations that end with a period ("Dr. Smith"); after any other word a period ends the sentence ("ya kak. Kalau..."). */
const ABBREVIATED_PREFIXES = words('mr mrs ms mx dr prof capt sgt lt rev fr mme mlle sr sra srta');
/** "Professor Hale", "Pak Budi", "my uncle Bob", "Frau Becker": a capitalised word after an honorific or family word. */
export const PREFIX_CUE = new RegExp(
  `(?<![\\p{L}])(?:(${ABBREVIATED_PREFIXES.join('|')})\\.?|(${[...NAME_PREFIXES].filter((p) => !ABBREVIATED_PREFIXES.includes(p)).join('|')}))[ \\t]+(\\p{L}[\\p{L}\\p{M}'’-]{1,30})(?:[ \\t]+(\\p{L}[\\p{L}\\p{M}'’-]{1,30}))?`,
  'giu',
);
/**
 * Prefixes that are names' prefixes only when written as titles: job titles
 * ("Coach Mika", not "my coach Mika", nor "member Benefits") and words that are
 * also English words ("Ate Joy", not "I ate Pizza").
 */
const TITLE_ONLY_PREFIXES = new Set(words('agent officer detective inspector sergeant judge attorney lawyer pastor father coach mentor member teacher nurse ate mas don lola lolo'));
/** Tags of words that are not names after an honorific ("Dear Valued Customer", "Sir Can you"). */
const NOT_AFTER_PREFIX_TAGS = new Set([...FUNCTION_TAGS, 'Plural', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Comparative', 'Superlative', 'Actor']);
const nameAfterPrefix = (word: string | undefined): word is string =>
  word !== undefined && isTitleCase(word) && !isCamelBrand(word) && !NOT_A_NAME.has(lower(word)) && !lexiconTags(lower(word)).some((t) => NOT_AFTER_PREFIX_TAGS.has(t));

export function prefixedName(prefix: string, first: string, second: string | undefined): string | null {
  if (TITLE_ONLY_PREFIXES.has(lower(prefix)) && !startsUpper(prefix)) return null;
  const name = withoutPossessive({ text: first, start: 0, end: first.length, tags: [] }).text;
  if (!nameAfterPrefix(name)) return null;
  return name === first && nameAfterPrefix(second) ? `${name} ${second}` : name;
}
