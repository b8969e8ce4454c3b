import { levelAtLeast, type Stage, type Verdict } from '../engine/types.ts';

export interface ScoredConversation {
  label: 'scam' | 'benign';
  stages: Array<Stage | null>;
  verdict: Verdict;
}

export interface ConversationMetrics {
  scams: number;
  benign: number;
  /** Scam conversations that reached `medium` or above. */
  caught: number;
  /** Benign conversations that reached `medium` or above. */
  falseAlarms: number;
  /** Scams with a labelled pitch, and those warned at or before the first pitch message. */
  withPitch: number;
  warnedByPitch: number;
  /** Scams with a labelled deposit, and those warned before the first deposit message. */
  withDeposit: number;
  warnedBeforeDeposit: number;
}

/** Conversation-level quality at the `medium` level (the inline warning). */
export function conversationMetrics(items: readonly ScoredConversation[]): ConversationMetrics {
  const m: ConversationMetrics = { scams: 0, benign: 0, caught: 0, falseAlarms: 0, withPitch: 0, warnedByPitch: 0, withDeposit: 0, warnedBeforeDeposit: 0 };
  for (const { label, stages, verdict } of items) {
    const warned = levelAtLeast(verdict.level, 'medium');
    if (label === 'benign') {
      m.benign++;
      if (warned) m.falseAlarms++;
      continue;
    }
    m.scams++;
    if (warned) m.caught++;
    const pitch = stages.indexOf('pitch');
    if (pitch >= 0) {
      m.withPitch++;
      if (verdict.warnedAt !== null && verdict.warnedAt <= pitch) m.warnedByPitch++;
    }
    const deposit = stages.indexOf('deposit');
    if (deposit >= 0) {
      m.withDeposit++;
      if (verdict.warnedAt !== null && verdict.warnedAt < deposit) m.warnedBeforeDeposit++;
    }
  }
  return m;
}

export const ratio = (n: number, d: number): string => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);
