import { alignedEnd } from './messenger.ts';
import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// OkCupid web: a chat opens in the global messenger window (over /messages, profiles, Discover): its
// .messenger-message-pane lists [data-cy="messenger.messageRow"] rows (bubble, sometimes a <time>);
// the window's header link carries the other person's data-userid. Other class names are CSS-module
// hashes, so mine is read from layout: my rows are justified flex-end. No message id in the page:
// keys hash direction, text and its repeat count.

const ROW = '[data-cy="messenger.messageRow"]';
/** Parts of a row that are not the message text. */
const NOT_TEXT = 'time, button, [aria-hidden="true"]';

/** Direction and text of a message row, or null for a row without text (a photo, a like). */
function parts(el: Element): { from: 'them' | 'me'; text: string } | null {
  const copy = el.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(NOT_TEXT)) part.remove();
  const text = plainText(copy);
  if (!text) return null;
  const bubble = [...el.children].find((child) => child.tagName !== 'TIME') ?? el;
  return { from: alignedEnd(bubble, el) ? 'me' : 'them', text };
}

export const okcupid: SiteAdapter = {
  id: 'okcupid',
  name: 'OkCupid',
  // The messenger window can open on any page of the app (it is a single-page app), not only /messages.
  matches: ['https://www.okcupid.com/*'],
  exampleUrl: 'https://www.okcupid.com/messages',
  thread: ['.messenger-message-pane', '.messenger-main-window-container', '.messenger'],
  message: [ROW, '[data-cy*="messageRow"]', '.messenger-message-pane [class*="messageRow"]'],
  threadId(doc, thread) {
    const chat = thread.closest('.messenger') ?? doc;
    const user = chat.querySelector('.messenger-user-row [data-userid], [data-userid]')?.getAttribute('data-userid');
    if (user) return user;
    const fromUrl = /^\/messages\/([^/?#]+)/.exec(new URL(doc.location.href).pathname)?.[1];
    if (fromUrl) return fromUrl;
    const profile = chat.querySelector('.messenger-user-row a[href*="/profile/"]')?.getAttribute('href') ?? '';
    return /\/profile\/([^/?#]+)/.exec(profile)?.[1] ?? 'unknown';
  },
  read(el) {
    const own = parts(el);
    if (!own) return null;
    // A repeated "ok" keeps a key of its own: count the same (direction, text) earlier in the thread.
    const selector = okcupid.message.find((s) => el.matches(s)) ?? ROW;
    const scope = el.closest('.messenger-message-pane') ?? el.ownerDocument;
    let seen = 0;
    for (const other of scope.querySelectorAll(selector)) {
      if (other === el) break;
      const p = parts(other);
      if (p && p.from === own.from && p.text === own.text) seen++;
    }
    return { key: contentKey(own.from, own.text, String(seen)), ...own };
  },
};
