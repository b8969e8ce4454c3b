import { alignedEnd } from './messenger.ts';
import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// Tinder web (tinder.com/app, Atomic CSS classes such as "D(f) Jc(fe)"): the open chat is
// div[aria-label="Conversation history"]; a message is .msgHelper > .msgWrp > .msg bubble with the
// text in span.text. Mine: the bubble wears the "...chat-bubble-send" colour token, or its row is
// laid out flex-end. No message id in the page: keys hash direction, text and its repeat count.

const BUBBLE = '.msg, [class*="chat-bubble-"]';
/** Parts of a bubble that are not the message text (screen-reader labels, times, buttons). */
const NOT_TEXT = '.Hidden, time, button, [aria-hidden="true"]';
const MATCH_PATH = /^\/app\/messages\/([^/?#]+)/;

function bubbleOf(el: Element): Element | null {
  return el.matches(BUBBLE) ? el : (el.querySelector('.msg') ?? el.querySelector('[class*="chat-bubble-"]'));
}

function textOf(bubble: Element): string {
  const text = plainText(bubble.querySelector('.text'));
  if (text) return text;
  const copy = bubble.cloneNode(true) as Element;
  for (const part of copy.querySelectorAll(NOT_TEXT)) part.remove();
  return plainText(copy);
}

/** Direction and text of a message element, or null for anything else (dates, "Sent", the match banner). */
function parts(el: Element): { from: 'them' | 'me'; text: string } | null {
  const bubble = bubbleOf(el);
  if (!bubble) return null;
  const text = textOf(bubble);
  if (!text) return null; // GIF, sticker, deleted message
  // The row around .msgHelper carries the alignment (Jc(fe) for mine).
  const row = el.closest('.msgHelper')?.parentElement ?? el.parentElement ?? el;
  const mine = (bubble.getAttribute('class') ?? '').includes('chat-bubble-send') || alignedEnd(bubble, row);
  return { from: mine ? 'me' : 'them', text };
}

export const tinder: SiteAdapter = {
  id: 'tinder',
  name: 'Tinder',
  // Tinder is a single-page app under /app: chats open from /app/recs or /app/matches without a page
  // load, so the content script has to be there from the start.
  matches: ['https://tinder.com/app/*'],
  exampleUrl: 'https://tinder.com/app/messages/6512a9c4e8b7d6c5b4a3928165f0d1c2b3a4f5e6d7c8b9a0',
  thread: ['[aria-label="Conversation history"]', 'main [role="log"]', '.chat [role="log"]'],
  message: ['.msgHelper', '.msgWrp', '[class*="chat-bubble-"]'],
  threadId(doc, thread) {
    // The match id (both users' ids joined) is the last part of /app/messages/<match id>.
    const id = MATCH_PATH.exec(new URL(doc.location.href).pathname)?.[1];
    if (id) return id;
    const current = doc.querySelector('a[aria-current="page"][href^="/app/messages/"]')?.getAttribute('href') ?? '';
    return MATCH_PATH.exec(current)?.[1] ?? thread.getAttribute('aria-label') ?? 'unknown';
  },
  read(el) {
    const own = parts(el);
    if (!own) return null;
    // A repeated "ok" keeps a key of its own: count the same (direction, text) earlier in the thread.
    const selector = tinder.message.find((s) => el.matches(s)) ?? '.msgHelper';
    const scope = el.closest('[aria-label="Conversation history"], [role="log"]') ?? el.ownerDocument;
    let seen = 0;
    for (const other of scope.querySelectorAll(selector)) {
      if (other === el) break;
      const p = parts(other);
      if (p && p.from === own.from && p.text === own.text) seen++;
    }
    return { key: contentKey(own.from, own.text, String(seen)), ...own };
  },
};
