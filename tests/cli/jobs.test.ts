// redflag scan --jobs N: worker threads, and the same bytes out as one thread, in input order.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../src/train/logistic.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'src/cli/bin.js');
const dir = mkdtempSync(join(tmpdir(), 'redflag-jobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

type Input = { file: string } | { text: string };
/**
 * REDFLAG_DEBUG_JOBS: "1" reports on standard error how many lines each thread
 * scanned; "workers" also gives every batch to the workers, started at once,
 * so that a short input goes through them too.
 */
type Debug = '1' | 'workers';

/** Runs `node ARGS` to its end, with standard input from a file, or text. */
function node(args: string[], stdin: Input, debug: Debug = '1'): Promise<Run> {
  const fd = 'file' in stdin ? openSync(stdin.file, 'r') : null;
  const child = spawn(process.execPath, args, { cwd: root, stdio: [fd ?? 'pipe', 'pipe', 'pipe'], env: { ...process.env, REDFLAG_DEBUG_JOBS: debug } });
  if (fd !== null) closeSync(fd);
  if ('text' in stdin) child.stdin!.end(stdin.text);
  return finished(child);
}

function finished(child: ChildProcess): Promise<Run> {
  const out: Buffer[] = [];
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => out.push(c));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr })));
}

const scan = (args: string[], stdin: Input, debug?: Debug): Promise<Run> => node([bin, 'scan', ...args, '-'], stdin, debug);

/** `--jobs N` (2 unless given) and `--jobs 1` on the same input, at the same time (this is about bytes, not speed). */
async function both(args: string[], stdin: Input, { debug, jobs = 2, launch = scan }: { debug?: Debug; jobs?: number; launch?: typeof scan } = {}): Promise<[Run, Run]> {
  return Promise.all([launch(['--jobs', String(jobs), ...args], stdin, debug), launch(['--jobs', '1', ...args], stdin, debug)]);
}

/** Lines scanned by this thread and by each worker, from REDFLAG_DEBUG_JOBS's line, which it takes out of `run.stderr`. */
function share(run: Run): { thread: number; workers: number[] } {
  const m = /^redflag: --jobs \d+: lines scanned by this thread (\d+)((?:, worker \d+ \d+)*)\n/m.exec(run.stderr);
  if (!m) throw new Error(`no REDFLAG_DEBUG_JOBS line in ${JSON.stringify(run.stderr)}`);
  run.stderr = run.stderr.replace(m[0], '');
  return { thread: Number(m[1]), workers: [...m[2]!.matchAll(/worker \d+ (\d+)/g)].map((w) => Number(w[1])) };
}

/** Asserts two runs printed the same bytes, saying where they first differ rather than dumping megabytes. */
function expectSame(parallel: Run, single: Run): void {
  expect(parallel.stderr).not.toMatch(/lines scanned by/);
  expect(parallel.stderr).toBe(single.stderr);
  expect(parallel.code).toBe(single.code);
  if (parallel.stdout.equals(single.stdout)) return;
  const a = parallel.stdout.toString().split('\n');
  const b = single.stdout.toString().split('\n');
  const at = a.findIndex((line, i) => line !== b[i]);
  expect({ line: at + 1, lines: a.length, text: a[at] }).toEqual({ line: at + 1, lines: b.length, text: b[at] });
}

// `cat model/corpus/*.jsonl`: the shell sorts the names too.
const corpusFiles = readdirSync(join(root, 'model/corpus'))
  .filter((f) => f.endsWith('.jsonl'))
  .sort()
  .map((f) => join(root, 'model/corpus', f));
const corpus = Buffer.concat(corpusFiles.map((f) => readFileSync(f)));
const corpusLines = corpus.toString('utf8').split('\n').filter(Boolean);

