import { fnv1a } from './hash.ts';
import type { Requirement } from './prefilter.ts';
import { PREFILTER_TABLE } from './prefilter.generated.ts';

// How the generated table writes a requirement (branches of groups of literals) in one string:
// printable marks that no pattern holds (prefilter.build.ts checks).
export const LITERAL_MARK = '\u00a6'; // ¦
export const GROUP_MARK = '\u00a7'; // §
export const BRANCH_MARK = '\u00b6'; // ¶

export function encodeRequirement(r: Requirement): string {
  return r.map((branch) => branch.map((group) => group.join(LITERAL_MARK)).join(GROUP_MARK)).join(BRANCH_MARK);
}

export function decodeRequirement(s: string): Requirement {
  return s.split(BRANCH_MARK).map((branch) => branch.split(GROUP_MARK).map((group) => group.split(LITERAL_MARK)));
}

/** A pattern's fingerprint in the table: its flags, source and length hashed. */
export function patternKey(pattern: RegExp): number {
  const text = `${pattern.flags}/${pattern.source}`;
  return (fnv1a(text) ^ Math.imul(text.length, 0x9e3779b1)) >>> 0;
}

/**
 * The requirement of `pattern`, stored under `key`, or null (always run) when
 * the table has no entry or its entry was made from another source.
 */
export function requirementFor(key: string, pattern: RegExp | null): Requirement | null {
  if (!pattern) return null;
  const entry = PREFILTER_TABLE[key];
  if (!entry || entry[0] !== patternKey(pattern)) return null;
  return decodeRequirement(entry[1]);
}
