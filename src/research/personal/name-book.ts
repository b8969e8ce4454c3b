import { PRIORITY, type Add } from './candidates.ts';
import { isSentenceInitial } from './name-cues.ts';
import { COMMON_WORD_NAMES, NOT_A_NAME, isOrdinaryWord, isTitleCase, letterCount, lower, startsUpper } from './vocabulary.ts';

/**
 * The conversation's people and where their names occur. Names the caller
 * gave and names discovery found are registered once, with their parts
 * ("Ana Lima" also registers "Ana"), and then matched in every message: a
 * name found in one place is redacted wherever else it is written, with
 * accents or without ("Jose" is "José"), in spaceless scripts as a substring
 * (acceptOccurrence says when its case counts). Separate from discovery
 * because matching is cheap and mechanical, discovery costly and a matter of
 * judgement.
 */

/** Word tokens as names are matched: letters, marks, digits and "_" ("ana_lima88" is one token, a handle). */
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
export const tokensOf = (s: string): string[] => s.match(TOKEN) ?? [];
// Scripts written without spaces between words: a name there is found as a substring.
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}]/u;

/**
 * How a token is spelled for matching: `exact` in lower case, `key` also
 * without Latin, Greek and Cyrillic accents. A word may drop the accents of a
 * name ("Jose" is "José") but not add its own: in Vietnamese "Mình" ("I") is
 * not "Minh".
 */
interface Spelling {
  exact: string;
  key: string;
}

function spell(token: string): Spelling {
  const exact = lower(token.normalize('NFC'));
  return { exact, key: /^[\x00-\x7f]*$/.test(exact) ? exact : exact.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC') };
}

const spellingMatches = (word: Spelling, name: Spelling): boolean => word.key === name.key && (word.exact === word.key || word.exact === name.exact);

interface Alias {
  tokens: Spelling[];
  person: string;
  /** From the caller's names: redacted whenever capitalised, even as a common word. */
  given: boolean;
  /** Written in lower case somewhere in this conversation, as a name ("hey jessica"): lower case counts too. */
  anyCase: boolean;
  /** One token that is also an ordinary word ("lima", "grace"): a lower-case occurrence stays. */
  ordinary: boolean;
  /**
   * A capital is not enough, the name must also stand mid-sentence: a
   * common-word first name ("Grace"), or a name found only in a language
   * compromise cannot read ("Ben" is also Turkish for "I").
   */
  midSentence: boolean;
}

interface Registration {
  /** From the caller. */
  given?: boolean;
  /** Found written in lower case. */
  anyCase?: boolean;
  /** Found in a language compromise cannot read. */
  midSentence?: boolean;
}

export interface NameMatcher {
  /** Aliases by their first token, longest first. */
  byFirstToken: Map<string, Alias[]>;
  /** Aliases in spaceless scripts, searched as substrings. */
  substrings: Array<{ text: string; alias: Alias }>;
}

/** A name compromise found at one place: redacted there, whatever its case ("hey jessica"). */
export interface FoundName {
  start: number;
  end: number;
  person: string;
}

/** The conversation's people: every spelling of a name points at one person key. */
export class NameBook {
  private readonly aliases = new Map<string, Alias>();
  private readonly found = new Map<number, FoundName[]>();

  /** Registers a full name and its parts of three letters or more; returns the person's key, or null for no name. */
  register(name: string, how: Registration = {}): string | null {
    const tokens = tokensOf(name).map(spell);
    const meaningful = tokens.filter((t) => !NOT_A_NAME.has(t.exact) && !NOT_A_NAME.has(t.key) && !/^\d+$/.test(t.key));
    // "Mom" or "Binance Support" as a contact name identifies nobody, and its words are evidence.
    if (meaningful.length === 0 || letterCount(tokens.map((t) => t.key).join('')) < 2) return null;
    const idOf = (spellings: Spelling[]): string => spellings.map((t) => t.exact).join(' ');
    const full = idOf(tokens);
    const parts = tokens.length > 1 ? meaningful.filter((part) => letterCount(part.key) >= 3) : [];
    const known = this.aliases.get(full);
    if (known) {
      // Seen again, maybe with more certainty: in lower case, or in English.
      for (const id of [full, ...parts.map((p) => p.exact)]) {
        const alias = this.aliases.get(id);
        if (alias?.person !== known.person) continue;
        if (how.anyCase) alias.anyCase = true;
        if (!how.midSentence && !(alias.tokens.length === 1 && COMMON_WORD_NAMES.has(alias.tokens[0]!.exact))) alias.midSentence = false;
      }
      return known.person;
    }
    // "Jessica" seen before "Jessica Wong": one person.
    const first = meaningful[0]!.exact;
    const earlier = this.aliases.get(first);
    const person = tokens.length > 1 && earlier && earlier.tokens.length === 1 && earlier.person === first ? earlier.person : full;
    this.add(full, tokens, person, how);
    for (const part of parts) if (!this.aliases.has(part.exact)) this.add(part.exact, [part], person, how);
    return person;
  }

  /** Registers a name and the place it was found. */
  registerAt(message: number, start: number, end: number, name: string, midSentence = false): void {
    const person = this.register(name, { anyCase: !startsUpper(name), midSentence });
    if (person === null) return;
    const list = this.found.get(message) ?? [];
    list.push({ start, end, person });
    this.found.set(message, list);
  }

  foundIn(message: number): readonly FoundName[] {
    return this.found.get(message) ?? [];
  }

  private add(id: string, tokens: Spelling[], person: string, how: Registration): void {
    const single = tokens.length === 1 ? tokens[0]!.exact : null;
    const given = how.given ?? false;
    this.aliases.set(id, {
      tokens,
      person,
      given,
      anyCase: given || (how.anyCase ?? false),
      ordinary: single !== null && isOrdinaryWord(single),
      midSentence: (how.midSentence ?? false) || (single !== null && COMMON_WORD_NAMES.has(single)),
    });
  }

  matcher(): NameMatcher {
    const byFirstToken = new Map<string, Alias[]>();
    const substrings: NameMatcher['substrings'] = [];
    for (const alias of this.aliases.values()) {
      if (alias.tokens.some((t) => SPACELESS.test(t.exact))) {
        substrings.push({ text: alias.tokens.map((t) => t.exact).join(''), alias });
        continue;
      }
      const key = alias.tokens[0]!.key;
      const list = byFirstToken.get(key) ?? [];
      list.push(alias);
      byFirstToken.set(key, list);
    }
    for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    substrings.sort((a, b) => b.text.length - a.text.length);
    return { byFirstToken, substrings };
  }
}

/** Proposes every occurrence of a registered name in one message's view. */
export function findNames(text: string, matcher: NameMatcher, add: Add): void {
  if (matcher.byFirstToken.size > 0) {
    const tokens = [...text.matchAll(TOKEN)];
    const spellings = tokens.map((t) => spell(t[0]));
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      const aliases = matcher.byFirstToken.get(spellings[i]!.key);
      if (!aliases) continue;
      for (const alias of aliases) {
        const last = matchTokens(text, tokens, spellings, i, alias.tokens);
        if (last === -1) continue;
        const start = first.index;
        const end = tokens[last]!.index + tokens[last]![0].length;
        if (!acceptOccurrence(alias, text, start, text.slice(start, end))) continue;
        add('PERSON', alias.person, PRIORITY.person, start, end);
        i = last;
        break;
      }
    }
  }
  for (const { text: needle, alias } of matcher.substrings) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      add('PERSON', alias.person, PRIORITY.person, at, at + needle.length);
    }
  }
}

