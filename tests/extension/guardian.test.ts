import { describe, expect, it } from 'vitest';
import {
  afterWrongPin,
  type Attempts,
  checkPin,
  effectiveSettings,
  type GuardianRecord,
  hashPin,
  NO_ATTEMPTS,
  PIN_ITERATIONS,
  pinProblem,
  readAttempts,
  readGuardianRecord,
  readTrustedPerson,
  waitBeforeTry,
} from '../../src/extension/guardian.ts';
import { readSettings, SETTINGS_DEFAULTS, type Settings } from '../../src/extension/settings.ts';

const NOW = 1_750_000_000_000;
const SEC = 1000;
const MIN = 60 * SEC;
const HOUR = 60 * MIN;

/** Fast PBKDF2 for tests about something other than the hash itself. */
const FAST = 1000;
/** PBKDF2-HMAC-SHA-256('2580', bytes 0..15, 1000 iterations, 32 bytes), computed with Python's hashlib. */
const KNOWN = { salt: 'AAECAwQFBgcICQoLDA0ODw==', hash: 'hdqJm5mLWbCO0Uw/jpVW0QJQAgZLbTYOjkTs67KHQ20=', iterations: FAST };

describe('guardian PIN', () => {
  it('accepts 4 to 12 ASCII digits', () => {
    expect(pinProblem('2580')).toBeNull();
    expect(pinProblem('012345678901')).toBeNull();
    expect(pinProblem('')).toBe('too-short');
    expect(pinProblem('258')).toBe('too-short');
    expect(pinProblem('0123456789012')).toBe('too-long');
    for (const pin of ['25a0', '25 80', ' 2580', '2580\n', '-258', '٢٥٨٠', '２５８０', 'abcd']) expect(pinProblem(pin), pin).toBe('not-digits');
  });

  it('hashes a PIN and checks it at the full iteration count, refusing a wrong PIN', async () => {
    // The only PBKDF2 work at PIN_ITERATIONS in this file: one hash, one right and one wrong check.
    const record = await hashPin('2580');
    expect(record.iterations).toBe(PIN_ITERATIONS);
    expect(record.hash).not.toContain('2580');
    expect(atob(record.salt)).toHaveLength(16);
    expect(atob(record.hash)).toHaveLength(32);
    expect(await checkPin('2580', record)).toBe(true);
    expect(await checkPin('2581', record)).toBe(false);
  });

  it('derives the standard PBKDF2-SHA-256 key', async () => {
    expect(await hashPin('2580', FAST, Uint8Array.from({ length: 16 }, (_, i) => i))).toEqual(KNOWN);
  });

  it('uses a fresh salt for every hash of the same PIN', async () => {
    const [a, b] = await Promise.all([hashPin('2580', FAST), hashPin('2580', FAST)]);
    expect(a.salt).not.toBe(b.salt);
    expect(a.hash).not.toBe(b.hash);
  });

  it('refuses to hash an invalid PIN', async () => {
    await expect(hashPin('12', FAST)).rejects.toThrow('too-short');
    await expect(hashPin('12ab', FAST)).rejects.toThrow('not-digits');
  });

  it('refuses a record whose iterations were lowered, even with the right PIN', async () => {
    expect(await checkPin('2580', KNOWN)).toBe(false);
    expect(await checkPin('2580', { ...KNOWN, iterations: PIN_ITERATIONS - 1 })).toBe(false);
    expect(await checkPin('2580', { ...KNOWN, iterations: Number.NaN })).toBe(false);
  });

  it('refuses a damaged record without throwing', async () => {
    // Iterations are valid, so these stop at the record's shape, before any PBKDF2 work.
    const full = { ...KNOWN, iterations: PIN_ITERATIONS };
    expect(await checkPin('2580', { ...full, hash: 'not base64!' })).toBe(false);
    expect(await checkPin('2580', { ...full, hash: btoa('short') })).toBe(false);
    expect(await checkPin('2580', { ...full, salt: '' })).toBe(false);
    expect(await checkPin('2580', { ...full, salt: 42 as unknown as string })).toBe(false);
  });
});

