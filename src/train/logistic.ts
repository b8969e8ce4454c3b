import { FEATURE_DIM, PADDING_INDEX } from '../engine/features.ts';
import { type LinearModel, emptyModel, predictOne } from '../classifier/linear.ts';

/** A deterministic pseudo-random generator (mulberry32), so training is reproducible from a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: T[], random: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

export interface SparseExample {
  features: Int32Array;
  label: 0 | 1;
  /** Importance of the example in the loss (class and source balancing). */
  weight: number;
}

export interface SparseTrainingOptions {
  epochs: number;
  learningRate: number;
  /** L2 penalty per example step on the weights it touches. */
  l2: number;
  seed: number;
}

/**
 * Logistic regression on sparse binary features by AdaGrad SGD: per-feature
 * step sizes suit hashed n-grams, where a few features are frequent and most
 * are rare. Deterministic for a given seed and example order.
 */
export function trainSparseLogistic(examples: readonly SparseExample[], o: SparseTrainingOptions): LinearModel {
  const model = emptyModel();
  const squared = new Float64Array(FEATURE_DIM + 1);
  let biasSquared = 0;
  const random = seededRandom(o.seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    shuffle(order, random);
    for (const k of order) {
      const ex = examples[k]!;
      const g = (predictOne(model, ex.features) - ex.label) * ex.weight;
      for (const i of ex.features) {
        if (i === PADDING_INDEX) continue;
        const grad = g + o.l2 * model.weights[i]!;
        squared[i]! += grad * grad;
        model.weights[i]! -= (o.learningRate * grad) / (Math.sqrt(squared[i]!) + 1e-8);
      }
      biasSquared += g * g;
      model.bias -= (o.learningRate * g) / (Math.sqrt(biasSquared) + 1e-8);
    }
  }
  return model;
}

export interface DenseFit {
  weights: number[];
  bias: number;
}

export interface DenseOptions {
  /** L2 penalty pulling each weight towards its prior (its starting value). */
  l2: number;
  prior?: number[];
  priorBias?: number;
  iterations: number;
  learningRate: number;
  /** Per-weight bounds, applied after each step. */
  lower?: number[];
  upper?: number[];
  sampleWeights?: number[];
}

/** Small dense logistic regression by full-batch gradient descent (rule weights, fusion). */
export function fitDenseLogistic(x: readonly number[][], y: readonly number[], o: DenseOptions): DenseFit {
  const d = x[0]?.length ?? 0;
  const prior = o.prior ?? new Array<number>(d).fill(0);
  const w = [...prior];
  let b = o.priorBias ?? 0;
  const n = x.length;
  const totalWeight = (o.sampleWeights ?? x.map(() => 1)).reduce((a, c) => a + c, 0);
  for (let it = 0; it < o.iterations; it++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let r = 0; r < n; r++) {
      const row = x[r]!;
      let z = b;
      for (let j = 0; j < d; j++) z += w[j]! * row[j]!;
      const err = (1 / (1 + Math.exp(-z)) - y[r]!) * (o.sampleWeights?.[r] ?? 1);
      for (let j = 0; j < d; j++) gw[j]! += err * row[j]!;
      gb += err;
    }
    for (let j = 0; j < d; j++) {
      w[j]! -= o.learningRate * (gw[j]! / totalWeight + o.l2 * (w[j]! - prior[j]!));
      if (o.lower) w[j] = Math.max(o.lower[j]!, w[j]!);
      if (o.upper) w[j] = Math.min(o.upper[j]!, w[j]!);
    }
    b -= o.learningRate * (gb / totalWeight);
  }
  return { weights: w, bias: b };
}
