import { fnv1a } from './hash.ts';
import { compileRules } from './rules/index.ts';

/** The engine's release, as package.json states it; samples and reports record it. */
export const ENGINE_VERSION = '0.1.0';

let rules: string | null = null;

/**
 * A short fingerprint of the rules as they run (patterns, weights, meta rules), so a
 * sample or report says which rules judged it even between releases.
 */
export function rulesVersion(): string {
  if (rules !== null) return rules;
  const compiled = compileRules();
  const text = [...compiled.rules.map((r) => `${r.id}:${r.weight}:${r.pattern?.source ?? ''}`), ...compiled.meta.map((m) => `${m.key}:${m.weight}`)].join('\n');
  rules = fnv1a(text).toString(16).padStart(8, '0');
  return rules;
}
