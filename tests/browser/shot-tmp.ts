import { launch, openFixture } from './harness.ts';
const lang = process.argv[2];
const session = await launch(undefined, lang ? { lang } : {});
for (const [w, h] of [[1280, 800], [400, 800]]) {
  const page = await openFixture(session, 'https://web.whatsapp.com/', 'whatsapp', 'scam');
  await page.setViewportSize({ width: w, height: h });
  await page.locator('redflag-banner').waitFor();
  await page.waitForTimeout(500);
  await page.screenshot({ path: `/tmp/shots/wa-${lang ?? 'en'}-${w}.png` });
  await page.locator('redflag-banner').getByRole('button').first().click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: `/tmp/shots/wa-${lang ?? 'en'}-${w}-open.png` });
  await page.close();
}
await session.close();
