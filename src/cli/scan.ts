import type { Readable, Writable } from 'node:stream';
import { isLosslessNumber, stringify as stringifyLossless } from 'lossless-json';
import { addWithClassifier, type Classifier, ConversationTracker, scanConversation } from '../engine/index.ts';
import type { Message, Verdict } from '../engine/types.ts';
import { type Id, parseConversationLine } from '../format/conversation.ts';
import { escapeJson } from './escape.ts';
import { writeText } from './io.ts';
import { readLines } from './lines.ts';
import { formatError, formatReport } from './pretty.ts';

/** One line is at most this big; longer lines are reported and skipped without being held in memory. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

/**
 * Messages per classifier batch. A batch's features take 2 kB a message, and
 * the model's WebAssembly memory grows to fit the largest batch and never
 * shrinks, so scoring a long conversation in one batch would cost hundreds of MB.
 */
export const CLASSIFIER_BATCH = 512;

export interface ScanOptions {
  pretty: boolean;
  /** The classifier to fuse with the rules; without one, heuristics alone. */
  classifier?: Classifier;
}

export interface ScanSummary {
  scanned: number;
  errors: number;
}

/** The JSON line printed for one conversation. */
export function verdictRecord(id: Id, v: Verdict): Record<string, unknown> {
  return {
    id,
    risk: v.risk,
    level: v.level,
    stage: v.stage,
    warnedAt: v.warnedAt,
    score: v.score,
    reasons: v.reasons.map((r) => ({ rule: r.rule, message: r.message, text: r.text, points: r.points, evidence: r.evidence })),
  };
}

/**
 * The verdict on one conversation. With a classifier the messages go through in
 * batches, each prepared against the tracker's state after the ones before:
 * the same verdict as one batch (the tracker is built for adding messages as
 * they come), in memory that does not grow with the conversation.
 */
export async function verdictOf(messages: readonly Message[], classifier?: Classifier, batch = CLASSIFIER_BATCH): Promise<Verdict> {
  if (!classifier) return scanConversation(messages);
  const tracker = new ConversationTracker();
  for (let i = 0; i < messages.length; i += batch) await addWithClassifier(tracker, messages.slice(i, i + batch), classifier);
  return tracker.verdict();
}

/**
 * Streams JSON Lines in, one verdict (or one error) per line out, in input
 * order. Bad lines never stop the scan: they are reported where they stand.
 * A read error rejects with an InputError, a write error with an OutputError
 * (and reading stops: a closed pipe means the reader has had enough).
 */
export async function scanStream(input: Readable, output: Writable, options: ScanOptions): Promise<ScanSummary> {
  const summary: ScanSummary = { scanned: 0, errors: 0 };
  for await (const line of readLines(input, MAX_LINE_BYTES)) {
    if (line.text !== null && line.text.trim() === '') continue;
    let out: string;
    const parsed = line.text === null ? { ok: false as const, error: line.problem ?? 'unreadable line' } : parseConversationLine(line.text);
    if (!parsed.ok) {
      summary.errors++;
      const id = 'id' in parsed ? parsed.id : undefined;
      out = options.pretty ? `${formatError(line.number, id, parsed.error)}\n` : jsonLine({ line: line.number, ...(id === undefined ? {} : { id }), error: parsed.error });
    } else {
      summary.scanned++;
      const verdict = await verdictOf(parsed.value.messages, options.classifier);
      out = options.pretty ? `${formatReport(parsed.value, verdict)}\n` : jsonLine(verdictRecord(parsed.id, verdict));
    }
    await writeText(output, out);
  }
  return summary;
}

/**
 * One output line. A numeric id is a LosslessNumber, which lossless-json writes
 * with its digits as read; JSON.stringify, faster, writes everything else.
 */
function jsonLine(record: Record<string, unknown>): string {
  const json = isLosslessNumber(record.id) ? stringifyLossless(record)! : JSON.stringify(record);
  return `${escapeJson(json)}\n`;
}
