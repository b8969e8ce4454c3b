import { describe, expect, it } from 'vitest';
import { checkLines } from '../../src/scorer/check-lines.ts';

describe('checkLines (the generic reader)', () => {
  it('warns on a pasted scam script and gives its reasons', () => {
    const result = checkLines([
      'My aunt is a senior analyst, she gives me signals',
      'I can teach you to trade crypto, the returns are guaranteed',
      'You must pay 20% tax before you can withdraw',
    ]);
    expect(result.level).toMatch(/medium|high/);
    expect(result.reasons.length).toBeGreaterThan(0);
    expect(result.reasons.length).toBeLessThanOrEqual(5);
  });

  it('stays quiet on ordinary text and copes with huge input', () => {
    expect(checkLines(['Lunch at noon?', 'sure, the usual place']).level).toMatch(/none|low/);
    expect(() => checkLines(Array.from({ length: 10_000 }, (_, i) => `line ${i} ${'x'.repeat(50)}`))).not.toThrow();
  });
});
