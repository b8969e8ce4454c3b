import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openFixture, type Session } from './harness.ts';

// The opening of the script (a "wrong number", closeness within days, a move to Telegram, a job in
// Singapore, no money talk yet) warns calmly at medium, with wording for how scams begin.
let session: Session;
beforeAll(async () => {
  session = await launch();
});
afterAll(async () => {
  await session?.close();
});

describe('the opening of the script, in the built extension', () => {
  it('warns at medium with the opening wording and advice', async () => {
    const page = await openFixture(session, 'https://web.whatsapp.com/', 'whatsapp', 'opening');
    const banner = page.locator('redflag-banner');
    await banner.waitFor();
    expect(await banner.getAttribute('data-level')).toBe('medium');
    await expect.poll(() => banner.getByRole('status').textContent()).toContain('This is how many investment scams begin');
    await banner.getByRole('button', { name: 'What to do' }).click();
    expect(await banner.getByText('Never send money, crypto or gift cards to someone you have not met in person').count()).toBe(1);
    await page.close();
  });
});
