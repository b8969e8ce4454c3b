import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { levelAtLeast, type Verdict } from '../engine/types.ts';
import { type Conversation, parseConversationLine } from '../format/conversation.ts';
import { writeText } from './io.ts';
import { type Line, readLines } from './lines.ts';
import { isBlank, MAX_LINE_BYTES, scanLine, type ScanOptions, type ScanSummary } from './scan.ts';

/** `--jobs` when not given: one thread per core. */
export const defaultJobs = (): number => availableParallelism();

/** What every worker is told once, at start. */
export interface WorkerSetup {
  pretty: boolean;
  /** Load the bundled classifier (once per worker). */
  model: boolean;
  /** Send back the verdicts warned at medium or high (for --report). */
  warned: boolean;
}

/** A batch of lines to scan, in input order. */
export interface BatchRequest {
  id: number;
  lines: Line[];
}

export interface BatchResult {
  /** What the batch's lines print, one after the other. */
  out: string;
  scanned: number;
  errors: number;
  /** With `warned`: the verdicts at medium or high, by index in the batch. */
  warned: Array<{ index: number; verdict: Verdict }>;
}

/** What a worker sends: once `ready` (or `failed` to start), then one reply per batch, in the order sent. */
export type WorkerMessage = { ready: true } | { ready: false; failure: string } | ({ id: number } & BatchResult) | { id: number; failure: string };

/*
 * Memory stays bounded: at most LINES_PER_THREAD lines a thread and WINDOW_CHARS
 * of line text are between the reader and the writer (read, being scanned, or
 * scanned and waiting for an earlier batch), whatever the input's length. A
 * full window stops reading, so a slow standard output slows the reading too.
 * Batches amortise the cost of a message between threads (~10-50 µs).
 */
const LINES_PER_THREAD = 256;
const BATCH_LINES = 32;
const BATCH_CHARS = 1 << 20;
/** One batch always goes, whatever its size: a single line may be up to MAX_LINE_BYTES. */
const WINDOW_CHARS = 64 << 20;
/**
 * Workers start once this many lines wait to be scanned: a worker costs a
 * module load (and a classifier) on another core, worth it for a long input,
 * not for a handful of lines, which this thread scans as fast as `--jobs 1`.
 */
const START_WORKERS_AT = 2 * BATCH_LINES;
/** This thread scans for at most about this long before it lets reading, writing and the workers' answers through. */
const SLICE_MS = 10;
/** A batch this big (a conversation of thousands of messages) goes to a worker when one is ready, so this thread stays free to read and write. */
const LOCAL_MAX_CHARS = 256 * 1024;

/**
 * Scans one batch of lines: what a worker does with each request, and this
 * thread with its share. `between` runs after each line (this thread lets
 * reading and writing through there).
 */
export async function scanBatch(lines: Line[], options: ScanOptions, warned: boolean, between?: () => Promise<void> | undefined): Promise<BatchResult> {
  const result: BatchResult = { out: '', scanned: 0, errors: 0, warned: [] };
  for (const [index, line] of lines.entries()) {
    if (index > 0) await between?.();
    const r = await scanLine(line, options);
    result.out += r.out;
    if (!r.scanned) result.errors++;
    else {
      result.scanned++;
      if (warned && levelAtLeast(r.verdict.level, 'medium')) result.warned.push({ index, verdict: r.verdict });
    }
  }
  return result;
}

interface Batch {
  lines: Line[];
  chars: number;
}

interface Sent extends Batch {
  result: Promise<BatchResult>;
}

/**
 * scanStream on `jobs` threads: JSON Lines in, the same bytes out as the
 * one-thread scan, in input order, streamed as batches finish. This thread
 * reads, writes and scans its share with `options`; up to `jobs - 1` workers,
 * started when the input proves long, scan the rest, each with a classifier of
 * its own (`model`). `onWarned` gets the conversations warned at medium or
 * high, in input order, each before its batch is written.
 * Errors: as scanStream (InputError, OutputError); a worker that fails
 * rejects with its error, and the scan stops.
 */
