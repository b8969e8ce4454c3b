import { readFileSync } from 'node:fs';
import onnxProto from 'onnx-proto';
import { describe, expect, it } from 'vitest';
import { type LinearModel, predict } from '../../src/classifier/linear.ts';
import { DEFAULT_MODEL_PATH, loadNodeClassifier } from '../../src/classifier/node.ts';
import { readMetadata } from '../../src/classifier/onnx.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { ConversationTracker } from '../../src/engine/index.ts';
import { FITTED } from '../../src/engine/fitted.generated.ts';
import { exportOnnx } from '../../src/train/export-onnx.ts';

/** The shipped model's weights, read back from its ONNX initializers. */
function shippedModel(bytes: Uint8Array): LinearModel {
  const model = onnxProto.onnx.ModelProto.decode(bytes);
  const raw = (name: string) => {
    const r = model.graph!.initializer!.find((i) => i.name === name)!.rawData!;
    return new Float32Array(r.buffer.slice(r.byteOffset, r.byteOffset + r.byteLength));
  };
  // One row per feature: conversation weight, message-alone weight, presence (see export-onnx.ts).
  const table = raw('table');
  const column = (k: number) => Float32Array.from({ length: table.length / 3 }, (_, i) => table[i * 3 + k]!);
  return {
    weights: column(0),
    bias: raw('bias')[0]!,
    known: Uint8Array.from(column(2), (v) => (v > 1 ? 1 : 0)),
    alone: { weights: column(1), bias: raw('alone_bias')[0]! },
  };
}

/** Features of a few hundred real messages, with their conversation context. */
function corpusFeatures(limit: number): Int32Array[] {
  const rows: Int32Array[] = [];
  for (const c of loadCorpus(new URL('../../model/corpus', import.meta.url).pathname)) {
    const tracker = new ConversationTracker();
    for (const m of c.messages) {
      const p = tracker.prepare(m);
      tracker.add(m, undefined, p);
      if (m.from === 'them') rows.push(p.features);
      if (rows.length >= limit) return rows;
    }
  }
  return rows;
}

describe('the shipped ONNX classifier', () => {
  const bytes = new Uint8Array(readFileSync(DEFAULT_MODEL_PATH));

  it('gives the same probabilities and coverage in onnxruntime-web as the TypeScript reference, to 1e-5', async () => {
    const rows = [...corpusFeatures(400), new Int32Array(0)];
    const classifier = await loadNodeClassifier();
    const fromOnnx = await classifier.score(rows);
    const reference = predict(shippedModel(bytes), rows);
    for (const output of ['probability', 'alone', 'coverage'] as const) {
      expect(fromOnnx[output].length).toBe(rows.length);
      let worst = 0;
      for (let i = 0; i < rows.length; i++) worst = Math.max(worst, Math.abs(fromOnnx[output][i]! - reference[output][i]!));
      expect(worst, output).toBeLessThan(1e-5);
      // The outputs are not all the same: the comparison means something.
      expect(Math.max(...fromOnnx[output]) - Math.min(...fromOnnx[output]), output).toBeGreaterThan(0.3);
    }
  });

  it('carries its version and training-data hash, matching the fitted parameters', () => {
    const meta = readMetadata(bytes);
    expect(meta.version).toBe(FITTED.modelVersion);
    expect(meta.trainingDataHash).toBe(FITTED.trainingDataHash);
    expect(meta.trainingDataHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is at most 1 MB', () => {
    expect(bytes.length).toBeLessThanOrEqual(1 << 20);
  });

  it('round-trips an exported model with metadata', () => {
    const size = shippedModel(bytes).weights.length;
    const model: LinearModel = { weights: new Float32Array(size), bias: 0.25, known: new Uint8Array(size), alone: { weights: new Float32Array(size), bias: 0 } };
    const meta = readMetadata(exportOnnx(model, { version: 'v-test', training_data_hash: 'abc' }));
    expect(meta).toEqual(expect.objectContaining({ version: 'v-test', trainingDataHash: 'abc', feature_bits: '16' }));
  });
});
