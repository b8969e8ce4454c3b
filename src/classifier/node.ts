import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OnnxClassifier } from './onnx.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_MODEL_PATH = join(root, 'public', 'model', 'redflag-classifier.onnx');

/** The shipped classifier, run by onnxruntime-web's wasm build from node_modules. */
export async function loadNodeClassifier(path: string = DEFAULT_MODEL_PATH): Promise<OnnxClassifier> {
  const wasm = join(root, 'node_modules', 'onnxruntime-web', 'dist', 'ort-wasm-simd-threaded.wasm');
  return OnnxClassifier.create(new Uint8Array(readFileSync(path)), new Uint8Array(readFileSync(wasm)));
}
