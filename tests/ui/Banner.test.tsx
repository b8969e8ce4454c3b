// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PinAnswer } from '../../src/extension/guardian-service.ts';
import type { ThreadVerdict } from '../../src/scorer/protocol.ts';
import { ThreadScorer } from '../../src/scorer/thread-scorer.ts';
import { headline } from '../../src/ui/advice.ts';
import { Banner, type BannerProps, REASONS_SHOWN } from '../../src/ui/Banner.tsx';
import { en } from '../../src/ui/locales/en.ts';

afterEach(cleanup);

const them = (...texts: string[]) => texts.map((text) => ({ from: 'them' as const, text }));

/** Real verdicts from the engine (rules only), as the extension would show them. */
const SCAM = them(
  'Hi, is this Coach Daniel? My daughter’s practice moved to 5pm',
  'Oh sorry, wrong number! Maybe it is fate 😊 I am Vivian, working in Singapore',
  'My aunt is a senior analyst at a big fund, she gives me signals. I made 8,000 usdt this week',
  'It is easy, I can teach you. Register on coinvexa-pro dot com and buy USDT on Coinbase, send it to the platform deposit address',
  'For large profit the platform needs 20% personal income tax before you can withdraw. Contact the online customer service',
);
const OPENING = them('Hello, is this Mr. Chen? I think I have the wrong number', 'Oh sorry! Maybe it is fate that we met, dear 😊', 'I work in Dubai on an oil rig, shall we talk on WhatsApp instead? Add me +971 50 123 4567');

const verdictOf = (messages: ReturnType<typeof them>): Promise<ThreadVerdict> => new ThreadScorer(null).check(messages);

function show(verdict: ThreadVerdict, props: Partial<BannerProps> = {}) {
  const handlers = { onNotScam: vi.fn(), onDismiss: vi.fn(), onReport: vi.fn() };
  const view = render(<Banner verdict={verdict} {...handlers} {...props} />);
  return { ...view, ...handlers };
}

