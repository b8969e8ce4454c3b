import { FITTED } from '../fitted.generated.ts';
import { Prefilter } from '../prefilter.ts';
import { requirementFor } from '../prefilter-table.ts';
import type { ReasonKey } from '../reasons/en.ts';
import type { Sender } from '../types.ts';
import { any } from './any.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { hiLatn } from './hi-latn.ts';
import { id } from './id.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { META_RULES } from './meta.ts';
import { ms } from './ms.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { th } from './th.ts';
import { tl } from './tl.ts';
import { tr } from './tr.ts';
import type { MetaRule, Rule, RuleSet } from './types.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

export type { EntityTag, MetaRule, Rule, RuleSet } from './types.ts';
export { META_RULES } from './meta.ts';

/** Every locale's rules. A new language is a new file beside en.ts, listed here. */
export const RULE_SETS: readonly RuleSet[] = [any, en, es, pt, fr, de, it, zh, ja, ko, vi, th, id, ms, tl, ru, ar, hi, hiLatn, tr];

/** A rule ready to run: its patterns joined into one regular expression (one pass per message). */
export type CompiledRule = Rule & { id: string; from: Sender; pattern: RegExp | null; locale: string };

/** Rules of the chosen locales merged into one set, ready to run. */
export interface CompiledRules {
  rules: readonly CompiledRule[];
  meta: readonly MetaRule[];
  /** Each locale's reporting phrases as one global pattern (the analysis walks all matches), run like its rules. */
  reporting: ReadonlyArray<{ locale: string; pattern: RegExp; slot: number }>;
  /** Locales whose rules run only once detected in the conversation, and how to detect them. */
  detectors: ReadonlyArray<{ locale: string; detect: RegExp; exclude: RegExp | null; slot: number }>;
  /** The locales of `detectors`, for the per-message check. */
  gatedLocales: ReadonlySet<string>;
  /**
   * Which patterns can match a message: slot i < rules.length is rules[i]; reporting and
   * detector patterns have their own `slot`. A pattern it rules out cannot match.
   */
  prefilter: Prefilter;
  /** Runs of consecutive `rules` of one locale, [start, end), in order: a message skips the runs of inactive locales at once. */
  blocks: ReadonlyArray<{ locale: string; start: number; end: number }>;
}

const joinPatterns = (patterns: readonly RegExp[], flags = ''): RegExp => new RegExp(patterns.map((p) => `(?:${p.source})`).join('|') || '(?!)', flags);

/**
 * Rules ready to run. Weights fitted on the corpus (`npm run train`), one per
 * rule key whatever the language, replace the hand-set starting values unless
 * `weights` says otherwise.
 */
export function compileRules(
  sets: readonly RuleSet[] = RULE_SETS,
  weights: Readonly<Record<string, number>> = FITTED.ruleWeights,
  meta: readonly MetaRule[] = META_RULES,
): CompiledRules {
  const weigh = <T extends { key: ReasonKey; weight: number }>(r: T): T => ({ ...r, weight: weights[r.key] ?? r.weight });
  const rules = sets.flatMap((s) =>
    s.rules.map((r): CompiledRule => weigh({ ...r, id: `${s.locale}.${r.key}`, from: r.from ?? 'them', pattern: r.any ? joinPatterns(r.any) : null, locale: s.locale })),
  );
  const ids = new Set<string>();
  for (const r of [...rules, ...meta.map((m) => ({ id: m.key }))]) {
    if (ids.has(r.id)) throw new Error(`Duplicate rule ${r.id}: one rule per key and language`);
    ids.add(r.id);
  }
  let slot = rules.length;
  const reporting = sets.filter((s) => s.reporting.length > 0).map((s) => ({ locale: s.locale, pattern: joinPatterns(s.reporting, 'g'), slot: slot++ }));
  const detectors = sets.flatMap((s) => (s.detect ? [{ locale: s.locale, detect: s.detect, exclude: s.exclude ?? null, slot: slot++ }] : []));
  const gatedLocales = new Set(detectors.map((d) => d.locale));
  // Literals come from the table built ahead of time (prefilter.build.ts); a pattern not in it always runs.
  const prefilter = new Prefilter([
    ...rules.map((r) => requirementFor(r.id, r.pattern)),
    ...reporting.map((r) => requirementFor(`reporting:${r.locale}`, r.pattern)),
    ...detectors.map((d) => requirementFor(`detect:${d.locale}`, d.detect)),
  ]);
  const blocks: Array<{ locale: string; start: number; end: number }> = [];
  rules.forEach((r, i) => {
    const last = blocks[blocks.length - 1];
    if (last && last.locale === r.locale) last.end = i + 1;
    else blocks.push({ locale: r.locale, start: i, end: i + 1 });
  });
  return { rules, meta: meta.map(weigh), reporting, detectors, gatedLocales, prefilter, blocks };
}

/** Every rule key and the stage and sign of its evidence (for fitting and reports). */
export function ruleKeys(sets: readonly RuleSet[] = RULE_SETS, meta: readonly MetaRule[] = META_RULES): Map<ReasonKey, { weight: number }> {
  const keys = new Map<ReasonKey, { weight: number }>();
  for (const r of [...sets.flatMap((s) => s.rules), ...meta]) if (!keys.has(r.key)) keys.set(r.key, { weight: r.weight });
  return keys;
}
