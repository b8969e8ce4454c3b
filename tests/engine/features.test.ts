import { describe, expect, it } from 'vitest';
import { ConversationTracker } from '../../src/engine/tracker.ts';
import { fnv1a } from '../../src/engine/hash.ts';
import { FEATURE_BITS, FEATURE_DIM } from '../../src/engine/features.ts';

const index = (feature: string): number => {
  const h = fnv1a(feature);
  return (h ^ (h >>> FEATURE_BITS)) & (FEATURE_DIM - 1);
};
const featuresOf = (texts: string[], times?: string[]) => {
  const tracker = new ConversationTracker();
  const prepared = tracker.prepareAll(texts.map((text, i) => ({ from: 'them' as const, text, time: times?.[i] })));
  return new Set(prepared[prepared.length - 1]!.features);
};

describe('classifier features', () => {
  it("keep reported words apart from the sender's own", () => {
    const reported = featuresOf(['she said: guaranteed profit every day']);
    expect(reported.has(index('qw:guaranteed'))).toBe(true);
    expect(reported.has(index('w:guaranteed'))).toBe(false);
    const own = featuresOf(['guaranteed profit every day']);
    expect(own.has(index('w:guaranteed'))).toBe(true);
  });

  it('see the trajectory: stages in the order reached, and time since the first message', () => {
    const f = featuresOf(
      ['Hi, is this Jenny?', 'I rarely use this app, add me on WhatsApp', 'my aunt is a senior analyst', 'ok'],
      ['2026-03-01T10:00:00Z', '2026-03-01T11:00:00Z', '2026-03-03T10:00:00Z', '2026-03-09T10:00:00Z'],
    );
    expect(f.has(index('so:hook>off_platform'))).toBe(true);
    expect(f.has(index('so:off_platform>wealth'))).toBe(true);
    expect(f.has(index('sn:3'))).toBe(true);
    expect(f.has(index('d:14'))).toBe(true);
  });
});
