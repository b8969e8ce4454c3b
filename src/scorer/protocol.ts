import type { PageFinding } from '../engine/platform/page.ts';
import type { Level, Stage } from '../engine/types.ts';

/**
 * Messages between the content script, the background and the scorer
 * (offscreen document on Chrome, background page on Firefox). The content
 * script sends only what is new; the scorer keeps one tracker per thread.
 */

/** Limits on one scoring request: a page, or a hostile message, must not stall every tab's scoring. */
export const LIMITS = {
  /** Messages in one request (the content script sends longer histories in chunks). */
  messages: 400,
  /** Characters of one message's text (longer texts are cut by the sender before sending). */
  textChars: 20_000,
  /** Characters of text in one request, all messages together. */
  requestChars: 400_000,
  /** A message key or a thread id. */
  idChars: 512,
  /** Lines of a page's visible text in one guard request (the engine reads as many). */
  pageLines: 600,
} as const;

export interface WireMessage {
  key: string;
  from: 'them' | 'me';
  text: string;
}

/** What the content script sends: the site's own thread id; the site itself is read from the sender's URL. */
export interface ScoreRequest {
  type: 'redflag:score';
  thread: string;
  /** Messages not sent before, in order. `reset` starts the thread over (history loaded upward, reordering). */
  messages: WireMessage[];
  reset: boolean;
}

/** A text checked from the popup or the context menu: a whole conversation, scored at once. */
export interface CheckRequest {
  type: 'redflag:check';
  messages: Array<{ from: 'them' | 'me'; text: string }>;
}

export interface FlaggedMessage {
  key: string;
  /** The main reason, one line, for the inline badge. */
  reason: string;
  rule: string;
}

export interface ReasonView {
  rule: string;
  text: string;
  points: number;
  stage: Stage;
  key: string | null;
  quote: string | null;
}

export interface ThreadVerdict {
  thread: string;
  level: Level;
  risk: number;
  stage: Stage | null;
  stagesReached: Stage[];
  warnedAtKey: string | null;
  reasons: ReasonView[];
  flagged: FlaggedMessage[];
  /**
   * Web domains the other party sent (not well-known services), once the thread is warned
   * at medium or higher: the platform guard treats them as suspect when they are opened.
   */
  domains: string[];
  /** Messages the scorer holds for this thread: the content script checks it stays in step. */
  length: number;
  /** Checks only: no rule set reads the language of the text, so "nothing found" is not an all-clear. */
  unreadLanguage?: boolean;
}

export type ScoreResponse = { ok: true; verdict: ThreadVerdict } | { ok: false; error: string };

/**
 * The platform guard's question about the page it runs on. The page's address comes
 * from the sender (set by the browser), never from the request; `lines` is the page's
 * visible text, or null when only the address is to be judged (at document start).
 */
export interface GuardRequest {
  type: 'redflag:guard';
  lines: string[] | null;
}

export type GuardResponse = { ok: true; finding: GuardFinding | null } | { ok: false; error: string };

/** Why the guard stopped a page: the engine's finding, or the user's and the chats' own lists. */
export type GuardFinding = PageFinding | { kind: 'listed_by_you'; host: string } | { kind: 'seen_in_chat'; host: string; domain: string };

export function parseGuardRequest(m: unknown): Parsed<GuardRequest> {
  if (!isObject(m) || m.type !== 'redflag:guard') return { ok: false, error: 'not a guard request' };
  if (m.lines === null) return { ok: true, value: { type: 'redflag:guard', lines: null } };
  if (!Array.isArray(m.lines)) return { ok: false, error: '"lines" must be an array of strings or null' };
  if (m.lines.length > LIMITS.pageLines) return { ok: false, error: `at most ${LIMITS.pageLines} lines per request (got ${m.lines.length})` };
  let chars = 0;
  for (const [i, line] of m.lines.entries()) {
    if (typeof line !== 'string') return { ok: false, error: `line ${i} is not a string` };
    chars += line.length;
    if (chars > LIMITS.requestChars) return { ok: false, error: `request holds more than ${LIMITS.requestChars} characters of text` };
  }
  return { ok: true, value: { type: 'redflag:guard', lines: m.lines as string[] } };
}