describe('wrong-PIN back-off', () => {
  it('lets 3 wrong PINs go free, then waits 30 s, 1 min, 5 min, 15 min, then 1 h each time', () => {
    let a: Attempts = NO_ATTEMPTS;
    let now = NOW;
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) {
      a = afterWrongPin(a, now);
      const wait = waitBeforeTry(a, now);
      waits.push(wait);
      now += wait; // the next try comes as soon as it is allowed
    }
    expect(waits).toEqual([0, 0, 0, 30 * SEC, MIN, 5 * MIN, 15 * MIN, HOUR, HOUR, HOUR]);
    expect(a.failures).toBe(10);
    expect(NO_ATTEMPTS).toEqual({ failures: 0, lockedUntil: 0 });
  });

  it('counts down the wait, and a wrong PIN never shortens a running lock', () => {
    const locked = afterWrongPin({ failures: 7, lockedUntil: 0 }, NOW);
    expect(locked).toEqual({ failures: 8, lockedUntil: NOW + HOUR });
    expect(waitBeforeTry(locked, NOW + 10 * MIN)).toBe(50 * MIN);
    expect(waitBeforeTry(locked, NOW + HOUR)).toBe(0);
    expect(waitBeforeTry(locked, NOW + 2 * HOUR)).toBe(0);
    expect(afterWrongPin({ failures: 3, lockedUntil: NOW + HOUR }, NOW).lockedUntil).toBe(NOW + HOUR);
  });

  it('reads missing attempts as none, and garbage as a locked run of wrong PINs', () => {
    expect(readAttempts(undefined, NOW)).toEqual(NO_ATTEMPTS);
    expect(readAttempts(null, NOW)).toEqual(NO_ATTEMPTS);
    const lockedRun = { failures: 3, lockedUntil: NOW + 30 * SEC };
    for (const raw of ['garbage', 0, [], {}, { failures: -1, lockedUntil: 0 }, { failures: 1.5, lockedUntil: 0 }, { failures: 'x', lockedUntil: 0 }, { failures: 0, lockedUntil: Number.NaN }, { failures: 0 }]) {
      expect(readAttempts(raw, NOW), JSON.stringify(raw)).toEqual(lockedRun);
    }
    // A count that can be read is kept when only the lock is damaged.
    expect(readAttempts({ failures: 9, lockedUntil: 'soon' }, NOW)).toEqual({ failures: 9, lockedUntil: NOW + 30 * SEC });
    // Garbage leaves no free try, and the next wrong PIN waits.
    expect(waitBeforeTry(readAttempts('garbage', NOW), NOW)).toBe(30 * SEC);
    expect(waitBeforeTry(afterWrongPin(readAttempts('garbage', NOW), NOW + 30 * SEC), NOW + 30 * SEC)).toBe(30 * SEC);
  });

  it('keeps a good record, but never reads a lock as longer than the longest wait', () => {
    expect(readAttempts({ failures: 5, lockedUntil: NOW + MIN }, NOW)).toEqual({ failures: 5, lockedUntil: NOW + MIN });
    expect(readAttempts({ failures: 8, lockedUntil: NOW + 1000 * HOUR }, NOW)).toEqual({ failures: 8, lockedUntil: NOW + HOUR });
  });
});

describe('trusted person', () => {
  it('reads a name and phone, trimmed', () => {
    expect(readTrustedPerson({ name: '  Anna Schmidt ', phone: ' +49 (30) 123-4567 ' })).toEqual({ name: 'Anna Schmidt', phone: '+49 (30) 123-4567' });
    expect(readTrustedPerson({ name: 'é'.repeat(60), phone: '1'.repeat(30) })).not.toBeNull();
  });

  it('refuses what cannot be shown or called', () => {
    for (const raw of [
      undefined,
      null,
      'Anna',
      { name: 'Anna' },
      { phone: '123' },
      { name: '   ', phone: '123' },
      { name: 'Anna', phone: '  ' },
      { name: 'Anna', phone: '+-()' },
      { name: 'Anna', phone: 'call me' },
      { name: 'Anna', phone: '0301234567x' },
      { name: 'Anna', phone: 301234567 },
      { name: 'A'.repeat(61), phone: '123' },
      { name: 'Anna', phone: '1'.repeat(31) },
      { name: 'An\u0000na', phone: '123' },
    ]) {
      expect(readTrustedPerson(raw), JSON.stringify(raw)).toBeNull();
    }
  });
});

const PIN = { ...KNOWN, iterations: PIN_ITERATIONS };
const RECORD: GuardianRecord = {
  pin: PIN,
  trusted: { name: 'Anna', phone: '+49 30 1234567' },
  since: NOW - 30 * 24 * HOUR,
  approved: { sensitivity: 'balanced', sitesOff: [], paused: {} },
};

