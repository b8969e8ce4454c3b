import browser from 'webextension-polyfill';
import { defineBackground } from 'wxt/utils/define-background';
import { checkSelectionOrPage, showResult } from '../src/extension/generic-reader.ts';

// Routes scoring requests to the warm scorer: an offscreen document on Chrome
// (where WebAssembly may run whatever the page's security policy), this
// background page itself on Firefox. Also the context-menu checks.
export default defineBackground(() => {
  const score = import.meta.env.FIREFOX ? firefoxScorer() : chromeScorer();

  browser.runtime.onMessage.addListener((message: unknown) => {
    const type = (message as { type?: string }).type;
    if (type === 'redflag:score') return score(message);
    if (type === 'redflag:save-sample') {
      // Filled in by the researcher tools (opt-in local collection); nothing is kept yet.
      return Promise.resolve({ message: 'Sample collection is not turned on.' });
    }
    return undefined;
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: 'redflag-check-page', title: 'RedFlag: check this conversation', contexts: ['page'] });
    browser.contextMenus.create({ id: 'redflag-check-selection', title: 'RedFlag: check selected text', contexts: ['selection'] });
  });
  browser.contextMenus.onClicked.addListener(async (info, tab) => {
    if (tab?.id === undefined) return;
    const lines = await checkSelectionOrPage(tab.id, info.menuItemId === 'redflag-check-selection' ? (info.selectionText ?? '') : null);
    const result = (await score({ type: 'redflag:check-lines', lines })) as { level: string; reasons: string[] };
    await showResult(tab.id, result);
  });
});

type Score = (message: unknown) => Promise<unknown>;

function firefoxScorer(): Score {
  const runtime = import('../src/scorer/runtime.ts');
  const scorer = runtime.then((r) => r.createExtensionScorer());
  return async (message) => {
    const r = await runtime;
    if ((message as { type: string }).type === 'redflag:check-lines') return r.checkLines((message as { lines: string[] }).lines);
    return r.handleScore(scorer, message);
  };
}

function chromeScorer(): Score {
  let ready: Promise<void> | null = null;
  const ensureOffscreen = async (): Promise<void> => {
    const url = browser.runtime.getURL('/offscreen.html');
    const contexts = await chrome.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType], documentUrls: [url] });
    if (contexts.length > 0) return;
    await chrome.offscreen.createDocument({
      url,
      reasons: ['WORKERS' as chrome.offscreen.Reason],
      justification: 'Runs the on-device scam classifier (WebAssembly) away from web pages.',
    });
  };
  return async (message) => {
    ready ??= ensureOffscreen().catch((e: unknown) => {
      ready = null;
      throw e;
    });
    await ready;
    return browser.runtime.sendMessage({ type: 'redflag:offscreen', payload: message });
  };
}
