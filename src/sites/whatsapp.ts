import { contentKey, plainText, namesIn } from './read.ts';
import type { SiteAdapter } from './types.ts';

// WhatsApp Web: each message carries data-id="<fromMe>_<chat id>_<message id>";
// "true_" marks the user's own messages. Text sits in .selectable-text.
export const whatsapp: SiteAdapter = {
  id: 'whatsapp',
  name: 'WhatsApp Web',
  matches: ['https://web.whatsapp.com/*'],
  exampleUrl: 'https://web.whatsapp.com/',
  thread: ['#main [data-testid="conversation-panel-messages"]', '#main [role="application"]', '#main'],
  message: ['[role="row"] [data-id]', '[data-id]', '.message-in, .message-out'],
  threadId(doc, thread) {
    const id = thread.querySelector('[data-id]')?.getAttribute('data-id') ?? '';
    const chat = /^(?:true|false)_([^_]+)_/.exec(id)?.[1];
    return chat ?? doc.querySelector('#main header [title]')?.getAttribute('title') ?? 'unknown';
  },
  contactName(doc) {
    return namesIn(doc, '#main header [title]');
  },
  read(el) {
    const id = el.getAttribute('data-id');
    const text = plainText(el.querySelector('.selectable-text') ?? el.querySelector('.copyable-text'));
    if (!text) return null;
    const mine = id ? id.startsWith('true_') : el.matches('.message-out, .message-out *') || !!el.closest('.message-out');
    return { key: id ?? contentKey(text), from: mine ? 'me' : 'them', text };
  },
};
