// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Settings } from '../../src/extension/settings.ts';
import { en } from '../../src/ui/locales/en.ts';
import { Options } from '../../src/ui/Options.tsx';
import { fakeApi } from './fake-api.ts';

afterEach(cleanup);

const stored = (fake: ReturnType<typeof fakeApi>): Settings => fake.values.settings as Settings;

/** Submits a form as the user's own action (the PIN prompt ignores untrusted submits). */
function submitTrusted(inside: HTMLElement): void {
  const event = new Event('submit', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  inside.closest('form')!.dispatchEvent(event);
}

/** Types a PIN into the prompt and waits for its answer (the prompt empties the field, or closes). */
async function typePin(pin: string): Promise<void> {
  const field = (await screen.findByLabelText(en.pin_label)) as HTMLInputElement;
  fireEvent.input(field, { target: { value: pin } });
  submitTrusted(field);
  await waitFor(() => expect(field.isConnected ? field.value : '').toBe(''));
}

async function turnGuardianOn(pin = '2580', repeat = pin): Promise<void> {
  fireEvent.input(await screen.findByLabelText(en.guardian_new_pin), { target: { value: pin } });
  fireEvent.input(screen.getByLabelText(en.guardian_repeat_pin), { target: { value: repeat } });
  fireEvent.input(screen.getByLabelText(en.guardian_trusted_name), { target: { value: 'Ana' } });
  fireEvent.input(screen.getByLabelText(en.guardian_trusted_phone), { target: { value: '+1 555 0100' } });
  fireEvent.click(screen.getByRole('button', { name: en.guardian_turn_on }));
}

describe('Options', () => {
  it('explains sensitivity in plain words and saves a choice', async () => {
    const fake = fakeApi();
    render(<Options api={fake.api} />);
    const more = await screen.findByLabelText(en.sensitivity_more);
    expect((screen.getByLabelText(en.sensitivity_balanced) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(more);
    await waitFor(() => expect(stored(fake).sensitivity).toBe('more'));
  });

  it('reads corrupted storage as protective defaults: balanced, every site on', async () => {
    const fake = fakeApi();
    fake.values.settings = { sensitivity: 'off', sitesOff: 'all', paused: { whatsapp: 'forever' }, guardian: 'yes' };
    render(<Options api={fake.api} />);
    expect(((await screen.findByLabelText(en.sensitivity_balanced)) as HTMLInputElement).checked).toBe(true);
    for (const site of ['WhatsApp Web', 'Tinder']) expect((screen.getByLabelText(site) as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('guardian-state').textContent).toBe(en.guardian_off);
  });

  it('refuses a short PIN and two PINs that differ', async () => {
    const fake = fakeApi();
    render(<Options api={fake.api} />);
    await turnGuardianOn('12');
    expect(await screen.findByText(en.pin_problem_short)).toBeTruthy();
    await turnGuardianOn('2580', '2581');
    expect(await screen.findByText(en.pin_mismatch)).toBeTruthy();
    expect(fake.values.record).toBeNull();
  });

  it('in guardian mode: lowering protection, switching a site off and clearing "not a scam" need the PIN; wrong tries wait', async () => {
    const fake = fakeApi();
    render(<Options api={fake.api} />);
    await turnGuardianOn();
    await waitFor(() => expect(screen.getByTestId('guardian-state').textContent).toBe(en.guardian_on));
    expect(stored(fake).largeText).toBe(true);
    // Fewer warnings: the PIN is asked; three wrong tries are free, the fourth waits 30 s.
    fireEvent.click(screen.getByLabelText(en.sensitivity_fewer));
    for (let i = 0; i < 3; i++) {
      await typePin('0000');
      expect(await screen.findByText(en.pin_wrong)).toBeTruthy();
    }
    await typePin('0000');
    expect(await screen.findByText('Too many wrong tries. Try again in 30 seconds.')).toBeTruthy();
    expect(stored(fake).sensitivity).toBe('balanced');
    expect(((await screen.findByLabelText(en.sensitivity_balanced)) as HTMLInputElement).checked).toBe(true);
    // A site switched off: refused without the PIN; Cancel leaves it on.
    fireEvent.click(screen.getByLabelText('Tinder'));
    fireEvent.click(await screen.findByRole('button', { name: en.pin_cancel }));
    expect(stored(fake).sitesOff).toEqual([]);
    // Clearing "not a scam" asks too.
    fireEvent.click(screen.getByRole('button', { name: en.silenced_clear }));
    expect(await screen.findAllByLabelText(en.pin_label)).not.toHaveLength(0);
    expect(Object.keys(fake.values.silenced)).toHaveLength(1);
  });

  it('with the right PIN, applies the change and leaves guardian mode', async () => {
    const fake = fakeApi();
    render(<Options api={fake.api} />);
    await turnGuardianOn();
    await waitFor(() => expect(screen.getByTestId('guardian-state').textContent).toBe(en.guardian_on));
    fireEvent.click(screen.getByLabelText(en.sensitivity_fewer));
    await typePin('2580');
    await waitFor(() => expect(stored(fake).sensitivity).toBe('fewer'));
    fireEvent.click(screen.getByRole('button', { name: en.guardian_turn_off }));
    await typePin('2580');
    await waitFor(() => expect(screen.getByTestId('guardian-state').textContent).toBe(en.guardian_off));
    expect(fake.values.record).toBeNull();
  });

  it('lists the conversations marked "not a scam" and clears them (no PIN outside guardian mode)', async () => {
    const fake = fakeApi();
    render(<Options api={fake.api} />);
    expect((await screen.findByText(/^WhatsApp, marked/)).textContent).toMatch(/WhatsApp, marked .+ \(until .+\)/);
    fireEvent.click(screen.getByRole('button', { name: en.silenced_clear }));
    expect(await screen.findByText(en.silenced_none)).toBeTruthy();
  });

  it('names the countries in the reader’s language and stores the choice', async () => {
    const fake = fakeApi();
    render(<Options api={fake.api} />);
    const select = (await screen.findByRole('combobox')) as HTMLSelectElement;
    expect([...select.options].map((o) => o.textContent)).toContain('Singapore');
    fireEvent.change(select, { target: { value: 'SG' } });
    await waitFor(() => expect(stored(fake).country).toBe('SG'));
  });
});
