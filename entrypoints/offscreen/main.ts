import browser, { type Runtime } from 'webextension-polyfill';
import { isBackground, type Self } from '../../src/extension/senders.ts';
import { type ScorerCall, ScorerRuntime } from '../../src/scorer/runtime.ts';

// Chrome's offscreen document: holds the warm scorer for the background worker,
// and answers nobody else (content scripts' messages reach this page too).
const self: Self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
const runtime = new ScorerRuntime();

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const m = message as { type?: string; call?: ScorerCall } | null;
  if (m?.type !== 'redflag:offscreen' || !m.call || !isBackground(sender, self)) return undefined;
  return runtime.handle(m.call);
});
