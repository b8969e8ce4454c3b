import type { ReasonKey } from '../reasons/en.ts';
import type { Level, Sender, Stage } from '../types.ts';

/** Entity-derived facts a rule can require (see analyze.ts). */
export type EntityTag =
  | 'wallet'
  | 'private_url'
  | 'reported_domain'
  | 'lookalike_domain'
  | 'suspicious_domain'
  | 'contact'
  | 'money'
  | 'big_money'
  | 'percent';

/**
 * One rule, SpamAssassin style: what it means (its key), the script stage it
 * is evidence of, and its points. The sentence the user reads is looked up by
 * key (../reasons), so the same rule in every language shares one reason, one
 * fitted weight and one place in meta rules. Patterns run on
 * the folded text (see normalize.ts), so they are written in lower case
 * without accents, and need not list leetspeak or look-alike spellings.
 */
export interface Rule {
  /** What the rule means, shared by every language (`wrong_number`, `pay_to_release`). */
  key: ReasonKey;
  stage: Stage;
  /** Hand-set starting points (replaced by the fitted weight of its key). Negative points argue for innocence. */
  weight: number;
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
 * a stage name ("pitch") or a rule key ("relative_analyst"), and all must
 * have fired, each within `withinDays` of the newest when times are known.
 */
export interface MetaRule {
  key: ReasonKey;
  stage: Stage;
  weight: number;
  all: string[];
  /** And at least one of these. */
  oneOf?: string[];
  /** And at least `count` of these groups, each met by any one of its stages or keys. */
  atLeast?: { count: number; of: string[][] };
  withinDays?: number;
  /** Once fired, the conversation's level is at least this, whatever the points say. */
  floor?: Level;
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
  /** A message matching this is not in the language even if `detect` matches (Japanese kana for Chinese). */
  exclude?: RegExp;
  rules: Rule[];
  /**
   * Phrases that report someone else's words ("she said", "I got this
   * message:", "is this a scam?"). The rest of their sentence, and any quoted
   * span of the message, is reported speech: rules firing there count for
   * little and do not advance the script. Warnings alone ("be careful",
   * "heads up") are not reporting: they discount nothing.
   */
  reporting: RegExp[];
}
