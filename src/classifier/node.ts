import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { OnnxClassifier } from './onnx.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_MODEL_PATH = join(root, 'public', 'model', 'redflag-classifier.onnx');

/** The shipped classifier, run by onnxruntime-web's wasm build from node_modules. */
export async function loadNodeClassifier(path: string = DEFAULT_MODEL_PATH): Promise<OnnxClassifier> {
  const wasmDir = join(root, 'node_modules', 'onnxruntime-web', 'dist');
  return OnnxClassifier.create(new Uint8Array(readFileSync(path)), `${pathToFileURL(wasmDir).href}/`);
}
