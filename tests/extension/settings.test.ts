import { describe, expect, it } from 'vitest';
import { activeOn, migrateV1, moreProtective, readSettings, SENSITIVITIES, SETTINGS_DEFAULTS, type Settings } from '../../src/extension/settings.ts';

const NOW = 1_750_000_000_000;
const HOUR = 3_600_000;

describe('settings', () => {
  it('protects everywhere by default', () => {
    expect(SETTINGS_DEFAULTS).toEqual({ largeText: false, sensitivity: 'balanced', sitesOff: [], paused: {}, country: null, guardian: false });
    expect(SENSITIVITIES).toEqual(['fewer', 'balanced', 'more']);
  });

  it('reads a well-formed value as it is', () => {
    const stored: Settings = { largeText: true, sensitivity: 'fewer', sitesOff: ['tinder'], paused: { whatsapp: NOW + HOUR }, country: 'DE', guardian: true };
    expect(readSettings(stored)).toEqual(stored);
  });

  it('gives the defaults for a value that is not settings at all', () => {
    for (const raw of [undefined, null, 'garbage', '', 0, 42, true, [], [{ largeText: true }], () => 1]) {
      expect(readSettings(raw), String(raw)).toEqual(SETTINGS_DEFAULTS);
    }
  });

  it('takes the default for each field of the wrong type, leaving the others', () => {
    const raw = { largeText: 'yes', sensitivity: 2, sitesOff: 'whatsapp', paused: ['whatsapp'], country: 49, guardian: 'true' };
    expect(readSettings(raw)).toEqual(SETTINGS_DEFAULTS);
    expect(readSettings({ largeText: true, sensitivity: 'off', sitesOff: { whatsapp: true } })).toEqual({ ...SETTINGS_DEFAULTS, largeText: true });
  });

  it('never reads an unknown sensitivity as a lower one', () => {
    for (const sensitivity of ['none', 'off', 'FEWER', 'Fewer', ' fewer', 'least', '', null, 0]) {
      expect(readSettings({ sensitivity }).sensitivity, String(sensitivity)).toBe('balanced');
    }
    expect(readSettings({ sensitivity: 'fewer' }).sensitivity).toBe('fewer');
    expect(readSettings({ sensitivity: 'more' }).sensitivity).toBe('more');
  });

  it('keeps only site ids it can read in sitesOff, so a damaged entry switches a site back on', () => {
    expect(readSettings({ sitesOff: ['whatsapp', 7, null, '', { id: 'tinder' }, 'tinder', 'whatsapp'] }).sitesOff).toEqual(['whatsapp', 'tinder']);
    expect(readSettings({ sitesOff: null }).sitesOff).toEqual([]);
  });

  it('drops pauses that are not a positive, finite time', () => {
    const paused = { a: -5, b: Number.NaN, c: Number.POSITIVE_INFINITY, d: '1750000000000', e: null, f: 0, whatsapp: NOW + HOUR };
    expect(readSettings({ paused }).paused).toEqual({ whatsapp: NOW + HOUR });
    expect(readSettings({ paused: null }).paused).toEqual({});
    expect(readSettings({ paused: NOW }).paused).toEqual({});
  });

  it('keeps a country only when it is two letters', () => {
    for (const country of ['deu', 'usa', 'D', 'D3', '12', 'DE ', '', 'Ü1', null, 49]) {
      expect(readSettings({ country }).country, String(country)).toBeNull();
    }
    expect(readSettings({ country: 'GB' }).country).toBe('GB');
    expect(readSettings({ country: 'nl' }).country).toBe('NL');
  });

  it('keeps guardian mode on only for a literal true', () => {
    for (const guardian of ['true', 1, 'yes', {}, null]) expect(readSettings({ guardian }).guardian, String(guardian)).toBe(false);
    expect(readSettings({ guardian: true }).guardian).toBe(true);
  });

  it('drops unknown fields and shares nothing with what it read', () => {
    const raw = { sitesOff: ['tinder'], paused: { tinder: NOW }, extra: 'x' };
    const read = readSettings(raw);
    expect(read).not.toHaveProperty('extra');
    read.sitesOff.push('whatsapp');
    read.paused.whatsapp = NOW;
    expect(raw.sitesOff).toEqual(['tinder']);
    expect(raw.paused).toEqual({ tinder: NOW });
    expect(readSettings(undefined).sitesOff).toEqual([]);
    expect(SETTINGS_DEFAULTS.sitesOff).toEqual([]);
  });

  it('migrates v1 { largeText } to v2 with the other fields at their defaults', () => {
    expect(migrateV1({ largeText: true })).toEqual({ ...SETTINGS_DEFAULTS, largeText: true });
    expect(migrateV1({ largeText: false })).toEqual(SETTINGS_DEFAULTS);
    expect(migrateV1(undefined)).toEqual(SETTINGS_DEFAULTS);
    expect(migrateV1('garbage')).toEqual(SETTINGS_DEFAULTS);
  });

  it('is active on a site unless it is switched off or its pause has not run out', () => {
    const s: Settings = { ...SETTINGS_DEFAULTS, sitesOff: ['tinder'], paused: { whatsapp: NOW + HOUR, bumble: NOW - 1 } };
    expect(activeOn(s, 'tinder', NOW)).toBe(false);
    expect(activeOn(s, 'whatsapp', NOW)).toBe(false);
    expect(activeOn(s, 'whatsapp', NOW + HOUR - 1)).toBe(false);
    expect(activeOn(s, 'whatsapp', NOW + HOUR)).toBe(true);
    expect(activeOn(s, 'bumble', NOW)).toBe(true); // expired pause
    expect(activeOn(s, 'messenger', NOW)).toBe(true);
    expect(activeOn(s, 'constructor', NOW)).toBe(true); // not a key inherited from Object
    expect(activeOn(SETTINGS_DEFAULTS, 'whatsapp')).toBe(true);
  });

  it('orders sensitivities from least to most protective', () => {
    expect(moreProtective('fewer', 'balanced')).toBe('balanced');
    expect(moreProtective('more', 'balanced')).toBe('more');
    expect(moreProtective('fewer', 'fewer')).toBe('fewer');
  });
});
