import type { GuardFinding } from '../../scorer/protocol.ts';

/** What the warning page shows: the page that was stopped and why. */
export interface GuardView {
  url: string;
  finding: GuardFinding | { kind: 'listed' };
}

/** The warning page's address for a stopped page (the content script's way in). */
export function guardPageUrl(pageUrl: string, stoppedUrl: string, finding: GuardFinding): string {
  return `${pageUrl}#${encodeURIComponent(JSON.stringify({ url: stoppedUrl, finding }))}`;
}

/**
 * Reads the warning page's hash: the content script's JSON, or the redirect rule's
 * `listed:<url>`. Anything else, or a value that is not a web address, gives null: the
 * page then says it has nothing to show. Text from the hash is only ever shown as text.
 */
export function readGuardView(hash: string): GuardView | null {
  const raw = hash.replace(/^#/, '');
  if (raw.startsWith('listed:')) return webUrl(raw.slice('listed:'.length)) ? { url: raw.slice('listed:'.length), finding: { kind: 'listed' } } : null;
  try {
    const o = JSON.parse(decodeURIComponent(raw)) as { url?: unknown; finding?: { kind?: unknown } };
    if (typeof o.url !== 'string' || !webUrl(o.url) || typeof o.finding?.kind !== 'string') return null;
    return { url: o.url, finding: o.finding as GuardFinding };
  } catch {
    return null;
  }
}

function webUrl(s: string): boolean {
  try {
    const u = new URL(s);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}
