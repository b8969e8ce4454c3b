// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { TabStatus } from '../../src/content/controller.ts';
import type { Settings } from '../../src/extension/settings.ts';
import { ThreadScorer } from '../../src/scorer/thread-scorer.ts';
import { en } from '../../src/ui/locales/en.ts';
import { Popup } from '../../src/ui/Popup.tsx';
import { fakeApi } from './fake-api.ts';

afterEach(cleanup);

const SCAM_PASTE = [
  'My aunt is a senior analyst at a big fund, she gives me signals',
  'Register on coinvexa-pro dot com, buy USDT on Coinbase and send it to the platform address',
  'To withdraw you must first pay 20% personal income tax, contact customer service',
].join('\n');

async function paste(text: string): Promise<HTMLElement> {
  fireEvent.input(await screen.findByLabelText(en.check_label), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: en.check_button }));
  const result = document.querySelector('.check-result') as HTMLElement;
  await waitFor(() => expect(result.textContent).not.toBe(''));
  return result;
}

describe('Popup', () => {
  it('paste-to-check on a scam shows the level, the path, the most serious reason first, and what to do', async () => {
    render(<Popup api={fakeApi().api} />);
    const result = await paste(SCAM_PASTE);
    expect(result.querySelector('.level')!.textContent).toBe(en.level_high);
    expect(result.querySelector('figure.path')).not.toBeNull();
    expect(result.querySelector('ol.reasons > li')!.textContent).toContain('pay a tax, fee or deposit before you can withdraw');
    expect(result.textContent).toContain(en.todo_1);
  });

  it('says it cannot judge a language it has no rules for, instead of an all-clear', async () => {
    render(<Popup api={fakeApi().api} />);
    const polish = await paste('Cześć kochanie, mam dla ciebie świetną okazję. Moja ciocia jest analitykiem i zna rynek');
    expect(polish.textContent).toBe(en.check_unjudged);
    cleanup();
    render(<Popup api={fakeApi().api} />);
    const english = await paste('Hi mum, I will be home for dinner at 7, can you buy milk?');
    expect(english.textContent).toBe(en.check_clear);
  });

  it('asks for something to check when nothing was pasted', async () => {
    render(<Popup api={fakeApi().api} />);
    fireEvent.click(await screen.findByRole('button', { name: en.check_button }));
    expect(await screen.findByText(en.check_empty)).toBeTruthy();
  });

  it('for a tab it cannot read, says which sites it reads and how to check any page', async () => {
    render(<Popup api={fakeApi('unsupported').api} />);
    expect((await screen.findByText(/RedFlag reads supported chat sites/)).textContent).toContain(`“${en.menu_check_page}”`);
  });

  it('shows the open conversation’s level, path and reasons, and pauses here (with the PIN in guardian mode)', async () => {
    const verdict = await new ThreadScorer(null).check(SCAM_PASTE.split('\n').map((text) => ({ from: 'them' as const, text })));
    const tab: TabStatus = { site: 'WhatsApp Web', siteId: 'whatsapp', status: 'ok', level: verdict.level, problem: null, verdict };
    const fake = fakeApi(tab);
    await fake.guardian.enable('2580', null);
    render(<Popup api={fake.api} />);
    expect((await screen.findByText(en.reader_ok, { exact: false })).textContent).toContain('WhatsApp Web');
    expect(document.querySelector('.summary .level')!.textContent).toBe(en.level_high);
    expect(screen.getByRole('button', { name: en.evidence_report })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: en.pause_hour }));
    const pin = await screen.findByLabelText(en.pin_label);
    expect((fake.values.settings as Settings).paused).toEqual({});
    fireEvent.input(pin, { target: { value: '2580' } });
    const submit = new Event('submit', { bubbles: true, cancelable: true });
    Object.defineProperty(submit, 'isTrusted', { value: true });
    pin.closest('form')!.dispatchEvent(submit);
    await waitFor(() => expect((fake.values.settings as Settings).paused.whatsapp).toBeGreaterThan(Date.now()));
    expect(await screen.findByText(/RedFlag is paused on this site until/)).toBeTruthy();
  });

  it('without guardian mode, pauses at once and resumes', async () => {
    const tab: TabStatus = { site: 'Tinder', siteId: 'tinder', status: 'no-thread', level: 'none', problem: null, verdict: null };
    const fake = fakeApi(tab);
    render(<Popup api={fake.api} />);
    fireEvent.click(await screen.findByRole('button', { name: en.pause_hour }));
    await waitFor(() => expect((fake.values.settings as Settings).paused.tinder).toBeGreaterThan(Date.now()));
    fireEvent.click(await screen.findByRole('button', { name: en.resume }));
    await waitFor(() => expect((fake.values.settings as Settings).paused).toEqual({}));
  });

  it('shows the model status line', async () => {
    render(<Popup api={fakeApi().api} />);
    expect((await screen.findByTestId('model-status')).textContent).toBe('On-device model: test-model');
  });
});
