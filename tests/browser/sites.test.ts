import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../src/sites/registry.ts';
import { fixtureDocument, loadFixture } from '../sites/fixture-check.ts';
import { readThread } from '../../src/sites/read.ts';
import { ARTIFACTS, launch, openFixture, scored, type Session } from './harness.ts';

/** Screenshots of the warnings on these sites are kept in tests/artifacts/. */
const SCREENSHOT_SITES = new Set(ADAPTERS.slice(0, 3).map((a) => a.id));

let session: Session;
beforeAll(async () => {
  session = await launch();
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(async () => {
  await session?.close();
});


const badgeKeys = (page: Page): Promise<string[]> => page.locator('redflag-badge').evaluateAll((els) => els.map((e) => e.getAttribute('data-message-key') ?? ''));

describe.each(ADAPTERS.map((a) => [a.id, a] as const))('%s in Chromium', (id, adapter) => {
  it('warns on the scam conversation at the right messages, and on a message appended live', async () => {
    const { html, expected } = loadFixture(adapter, 'scam');
    const keys = readThread(adapter, fixtureDocument(adapter, html))!.messages.map((m) => m.key);
    const page = await openFixture(session, adapter.exampleUrl, id, 'scam');
    await scored(page, expected.messages.length);
    await expect.poll(() => page.locator('redflag-banner').count()).toBe(1);
    expect(await page.locator('redflag-banner').getAttribute('data-level')).toMatch(/medium|high/);
    const flagged = await badgeKeys(page);
    for (const i of expected.flag) expect(flagged, `message ${i} should carry a badge`).toContain(keys[i]);
    for (const i of expected.quiet) expect(flagged, `message ${i} should not carry a badge`).not.toContain(keys[i]);
    if (SCREENSHOT_SITES.has(id)) {
      await page.locator('redflag-banner').getByRole('button', { name: 'Why?' }).click();
      await page.screenshot({ path: join(ARTIFACTS, `${id}-warning.png`), fullPage: true });
    }
    const before = flagged.length;
    await page.evaluate(({ from, text }) => (window as unknown as { __fixture: { append(f: string, t: string): void } }).__fixture.append(from, text), expected.live);
    await scored(page, expected.messages.length + 1);
    await expect.poll(async () => (await badgeKeys(page)).length).toBeGreaterThan(before);
    await page.close();
  });

  it('stays quiet on the benign conversation', async () => {
    const { expected } = loadFixture(adapter, 'benign');
    const page = await openFixture(session, adapter.exampleUrl, id, 'benign');
    await scored(page, expected.messages.length);
    await page.evaluate(({ from, text }) => (window as unknown as { __fixture: { append(f: string, t: string): void } }).__fixture.append(from, text), expected.live);
    await scored(page, expected.messages.length + 1);
    expect(await page.locator('redflag-banner').count()).toBe(0);
    expect(await page.locator('redflag-badge').count()).toBe(0);
    await page.close();
  });

  it('remembers "Not a scam" for the conversation across reloads, and can undo it', async () => {
    const { expected } = loadFixture(adapter, 'scam');
    const page = await openFixture(session, adapter.exampleUrl, id, 'scam');
    await scored(page, expected.messages.length);
    await page.locator('redflag-banner').getByRole('button', { name: 'Why?' }).click();
    await page.locator('redflag-banner').getByRole('button', { name: 'Not a scam' }).click();
    // It asks first, and says why.
    await page.locator('redflag-banner').getByRole('button', { name: 'Yes, I know this person' }).click();
    await expect.poll(() => page.locator('redflag-banner').count()).toBe(0);
    expect(await page.locator('redflag-badge').count()).toBe(0);
    await page.reload();
    await scored(page, expected.messages.length);
    await expect.poll(() => page.locator('redflag-undo').count()).toBe(1);
    expect(await page.locator('redflag-banner').count()).toBe(0);
    await page.locator('redflag-undo').getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('redflag-banner').count()).toBe(1);
    await page.close();
  });
});

describe('the extension itself', () => {
  it('made no network request of its own during these tests', () => {
    expect(session.extensionRequests).toEqual([]);
  });
});