function shuffle<T>(items: T[], next: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const BAD_LINES: Array<string | Buffer> = [
  '{not json',
  '{"id":"x"}',
  '{"id":"y","messages":[{"from":"them","text":42}]}',
  '{"messages":[]}',
  '[1,2,3]',
  '{"id": 12345678901234567890, "messages": 5}',
  Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), // not UTF-8
];

/**
 * About 100,000 lines: the corpus messages as one-message lines (ids numbered,
 * some numeric and too long for a double), every corpus conversation whole, bad
 * lines of each kind, blank and CRLF lines, in a seeded shuffle.
 */
function bigInput(): { bytes: Buffer; lines: number; bad: number[] } {
  const messages = corpusLines.flatMap((l) => (JSON.parse(l) as { messages: Array<{ text: string }> }).messages.map((m) => m.text));
  const next = seededRandom(12);
  const items: Array<string | Buffer> = [...corpusLines];
  for (let i = 0; items.length < 99_500; i++) {
    const text = messages[i % messages.length]!;
    items.push(i % 97 === 0 ? `{"id": ${9_007_199_254_740_993 + i}, "text": ${JSON.stringify(text)}}\r` : JSON.stringify({ id: `m${i}`, text }));
  }
  for (let i = 0; i < 350; i++) items.push(BAD_LINES[i % BAD_LINES.length]!);
  for (let i = 0; i < 150; i++) items.push(i % 2 ? '' : '   ');
  shuffle(items, next);
  const bad: number[] = [];
  items.forEach((item, i) => {
    if (BAD_LINES.includes(item)) bad.push(i + 1);
  });
  return { bytes: Buffer.concat(items.flatMap((item) => [Buffer.from(item), Buffer.from('\n')])), lines: items.length, bad };
}

