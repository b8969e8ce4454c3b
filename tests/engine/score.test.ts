import { describe, expect, it } from 'vitest';
import { DEFAULT_SCORING, fuseRisk, levelOf, riskFromScore } from '../../src/engine/score.ts';

describe('scoring', () => {
  it('puts risk 0.5 at the medium threshold and rises with points', () => {
    expect(riskFromScore(DEFAULT_SCORING.centre)).toBeCloseTo(0.5);
    expect(riskFromScore(0)).toBeLessThan(riskFromScore(2));
    expect(riskFromScore(20)).toBeGreaterThan(0.99);
  });

  it('maps risk to levels at the thresholds', () => {
    const { low, medium, high } = DEFAULT_SCORING.thresholds;
    expect(levelOf(low - 0.01)).toBe('none');
    expect(levelOf(low)).toBe('low');
    expect(levelOf(medium)).toBe('medium');
    expect(levelOf(high)).toBe('high');
  });

  it('fuses rules and classifier in logit space; without a model the rule risk stands', () => {
    const even = { ruleWeight: 1, modelWeight: 1, bias: 0, thresholds: DEFAULT_SCORING.thresholds };
    expect(fuseRisk(0.3, null)).toBe(0.3);
    expect(fuseRisk(0.5, 0.5, even)).toBeCloseTo(0.5);
    expect(fuseRisk(0.5, 0.9, even)).toBeGreaterThan(0.5);
    expect(fuseRisk(0.5, 0.1, even)).toBeLessThan(0.5);
    expect(fuseRisk(0.9, 0.9)).toBeGreaterThan(fuseRisk(0.9, 0.1));
    expect(fuseRisk(1, 0)).toBeGreaterThanOrEqual(0);
  });
});
