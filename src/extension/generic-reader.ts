import browser from 'webextension-polyfill';
import { type ScoreResponse, topReasons } from '../scorer/protocol.ts';

/** What the overlay shows: the level and the strongest distinct reasons, or why the check failed. */
interface CheckView {
  level: string;
  reasons: string[];
  error: string | null;
}

/**
 * The generic reader, for any page the user asks about through the context
 * menu. It runs only on that click (activeTab), so RedFlag needs no access
 * to sites it does not support.
 */
export async function checkSelectionOrPage(tabId: number, selection: string | null): Promise<string[]> {
  if (selection !== null) return splitLines(selection);
  // The end of the page is the newest part of a conversation; a huge page is cut before it is sent.
  const [text] = await run(tabId, () => (document.body?.innerText ?? '').slice(-1_000_000), []);
  return splitLines(typeof text === 'string' ? text : '');
}

export async function showResult(tabId: number, reply: ScoreResponse): Promise<void> {
  const view: CheckView =
    reply.ok
      ? { level: reply.verdict.level, reasons: topReasons(reply.verdict), error: null }
      : { level: 'none', reasons: [], error: reply.error };
  await run(tabId, showOverlay, [view]);
}

function splitLines(text: string): string[] {
  return text
    .split(/\n+/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
}

/** Runs a function in the tab: scripting API on MV3, tabs.executeScript on Firefox MV2. */
async function run<A extends unknown[]>(tabId: number, func: (...args: A) => unknown, args: A): Promise<unknown[]> {
  if (browser.scripting) {
    const results = await browser.scripting.executeScript({ target: { tabId }, func: func as () => void, args });
    return results.map((r) => r.result);
  }
  return browser.tabs.executeScript(tabId, { code: `(${func.toString()})(...${JSON.stringify(args)})` });
}

/** Injected into the page: a plain overlay built from text nodes (never HTML). */
function showOverlay(result: CheckView): void {
  const previous = (window as { __redflagOverlay?: Element }).__redflagOverlay;
  previous?.remove();
  const host = document.createElement('redflag-check-result');
  (window as { __redflagOverlay?: Element }).__redflagOverlay = host;
  // Closed, like the warnings: the page can neither read the result nor press its button.
  const shadow = host.attachShadow({ mode: 'closed' });
  const box = document.createElement('div');
  box.setAttribute('role', 'dialog');
  box.setAttribute('aria-label', 'RedFlag check');
  box.style.cssText =
    'position:fixed;top:16px;right:16px;max-width:420px;z-index:2147483647;background:#fff;color:#1a1a1a;border:2px solid #b3261e;border-radius:10px;padding:14px;font:16px/1.45 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.25)';
  const title = document.createElement('strong');
  title.textContent = result.error
    ? `RedFlag could not check this page: ${result.error}`
    : result.level === 'high' || result.level === 'medium'
      ? 'RedFlag: this text matches steps of an investment-scam script.'
      : 'RedFlag: nothing of concern found in this text.';
  box.append(title);
  const list = document.createElement('ul');
  for (const reason of result.reasons) {
    const li = document.createElement('li');
    li.textContent = reason;
    list.append(li);
  }
  if (result.reasons.length > 0) box.append(list);
  const close = document.createElement('button');
  close.textContent = 'Close';
  close.style.cssText = 'font:inherit;margin-top:8px;padding:4px 12px';
  close.addEventListener('click', (e) => {
    if (e.isTrusted) host.remove();
  });
  box.append(close);
  shadow.append(box);
  document.documentElement.append(host);
  close.focus();
}
