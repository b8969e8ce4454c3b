import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// Bumble web: the conversation carries data-conversation-id; messages are
// [data-qa-role="message"] with message--in / message--out; the text is the
// .message-bubble__text block (status lines such as "Read" sit outside it).
export const bumble: SiteAdapter = {
  id: 'bumble',
  name: 'Bumble',
  matches: ['https://bumble.com/app*', 'https://bumble.com/*/app*'],
  exampleUrl: 'https://bumble.com/app/connections',
  thread: ['[data-qa-role="messages-list"]', '.messages-list', '[data-qa-role="conversation"]'],
  message: ['[data-qa-role="message"]', '.message--in, .message--out', '.message'],
  threadId(doc, thread) {
    return thread.closest('[data-conversation-id]')?.getAttribute('data-conversation-id') || doc.querySelector('[data-qa-role="chat-name"]')?.textContent?.trim() || 'unknown';
  },
  read(el) {
    const text = plainText(el.querySelector('.message-bubble__text'));
    if (!text) return null;
    const out = el.classList.contains('message--out') || el.querySelector('.message-bubble--out') !== null;
    return { key: el.getAttribute('data-message-id') ?? contentKey(out ? 'me' : 'them', text), from: out ? 'me' : 'them', text };
  },
};
