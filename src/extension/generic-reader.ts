import browser from 'webextension-polyfill';
import type { ScoreResponse } from '../scorer/protocol.ts';
import { headline, rankReasons } from '../ui/advice.ts';
import { reason, t, uiDir } from '../ui/i18n.ts';

/** What the overlay shows, in the reader's language: a headline and the strongest distinct reasons. */
interface CheckView {
  title: string;
  reasons: string[];
  close: string;
  label: string;
  dir: 'ltr' | 'rtl';
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
  const words = { close: t('close_details'), label: t('brand_label'), dir: uiDir() };
  if (!reply.ok) return void (await run(tabId, showOverlay, [{ ...words, title: `RedFlag: ${t('check_error', { error: reply.error })}`, reasons: [] }]));
  const v = reply.verdict;
  const warned = v.level === 'high' || v.level === 'medium';
  const title = warned ? `${t(`level_${v.level === 'high' ? 'high' : 'medium'}`)}: ${t(headline(v).title)}` : v.unreadLanguage && v.reasons.length === 0 ? t('check_unjudged') : t('check_clear');
  const view: CheckView = { ...words, title: `RedFlag — ${title}`, reasons: rankReasons(v.reasons).slice(0, 5).map((r) => reason(r.rule, r.text)) };
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
  box.setAttribute('aria-label', result.label);
  box.dir = result.dir;
  box.style.cssText =
    'position:fixed;top:16px;right:16px;max-width:420px;z-index:2147483647;background:#fff;color:#1a1a1a;border:2px solid #b3261e;border-radius:10px;padding:14px;font:16px/1.45 system-ui,sans-serif;box-shadow:0 4px 16px rgba(0,0,0,.25)';
  const title = document.createElement('strong');
  title.textContent = result.title;
  box.append(title);
  const list = document.createElement('ul');
  for (const reason of result.reasons) {
    const li = document.createElement('li');
    li.textContent = reason;
    list.append(li);
  }
  if (result.reasons.length > 0) box.append(list);
  const close = document.createElement('button');
  close.textContent = result.close;
  close.style.cssText = 'font:inherit;margin-top:8px;padding:4px 12px';
  close.addEventListener('click', (e) => {
    if (e.isTrusted) host.remove();
  });
  box.append(close);
  shadow.append(box);
  document.documentElement.append(host);
  close.focus();
}
