import type { Sender } from '../types.ts';
import { en } from './en.ts';
import type { MetaRule, Rule, RuleSet } from './types.ts';

export type { EntityTag, MetaRule, Rule, RuleSet } from './types.ts';

/** Every locale's rules. A new language is a new file beside en.ts, listed here. */
export const RULE_SETS: readonly RuleSet[] = [en];

/** Rules of the chosen locales merged into one set, ready to run. */
export interface CompiledRules {
  rules: ReadonlyArray<Rule & { from: Sender }>;
  meta: readonly MetaRule[];
  quoting: readonly RegExp[];
  byId: ReadonlyMap<string, Rule>;
}

export function compileRules(sets: readonly RuleSet[] = RULE_SETS): CompiledRules {
  const rules = sets.flatMap((s) => s.rules.map((r) => ({ ...r, from: r.from ?? ('them' as Sender) })));
  const byId = new Map<string, Rule>();
  for (const r of rules) {
    if (byId.has(r.id)) throw new Error(`Duplicate rule id ${r.id}`);
    byId.set(r.id, r);
  }
  return { rules, meta: sets.flatMap((s) => s.meta), quoting: sets.flatMap((s) => s.quoting), byId };
}