describe('redflag scan --jobs', () => {
  let big: ReturnType<typeof bigInput>;
  const bigFile = join(dir, 'big.jsonl');
  beforeAll(() => {
    big = bigInput();
    writeFileSync(bigFile, big.bytes);
  });

  it('prints the same bytes as --jobs 1 over the whole corpus', { timeout: 600_000 }, async () => {
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, corpus);
    const [parallel, single] = await both(['--no-model'], { file });
    const { thread, workers } = share(parallel);
    expectSame(parallel, single);
    expect(parallel.code).toBe(0);
    // The worker started and took its share; this thread its own.
    expect(workers).toHaveLength(1);
    expect(thread + workers[0]!).toBe(corpusLines.length);
    expect(Math.min(thread, workers[0]!)).toBeGreaterThan(0);
    expect(parallel.stdout.toString().trim().split('\n')).toHaveLength(corpusLines.length);
  });

  it('prints the same bytes as --jobs 1 on a shuffled 100,000-line input, bad lines in place', { timeout: 1_200_000 }, async () => {
    expect(big.lines).toBe(100_000);
    const [parallel, single] = await both(['--no-model'], { file: bigFile });
    const { thread, workers } = share(parallel);
    expectSame(parallel, single);
    expect(parallel.code).toBe(1);
    expect(thread + workers[0]!).toBe(100_000 - 150);
    expect(workers[0]!).toBeGreaterThan(20_000);
    expect(parallel.stderr).toBe(`redflag: ${big.bad.length} line(s) could not be scanned; see the "error" lines\n`);
    const records = parallel.stdout.toString().trim().split('\n');
    expect(records).toHaveLength(100_000 - 150);
    const errorLines = records.filter((r) => r.startsWith('{"line":')).map((r) => (JSON.parse(r) as { line: number }).line);
    expect(errorLines).toEqual(big.bad);
  });

  it('with the model: the same bytes as --jobs 1, also --pretty', { timeout: 600_000 }, async () => {
    const text = [...corpusLines.filter((_, i) => i % 12 === 0), '{"id":"bad"}', '{"id":"last","text":"my aunt is a senior analyst"}'].join('\n');
    // Workers alone (2 of them, each with its classifier), so that these few lines go through them.
    const [parallel, single] = await both([], { text }, { debug: 'workers', jobs: 3 });
    expect(share(parallel).workers.every((n) => n > 0)).toBe(true);
    expectSame(parallel, single);
    expect(parallel.code).toBe(1);
    const [prettyParallel, prettySingle] = await both(['--pretty'], { text }, { debug: 'workers', jobs: 3 });
    expect(share(prettyParallel).thread).toBe(0);
    expectSame(prettyParallel, prettySingle);
    expect(prettyParallel.stdout.toString()).toMatch(/^last: /m);
  });

  it('writes the same --report files as --jobs 1, in input order', { timeout: 600_000 }, async () => {
    const text = corpusLines.slice(0, 40).join('\n');
    const reports = (jobs: string): Promise<Run> => {
      mkdirSync(join(dir, `report-${jobs}`), { recursive: true });
      return scan(['--no-model', '--jobs', jobs, '--report', join(dir, `report-${jobs}`, 'r.html')], { text }, 'workers');
    };
    const [parallel, single] = await Promise.all([reports('3'), reports('1')]);
    expect(share(parallel).workers.every((n) => n > 0)).toBe(true);
    expect(parallel.stdout.equals(single.stdout)).toBe(true);
    expect(parallel.stderr.replaceAll('report-3', 'report-1')).toBe(single.stderr);
    const written = readdirSync(join(dir, 'report-1')).sort();
    expect(written.length).toBeGreaterThan(3);
    expect(readdirSync(join(dir, 'report-3')).sort()).toEqual(written);
    // Only the time each report was made differs.
    const read = (jobs: string, f: string): string => readFileSync(join(dir, `report-${jobs}`, f), 'utf8').replace(/<dt>Created<\/dt><dd>[^<]*<\/dd>/, '');
    for (const f of written) expect(read('3', f)).toBe(read('1', f));
  });

  it('keeps input order when the first line is far slower than the rest', { timeout: 600_000 }, async () => {
    // One long conversation first, then many short ones: the other worker finishes them long before it.
    // Two workers alone, so the order of the output is all the writer's doing.
    const slow = JSON.stringify({ id: 'slow', messages: Array.from({ length: 5_000 }, (_, i) => ({ from: 'them', text: `message ${i}: my aunt is a senior analyst, deposit usdt at trade-${i}.com` })) });
    const quick = Array.from({ length: 2_000 }, (_, i) => JSON.stringify({ id: `q${i}`, text: `see you at ${i}` }));
    const text = [slow, ...quick].join('\n');
    const [parallel, single] = await both(['--no-model'], { text }, { debug: 'workers', jobs: 3 });
    expect(share(parallel).workers.every((n) => n > 0)).toBe(true);
    expectSame(parallel, single);
    const ids = parallel.stdout.toString().trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id);
    expect(ids).toEqual(['slow', ...quick.map((_, i) => `q${i}`)]);
  });

  it('ends quietly with exit code 0 when the reader has had enough (| head -1)', { timeout: 600_000 }, async () => {
    // Standard input left open after more lines: the CLI must stop by itself, with its
    // workers (which would keep it alive) or without.
    for (const env of [{}, { REDFLAG_DEBUG_JOBS: 'workers' }]) {
      const child = spawn(process.execPath, [bin, 'scan', '--no-model', '--jobs', '2', '-'], { env: { ...process.env, ...env } });
      const result = finished(child);
      child.stdin.on('error', () => {});
      child.stdin.write('{"id":"a","text":"hi"}\n');
      await new Promise<void>((resolve) => child.stdout.on('data', () => resolve()));
      child.stdout.destroy();
      child.stdin.write('{"id":"b","text":"hi"}\n{"id":"c","text":"hi"}\n');
      const run = await result;
      if ('REDFLAG_DEBUG_JOBS' in env) expect(share(run)).toEqual({ thread: 0, workers: [expect.any(Number)] });
      expect(run).toEqual(expect.objectContaining({ code: 0, stderr: '' }));
    }

    // A real pipeline over a big file: the CLI stops long before the end of its input.
    const piped = await finished(spawn('bash', ['-c', '"$0" "$1" scan --no-model --jobs 2 "$2" | head -1; echo "exit ${PIPESTATUS[0]}" >&2', process.execPath, bin, bigFile]));
    expect(piped.stderr).toBe('exit 0\n');
    expect(piped.stdout.toString()).toMatch(/^\{"id":[^\n]*\n$/);
  });

  it('reads no further than a bounded window ahead of a reader that does not read', { timeout: 600_000 }, async () => {
    const child = spawn(process.execPath, [bin, 'scan', '--no-model', '--jobs', '2', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    const result = finished(child);
    child.stdout.pause(); // nothing reads the verdicts
    child.stdin.on('error', () => {});
    const line = Buffer.from(`${JSON.stringify({ id: 'x', text: 'a quick hello, nothing more to it, see you tomorrow at the station' })}\n`);
    const block = Buffer.concat(Array.from({ length: 1000 }, () => line));
    let written = 0;
    // Writes until the CLI stops taking input for 3 s (or 200 MB: then it is not slowing down at all).
    while (written < 200 << 20) {
      written += block.length;
      if (child.stdin.write(block)) continue;
      const drained = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(false), 3000);
        child.stdin.once('drain', () => {
          clearTimeout(timer);
          resolve(true);
        });
      });
      if (!drained) break;
    }
    // The window (2 x 256 lines), the pipes' buffers and one read chunk: far below what it was offered.
    expect(written).toBeLessThan(8 << 20);
    child.stdout.resume();
    child.stdin.end();
    const { code, stdout } = await result;
    expect(code).toBe(0);
    expect(stdout.toString().split('\n').length - 1).toBe(written / line.length);
  });

  it('runs its workers from the build and from the TypeScript sources alike', { timeout: 600_000 }, async () => {
    const built = join(root, '.output/cli/main.js');
    expect(existsSync(built), `${built} is missing: run npm run build:cli`).toBe(true);
    const text = corpusLines.filter((_, i) => i % 40 === 0).join('\n');
    const fromBuild = await both(['--no-model'], { text }, { debug: 'workers', launch: (args, stdin, debug) => node([built, 'scan', ...args, '-'], stdin, debug) });
    expect(share(fromBuild[0]).workers).toEqual([fromBuild[1].stdout.toString().trim().split('\n').length]);
    expectSame(...fromBuild);
    // As `tsx src/cli/main.ts` and bin.js (while the sources are newer than the build) run it.
    const fromSources = await both(['--no-model'], { text }, { debug: 'workers', launch: (args, stdin, debug) => node(['--import', 'tsx', 'src/cli/main.ts', 'scan', ...args, '-'], stdin, debug) });
    expect(share(fromSources[0]).workers).toEqual([fromSources[1].stdout.toString().trim().split('\n').length]);
    expectSame(...fromSources);
    expect(fromSources[0].stdout.equals(fromBuild[0].stdout)).toBe(true);
    expect(fromBuild[0].stdout.toString().trim().split('\n')).toHaveLength(Math.ceil(corpusLines.length / 40));
  });

  it('scans a short input on this thread alone, starting no worker', async () => {
    const run = await scan(['--no-model', '--jobs', '2'], { text: '{"id":"a","text":"hi"}\n{"id":"b","text":"hi"}\n' });
    expect(share(run)).toEqual({ thread: 2, workers: [] });
    expect(run.code).toBe(0);
  });

  it('refuses a --jobs that is not a whole number from 1', async () => {
    for (const jobs of ['0', '-1', 'two', '1.5', '']) {
      const r = await scan([`--jobs=${jobs}`], { text: '' });
      expect(r).toEqual({ code: 2, stdout: Buffer.alloc(0), stderr: 'redflag: --jobs must be a whole number from 1 to 256\n' });
    }
  });
});
