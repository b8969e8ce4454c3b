import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// OkCupid web: the conversation is a role="log" list of message rows with
// data-message-id; message-row--own marks the user's messages; the text is
// the bubble's paragraph (timestamps sit beside it).
export const okcupid: SiteAdapter = {
  id: 'okcupid',
  name: 'OkCupid',
  matches: ['https://www.okcupid.com/messages*'],
  exampleUrl: 'https://www.okcupid.com/messages/1000000000000001',
  thread: ['section.conversation [role="log"]', '[role="log"][aria-label="Messages"]', '.conversation__messages'],
  message: ['[data-message-id]', '.message-row', '.message-bubble'],
  threadId(doc) {
    return /\/messages\/([^/?#]+)/.exec(doc.location.pathname)?.[1] ?? doc.querySelector('.conversation__name')?.getAttribute('href')?.split('/').pop() ?? 'unknown';
  },
  read(el) {
    const text = plainText(el.querySelector('.message-bubble__text') ?? el.querySelector('.message-bubble'));
    if (!text) return null;
    const own = el.classList.contains('message-row--own') || el.querySelector('[aria-label="You said"]') !== null;
    return { key: el.getAttribute('data-message-id') ?? contentKey(own ? 'me' : 'them', text), from: own ? 'me' : 'them', text };
  },
};
