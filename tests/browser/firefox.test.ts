import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadNodeClassifier } from '../../src/classifier/node.ts';
import { whatsapp } from '../../src/sites/whatsapp.ts';
import { FIXTURES, ROOT } from './harness.ts';

/**
 * Firefox (Debian's firefox-esr over WebDriver BiDi) with the Firefox test build installed:
 * the scorer runs in the background page there, and the model must load in it too.
 */
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = join(ROOT, '.output', 'test', 'firefox-mv2');
/** A fixed internal UUID for the add-on, so its own pages have a known address. */
const UUID = '6f1d2c3b-1a2b-4c5d-8e9f-0a1b2c3d4e5f';
const GUARD_PAGES = join(ROOT, 'tests', 'engine', 'platform', 'pages');

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`);
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Build the test extension first: npm run build:test');
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ 'redflag@redflag.invalid': UUID }) },
  });
  await browser.installExtension(EXTENSION);
});
afterAll(async () => {
  await browser?.close();
});

/**
 * RedFlag's options page. WebDriver may not navigate to an add-on's pages: a web page goes to the
 * warning page (which pages may open), and from there, inside the add-on, to its options page.
 */
async function openOptions(): Promise<Page> {
  const options = await browser.newPage();
  await options.setRequestInterception(true);
  options.on('request', (request) => {
    if (request.url().startsWith('moz-extension:')) void request.continue();
    else void request.respond({ status: 200, contentType: 'text/html', body: '<p>start</p>' });
  });
  await options.goto('https://example.org/');
  await options.evaluate((uuid) => location.assign(`moz-extension://${uuid}/guard.html`), UUID);
  await options.waitForFunction(() => location.href.startsWith('moz-extension:'), { timeout: 10_000 });
  await options.evaluate(() => location.assign('options.html'));
  return options;
}

/** WhatsApp Web's scam fixture, served at the site's real address. */
async function openWhatsAppScam(): Promise<Page> {
  const page = await browser.newPage();
  await page.setRequestInterception(true);
  const html = readFileSync(join(FIXTURES, 'whatsapp', 'scam.html'), 'utf8');
  page.on('request', (request) => {
    if (request.url().split('#')[0] === whatsapp.exampleUrl) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else void request.abort();
  });
  await page.goto(whatsapp.exampleUrl);
  return page;
}

describe('Firefox', () => {
  it('loads the model in the background page and warns on the WhatsApp scam fixture', async () => {
    const page = await openWhatsAppScam();
    const { metadata } = await loadNodeClassifier();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-redflag-model'), { timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-redflag-model'))).toBe(`loaded ${metadata.version}`);
    await page.waitForFunction(() => document.querySelector('redflag-banner') !== null, { timeout: 60_000 });
    expect(await page.evaluate(() => document.querySelectorAll('redflag-badge').length)).toBeGreaterThan(0);
    await page.close();
  });

  it('runs the platform guard once it is turned on: a withdrawal held behind a tax gets the warning page', async () => {
    const options = await openOptions();
    await options.waitForFunction(() => document.body?.innerText.includes('The guard is off.'), { timeout: 10_000 });
    await options.locator('button ::-p-text(Turn the guard on)').click();
    await options.waitForFunction(() => document.body.innerText.includes('The guard is on.'), { timeout: 20_000 });
    await options.close();
    await new Promise((r) => setTimeout(r, 1000));

    const page = await browser.newPage();
    await page.setRequestInterception(true);
    const html = readFileSync(join(GUARD_PAGES, 'fake-withdrawal-tax.html'), 'utf8');
    const url = 'https://www.vantrex-global.net/assets/withdraw';
    page.on('request', (request) => {
      if (request.url().split('#')[0] === url) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else if (request.url().startsWith('moz-extension:')) void request.continue();
      else void request.abort();
    });
    await page.goto(url).catch(() => undefined);
    await page.waitForFunction(() => location.href.startsWith('moz-extension:') && document.querySelector('blockquote') !== null, { timeout: 30_000 });
    expect(await page.evaluate(() => location.href)).toContain(`moz-extension://${UUID}/guard.html#`);
    expect(await page.evaluate(() => document.querySelector('blockquote')?.textContent ?? '')).toContain('personal income tax of 20%');
    await page.close();
  });

  it('saves a research sample in researcher mode (redaction in the background page, IndexedDB there)', async () => {
    const options = await openOptions();
    await options.waitForFunction(() => document.body?.innerText.includes('Researcher mode'), { timeout: 10_000 });
    await options.evaluate(() => {
      const box = [...document.querySelectorAll('label')].find((l) => l.textContent?.trim() === 'Researcher mode')?.querySelector('input');
      box?.click();
    });
    await options.waitForFunction(() => document.body.innerText.includes('Review, label and export samples'), { timeout: 10_000 });
    await options.close();

    const page = await openWhatsAppScam();
    await page.waitForFunction(() => document.querySelector('redflag-banner') !== null, { timeout: 60_000 });
    await page.locator('redflag-banner >>> button ::-p-text(Why?)').click();
    const save = () => [...(document.querySelector('redflag-banner')?.shadowRoot?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === 'Save sample');
    await page.waitForFunction(save, { timeout: 60_000 });
    // A real click: the banner ignores clicks a script makes (isTrusted).
    await page.locator('redflag-banner >>> button ::-p-text(Save sample)').click();
    await page.waitForFunction(() => document.querySelector('redflag-banner')?.hasAttribute('data-sample-status'), { timeout: 30_000 });
    expect(await page.evaluate(() => document.querySelector('redflag-banner')?.getAttribute('data-sample-status'))).toMatch(/^Sample saved \(1 of 2,000\)/);
    await page.close();
  });
});
