import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFixture, type Session } from './harness.ts';

let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

const summary = (violations: Array<{ id: string; nodes: unknown[] }>) => violations.map((v) => `${v.id} (${v.nodes.length})`);

describe('accessibility (axe-core)', () => {
  it('the banner, with "Why?" and "What to do" open, and the badges have no violations', async () => {
    const page = await openFixture(session, 'https://web.whatsapp.com/', 'whatsapp', 'scam');
    await page.locator('redflag-banner').waitFor();
    await page.locator('redflag-banner').getByRole('button', { name: 'Why?' }).click();
    let result = await new AxeBuilder({ page }).include('redflag-banner').include('redflag-badge').analyze();
    expect(summary(result.violations)).toEqual([]);
    await page.locator('redflag-banner').getByRole('button', { name: 'What to do' }).click();
    result = await new AxeBuilder({ page }).include('redflag-banner').analyze();
    expect(summary(result.violations)).toEqual([]);
    // Keyboard: the banner's actions are reachable with Tab and work with Enter.
    await page.locator('redflag-banner').getByRole('button', { name: 'Why?' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.locator('redflag-banner').getByRole('button', { name: 'Why?' }).getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('the popup has no violations', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/popup.html`);
    await page.getByRole('button', { name: 'Check on this device' }).waitFor();
    const result = await new AxeBuilder({ page }).analyze();
    expect(summary(result.violations)).toEqual([]);
    await page.close();
  });
});
