/** The stages of a pig-butchering script, in the order a script usually runs. */
export const STAGES = [
  'hook',
  'rapport',
  'off_platform',
  'wealth',
  'pitch',
  'platform',
  'deposit',
  'withdrawal',
  'recovery',
] as const;
export type Stage = (typeof STAGES)[number];

export const LEVELS = ['none', 'low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

/** "them" is the other party; only their messages are evidence of a scam. */
export type Sender = 'them' | 'me';

export interface Message {
  from: Sender;
  text: string;
  /** Milliseconds since the epoch, or an ISO 8601 string. */
  time?: number | string;
}

/** A span of the original (un-normalised) message text. */
export interface Evidence {
  start: number;
  end: number;
  quote: string;
}

export interface Reason {
  rule: string;
  /** Plain words the user reads. */
  text: string;
  stage: Stage;
  points: number;
  /** Index of the message in the conversation. */
  message: number;
  evidence: Evidence | null;
}

export interface StageMark {
  /** Index of the first message that reached the stage. */
  message: number;
  time: number | null;
}

export interface Verdict {
  risk: number;
  level: Level;
  /** Furthest stage reached, or null. */
  stage: Stage | null;
  /** Index of the message at which the level first reached `medium`, or null. */
  warnedAt: number | null;
  /** Sum of rule points (before fusion with a classifier). */
  score: number;
  stages: Partial<Record<Stage, StageMark>>;
  reasons: Reason[];
}

export function stageIndex(stage: Stage): number {
  return STAGES.indexOf(stage);
}

export function levelAtLeast(level: Level, floor: Level): boolean {
  return LEVELS.indexOf(level) >= LEVELS.indexOf(floor);
}
