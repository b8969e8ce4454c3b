import browser from 'webextension-polyfill';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController, type TabStatus, type WarningPrefs } from '../src/content/controller.ts';
import { isOurs, TEST_HOOKS } from '../src/content/ours.ts';
import type { PinAnswer } from '../src/extension/guardian-service.ts';
import type { GuardianRecord } from '../src/extension/guardian.ts';
import { activeOn, type Settings, SETTINGS_DEFAULTS } from '../src/extension/settings.ts';
import { guardianRecord, readGuardedSettings, readResearchSettings, researchSettings, setSilenced, settings, silenceFor, toResearchSettings } from '../src/extension/storage.ts';
import { withTimeout } from '../src/extension/timeout.ts';
import type { ScoreResponse } from '../src/scorer/protocol.ts';
import { ALL_MATCHES, adapterFor } from '../src/sites/registry.ts';

/** A scoring call that takes longer than this counts as failed, and is retried. */
const SCORE_TIMEOUT_MS = 20_000;

// Reads the open conversation on supported chat sites and shows warnings.
// Kept small: no NLP and no model here; scoring happens off the page.
export default defineContentScript({
  matches: ALL_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(location.href);
    if (!adapter) return;
    // Read before the first scan, by applySettings below.
    let prefs = warningPrefs(SETTINGS_DEFAULTS, null);
    let research = await readResearchSettings();
    researchSettings.watch((raw) => (research = toResearchSettings(raw)));
    const controller = new PageController(adapter, document, {
      score: (request) => withTimeout(browser.runtime.sendMessage(request) as Promise<ScoreResponse>, SCORE_TIMEOUT_MS, 'the scorer did not answer in time'),
      silenceFor,
      setSilenced,
      saveSample: async (excerpt) => {
        const reply = (await browser.runtime.sendMessage({ type: 'redflag:save-sample', ...excerpt })) as { message?: string; error?: string };
        return reply.message ?? `Not saved: ${reply.error ?? 'no answer'}`;
      },
      openReport: async (excerpt) => {
        await browser.runtime.sendMessage({ type: 'redflag:report', ...excerpt });
      },
      research: () => research,
      prefs: () => prefs,
    });
    // Settings apply live: large text at once, a pause or a site switched off stops reading.
    const applySettings = async (): Promise<void> => {
      const { effective, record } = await readGuardedSettings();
      prefs = warningPrefs(effective, record);
      controller.setActive(activeOn(effective, adapter.id));
      controller.refreshLook();
    };
    await applySettings();
    settings.watch(() => void applySettings());
    guardianRecord.watch(() => void applySettings());
    // A pause ends by itself: check again every minute.
    setInterval(() => void applySettings(), 60_000);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (): void => {
      if (timer !== undefined) return;
      timer = setTimeout(() => {
        timer = undefined;
        void controller.scan().then(() => {
          // Test builds only: a plain status for the browser tests (never message text).
          if (TEST_HOOKS) document.documentElement.setAttribute('data-redflag-status', `${controller.status} ${controller.scored}`);
        });
      }, 120);
    };
    const observer = new MutationObserver((records) => {
      // Our own badges and banner do not need a rescan.
      const ours = records.every((r) => r.type === 'attributes' || [...r.addedNodes, ...r.removedNodes].every((n) => isOurs(n)));
      if (!ours) schedule();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    const onMessage = (message: unknown): Promise<unknown> | undefined => {
      const type = (message as { type?: string }).type;
      if (type === 'redflag:status') {
        const status: TabStatus = { site: adapter.name, siteId: adapter.id, status: controller.status, level: controller.level, problem: controller.interruption, verdict: controller.current };
        return Promise.resolve(status);
      }
      if (type !== 'redflag:open-report') return undefined;
      // From the popup: the report of the open conversation, as its warning's button makes it.
      const excerpt = controller.excerpt('manual');
      return excerpt ? browser.runtime.sendMessage({ type: 'redflag:report', ...excerpt }) : Promise.resolve({ ok: false, error: 'no conversation read yet' });
    };
    browser.runtime.onMessage.addListener(onMessage);
    const stop = (): void => {
      observer.disconnect();
      if (timer !== undefined) clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    };
    watch(ctx, schedule, stop);
    schedule();
    if (TEST_HOOKS) {
      const model = (await browser.runtime.sendMessage({ type: 'redflag:model-status' })) as { state: string; version?: string; reason?: string };
      document.documentElement.setAttribute('data-redflag-model', `${model.state} ${model.version ?? model.reason ?? ''}`);
    }
  },
});

/** The warning settings, with guardian mode's PIN check and person to call when it is on. */
function warningPrefs(effective: Settings, record: GuardianRecord | null): WarningPrefs {
  const checkPin = (pin: string) => browser.runtime.sendMessage({ type: 'redflag:guardian-check', pin }) as Promise<PinAnswer>;
  return {
    largeText: effective.largeText,
    sensitivity: effective.sensitivity,
    country: effective.country,
    guardian: effective.guardian ? { trusted: record?.trusted ?? null, checkPin } : null,
  };
}

/**
 * Follows single-page navigation through WXT's context, and stops only when the
 * extension itself is gone (updated, reloaded or removed). WXT invalidates a
 * context when it sees its "content script started" event, which any page script
 * can fake; while the extension is alive such an invalidation is ignored and a
 * fresh context re-arms navigation, so the page cannot switch RedFlag off.
 */
function watch(ctx: ContentScriptContext, onNavigate: () => void, stop: () => void): void {
  ctx.addEventListener(window, 'wxt:locationchange', onNavigate);
  ctx.onInvalidated(() => {
    if (browser.runtime?.id === undefined) return stop();
    const Context = ctx.constructor as typeof ContentScriptContext;
    watch(new Context(import.meta.env.ENTRYPOINT, ctx.options), onNavigate, stop);
    onNavigate();
  });
}
