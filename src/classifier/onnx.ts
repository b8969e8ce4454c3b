import * as ort from 'onnxruntime-web/wasm';
import { MAX_FEATURES, packFeatures } from '../engine/features.ts';
import type { Classifier, ClassifierScores } from '../engine/score.ts';

/** Metadata written into the model file by training (see src/train/export-onnx.ts). */
export interface ModelMetadata {
  version: string;
  trainingDataHash: string;
  [key: string]: string;
}

/**
 * The classifier run by onnxruntime-web (wasm, one thread), in Node and in the
 * browser alike. One session is created and kept warm; every call is one batch.
 */
export class OnnxClassifier implements Classifier {
  private constructor(
    private readonly session: ort.InferenceSession,
    readonly metadata: ModelMetadata,
  ) {}

  get version(): string {
    return `${this.metadata.version} (training data ${this.metadata.trainingDataHash.slice(0, 12)})`;
  }

  /**
   * `wasm`: ort-wasm-simd-threaded.wasm, as a URL (browser) or its bytes (Node, which cannot
   * fetch file: URLs). A URL is given as `{ wasm }`, never as a folder prefix: with a prefix,
   * ORT also `import()`s its JavaScript glue from that folder instead of using the copy
   * bundled with it, and the extension neither ships nor allows that import.
   */
  static async create(modelBytes: Uint8Array, wasm: string | Uint8Array): Promise<OnnxClassifier> {
    ort.env.wasm.numThreads = 1;
    if (typeof wasm === 'string') ort.env.wasm.wasmPaths = { wasm };
    else ort.env.wasm.wasmBinary = wasm;
    const session = await ort.InferenceSession.create(modelBytes, { executionProviders: ['wasm'] });
    return new OnnxClassifier(session, readMetadata(modelBytes));
  }

  async score(features: readonly Int32Array[]): Promise<ClassifierScores> {
    if (features.length === 0) return { probability: new Float32Array(0), alone: new Float32Array(0), coverage: new Float32Array(0) };
    const indices = new ort.Tensor('int32', packFeatures(features), [features.length, MAX_FEATURES]);
    const out = await this.session.run({ features: indices });
    const read = (name: string) => Float32Array.from(out[name]!.data as Float32Array);
    return { probability: read('probability'), alone: read('alone'), coverage: read('coverage') };
  }
}

/**
 * onnxruntime-web does not expose model metadata, so we read the ModelProto's
 * metadata_props (field 14) straight from the protobuf bytes.
 */
export function readMetadata(bytes: Uint8Array): ModelMetadata {
  const meta: Record<string, string> = {};
  const decoder = new TextDecoder();
  let pos = 0;
  const varint = (): number => {
    let result = 0;
    let shift = 0;
    for (;;) {
      const b = bytes[pos++]!;
      result += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return result;
      shift += 7;
    }
  };
  const readField = (end: number, onString: (field: number, start: number, len: number) => void): void => {
    while (pos < end) {
      const key = varint();
      const field = Math.floor(key / 8);
      const wire = key & 7;
      if (wire === 0) varint();
      else if (wire === 1) pos += 8;
      else if (wire === 5) pos += 4;
      else if (wire === 2) {
        const len = varint();
        const start = pos;
        onString(field, start, len);
        pos = start + len;
      } else throw new Error(`unsupported protobuf wire type ${wire}`);
    }
  };
  readField(bytes.length, (field, start, len) => {
    if (field !== 14) return;
    let key = '';
    let value = '';
    pos = start;
    readField(start + len, (f, s, l) => {
      if (f === 1) key = decoder.decode(bytes.subarray(s, s + l));
      if (f === 2) value = decoder.decode(bytes.subarray(s, s + l));
    });
    meta[key] = value;
  });
  return { version: meta.version ?? 'unknown', trainingDataHash: meta.training_data_hash ?? '', ...meta };
}
