import type { SiteAdapter } from './types.ts';
import { whatsapp } from './whatsapp.ts';

/** Every supported site, one adapter file each. Their `matches` become the content script's. */
export const ADAPTERS: readonly SiteAdapter[] = [whatsapp];

export const ALL_MATCHES: string[] = ADAPTERS.flatMap((a) => a.matches);

/** The adapter for a page, by its match patterns. */
export function adapterFor(url: string): SiteAdapter | null {
  return ADAPTERS.find((a) => a.matches.some((pattern) => matchPattern(pattern, url))) ?? null;
}

/** A WebExtension match pattern ("https://*.example.com/path*") tested against a URL. */
export function matchPattern(pattern: string, url: string): boolean {
  const m = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!m) return false;
  const [, scheme, host, path] = m;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (scheme === '*' ? !/^https?:$/.test(u.protocol) : u.protocol !== `${scheme}:`) return false;
  if (host !== '*') {
    if (host!.startsWith('*.')) {
      const base = host!.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== host) return false;
  }
  const re = new RegExp(`^${path!.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(u.pathname + u.search);
}
