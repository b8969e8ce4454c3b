import type { Message } from '../engine/types.ts';

/**
 * The JSON Lines conversation format read by `redflag scan` and by the corpus:
 *   {"id": "...", "messages": [{"from": "them" | "me", "text": "...", "time"?: ISO string | ms}, ...]}
 * or the short form {"id": "...", "text": "..."} for one message from "them".
 */
export interface Conversation {
  id: string;
  messages: Message[];
}

/** A message longer than this is not chat; refusing it keeps memory and time bounded. */
export const MAX_MESSAGE_CHARS = 100_000;
export const MAX_MESSAGES = 100_000;

export type Parsed<T> = { ok: true; value: T; raw: Record<string, unknown> } | { ok: false; error: string; id?: string };

export function parseConversationLine(line: string): Parsed<Conversation> {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch (e) {
    return { ok: false, error: `not valid JSON (${(e as Error).message})` };
  }
  return parseConversation(raw);
}

export function parseConversation(raw: unknown): Parsed<Conversation> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: false, error: 'expected a JSON object with "id" and "messages" (or "text")' };
  }
  const obj = raw as Record<string, unknown>;
  if (typeof obj.id !== 'string' && typeof obj.id !== 'number') {
    return { ok: false, error: obj.id === undefined ? 'missing field "id"' : '"id" must be a string or a number' };
  }
  const id = String(obj.id);
  const fail = (error: string): Parsed<Conversation> => ({ ok: false, error, id });

  if (obj.messages === undefined) {
    if (obj.text === undefined) return fail('missing field "messages" (or "text" for a one-message conversation)');
    const one = parseMessage({ from: 'them', text: obj.text, time: obj.time }, null);
    return typeof one === 'string' ? fail(one) : { ok: true, value: { id, messages: [one] }, raw: obj };
  }
  if (!Array.isArray(obj.messages)) return fail('"messages" must be an array');
  if (obj.messages.length > MAX_MESSAGES) return fail(`too many messages (${obj.messages.length}; the limit is ${MAX_MESSAGES})`);
  const messages: Message[] = [];
  for (const [i, m] of obj.messages.entries()) {
    const parsed = parseMessage(m, i);
    if (typeof parsed === 'string') return fail(parsed);
    messages.push(parsed);
  }
  return { ok: true, value: { id, messages }, raw: obj };
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
