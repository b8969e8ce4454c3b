import { describe, expect, it } from 'vitest';
import { type CpuProfile, profile, summarise } from '../../src/bench/profile.ts';

const frame = (functionName: string, url = '', lineNumber = -1) => ({ functionName, url, lineNumber, columnNumber: 0 });

describe('bench CPU profile summary', () => {
  it('charges each sample interval to the function on top of the stack, idle apart', () => {
    const p: CpuProfile = {
      nodes: [
        { id: 1, callFrame: frame('(root)') },
        { id: 2, callFrame: frame('hot', 'node:internal/hot', 9) },
        { id: 3, callFrame: frame('warm', 'wasm://wasm/abc', 0) },
        { id: 4, callFrame: frame('(idle)') },
        { id: 5, callFrame: frame('hot', 'node:internal/hot', 9) }, // the same function by another call path
        { id: 6, callFrame: frame('(garbage collector)') },
      ],
      startTime: 0,
      endTime: 1000,
      samples: [2, 3, 5, 4, 6, 2],
      timeDeltas: [0, 300, 100, 200, 250, 50],
    };
    const s = summarise(p, '/repo');
    expect(s.idleMs).toBeCloseTo(0.25);
    expect(s.totalMs).toBeCloseTo(0.3 + 0.1 + 0.2 + 0.05 + 1000 / 6 / 1000);
    expect(s.functions[0]).toMatchObject({ name: 'hot', where: 'node:internal/hot:10' });
    expect(s.functions[0]!.selfMs).toBeCloseTo(0.3 + 0.2 + 1000 / 6 / 1000);
    expect(s.functions.map((f) => f.name)).toEqual(['hot', 'warm', '(garbage collector)']);
    expect(s.functions.reduce((a, f) => a + f.share, 0)).toBeCloseTo(1);
    expect(s.files[0]!.file).toBe('node:internal/hot');
  });

  it('finds a busy function in a real profile', async () => {
    function spinForTheProfiler(ms: number): number {
      const end = performance.now() + ms;
      let x = 0;
      while (performance.now() < end) for (let i = 0; i < 1000; i++) x += Math.sqrt(i);
      return x;
    }
    const p = await profile(async () => void spinForTheProfiler(300));
    const s = summarise(p, process.cwd());
    const share = s.functions.filter((f) => f.name === 'spinForTheProfiler').reduce((a, f) => a + f.share, 0);
    expect(share).toBeGreaterThan(0.5);
  });
});
