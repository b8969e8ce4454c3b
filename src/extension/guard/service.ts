import browser from 'webextension-polyfill';
import { isReportedHost } from '../../engine/platform/reported.ts';
import type { GuardFinding, GuardResponse, ScoreResponse } from '../../scorer/protocol.ts';
import { chatDomains, continuedHosts, guardSettings, guardStops } from '../storage.ts';
import { decideGuard } from './decide.ts';
import { type GuardTicket, type GuardView, newToken, webUrl } from './page-url.ts';
import { CONTINUE_MS, hostIn, isFreshChatDomain, MAX_CHAT_DOMAINS, readGuardSettings } from './settings.ts';
import { GUARD_ORIGINS, syncAllowRules, syncGuard } from './switch.ts';

/** Stopped pages the warning page can still ask about (the newest ones). */
const MAX_STOPS = 50;

/** Judges a page with the engine (the scorer, off the page); never replaces the scorer on failure. */
export type GuardJudge = (url: string, lines: string[] | null) => Promise<GuardFinding | null>;

/**
 * The platform guard's side of the background: it decides about pages, records each
 * stopped page under a random token for the warning page, takes "Continue anyway"
 * only for a page it stopped in that very tab, and keeps the browser's registrations
 * in step with the settings. Senders are checked by the caller (background.ts).
 */
export function createGuardService(judge: GuardJudge) {
  let syncing: Promise<unknown> = Promise.resolve();
  /** Runs one sync after another, so two changes never race on the registrations. */
  const sync = (): Promise<unknown> => {
    const run = async (): Promise<void> => {
      const settings = readGuardSettings(await guardSettings.getValue());
      await syncGuard(settings);
      if (!settings.enabled) await chatDomains.setValue({});
      await syncAllowRules(await liveContinued());
    };
    syncing = syncing.then(run).catch((e: unknown) => console.warn('RedFlag: platform guard', e));
    return syncing;
  };

  async function liveContinued(now = Date.now()): Promise<Record<string, number>> {
    return Object.fromEntries(Object.entries(await continuedHosts.getValue()).filter(([, until]) => until > now));
  }

  return {
    sync,

    /** Access taken back from the browser's own settings: the guard is off, and says so. */
    onPermissionsRemoved(origins: string[] | undefined): void {
      if (!origins?.some((o) => GUARD_ORIGINS.includes(o))) return void sync();
      void guardSettings.getValue().then((raw) => guardSettings.setValue({ ...readGuardSettings(raw), enabled: false, redirectListed: false }));
    },

    async check(tab: number, url: string, lines: string[] | null): Promise<GuardResponse & { token?: string }> {
      const settings = readGuardSettings(await guardSettings.getValue());
      if (!settings.enabled) return { ok: true, finding: null };
      try {
        const state = { settings, chatDomains: await chatDomains.getValue(), continued: await liveContinued() };
        const finding = await decideGuard(url, lines, state, judge);
        if (!finding) return { ok: true, finding: null };
        const token = newToken();
        const stops = Object.entries({ ...(await guardStops.getValue()), [token]: { tab, url, finding, at: Date.now() } })
          .sort((a, b) => b[1].at - a[1].at)
          .slice(0, MAX_STOPS);
        await guardStops.setValue(Object.fromEntries(stops));
        return { ok: true, finding, token };
      } catch (e) {
        return { ok: false, error: (e as Error).message };
      }
    },

    /** What the warning page in `tab` may show: only what this background stopped there, or a listed site. */
    async view(tab: number, ticket: GuardTicket): Promise<GuardView | null> {
      if ('token' in ticket) {
        const stop = (await guardStops.getValue())[ticket.token];
        return stop && stop.tab === tab ? { url: stop.url, finding: stop.finding } : null;
      }
      if (!webUrl(ticket.listed)) return null;
      const host = new URL(ticket.listed).hostname;
      const settings = readGuardSettings(await guardSettings.getValue());
      return isReportedHost(host) || hostIn(host, settings.blocked) ? { url: ticket.listed, finding: { kind: 'listed' } } : null;
    },

    /** "Continue anyway": the stopped host is not stopped again for an hour, in this browser session. */
    async continueTo(tab: number, ticket: GuardTicket): Promise<{ ok: boolean; url?: string; error?: string }> {
      const view = await this.view(tab, ticket);
      if (!view) return { ok: false, error: 'nothing was stopped here' };
      const host = new URL(view.url).hostname;
      const continued = { ...(await liveContinued()), [host]: Date.now() + CONTINUE_MS };
      await continuedHosts.setValue(continued);
      await syncAllowRules(continued).catch(() => undefined);
      return { ok: true, url: view.url };
    },

    /** Domains a warned conversation sent are kept, while the guard is on, so opening them is guarded. */
    async rememberChatDomains(reply: ScoreResponse): Promise<void> {
      if (!reply.ok || reply.verdict.domains.length === 0) return;
      if (!readGuardSettings(await guardSettings.getValue()).enabled) return;
      const now = Date.now();
      const kept = Object.entries({ ...(await chatDomains.getValue()), ...Object.fromEntries(reply.verdict.domains.map((d) => [d, now])) })
        .filter(([, at]) => isFreshChatDomain(at, now))
        .sort((a, b) => b[1] - a[1])
        .slice(0, MAX_CHAT_DOMAINS);
      await chatDomains.setValue(Object.fromEntries(kept));
    },

    close(tab: number): Promise<void> {
      return browser.tabs.remove(tab);
    },
  };
}
