import type { SiteAdapter } from './types.ts';
import { alignedEnd, metaBubble, metaText, repeatKey } from './messenger.ts';

// Instagram DMs: data-pagelet="IGDMessagesList" > role="group" per message (older builds: Messenger's
// role="row" > gridcell data-scope="messages_table"); div[role="presentation"] bubble, text in [dir="auto"].
// Theirs: the group links to their profile around the avatar; mine: the bubble is laid out flex-end.
// No message id in the page: keys hash direction, text and its repeat count.

const THREAD_PATH = /\/direct\/t\/([^/?#]+)/;
/** A link to a profile page ("/vivian.lim/"), not to a post, reel or story shared in the chat. */
const PROFILE_HREF = /^(?:https:\/\/www\.instagram\.com)?\/(?!p\/|reels?\/|stories\/|direct\/|explore\/)[^/?#]+\/?$/;

export const instagram: SiteAdapter = {
  id: 'instagram',
  name: 'Instagram direct messages',
  matches: ['https://www.instagram.com/direct/*'],
  exampleUrl: 'https://www.instagram.com/direct/t/340282366841710300949128100000000001/',
  thread: [
    '[data-pagelet="IGDMessagesList"]',
    '[data-pagelet="IGDOpenMessageList"]',
    '[role="grid"][aria-label^="Messages in conversation"]',
  ],
  message: ['[role="group"][tabindex="-1"]', '[role="row"] [role="gridcell"][data-scope="messages_table"]', '[role="group"]', '[role="row"]'],
  threadId(doc, thread) {
    const id = THREAD_PATH.exec(new URL(doc.location.href).pathname)?.[1];
    if (id) return id;
    const profile = doc.querySelector('main a[aria-label][href] h2')?.closest('a')?.getAttribute('href');
    return profile ?? thread.getAttribute('aria-label') ?? 'unknown';
  },
  read(el) {
    const bubble = metaBubble(el);
    if (!bubble) return null;
    const text = metaText(el);
    if (!text) return null; // photo, voice message, shared post without caption
    const theirs = [...el.querySelectorAll('a[href]')].some(
      (a) => !bubble.contains(a) && a.querySelector('img') !== null && PROFILE_HREF.test(a.getAttribute('href') ?? ''),
    );
    const from = !theirs && alignedEnd(bubble, el) ? 'me' : 'them';
    const scope = el.closest('[data-pagelet], [role="grid"]') ?? el.ownerDocument;
    const selector = instagram.message.find((s) => el.matches(s)) ?? '[role="group"]';
    return { key: repeatKey(el, scope, selector, from, text), from, text };
  },
};
