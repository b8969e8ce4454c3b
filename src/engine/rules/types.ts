import type { Sender, Stage } from '../types.ts';

/** Entity-derived facts a rule can require (see analyze.ts). */
export type EntityTag = 'wallet' | 'private_url' | 'contact' | 'money' | 'big_money' | 'percent';

/**
 * One rule, SpamAssassin style: an id, the script stage it is evidence of,
 * its points, and the sentence the user reads when it fires. Patterns run on
 * the folded text (see normalize.ts), so they are written in lower case
 * without accents, and need not list leetspeak or look-alike spellings.
 */
export interface Rule {
  id: string;
  stage: Stage;
  /** Points added once when the rule fires in a conversation. Negative points argue for innocence. */
  weight: number;
  /** Plain, calm, non-shaming: this is what the user reads. */
  description: string;
  /** Whose messages the rule reads. Default "them": only their messages are evidence. */
  from?: Sender;
  /**
   * Fires if any pattern matches (and `entity`, when given, is also present).
   * Patterns must take linear time on any text (tests/engine/redos.test.ts):
   * a run that could restart inside itself is anchored (`(?<!\d)\d+`) or
   * bounded (`\b\d[\d,]{0,24}`, else "1,1,1,…" is quadratic), and no two
   * unbounded quantifiers may trade characters (`\d+[\d,]*` is `\d[\d,]*`).
   */
  any?: RegExp[];
  /** Fires if the message holds this kind of entity (and a pattern matched, when `any` is given). */
  entity?: EntityTag;
  /** Only within the other party's first three messages (openers). */
  opening?: boolean;
  /** Examples that must fire the rule, and look-alikes that must not. */
  examples: { hit: string[]; miss: string[] };
}

/**
 * A meta rule adds points when weak signals occur together: each requirement is
 * a stage name ("pitch") or a rule id ("WEALTH_RELATIVE_ANALYST"), and all must
 * have fired, each within `withinDays` of the newest when times are known.
 */
export interface MetaRule {
  id: string;
  stage: Stage;
  weight: number;
  description: string;
  all: string[];
  withinDays?: number;
}

/** Rules of one language. Add a locale by adding a file like en.ts to the registry. */
export interface RuleSet {
  locale: string;
  /**
   * A cheap test on the folded text (the language's script, or its most
   * common small words): once a message of a conversation matches, the set's
   * rules run on it and on every later message of that conversation. Without
   * it (English), they run on every message.
   */
  detect?: RegExp;
  rules: Rule[];
  meta: MetaRule[];
  /**
   * Marks of a message that talks *about* scams or quotes someone else
   * ("she said her aunt is an analyst... that's a scam right?"): scam rules
   * firing in such a message count for little.
   */
  quoting: RegExp[];
}
