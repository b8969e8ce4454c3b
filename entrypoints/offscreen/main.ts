import browser from 'webextension-polyfill';
import { checkLines, createExtensionScorer, handleScore } from '../../src/scorer/runtime.ts';

// Chrome's offscreen document: holds the warm scorer for the background worker.
const scorer = createExtensionScorer();

browser.runtime.onMessage.addListener((message: unknown) => {
  const m = message as { type?: string; payload?: { type?: string; lines?: string[] } };
  if (m.type !== 'redflag:offscreen' || !m.payload) return undefined;
  if (m.payload.type === 'redflag:check-lines') return Promise.resolve(checkLines(m.payload.lines ?? []));
  return handleScore(scorer, m.payload);
});
