import { performance } from 'node:perf_hooks';
import type { Classifier } from '../engine/index.ts';

export interface InferenceCost {
  /** Microseconds per message when messages are scored in batches of `batchSize`. */
  batched: number;
  /** Microseconds per message when each message is its own call. */
  unbatched: number;
  batchSize: number;
}

/** Classifier inference cost (features already computed), median of several runs. */
export async function measureInference(classifier: Classifier, rows: readonly Int32Array[], batchSize = 1000): Promise<InferenceCost> {
  const batch = Array.from({ length: batchSize }, (_, i) => rows[i % rows.length]!);
  // Warm up both shapes (JIT, and the wasm memory growing to fit the batch).
  await classifier.score(batch);
  for (const row of batch.slice(0, 100)) await classifier.score([row]);
  const batchedRuns: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    await classifier.score(batch);
    batchedRuns.push(((performance.now() - t0) * 1000) / batchSize);
  }
  const single = batch.slice(0, 300);
  const unbatchedRuns: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    for (const row of single) await classifier.score([row]);
    unbatchedRuns.push(((performance.now() - t0) * 1000) / single.length);
  }
  return { batched: median(batchedRuns), unbatched: median(unbatchedRuns), batchSize };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