/** Index of the last token when the alias's tokens follow from `i`, joined by a space, ". ", "'" or "-"; else -1. */
function matchTokens(text: string, tokens: RegExpMatchArray[], spellings: readonly Spelling[], i: number, alias: readonly Spelling[]): number {
  if (!spellingMatches(spellings[i]!, alias[0]!)) return -1;
  for (let k = 1; k < alias.length; k++) {
    const prev = tokens[i + k - 1];
    const next = tokens[i + k];
    if (!prev || !next || !spellingMatches(spellings[i + k]!, alias[k]!)) return -1;
    const gap = text.slice(prev.index! + prev[0].length, next.index);
    if (!/^(?:\s{1,3}|\.\s{0,2}|['’-])$/u.test(gap)) return -1;
  }
  return i + alias.length - 1;
}

/**
 * Given names count in any case, except a name that is also a word ("grace",
 * "lima") in lower case. A name found in the conversation counts elsewhere
 * only with a capital (in another language "dan" or "ada" is a word) unless
 * it was found written in lower case, a short one only as "Ed", not "ED"; a
 * common-word first name ("Grace") also not at the start of a sentence, where
 * every word has a capital.
 */
function acceptOccurrence(alias: Alias, text: string, start: number, written: string): boolean {
  if (alias.given) return !alias.ordinary || startsUpper(written);
  if (alias.anyCase && !startsUpper(written)) return true;
  if (!startsUpper(written) || (letterCount(written) < 3 && !isTitleCase(written))) return false;
  return !alias.midSentence || (isTitleCase(written) && !isSentenceInitial(text, start));
}
