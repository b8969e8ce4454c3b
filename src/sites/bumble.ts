import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// Bumble: TODO describe the markup this adapter relies on (which attributes give keys and direction).
export const bumble: SiteAdapter = {
  id: 'bumble',
  name: 'Bumble',
  matches: ['https://bumble.com/*'],
  exampleUrl: 'https://bumble.com/app/connections',
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
