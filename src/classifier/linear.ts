import { FEATURE_DIM, PADDING_INDEX } from '../engine/features.ts';

/**
 * The classifier: logistic regression over binary hashed features. With a few
 * thousand labelled messages a linear model is what the data can support; it
 * is calibrated by construction, tiny (one float per feature) and its ONNX
 * form is three operators. `weights` has FEATURE_DIM + 1 entries, the last
 * (padding) always zero.
 */
export interface LinearModel {
  weights: Float32Array;
  bias: number;
}

export function emptyModel(): LinearModel {
  return { weights: new Float32Array(FEATURE_DIM + 1), bias: 0 };
}

/** The reference forward pass: what the ONNX model must reproduce. */
export function predictOne(model: LinearModel, features: Int32Array): number {
  let z = model.bias;
  for (const i of features) if (i !== PADDING_INDEX) z += model.weights[i]!;
  return 1 / (1 + Math.exp(-z));
}

export function predict(model: LinearModel, rows: readonly Int32Array[]): Float32Array {
  return Float32Array.from(rows, (r) => predictOne(model, r));
}
