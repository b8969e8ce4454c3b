import { STAGES, type Verdict } from '../engine/types.ts';
import { STAGE_LABELS } from '../report/stages.ts';
import type { Conversation, Id } from '../format/conversation.ts';
import { visible } from './escape.ts';

const LEVEL_LABEL = { none: 'no concern', low: 'low (quiet indicator)', medium: 'MEDIUM (inline warning)', high: 'HIGH (strong warning)' } as const;

/** A readable report of one verdict: what `--pretty` and `npm start` print. */
export function formatReport(conversation: Conversation, v: Verdict): string {
  const lines: string[] = [];
  lines.push(`${conversation.id}: ${LEVEL_LABEL[v.level]}, risk ${v.risk.toFixed(2)}, score ${v.score.toFixed(1)}`);
  const stage = v.stage ? v.stage.replace('_', '-') : 'none';
  const warned = v.warnedAt === null ? 'not warned' : `warned at message ${v.warnedAt + 1} of ${conversation.messages.length}`;
  lines.push(`  furthest stage: ${stage}; ${warned}`);
  const timeline = STAGES.filter((s) => v.stages[s] !== undefined).map((s) => `${STAGE_LABELS[s]} (message ${v.stages[s]!.message + 1}${when(v.stages[s]!.time)})`);
  if (timeline.length > 0) lines.push(`  timeline: ${timeline.join(' > ')}`);
  for (const r of v.reasons) {
    const quote = r.evidence ? ` "${shorten(r.evidence.quote)}"` : '';
    lines.push(`  - message ${r.message + 1}, +${r.points.toFixed(1)} ${r.rule}${quote}`);
    lines.push(`      ${r.text}`);
  }
  if (v.reasons.length === 0) lines.push('  (no rule fired)');
  return printable(lines);
}

/** ", 2023-12-31 21:41" for a known time (UTC, as exports record local time without a zone). */
function when(time: number | null): string {
  return time === null ? '' : `, ${new Date(time).toISOString().slice(0, 16).replace('T', ' ')}`;
}

/** The report of a line that could not be scanned. */
export function formatError(line: number, id: Id | undefined, error: string): string {
  return printable([`line ${line}${id === undefined ? '' : ` (id ${String(id)})`}: error: ${error}`]);
}

/**
 * Every printed line is escaped as a whole, so no field taken from the input
 * (an id, a quote, a JSON parse error quoting the line) can reach the terminal raw.
 */
function printable(lines: string[]): string {
  return `${lines.map(visible).join('\n')}\n`;
}

/** Cut before escaping, so an escape is never cut in half. */
function shorten(s: string): string {
  return s.length > 120 ? `${s.slice(0, 117)}...` : s;
}
