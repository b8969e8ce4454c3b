// `npm run bench`: engine speed on the project corpus, against plain compromise
// on the very same messages. Prints figures; asserts nothing (machines are noisy).
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { loadCorpus } from '../corpus/load.ts';
import { loadNodeClassifier } from '../classifier/node.ts';
import { ConversationTracker, scanConversation, scanWithClassifier } from '../engine/index.ts';
import { clearMoneyCache } from '../engine/nlp.ts';
import type { Message } from '../engine/types.ts';
import { fastest, HOSTILE, run } from './hostile.ts';
import { measureInference } from './inference.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = loadCorpus(process.env.REDFLAG_CORPUS ?? join(root, 'model', 'corpus'));

// The same messages for every measurement: whole conversations up to ~3,000 messages.
const conversations: Message[][] = [];
let total = 0;
for (const c of corpus) {
  if (total >= 3000) break;
  conversations.push(c.messages);
  total += c.messages.length;
}
const messages = conversations.flat();
const chars = messages.reduce((n, m) => n + m.text.length, 0);

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const percentile = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

// Warm up both (JIT, compromise's lazy lexicon).
scanConversation(conversations[0]!);
nlp('warm up');

const engineRates: number[] = [];
for (let round = 0; round < 5; round++) {
  clearMoneyCache(); // measure cold: no cached compromise results from an earlier round
  const t0 = performance.now();
  for (const c of conversations) scanConversation(c);
  engineRates.push(messages.length / ((performance.now() - t0) / 1000));
}

const baselineRates: number[] = [];
for (let round = 0; round < 2; round++) {
  const t0 = performance.now();
  for (const m of messages) nlp(m.text);
  baselineRates.push(messages.length / ((performance.now() - t0) / 1000));
}

// One new message in a 5,000-message thread, against one in an empty thread.
const thread = new ConversationTracker();
for (let i = 0; i < 5000; i++) thread.add(messages[i % messages.length]!);
const appendLong: number[] = [];
const appendEmpty: number[] = [];
for (let i = 0; i < 500; i++) {
  const m = messages[(i * 7) % messages.length]!;
  clearMoneyCache();
  let t0 = performance.now();
  thread.add(m);
  thread.verdict();
  appendLong.push(performance.now() - t0);
  clearMoneyCache();
  const fresh = new ConversationTracker();
  t0 = performance.now();
  fresh.add(m);
  fresh.verdict();
  appendEmpty.push(performance.now() - t0);
}

const engine = median(engineRates);
const baseline = median(baselineRates);
console.log(`RedFlag engine benchmark (Node ${process.version})`);
console.log(`messages: ${messages.length} in ${conversations.length} corpus conversations, mean ${(chars / messages.length).toFixed(0)} characters`);
console.log('');
console.log(`engine, whole conversations:     ${engine.toFixed(0).padStart(8)} messages/s  (median of 5 cold runs)`);
console.log(`compromise nlp(text) baseline:   ${baseline.toFixed(0).padStart(8)} messages/s  (median of 2 runs)`);
console.log(`engine / baseline:               ${(engine / baseline).toFixed(1).padStart(8)}x  (target: at least 10x)`);
console.log('');
console.log(`add one message to a 5,000-message thread: median ${(median(appendLong) * 1000).toFixed(0)} µs, p95 ${(percentile(appendLong, 0.95) * 1000).toFixed(0)} µs`);
console.log(`add one message to an empty thread:        median ${(median(appendEmpty) * 1000).toFixed(0)} µs, p95 ${(percentile(appendEmpty, 0.95) * 1000).toFixed(0)} µs`);

// The classifier: featurising, and onnxruntime-web inference batched and unbatched.
const classifier = await loadNodeClassifier();
const featureRows: Int32Array[] = [];
let t0 = performance.now();
for (const c of conversations) {
  const t = new ConversationTracker();
  for (const m of c) {
    const p = t.prepare(m);
    t.add(m, undefined, p);
    if (m.from === 'them') featureRows.push(p.features);
  }
}
const withFeatures = messages.length / ((performance.now() - t0) / 1000);
const inference = await measureInference(classifier, featureRows);
t0 = performance.now();
for (const c of conversations) await scanWithClassifier(c, classifier);
const fused = messages.length / ((performance.now() - t0) / 1000);
console.log('');
console.log(`classifier ${classifier.metadata.version}:`);
console.log(`  inference, batches of ${inference.batchSize}:   ${inference.batched.toFixed(1).padStart(6)} µs/message  (target: at most 20)`);
console.log(`  inference, one message a call: ${inference.unbatched.toFixed(1).padStart(6)} µs/message`);
console.log(`  engine with featurising:       ${withFeatures.toFixed(0).padStart(6)} messages/s`);
console.log(`  engine + classifier, fused:    ${fused.toFixed(0).padStart(6)} messages/s (one batch per conversation)`);

// Hostile text: one message through both senders' analyses and a verdict, fastest of 3 runs.
console.log('');
console.log('hostile messages (fastest of 3, ms):   1,000 chars  20,000 chars');
for (const [name, make] of Object.entries(HOSTILE)) {
  const [small, large] = [make(1_000), make(20_000)];
  run(small);
  console.log(`  ${name.padEnd(38)} ${fastest(small, 3).toFixed(1).padStart(8)} ${fastest(large, 3).toFixed(1).padStart(12)}`);
}
