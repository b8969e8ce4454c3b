import { contentKey, plainText, namesIn } from './read.ts';
import type { SiteAdapter } from './types.ts';

// Telegram Web A (telegram-tt): #MiddleColumn .MessageList .messages-container holds
// .message-date-group blocks; each message is div.Message#message-<id>[data-message-id] and the
// class "own" marks the user's messages. .ActionMessage rows ("joined Telegram"), .sticky-date
// headers and the unread divider are not messages. Text is the .text-content minus its
// .MessageMeta (time, "edited", ticks) and .Reactions. The URL hash is the chat id.

/** Parts of a .text-content that are not the message text. */
const NOT_TEXT = '.MessageMeta, .Reactions, .translation-animation, .message-action-button, .quick-reaction';

function textWithout(element: Element | null, drop: string): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(drop)) part.remove();
  return plainText(copy);
}

export const telegramA: SiteAdapter = {
  id: 'telegram-a',
  name: 'Telegram Web A',
  matches: ['https://web.telegram.org/a/*'],
  exampleUrl: 'https://web.telegram.org/a/#7000123456',
  thread: ['#MiddleColumn .MessageList .messages-container', '.MessageList .messages-container', '.MessageList'],
  message: ['[id^="message-"][data-message-id]', '.message-list-item[data-message-id]', '.Message'],
  threadId(doc) {
    // "#7000123456" for a user, "#-1001234567890" for a group or channel, "_<topic>" for a topic.
    const hash = decodeURIComponent(new URL(doc.location.href).hash.slice(1)).split('?')[0];
    if (hash) return hash;
    const peer = doc.querySelector('#MiddleColumn .MiddleHeader .ChatInfo [data-peer-id]')?.getAttribute('data-peer-id');
    return peer ?? doc.querySelector('#MiddleColumn .MiddleHeader .fullName')?.textContent?.trim() ?? 'unknown';
  },
  contactName(doc) {
    return namesIn(doc, '#MiddleColumn .MiddleHeader .fullName');
  },
  read(el) {
    if (el.matches('.ActionMessage, .DeletedMessage, .bottom-marker, [id^="message-group-"]')) return null;
    const body = el.querySelector('.content-inner > .text-content') ?? el.querySelector('.text-content');
    const text = textWithout(body, NOT_TEXT);
    if (!text) return null;
    const id = el.getAttribute('data-message-id') ?? /^message-(.+)$/.exec(el.id)?.[1];
    const mine = el.classList.contains('own');
    return { key: id ?? contentKey(mine ? 'me' : 'them', text), from: mine ? 'me' : 'them', text };
  },
};
