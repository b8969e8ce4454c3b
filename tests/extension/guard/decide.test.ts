import { describe, expect, it, vi } from 'vitest';
import { decideGuard, type GuardState } from '../../../src/extension/guard/decide.ts';
import { GUARD_DEFAULTS } from '../../../src/extension/guard/settings.ts';

const NOW = Date.UTC(2026, 11, 3);
const DAY = 24 * 60 * 60 * 1000;
const state = (over: Partial<GuardState> = {}): GuardState => ({ settings: { ...GUARD_DEFAULTS, enabled: true }, chatDomains: {}, continued: {}, ...over });
const engineSays = (finding: unknown) => vi.fn(async () => finding as never);

describe('what the platform guard decides', () => {
  it('asks the engine when nothing else decides', async () => {
    const judge = engineSays({ kind: 'domain', judgement: { kind: 'reported', host: 'zymomer.cc', domain: 'zymomer.cc' } });
    expect(await decideGuard('https://zymomer.cc/', null, state(), judge, NOW)).toMatchObject({ kind: 'domain' });
    expect(judge).toHaveBeenCalledWith('https://zymomer.cc/', null);
  });

  it('puts the user first: "open anyway" and trusted sites pass, their own list is stopped', async () => {
    const judge = engineSays({ kind: 'domain' });
    expect(await decideGuard('https://zymomer.cc/', null, state({ continued: { 'zymomer.cc': NOW + 1000 } }), judge, NOW)).toBeNull();
    expect(await decideGuard('https://app.zymomer.cc/', null, state({ settings: { ...GUARD_DEFAULTS, enabled: true, allowed: ['zymomer.cc'] } }), judge, NOW)).toBeNull();
    expect(judge).not.toHaveBeenCalled();
    const mine = await decideGuard('https://m.pushed-site.com/x', null, state({ settings: { ...GUARD_DEFAULTS, enabled: true, blocked: ['pushed-site.com'] } }), judge, NOW);
    expect(mine).toEqual({ kind: 'listed_by_you', host: 'm.pushed-site.com' });
  });

  it('an expired "open anyway" no longer passes', async () => {
    const judge = engineSays(null);
    await decideGuard('https://zymomer.cc/', null, state({ continued: { 'zymomer.cc': NOW - 1 } }), judge, NOW);
    expect(judge).toHaveBeenCalled();
  });

  it('stops a site a warned conversation sent, for 180 days', async () => {
    const judge = engineSays(null);
    const seen = state({ chatDomains: { 'coinvexa.pro': NOW - 10 * DAY } });
    expect(await decideGuard('https://www.coinvexa.pro/login', null, seen, judge, NOW)).toEqual({ kind: 'seen_in_chat', host: 'www.coinvexa.pro', domain: 'coinvexa.pro' });
    expect(await decideGuard('https://www.coinvexa.pro/login', null, state({ chatDomains: { 'coinvexa.pro': NOW - 200 * DAY } }), judge, NOW)).toBeNull();
    // Not a lookalike of the domain: a different site that ends the same way.
    expect(await decideGuard('https://notcoinvexa.pro/', null, seen, judge, NOW)).toBeNull();
  });

  it('judges only web pages', async () => {
    const judge = engineSays({ kind: 'domain' });
    for (const url of ['chrome://settings', 'file:///etc/passwd', 'not a url', 'chrome-extension://abc/guard.html']) {
      expect(await decideGuard(url, null, state(), judge, NOW)).toBeNull();
    }
    expect(judge).not.toHaveBeenCalled();
  });
});
