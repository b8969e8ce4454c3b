// Interleaved timing: every side runs once per round, in turn, on the same messages, so a burst
// of load from another process on this shared machine hits all sides alike instead of one.
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface Side<W> {
  name: string;
  /** Processes every message of the workload once. */
  run(workload: W): unknown;
  /** Runs before each timed run, untimed (empties caches so each run is cold). */
  reset?(): void;
}

export interface Rates {
  /** Messages per second of each timed run, in run order. */
  runs: number[];
  median: number;
  min: number;
  max: number;
}

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

export const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * p))]!;
};

/** Collects garbage so no side pays, mid-run, for the garbage the side before it left (compromise leaves plenty). */
export const settle: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as (() => void) | undefined;
  return () => gc?.();
})();

export function ratesOf(runs: number[]): Rates {
  return { runs, median: median(runs), min: Math.min(...runs), max: Math.max(...runs) };
}

/**
 * Warms every side up on every workload (`warm` picks the part to warm up on), then runs
 * `rounds` rounds; in each round every workload goes through every side in turn. Returns
 * messages/s per side and workload, keyed `side name` then workload index.
 */
export async function interleave<W extends { messages: readonly unknown[] }>(
  sides: ReadonlyArray<Side<W>>,
  workloads: readonly W[],
  rounds: number,
  warm: (side: Side<W>, workload: W) => W,
  onRound?: (round: number) => void,
): Promise<Map<string, Rates[]>> {
  for (const w of workloads) for (const side of sides) await side.run(warm(side, w));
  const runs = new Map(sides.map((s) => [s.name, workloads.map((): number[] => [])]));
  for (let round = 0; round < rounds; round++) {
    for (const [wi, w] of workloads.entries()) {
      for (const side of sides) {
        side.reset?.();
        settle();
        const t0 = performance.now();
        await side.run(w);
        const seconds = (performance.now() - t0) / 1000;
        runs.get(side.name)![wi]!.push(w.messages.length / seconds);
      }
    }
    onRound?.(round);
  }
  return new Map([...runs].map(([name, perWorkload]) => [name, perWorkload.map(ratesOf)]));
}

// What every benchmark prints the same way.

/** A figure as the benchmarks print it: thousands separated, `digits` decimals. */
export const formatNumber = (x: number, digits = 0): string => x.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** How busy the shared machine was: the one-minute load average at the start (taken by the caller) and now. */
export const loadLine = (loadAtStart: number): string =>
  `load average ${formatNumber(loadAtStart, 1)} at the start, ${formatNumber(loadavg()[0]!, 1)} at the end, on ${cpus().length} cores`;

/** One target's plain verdict, the target padded to `width`. */
export const printTarget = (target: string, ok: boolean, detail: string, width: number): void => console.log(`  ${target.padEnd(width)}${ok ? 'met' : 'NOT met'} (${detail})`);
