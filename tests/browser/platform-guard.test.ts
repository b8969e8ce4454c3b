import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launch, openFixture, RELEASE_EXTENSION, ROOT, type Session } from './harness.ts';

// The platform guard on the built extension. Test builds hold its optional host access from the
// start (automation cannot answer the browser's permission prompt); the release build shows that,
// off, it holds none and does nothing.
const PAGES = join(ROOT, 'tests', 'engine', 'platform', 'pages');

async function openPage(session: Session, url: string, file: string): Promise<Page> {
  session.served.set(url.split('#')[0]!, join(PAGES, file));
  const page = await session.context.newPage();
  await page.goto(url).catch(() => undefined); // the guard may replace the page while it loads
  return page;
}

const onGuardPage = (page: Page, session: Session) => page.waitForURL(`chrome-extension://${session.extensionId}/guard.html#**`, { timeout: 20_000 });

/** The page is still the site after the guard had time to read it (document start, then its text). */
async function staysOnSite(page: Page, host: string): Promise<void> {
  await page.waitForTimeout(2500);
  expect(new URL(page.url()).host).toBe(host);
}

describe('the platform guard, turned on', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch();
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('button', { name: 'Turn the guard on' }).click();
    await options.getByText('The guard is on.').waitFor();
    await options.screenshot({ path: join(ARTIFACTS, 'options-platform-guard.png'), fullPage: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await options.emulateMedia({ colorScheme });
      const result = await new AxeBuilder({ page: options }).analyze();
      if (result.violations.length > 0) throw new Error(`options page (${colorScheme}): ${result.violations.map((v) => v.id).join(', ')}`);
    }
    await options.close();
    // The background registers the guard's content script when the setting changes.
    await new Promise((r) => setTimeout(r, 1000));
  });
  afterAll(async () => {
    await session?.close();
  });

  it('stops a look-alike exchange before it is used, and names what it imitates', async () => {
    const page = await openPage(session, 'https://coinbase-pro-global.com/deposit', 'fake-usdt-deposit.html');
    await onGuardPage(page, session);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('This address imitates Coinbase.');
    expect(await page.getByText('coinbase-pro-global.com', { exact: true }).count()).toBe(1);
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(ARTIFACTS, 'guard-lookalike.png'), fullPage: true });
    await page.close();
  });

  it('stops a withdrawal held behind a "tax", quoting the page, at laptop and phone widths', async () => {
    const page = await openPage(session, 'https://www.vantrex-global.net/assets/withdraw', 'fake-withdrawal-tax.html');
    await onGuardPage(page, session);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('This page asks you to pay before you can withdraw your money.');
    expect(await page.locator('blockquote').textContent()).toContain('personal income tax of 20% (4,128 USDT)');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.screenshot({ path: join(ARTIFACTS, 'guard-pay-to-withdraw.png'), fullPage: true });
    await page.setViewportSize({ width: 400, height: 800 });
    await page.screenshot({ path: join(ARTIFACTS, 'guard-pay-to-withdraw-narrow.png'), fullPage: true });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.screenshot({ path: join(ARTIFACTS, 'guard-pay-to-withdraw-dark.png'), fullPage: true });
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const result = await new AxeBuilder({ page }).analyze();
      expect(result.violations.map((v) => `${v.id} (${v.nodes.length})`), colorScheme).toEqual([]);
    }
    await page.close();
  });

  it('stops a credit-score deposit demand written in Chinese', async () => {
    const page = await openPage(session, 'https://m.hx-asset.com/#/withdraw', 'fake-credit-score.html');
    await onGuardPage(page, session);
    expect(await page.locator('blockquote').textContent()).toContain('信用分不足');
    await page.close();
  });

  it.each([
    ['https://www.example-exchange.com/withdraw', 'real-exchange-withdrawal.html'],
    ['https://www.example-exchange.com/tax', 'real-tax-center.html'],
    ['https://invest.example-broker.com/transfer', 'real-brokerage-deposit.html'],
    ['https://news.example-crypto.com/pig-butchering', 'real-crypto-news.html'],
    // A real exchange's own domain is never stopped, whatever its text says.
    ['https://www.binance.com/en/my/wallet', 'fake-withdrawal-tax.html'],
  ])('lets %s through', async (url, file) => {
    const page = await openPage(session, url, file);
    await staysOnSite(page, new URL(url).host);
    await page.close();
  });

  it('"Continue anyway" opens the page and does not stop it again; "Go back" leaves it', async () => {
    const first = await session.context.newPage();
    session.served.set('https://www.example.org/', join(PAGES, 'real-tax-center.html'));
    await first.goto('https://www.example.org/');
    session.served.set('https://app.zymomer.cc/login', join(PAGES, 'fake-usdt-deposit.html'));
    await first.goto('https://app.zymomer.cc/login').catch(() => undefined);
    await onGuardPage(first, session);
    await first.getByRole('button', { name: 'Go back' }).click();
    await first.waitForURL('https://www.example.org/');

    await first.goto('https://app.zymomer.cc/login').catch(() => undefined);
    await onGuardPage(first, session);
    await first.getByRole('button', { name: 'Continue anyway' }).click();
    await first.waitForURL('https://app.zymomer.cc/login');
    await staysOnSite(first, 'app.zymomer.cc');
    await first.close();
  });

  it('stops a site that a warned conversation sent', async () => {
    const chat = await openFixture(session, 'https://web.whatsapp.com/', 'whatsapp', 'scam');
    await chat.locator('redflag-banner').waitFor();
    await chat.close();
    const page = await openPage(session, 'https://coinvexa-pro.com/', 'real-brokerage-deposit.html');
    await onGuardPage(page, session);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('A conversation RedFlag warned you about sent you to this site.');
    await page.close();
  });

  it('with "stop listed sites before they load", redirects a reported platform without loading it', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('checkbox', { name: /Stop listed fake sites before they load/ }).check();
    await options.close();
    await new Promise((r) => setTimeout(r, 1000));
    const page = await session.context.newPage();
    await page.goto('https://0xlayer.top/trade').catch(() => undefined);
    await page.waitForURL(`chrome-extension://${session.extensionId}/guard.html#listed:**`, { timeout: 20_000 });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('This site is on the list of fake trading platforms.');
    await page.close();
  });

  it('shows nothing, and allows nothing, when a site sends someone to the warning page with its own words', async () => {
    const page = await session.context.newPage();
    session.served.set('https://scam-site.example/', join(PAGES, 'fake-usdt-deposit.html'));
    const forged = encodeURIComponent(JSON.stringify({ url: 'https://scam-site.example/', finding: { kind: 'pay_to_withdraw', key: 'withdrawal_fee', evidence: { start: 0, end: 1, quote: 'Call our recovery agent on +1 555 0100' }, host: 'x' } }));
    for (const hash of [forged, '0123456789abcdef0123456789abcdef', 'listed:https://scam-site.example/']) {
      await page.goto(`chrome-extension://${session.extensionId}/guard.html#${hash}`);
      await expect.poll(() => page.locator('main').textContent()).toContain('There is nothing to show here.');
      expect(await page.getByRole('button', { name: 'Continue anyway' }).count()).toBe(0);
      const reply = await page.evaluate(() => chrome.runtime.sendMessage({ type: 'redflag:guard-continue', hash: location.hash }));
      expect(reply).toMatchObject({ ok: false });
    }
    await page.close();
  });

  it('makes no network request of its own', () => {
    expect(session.extensionRequests).toEqual([]);
  });
});

describe('the platform guard in the release build, off (the default)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(RELEASE_EXTENSION);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('holds no access beyond the chat sites, and does nothing', async () => {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    expect(await options.getByTestId('guard-state').textContent()).toBe('The guard is off.');
    const granted = await options.evaluate(() => chrome.permissions.getAll());
    expect(granted.origins?.some((o) => o.includes('*://*/*') || o === '<all_urls>')).toBe(false);
    expect(granted.permissions).not.toContain('declarativeNetRequest');
    await options.close();

    const page = await openPage(session, 'https://coinbase-pro-global.com/deposit', 'fake-usdt-deposit.html');
    await staysOnSite(page, 'coinbase-pro-global.com');
    await page.close();
    expect(session.extensionRequests).toEqual([]);
  });
});
