import { FEATURE_DIM, PADDING_INDEX } from '../engine/features.ts';
import type { ClassifierScores } from '../engine/score.ts';

/**
 * The classifier: logistic regression over binary hashed features. With a few
 * thousand labelled messages a linear model is what the data can support; it
 * is calibrated by construction, tiny (one float per feature) and its ONNX
 * form is a handful of operators. `weights` has FEATURE_DIM + 1 entries, the
 * last (padding) always zero. `known` marks the features training saw often
 * enough to have learnt something about: the share of a message's features
 * that are known is the model's competence on it (see `Classifier`).
 */
export interface LinearModel {
  weights: Float32Array;
  bias: number;
  known: Uint8Array;
  /** A second head over the same features, trained on messages without their context (the message view). */
  alone: { weights: Float32Array; bias: number };
}

export function emptyModel(): LinearModel {
  return { weights: new Float32Array(FEATURE_DIM + 1), bias: 0, known: new Uint8Array(FEATURE_DIM + 1), alone: { weights: new Float32Array(FEATURE_DIM + 1), bias: 0 } };
}

/** The reference forward pass: what the ONNX model must reproduce. */
export function predictOne(model: Pick<LinearModel, 'weights' | 'bias'>, features: Int32Array): number {
  let z = model.bias;
  for (const i of features) if (i !== PADDING_INDEX) z += model.weights[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Share of a message's features that training knew (0 for a message without features). */
export function coverageOne(model: LinearModel, features: Int32Array): number {
  let known = 0;
  let count = 0;
  for (const i of features) {
    if (i === PADDING_INDEX) continue;
    count++;
    known += model.known[i]!;
  }
  return known / Math.max(1, count);
}

export function predict(model: LinearModel, rows: readonly Int32Array[]): ClassifierScores {
  return {
    probability: Float32Array.from(rows, (r) => predictOne(model, r)),
    alone: Float32Array.from(rows, (r) => predictOne(model.alone, r)),
    coverage: Float32Array.from(rows, (r) => coverageOne(model, r)),
  };
}
