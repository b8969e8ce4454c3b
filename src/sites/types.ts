/**
 * A site adapter reads one chat site's page: the open thread, and each
 * message's text, direction and a stable key. Selectors are data, tried in
 * order (semantic hooks first, generated class names last); the level that
 * matched tells whether the reader is healthy or degraded.
 */
export interface SiteAdapter {
  id: string;
  name: string;
  /** Manifest match patterns (they become the content script's `matches`). */
  matches: string[];
  /** A conversation URL on the real site: the browser tests serve the fixtures there. */
  exampleUrl: string;
  /** The element holding the open conversation's messages, most reliable selector first. */
  thread: string[];
  /** Message elements inside the thread, most reliable selector first. */
  message: string[];
  /** A stable id for the open conversation (URL path, a data attribute, the contact's name). */
  threadId(doc: Document, thread: Element): string;
  /** Reads one message element, or null for something that is not a message (a date divider). */
  read(element: Element): { key: string; from: 'them' | 'me'; text: string } | null;
  /** The other party's name as the chat's header shows it, so samples can redact it (optional). */
  contactName?(doc: Document): string[];
}

/** A message as read from the page. */
export interface PageMessage {
  key: string;
  from: 'them' | 'me';
  text: string;
  element: Element;
}

export interface ThreadReading {
  threadId: string;
  thread: Element;
  messages: PageMessage[];
  /** 0: the first (most reliable) selectors matched; higher: fallbacks; null: nothing found. */
  health: { thread: number; message: number | null };
}
