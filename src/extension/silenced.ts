import { type Stage, stageIndex } from '../engine/types.ts';

/**
 * Conversations the user marked "not a scam". Stored on this device only,
 * under a SHA-256 of the site and thread id (so the list names no contact or
 * chat), with the site, the date, the furthest stage reached when it was
 * marked, and an expiry. A later, more serious stage warns again.
 */
export interface SilencedEntry {
  site: string;
  at: number;
  expires: number;
  /** The furthest stage reached when the user marked it. */
  stage: Stage | null;
}

/** How long a "not a scam" choice lasts. */
export const SILENCE_DAYS = 90;
export const DAY_MS = 86_400_000;

/** Stages that always warn again, whatever the user said earlier: money is moving or held hostage. */
export const ESCALATION_STAGES: ReadonlySet<Stage> = new Set(['deposit', 'withdrawal', 'recovery']);

/** The key a thread's choice is stored under: its site and id are not kept readable. */
export async function threadHash(thread: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`redflag:${thread}`));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A stage reached since the user's choice that must warn again, or null when the choice still holds. */
export function escalatedPast(entry: SilencedEntry, stagesReached: readonly Stage[]): Stage | null {
  const marked = entry.stage === null ? -1 : stageIndex(entry.stage);
  return stagesReached.find((s) => ESCALATION_STAGES.has(s) && stageIndex(s) > marked) ?? null;
}
