/**
 * Characters that must not reach a terminal raw, since they could rewrite or hide
 * what it shows: C0 controls (ESC starts ANSI sequences), DEL and C1 controls
 * (U+009B is a one-character CSI), line and paragraph separators, and the
 * bidirectional marks, embeddings, overrides and isolates that reorder text.
 */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const hex = (c: string, digits: number): string => c.charCodeAt(0).toString(16).padStart(digits, '0');

/** Text for the terminal (`--pretty`): unsafe characters become visible escapes such as \x1b or \u202e. */
export function visible(text: string): string {
  return text.replace(UNSAFE, (c) => SHORT[c] ?? (c <= '\u00ff' ? `\\x${hex(c, 2)}` : `\\u${hex(c, 4)}`));
}

/**
 * JSON text with the unsafe characters JSON.stringify leaves raw (DEL, C1, bidi
 * controls, U+2028/U+2029) written as \u escapes: the same data, safe to print.
 * They can only occur inside strings, where an escape means the same character.
 */
export function escapeJson(json: string): string {
  return json.replace(UNSAFE, (c) => `\\u${hex(c, 4)}`);
}
