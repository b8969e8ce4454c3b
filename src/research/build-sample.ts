import type { Message, Stage, Verdict } from '../engine/types.ts';
import { redactConversation } from './redact.ts';
import { parseSample, type Sample, SAMPLE_SCHEMA, type SampleMessage, sampleId } from './sample.ts';

export interface SampleInput {
  /** The site adapter's id, or 'cli'. */
  site: string;
  how: Sample['how'];
  /** The excerpt of the page's conversation, as read: not yet redacted. */
  messages: readonly Message[];
  /** Index of the excerpt's first message in the page's conversation. */
  first: number;
  /** How many messages the page held. */
  total: number;
  /** The engine's verdict on this excerpt (its message indices are excerpt indices). */
  verdict: Verdict;
  /** Names known from the page (the other party's, the user's), replaced wherever they appear. */
  names?: readonly string[];
  language: string | null;
  versions: Sample['versions'];
  now?: Date;
}

/**
 * The only way a sample is made from page text: redaction runs first, so what reaches the store
 * (and any export) never held the phone numbers, addresses and names of the conversation. The
 * result is checked like an imported sample; anything out of bounds throws with the reason.
 */
export function buildSample(input: SampleInput): Sample {
  const redacted = redactConversation(input.messages, input.verdict.reasons, { names: input.names ?? [] });
  const messages = redacted.messages.map((m): SampleMessage => {
    const time = isoTime(m.time);
    return time === undefined ? { from: m.from, text: m.text } : { from: m.from, text: m.text, time };
  });
  const stages: Partial<Record<Stage, number>> = {};
  for (const [stage, mark] of Object.entries(input.verdict.stages) as Array<[Stage, { message: number }]>) stages[stage] = mark.message;
  const redaction: Sample['redaction'] = {};
  for (const [kind, n] of Object.entries(redacted.counts) as Array<[keyof Sample['redaction'], number]>) if (n > 0) redaction[kind] = n;

  const sample: Sample = {
    schema: SAMPLE_SCHEMA,
    id: sampleId(input.site, messages),
    savedAt: (input.now ?? new Date()).toISOString(),
    how: input.how,
    site: input.site,
    language: input.language,
    versions: input.versions,
    verdict: {
      level: input.verdict.level,
      risk: input.verdict.risk,
      stage: input.verdict.stage,
      stages,
      reasons: redacted.reasons.map((r) => ({ rule: r.rule, text: r.text, stage: r.stage, points: r.points, message: r.message, evidence: r.evidence })),
    },
    messages,
    excerpt: { first: input.first, total: input.total },
    redaction,
    label: null,
  };
  const checked = parseSample(sample);
  if (!checked.ok) throw new Error(`cannot save this sample: ${checked.error}`);
  return checked.sample;
}

/** Pages give milliseconds or a date string; the sample keeps ISO 8601 in UTC, or no time at all. */
function isoTime(time: Message['time']): string | undefined {
  if (time === undefined) return undefined;
  const ms = typeof time === 'number' ? time : Date.parse(time);
  // A time Date cannot hold, or beyond year 9999 (ISO's extended years), is noise, not worth refusing the sample for.
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return undefined;
  const iso = new Date(ms).toISOString();
  return /^\d{4}-/.test(iso) ? iso : undefined;
}
