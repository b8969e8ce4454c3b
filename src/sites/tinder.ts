import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// Tinder web: the open chat is a role="log" message list; each message wrapper
// carries a data-message-id and a sent/received modifier (msgWrp--sent,
// msg--sent); the text is the .text span inside the bubble.
export const tinder: SiteAdapter = {
  id: 'tinder',
  name: 'Tinder',
  matches: ['https://tinder.com/app/messages/*'],
  exampleUrl: 'https://tinder.com/app/messages/5f0000000000000000000001',
  thread: ['main [role="log"]', '.messageList', 'main.chat'],
  message: ['[data-message-id]', '.msgWrp', '.msg'],
  threadId(doc) {
    return /\/app\/messages\/([^/?#]+)/.exec(doc.location.pathname)?.[1] ?? 'unknown';
  },
  read(el) {
    const text = plainText(el.querySelector('.msg .text') ?? el.querySelector('.msg') ?? el);
    if (!text) return null;
    const sent = el.matches('.msgWrp--sent, .msg--sent') || el.querySelector('.msg--sent') !== null;
    return { key: el.getAttribute('data-message-id') ?? contentKey(sent ? 'me' : 'them', text), from: sent ? 'me' : 'them', text };
  },
};
