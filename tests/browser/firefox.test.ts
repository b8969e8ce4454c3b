import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
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

let browser: Browser;
beforeAll(async () => {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX} (apt-get install -y firefox-esr, or set FIREFOX_PATH)`);
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error('Build the test extension first: npm run build:test');
  browser = await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true });
  await browser.installExtension(EXTENSION);
});
afterAll(async () => {
  await browser?.close();
});

describe('Firefox', () => {
  it('loads the model in the background page and warns on the WhatsApp scam fixture', async () => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    const html = readFileSync(join(FIXTURES, 'whatsapp', 'scam.html'), 'utf8');
    page.on('request', (request) => {
      if (request.url().split('#')[0] === whatsapp.exampleUrl) void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      else void request.abort();
    });
    await page.goto(whatsapp.exampleUrl);
    const { metadata } = await loadNodeClassifier();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-redflag-model'), { timeout: 60_000 });
    expect(await page.evaluate(() => document.documentElement.getAttribute('data-redflag-model'))).toBe(`loaded ${metadata.version}`);
    await page.waitForFunction(() => document.querySelector('redflag-banner') !== null, { timeout: 60_000 });
    expect(await page.evaluate(() => document.querySelectorAll('redflag-badge').length)).toBeGreaterThan(0);
    await page.close();
  });
});
