import type { Stage } from '../engine/types.ts';

/** A conversation's label and stage labels, and the first message at which a view warned (null: never). */
export interface ScoredConversation {
  label: 'scam' | 'benign';
  stages: Array<Stage | null>;
  warnedAt: number | null;
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

/** Conversation-level quality: a conversation counts as warned if the view ever reached `medium`. */
export function conversationMetrics(items: readonly ScoredConversation[]): ConversationMetrics {
  const m: ConversationMetrics = { scams: 0, benign: 0, caught: 0, falseAlarms: 0, withPitch: 0, warnedByPitch: 0, withDeposit: 0, warnedBeforeDeposit: 0 };
  for (const { label, stages, warnedAt } of items) {
    const warned = warnedAt !== null;
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
      if (warnedAt !== null && warnedAt <= pitch) m.warnedByPitch++;
    }
    const deposit = stages.indexOf('deposit');
    if (deposit >= 0) {
      m.withDeposit++;
      if (warnedAt !== null && warnedAt < deposit) m.warnedBeforeDeposit++;
    }
  }
  return m;
}

export const ratio = (n: number, d: number): string => (d === 0 ? '  n/a' : `${((100 * n) / d).toFixed(1).padStart(5)}%`);

export interface BinaryMetrics {
  precision: number;
  recall: number;
  f1: number;
  falsePositiveRate: number;
  positives: number;
  negatives: number;
}

/** Message-level precision, recall, F1 and false-positive rate. */
export function binaryMetrics(items: ReadonlyArray<{ actual: boolean; predicted: boolean }>): BinaryMetrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const { actual, predicted } of items) {
    if (actual && predicted) tp++;
    else if (!actual && predicted) fp++;
    else if (actual) fn++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, falsePositiveRate: fp + tn === 0 ? 0 : fp / (fp + tn), positives: tp + fn, negatives: fp + tn };
}
