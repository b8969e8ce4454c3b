// `npm run bench`: the engine's speed on corpus messages, rules alone and fused with the
// classifier, on an English and a mixed-language workload, next to compromise's nlp() and a
// fastText classifier over the very same messages, in the same process. Every side is warmed up,
// the sides take turns (round-robin), and each figure is the median of several runs. Prints
// figures and which targets are met; asserts nothing (machines are noisy).
//
//   npm run bench                      the full benchmark (one to three minutes on 2 cores)
//   npm run bench -- --runs 9          more rounds
//   npm run bench -- --profile [--seconds 5]
//                                      CPU profile of the fused mixed-language workload: the
//                                      functions with the most self time
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import nlp from 'compromise';
import { loadNodeClassifier } from '../classifier/node.ts';
import { loadCorpus } from '../corpus/load.ts';
import { ConversationTracker, scanConversation, scanWithClassifier } from '../engine/index.ts';
import { clearMoneyCache } from '../engine/nlp.ts';
import { loadFastTextBaseline } from './fasttext.ts';
import { fastest, HOSTILE, run } from './hostile.ts';
import { measureInference } from './inference.ts';
import { profile, summarise } from './profile.ts';
import { measureAppends } from './thread.ts';
import { formatNumber as n, interleave, loadLine, printTarget, type Rates, type Side } from './timing.ts';
import { englishWorkload, meanChars, mixedWorkload, type Workload } from './workloads.ts';

const FUSED_TARGET = 40_000;
const NLP_RATIO_TARGET = 10;

const { values: args } = parseArgs({
  options: { profile: { type: 'boolean', default: false }, seconds: { type: 'string', default: '5' }, runs: { type: 'string', default: '5' } },
});
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const corpus = loadCorpus(process.env.REDFLAG_CORPUS ?? join(root, 'model', 'corpus'));
const workloads = [englishWorkload(corpus), mixedWorkload(corpus)] as const;
const mixed = workloads[1];
const classifier = await loadNodeClassifier();
const err = (line: string): void => void process.stderr.write(`${line}\n`);

async function fused(w: Workload): Promise<void> {
  for (const c of w.conversations) (await scanWithClassifier(c, classifier)).verdict();
}

if (args.profile) {
  const seconds = Number(args.seconds);
  await fused(mixed); // warm up: JIT, and the classifier's wasm memory grown to its largest batch
  clearMoneyCache();
  let passes = 0;
  const t0 = performance.now();
  const p = await profile(async () => {
    while (performance.now() - t0 < seconds * 1000) {
      clearMoneyCache(); // as in the timed runs: no pass reuses the previous pass's compromise results
      await fused(mixed);
      passes++;
    }
  });
  const elapsed = (performance.now() - t0) / 1000;
  const s = summarise(p, root, 15);
  console.log(`CPU profile: fused (rules + classifier), ${mixed.name} workload, ${n(mixed.messages.length)} messages (Node ${process.version})`);
  console.log(`${passes} passes in ${n(elapsed, 1)} s, ${n((passes * mixed.messages.length) / elapsed)} messages/s under the profiler; ${n(s.samples)} samples, ${n(s.totalMs)} ms busy, ${n(s.idleMs)} ms idle (left out of the shares)`);
  console.log('');
  console.log('top functions by self time (built-ins such as regular-expression matching count in the function that called them)');
  console.log(`  ${'share'.padStart(6)} ${'self ms'.padStart(8)}  function${' '.repeat(32)}where`);
  for (const f of s.functions) console.log(`  ${(f.share * 100).toFixed(1).padStart(5)}% ${n(f.selfMs).padStart(8)}  ${f.name.slice(0, 38).padEnd(40)}${f.where}`);
  console.log('');
  console.log('self time by file');
  for (const f of s.files.slice(0, 10)) console.log(`  ${(f.share * 100).toFixed(1).padStart(5)}% ${n(f.selfMs).padStart(8)}  ${f.file}`);
  process.exit(0);
}

const rounds = Math.max(1, Number(args.runs));
const loadAtStart = loadavg()[0]!;
err('fastText baseline: loading (trains once, about 15 s, when node_modules/.cache/redflag has no model for this corpus)...');
const fastText = await loadFastTextBaseline(corpus, join(root, 'node_modules', '.cache', 'redflag'));

const sides: Array<Side<Workload>> = [
  { name: 'rules alone (scanConversation)', reset: clearMoneyCache, run: (w) => w.conversations.forEach((c) => scanConversation(c)) },
  {
    name: 'rules + classifier features, no inference',
    reset: clearMoneyCache,
    run: (w) => {
      for (const c of w.conversations) {
        const t = new ConversationTracker();
        for (const m of c) t.add(m, undefined, t.prepare(m));
        t.verdict();
      }
    },
  },
  { name: 'fused: rules + classifier (scanWithClassifier)', reset: clearMoneyCache, run: fused },
  { name: 'compromise nlp(text)', run: (w) => w.messages.forEach((m) => nlp(m.text)) },
  { name: 'fastText wasm predict', run: (w) => w.messages.forEach((m) => fastText.predict(m.text)) },
];
const [rulesSide, , fusedSide, nlpSide, fastTextSide] = sides;
// compromise runs at a few hundred messages/s: a few hundred messages warm it up (its lexicon
// loads on the first call); the others warm up on a whole pass.
const warm = (side: Side<Workload>, w: Workload): Workload => {
  if (side !== nlpSide) return w;
  const conversations = w.conversations.slice(0, 20);
  return { ...w, conversations, messages: conversations.flat() };
};
err(`timing ${sides.length} sides × ${workloads.length} workloads, ${rounds} interleaved rounds after a warm-up...`);
const rates = await interleave(sides, workloads, rounds, warm, (r) => err(`  round ${r + 1} of ${rounds} done`));
const rate = (side: Side<Workload>, wi: number): Rates => rates.get(side.name)![wi]!;

