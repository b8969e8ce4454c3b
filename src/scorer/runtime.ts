import browser from 'webextension-polyfill';
import { OnnxClassifier } from '../classifier/onnx.ts';
import { isScoreRequest, type ScoreResponse } from './protocol.ts';
import { ThreadScorer } from './thread-scorer.ts';

/**
 * The warm scorer of the extension: one classifier session (onnxruntime-web,
 * wasm, from the extension's own files), one tracker per thread. It lives in
 * the offscreen document on Chrome and in the background page on Firefox,
 * never in the page, whose security policy could forbid WebAssembly.
 */
export async function createExtensionScorer(): Promise<ThreadScorer> {
  try {
    const model = await fetch(browser.runtime.getURL('/model/redflag-classifier.onnx'));
    const classifier = await OnnxClassifier.create(new Uint8Array(await model.arrayBuffer()), browser.runtime.getURL('/ort/'));
    return new ThreadScorer(classifier);
  } catch (e) {
    // The rules alone still protect the user if the model cannot load.
    console.warn('RedFlag: classifier unavailable, using rules alone:', e);
    return new ThreadScorer(null);
  }
}

/** Handles one scoring request; errors become a reply, never an unhandled rejection. */
export async function handleScore(scorer: Promise<ThreadScorer>, message: unknown): Promise<ScoreResponse> {
  if (!isScoreRequest(message)) return { ok: false, error: 'malformed request' };
  try {
    return { ok: true, verdict: await (await scorer).score(message) };
  } catch (e) {
    return { ok: false, error: (e as Error).message };
  }
}

export { checkLines } from './check-lines.ts';
