import { describe, expect, it } from 'vitest';
import { guardPageUrl, readGuardView } from '../../../src/extension/guard/page-url.ts';

describe("the warning page's address", () => {
  it('carries the stopped page and the finding, and reads them back', () => {
    const url = guardPageUrl('chrome-extension://abc/guard.html', 'https://zymomer.cc/#/withdraw?a=1&b=2', { kind: 'listed_by_you', host: 'zymomer.cc' });
    expect(readGuardView(new URL(url).hash)).toEqual({ url: 'https://zymomer.cc/#/withdraw?a=1&b=2', finding: { kind: 'listed_by_you', host: 'zymomer.cc' } });
  });

  it("reads the redirect rule's form", () => {
    expect(readGuardView('#listed:https://zymomer.cc/login?x=1&y=2')).toEqual({ url: 'https://zymomer.cc/login?x=1&y=2', finding: { kind: 'listed' } });
  });

  it('refuses anything that is not a web page to go back to', () => {
    expect(readGuardView('#listed:javascript:alert(1)')).toBeNull();
    expect(readGuardView(`#${encodeURIComponent(JSON.stringify({ url: 'javascript:alert(1)', finding: { kind: 'listed' } }))}`)).toBeNull();
    expect(readGuardView('#%E0%A4%A')).toBeNull();
    expect(readGuardView('#{}')).toBeNull();
    expect(readGuardView('')).toBeNull();
  });
});
