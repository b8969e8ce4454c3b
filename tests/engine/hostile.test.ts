import { describe, expect, it } from 'vitest';
import { fastest, HOSTILE, repeat, rules, run } from '../../src/bench/hostile.ts';
import { analyzeMessage } from '../../src/engine/index.ts';

// One scorer serves every browser tab: a single hostile message must not
// stall every chat's warnings. Each pathological text below goes through the
// public API at 1,000 and 20,000 characters; the time must grow about
// linearly (20x; allowed: 60x, the machine is noisy) and stay well under a
// second. Times are the fastest of a few runs, after a warm-up.

describe('hostile messages', () => {
  it.each(Object.entries(HOSTILE))('%s: linear time', (_name, make) => {
    const small = make(1_000);
    const large = make(20_000);
    expect(small.length).toBe(1_000);
    expect(large.length).toBe(20_000);
    run(small); // warm-up
    const tSmall = fastest(small, 3);
    const tLarge = fastest(large, 3);
    // Below a millisecond the small time is mostly timer noise.
    const ratio = tLarge / Math.max(tSmall, 1);
    expect(tLarge, `20,000 characters took ${tLarge.toFixed(1)} ms`).toBeLessThan(1_000);
    expect(ratio, `1,000 characters: ${tSmall.toFixed(1)} ms; 20,000: ${tLarge.toFixed(1)} ms`).toBeLessThanOrEqual(60);
  });

  it('reads a long message whole: no cut-off to hide a pitch behind', () => {
    const text = `${repeat('five thousand usdt ', 30_000)} my aunt is a senior analyst, you should try investing with me`;
    const ids = analyzeMessage({ from: 'them', text }, 0, rules).hits.map((h) => h.rule.id);
    expect(ids).toContain('en.relative_analyst');
    expect(ids).toContain('en.invitation_to_invest');
  });
});
