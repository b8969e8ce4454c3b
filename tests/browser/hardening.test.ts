import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeClassifier } from '../../src/classifier/node.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { scanWithClassifier } from '../../src/engine/index.ts';
import { parseConversationLine } from '../../src/format/conversation.ts';
import { whatsapp } from '../../src/sites/whatsapp.ts';
import { loadFixture } from '../sites/fixture-check.ts';
import { appendMessage, launch, openExtensionPage, openFixture, RELEASE_EXTENSION, ROOT, scored, type Session } from './harness.ts';

/**
 * What a user relies on when things go wrong: the model really loads, protection
 * survives a lost scorer, hostile text and a hostile page, and "Not a scam" cannot
 * be pressed for the user or talk away a later, more serious step.
 */
const scam = loadFixture(whatsapp, 'scam').expected;
const RECOVERY = 'We are contacting victims of the Hexamint platform: our asset recovery team traced your usdt, we can recover your lost funds';

const append = appendMessage;
const status = (page: Page) => page.evaluate(() => document.documentElement.getAttribute('data-redflag-status') ?? '');
const badges = (page: Page) => page.locator('redflag-badge').count();
const popup = (session: Session): Promise<Page> => openExtensionPage(session, 'popup.html');

describe('the test build', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('loads the model, names it in the popup, and scores as the CLI does (fused risk to 1e-4)', async () => {
    const classifier = await loadNodeClassifier();
    const page = await popup(session);
    const model = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'redflag:model-status' }));
    expect(model).toEqual({ state: 'loaded', version: classifier.metadata.version });
    await expect.poll(() => page.getByTestId('model-status').innerText()).toContain(classifier.metadata.version);
    const lines = readFileSync(join(ROOT, 'model', 'examples', 'conversations.jsonl'), 'utf8').split('\n').filter(Boolean);
    const fixtures = [scam, loadFixture(whatsapp, 'benign').expected];
    // One scam and one benign corpus conversation in each language besides English, too.
    const corpus = loadCorpus(join(ROOT, 'model', 'corpus'));
    const otherLanguages = [...new Set(corpus.map((c) => c.lang))].filter((l) => l !== 'en');
    expect(otherLanguages.length).toBeGreaterThan(0);
    const multilingual = otherLanguages.flatMap((lang) =>
      ['scam', 'benign'].flatMap((label) => corpus.filter((c) => c.lang === lang && c.label === label).slice(0, 1).map((c) => c.messages.slice(0, 400))),
    );
    const conversations = [
      ...lines.map((l) => (parseConversationLine(l) as { ok: true; value: { messages: Array<{ from: 'them' | 'me'; text: string }> } }).value.messages),
      ...fixtures.map((f) => f.messages),
      ...multilingual,
    ];
    for (const messages of conversations) {
      const plain = messages.map(({ from, text }) => ({ from, text }));
      const cli = (await scanWithClassifier(plain, classifier)).verdict();
      const browser = (await page.evaluate((m) => chrome.runtime.sendMessage({ type: 'redflag:check', messages: m }), plain)) as { ok: boolean; verdict: { risk: number; level: string } };
      expect(browser.ok).toBe(true);
      expect(Math.abs(browser.verdict.risk - cli.risk)).toBeLessThanOrEqual(1e-4);
      expect(browser.verdict.level).toBe(cli.level);
    }
    await page.close();
  });

  it('keeps warning after the offscreen scorer is closed and after the service worker is stopped', async () => {
    const page = await openFixture(session, whatsapp.exampleUrl, 'whatsapp', 'scam');
    await scored(page, scam.messages.length);
    const before = await badges(page);
    // The offscreen document goes away (Chrome may close it; it may crash).
    const worker = session.context.serviceWorkers()[0]!;
    await worker.evaluate(() => chrome.offscreen.closeDocument());
    await append(page, 'them', scam.live.text);
    await scored(page, scam.messages.length + 1);
    await expect.poll(() => badges(page)).toBeGreaterThan(before);
    expect(await status(page)).toMatch(/^ok /);
    // The service worker is stopped (Chrome does this after 30 s idle).
    const cdp: CDPSession = await session.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const afterWorker = await badges(page);
    await append(page, 'them', 'You must pay the 20% tax before you can withdraw your 80,000 USDT, otherwise the account stays frozen');
    await scored(page, scam.messages.length + 2);
    await expect.poll(() => badges(page)).toBeGreaterThan(afterWorker);
    expect(await status(page)).toMatch(/^ok /);
    await page.close();
  });

  it('answers promptly after hostile text: 20 kB of money words, quotes and digit runs, then a scam message', async () => {
    const page = await openFixture(session, whatsapp.exampleUrl, 'whatsapp', 'scam');
    await scored(page, scam.messages.length);
    const hostile = ['five thousand usdt '.repeat(1100), '"'.repeat(20_000), '1,'.repeat(10_000), '((((('.repeat(4000), 'x'.repeat(20_000)];
    for (const text of hostile) await append(page, 'them', text);
    const before = await badges(page);
    const t0 = Date.now();
    await append(page, 'them', scam.live.text);
    await scored(page, scam.messages.length + hostile.length + 1);
    await expect.poll(() => badges(page)).toBeGreaterThan(before);
    // Seconds, not minutes (the engine's own tests check linear growth precisely).
    expect(Date.now() - t0).toBeLessThan(20_000);
    await page.close();
  });

  it('re-arms when the page fakes WXT’s "content script started" event', async () => {
    const page = await openFixture(session, whatsapp.exampleUrl, 'whatsapp', 'scam');
    await scored(page, scam.messages.length);
    await page.evaluate((id) => {
      const type = `${id}:content:wxt:content-script-started`;
      document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: 'content', messageId: 'page' } }));
      window.postMessage({ type, contentScriptName: 'content', messageId: 'page' }, '*');
    }, session.extensionId);
    const before = await badges(page);
    await append(page, 'them', scam.live.text);
    await scored(page, scam.messages.length + 1);
    await expect.poll(() => badges(page)).toBeGreaterThan(before);
    await page.close();
  });

  it('ignores clicks a page script dispatches, asks before "Not a scam", and warns again at a later, more serious step', async () => {
    const page = await openFixture(session, whatsapp.exampleUrl, 'whatsapp', 'scam');
    await scored(page, scam.messages.length);
    const banner = page.locator('redflag-banner');
    await banner.getByRole('button', { name: 'Why?' }).click();
    // A page script "presses" Not a scam and its confirmation: nothing happens.
    await page.evaluate(() => {
      const root = document.querySelector('redflag-banner')!.shadowRoot!;
      const press = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent?.includes(name))?.click();
      press('Not a scam');
      press('Yes, I know this person');
      press('×');
    });
    await page.waitForTimeout(300);
    expect(await banner.count()).toBe(1);
    expect(await banner.getByRole('button', { name: 'Yes, I know this person' }).count()).toBe(0);
    // The user's own click asks first; "Keep warning me" keeps the warning.
    await banner.getByRole('button', { name: 'Not a scam' }).click();
    await banner.getByRole('button', { name: 'Keep warning me' }).click();
    expect(await banner.count()).toBe(1);
    await banner.getByRole('button', { name: 'Not a scam' }).click();
    await banner.getByRole('button', { name: 'Yes, I know this person' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    // The settings page lists it, without the contact's name or thread id.
    const settingsPage = await openExtensionPage(session, 'options.html');
    await expect.poll(() => settingsPage.locator('body').innerText()).toContain('WhatsApp Web, marked');
    const stored = JSON.stringify(await settingsPage.evaluate(() => chrome.storage.local.get(null)));
    expect(stored).not.toContain(scam.threadId);
    // A recovery "agent" appears: a more serious step than the one marked. The warning returns.
    await append(page, 'them', RECOVERY);
    await scored(page, scam.messages.length + 1);
    await expect.poll(() => banner.count()).toBe(1);
    expect(await banner.getByText(/You marked this conversation as not a scam/).count()).toBe(1);
    // Clearing the list from the settings page warns again everywhere.
    await settingsPage.getByRole('button', { name: 'Warn again in all of them' }).click();
    await expect.poll(() => settingsPage.evaluate(() => chrome.storage.local.get('silenced').then((s) => Object.keys(s.silenced ?? {}).length))).toBe(0);
    await settingsPage.close();
    await page.close();
  });

  it('refuses messages from the wrong sender and malformed or oversized requests', async () => {
    const page = await popup(session);
    const reply = (m: unknown) => page.evaluate((msg) => chrome.runtime.sendMessage(msg).catch((e: Error) => `rejected: ${e.message}`), m);
    // Scoring is for content scripts on chat sites, not extension pages.
    expect(await reply({ type: 'redflag:score', thread: 'x', reset: true, messages: [] })).toMatchObject({ ok: false, error: expect.stringMatching(/supported chat site/) });
    // The offscreen scorer answers only the service worker.
    expect(await reply({ type: 'redflag:offscreen', call: { type: 'status' } })).not.toMatchObject({ state: 'loaded' });
    expect(await reply({ type: 'redflag:check', messages: [{ from: 'them', text: 'x'.repeat(30_000) }] })).toMatchObject({ ok: false, error: expect.stringMatching(/longer than/) });
    expect(await reply({ type: 'redflag:check', messages: 'hi' })).toMatchObject({ ok: false, error: expect.stringMatching(/array/) });
    await page.close();
  });
});

