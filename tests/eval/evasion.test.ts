import { describe, expect, it } from 'vitest';
import { EVASIONS, evade, numberWords } from '../../src/eval/evasion.ts';

describe('evasive rewrites', () => {
  const text = "Deposit 5000 USDT at vantrex-vip.com/app today, don't wait";

  it.each(EVASIONS)('%s changes the text and is deterministic', (how) => {
    expect(evade(text, how)).not.toBe(text);
    expect(evade(text, how)).toBe(evade(text, how));
  });

  it('spells numbers and splits links as scripts do', () => {
    expect(numberWords(5000)).toBe('five thousand');
    expect(numberWords(1250)).toBe('one thousand two hundred fifty');
    expect(evade(text, 'numbers in words')).toContain('five thousand USDT');
    expect(evade(text, 'split links')).toContain('vantrex-vip . com / app');
  });
});
