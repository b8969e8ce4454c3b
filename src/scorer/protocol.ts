import type { Level, Stage } from '../engine/types.ts';

/**
 * Messages between the content script and the scorer (offscreen document on
 * Chrome, background page on Firefox). The content script sends only what is
 * new; the scorer keeps one conversation tracker per thread.
 */
export interface ScoreRequest {
  type: 'redflag:score';
  /** Site id and the site's thread id: one tracker each. */
  thread: string;
  /** Messages not sent before, in order. `reset` starts the thread over (history loaded upward, reordering). */
  messages: Array<{ key: string; from: 'them' | 'me'; text: string }>;
  reset: boolean;
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
  /** Messages the scorer holds for this thread (the content script checks it stays in step). */
  length: number;
}

export type ScoreResponse = { ok: true; verdict: ThreadVerdict } | { ok: false; error: string };

export function isScoreRequest(m: unknown): m is ScoreRequest {
  const r = m as ScoreRequest;
  return typeof r === 'object' && r !== null && r.type === 'redflag:score' && typeof r.thread === 'string' && Array.isArray(r.messages);
}