describe('the release build, as a page sees it', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(RELEASE_EXTENSION);
  });
  afterAll(async () => {
    await session?.close();
  });

  /** The accessibility tree reaches into closed shadow roots, as a screen reader does. */
  async function axNames(page: Page): Promise<string[]> {
    const cdp = await session.context.newCDPSession(page);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: Array<{ name?: { value?: string } }> };
    await cdp.detach();
    return nodes.map((n) => n.name?.value ?? '').filter(Boolean);
  }

  it('shows the warning, yet the page can neither read it nor hide it', async () => {
    const page = await openFixture(session, whatsapp.exampleUrl, 'whatsapp', 'scam');
    await expect.poll(async () => (await axNames(page)).some((n) => n.includes('RedFlag warning about this message')), { timeout: 60_000 }).toBe(true);
    await expect.poll(async () => (await axNames(page)).some((n) => /this scam takes the rest|steps of an investment scam/.test(n)), { timeout: 30_000 }).toBe(true);
    const seen = await page.evaluate(() => {
      const ours = [...document.querySelectorAll('redflag-banner, redflag-badge')];
      const attributes = [document.documentElement, ...ours].flatMap((el) => [...el.attributes].map((a) => a.name)).filter((n) => /redflag|level|stage|key|sample/.test(n));
      return { count: ours.length, openRoots: ours.filter((el) => el.shadowRoot !== null).length, attributes };
    });
    expect(seen.count).toBeGreaterThan(0);
    expect(seen.openRoots).toBe(0);
    expect(seen.attributes).toEqual([]);
    // The page tries to hide the banner with a stylesheet and inline styles.
    await page.addStyleTag({ content: 'redflag-banner, redflag-badge { display: none !important; visibility: hidden !important; }' });
    await page.evaluate(() => {
      for (const el of document.querySelectorAll<HTMLElement>('redflag-banner, redflag-badge')) el.style.setProperty('display', 'none', 'important');
    });
    await page.waitForTimeout(100);
    const hidden = await page.evaluate(() =>
      [...document.querySelectorAll('redflag-banner, redflag-badge')].filter((el) => {
        const s = getComputedStyle(el);
        return s.display === 'none' || s.visibility === 'hidden';
      }).length,
    );
    expect(hidden).toBe(0);
    await page.close();
  });
});