export async function scanParallel(
  input: Readable,
  output: Writable,
  options: ScanOptions,
  { jobs, model }: { jobs: number; model: boolean },
  onWarned?: (c: Conversation, v: Verdict) => Promise<void>,
): Promise<ScanSummary> {
  const pool = new Pool(jobs, options, { pretty: options.pretty, model, warned: onWarned !== undefined });
  const summary: ScanSummary = { scanned: 0, errors: 0 };
  const queue: Sent[] = [];
  let queuedLines = 0;
  let queuedChars = 0;
  let readingDone = false;
  let readError: unknown = null;
  let stopped = false;
  const filled = new Signal();
  const drained = new Signal();

  let open: Batch | null = null;
  const dispatch = (): void => {
    const batch = open;
    if (!batch) return;
    open = null;
    queuedLines += batch.lines.length;
    queuedChars += batch.chars;
    queue.push({ ...batch, result: pool.scan(batch, queuedLines) });
    filled.notify();
  };

  const read = async (): Promise<void> => {
    for await (const line of readLines(input, MAX_LINE_BYTES)) {
      if (stopped) return;
      if (isBlank(line)) continue;
      if (!open) {
        const batch: Batch = { lines: [], chars: 0 };
        open = batch;
        // When the input pauses (a pipe fed by hand, the end of a chunk), the
        // lines read so far go at once rather than wait for a full batch.
        setImmediate(() => {
          if (open === batch) dispatch();
        });
      }
      open.lines.push(line);
      open.chars += line.text?.length ?? 0;
      if (open.lines.length >= BATCH_LINES || open.chars >= BATCH_CHARS) dispatch();
      while (!stopped && queue.length > 0 && (queuedLines >= jobs * LINES_PER_THREAD || queuedChars >= WINDOW_CHARS)) await drained.wait();
      if (stopped) return;
    }
    dispatch();
  };
  const reading = read()
    .catch((e: unknown) => {
      readError = e;
    })
    .finally(() => {
      readingDone = true;
      filled.notify();
    });

  try {
    for (;;) {
      while (queue.length === 0 && !readingDone) await filled.wait();
      const batch = queue[0];
      if (!batch) break;
      const result = await batch.result;
      for (const { index, verdict } of result.warned) {
        // Parsed once already where it was scanned; parsing it again here is simpler than
        // sending the conversation across threads, and rare (only lines warned at medium or high).
        const parsed = parseConversationLine(batch.lines[index]!.text!);
        if (parsed.ok) await onWarned?.(parsed.value, verdict);
      }
      await writeText(output, result.out);
      summary.scanned += result.scanned;
      summary.errors += result.errors;
      queue.shift();
      queuedLines -= batch.lines.length;
      queuedChars -= batch.chars;
      drained.notify();
    }
  } catch (e) {
    // The reader has had enough (| head), the disk is full, or a worker failed:
    // stop reading (ending a read that waits on an open pipe) and stop the workers.
    stopped = true;
    drained.notify();
    input.destroy();
    throw e;
  } finally {
    await pool.close();
    if (process.env.REDFLAG_DEBUG_JOBS) process.stderr.write(`redflag: --jobs ${jobs}: lines scanned by ${pool.share()}\n`);
  }
  await reading;
  if (readError !== null) throw readError;
  return summary;
}

/** Wakes whoever waits on it. Callers re-check their condition after waking. */
class Signal {
  private waiters: Array<() => void> = [];
  wait(): Promise<void> {
    return new Promise((resolve) => this.waiters.push(resolve));
  }
  notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const wake of waiters) wake();
  }
}

interface Job extends Batch {
  resolve: (r: BatchResult) => void;
  reject: (e: Error) => void;
}

/** Something that scans batches in the order given: this thread, or a worker. */
interface Scanner {
  /** Lines given and not yet answered: a new batch goes to the least loaded ready scanner. */
  lines: number;
  /** Lines scanned, for REDFLAG_DEBUG_JOBS. */
  done: number;
  ready: boolean;
  pending: Job[];
  send(job: Job): void;
}

/**
 * This thread as a scanner: one batch at a time, letting reading, writing and
 * the workers' answers through between batches, and every SLICE_MS within one.
 */
class LocalScanner implements Scanner {
  lines = 0;
  done = 0;
  ready = true;
  pending: Job[] = [];
  private running = false;

  constructor(
    private readonly options: ScanOptions,
    private readonly warned: boolean,
  ) {}

  send(job: Job): void {
    this.pending.push(job);
    if (!this.running) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    let slice = 0;
    const pause = (): Promise<void> => {
      slice = performance.now();
      return new Promise((resolve) => setImmediate(resolve));
    };
    const between = (): Promise<void> | undefined => (performance.now() - slice > SLICE_MS ? pause() : undefined);
    for (;;) {
      await pause();
      const job = this.pending[0];
      if (!job) break;
      try {
        const result = await scanBatch(job.lines, this.options, this.warned, between);
        // Still ours: a scan that stopped meanwhile has rejected it already.
        if (this.pending[0] === job) job.resolve(result);
      } catch (e) {
        job.reject(e as Error);
      }
      if (this.pending[0] === job) {
        this.pending.shift();
        this.lines -= job.lines.length;
        this.done += job.lines.length;
      }
    }
    this.running = false;
  }
}

class WorkerScanner implements Scanner {
  lines = 0;
  done = 0;
  ready = false;
  pending: Job[] = [];
  private nextId = 0;
  readonly worker: Worker;

