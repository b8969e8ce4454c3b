import { describe, expect, it } from 'vitest';
import { GUARD_DEFAULTS, hostIn, readGuardSettings, toDomain } from '../../../src/extension/guard/settings.ts';

describe('platform guard settings', () => {
  it('reads what a person types as a site', () => {
    expect(toDomain('https://www.Coinvexa.pro/login?x=1')).toBe('coinvexa.pro');
    expect(toDomain('  coinvexa.pro ')).toBe('coinvexa.pro');
    expect(toDomain('app.gold-axis.net')).toBe('app.gold-axis.net');
    expect(toDomain('bіnance.com')).toBe('xn--bnance-pvf.com'); // stored as the browser's address bar holds it
    for (const bad of ['', 'hello', 'javascript:alert(1)', 'file:///etc', 'http://', 'a b.com', 'x'.repeat(400)]) expect(toDomain(bad), bad).toBeNull();
  });

  it('falls back to safe defaults, field by field, on damaged storage', () => {
    expect(readGuardSettings(undefined)).toEqual(GUARD_DEFAULTS);
    expect(readGuardSettings('garbage')).toEqual(GUARD_DEFAULTS);
    expect(readGuardSettings({ enabled: 'yes', blocked: 'coinvexa.pro', allowed: [1, null, 'Bad Domain', 'bank.com'] })).toEqual({
      ...GUARD_DEFAULTS,
      allowed: ['bank.com'],
    });
    expect(readGuardSettings({ enabled: true, redirectListed: true, blocked: ['coinvexa.pro'], allowed: [] })).toEqual({
      enabled: true,
      redirectListed: true,
      blocked: ['coinvexa.pro'],
      allowed: [],
    });
  });

  it('matches a domain and its subdomains only', () => {
    expect(hostIn('coinvexa.pro', ['coinvexa.pro'])).toBe(true);
    expect(hostIn('app.coinvexa.pro', ['coinvexa.pro'])).toBe(true);
    expect(hostIn('notcoinvexa.pro', ['coinvexa.pro'])).toBe(false);
    expect(hostIn('coinvexa.pro.evil.com', ['coinvexa.pro'])).toBe(false);
  });
});
