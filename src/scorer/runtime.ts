import browser from 'webextension-polyfill';
import { OnnxClassifier } from '../classifier/onnx.ts';
import type { Classifier } from '../engine/score.ts';
import { judgePageAddress, judgePageText } from '../engine/platform/page.ts';
import { ENGINE_VERSION, rulesVersion } from '../engine/version.ts';
import type { Message, Verdict } from '../engine/types.ts';
import { buildSample } from '../research/build-sample.ts';
import { mainLanguage } from '../research/language.ts';
import type { Sample } from '../research/sample.ts';
import { type CheckRequest, type ExcerptRequest, type GuardResponse, type ModelStatus, type ScoreRequest, type ScoreResponse } from './protocol.ts';
import { ThreadScorer } from './thread-scorer.ts';

/** A call to the scorer, made only by the background after it checked the sender and the request. */
export type ScorerCall =
  | { type: 'score'; thread: string; request: ScoreRequest }
  | { type: 'sample'; site: string; request: ExcerptRequest }
  | { type: 'verdict'; messages: Message[] }
  | { type: 'check'; request: CheckRequest }
  | { type: 'status' }
  | { type: 'guard'; url: string; lines: string[] | null };

export type ScorerReply = ScoreResponse | ModelStatus | GuardResponse | SampleResponse | VerdictResponse;

export type SampleResponse = { ok: true; sample: Sample } | { ok: false; error: string };
export type VerdictResponse = { ok: true; verdict: Verdict } | { ok: false; error: string };

/**
 * The warm scorer of the extension: one classifier session (onnxruntime-web,
 * wasm, from the extension's own files), one tracker per thread. It lives in
 * the offscreen document on Chrome and in the background page on Firefox,
 * never in the page, whose security policy could forbid WebAssembly.
 */
export class ScorerRuntime {
  status: ModelStatus = { state: 'loading' };
  private readonly scorer: Promise<ThreadScorer>;

  constructor(loadClassifier: () => Promise<Classifier> = loadExtensionClassifier) {
    this.scorer = loadClassifier().then(
      (classifier) => {
        this.status = { state: 'loaded', version: classifier.version };
        return new ThreadScorer(classifier);
      },
      (e: unknown) => {
        // The rules alone still protect the user; the popup says so, and the browser tests fail on it.
        this.status = { state: 'rules-only', reason: `the model could not be loaded (${(e as Error).message})` };
        console.warn('RedFlag: classifier unavailable, using rules alone:', e);
        return new ThreadScorer(null);
      },
    );
  }

  /** Handles one call; errors become a reply, never an unhandled rejection. */
  async handle(call: ScorerCall): Promise<ScorerReply> {
    if (call.type === 'status') {
      await this.scorer;
      return this.status;
    }
    if (call.type === 'guard') {
      // The rules alone judge pages: no classifier, so no waiting for the model to load.
      try {
        return { ok: true, finding: call.lines ? judgePageText(call.url, call.lines) : judgePageAddress(call.url) };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    }
    if (call.type === 'sample' || call.type === 'verdict') {
      try {
        const scorer = await this.scorer;
        const messages = call.type === 'sample' ? call.request.messages : call.messages;
        const verdict = await scorer.fullVerdict(messages);
        if (call.type === 'verdict') return { ok: true, verdict };
        const { request } = call;
        // Redaction happens here, before the sample leaves the scorer to be stored.
        const sample = buildSample({
          site: call.site,
          how: request.how,
          messages,
          first: request.first,
          total: request.total,
          verdict,
          names: request.names,
          language: mainLanguage(messages),
          versions: { engine: ENGINE_VERSION, rules: rulesVersion(), model: this.status.state === 'loaded' ? this.status.version : null },
        });
        return { ok: true, sample };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    }
    try {
      const scorer = await this.scorer;
      const verdict = call.type === 'score' ? await scorer.score(call.thread, call.request) : await scorer.check(call.request.messages);
      return { ok: true, verdict };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }
}

async function loadExtensionClassifier(): Promise<Classifier> {
  const model = await fetch(browser.runtime.getURL('/model/redflag-classifier.onnx'));
  if (!model.ok) throw new Error(`model file: HTTP ${model.status}`);
  const classifier = await OnnxClassifier.create(new Uint8Array(await model.arrayBuffer()), browser.runtime.getURL('/ort/ort-wasm-simd-threaded.wasm'));
  return { version: classifier.metadata.version, score: (f) => classifier.score(f) };
}
