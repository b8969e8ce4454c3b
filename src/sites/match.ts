import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// Match (www.match.com React app, emotion "css-*" classes): the conversation pane's
// ul[data-testid="message-history"] holds li[data-message-id] (the key) with data-direction
// "outgoing" / "incoming" (fallback: the visually hidden "You said:" label) and data-message-type
// ("SYSTEM" notices are skipped); the text is [data-testid="message-text"] in the bubble.
const TEXT = '[data-testid="message-text"]';
const BUBBLE = '[data-testid="message-bubble"]';

export const match: SiteAdapter = {
  id: 'match',
  name: 'Match',
  matches: ['https://www.match.com/messages*', 'https://www.match.com/messaging*'],
  exampleUrl: 'https://www.match.com/messages/conversation/qJ7dYx2mR9kT4vLw',
  thread: [
    '[data-testid="conversation-pane"] [data-testid="message-history"]',
    '[data-testid="message-history"]',
    'ul[aria-label="Message history"]',
    'main section[aria-label^="Conversation"] ul[role="list"]',
  ],
  message: ['li[data-message-id]', '[data-testid="message-item"]', '[role="listitem"]'],
  threadId(doc, thread) {
    const fromUrl = /^\/messag(?:es|ing)\/conversation\/([^/?#]+)/.exec(new URL(doc.location.href).pathname)?.[1];
    if (fromUrl) return fromUrl;
    const scope = thread.closest('[data-testid="conversation-pane"]') ?? doc;
    const profile = scope.querySelector('header a[href*="/profile/"]')?.getAttribute('href') ?? '';
    return /\/profile\/([^/?#]+)/.exec(profile)?.[1] ?? 'unknown';
  },
  read(el) {
    if (el.getAttribute('data-message-type') === 'SYSTEM') return null;
    const text = plainText(el.querySelector(TEXT) ?? el.querySelector(BUBBLE));
    if (!text) return null;
    const direction = el.getAttribute('data-direction');
    const mine = direction ? direction === 'outgoing' : /^you said/i.test(el.querySelector('.visually-hidden')?.textContent?.trim() ?? '');
    const from = mine ? 'me' : 'them';
    const time = el.querySelector('time')?.getAttribute('datetime') ?? '';
    return { key: el.getAttribute('data-message-id') || contentKey(from, text, time), from, text };
  },
};
