import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';
import { expect } from 'vitest';
import { readThread } from '../../src/sites/read.ts';
import type { SiteAdapter } from '../../src/sites/types.ts';

export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));
export const FIXTURE_NAMES = ['scam', 'benign'] as const;

export interface Expected {
  threadId: string;
  messages: Array<{ from: 'them' | 'me'; text: string }>;
  /** Indexes of messages that must get a badge, and of messages that must not. */
  flag: number[];
  quiet: number[];
  /** A message the browser test appends live through the fixture's `window.__fixture.append`. */
  live: { from: 'them' | 'me'; text: string };
}

export function loadFixture(adapter: SiteAdapter, name: string): { html: string; expected: Expected } {
  const dir = join(FIXTURES, adapter.id);
  return {
    html: readFileSync(join(dir, `${name}.html`), 'utf8'),
    expected: JSON.parse(readFileSync(join(dir, `${name}.expected.json`), 'utf8')) as Expected,
  };
}

/** A fixture page as a DOM (scripts not run), at the adapter's example URL. */
export function fixtureDocument(adapter: SiteAdapter, html: string): Document {
  const window = new Window({ url: adapter.exampleUrl, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  return window.document as unknown as Document;
}

/** What every adapter must read from its fixtures: the thread, each message's direction and text, stable unique keys. */
export function checkAdapterFixtures(adapter: SiteAdapter): void {
  for (const name of FIXTURE_NAMES) {
    const { html, expected } = loadFixture(adapter, name);
    const reading = readThread(adapter, fixtureDocument(adapter, html));
    expect(reading, `${adapter.id}/${name}: thread not found`).not.toBeNull();
    expect(reading!.health.message, `${adapter.id}/${name}: messages found only by fallback selectors`).toBe(0);
    expect(reading!.threadId).toBe(expected.threadId);
    expect(reading!.messages.map(({ from, text }) => ({ from, text }))).toEqual(expected.messages);
    const keys = reading!.messages.map((m) => m.key);
    expect(new Set(keys).size).toBe(keys.length);
    // Reading twice gives the same keys: they are stable.
    expect(readThread(adapter, fixtureDocument(adapter, html))!.messages.map((m) => m.key)).toEqual(keys);
  }
}