  constructor(setup: WorkerSetup, onReady: () => void, onFailure: (e: Error) => void) {
    this.worker = startWorker(setup);
    this.worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        if (!message.ready) return onFailure(new Error(message.failure));
        this.ready = true;
        return onReady();
      }
      // Answers come in the order batches were sent.
      const job = this.pending.shift();
      if (!job) return;
      this.lines -= job.lines.length;
      this.done += job.lines.length;
      if ('failure' in message) job.reject(new Error(message.failure));
      else job.resolve(message);
    });
    this.worker.on('error', onFailure);
  }

  send(job: Job): void {
    this.pending.push(job);
    this.worker.postMessage({ id: this.nextId++, lines: job.lines } satisfies BatchRequest);
  }
}

/**
 * This thread and, once started, `size - 1` workers; a batch goes to the least
 * loaded of those ready. For tests, REDFLAG_DEBUG_JOBS=workers starts the
 * workers at once and gives them every batch once all are ready, so that even
 * a short input goes through each of them (the output is the same either way).
 */
class Pool {
  private readonly scanners: Scanner[];
  private readonly workers: WorkerScanner[] = [];
  /** Batches that came before any scanner was ready (only with workers alone). */
  private waiting: Job[] = [];
  private failure: Error | null = null;
  private closing = false;

  constructor(
    private readonly size: number,
    options: ScanOptions,
    private readonly setup: WorkerSetup,
    private readonly workersOnly = process.env.REDFLAG_DEBUG_JOBS === 'workers',
  ) {
    const local = new LocalScanner(options, setup.warned);
    local.ready = !workersOnly;
    this.scanners = [local];
    if (workersOnly) this.start();
  }

  /** `backlog`: the lines read and not yet written, this batch's included. */
  scan(batch: Batch, backlog: number): Promise<BatchResult> {
    if (this.failure) return Promise.reject(this.failure);
    if (backlog >= START_WORKERS_AT && this.workers.length === 0) this.start();
    const result = new Promise<BatchResult>((resolve, reject) => this.assign({ ...batch, resolve, reject }));
    // A batch still queued when the scan stops early is rejected and never awaited.
    result.catch(() => {});
    return result;
  }

  private assign(job: Job): void {
    if (this.workersOnly && !this.workers.every((w) => w.ready)) {
      this.waiting.push(job);
      return;
    }
    const toWorker = job.chars > LOCAL_MAX_CHARS && this.workers.some((w) => w.ready);
    let best: Scanner | null = null;
    for (const s of this.scanners) if (s.ready && !(toWorker && s === this.scanners[0]) && (!best || s.lines < best.lines)) best = s;
    if (!best) {
      this.waiting.push(job);
      return;
    }
    best.lines += job.lines.length;
    best.send(job);
  }

  private start(): void {
    for (let i = 1; i < this.size; i++) {
      const worker = new WorkerScanner(
        this.setup,
        () => {
          const waiting = this.waiting;
          this.waiting = [];
          for (const job of waiting) this.assign(job);
        },
        (e) => this.fail(e),
      );
      worker.worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`a scan worker stopped (exit code ${code})`));
      });
      this.workers.push(worker);
      this.scanners.push(worker);
    }
  }

  private fail(e: Error): void {
    this.failure ??= e;
    for (const job of this.waiting) job.reject(this.failure);
    this.waiting = [];
    for (const scanner of this.scanners) {
      for (const job of scanner.pending) job.reject(this.failure);
      scanner.pending = [];
      scanner.lines = 0;
    }
  }

  /** "this thread 1200, worker 1 1400": who scanned how many lines (tests check that workers did). */
  share(): string {
    return this.scanners.map((s, i) => `${i === 0 ? 'this thread' : `worker ${i}`} ${s.done}`).join(', ');
  }

  async close(): Promise<void> {
    this.closing = true;
    this.fail(new Error('the scan stopped'));
    await Promise.all(this.workers.map((w) => w.worker.terminate()));
  }
}

/**
 * The worker's code sits next to this module: .output/cli/scan-worker.js in
 * the build (a second esbuild entry), src/cli/scan-worker.ts when the CLI runs
 * from TypeScript. That one needs tsx's loader registered inside the worker:
 * on Node 20 neither the parent's loader nor `execArgv: ['--import', 'tsx']`
 * reaches a worker thread ("Unknown file extension .ts"), so a two-line
 * bootstrap registers it, as bin.js does for the main thread.
 */
function startWorker(workerData: WorkerSetup): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./scan-worker.js', import.meta.url), { workerData });
  const tsx = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  const entry = JSON.stringify(new URL('./scan-worker.ts', import.meta.url).href);
  return new Worker(`import(${tsx}).then((tsx) => { tsx.register(); return import(${entry}); });`, { eval: true, workerData });
}