console.log(`RedFlag engine benchmark (Node ${process.version}, one thread; classifier ${classifier.metadata.version})`);
// The machine is shared: say how busy it was (the sides took turns, so the load fell on all of them).
console.log(loadLine(loadAtStart));
console.log('');
const col = 30;
const label = 48;
const row = (name: string, cells: string[]): void => console.log(`  ${name.padEnd(label)}${cells.map((c) => c.padEnd(col)).join('')}`);
row('workload', workloads.map((w) => w.name));
row('', workloads.map((w) => `${n(w.messages.length)} messages, ${w.conversations.length} conv.`));
row('', workloads.map((w) => `mean ${n(meanChars(w.messages))} characters`));
console.log('');
console.log(`  messages/s, median of ${rounds} interleaved runs [slowest-fastest]`);
for (const side of sides) row(side.name, workloads.map((_, wi) => `${n(rate(side, wi).median).padStart(7)} [${n(rate(side, wi).min)}-${n(rate(side, wi).max)}]`));
console.log('');
const ratio = (a: Side<Workload>, b: Side<Workload>, wi: number): number => rate(a, wi).median / rate(b, wi).median;
row('rules alone / compromise nlp()', workloads.map((_, wi) => `${n(ratio(rulesSide!, nlpSide!, wi), 1).padStart(7)}x`));
row('fused / compromise nlp()', workloads.map((_, wi) => `${n(ratio(fusedSide!, nlpSide!, wi), 1).padStart(7)}x`));
row('fused / fastText', workloads.map((_, wi) => `${n(ratio(fusedSide!, fastTextSide!, wi), 2).padStart(7)}x`));
console.log('');
console.log(`  fastText baseline: ${fastText.describe}; trained${fastText.trainedNow ? ' just now' : ''} on the ${n(fastText.trainMessages)} messages`);
console.log('  of the other party in the corpus train split, each labelled scam or benign by its conversation\'s label;');
console.log(`  test-split accuracy ${n(fastText.testAccuracy * 100, 1)}% (always guessing the majority label: ${n(fastText.testMajority * 100, 1)}%). Workloads are dev and test conversations.`);

// Targets (issue 12): plain verdicts.
console.log('');
console.log('targets');
const verdict = (target: string, ok: boolean, detail: string): void => printTarget(target, ok, detail, 78);
const workloadName = ['English corpus workload', 'mixed-language workload'];
workloads.forEach((_, wi) => {
  const f = rate(fusedSide!, wi).median;
  verdict(`fused >= ${n(FUSED_TARGET)} messages/s, ${workloadName[wi]}`, f >= FUSED_TARGET, `${n(f)} of ${n(FUSED_TARGET)}`);
});
workloads.forEach((_, wi) => {
  const r = rate(rulesSide!, wi).median;
  const f = rate(fusedSide!, wi).median;
  const floor = Math.max(f, FUSED_TARGET);
  verdict(`rules alone faster still (> fused and >= ${n(FUSED_TARGET)}), ${workloadName[wi]}`, r > floor, `${n(r)}; fused ${n(f)}`);
});
workloads.forEach((_, wi) => {
  const x = ratio(fusedSide!, nlpSide!, wi);
  verdict(`fused >= ${NLP_RATIO_TARGET}x compromise nlp(), ${workloadName[wi]}`, x >= NLP_RATIO_TARGET, `${n(x, 1)}x of ${NLP_RATIO_TARGET}x`);
});

// One message appended to a thread, and its verdict taken (the extension's per-message work).
for (const w of workloads) {
  console.log('');
  console.log(`add one message of the ${w.name} workload and take the verdict (rules alone; median and p95 of 500, the threads taking turns):`);
  for (const a of measureAppends(w)) {
    const on = a.locales === null ? '' : `  other languages on: ${a.locales.join(' ') || 'none'}`;
    console.log(`  to ${a.label.padEnd(62)} ${n(a.medianUs).padStart(6)} µs  p95 ${n(a.p95Us).padStart(6)} µs${on}`);
  }
}

// The classifier on its own: inference per call, features already computed (mixed workload).
const featureRows: Int32Array[] = [];
for (const c of mixed.conversations) {
  const t = new ConversationTracker();
  for (const m of c) {
    const p = t.prepare(m);
    t.add(m, undefined, p);
    if (m.from === 'them') featureRows.push(p.features);
  }
}
const inference = await measureInference(classifier, featureRows);
console.log('');
console.log(`classifier inference (onnxruntime-web wasm, features of the ${mixed.name} workload; warmed up, median):`);
console.log(`  batches of ${inference.batchSize}:     ${n(inference.batched, 1).padStart(6)} µs/message  (target: at most 20)`);
console.log(`  one message a call:   ${n(inference.unbatched, 1).padStart(6)} µs/call`);

// Hostile text: one message through both senders' analyses and a verdict, fastest of 3 runs.
console.log('');
console.log('hostile messages (fastest of 3, ms):   1,000 chars  20,000 chars');
for (const [name, make] of Object.entries(HOSTILE)) {
  const [small, large] = [make(1_000), make(20_000)];
  run(small);
  console.log(`  ${name.padEnd(38)} ${fastest(small, 3).toFixed(1).padStart(8)} ${fastest(large, 3).toFixed(1).padStart(12)}`);
}
