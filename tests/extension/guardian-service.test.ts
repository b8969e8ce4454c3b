import { describe, expect, it } from 'vitest';
import { createGuardianService, type GuardianStore, lowersProtection } from '../../src/extension/guardian-service.ts';
import { SETTINGS_DEFAULTS, type Settings } from '../../src/extension/settings.ts';

const NOW = 1_750_000_000_000;
const HOUR = 3_600_000;

/** The service over plain values (what WXT's storage items hold), with a clock the test moves. */
function setup(initial: Partial<Settings> = {}) {
  const values: { settings: unknown; record: unknown; attempts: unknown; silenced: number } = { settings: { ...SETTINGS_DEFAULTS, ...initial }, record: null, attempts: undefined, silenced: 3 };
  const item = (name: 'settings' | 'record' | 'attempts') => ({
    getValue: async () => values[name],
    setValue: async (v: unknown) => void (values[name] = structuredClone(v)),
  });
  const clock = { now: NOW };
  const store: GuardianStore = { settings: item('settings'), record: item('record'), attempts: item('attempts'), clearSilenced: async () => void (values.silenced = 0) };
  return { service: createGuardianService(store, () => clock.now), values, clock };
}

describe('guardian service', () => {
  it('without guardian mode, saves any change and clears "not a scam" without a PIN', async () => {
    const { service, values } = setup();
    expect(await service.save({ ...SETTINGS_DEFAULTS, sensitivity: 'fewer', sitesOff: ['tinder'] })).toEqual({ ok: true });
    expect((values.settings as Settings).sensitivity).toBe('fewer');
    expect(await service.clearSilenced(undefined)).toEqual({ ok: true });
    expect(values.silenced).toBe(0);
  });

  it('in guardian mode, refuses a change that lowers protection until the right PIN comes with it', async () => {
    const { service, values } = setup();
    expect(await service.enable('2580', { name: 'Ana', phone: '+1 555 0100' })).toEqual({ ok: true });
    expect((values.settings as Settings).guardian).toBe(true);
    expect((values.settings as Settings).largeText).toBe(true);
    const lower = { ...SETTINGS_DEFAULTS, guardian: true, sensitivity: 'fewer' as const };
    expect(await service.save(lower)).toEqual({ ok: false, needPin: true, answer: null });
    expect(await service.save(lower, '1111')).toEqual({ ok: false, needPin: true, answer: { ok: false, waitMs: 0 } });
    expect((values.settings as Settings).sensitivity).toBe('balanced');
    expect(await service.save(lower, '2580')).toEqual({ ok: true });
    expect((await service.status()).effective.sensitivity).toBe('fewer');
    // Raising protection never needs the PIN.
    expect(await service.save({ ...lower, sensitivity: 'more' })).toEqual({ ok: true });
    // A pause, a site switched off, clearing "not a scam": all need it.
    expect(await service.save({ ...lower, paused: { whatsapp: NOW + HOUR } })).toMatchObject({ ok: false, needPin: true });
    expect(await service.save({ ...lower, sitesOff: ['whatsapp'] })).toMatchObject({ ok: false, needPin: true });
    expect(await service.clearSilenced(undefined)).toMatchObject({ ok: false, needPin: true });
    expect(values.silenced).toBe(3);
  });

  it('cannot be switched off by editing or deleting one stored value', async () => {
    const { service, values } = setup();
    await service.enable('2580', null);
    // Someone edits the settings value alone: guardian off, everything lowered.
    values.settings = { ...SETTINGS_DEFAULTS, guardian: false, sensitivity: 'fewer', sitesOff: ['whatsapp'], paused: { tinder: NOW + HOUR } };
    let status = await service.status();
    expect(status.on).toBe(true);
    expect(status.effective).toMatchObject({ sensitivity: 'balanced', sitesOff: [], paused: {} });
    // Or deletes the guardian record alone: the settings still say guardian mode, and protection stays.
    values.settings = { ...SETTINGS_DEFAULTS, guardian: true, sensitivity: 'fewer' };
    values.record = null;
    status = await service.status();
    expect(status.on).toBe(true);
    expect(status.effective.sensitivity).toBe('balanced');
    // With no record no PIN can unlock it: the documented way out is reinstalling.
    expect(await service.disable('2580')).toMatchObject({ ok: false, needPin: true });
    // A corrupted settings value reads as protective defaults.
    values.settings = 'garbage';
    expect((await service.status()).effective).toMatchObject({ sensitivity: 'balanced', sitesOff: [], paused: {} });
  });

  it('waits longer after repeated wrong PINs, even for the right one, and forgets the tries after a right PIN', async () => {
    const { service, clock } = setup();
    await service.enable('2580', null);
    for (let i = 0; i < 3; i++) expect(await service.check('0000')).toEqual({ ok: false, waitMs: 0 });
    expect(await service.check('0000')).toEqual({ ok: false, waitMs: 30_000 });
    // During the wait even the right PIN is not checked.
    expect(await service.check('2580')).toEqual({ ok: false, waitMs: 30_000 });
    clock.now += 30_000;
    expect(await service.check('2580')).toEqual({ ok: true });
    expect(await service.check('0000')).toEqual({ ok: false, waitMs: 0 });
  });

  it('leaves guardian mode only with the PIN, and keeps the person to call until then', async () => {
    const { service, values } = setup();
    await service.enable('2580', { name: 'Ana', phone: '555 0100' });
    expect((await service.status()).trusted).toEqual({ name: 'Ana', phone: '555 0100' });
    expect(await service.enable('1234', null)).toEqual({ ok: false, problem: 'guardian mode is already on' });
    expect(await service.setTrusted(undefined, { name: 'Eve', phone: '1' })).toMatchObject({ ok: false, needPin: true });
    expect(await service.disable('9999')).toMatchObject({ ok: false, needPin: true });
    expect(await service.disable('2580')).toEqual({ ok: true });
    expect(values.record).toBeNull();
    expect(await service.status()).toMatchObject({ on: false, trusted: null });
  });

  it('refuses a PIN that is not 4 to 12 digits', async () => {
    const { service } = setup();
    expect(await service.enable('12', null)).toEqual({ ok: false, problem: 'too-short' });
    expect(await service.enable('12ab', null)).toEqual({ ok: false, problem: 'not-digits' });
  });
});

describe('lowersProtection', () => {
  const base: Settings = { ...SETTINGS_DEFAULTS };
  it('sees lower sensitivity, a site switched off, and a new or longer pause; not their opposites', () => {
    expect(lowersProtection(base, { ...base, sensitivity: 'fewer' }, NOW)).toBe(true);
    expect(lowersProtection(base, { ...base, sensitivity: 'more' }, NOW)).toBe(false);
    expect(lowersProtection(base, { ...base, sitesOff: ['bumble'] }, NOW)).toBe(true);
    expect(lowersProtection({ ...base, sitesOff: ['bumble'] }, base, NOW)).toBe(false);
    expect(lowersProtection(base, { ...base, paused: { bumble: NOW + HOUR } }, NOW)).toBe(true);
    expect(lowersProtection(base, { ...base, paused: { bumble: NOW - HOUR } }, NOW)).toBe(false);
    expect(lowersProtection({ ...base, paused: { bumble: NOW + 2 * HOUR } }, { ...base, paused: { bumble: NOW + HOUR } }, NOW)).toBe(false);
    expect(lowersProtection(base, { ...base, largeText: true, country: 'SG' }, NOW)).toBe(false);
  });
});
