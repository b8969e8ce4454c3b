import type { Readable, Writable } from 'node:stream';
import { isLosslessNumber, stringify as stringifyLossless } from 'lossless-json';
import { type Classifier, scanConversation, scanWithClassifier } from '../engine/index.ts';
import type { Verdict } from '../engine/types.ts';
import { type Conversation, type Id, parseConversationLine } from '../format/conversation.ts';
import { escapeJson } from './escape.ts';
import { writeText } from './io.ts';
import { readLines } from './lines.ts';
import { formatError, formatReport } from './pretty.ts';

/** One line is at most this big; longer lines are reported and skipped without being held in memory. */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

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
 * Streams JSON Lines in, one verdict (or one error) per line out, in input
 * order. Bad lines never stop the scan: they are reported where they stand.
 * A read error rejects with an InputError, a write error with an OutputError
 * (and reading stops: a closed pipe means the reader has had enough).
 */
export async function scanStream(input: Readable, output: Writable, options: ScanOptions, onVerdict?: (c: Conversation, v: Verdict) => Promise<void>): Promise<ScanSummary> {
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
      const scanned = await scanOne(parsed.value, parsed.id, options);
      out = scanned.out;
      await onVerdict?.(parsed.value, scanned.verdict);
    }
    await writeText(output, out);
  }
  return summary;
}

/** Scores one conversation: its verdict and the text printed for it (a JSON line or a --pretty report). */
export async function scanOne(conversation: Conversation, id: Id, options: ScanOptions): Promise<{ verdict: Verdict; out: string }> {
  const { messages } = conversation;
  // scanWithClassifier scores in batches, so memory stays bounded on long conversations.
  const verdict = options.classifier ? (await scanWithClassifier(messages, options.classifier)).verdict() : scanConversation(messages);
  return { verdict, out: options.pretty ? `${formatReport(conversation, verdict)}\n` : jsonLine(verdictRecord(id, verdict)) };
}

/**
 * One output line. A numeric id is a LosslessNumber, which lossless-json writes
 * with its digits as read; JSON.stringify, faster, writes everything else.
 */
function jsonLine(record: Record<string, unknown>): string {
  const json = isLosslessNumber(record.id) ? stringifyLossless(record)! : JSON.stringify(record);
  return `${escapeJson(json)}\n`;
}
