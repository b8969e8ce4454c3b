import type { Verdict } from '../engine/types.ts';
import type { Conversation } from '../format/conversation.ts';

const LEVEL_LABEL = { none: 'no concern', low: 'low (quiet indicator)', medium: 'MEDIUM (inline warning)', high: 'HIGH (strong warning)' } as const;

/** A readable report of one verdict: what `--pretty` and `npm start` print. */
export function formatReport(conversation: Conversation, v: Verdict): string {
  const lines: string[] = [];
  lines.push(`${conversation.id}: ${LEVEL_LABEL[v.level]}, risk ${v.risk.toFixed(2)}, score ${v.score.toFixed(1)}`);
  const stage = v.stage ? v.stage.replace('_', '-') : 'none';
  const warned = v.warnedAt === null ? 'not warned' : `warned at message ${v.warnedAt + 1} of ${conversation.messages.length}`;
  lines.push(`  furthest stage: ${stage}; ${warned}`);
  for (const r of v.reasons) {
    const quote = r.evidence ? ` "${oneLine(r.evidence.quote)}"` : '';
    lines.push(`  - message ${r.message + 1}, +${r.points.toFixed(1)} ${r.rule}${quote}`);
    lines.push(`      ${r.text}`);
  }
  if (v.reasons.length === 0) lines.push('  (no rule fired)');
  return `${lines.join('\n')}\n`;
}

/** Control characters and newlines from message text never reach the terminal raw. */
function oneLine(s: string): string {
  const flat = s.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]+/g, ' ');
  return flat.length > 120 ? `${flat.slice(0, 117)}...` : flat;
}
