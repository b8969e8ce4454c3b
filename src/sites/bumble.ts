import { alignedEnd } from './messenger.ts';
import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// Bumble web (bumble.com/app, BEM class names): the open chat is .messages-list__conversation, whose
// .message rows carry message--in / message--out (.message-group-date rows between them are dates);
// the text is .message-bubble__text. The chat's id is the selected sidebar contact's data-qa-uid.
// No message id in the page: keys hash direction, text and its repeat count.

const SELECTED_CONTACT = '.contact.is-active[data-qa-uid], .contact.is-selected[data-qa-uid], [data-qa-role="contact"][aria-selected="true"][data-qa-uid]';

/** Direction and text of a message row, or null for anything else (dates, GIF, voice or photo messages). */
function parts(el: Element): { from: 'them' | 'me'; text: string } | null {
  const row = el.closest('.message') ?? el;
  if (row.classList.contains('message-group-date')) return null;
  const text = plainText(row.querySelector('.message-bubble__text'));
  if (!text) return null;
  const bubble = row.querySelector('.message-bubble') ?? row.querySelector('.message-bubble__text')!;
  const mine = row.classList.contains('message--out') || (!row.classList.contains('message--in') && alignedEnd(bubble, row));
  return { from: mine ? 'me' : 'them', text };
}

export const bumble: SiteAdapter = {
  id: 'bumble',
  name: 'Bumble',
  // The web app lives under /app (chats: /app/connections), on bumble.com and regional hosts
  // such as eu1.bumble.com; it routes between its pages without a page load.
  matches: ['https://*.bumble.com/app*'],
  exampleUrl: 'https://bumble.com/app/connections',
  thread: ['.messages-list__conversation', '.messages-list .scroll__inner', '.page__content .messages-list'],
  message: ['.messages-list__conversation > .message', '.message--in, .message--out', '[class*="message--"]'],
  threadId(doc, thread) {
    const uid = doc.querySelector(SELECTED_CONTACT)?.getAttribute('data-qa-uid');
    if (uid) return uid;
    const fromUrl = /^\/app\/connections\/([^/?#]+)/.exec(new URL(doc.location.href).pathname)?.[1];
    if (fromUrl) return fromUrl;
    const scope = thread.closest('.page__content') ?? doc;
    return plainText(scope.querySelector('.messages-header__name')) || 'unknown';
  },
  read(el) {
    const own = parts(el);
    if (!own) return null;
    // A repeated "ok" keeps a key of its own: count the same (direction, text) earlier in the thread.
    const selector = bumble.message.find((s) => el.matches(s)) ?? '.message';
    const scope = el.closest('.messages-list') ?? el.ownerDocument;
    let seen = 0;
    for (const other of scope.querySelectorAll(selector)) {
      if (other === el) break;
      const p = parts(other);
      if (p && p.from === own.from && p.text === own.text) seen++;
    }
    return { key: contentKey(own.from, own.text, String(seen)), ...own };
  },
};
