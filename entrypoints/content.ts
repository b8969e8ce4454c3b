import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from '../src/content/controller.ts';
import { isNotScam, setNotScam, settings } from '../src/extension/storage.ts';
import type { ScoreResponse } from '../src/scorer/protocol.ts';
import { ALL_MATCHES, adapterFor } from '../src/sites/registry.ts';

// Reads the open conversation on supported chat sites and shows warnings.
// Kept small: no NLP and no model here; scoring happens off the page.
export default defineContentScript({
  matches: ALL_MATCHES,
  runAt: 'document_idle',
  async main(ctx) {
    const adapter = adapterFor(location.href);
    if (!adapter) return;
    const { largeText } = await settings.getValue();
    const controller = new PageController(adapter, document, {
      score: (request) => browser.runtime.sendMessage(request) as Promise<ScoreResponse>,
      isNotScam,
      setNotScam,
      saveSample: async (thread) => {
        const reply = (await browser.runtime.sendMessage({ type: 'redflag:save-sample', thread })) as { message: string };
        return reply.message;
      },
      largeText,
    });
    let timer: number | undefined;
    const schedule = (): void => {
      if (timer !== undefined) return;
      timer = ctx.setTimeout(() => {
        timer = undefined;
        void controller.scan().then(() => {
          // A plain status for tests and for anyone debugging a site: never message text.
          document.documentElement.setAttribute('data-redflag-status', `${controller.status} ${controller.scored}`);
        });
      }, 120);
    };
    const observer = new MutationObserver((records) => {
      // Our own badges and banner do not need a rescan.
      const ours = records.every(
        (r) => r.type === 'attributes' || [...r.addedNodes, ...r.removedNodes].every((n) => n instanceof Element && n.hasAttribute('data-redflag')),
      );
      if (!ours) schedule();
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    ctx.onInvalidated(() => observer.disconnect());
    ctx.addEventListener(window, 'wxt:locationchange', schedule);
    browser.runtime.onMessage.addListener((message: unknown) => {
      if ((message as { type?: string }).type !== 'redflag:status') return undefined;
      return Promise.resolve({ site: adapter.name, status: controller.status, level: controller.level });
    });
    schedule();
  },
});
