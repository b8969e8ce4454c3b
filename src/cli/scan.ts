import type { Readable, Writable } from 'node:stream';
import { type Classifier, scanConversation, scanWithClassifier } from '../engine/index.ts';
import type { Verdict } from '../engine/types.ts';
import { parseConversationLine } from '../format/conversation.ts';
import { readLines } from './lines.ts';
import { formatReport } from './pretty.ts';

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
export function verdictRecord(id: string, v: Verdict): Record<string, unknown> {
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
 */
export async function scanStream(input: Readable, output: Writable, options: ScanOptions): Promise<ScanSummary> {
  const summary: ScanSummary = { scanned: 0, errors: 0 };
  for await (const line of readLines(input, MAX_LINE_BYTES)) {
    if (line.text !== null && line.text.trim() === '') continue;
    let out: string;
    const parsed = line.text === null ? { ok: false as const, error: line.problem ?? 'unreadable line' } : parseConversationLine(line.text);
    if (!parsed.ok) {
      summary.errors++;
      const record = { line: line.number, ...('id' in parsed && parsed.id !== undefined ? { id: parsed.id } : {}), error: parsed.error };
      out = options.pretty ? `line ${line.number}: error: ${parsed.error}\n\n` : `${JSON.stringify(record)}\n`;
    } else {
      summary.scanned++;
      const messages = parsed.value.messages;
      const verdict = options.classifier ? (await scanWithClassifier(messages, options.classifier)).verdict() : scanConversation(messages);
      out = options.pretty ? `${formatReport(parsed.value, verdict)}\n` : `${JSON.stringify(verdictRecord(parsed.value.id, verdict))}\n`;
    }
    if (!output.write(out)) await new Promise<void>((resolve) => output.once('drain', resolve));
  }
  return summary;
}
