import { storage } from 'wxt/utils/storage';
import type { Stage } from '../engine/types.ts';
import type { GuardFinding } from '../scorer/protocol.ts';
import type { PendingReport } from './excerpts.ts';
import { GUARD_DEFAULTS, type GuardSettings } from './guard/settings.ts';
import { type Attempts, effectiveSettings, type GuardianRecord, NO_ATTEMPTS, readGuardianRecord } from './guardian.ts';
import { migrateV1, readSettings, type Settings, SETTINGS_DEFAULTS, SETTINGS_VERSION } from './settings.ts';
import { DAY_MS, SILENCE_DAYS, type SilencedEntry, threadHash } from './silenced.ts';

export type { SilencedEntry } from './silenced.ts';
export type { Settings } from './settings.ts';

/** Settings, on this device only. Read them through `readSettings`: a corrupted value gives protective defaults. */
export const settings = storage.defineItem<Settings>('local:settings', {
  fallback: SETTINGS_DEFAULTS,
  version: SETTINGS_VERSION,
  migrations: { 2: migrateV1 },
});

/** Guardian mode's PIN hash, person to call and approved settings (read through `readGuardianRecord`). */
export const guardianRecord = storage.defineItem<GuardianRecord | null>('local:guardian', { fallback: null, version: 1 });

/** Wrong guardian PINs so far, and the wait before the next try. */
export const guardianAttempts = storage.defineItem<Attempts>('local:guardianAttempts', { fallback: NO_ATTEMPTS, version: 1 });

/**
 * The settings warnings follow now (stored settings, kept at least as protective as a guardian
 * approved), with the guardian record they were combined with: each item is read once.
 */
export async function readGuardedSettings(): Promise<{ effective: Settings; record: GuardianRecord | null }> {
  const record = readGuardianRecord(await guardianRecord.getValue());
  return { effective: effectiveSettings(readSettings(await settings.getValue()), record), record };
}

/** Conversations marked "not a scam" (see silenced.ts), by hashed thread key. */
export const silenced = storage.defineItem<Record<string, SilencedEntry>>('local:silenced', {
  fallback: {},
  version: 1,
});

/** The live "not a scam" choice for a thread, if any (expired ones are ignored). */
export async function silenceFor(thread: string, now = Date.now()): Promise<SilencedEntry | null> {
  const entry = (await silenced.getValue())[await threadHash(thread)];
  return entry && entry.expires > now ? entry : null;
}

export async function setSilenced(thread: string, site: string, stage: Stage | null | false, now = Date.now()): Promise<void> {
  const key = await threadHash(thread);
  const all = { ...(await silenced.getValue()) };
  if (stage === false) delete all[key];
  else all[key] = { site, at: now, expires: now + SILENCE_DAYS * DAY_MS, stage };
  // Expired choices are dropped whenever the list is written.
  for (const [k, e] of Object.entries(all)) if (e.expires <= now) delete all[k];
  await silenced.setValue(all);
}


/** Researcher mode: opt-in local collection of redacted samples (src/research). Off by default. */
export interface ResearchSettings {
  enabled: boolean;
  /** Also save a sample, without asking, when a conversation first reaches `high`. */
  autoSaveHigh: boolean;
}

export const RESEARCH_DEFAULTS: ResearchSettings = { enabled: false, autoSaveHigh: false };

export const researchSettings = storage.defineItem<ResearchSettings>('local:research', { fallback: RESEARCH_DEFAULTS, version: 1 });

/** The research settings as stored, or the defaults for anything missing or malformed (collection stays off). */
export async function readResearchSettings(): Promise<ResearchSettings> {
  return toResearchSettings(await researchSettings.getValue());
}

export function toResearchSettings(raw: unknown): ResearchSettings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof ResearchSettings, unknown>>;
  return { enabled: r.enabled === true, autoSaveHigh: r.enabled === true && r.autoSaveHigh === true };
}

/** Conversations waiting to be shown as evidence reports, under the token their tab holds (see excerpts.ts). */
export const reportExcerpts = storage.defineItem<Record<string, PendingReport>>('session:reportExcerpts', { fallback: {} });

/** The platform guard's settings (read them through `readGuardSettings`). */
export const guardSettings = storage.defineItem<GuardSettings>('local:guard', { fallback: GUARD_DEFAULTS, version: 1 });

/** Domains that flagged conversations sent, so opening them later is guarded: domain → when seen. */
export const chatDomains = storage.defineItem<Record<string, number>>('local:guardChatDomains', { fallback: {}, version: 1 });

/** Hosts the user chose to open anyway, until the browser closes: host → until when. */
export const continuedHosts = storage.defineItem<Record<string, number>>('session:guardContinued', { fallback: {} });

/** Pages the guard stopped, under the random token their warning page holds: token → what and where. */
export const guardStops = storage.defineItem<Record<string, { tab: number; url: string; finding: GuardFinding; at: number }>>('session:guardStops', { fallback: {} });
