import { contentKey, plainText, namesIn } from './read.ts';
import type { SiteAdapter } from './types.ts';

// Telegram Web K (tweb): the open chat is #column-center .chat.active; its .bubbles-inner holds
// section.bubbles-date-group > .bubbles-group > div.bubble[data-mid][data-peer-id][data-timestamp].
// Direction is tweb's own "is-out"/"is-in" class; .bubble.service rows (dates, "joined Telegram")
// are not messages. Text is the bubble's .message minus its .time (clock, "edited", tick glyphs).

/** Parts of a .message that are not the message text. */
const NOT_TEXT = '.time, .time-inner, .reactions, .clearfix, .bubble-beside-button, .reply, .name, .topic-name-button-container';

function textWithout(element: Element | null, drop: string): string {
  if (!element) return '';
  const copy = element.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(drop)) part.remove();
  return plainText(copy);
}

export const telegramK: SiteAdapter = {
  id: 'telegram-k',
  name: 'Telegram Web K',
  matches: ['https://web.telegram.org/k/*'],
  exampleUrl: 'https://web.telegram.org/k/#@vivian_sg',
  thread: ['#column-center .chat.active .bubbles-inner', '.chat.active .bubbles-inner', '.bubbles-inner', '.bubbles .scrollable'],
  message: ['.bubble[data-mid]', '[data-mid][data-peer-id]', '.bubble.is-in, .bubble.is-out'],
  threadId(doc, thread) {
    // The chat's peer id: every bubble carries it, and so does the top bar's title.
    const peer =
      thread.querySelector('.bubble[data-peer-id]')?.getAttribute('data-peer-id') ??
      thread.closest('.chat')?.querySelector('.topbar .peer-title[data-peer-id]')?.getAttribute('data-peer-id');
    if (peer) return peer;
    const hash = decodeURIComponent(new URL(doc.location.href).hash.slice(1));
    return hash || 'unknown';
  },
  contactName(doc) {
    return namesIn(doc, '.chat .topbar .peer-title');
  },
  read(el) {
    if (el.classList.contains('service') || el.classList.contains('is-date')) return null;
    const body = el.querySelector('.bubble-content > .message') ?? el.querySelector('.message');
    const text = textWithout(body, NOT_TEXT);
    if (!text) return null;
    const mid = el.getAttribute('data-mid');
    const mine = el.classList.contains('is-out');
    return { key: mid ?? contentKey(el.getAttribute('data-timestamp') ?? '', text), from: mine ? 'me' : 'them', text };
  },
};
