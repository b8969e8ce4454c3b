import { isLosslessNumber, LosslessNumber, parse as parseLossless } from 'lossless-json';
import type { Message } from '../engine/types.ts';

/**
 * The JSON Lines conversation format read by `redflag scan` and by the corpus:
 *   {"id": "...", "messages": [{"from": "them" | "me", "text": "...", "time"?: ISO string | ms}, ...]}
 * or the short form {"id": "...", "text": "..."} for one message from "them".
 */
export interface Conversation {
  /** The id as text (a numeric id's digits as written). */
  id: string;
  messages: Message[];
}

/** A message longer than this is not chat; refusing it keeps memory and time bounded. */
export const MAX_MESSAGE_CHARS = 100_000;
/** A conversation with more messages is refused as a whole, for the same reason. */
export const MAX_MESSAGES = 100_000;

/**
 * An id as the input wrote it: a string, or a number. parseConversationLine
 * reads numbers as LosslessNumbers, which keep their digits exactly
 * (12345678901234567890 is not rounded, 1.50 stays 1.50), so they can be echoed back.
 */
export type Id = string | number | LosslessNumber;

export type Parsed<T> = { ok: true; value: T; raw: Record<string, unknown>; id: Id } | { ok: false; error: string; id?: Id };

export function parseConversationLine(line: string): Parsed<Conversation> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  if (isObject(raw) && typeof raw.id === 'number') raw.id = exactNumber(line, raw.id);
  return parseConversation(raw);
}

/** The usual layout, `{"id": 123, ...}`, whose id digits a regex can read. */
const LEADING_NUMERIC_ID = /^\s*\{\s*"id"\s*:\s*(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)\s*[,}]/;

/**
 * The top-level "id" as written. JSON.parse rounds numbers to doubles, so
 * unless the id leads the line (and is the one JSON.parse kept: keys can
 * repeat), the line is parsed again, losslessly.
 */
function exactNumber(line: string, parsed: number): LosslessNumber | number {
  const leading = LEADING_NUMERIC_ID.exec(line)?.[1];
  if (leading !== undefined && Number(leading) === parsed) return new LosslessNumber(leading);
  try {
    const id = (parseLossless(line) as Record<string, unknown>).id;
    return isLosslessNumber(id) ? id : parsed;
  } catch {
    return parsed; // lossless-json refuses some lines JSON.parse takes, such as duplicate keys
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function parseConversation(raw: unknown): Parsed<Conversation> {
  if (!isObject(raw)) {
    return { ok: false, error: 'expected a JSON object with "id" and "messages" (or "text")' };
  }
  const given = raw.id;
  if (typeof given !== 'string' && typeof given !== 'number' && !isLosslessNumber(given)) {
    return { ok: false, error: given === undefined ? 'missing field "id"' : '"id" must be a string or a number' };
  }
  const id = String(given);
  const fail = (error: string): Parsed<Conversation> => ({ ok: false, error, id: given });

  if (raw.messages === undefined) {
    if (raw.text === undefined) return fail('missing field "messages" (or "text" for a one-message conversation)');
    const one = parseMessage({ from: 'them', text: raw.text, time: raw.time }, null);
    return typeof one === 'string' ? fail(one) : { ok: true, value: { id, messages: [one] }, raw, id: given };
  }
  if (!Array.isArray(raw.messages)) return fail('"messages" must be an array');
  if (raw.messages.length > MAX_MESSAGES) return fail(`too many messages (${raw.messages.length.toLocaleString('en')}; the limit is ${MAX_MESSAGES.toLocaleString('en')})`);
  const messages: Message[] = [];
  for (const [i, m] of raw.messages.entries()) {
    const parsed = parseMessage(m, i);
    if (typeof parsed === 'string') return fail(parsed);
    messages.push(parsed);
  }
  return { ok: true, value: { id, messages }, raw, id: given };
}

/** A message, or the reason it is not one. */
function parseMessage(m: unknown, index: number | null): Message | string {
  const where = index === null ? '"text"' : `message ${index}`;
  if (typeof m !== 'object' || m === null || Array.isArray(m)) return `${where} must be an object with "from" and "text"`;
  const { from, text, time } = m as Record<string, unknown>;
  if (from !== 'them' && from !== 'me') return `${where}: "from" must be "them" or "me"${from === undefined ? ' (it is missing)' : ''}`;
  if (typeof text !== 'string') return text === undefined ? `${where}: missing field "text"` : `${where}: "text" must be a string, not ${describe(text)}`;
  if (text.length > MAX_MESSAGE_CHARS) {
    return `${where}: text is ${text.length.toLocaleString('en')} characters long; the limit is ${MAX_MESSAGE_CHARS.toLocaleString('en')}`;
  }
  if (time !== undefined && time !== null) {
    const ok = (typeof time === 'number' && Number.isFinite(time)) || (typeof time === 'string' && Number.isFinite(Date.parse(time)));
    if (!ok) return `${where}: "time" must be an ISO 8601 date or milliseconds since 1970`;
    return { from, text, time: time as string | number };
  }
  return { from, text };
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return `a ${typeof v}`;
}
