import { describe, expect, it } from 'vitest';
import type { Verdict } from '../../src/engine/types.ts';
import { conversationMetrics } from '../../src/eval/metrics.ts';

const verdict = (level: Verdict['level'], warnedAt: number | null): Verdict => ({ risk: 0, level, stage: null, warnedAt, score: 0, stages: {}, reasons: [] });

describe('conversationMetrics', () => {
  it('counts recall, false alarms and early warnings at medium', () => {
    const m = conversationMetrics([
      { label: 'scam', stages: ['hook', 'pitch', 'deposit'], verdict: verdict('high', 1) },
      { label: 'scam', stages: ['hook', 'pitch', 'deposit'], verdict: verdict('medium', 2) },
      { label: 'scam', stages: ['hook', null], verdict: verdict('low', null) },
      { label: 'benign', stages: [null], verdict: verdict('medium', 0) },
      { label: 'benign', stages: [null], verdict: verdict('low', null) },
    ]);
    expect(m).toEqual({ scams: 3, benign: 2, caught: 2, falseAlarms: 1, withPitch: 2, warnedByPitch: 1, withDeposit: 2, warnedBeforeDeposit: 1 });
  });
});
