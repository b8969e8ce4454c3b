import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { checkSelectionOrPage, showResult } from '../src/extension/generic-reader.ts';
import { contentScriptSite, guardedPage, isExtensionPage, isGuardPage, type Self } from '../src/extension/senders.ts';
import { withTimeout } from '../src/extension/timeout.ts';
import { decideGuard } from '../src/extension/guard/decide.ts';
import { CHAT_DOMAIN_DAYS, CONTINUE_MS, MAX_CHAT_DOMAINS, readGuardSettings } from '../src/extension/guard/settings.ts';
import { chatDomains, continuedHosts, guardSettings } from '../src/extension/storage.ts';
import { allowForSession, GUARD_ORIGINS, syncGuard } from '../src/extension/guard/switch.ts';
import { type GuardResponse, LIMITS, parseCheckRequest, parseGuardRequest, parseScoreRequest, type ScoreResponse } from '../src/scorer/protocol.ts';
import type { ScorerCall, ScorerReply } from '../src/scorer/runtime.ts';

/** One attempt at a scoring call; a missing, crashed or hung scorer is restarted and tried once more. */
const ATTEMPT_MS = 8000;

// Checks who is asking, then routes scoring to the warm scorer: an offscreen
// document on Chrome (where WebAssembly may run whatever the page's security
// policy), this background page itself on Firefox. Also the context-menu checks.
export default defineBackground(() => {
  const self: Self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const call = import.meta.env.FIREFOX ? localScorer() : offscreenScorer();
  const refuse = (error: string) => Promise.resolve({ ok: false, error });

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== self.id) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if (type === 'redflag:score') {
      const site = contentScriptSite(sender, self);
      if (!site) return refuse('scoring requests are taken only from RedFlag on a supported chat site');
      const parsed = parseScoreRequest(message);
      if (!parsed.ok) return refuse(parsed.error);
      return call({ type: 'score', thread: `${site.id}:${parsed.value.thread}`, request: parsed.value }).then((reply) => {
        void rememberChatDomains(reply as ScoreResponse);
        return reply;
      });
    }
    if (type === 'redflag:guard') {
      const url = guardedPage(sender, self);
      if (!url) return refuse('guard requests are taken only from RedFlag on a web page');
      const parsed = parseGuardRequest(message);
      if (!parsed.ok) return refuse(parsed.error);
      return guardCheck(url, parsed.value.lines);
    }
    if (type === 'redflag:guard-continue') {
      if (!isGuardPage(sender, self)) return refuse('only RedFlag’s warning page may ask this');
      return continueTo((message as { url?: unknown }).url);
    }
    if (type === 'redflag:guard-close') {
      if (!isGuardPage(sender, self) || sender.tab?.id === undefined) return refuse('only RedFlag’s warning page may ask this');
      return browser.tabs.remove(sender.tab.id).then(() => ({ ok: true }));
    }
    if (type === 'redflag:model-status') {
      if (!isExtensionPage(sender, self) && !contentScriptSite(sender, self)) return refuse('not from RedFlag');
      return call({ type: 'status' }).catch((e: unknown) => ({ state: 'rules-only', reason: (e as Error).message }));
    }
    if (type === 'redflag:check') {
      if (!isExtensionPage(sender, self)) return refuse('only RedFlag’s own pages may ask this');
      const parsed = parseCheckRequest(message);
      if (!parsed.ok) return refuse(parsed.error);
      return call({ type: 'check', request: parsed.value });
    }
    if (type === 'redflag:save-sample') {
      if (!contentScriptSite(sender, self)) return refuse('not from a supported chat site');
      // Filled in by the researcher tools (opt-in local collection); nothing is kept yet.
      return Promise.resolve({ message: 'Sample collection is not turned on.' });
    }
    return undefined;
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'redflag-check-page', title: 'RedFlag: check this conversation', contexts: ['page'] });
    browser.contextMenus.create({ id: 'redflag-check-selection', title: 'RedFlag: check selected text', contexts: ['selection'] });
    // "Not a scam" choices from version 0.1 were kept under readable thread ids; they are dropped
    // (those conversations warn again once) rather than carried over unhashed and without expiry.
    void browser.storage.local.remove('notScamThreads');
  });
  // The platform guard follows its settings and the permissions the user holds granted.
  const sync = (): Promise<unknown> => guardSettings.getValue().then((raw) => syncGuard(readGuardSettings(raw))).catch((e: unknown) => console.warn('RedFlag: platform guard', e));
  void sync();
  guardSettings.watch(() => void sync());
  browser.permissions.onRemoved.addListener((removed) => {
    if (!removed.origins?.some((o) => GUARD_ORIGINS.includes(o))) return void sync();
    // Access taken back from the browser's own settings: the guard is off, and says so.
    void guardSettings.getValue().then((raw) => guardSettings.setValue({ ...readGuardSettings(raw), enabled: false, redirectListed: false }));
  });

  async function guardCheck(url: string, lines: string[] | null): Promise<GuardResponse> {
    const settings = readGuardSettings(await guardSettings.getValue());
    if (!settings.enabled) return { ok: true, finding: null };
    const state = { settings, chatDomains: await chatDomains.getValue(), continued: await continuedHosts.getValue() };
    try {
      const finding = await decideGuard(url, lines, state, async (u, l) => {
        const reply = (await call({ type: 'guard', url: u, lines: l })) as GuardResponse;
        if (!reply.ok) throw new Error(reply.error);
        return reply.finding;
      });
      return { ok: true, finding };
    } catch (e) {
      return { ok: false, error: (e as Error).message };
    }
  }

  /** "Continue anyway": this host is not stopped again until the browser closes (or an hour passes). */
  async function continueTo(raw: unknown): Promise<{ ok: boolean; error?: string }> {
    let host: string;
    try {
      const url = new URL(String(raw));
      if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error();
      host = url.hostname;
    } catch {
      return { ok: false, error: 'not a web address' };
    }
    const now = Date.now();
    const live = Object.fromEntries(Object.entries(await continuedHosts.getValue()).filter(([, until]) => until > now));
    await continuedHosts.setValue({ ...live, [host]: now + CONTINUE_MS });
    await allowForSession(host).catch(() => undefined);
    return { ok: true };
  }

  /** Domains a warned conversation sent are kept (while the guard is on) so opening them is guarded. */
  async function rememberChatDomains(reply: ScoreResponse): Promise<void> {
    if (!reply.ok || reply.verdict.domains.length === 0) return;
    if (!readGuardSettings(await guardSettings.getValue()).enabled) return;
    const now = Date.now();
    const kept = Object.entries({ ...(await chatDomains.getValue()), ...Object.fromEntries(reply.verdict.domains.map((d) => [d, now])) })
      .filter(([, at]) => now - at < CHAT_DOMAIN_DAYS * 24 * 60 * 60 * 1000)
      .sort((a, b) => b[1] - a[1])
      .slice(0, MAX_CHAT_DOMAINS);
    await chatDomains.setValue(Object.fromEntries(kept));
  }

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (tab?.id === undefined) return;
    const lines = await checkSelectionOrPage(tab.id, info.menuItemId === 'redflag-check-selection' ? (info.selectionText ?? '') : null);
    const messages = lines.slice(-LIMITS.messages).map((text) => ({ from: 'them' as const, text: text.slice(0, LIMITS.textChars) }));
    const reply = await call({ type: 'check', request: { type: 'redflag:check', messages } }).catch((e: unknown) => ({ ok: false as const, error: (e as Error).message }));
    await showResult(tab.id, reply);
  });
});

