import { describe, expect, it } from 'vitest';
import { guardPageUrl, newToken, readGuardTicket } from '../../../src/extension/guard/page-url.ts';

describe("the warning page's address", () => {
  it('carries only a random key to what the background recorded', () => {
    const token = newToken();
    expect(token).toMatch(/^[a-f0-9]{32}$/);
    expect(newToken()).not.toBe(token);
    expect(readGuardTicket(new URL(guardPageUrl('chrome-extension://abc/guard.html', token)).hash)).toEqual({ token });
  });

  it("reads the redirect rule's form", () => {
    expect(readGuardTicket('#listed:https://zymomer.cc/login?x=1&y=2')).toEqual({ listed: 'https://zymomer.cc/login?x=1&y=2' });
  });

  it('refuses anything else: a finding or text in the address, a page that is not on the web', () => {
    expect(readGuardTicket('#listed:javascript:alert(1)')).toBeNull();
    expect(readGuardTicket(`#${encodeURIComponent(JSON.stringify({ url: 'https://evil.example/', finding: { kind: 'listed_by_you', host: 'x' } }))}`)).toBeNull();
    expect(readGuardTicket('#%E0%A4%A')).toBeNull();
    expect(readGuardTicket('#{}')).toBeNull();
    expect(readGuardTicket('')).toBeNull();
  });
});
