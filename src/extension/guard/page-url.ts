import type { GuardFinding } from '../../scorer/protocol.ts';

/** What the warning page shows: the page that was stopped and why. */
export interface GuardView {
  url: string;
  finding: GuardFinding | { kind: 'listed' };
}

/**
 * The warning page's address holds no finding and no text, only a key to what the
 * background recorded when it stopped the page (or, after a redirect rule, the
 * address that was redirected, which the background checks against its list).
 * A site that sends someone to the warning page with its own words gets nothing
 * shown, and nothing allowed.
 */
export type GuardTicket = { token: string } | { listed: string };

export function guardPageUrl(pageUrl: string, token: string): string {
  return `${pageUrl}#${token}`;
}

export function readGuardTicket(hash: string): GuardTicket | null {
  const raw = hash.replace(/^#/, '');
  if (raw.startsWith('listed:')) return webUrl(raw.slice('listed:'.length)) ? { listed: raw.slice('listed:'.length) } : null;
  return /^[a-f0-9]{32}$/.test(raw) ? { token: raw } : null;
}

export function webUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** A fresh random key for one stopped page. */
export function newToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}
