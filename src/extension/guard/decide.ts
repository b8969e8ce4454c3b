import type { GuardFinding } from '../../scorer/protocol.ts';
import { webUrl } from './page-url.ts';
import { type GuardSettings, hostIn, isFreshChatDomain } from './settings.ts';

export interface GuardState {
  settings: GuardSettings;
  /** Domains flagged conversations sent → when seen. */
  chatDomains: Readonly<Record<string, number>>;
  /** Hosts the user chose to open anyway → until when. */
  continued: Readonly<Record<string, number>>;
}

/**
 * Whether the guard stops a page, in order: the user's own choices first ("open
 * anyway", trusted sites, sites to warn about), then the sites flagged chats sent
 * (checked once, on the address), then the engine's judgement of the address or
 * of the page's text. Only web pages are judged.
 */
export async function decideGuard(
  url: string,
  lines: string[] | null,
  state: GuardState,
  judge: (url: string, lines: string[] | null) => Promise<GuardFinding | null>,
  now = Date.now(),
): Promise<GuardFinding | null> {
  if (!webUrl(url)) return null;
  const host = new URL(url).hostname;
  if ((state.continued[host] ?? 0) > now) return null;
  if (hostIn(host, state.settings.allowed)) return null;
  if (hostIn(host, state.settings.blocked)) return { kind: 'listed_by_you', host };
  if (lines === null) {
    const fresh = Object.keys(state.chatDomains).filter((d) => isFreshChatDomain(state.chatDomains[d]!, now));
    const domain = fresh.find((d) => hostIn(host, [d]));
    if (domain) return { kind: 'seen_in_chat', host, domain };
  }
  return judge(url, lines);
}
