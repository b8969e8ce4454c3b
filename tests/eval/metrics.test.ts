import { describe, expect, it } from 'vitest';
import { binaryMetrics, conversationMetrics } from '../../src/eval/metrics.ts';

describe('conversationMetrics', () => {
  it('counts recall, false alarms and early warnings at medium', () => {
    const m = conversationMetrics([
      { label: 'scam', stages: ['hook', 'pitch', 'deposit'], warnedAt: 1 },
      { label: 'scam', stages: ['hook', 'pitch', 'deposit'], warnedAt: 2 },
      { label: 'scam', stages: ['hook', null], warnedAt: null },
      { label: 'benign', stages: [null], warnedAt: 0 },
      { label: 'benign', stages: [null], warnedAt: null },
    ]);
    expect(m).toEqual({ scams: 3, benign: 2, caught: 2, falseAlarms: 1, withPitch: 2, warnedByPitch: 1, withDeposit: 2, warnedBeforeDeposit: 1 });
  });

  it('computes precision, recall, F1 and false-positive rate', () => {
    const m = binaryMetrics([
      { actual: true, predicted: true },
      { actual: true, predicted: false },
      { actual: false, predicted: true },
      { actual: false, predicted: false },
      { actual: false, predicted: false },
    ]);
    expect(m.precision).toBeCloseTo(0.5);
    expect(m.recall).toBeCloseTo(0.5);
    expect(m.f1).toBeCloseTo(0.5);
    expect(m.falsePositiveRate).toBeCloseTo(1 / 3);
  });
});
