import { DAY_MS } from '../silenced.ts';

/** The platform guard's settings (options page). Off by default: it needs access to every page. */
export interface GuardSettings {
  enabled: boolean;
  /** Also send listed fake platforms to the warning page before they load (declarativeNetRequest). */
  redirectListed: boolean;
  /** Sites the user wants warned about, and sites the user trusts (never warned), as domains. */
  blocked: string[];
  allowed: string[];
}

export const GUARD_DEFAULTS: GuardSettings = { enabled: false, redirectListed: false, blocked: [], allowed: [] };
/** A user list holds at most this many domains. */
export const MAX_USER_DOMAINS = 500;

/** Domains flagged conversations sent are guarded this long, and at most this many are kept. */
export const CHAT_DOMAIN_DAYS = 180;
export const MAX_CHAT_DOMAINS = 500;

/** A domain a warned conversation sent at `seenAt` is still guarded at `now`. */
export function isFreshChatDomain(seenAt: number, now: number): boolean {
  return now - seenAt < CHAT_DOMAIN_DAYS * DAY_MS;
}
/** "Continue anyway" lasts this long (and never past the browser session). */
export const CONTINUE_MS = 60 * 60 * 1000;

/**
 * Settings as stored, made safe: a damaged or foreign value gives the defaults
 * field by field, never an exception, and lists keep only well-formed domains.
 */
export function readGuardSettings(raw: unknown): GuardSettings {
  const o = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const list = (x: unknown): string[] => (Array.isArray(x) ? x.flatMap((d) => (typeof d === 'string' && toDomain(d) === d ? [d] : [])).slice(0, MAX_USER_DOMAINS) : []);
  return {
    enabled: o.enabled === true,
    redirectListed: o.redirectListed === true,
    blocked: list(o.blocked),
    allowed: list(o.allowed),
  };
}

/**
 * What a person typed as a site ("https://www.Coinvexa.pro/login", "coinvexa.pro") as the
 * host the browser uses (lower case, punycode, no "www."), or null when it is not one.
 */
export function toDomain(input: string): string | null {
  const text = input.trim();
  if (!text || text.length > 300) return null;
  try {
    const url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    const host = url.hostname.replace(/^www\./, '').replace(/\.$/, '');
    return /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(host) ? host : null;
  } catch {
    return null;
  }
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostIn(host: string, domains: Iterable<string>): boolean {
  for (const d of domains) if (host === d || host.endsWith(`.${d}`)) return true;
  return false;
}
