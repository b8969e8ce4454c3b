import { adapterFor } from '../sites/registry.ts';
import type { SiteAdapter } from '../sites/types.ts';

/** The parts of a message's sender (runtime.MessageSender) that the handlers look at. */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

/** This extension's identity, as the handlers compare senders against it. */
export interface Self {
  id: string;
  /** The extension's origin with a trailing slash (`chrome-extension://ID/`). */
  origin: string;
}

/**
 * The site of a message sent by RedFlag's content script: the sender is this
 * extension, in a tab, on a page a site adapter claims. The site comes from the
 * sender's URL, which the browser sets, never from the message.
 */
export function contentScriptSite(sender: Sender, self: Self): SiteAdapter | null {
  if (sender.id !== self.id || sender.tab?.id === undefined || !sender.url || sender.url.startsWith(self.origin)) return null;
  return adapterFor(sender.url);
}

/** A message from one of RedFlag's own pages (the popup), not from a content script. */
export function isExtensionPage(sender: Sender, self: Self): boolean {
  return sender.id === self.id && typeof sender.url === 'string' && sender.url.startsWith(self.origin);
}

/** A message from the background service worker, the only caller the offscreen scorer answers. */
export function isBackground(sender: Sender, self: Self): boolean {
  return sender.id === self.id && sender.tab === undefined && sender.url === `${self.origin}background.js`;
}

/**
 * The web page of a message from RedFlag's platform guard: this extension's script in
 * the top frame of a tab on an http(s) page. The address is the sender's, set by the browser.
 */
export function guardedPage(sender: Sender, self: Self): string | null {
  if (sender.id !== self.id || sender.tab?.id === undefined || sender.frameId !== 0 || !sender.url) return null;
  return /^https?:\/\//.test(sender.url) ? sender.url : null;
}

/** RedFlag's own warning page (guard.html), open as a tab of its own. */
export function isGuardPage(sender: Sender, self: Self): boolean {
  return sender.id === self.id && sender.tab?.id !== undefined && sender.frameId === 0 && typeof sender.url === 'string' && sender.url.startsWith(`${self.origin}guard.html`);
}

/** RedFlag's evidence report page (report.html), open as a tab of its own. */
export function isReportPage(sender: Sender, self: Self): boolean {
  return sender.id === self.id && sender.tab?.id !== undefined && typeof sender.url === 'string' && sender.url.startsWith(`${self.origin}report.html`);
}
