// A worker thread of `redflag scan --jobs N` (see jobs.ts): says when it is ready,
// then scans the batches of lines it is sent, one at a time, in the order sent.
import { parentPort, workerData } from 'node:worker_threads';
import { loadNodeClassifier } from '../classifier/node.ts';
import { type BatchRequest, scanBatch, type WorkerMessage, type WorkerSetup } from './jobs.ts';
import type { ScanOptions } from './scan.ts';

const setup = workerData as WorkerSetup;
const port = parentPort;
if (!port) throw new Error('scan-worker runs as a worker thread of redflag scan --jobs');
const send = (message: WorkerMessage): void => port.postMessage(message);

let options: ScanOptions;
try {
  // Loaded once per worker, before any batch comes: a batch only goes to a worker that said it is ready.
  options = { pretty: setup.pretty, classifier: setup.model ? await loadNodeClassifier() : undefined };
  send({ ready: true });
} catch (e) {
  send({ ready: false, failure: e instanceof Error ? e.message : String(e) });
  throw e;
}

// One batch at a time: the classifier's session is not shared between concurrent runs.
let previous = Promise.resolve();
port.on('message', ({ id, lines }: BatchRequest) => {
  previous = previous.then(async () => {
    try {
      send({ id, ...(await scanBatch(lines, options, setup.warned)) });
    } catch (e) {
      send({ id, failure: e instanceof Error ? e.message : String(e) });
    }
  });
});
