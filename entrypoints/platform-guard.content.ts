import browser from 'webextension-polyfill';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { visibleLines } from '../src/extension/guard/lines.ts';
import { guardPageUrl } from '../src/extension/guard/page-url.ts';
import type { GuardResponse } from '../src/scorer/protocol.ts';

/** The page's text is read again at most this often while it changes; slower when judging takes long. */
const RECHECK_MS = 800;
const MAX_RECHECK_MS = 10_000;

// The platform guard (options page, off by default). Registered at runtime on every
// page only while it is on and the user granted access. Small on purpose: it reads the
// page's visible text and asks the background, which judges off the page. When the
// answer is "stop", the page is covered at once and replaced by RedFlag's warning page.
export default defineContentScript({
  registration: 'runtime',
  matches: [],
  runAt: 'document_start',
  main() {
    if (window.top !== window) return;
    let stopped = false;
    let inFlight = false;
    let interval = RECHECK_MS;
    let pending: string[] | null = null;

    const ask = async (lines: string[] | null): Promise<void> => {
      if (stopped) return;
      if (inFlight) return void (pending = lines);
      inFlight = true;
      const started = Date.now();
      const reply = (await browser.runtime.sendMessage({ type: 'redflag:guard', lines }).catch(() => null)) as (GuardResponse & { token?: string }) | null;
      inFlight = false;
      // One question at a time, and less often on pages whose text is slow to judge or never stops changing.
      interval = Math.min(MAX_RECHECK_MS, Math.max(RECHECK_MS, 2 * (Date.now() - started), interval * 1.5));
      if (reply?.ok && reply.finding && reply.token) return stop(reply.token);
      if (pending) {
        const next = pending;
        pending = null;
        void ask(next);
      }
    };

    const stop = (token: string): void => {
      stopped = true;
      const warning = guardPageUrl(browser.runtime.getURL('/guard.html'), token);
      cover(warning);
      // Replaces this page in the history, so "Go back" on the warning leaves the site.
      location.replace(warning);
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
      timer ??= setTimeout(readText, interval);
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

/**
 * Hides the page at once while the warning loads, and stays if the page holds the
 * navigation back ("Leave site?"): the person then opens the warning themselves.
 */
function cover(warning: string): void {
  const host = document.createElement('redflag-guard');
  host.style.setProperty('all', 'initial', 'important');
  const root = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('style', 'position:fixed;inset:0;z-index:2147483647;background:#fff5f5;color:#1a1a1a;font:20px/1.5 system-ui,sans-serif;display:flex;align-items:center;justify-content:center;text-align:center;padding:1rem');
  const text = document.createElement('p');
  text.textContent = 'RedFlag stopped this page. ';
  const link = document.createElement('a');
  link.href = warning;
  link.textContent = 'See why';
  link.setAttribute('style', 'color:#b71c1c;font-weight:700');
  text.append(link);
  box.append(text);
  root.append(box);
  (document.body ?? document.documentElement).append(host);
}