/** Which classifier the scorer runs, or why it runs on rules alone. */
export type ModelStatus = { state: 'loaded'; version: string } | { state: 'rules-only'; reason: string } | { state: 'loading' };

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** Checks every field of a message list: types, counts and sizes, with an error that says which. */
function parseMessages(raw: unknown, withKeys: boolean): Parsed<WireMessage[]> {
  if (!Array.isArray(raw)) return { ok: false, error: 'messages must be an array' };
  if (raw.length > LIMITS.messages) return { ok: false, error: `at most ${LIMITS.messages} messages per request (got ${raw.length})` };
  const out: WireMessage[] = [];
  let chars = 0;
  for (const [i, m] of raw.entries()) {
    if (!isObject(m)) return { ok: false, error: `message ${i} is not an object` };
    if (m.from !== 'them' && m.from !== 'me') return { ok: false, error: `message ${i}: "from" must be "them" or "me"` };
    if (typeof m.text !== 'string') return { ok: false, error: `message ${i}: "text" must be a string` };
    if (m.text.length > LIMITS.textChars) return { ok: false, error: `message ${i}: text longer than ${LIMITS.textChars} characters` };
    const key = withKeys ? m.key : String(i);
    if (typeof key !== 'string' || key.length === 0 || key.length > LIMITS.idChars) return { ok: false, error: `message ${i}: "key" must be a string of 1-${LIMITS.idChars} characters` };
    chars += m.text.length;
    if (chars > LIMITS.requestChars) return { ok: false, error: `request holds more than ${LIMITS.requestChars} characters of text` };
    out.push({ key, from: m.from, text: m.text });
  }
  return { ok: true, value: out };
}

export function parseScoreRequest(m: unknown): Parsed<ScoreRequest> {
  if (!isObject(m) || m.type !== 'redflag:score') return { ok: false, error: 'not a scoring request' };
  if (typeof m.thread !== 'string' || m.thread.length === 0 || m.thread.length > LIMITS.idChars) return { ok: false, error: `"thread" must be a string of 1-${LIMITS.idChars} characters` };
  if (typeof m.reset !== 'boolean') return { ok: false, error: '"reset" must be true or false' };
  const messages = parseMessages(m.messages, true);
  if (!messages.ok) return messages;
  return { ok: true, value: { type: 'redflag:score', thread: m.thread, reset: m.reset, messages: messages.value } };
}

export function parseCheckRequest(m: unknown): Parsed<CheckRequest> {
  if (!isObject(m) || m.type !== 'redflag:check') return { ok: false, error: 'not a check request' };
  const messages = parseMessages(m.messages, false);
  if (!messages.ok) return messages;
  return { ok: true, value: { type: 'redflag:check', messages: messages.value.map(({ from, text }) => ({ from, text })) } };
}

/**
 * Part of a conversation sent from a warning: to keep as a research sample
 * ("Save sample", or automatically at `high`), or to show as an evidence report.
 */
export interface ExcerptRequest {
  type: 'redflag:save-sample' | 'redflag:report';
  thread: string;
  how: 'manual' | 'auto';
  messages: Array<{ from: 'them' | 'me'; text: string }>;
  /** Index of the excerpt's first message in the page's conversation, and how many the page held. */
  first: number;
  total: number;
  /** Names the page shows for the people in the chat, so redaction catches them. */
  names: string[];
}

const MAX_NAMES = 8;

export function parseExcerptRequest(m: unknown): Parsed<ExcerptRequest> {
  if (!isObject(m) || (m.type !== 'redflag:save-sample' && m.type !== 'redflag:report')) return { ok: false, error: 'not an excerpt request' };
  if (typeof m.thread !== 'string' || m.thread.length === 0 || m.thread.length > LIMITS.idChars) return { ok: false, error: `"thread" must be a string of 1-${LIMITS.idChars} characters` };
  if (m.how !== 'manual' && m.how !== 'auto') return { ok: false, error: '"how" must be "manual" or "auto"' };
  const count = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 10_000_000;
  if (!count(m.first) || !count(m.total)) return { ok: false, error: '"first" and "total" must be whole numbers' };
  const names = m.names ?? [];
  if (!Array.isArray(names) || names.length > MAX_NAMES || !names.every((n) => typeof n === 'string' && n.length <= 200)) {
    return { ok: false, error: `"names" must be at most ${MAX_NAMES} strings` };
  }
  const messages = parseMessages(m.messages, false);
  if (!messages.ok) return messages;
  if (messages.value.length === 0) return { ok: false, error: 'no messages' };
  return {
    ok: true,
    value: { type: m.type, thread: m.thread, how: m.how, first: m.first, total: m.total, names: names as string[], messages: messages.value.map(({ from, text }) => ({ from, text })) },
  };
}

/**
 * Splits messages into requests within LIMITS (texts already cut to `textChars`),
 * so a 5,000-message history goes as a few requests rather than one huge one.
 */
export function chunkMessages<M extends { text: string }>(messages: readonly M[]): M[][] {
  const chunks: M[][] = [];
  let current: M[] = [];
  let chars = 0;
  for (const m of messages) {
    if (current.length > 0 && (current.length >= LIMITS.messages || chars + m.text.length > LIMITS.requestChars)) {
      chunks.push(current);
      current = [];
      chars = 0;
    }
    current.push(m);
    chars += m.text.length;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
