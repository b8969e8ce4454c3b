import type { Readable, Writable } from 'node:stream';
import { isLosslessNumber, stringify as stringifyLossless } from 'lossless-json';
import { type Classifier, scanConversation, scanWithClassifier } from '../engine/index.ts';
import type { Verdict } from '../engine/types.ts';
import { type Conversation, type Id, parseConversationLine } from '../format/conversation.ts';
import { escapeJson } from './escape.ts';
import { writeText } from './io.ts';
import { type Line, readLines } from './lines.ts';
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
 * This is the one-thread path (`--jobs 1`); jobs.ts runs the same scanLine in worker threads.
 */
export async function scanStream(input: Readable, output: Writable, options: ScanOptions, onVerdict?: (c: Conversation, v: Verdict) => Promise<void>): Promise<ScanSummary> {
  const summary: ScanSummary = { scanned: 0, errors: 0 };
  for await (const line of readLines(input, MAX_LINE_BYTES)) {
    if (isBlank(line)) continue;
    const result = await scanLine(line, options);
    if (result.scanned) {
      summary.scanned++;
      await onVerdict?.(result.conversation, result.verdict);
    } else summary.errors++;
    await writeText(output, result.out);
  }
  return summary;
}

/** Blank lines are skipped: they print nothing and are no error. */
export function isBlank(line: Line): boolean {
  return line.text !== null && line.text.trim() === '';
}

export type LineResult = { scanned: true; out: string; conversation: Conversation; verdict: Verdict } | { scanned: false; out: string };

/** What one (non-blank) input line prints: its verdict, or an error line that names it. */
export async function scanLine(line: Line, options: ScanOptions): Promise<LineResult> {
  const parsed = line.text === null ? { ok: false as const, error: line.problem ?? 'unreadable line' } : parseConversationLine(line.text);
  if (!parsed.ok) {
    const id = 'id' in parsed ? parsed.id : undefined;
    const out = options.pretty ? `${formatError(line.number, id, parsed.error)}\n` : jsonLine({ line: line.number, ...(id === undefined ? {} : { id }), error: parsed.error });
    return { scanned: false, out };
  }
  const { verdict, out } = await scanOne(parsed.value, parsed.id, options);
  return { scanned: true, out, conversation: parsed.value, verdict };
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
