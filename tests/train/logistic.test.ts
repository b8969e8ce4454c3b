import { describe, expect, it } from 'vitest';
import { predict } from '../../src/classifier/linear.ts';
import { fitDenseLogistic, type SparseExample, trainSparseLogistic } from '../../src/train/logistic.ts';

const examples: SparseExample[] = Array.from({ length: 200 }, (_, i) => {
  const scam = i % 2 === 0;
  return { features: Int32Array.of(scam ? 10 : 20, 100 + (i % 7)), label: scam ? 1 : 0, weight: 1 };
});

describe('training', () => {
  it('is deterministic for a seed and learns a separable signal', () => {
    const options = { epochs: 5, learningRate: 0.1, l2: 1e-5, seed: 3 };
    const a = trainSparseLogistic(examples, options);
    const b = trainSparseLogistic(examples, options);
    expect(a.weights).toEqual(b.weights);
    expect(a.bias).toBe(b.bias);
    const [pScam, pBenign] = predict(a, [Int32Array.of(10), Int32Array.of(20)]).probability;
    expect(pScam).toBeGreaterThan(0.9);
    expect(pBenign).toBeLessThan(0.1);
  });

  it('fits dense weights within bounds', () => {
    const x = [[1, 0], [1, 1], [0, 1], [0, 0]];
    const fit = fitDenseLogistic(x, [1, 1, 0, 0], { l2: 0, iterations: 500, learningRate: 1, lower: [0, 0], upper: [10, 10] });
    expect(fit.weights[0]).toBeGreaterThan(1);
    expect(fit.weights[1]).toBeGreaterThanOrEqual(0);
  });
});
