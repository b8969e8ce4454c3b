import browser, { type Runtime } from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { checkSelectionOrPage, showResult } from '../src/extension/generic-reader.ts';
import { keepForReport, reportFor, saveSample } from '../src/extension/excerpts.ts';
import { contentScriptSite, guardedPage, isExtensionPage, isGuardPage, isReportPage, type Self } from '../src/extension/senders.ts';
import { openSampleStore, type SampleStore } from '../src/research/store.ts';
import { withTimeout } from '../src/extension/timeout.ts';
import { readGuardTicket } from '../src/extension/guard/page-url.ts';
import { createGuardService } from '../src/extension/guard/service.ts';
import { t } from '../src/ui/i18n.ts';
import { createGuardianService } from '../src/extension/guardian-service.ts';
import { guardianAttempts, guardianRecord, guardSettings, settings, silenced } from '../src/extension/storage.ts';
import { type GuardResponse, LIMITS, parseCheckRequest, parseExcerptRequest, parseGuardRequest, parseScoreRequest, type ScoreResponse } from '../src/scorer/protocol.ts';
import type { ScorerCall, ScorerReply, VerdictResponse } from '../src/scorer/runtime.ts';

/** One attempt at a scoring call; a missing, crashed or hung scorer is restarted and tried once more. */
const ATTEMPT_MS = 8000;
const SLOW = 'the scorer did not answer in time';

