import type { ExcerptRequest } from '../scorer/protocol.ts';
import type { SampleResponse, ScorerCall, ScorerReply } from '../scorer/runtime.ts';
import { SAMPLE_CAP, type SampleStore } from '../research/store.ts';
import { readResearchSettings, reportExcerpts } from './storage.ts';

/** What the warning shows after "Save sample": saved or not, and why, in plain words. */
export interface SaveReply {
  ok: boolean;
  message: string;
}

/**
 * Keeps a research sample of a warned conversation: only in researcher mode,
 * redacted by the scorer before it reaches the store, refused (never dropped
 * silently) when the store is full.
 */
export async function saveSample(site: string, request: ExcerptRequest, call: (c: ScorerCall) => Promise<ScorerReply>, store: SampleStore): Promise<SaveReply> {
  const research = await readResearchSettings();
  if (!research.enabled) return { ok: false, message: 'Researcher mode is off: nothing was saved. It can be turned on in RedFlag’s settings.' };
  if (request.how === 'auto' && !research.autoSaveHigh) return { ok: false, message: 'Automatic samples are off: nothing was saved.' };
  const reply = (await call({ type: 'sample', site, request })) as SampleResponse;
  if (!reply.ok) return { ok: false, message: `The sample could not be made: ${reply.error}` };
  const added = await store.add(reply.sample);
  const count = `${added.count.toLocaleString()} of ${SAMPLE_CAP.toLocaleString()}`;
  if (added.ok) return { ok: true, message: added.nearlyFull ? `Sample saved (${count}: nearly full; export and delete some soon).` : `Sample saved (${count}).` };
  if (added.reason === 'duplicate') return { ok: true, message: 'This part of the conversation is already saved.' };
  return { ok: false, message: `Not saved: the sample store is full (${count}). Export and delete some samples first.` };
}

/** An excerpt waiting for its report tab, under a random token that only that tab's address holds. */
export interface PendingReport {
  site: string;
  messages: ExcerptRequest['messages'];
  at: number;
}

/** Reports kept for reopening until the browser closes; the oldest go first. */
const MAX_REPORTS = 10;

export async function keepForReport(site: string, request: ExcerptRequest, now = Date.now()): Promise<string> {
  const token = crypto.randomUUID();
  const kept = Object.entries(await reportExcerpts.getValue()).sort(([, a], [, b]) => b.at - a.at).slice(0, MAX_REPORTS - 1);
  const fresh: [string, PendingReport] = [token, { site, messages: request.messages, at: now }];
  try {
    await reportExcerpts.setValue(Object.fromEntries([...kept, fresh]));
  } catch {
    // Session storage is small (10 MB on Chrome): older reports make room for the one asked for now.
    await reportExcerpts.setValue(Object.fromEntries([fresh]));
  }
  return token;
}

export async function reportFor(token: string): Promise<PendingReport | null> {
  return (await reportExcerpts.getValue())[token] ?? null;
}
