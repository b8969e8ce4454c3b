import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// Tinder: TODO describe the markup this adapter relies on (which attributes give keys and direction).
export const tinder: SiteAdapter = {
  id: 'tinder',
  name: 'Tinder',
  matches: ['https://tinder.com/*'],
  exampleUrl: 'https://tinder.com/app/messages/5f0000000000000000000001',
  thread: ['[data-rf-thread]'],
  message: ['[data-rf-message]'],
  threadId(doc) {
    return new URL(doc.location.href).pathname;
  },
  read(el) {
    const text = plainText(el.querySelector('[data-rf-text]'));
    if (!text) return null;
    return { key: el.getAttribute('data-rf-message') || contentKey(text), from: el.getAttribute('data-rf-from') === 'me' ? 'me' : 'them', text };
  },
};
