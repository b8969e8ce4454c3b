import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// Messenger: role="grid" "Messages in conversation ..." > role="row" > role="gridcell"
// data-scope="messages_table"; a message's div[role="presentation"] bubble holds the text in [dir="auto"].
// Mine: the hidden h5/h6 heading says "You sent", or the bubble is laid out flex-end. No message id in
// the page: keys hash direction, text and its repeat count.

const THREAD_PATH = /\/(?:messages\/)?(?:e2ee\/)?t\/([^/?#]+)/;
const OWN_HEADING = /^you (?:sent|replied|forwarded)\b/i;

/** The message bubble of a Meta chat cell; the last one, so a quoted message above a reply is skipped. */
export function metaBubble(cell: Element): Element | null {
  const bubbles = [...cell.querySelectorAll('div[role="presentation"]')].filter((b) => !b.parentElement?.closest('div[role="presentation"]'));
  return bubbles.at(-1) ?? null;
}

/** The text of a Meta chat cell's bubble (emoji drawn as images keep their alt text). */
export function metaText(cell: Element): string {
  const bubble = metaBubble(cell);
  return bubble ? plainText(bubble.querySelector('[dir="auto"]') ?? bubble) : '';
}

/**
 * Whether the bubble is laid out at the end of its line (the user's side, in either writing
 * direction), from the styles the page computes rather than from generated class names.
 */
export function alignedEnd(bubble: Element, cell: Element): boolean {
  const view = bubble.ownerDocument.defaultView;
  if (!view) return false;
  for (let node = bubble.parentElement; node && node !== cell.parentElement; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (!style.display.includes('flex')) continue;
    const direction = style.flexDirection || 'row';
    if (direction.startsWith('row')) {
      const justify = style.justifyContent || 'normal';
      if (justify === 'flex-end' || justify === 'end') return true;
      if (direction === 'row-reverse' && /^(?:flex-start|start|normal)$/.test(justify)) return true;
    } else if (style.alignItems === 'flex-end' || style.alignItems === 'end') return true;
  }
  return false;
}

/**
 * A key for a message the site gives no id: direction, text, and how many earlier messages of
 * the thread (elements matching `selector` under `scope`) carry the same text, so a second
 * "ok" is a message of its own.
 */
export function repeatKey(cell: Element, scope: ParentNode, selector: string, from: string, text: string): string {
  const raw = metaBubble(cell)?.textContent;
  let seen = 0;
  for (const other of scope.querySelectorAll(selector)) {
    if (other === cell) break;
    if (metaBubble(other)?.textContent === raw && metaText(other) === text) seen++;
  }
  return contentKey(from, text, String(seen));
}

export const messenger: SiteAdapter = {
  id: 'messenger',
  name: 'Messenger',
  // messenger.com is the chat app throughout (its root routes into a thread client-side);
  // on facebook.com only the Messages section (/messages/t/..., /messages/e2ee/t/...).
  matches: ['https://www.messenger.com/*', 'https://www.facebook.com/messages/*'],
  exampleUrl: 'https://www.messenger.com/t/100000000000001',
  thread: [
    '[role="main"] [role="grid"][aria-label^="Messages in conversation"]',
    '[role="grid"][aria-label^="Messages in conversation"]',
    '[role="main"] [role="grid"]',
    '[role="main"]',
  ],
  message: ['[role="row"] [role="gridcell"][data-scope="messages_table"]', '[data-scope="messages_table"]', '[role="row"]'],
  threadId(doc, thread) {
    return THREAD_PATH.exec(new URL(doc.location.href).pathname)?.[1] ?? thread.getAttribute('aria-label') ?? 'unknown';
  },
  read(el) {
    const bubble = metaBubble(el);
    if (!bubble) return null; // date break, encryption notice, typing indicator
    const text = metaText(el);
    if (!text) return null; // photo, sticker, call log
    const heading = plainText(el.querySelector('h5, h6'));
    const from = OWN_HEADING.test(heading) || alignedEnd(bubble, el) ? 'me' : 'them';
    const scope = el.closest('[role="grid"]') ?? el.ownerDocument;
    const selector = messenger.message.find((s) => el.matches(s)) ?? '[role="row"]';
    return { key: repeatKey(el, scope, selector, from, text), from, text };
  },
};
