import { describe, expect, it } from 'vitest';
import { interleave, median, percentile, type Side } from '../../src/bench/timing.ts';

describe('bench timing', () => {
  it('median and percentile', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.95)).toBe(10);
    expect(percentile([3, 1, 2], 0)).toBe(1);
  });

  it('warms every side up, then runs the sides in turn, each reset before it is timed', async () => {
    const log: string[] = [];
    type W = { name: string; messages: number[] };
    const side = (name: string): Side<W> => ({
      name,
      reset: () => log.push(`reset ${name}`),
      run: (w) => {
        log.push(`${name} ${w.name}`);
        let x = 0;
        for (let i = 0; i < 10_000; i++) x += Math.sqrt(i);
        return x;
      },
    });
    const workloads: W[] = [
      { name: 'a', messages: [1, 2, 3] },
      { name: 'b', messages: [1] },
    ];
    const warm = (_s: Side<W>, w: W): W => ({ ...w, name: `${w.name} (warm-up)` });
    const rates = await interleave([side('x'), side('y')], workloads, 2, warm);
    expect(log).toEqual([
      'x a (warm-up)', 'y a (warm-up)', 'x b (warm-up)', 'y b (warm-up)',
      'reset x', 'x a', 'reset y', 'y a', 'reset x', 'x b', 'reset y', 'y b',
      'reset x', 'x a', 'reset y', 'y a', 'reset x', 'x b', 'reset y', 'y b',
    ]);
    const x = rates.get('x')!;
    expect(x).toHaveLength(2);
    expect(x[0]!.runs).toHaveLength(2);
    expect(x[0]!.min).toBeLessThanOrEqual(x[0]!.median);
    expect(x[0]!.median).toBeLessThanOrEqual(x[0]!.max);
    expect(x[0]!.min).toBeGreaterThan(0);
  });
});
