import { readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, openFixture, type Session } from './harness.ts';

// Researcher mode and the evidence report on the built extension: a sample saved from a
// warning reaches the review page redacted, is labelled and exported; the report of the same
// conversation opens in a tab and prints to PDF.

/** Personal data the other party sends in the chat: none of it may reach an exported sample. */
const PERSONAL = 'You can also call me on +1 415 555 0134 or write to vivian.chen88@gmail.com, my telegram is @vivian_trades';

async function axe(page: Page, what: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const result = await new AxeBuilder({ page }).analyze();
    if (result.violations.length > 0) throw new Error(`${what} (${colorScheme}): ${result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`).join(', ')}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

async function warnedChat(session: Session): Promise<Page> {
  const page = await openFixture(session, 'https://web.whatsapp.com/', 'whatsapp', 'scam');
  await page.locator('redflag-banner').waitFor();
  await page.evaluate((text) => (window as unknown as { __fixture: { append(from: string, text: string): void } }).__fixture.append('them', text), PERSONAL);
  await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('data-redflag-status'))).toMatch(/ 11$/);
  return page;
}

describe('researcher mode', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('is off by default: a warning offers no "Save sample"', async () => {
    const page = await warnedChat(session);
    const banner = page.locator('redflag-banner');
    await banner.getByRole('button', { name: 'Why?' }).click();
    await banner.getByRole('button', { name: 'Not a scam' }).waitFor();
    expect(await banner.getByRole('button', { name: 'Save sample' }).count()).toBe(0);
    await page.close();
  });

  it('saves a redacted sample from a warning; the review page labels and exports it without the personal data', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByLabel('Researcher mode').check();
    await options.getByRole('link', { name: 'Review, label and export samples' }).waitFor();
    await axe(options, 'options page');
    await options.close();

    const page = await warnedChat(session);
    const banner = page.locator('redflag-banner');
    await banner.getByRole('button', { name: 'Why?' }).click();
    await banner.getByRole('button', { name: 'Save sample' }).click();
    await expect.poll(() => banner.getAttribute('data-sample-status'), { timeout: 15_000 }).toMatch(/^Sample saved \(1 of 2,000\)/);
    expect(await banner.locator('p.status').textContent()).toMatch(/Sample saved/);
    await page.close();

    const review = await session.context.newPage();
    await review.setViewportSize({ width: 1280, height: 900 });
    await review.goto(`chrome-extension://${session.extensionId}/samples.html`);
    await review.getByText('1 of 2,000 samples').waitFor();
    await review.getByRole('button', { name: /WhatsApp|whatsapp/ }).first().click();
    await review.getByRole('button', { name: 'Scam', exact: true }).click();
    await review.getByLabel('Note').fill('wrong-number opener, 20% tax to withdraw');
    await review.getByRole('button', { name: 'Save label' }).click();
    await review.getByText('Labelled: scam').waitFor();
    await review.screenshot({ path: join(ARTIFACTS, 'samples-review.png'), fullPage: true });
    await axe(review, 'review page');
    // A phone-width window and a dark theme: nothing may run off the side.
    await review.setViewportSize({ width: 400, height: 800 });
    await review.emulateMedia({ colorScheme: 'dark' });
    expect(await review.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await review.screenshot({ path: join(ARTIFACTS, 'samples-review-narrow-dark.png'), fullPage: true });
    await review.emulateMedia({ colorScheme: 'light' });
    await review.setViewportSize({ width: 1280, height: 900 });

    const download = review.waitForEvent('download');
    await review.getByRole('button', { name: 'Export JSONL' }).click();
    const path = join(tmpdir(), `redflag-export-${Date.now()}.jsonl`);
    await (await download).saveAs(path);
    const exported = readFileSync(path, 'utf8');
    const sample = JSON.parse(exported.trim().split('\n')[0]!);
    expect(sample.schema).toBe('redflag.sample/1');
    expect(sample.site).toBe('whatsapp');
    expect(sample.label).toEqual(expect.objectContaining({ value: 'scam', note: 'wrong-number opener, 20% tax to withdraw' }));
    expect(sample.verdict.reasons.length).toBeGreaterThan(0);
    // What researchers need stays; who the people are does not.
    expect(exported).toContain('coinvexa-pro dot com');
    expect(exported).toContain('20% personal income tax');
    for (const personal of ['415 555 0134', '4155550134', 'vivian.chen88', 'gmail.com', '@vivian_trades', 'vivian_trades', 'Vivian', 'Daniel']) expect(exported).not.toContain(personal);
    expect(exported).toMatch(/PHONE_1/);
    expect(exported).toMatch(/EMAIL_1/);
    await review.close();
  });
});

describe('the evidence report', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens from the warning in a new tab, lists the evidence and prints to PDF', async () => {
    const page = await warnedChat(session);
    const banner = page.locator('redflag-banner');
    await banner.getByRole('button', { name: 'What to do' }).click();
    const opened = session.context.waitForEvent('page');
    await banner.getByRole('button', { name: 'Evidence report' }).click();
    const report = await opened;
    await report.waitForURL(`chrome-extension://${session.extensionId}/report.html#*`);
    await report.getByRole('heading', { name: 'Evidence report' }).waitFor({ timeout: 20_000 });
    const text = (await report.locator('body').textContent()) ?? '';
    for (const expected of ['First contact', 'Fees or taxes to withdraw', 'My aunt is a senior analyst', '+1 415 555 0134', 'SHA-256']) expect(text).toContain(expected);
    await report.setViewportSize({ width: 1280, height: 900 });
    await report.screenshot({ path: join(ARTIFACTS, 'evidence-report.png'), fullPage: true });
    await report.setViewportSize({ width: 400, height: 800 });
    expect(await report.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
    await report.screenshot({ path: join(ARTIFACTS, 'evidence-report-narrow.png'), fullPage: true });
    await report.setViewportSize({ width: 1280, height: 900 });
    await axe(report, 'evidence report');
    const pdf = join(tmpdir(), `redflag-report-${Date.now()}.pdf`);
    await report.pdf({ path: pdf, format: 'A4' });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    expect(statSync(pdf).size).toBeGreaterThan(10_000);

    // Redacted for sharing in public: the phone number goes, the evidence stays.
    await report.getByLabel(/Hide names, phone numbers and handles/).check();
    await expect.poll(async () => (await report.locator('body').textContent()) ?? '').not.toContain('415 555 0134');
    expect(await report.locator('body').textContent()).toContain('My aunt is a senior analyst');
    await report.close();
    await page.close();
  });
});