describe('guardian record', () => {
  it('reads a well-formed record', () => {
    expect(readGuardianRecord(structuredClone(RECORD))).toEqual(RECORD);
    expect(readGuardianRecord({ ...RECORD, trusted: undefined })).toEqual({ ...RECORD, trusted: null });
  });

  it('is null when missing or malformed', () => {
    for (const raw of [
      undefined,
      null,
      'record',
      [],
      { ...RECORD, pin: undefined },
      { ...RECORD, pin: { ...PIN, hash: 'not base64!' } },
      { ...RECORD, pin: { ...PIN, hash: btoa('short') } },
      { ...RECORD, pin: { ...PIN, salt: btoa('short') } },
      { ...RECORD, pin: { ...PIN, iterations: '600000' } },
      { ...RECORD, since: 'yesterday' },
      { ...RECORD, approved: null },
      { ...RECORD, approved: { ...RECORD.approved, sensitivity: 'off' } },
      { ...RECORD, approved: { ...RECORD.approved, sitesOff: 'whatsapp' } },
      { ...RECORD, approved: { ...RECORD.approved, paused: [] } },
    ]) {
      expect(readGuardianRecord(raw), JSON.stringify(raw)).toBeNull();
    }
  });

  it('drops unreadable approved entries and a damaged trusted person, keeping the record', () => {
    const raw = { ...RECORD, trusted: { name: 'Anna' }, approved: { sensitivity: 'fewer', sitesOff: ['tinder', 3], paused: { tinder: NOW, bumble: -1 } } };
    expect(readGuardianRecord(raw)).toEqual({ ...RECORD, trusted: null, approved: { sensitivity: 'fewer', sitesOff: ['tinder'], paused: { tinder: NOW } } });
  });
});

describe('effective settings', () => {
  const loweredInSettings: Settings = { ...SETTINGS_DEFAULTS, guardian: false, sensitivity: 'fewer', sitesOff: ['whatsapp'], paused: { tinder: NOW + HOUR } };
  const protective = { ...SETTINGS_DEFAULTS, largeText: true, sensitivity: 'balanced', sitesOff: [], paused: {}, guardian: true };

  it('are the settings as they are when guardian mode is off', () => {
    expect(effectiveSettings(loweredInSettings, null)).toEqual(loweredInSettings);
  });

  it('stay protective when only the settings were edited, while the record still approves balanced and no sites off', () => {
    const effective = effectiveSettings(loweredInSettings, RECORD);
    expect(effective).toEqual(protective);
  });

  it('stay in guardian mode, protective, when only the record was deleted', () => {
    const settings: Settings = { ...loweredInSettings, guardian: true };
    expect(effectiveSettings(settings, null)).toEqual(protective);
    // A damaged record reads as none: the same.
    expect(effectiveSettings(settings, readGuardianRecord({ ...RECORD, pin: 'x' }))).toEqual(protective);
  });

  it('honour what settings and record both allow', () => {
    const settings: Settings = { ...loweredInSettings, guardian: true, country: 'DE', sitesOff: ['whatsapp', 'tinder'], paused: { bumble: NOW + HOUR, match: NOW + 8 * HOUR, instagram: NOW + HOUR } };
    const record: GuardianRecord = { ...RECORD, approved: { sensitivity: 'fewer', sitesOff: ['whatsapp', 'messenger'], paused: { bumble: NOW + 8 * HOUR, match: NOW + HOUR, okcupid: NOW + HOUR } } };
    expect(effectiveSettings(settings, record)).toEqual({
      largeText: true,
      sensitivity: 'fewer',
      sitesOff: ['whatsapp'], // tinder was not approved; messenger is on in settings
      paused: { bumble: NOW + HOUR, match: NOW + HOUR }, // the earlier of the two; instagram and okcupid are in one only
      country: 'DE',
      guardian: true,
    });
  });

  it('keep the more protective sensitivity of the two', () => {
    const more = { ...RECORD, approved: { ...RECORD.approved, sensitivity: 'more' as const } };
    expect(effectiveSettings({ ...SETTINGS_DEFAULTS, sensitivity: 'fewer' }, more).sensitivity).toBe('more');
    expect(effectiveSettings({ ...SETTINGS_DEFAULTS, sensitivity: 'more', guardian: true }, RECORD).sensitivity).toBe('more');
    expect(effectiveSettings({ ...SETTINGS_DEFAULTS, sensitivity: 'more', guardian: true }, null).sensitivity).toBe('more');
  });

  it('hold from corrupted storage all the way through', () => {
    const effective = effectiveSettings(readSettings({ guardian: 'false', sensitivity: 'none', sitesOff: ['whatsapp'] }), readGuardianRecord(structuredClone(RECORD)));
    expect(effective.guardian).toBe(true);
    expect(effective.sensitivity).toBe('balanced');
    expect(effective.sitesOff).toEqual([]);
  });
});