type Call = (call: ScorerCall) => Promise<ScorerReply>;

/** Firefox: the background page is persistent and may run WebAssembly, so it holds the scorer. */
function localScorer(): Call {
  const runtime = import('../src/scorer/runtime.ts').then((r) => new r.ScorerRuntime());
  return async (c) => withTimeout((await runtime).handle(c), ATTEMPT_MS, 'the scorer did not answer in time');
}

/**
 * Chrome: the scorer lives in an offscreen document. The document can go away (closed,
 * crashed, hung on a page's text) and the worker itself can be restarted at any time, so
 * nothing is assumed about it: a call goes straight to the document, and a call that fails
 * (no document: "Receiving end does not exist"; no answer; too late) replaces it with a
 * fresh one and tries once more. Calls that fail together share one replacement, and a
 * call never replaces a document newer than the one it talked to. The content script
 * notices that the fresh scorer lost its threads and sends them again.
 */
function offscreenScorer(): Call {
  const url = browser.runtime.getURL('/offscreen.html');
  /** Counts replacements; a failed call replaces the document only if none happened since it was sent. */
  let generation = 0;
  let replacing: Promise<void> | null = null;
  const replace = (seen: number): Promise<void> => {
    if (seen !== generation) return replacing ?? Promise.resolve();
    replacing ??= (async () => {
      await chrome.offscreen.closeDocument().catch(() => undefined);
      await chrome.offscreen.createDocument({
        url,
        reasons: ['WORKERS' as chrome.offscreen.Reason],
        justification: 'Runs the on-device scam classifier (WebAssembly) away from web pages.',
      });
    })().finally(() => {
      generation++;
      replacing = null;
    });
    return replacing;
  };
  return async (c) => {
    for (let attempt = 1; ; attempt++) {
      const seen = generation;
      try {
        const reply = (await withTimeout(browser.runtime.sendMessage({ type: 'redflag:offscreen', call: c }), ATTEMPT_MS, 'the scorer did not answer in time')) as ScorerReply | undefined;
        if (reply === undefined) throw new Error('the scorer did not answer');
        return reply;
      } catch (e) {
        if (attempt >= 2) throw e;
        await replace(seen);
      }
    }
  };
}