/** Real clicks are trusted; happy-dom's synthetic ones are not, so tests mark them as the user's. */
function press(element: HTMLElement): void {
  const event = new MouseEvent('click', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

describe('Banner', () => {
  it('at high: one header line with the RedFlag name and the level, details closed until asked', async () => {
    const verdict = await verdictOf(SCAM);
    expect(verdict.level).toBe('high');
    show(verdict);
    const region = screen.getByRole('region', { name: en.brand_label });
    const bar = within(region).getByRole('alert');
    expect(bar.textContent).toContain('RedFlag');
    expect(bar.textContent).toContain(en.level_high);
    expect(bar.textContent).toContain(en.title_high_withdrawal);
    expect(screen.queryByRole('list', { name: undefined })).toBeNull();
    expect(region.querySelector('.panel')).toBeNull();
  });

  it('"Why?" opens the panel: the path in order with where the chat is now, and the reasons ranked, five before "more"', async () => {
    const verdict = await verdictOf(SCAM);
    show(verdict);
    press(await screen.findByRole('button', { name: en.why }));
    const path = await screen.findByRole('figure');
    const steps = within(path).getAllByRole('listitem');
    expect(steps.map((s) => s.querySelector('.label')!.textContent)).toEqual([en.stage_hook, en.stage_rapport, en.stage_off_platform, en.stage_wealth, en.stage_pitch, en.stage_platform, en.stage_deposit, en.stage_withdrawal]);
    expect(steps.find((s) => s.getAttribute('aria-current') === 'step')!.textContent).toContain(en.stage_withdrawal);
    expect(path.textContent).not.toContain('✓');
    const reasons = screen.getByText(en.reasons_title).parentElement!.querySelectorAll('ol.reasons > li');
    expect(reasons.length).toBe(REASONS_SHOWN);
    // The most serious reason first, with its quote beside it.
    expect(reasons[0]!.textContent).toContain('pay a tax, fee or deposit before you can withdraw');
    expect(reasons[0]!.querySelector('q')!.textContent).toMatch(/tax before you can withdraw/i);
    const more = screen.getByRole('button', { name: /^More signs \(\d+\)$/ });
    fireEvent.click(more);
    expect(screen.getByText(en.reasons_title).parentElement!.querySelectorAll('ol.reasons > li').length).toBeGreaterThan(REASONS_SHOWN);
  });

  it('closes the details with Escape and with the visible button, and dismisses with ×', async () => {
    const { onDismiss, container } = show(await verdictOf(SCAM), { initiallyOpen: 'what' });
    expect(container.querySelector('.panel')).not.toBeNull();
    const escape = new KeyboardEvent('keydown', { key: 'Escape', bubbles: true });
    Object.defineProperty(escape, 'isTrusted', { value: true });
    container.querySelector('.panel')!.dispatchEvent(escape);
    await waitFor(() => expect(container.querySelector('.panel')).toBeNull());
    press(await screen.findByRole('button', { name: en.what_to_do }));
    await waitFor(() => expect(container.querySelector('.panel')).not.toBeNull());
    press(await screen.findByRole('button', { name: en.close_details }));
    await waitFor(() => expect(container.querySelector('.panel')).toBeNull());
    press(await screen.findByRole('button', { name: en.dismiss }));
    expect(onDismiss).toHaveBeenCalledOnce();
  });

  it('ignores clicks a page script makes (untrusted events)', async () => {
    const { onDismiss, container } = show(await verdictOf(SCAM));
    fireEvent.click(screen.getByRole('button', { name: en.dismiss }));
    fireEvent.click(screen.getByRole('button', { name: en.why }));
    expect(onDismiss).not.toHaveBeenCalled();
    expect(container.querySelector('.panel')).toBeNull();
  });

  it('at the opening, a caution in calm words, never the scam-in-progress wording', async () => {
    const verdict = await verdictOf(OPENING);
    expect(verdict.level).toBe('medium');
    show(verdict, { initiallyOpen: 'what' });
    const bar = screen.getByRole('status');
    expect(bar.textContent).toContain(en.level_medium);
    expect(bar.textContent).toContain(en.title_opening);
    expect(document.body.textContent).toContain(en.todo_opening_1);
    expect(document.body.textContent).not.toContain(en.title_high);
  });

  it('fits its words to the evidence: a strong title only at high, the opening only before money talk', () => {
    expect(headline({ level: 'medium', stagesReached: ['hook', 'rapport'] }).title).toBe('title_opening');
    expect(headline({ level: 'medium', stagesReached: ['wealth', 'pitch'] }).title).toBe('title_medium');
    expect(headline({ level: 'low', stagesReached: ['pitch'] }).title).toBe('title_low');
    expect(headline({ level: 'high', stagesReached: ['hook', 'pitch', 'platform'] }).title).toBe('title_high');
    expect(headline({ level: 'high', stagesReached: ['pitch', 'deposit'] }).title).toBe('title_high_money');
    expect(headline({ level: 'medium', stagesReached: ['recovery'] }).title).toBe('title_recovery');
    expect(headline({ level: 'high', stagesReached: ['hook', 'pitch', 'platform'] }).values).toEqual({ reached: 3, total: 8 });
  });

  it('asks before "Not a scam", and calls it only on "Yes"', async () => {
    const { onNotScam } = show(await verdictOf(SCAM), { initiallyOpen: 'why' });
    press(await screen.findByRole('button', { name: en.not_scam }));
    press(await screen.findByRole('button', { name: en.keep_warning }));
    expect(onNotScam).not.toHaveBeenCalled();
    press(await screen.findByRole('button', { name: en.not_scam }));
    press(await screen.findByRole('button', { name: en.not_scam_yes }));
    expect(onNotScam).toHaveBeenCalledOnce();
  });

  it('in guardian mode: names the person to call, and "Not a scam" needs the PIN, with waits after wrong tries', async () => {
    const answers: PinAnswer[] = [{ ok: false, waitMs: 0 }, { ok: false, waitMs: 30_000 }, { ok: true }];
    const checkPin = vi.fn(async () => answers.shift()!);
    const { onNotScam } = show(await verdictOf(SCAM), { initiallyOpen: 'why', guardian: { trusted: { name: 'Ana', phone: '+1 555 0100' }, checkPin } });
    expect(screen.getByRole('note').textContent).toBe('Before you send any money, call Ana: +1 555 0100');
    press(await screen.findByRole('button', { name: en.not_scam }));
    press(await screen.findByRole('button', { name: en.not_scam_yes }));
    expect(onNotScam).not.toHaveBeenCalled();
    const pin = await screen.findByLabelText(en.pin_label);
    const submit = async (value: string): Promise<void> => {
      fireEvent.input(pin, { target: { value } });
      const event = new Event('submit', { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'isTrusted', { value: true });
      pin.closest('form')!.dispatchEvent(event);
      await waitFor(() => expect(checkPin).toHaveBeenLastCalledWith(value));
    };
    await submit('1111');
    await screen.findByText(en.pin_wrong);
    await submit('2222');
    await screen.findByText('Too many wrong tries. Try again in 30 seconds.');
    expect(onNotScam).not.toHaveBeenCalled();
    await submit('2580');
    await waitFor(() => expect(onNotScam).toHaveBeenCalledOnce());
  });

  it('a forgotten PIN gets the honest way out', async () => {
    show(await verdictOf(SCAM), { initiallyOpen: 'why', guardian: { trusted: null, checkPin: async () => ({ ok: false, waitMs: 0 }) } });
    press(await screen.findByRole('button', { name: en.not_scam }));
    press(await screen.findByRole('button', { name: en.not_scam_yes }));
    fireEvent.click(await screen.findByRole('button', { name: en.pin_forgot }));
    expect(await screen.findByText(en.pin_forgot_help)).toBeTruthy();
  });

  it('shows "Save sample" only when researcher mode gives it a handler', async () => {
    const verdict = await verdictOf(SCAM);
    show(verdict, { initiallyOpen: 'why' });
    expect(screen.queryByRole('button', { name: en.save_sample })).toBeNull();
    cleanup();
    show(verdict, { initiallyOpen: 'why', onSaveSample: () => {} });
    expect(screen.getByRole('button', { name: en.save_sample })).toBeTruthy();
  });

  it('renders hostile message text as text, never as markup', async () => {
    const verdict = await verdictOf(them('<img src=x onerror=alert(1)> My aunt is a senior analyst, she gives me signals', 'Register on coinvexa-pro dot com and deposit USDT, guaranteed 3% daily <b>profit</b>'));
    const { container } = show(verdict, { initiallyOpen: 'why' });
    expect(container.querySelector('img, b')).toBeNull();
  });
});
