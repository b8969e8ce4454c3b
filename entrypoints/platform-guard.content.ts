import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { guardPageUrl } from '../src/extension/guard/page-url.ts';
import { visibleLines } from '../src/extension/guard/lines.ts';
import type { GuardResponse } from '../src/scorer/protocol.ts';

/** The page's text is read again at most this often while it changes. */
const RECHECK_MS = 800;

// The platform guard (options page, off by default). Registered at runtime on every
// page only while it is on and the user granted access. Tiny on purpose: it reads the
// page's visible text and asks the background, which judges off the page. When the
// answer is "stop", the page is replaced by RedFlag's warning page (guard.html).
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_start',
  main() {
    if (window.top !== window) return;
    let stopped = false;
    const ask = async (lines: string[] | null): Promise<void> => {
      if (stopped) return;
      const reply = (await browser.runtime.sendMessage({ type: 'redflag:guard', lines }).catch(() => null)) as GuardResponse | null;
      if (stopped || !reply?.ok || !reply.finding) return;
      stopped = true;
      // Replaces this page in the history, so "Go back" on the warning leaves the site.
      location.replace(guardPageUrl(browser.runtime.getURL('/guard.html'), location.href, reply.finding));
    };
    void ask(null);

    let last = '';
    let timer: ReturnType<typeof setTimeout> | undefined;
    const readText = (): void => {
      timer = undefined;
      if (stopped || !document.body) return;
      const lines = visibleLines(document.body);
      const text = lines.join('\n');
      if (text === last) return;
      last = text;
      void ask(lines);
    };
    const schedule = (): void => {
      timer ??= setTimeout(readText, RECHECK_MS);
    };
    const start = (): void => {
      readText();
      // Withdrawal dialogs appear after the page loads: the text is read again when it changes.
      new MutationObserver(schedule).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
    };
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
    else start();
  },
});
