import type { SiteAdapter } from './types.ts';
import { bumble } from './bumble.ts';
import { discord } from './discord.ts';
import { instagram } from './instagram.ts';
import { linkedin } from './linkedin.ts';
import { match } from './match.ts';
import { messenger } from './messenger.ts';
import { okcupid } from './okcupid.ts';
import { plentyOfFish } from './plenty-of-fish.ts';
import { telegramA } from './telegram-a.ts';
import { telegramK } from './telegram-k.ts';
import { tinder } from './tinder.ts';
import { whatsapp } from './whatsapp.ts';

/** Every supported site, one adapter file each. Their `matches` become the content script's. */
export const ADAPTERS: readonly SiteAdapter[] = [bumble, discord, instagram, linkedin, match, messenger, okcupid, plentyOfFish, telegramA, telegramK, tinder, whatsapp];

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
