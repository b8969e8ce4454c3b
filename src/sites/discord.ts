import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// Discord: the channel's ol[data-list-id="chat-messages"] holds li#chat-messages-<channel>-<id>,
// each a role="article" [data-list-item-id="chat-messages___chat-messages-<channel>-<id>"] whose
// text is #message-content-<id> (minus its <time>, e.g. "(edited)"). Discord marks no direction:
// the author is the group's #message-username-<id> (aria-labelledby of every message names it),
// compared with the signed-in user in section[aria-label="User area"] (avatar user id, else
// display name or username). Dividers and the channel intro are not articles.

const SNOWFLAKE = /(\d{15,22})$/;
const AVATAR_USER = /\/(?:avatars|users)\/(\d{15,22})\//;

function norm(name: string | null | undefined): string {
  return (name ?? '').normalize('NFKC').trim().toLowerCase();
}

function messageId(article: Element): string | null {
  const id = article.getAttribute('data-list-item-id') ?? article.closest('li[id^="chat-messages-"]')?.id ?? article.id;
  return SNOWFLAKE.exec(id ?? '')?.[1] ?? null;
}

/** The avatar of a group's first message (not the small one of a replied-to message). */
function avatarUserId(article: Element | null): string | null {
  if (!article) return null;
  for (const img of article.querySelectorAll('img')) {
    if (img.closest('[id^="message-reply-context-"], [id^="message-content-"], [id^="message-accessories-"]')) continue;
    const user = AVATAR_USER.exec(img.getAttribute('src') ?? '')?.[1];
    if (user) return user;
  }
  return null;
}

/** The header (username) of the message group this article belongs to. */
function groupHeader(article: Element): Element | null {
  const doc = article.ownerDocument;
  const head = /message-username-(\d+)/.exec(article.getAttribute('aria-labelledby') ?? '')?.[1];
  const byId = head ? doc.getElementById(`message-username-${head}`) : null;
  if (byId) return byId;
  // Older markup: walk back to the group's first message.
  let row: Element | null = article.closest('li') ?? article;
  while (row) {
    const header = row.querySelector('[id^="message-username-"]');
    if (header && !header.closest('[id^="message-reply-context-"]')) return header;
    row = row.previousElementSibling;
    if (row && row.tagName !== 'LI') break; // a date divider starts a new group
  }
  return null;
}

function authorName(header: Element): string {
  const named = header.querySelector('[data-text]');
  return named?.getAttribute('data-text') ?? named?.textContent ?? header.querySelector('[role="button"]')?.textContent ?? header.textContent ?? '';
}

/** The signed-in user, from the user panel at the bottom of the channel list. */
function currentUser(doc: Document): { id: string | null; names: Set<string> } {
  const area = doc.querySelector('section[aria-label="User area"]') ?? doc.querySelector('section[class*="panels"]');
  const names = new Set<string>();
  if (!area) return { id: null, names };
  const handle = area.querySelector('[role="img"][aria-label]')?.getAttribute('aria-label');
  if (handle) names.add(norm(handle.replace(/,[^,]*$/, '')));
  const title = area.querySelector('[class*="panelTitleContainer"]')?.textContent;
  if (title) names.add(norm(title));
  names.delete('');
  let id: string | null = null;
  for (const img of area.querySelectorAll('img')) id ??= AVATAR_USER.exec(img.getAttribute('src') ?? '')?.[1] ?? null;
  return { id, names };
}

export const discord: SiteAdapter = {
  id: 'discord',
  name: 'Discord',
  // Discord is a single-page app: chats live under /channels/, and /app and /login lead there without a reload.
  matches: ['https://discord.com/channels/*', 'https://discord.com/app*', 'https://discord.com/login*'],
  exampleUrl: 'https://discord.com/channels/@me/1190000000000000001',
  thread: ['ol[data-list-id="chat-messages"]', '[data-list-id="chat-messages"]', 'main ol[role="list"]', '[class*="scrollerInner"]'],
  message: [
    'li[id^="chat-messages-"] > [role="article"][data-list-item-id^="chat-messages___"]',
    '[role="article"][data-list-item-id^="chat-messages___"]',
    'li[id^="chat-messages-"]',
    '[class*="messageListItem"]',
  ],
  threadId(doc, thread) {
    const path = /^\/channels\/[^/]+\/(\d+)/.exec(new URL(doc.location.href).pathname)?.[1];
    if (path) return path;
    const row = thread.querySelector('li[id^="chat-messages-"]')?.id;
    return /^chat-messages-(\d+)-/.exec(row ?? '')?.[1] ?? 'unknown';
  },
  read(el) {
    const article = el.matches('[role="article"]') ? el : (el.querySelector('[role="article"]') ?? el);
    const id = messageId(article);
    const body =
      (id ? article.querySelector(`[id="message-content-${id}"]`) : null) ??
      [...article.querySelectorAll('[id^="message-content-"]')].find((c) => !c.closest('[id^="message-reply-context-"]'));
    if (!body) return null; // system rows (calls, pins) and dividers
    const copy = body.cloneNode(true) as Element;
    for (const part of copy.querySelectorAll('time')) part.remove();
    const text = plainText(copy);
    if (!text) return null;

    const header = groupHeader(article);
    const me = currentUser(article.ownerDocument);
    const authorId = avatarUserId(header?.closest('[role="article"]') ?? null);
    let mine = false;
    if (authorId && me.id) mine = authorId === me.id;
    else if (header && me.names.size) mine = me.names.has(norm(authorName(header)));
    else if (header) {
      // No user panel: in a direct message, whoever is not the person in the channel header is the user.
      const other = article.ownerDocument.querySelector('section[aria-label="Channel header"] h1')?.textContent;
      mine = /\/channels\/@me\//.test(article.ownerDocument.location.pathname) && !!other && norm(other) !== norm(authorName(header));
    }
    return { key: id ?? contentKey(text), from: mine ? 'me' : 'them', text };
  },
};
