import { FITTED } from '../fitted.generated.ts';
import type { Sender } from '../types.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pt } from './pt.ts';
import { zh } from './zh.ts';
import type { MetaRule, Rule, RuleSet } from './types.ts';

export type { EntityTag, MetaRule, Rule, RuleSet } from './types.ts';

/** Every locale's rules. A new language is a new file beside en.ts, listed here. */
export const RULE_SETS: readonly RuleSet[] = [en, es, pt, fr, de, zh];

/** A rule ready to run: its patterns joined into one regular expression (one pass per message). */
export type CompiledRule = Rule & { from: Sender; pattern: RegExp | null; locale: string };

/** Rules of the chosen locales merged into one set, ready to run. */
export interface CompiledRules {
  rules: readonly CompiledRule[];
  meta: readonly MetaRule[];
  quotingPattern: RegExp;
  /** Locales whose rules run only once detected in the conversation, and how to detect them. */
  detectors: ReadonlyArray<{ locale: string; detect: RegExp }>;
  /** The locales of `detectors`, for the per-message check. */
  gatedLocales: ReadonlySet<string>;
}

const joinPatterns = (patterns: readonly RegExp[]): RegExp => new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'));

/**
 * Rules ready to run. Weights fitted on the corpus (`npm run train`) replace
 * the hand-set starting values unless `weights` says otherwise.
 */
export function compileRules(sets: readonly RuleSet[] = RULE_SETS, weights: Readonly<Record<string, number>> = FITTED.ruleWeights): CompiledRules {
  const weigh = <T extends { id: string; weight: number }>(r: T): T => ({ ...r, weight: weights[r.id] ?? r.weight });
  const rules = sets.flatMap((s) =>
    s.rules.map((r): CompiledRule => weigh({ ...r, from: r.from ?? 'them', pattern: r.any ? joinPatterns(r.any) : null, locale: s.locale })),
  );
  const ids = new Set<string>();
  for (const r of rules) {
    if (ids.has(r.id)) throw new Error(`Duplicate rule id ${r.id}`);
    ids.add(r.id);
  }
  const detectors = sets.flatMap((s) => (s.detect ? [{ locale: s.locale, detect: s.detect }] : []));
  const gatedLocales = new Set(detectors.map((d) => d.locale));
  return { rules, meta: sets.flatMap((s) => s.meta.map(weigh)), quotingPattern: joinPatterns(sets.flatMap((s) => s.quoting)), detectors, gatedLocales };
}
