// `npm run bench:cli`: the CLI as a user runs it, whole process, from the build ahead of time
// (.output/cli, `npm run build:cli`): how long a start takes, and how much faster `scan --jobs 2`
// is than `--jobs 1` on a large input. Runs take turns (start, jobs 1, jobs 2, ...) and each
// figure is the median of several; prints figures and which targets are met, asserts nothing.
//
//   npm run bench:cli                  (about two minutes on 2 cores)
//   npm run bench:cli -- --runs 7 --conversations 4000
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus } from '../corpus/load.ts';
import { formatNumber as n, loadLine, median, printTarget } from './timing.ts';

const START_TARGET_MS = 300;
const JOBS_TARGET = 1.7;

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '5' }, conversations: { type: 'string', default: '2000' } } });
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const main = join(root, '.output', 'cli', 'main.js');
if (!existsSync(main)) {
  console.error('redflag bench:cli: .output/cli/main.js is missing; run `npm run build:cli` first');
  process.exit(2);
}

// The input: corpus conversations, repeated until there are enough, one JSON line each.
const corpus = loadCorpus(process.env.REDFLAG_CORPUS ?? join(root, 'model', 'corpus'));
const wanted = Math.max(1, Number(args.conversations));
const lines: string[] = [];
for (let i = 0; lines.length < wanted; i++) {
  const c = corpus[i % corpus.length]!;
  lines.push(JSON.stringify({ id: `${c.id}-${i}`, messages: c.messages }));
}
const messages = lines.reduce((sum, _, i) => sum + corpus[i % corpus.length]!.messages.length, 0);
const dir = mkdtempSync(join(tmpdir(), 'redflag-bench-'));
const input = join(dir, 'input.jsonl');
const empty = join(dir, 'empty.jsonl');
writeFileSync(input, `${lines.join('\n')}\n`);
writeFileSync(empty, '');

/** Wall-clock milliseconds of one `redflag scan` process; its output is discarded. */
function timed(extra: string[], file: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [main, 'scan', ...extra, file], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`redflag scan ${extra.join(' ')} failed (${r.status}): ${r.stderr.toString().slice(0, 500)}`);
  return ms;
}

const runs = Math.max(1, Number(args.runs));
const loadAtStart = loadavg()[0]!;
const sides = {
  'start: scan of an empty input (with the model)': () => timed([], empty),
  'start: scan of an empty input, --no-model': () => timed(['--no-model'], empty),
  'scan --jobs 1': () => timed(['--jobs', '1'], input),
  'scan --jobs 2': () => timed(['--jobs', '2'], input),
};
const times = new Map<string, number[]>(Object.keys(sides).map((k) => [k, []]));
for (const run of Object.values(sides)) run(); // warm up the file cache
for (let r = 0; r < runs; r++) {
  for (const [name, run] of Object.entries(sides)) times.get(name)!.push(run());
  process.stderr.write(`  round ${r + 1} of ${runs} done\n`);
}
rmSync(dir, { recursive: true, force: true });

const med = (name: string): number => median(times.get(name)!);
console.log(`RedFlag CLI benchmark (Node ${process.version}, built CLI .output/cli/main.js, whole process)`);
console.log(loadLine(loadAtStart));
console.log(`input: ${n(lines.length)} conversations, ${n(messages)} messages (the corpus, repeated)`);
console.log('');
console.log(`  wall time, median of ${runs} interleaved runs [fastest-slowest]`);
for (const [name, xs] of times) console.log(`  ${name.padEnd(50)} ${n(median(xs)).padStart(7)} ms [${n(Math.min(...xs))}-${n(Math.max(...xs))}]`);
const jobs1 = med('scan --jobs 1');
const jobs2 = med('scan --jobs 2');
console.log(`  ${'messages/s, --jobs 1 / --jobs 2'.padEnd(50)} ${n((messages / jobs1) * 1000).padStart(7)} / ${n((messages / jobs2) * 1000)}`);
console.log('');
console.log('targets');
const verdict = (target: string, ok: boolean, detail: string): void => printTarget(target, ok, detail, 60);
const start = med('start: scan of an empty input (with the model)');
verdict(`a start under ${START_TARGET_MS} ms (with the model)`, start < START_TARGET_MS, `${n(start)} ms`);
verdict(`--jobs 2 at least ${JOBS_TARGET}x --jobs 1`, jobs1 / jobs2 >= JOBS_TARGET, `${n(jobs1 / jobs2, 2)}x`);
