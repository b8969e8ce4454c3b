import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// LinkedIn messaging (hand-written BEM classes, not generated): ul.msg-s-message-list-content >
// li.msg-s-message-list__event > .msg-s-event-listitem[data-event-urn] (the key); the modifier
// msg-s-event-listitem--other marks their messages, its absence mine; text in p.msg-s-event-listitem__body.

const THREAD_PATH = /\/messaging\/thread\/([^/?#]+)/;

export const linkedin: SiteAdapter = {
  id: 'linkedin',
  name: 'LinkedIn messaging',
  matches: ['https://www.linkedin.com/messaging/*'],
  exampleUrl: 'https://www.linkedin.com/messaging/thread/2-NWYzYzlhMmUtN2I0MS00YzhkLTllNmEtMWQyYjNjNGQ1ZTZmXzAxMg==/',
  thread: ['main .msg-s-message-list-content', '.msg-s-message-list-content', '.msg-s-message-list'],
  message: ['.msg-s-event-listitem[data-event-urn]', 'li.msg-s-message-list__event', '.msg-s-event-listitem'],
  threadId(doc, thread) {
    const id = THREAD_PATH.exec(new URL(doc.location.href).pathname)?.[1];
    if (id) return id;
    const pane = thread.closest('.msg-thread, .msg-convo-wrapper, .msg-overlay-conversation-bubble') ?? doc;
    const profile = pane.querySelector('a.msg-thread__link-to-profile, .msg-entity-lockup__entity-title');
    return profile?.getAttribute('href') ?? (plainText(profile) || 'unknown');
  },
  read(el) {
    const item = el.matches('.msg-s-event-listitem') ? el : el.querySelector('.msg-s-event-listitem');
    if (!item) return null; // a date heading, the profile card, the typing indicator
    const text = plainText(item.querySelector('.msg-s-event-listitem__body'));
    if (!text) return null; // attachment, reaction-only or system event
    const from = item.classList.contains('msg-s-event-listitem--other') ? 'them' : 'me';
    return { key: item.getAttribute('data-event-urn') || contentKey(from, text), from, text };
  },
};
