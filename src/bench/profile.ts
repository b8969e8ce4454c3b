// `npm run bench -- --profile`: a CPU profile (node:inspector's Profiler) of a workload, summed
// up as the functions with the most self time. tsx runs the TypeScript as one long generated
// line per file, so positions are mapped back through the source maps tsx registers with Node.
import { Session } from 'node:inspector/promises';
import { findSourceMap } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface CallFrame {
  functionName: string;
  url: string;
  /** 0-based, in the generated code. */
  lineNumber: number;
  columnNumber: number;
}

/** The parts of a `Profiler.Profile` the summary reads. */
export interface CpuProfile {
  nodes: ReadonlyArray<{ id: number; callFrame: CallFrame }>;
  startTime: number;
  endTime: number;
  samples?: readonly number[];
  /** Microseconds since the previous sample (the first since `startTime`). */
  timeDeltas?: readonly number[];
}

export interface HotFunction {
  name: string;
  /** `file:line` in the source (1-based), or the runtime's own label. */
  where: string;
  selfMs: number;
  /** Share of the profiled time, idle excluded. */
  share: number;
}

export interface ProfileSummary {
  functions: HotFunction[];
  /** Self time summed per source file, largest first. */
  files: Array<{ file: string; selfMs: number; share: number }>;
  totalMs: number;
  idleMs: number;
  samples: number;
}

/** Runs `work` under the sampling profiler and returns the raw profile. */
export async function profile(work: () => Promise<void>, intervalUs = 100): Promise<CpuProfile> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
    await session.post('Profiler.start');
    await work();
    const { profile } = await session.post('Profiler.stop');
    return profile;
  } finally {
    session.disconnect();
  }
}

/** A source position for a generated one, through the source map Node holds for the script (tsx's, for TypeScript). */
export function sourcePosition(frame: CallFrame, root: string): { file: string; line: number | null } {
  const { url } = frame;
  if (!url) return { file: '', line: null };
  // A wasm frame's position is a byte offset in its module, not a line: the function's index names it.
  if (url.startsWith('wasm:')) return { file: url, line: null };
  if (!url.startsWith('file:')) return { file: url, line: frame.lineNumber >= 0 ? frame.lineNumber + 1 : null };
  let file = url;
  let line = frame.lineNumber + 1;
  const map = findSourceMap(url) ?? findSourceMap(fileURLToPath(url));
  const entry = map?.findEntry(frame.lineNumber, frame.columnNumber) as { originalSource?: string; originalLine?: number } | undefined;
  if (entry?.originalSource !== undefined && entry.originalLine !== undefined) {
    file = entry.originalSource;
    line = entry.originalLine + 1;
  }
  const path = file.startsWith('file:') ? fileURLToPath(file) : file;
  const rel = relative(root, path);
  return { file: rel.startsWith('..') ? path : rel, line };
}

/**
 * Self time per function: each sample's interval (the delta to the next sample) is charged to the
 * function on top of the stack. Functions are grouped by name and source position, so the same
 * function reached through different call paths counts once. "(idle)" is reported apart and left
 * out of the shares; "(garbage collector)" and "(program)" stay in, they are real costs.
 */
export function summarise(p: CpuProfile, root: string, top = 15): ProfileSummary {
  const frames = new Map(p.nodes.map((n) => [n.id, n.callFrame]));
  const samples = p.samples ?? [];
  const deltas = p.timeDeltas ?? [];
  const selfUs = new Map<number, number>();
  for (let i = 0; i < samples.length; i++) {
    const us = deltas[i + 1] ?? (p.endTime - p.startTime) / Math.max(1, samples.length);
    selfUs.set(samples[i]!, (selfUs.get(samples[i]!) ?? 0) + Math.max(0, us));
  }
  const byFunction = new Map<string, { name: string; where: string; file: string; us: number }>();
  let idleUs = 0;
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const frame = frames.get(id)!;
    if (frame.functionName === '(idle)') {
      idleUs += us;
      continue;
    }
    totalUs += us;
    const { file, line } = sourcePosition(frame, root);
    const name = frame.functionName || '(anonymous)';
    const where = file ? `${file}${line === null ? '' : `:${line}`}` : '';
    const key = `${name}\u0000${where}`;
    const entry = byFunction.get(key) ?? { name, where, file: file || name, us: 0 };
    entry.us += us;
    byFunction.set(key, entry);
  }
  const share = (us: number): number => us / Math.max(1, totalUs);
  const sorted = [...byFunction.values()].sort((a, b) => b.us - a.us);
  const files = new Map<string, number>();
  for (const f of sorted) files.set(f.file, (files.get(f.file) ?? 0) + f.us);
  return {
    functions: sorted.slice(0, top).map((f) => ({ name: f.name, where: f.where, selfMs: f.us / 1000, share: share(f.us) })),
    files: [...files].sort((a, b) => b[1] - a[1]).map(([file, us]) => ({ file, selfMs: us / 1000, share: share(us) })),
    totalMs: totalUs / 1000,
    idleMs: idleUs / 1000,
    samples: samples.length,
  };
}
