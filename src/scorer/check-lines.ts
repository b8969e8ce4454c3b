import { scanConversation } from '../engine/index.ts';

/** Lines read from a page the user asked about, at most this many (the most recent). */
const MAX_LINES = 2000;
const MAX_LINE_CHARS = 20_000;

/**
 * The generic reader's check ("RedFlag: check this conversation"): every line
 * is taken as a message from the other party, since an unknown page says
 * nothing about who wrote what. Returns the level and the distinct reasons.
 */
export function checkLines(lines: readonly string[]): { level: string; reasons: string[] } {
  const v = scanConversation(lines.slice(-MAX_LINES).map((text) => ({ from: 'them' as const, text: text.slice(0, MAX_LINE_CHARS) })));
  return { level: v.level, reasons: [...new Set(v.reasons.map((r) => r.text))].slice(0, 5) };
}
