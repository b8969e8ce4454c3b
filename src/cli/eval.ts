import type { Readable, Writable } from 'node:stream';
import { type Classifier, scanConversation, scanWithClassifier } from '../engine/index.ts';
import { levelAtLeast, STAGES, type Stage } from '../engine/types.ts';
import { binaryMetrics, conversationMetrics, type ScoredConversation } from '../eval/metrics.ts';
import { parseConversationLine } from '../format/conversation.ts';
import { writeText } from './io.ts';
import { readLines } from './lines.ts';
import { visible } from './escape.ts';
import { MAX_LINE_BYTES } from './scan.ts';

/**
 * `redflag eval FILE`: RedFlag measured on someone else's labelled conversations.
 * A line is `redflag scan` input plus `"label"`: "scam" or "benign" (also "not_scam",
 * as the sample review page labels; sample lines labelled "unsure" are skipped),
 * an optional `"lang"`, and optional `"stage"` on messages for warned-by-the-first-pitch.
 * A conversation counts as flagged when it reached `medium` (the inline warning).
 */

export interface EvalOptions {
  classifier?: Classifier;
  json: boolean;
}

interface Row extends ScoredConversation {
  lang: string | null;
}

export interface EvalSummary {
  evaluated: number;
  skipped: number;
  errors: number;
}

const LABELS: Record<string, 'scam' | 'benign'> = { scam: 'scam', benign: 'benign', not_scam: 'benign' };

/** The label, language and stage labels of one line, or why it cannot be used. */
export function readLabels(raw: Record<string, unknown>): { label: 'scam' | 'benign' | null; lang: string | null; stages: Array<Stage | null> } | string {
  // Exported samples keep the label in {"label": {"value": ...}}; "unsure" is no label.
  const given = typeof raw.label === 'object' && raw.label !== null ? (raw.label as Record<string, unknown>).value : raw.label;
  if (given === 'unsure' || given === null) return { label: null, lang: null, stages: [] };
  const label = typeof given === 'string' ? LABELS[given] : undefined;
  if (!label) return '"label" must be "scam" or "benign" (or "not_scam")';
  const lang = typeof raw.lang === 'string' ? raw.lang : typeof raw.language === 'string' ? raw.language : null;
  const messages = Array.isArray(raw.messages) ? (raw.messages as unknown[]) : [];
  const stages: Array<Stage | null> = [];
  for (const [i, m] of messages.entries()) {
    const s = (m as Record<string, unknown>).stage;
    if (s === undefined || s === null) stages.push(null);
    else if (STAGES.includes(s as Stage)) stages.push(s as Stage);
    else return `message ${i}: unknown stage ${JSON.stringify(s)} (one of ${STAGES.join(', ')})`;
  }
  return { label, lang, stages };
}

export async function evalStream(input: Readable, output: Writable, errors: Writable, options: EvalOptions): Promise<EvalSummary> {
  const rows: Row[] = [];
  const summary: EvalSummary = { evaluated: 0, skipped: 0, errors: 0 };
  for await (const line of readLines(input, MAX_LINE_BYTES)) {
    if (line.text !== null && line.text.trim() === '') continue;
    const parsed = line.text === null ? { ok: false as const, error: line.problem ?? 'unreadable line' } : parseConversationLine(line.text);
    const labels = parsed.ok ? readLabels(parsed.raw) : parsed.error;
    if (!parsed.ok || typeof labels === 'string') {
      summary.errors++;
      await writeText(errors, `${visible(`redflag eval: line ${line.number}: ${parsed.ok ? labels : parsed.error}`)}\n`);
      continue;
    }
    if (labels.label === null) {
      summary.skipped++;
      continue;
    }
    const { messages } = parsed.value;
    const verdict = options.classifier ? (await scanWithClassifier(messages, options.classifier)).verdict() : scanConversation(messages);
    rows.push({ label: labels.label, lang: labels.lang, stages: labels.stages, warnedAt: levelAtLeast(verdict.level, 'medium') ? verdict.warnedAt : null });
    summary.evaluated++;
  }
  const groups = groupByLanguage(rows);
  await writeText(output, options.json ? `${JSON.stringify({ ...summary, results: groups.map(([lang, r]) => ({ lang, ...measure(r) })) })}\n` : table(groups, summary));
  return summary;
}

/** "all" first, then each language with at least one conversation, when any line gave one. */
function groupByLanguage(rows: readonly Row[]): Array<[string, Row[]]> {
  const byLang = new Map<string, Row[]>();
  for (const r of rows) if (r.lang !== null) byLang.set(r.lang, [...(byLang.get(r.lang) ?? []), r]);
  return [['all', [...rows]], ...[...byLang.entries()].sort(([a], [b]) => a.localeCompare(b))];
}

export interface EvalResult {
  scams: number;
  benign: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  falsePositiveRate: number | null;
  /** Of the scams with a labelled pitch, the share warned at or before the first pitch message. */
  warnedByFirstPitch: number | null;
  scamsWithPitch: number;
}

export function measure(rows: readonly ScoredConversation[]): EvalResult {
  const b = binaryMetrics(rows.map((r) => ({ actual: r.label === 'scam', predicted: r.warnedAt !== null })));
  const c = conversationMetrics(rows);
  const flagged = c.caught + c.falseAlarms;
  return {
    scams: c.scams,
    benign: c.benign,
    precision: flagged === 0 ? null : b.precision,
    recall: c.scams === 0 ? null : b.recall,
    f1: c.scams === 0 || flagged === 0 ? null : b.f1,
    falsePositiveRate: c.benign === 0 ? null : b.falsePositiveRate,
    warnedByFirstPitch: c.withPitch === 0 ? null : c.warnedByPitch / c.withPitch,
    scamsWithPitch: c.withPitch,
  };
}

function table(groups: ReadonlyArray<[string, Row[]]>, summary: EvalSummary): string {
  const pct = (x: number | null): string => (x === null ? 'n/a' : `${(100 * x).toFixed(1)}%`).padStart(9);
  const lines = [
    `${summary.evaluated} conversation(s) evaluated${summary.skipped ? `, ${summary.skipped} labelled "unsure" skipped` : ''}${summary.errors ? `, ${summary.errors} line(s) with errors` : ''}.`,
    'Flagged = warned at medium or high (the inline warning).',
    '',
    `${'language'.padEnd(10)}${'scams'.padStart(7)}${'benign'.padStart(8)}${'precision'.padStart(10)}${'recall'.padStart(9)}${'F1'.padStart(9)}${'FP rate'.padStart(9)}${'by pitch'.padStart(10)}`,
  ];
  for (const [lang, rows] of groups) {
    const m = measure(rows);
    lines.push(
      `${visible(lang).slice(0, 9).padEnd(10)}${String(m.scams).padStart(7)}${String(m.benign).padStart(8)}${pct(m.precision).padStart(10)}${pct(m.recall)}${pct(m.f1)}${pct(m.falsePositiveRate)}${pct(m.warnedByFirstPitch).padStart(10)}`,
    );
  }
  lines.push('', '"by pitch": scams warned at or before the first message labelled "pitch" (needs "stage" labels).');
  return `${lines.join('\n')}\n`;
}
