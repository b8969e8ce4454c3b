import { describe, expect, it } from 'vitest';
import { contentScriptSite, isBackground, isExtensionPage, type Self } from '../../src/extension/senders.ts';

const self: Self = { id: 'abc', origin: 'chrome-extension://abc/' };

describe('message senders', () => {
  it('takes the site of a scoring request from the sender URL, never from the message', () => {
    expect(contentScriptSite({ id: 'abc', url: 'https://web.whatsapp.com/', tab: { id: 3 } }, self)?.id).toBe('whatsapp');
    expect(contentScriptSite({ id: 'abc', url: 'https://example.com/', tab: { id: 3 } }, self)).toBeNull();
  });

  it('refuses other extensions, extension pages and senders without a tab as content scripts', () => {
    expect(contentScriptSite({ id: 'other', url: 'https://web.whatsapp.com/', tab: { id: 3 } }, self)).toBeNull();
    expect(contentScriptSite({ id: 'abc', url: 'https://web.whatsapp.com/' }, self)).toBeNull();
    expect(contentScriptSite({ id: 'abc', url: 'chrome-extension://abc/popup.html', tab: { id: 3 } }, self)).toBeNull();
  });

  it('knows its own pages and its own background worker', () => {
    expect(isExtensionPage({ id: 'abc', url: 'chrome-extension://abc/popup.html', tab: { id: 1 } }, self)).toBe(true);
    expect(isExtensionPage({ id: 'abc', url: 'https://web.whatsapp.com/', tab: { id: 1 } }, self)).toBe(false);
    expect(isExtensionPage({ id: 'other', url: 'chrome-extension://abc/popup.html' }, self)).toBe(false);
    expect(isBackground({ id: 'abc', url: 'chrome-extension://abc/background.js' }, self)).toBe(true);
    expect(isBackground({ id: 'abc', url: 'chrome-extension://abc/popup.html' }, self)).toBe(false);
    expect(isBackground({ id: 'abc', url: 'https://web.whatsapp.com/', tab: { id: 2 } }, self)).toBe(false);
  });
});
