import { normalize } from './normalize.ts';
import { RULE_SETS } from './rules/index.ts';

/** English words common in any chat: English has no detector (its rules always run), so it is recognised by these. */
const ENGLISH_WORDS = /\b(?:the|you|your|and|is|are|am|was|my|to|for|what|have|this|that|with|me|it|do|not|can|will|how|hi|hello|thanks|please)\b/g;
/** Letters of Ukrainian and Belarusian that Russian lacks: Cyrillic alone does not make a text Russian. */
const NOT_RUSSIAN = /[іїєґў]/;
const ONLY_RUSSIAN = /[ыэъё]/;

/** Each language's detector as a global pattern, to count what it recognises. */
const DETECTORS = RULE_SETS.flatMap((s) => (s.detect ? [{ locale: s.locale, detect: new RegExp(s.detect.source, `${s.detect.flags.replace('g', '')}g`), exclude: s.exclude ?? null }] : []));

/**
 * Whether RedFlag has rules for the language of these texts: the languages' detectors (and
 * common English words) recognise at least two different words or letters in them (one in a
 * text of a few words). One shared word ("sie", "je", "sana") is not enough to take Polish,
 * Dutch or Swahili for a language RedFlag reads. When this is false, "nothing found" means "not judged", and the
 * interface says so instead of giving an all-clear.
 */
export function readsLanguageOf(texts: readonly string[]): boolean {
  const folded = texts.map((t) => normalize(t).text).join('\n');
  const found = new Set(folded.match(ENGLISH_WORDS) ?? []);
  for (const { locale, detect, exclude } of DETECTORS) {
    if (exclude?.test(folded)) continue;
    if (locale === 'ru' && NOT_RUSSIAN.test(folded) && !ONLY_RUSSIAN.test(folded)) continue;
    for (const word of folded.match(detect) ?? []) found.add(word);
  }
  return found.size >= 2 || (found.size === 1 && folded.trim().split(/\s+/).length <= 4);
}
