import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// Plenty of Fish (www.pof.com React app, styled-components "sc-*" classes): the open conversation's
// div[role="log"][data-testid="message-list"] holds rows keyed by data-message-id; data-testid
// "sent-message" / "received-message" gives the direction, data-message-type="system" marks notices;
// the text is [data-testid="message-text"] inside [data-testid="message-bubble"] (time sits outside).
const ROW = '[data-message-id], [data-testid="sent-message"], [data-testid="received-message"], [data-testid="system-message"]';
const TEXT = '[data-testid="message-text"]';
const BUBBLE = '[data-testid="message-bubble"]';

export const plentyOfFish: SiteAdapter = {
  id: 'plenty-of-fish',
  name: 'Plenty of Fish',
  matches: ['https://www.pof.com/conversations*', 'https://www.pof.com/inbox*'],
  exampleUrl: 'https://www.pof.com/conversations/284617395',
  thread: ['[data-testid="conversation"] [role="log"]', '[data-testid="message-list"]', 'main [role="log"]', 'main [aria-live="polite"]'],
  message: ['[data-message-id]', '[data-testid="sent-message"], [data-testid="received-message"], [data-testid="system-message"]', BUBBLE],
  threadId(doc, thread) {
    const fromUrl = /^\/(?:conversations|inbox)\/(\d+)/.exec(new URL(doc.location.href).pathname)?.[1];
    if (fromUrl) return fromUrl;
    const scope = thread.closest('[data-testid="conversation"]') ?? doc;
    const profile = scope.querySelector('a[href*="/profile/"]')?.getAttribute('href') ?? '';
    return /\/profile\/(\d+)/.exec(profile)?.[1] ?? 'unknown';
  },
  read(el) {
    const row = el.closest(ROW) ?? el;
    if (row.getAttribute('data-message-type') === 'system' || row.getAttribute('data-testid') === 'system-message') return null;
    const text = plainText(el.querySelector(TEXT) ?? (el.matches(BUBBLE) ? el : el.querySelector(BUBBLE)));
    if (!text) return null;
    const from = row.getAttribute('data-testid') === 'sent-message' ? 'me' : 'them';
    const time = row.querySelector('time')?.getAttribute('datetime') ?? '';
    return { key: row.getAttribute('data-message-id') || contentKey(from, text, time), from, text };
  },
};