// Checks who is asking, then routes scoring to the warm scorer: an offscreen
// document on Chrome (where WebAssembly may run whatever the page's security
// policy), this background page itself on Firefox. Also the context-menu checks.
export default defineBackground(() => {
  const self: Self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  /** The research sample store (IndexedDB), opened on the first sample. */
  let samples: SampleStore | undefined;
  const call = import.meta.env.FIREFOX ? localScorer() : offscreenScorer();
  const refuse = (error: string) => Promise.resolve({ ok: false, error });
  // A page's text can be long: a slow guard answer is a failed one, never a reason to replace the scorer.
  const guard = createGuardService(async (url, lines) => {
    const reply = (await call({ type: 'guard', url, lines }, { replaceOnFailure: false })) as GuardResponse;
    if (!reply.ok) throw new Error(reply.error);
    return reply.finding;
  });

  const guardian = createGuardianService({ settings, record: guardianRecord, attempts: guardianAttempts, clearSilenced: () => silenced.setValue({}) });

  browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
    if (sender.id !== self.id) return undefined;
    const type = (message as { type?: unknown } | null)?.type;
    if ((typeof type === 'string' && type.startsWith('redflag:guardian')) || type === 'redflag:settings-save' || type === 'redflag:silenced-clear') {
      const fromPage = isExtensionPage(sender, self);
      // A chat page's warning may only ask for the PIN ("Not a scam") and read the status.
      if (!fromPage && !(contentScriptSite(sender, self) && (type === 'redflag:guardian-check' || type === 'redflag:guardian-status'))) return refuse('only RedFlag’s own pages may ask this');
      const m = message as { pin?: unknown; trusted?: unknown; settings?: unknown };
      const pin = typeof m.pin === 'string' ? m.pin.slice(0, 64) : undefined;
      if (type === 'redflag:guardian-status') return guardian.status();
      if (type === 'redflag:guardian-check') return guardian.check(pin ?? '');
      if (type === 'redflag:settings-save') return guardian.save(m.settings, pin);
      if (type === 'redflag:guardian-enable') return guardian.enable(pin ?? '', m.trusted);
      if (type === 'redflag:guardian-disable') return guardian.disable(pin);
      if (type === 'redflag:guardian-trusted') return guardian.setTrusted(pin, m.trusted);
      if (type === 'redflag:silenced-clear') return guardian.clearSilenced(pin);
      return refuse('unknown guardian request');
    }
    if (type === 'redflag:score') {
      const site = contentScriptSite(sender, self);
      if (!site) return refuse('scoring requests are taken only from RedFlag on a supported chat site');
      const parsed = parseScoreRequest(message);
      if (!parsed.ok) return refuse(parsed.error);
      return call({ type: 'score', thread: `${site.id}:${parsed.value.thread}`, request: parsed.value }).then((reply) => {
        void guard.rememberChatDomains(reply as ScoreResponse);
        return reply;
      });
    }
    if (type === 'redflag:guard') {
      const url = guardedPage(sender, self);
      if (!url || sender.tab?.id === undefined) return refuse('guard requests are taken only from RedFlag on a web page');
      const parsed = parseGuardRequest(message);
      if (!parsed.ok) return refuse(parsed.error);
      return guard.check(sender.tab.id, url, parsed.value.lines);
    }
    if (type === 'redflag:guard-view' || type === 'redflag:guard-continue') {
      const ticket = readGuardTicket(String((message as { hash?: unknown }).hash ?? ''));
      if (!isGuardPage(sender, self) || sender.tab?.id === undefined) return refuse('only RedFlag’s warning page may ask this');
      if (!ticket) return Promise.resolve(type === 'redflag:guard-view' ? null : { ok: false, error: 'nothing was stopped here' });
      return type === 'redflag:guard-view' ? guard.view(sender.tab.id, ticket) : guard.continueTo(sender.tab.id, ticket);
    }
    if (type === 'redflag:guard-close') {
      if (!isGuardPage(sender, self) || sender.tab?.id === undefined) return refuse('only RedFlag’s warning page may ask this');
      return guard.close(sender.tab.id).then(() => ({ ok: true }));
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
    if (type === 'redflag:save-sample' || type === 'redflag:report') {
      const site = contentScriptSite(sender, self);
      if (!site || sender.tab?.id === undefined) return refuse('not from a supported chat site');
      const parsed = parseExcerptRequest(message);
      if (!parsed.ok) return refuse(parsed.error);
      if (type === 'redflag:save-sample') return saveSample(site.id, parsed.value, call, (samples ??= openSampleStore()));
      const opener = sender.tab;
      return keepForReport(site.name, parsed.value).then(async (token) => {
        await browser.tabs.create({ url: `${browser.runtime.getURL('/report.html')}#${token}`, index: (opener.index ?? 0) + 1, openerTabId: opener.id });
        return { ok: true };
      });
    }
    if (type === 'redflag:report-data') {
      if (!isReportPage(sender, self)) return refuse('only RedFlag’s report page may ask this');
      return reportFor(String((message as { token?: unknown }).token ?? '')).then(async (pending) => {
        if (!pending) return { ok: false, error: 'This report is no longer available (reports are kept until the browser closes). Open it again from the warning.' };
        const reply = (await call({ type: 'verdict', messages: pending.messages })) as VerdictResponse;
        return reply.ok ? { ok: true, site: pending.site, at: pending.at, messages: pending.messages, verdict: reply.verdict } : reply;
      });
    }
    return undefined;
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'redflag-check-page', title: t('menu_check_page'), contexts: ['page'] });
    browser.contextMenus.create({ id: 'redflag-check-selection', title: t('menu_check_selection'), contexts: ['selection'] });
    // "Not a scam" choices from version 0.1 were kept under readable thread ids; they are dropped
    // (those conversations warn again once) rather than carried over unhashed and without expiry.
    void browser.storage.local.remove('notScamThreads');
  });
  // The platform guard follows its settings and the permissions the user holds granted.
  void guard.sync();
  guardSettings.watch(() => void guard.sync());
  browser.permissions.onRemoved.addListener((removed) => guard.onPermissionsRemoved(removed.origins));

  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (tab?.id === undefined) return;
    const lines = await checkSelectionOrPage(tab.id, info.menuItemId === 'redflag-check-selection' ? (info.selectionText ?? '') : null);
    const messages = lines.slice(-LIMITS.messages).map((text) => ({ from: 'them' as const, text: text.slice(0, LIMITS.textChars) }));
    const reply = await (call({ type: 'check', request: { type: 'redflag:check', messages } }) as Promise<ScoreResponse>).catch((e: unknown) => ({ ok: false as const, error: (e as Error).message }));
    await showResult(tab.id, reply);
  });
});

type Call = (call: ScorerCall, options?: { replaceOnFailure?: boolean }) => Promise<ScorerReply>;

/** Firefox: the background page is persistent and may run WebAssembly, so it holds the scorer. */
function localScorer(): Call {
  const runtime = import('../src/scorer/runtime.ts').then((r) => new r.ScorerRuntime());
  return async (c) => withTimeout((await runtime).handle(c), ATTEMPT_MS, SLOW);
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
  return async (c, options) => {
    for (let attempt = 1; ; attempt++) {
      const seen = generation;
      try {
        const reply = (await withTimeout(browser.runtime.sendMessage({ type: 'redflag:offscreen', call: c }), ATTEMPT_MS, SLOW)) as ScorerReply | undefined;
        if (reply === undefined) throw new Error('the scorer did not answer');
        return reply;
      } catch (e) {
        // A guard call that was merely slow does not replace the scorer (its chat threads would be lost);
        // a missing document is created all the same.
        if (attempt >= 2 || (options?.replaceOnFailure === false && (e as Error).message === SLOW)) throw e;
        await replace(seen);
      }
    }
  };
}
