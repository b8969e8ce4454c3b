import type { Level, Stage } from '../engine/types.ts';
import type { ReasonView, ThreadVerdict } from '../scorer/protocol.ts';
import type { MessageKey } from './locales/en.ts';

/** The script's usual path, in order (recovery is a separate scam, drawn only when reached). */
export const PATH: readonly Stage[] = ['hook', 'rapport', 'off_platform', 'wealth', 'pitch', 'platform', 'deposit', 'withdrawal'];

/** The path this conversation is drawn on. */
export function pathFor(stagesReached: readonly Stage[]): readonly Stage[] {
  return stagesReached.includes('recovery') ? [...PATH, 'recovery'] : PATH;
}

/** The strongest evidence for each rule, strongest rules first. */
export function rankReasons(reasons: readonly ReasonView[]): ReasonView[] {
  const best = new Map<string, ReasonView>();
  for (const r of reasons) if ((best.get(r.rule)?.points ?? -Infinity) < r.points) best.set(r.rule, r);
  return [...best.values()].sort((a, b) => b.points - a.points);
}

export const stageKey = (stage: Stage): MessageKey => `stage_${stage}`;

const MONEY_STAGES: readonly Stage[] = ['pitch', 'platform', 'deposit', 'withdrawal', 'recovery'];

/** No money talk yet: only the opening of a script (see the `script_opening` meta rule). */
export function isOpening(stagesReached: readonly Stage[]): boolean {
  return !stagesReached.some((s) => MONEY_STAGES.includes(s));
}

/** What to do at the opening, before any money talk: calm, and cheap to follow. */
export const OPENING_TODO: readonly MessageKey[] = ['todo_opening_1', 'todo_opening_2', 'todo_opening_3', 'todo_opening_4'];
/** What to do once money is talked about. */
export const MONEY_TODO: readonly MessageKey[] = ['todo_1', 'todo_2', 'todo_3', 'todo_4', 'todo_5', 'todo_bank'];

export interface Headline {
  title: MessageKey;
  intro: MessageKey;
  values: Record<string, number>;
  todo: readonly MessageKey[];
}

/**
 * The words of a warning, fitted to its level and to what was found: the strong words
 * ("follows the steps of an investment scam") only at `high`, where several steps or money
 * are involved; the opening caution before any money talk; a plain note at `low`.
 */
export function headline(verdict: Pick<ThreadVerdict, 'level' | 'stagesReached'>): Headline {
  const reached = verdict.stagesReached;
  const values = { reached: reached.filter((s) => PATH.includes(s)).length, total: PATH.length };
  const opening = isOpening(reached);
  const todo = opening ? OPENING_TODO : MONEY_TODO;
  const level: Level = verdict.level;
  if (reached.includes('recovery') && level !== 'low' && level !== 'none') return { title: 'title_recovery', intro: 'intro_recovery', values, todo: MONEY_TODO };
  if (level === 'high') {
    const title: MessageKey = reached.includes('withdrawal') ? 'title_high_withdrawal' : reached.includes('deposit') ? 'title_high_money' : 'title_high';
    return { title, intro: 'intro_high', values, todo };
  }
  if (level === 'medium') return opening ? { title: 'title_opening', intro: 'intro_opening', values, todo } : { title: 'title_medium', intro: 'intro_medium', values, todo };
  return { title: 'title_low', intro: 'intro_low', values, todo: OPENING_TODO };
}
