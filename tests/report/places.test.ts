import { describe, expect, it } from 'vitest';
import { BANK_OR_EXCHANGE, COUNTRY_CODES, type CountryCode, countryFromLocale, placesFor, REPORT_PLACES } from '../../src/report/places.ts';

const ALL_CODES: CountryCode[] = [...COUNTRY_CODES, 'EU', 'OTHER'];

describe('REPORT_PLACES', () => {
  it('has a list for every country the brief names, and nothing else', () => {
    expect(Object.keys(REPORT_PLACES).sort()).toEqual([...ALL_CODES].sort());
  });

  it.each(ALL_CODES)('%s: a country name and at least one place, each with a name and a way to reach it', (code) => {
    const { country, places } = REPORT_PLACES[code];
    expect(country.trim()).not.toBe('');
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) {
      expect(place.name.trim()).not.toBe('');
      expect(place.how.trim()).not.toBe('');
      // Printed, never clicked: no scheme, no markup.
      expect(place.how).not.toMatch(/https?:|[<>]/);
    }
  });

  it('keeps the numbers people are told to call (a wrong number is worse than none)', () => {
    const how = (code: CountryCode) => REPORT_PLACES[code].places.map((p) => `${p.name} ${p.how}`).join(' | ');
    expect(how('US')).toContain('ic3.gov');
    expect(how('US')).toContain('reportfraud.ftc.gov');
    expect(how('GB')).toContain('0300 123 2040');
    expect(how('CA')).toContain('1-888-495-8501');
    expect(how('AU')).toContain('cyber.gov.au');
    expect(how('SG')).toContain('1799');
    expect(how('IN')).toContain('1930');
    expect(how('PH')).toContain('1326');
    expect(how('HK')).toContain('18222');
    expect(how('TW')).toContain('165');
    expect(how('JP')).toContain('#9110');
    expect(how('KR')).toContain('112');
    expect(how('MY')).toContain('997');
  });
});

describe('placesFor', () => {
  it.each(ALL_CODES)('%s ends with the bank or exchange, once', (code) => {
    const { country, places } = placesFor(code);
    expect(country).toBe(REPORT_PLACES[code].country);
    expect(places.at(-1)).toEqual(BANK_OR_EXCHANGE);
    expect(places.filter((p) => p === BANK_OR_EXCHANGE)).toHaveLength(1);
    expect(places.slice(0, -1)).toEqual(REPORT_PLACES[code].places);
  });

  it('does not let a caller change the shared lists', () => {
    placesFor('US').places.push({ name: 'x', how: 'y' });
    expect(REPORT_PLACES.US.places.some((p) => p.name === 'x')).toBe(false);
  });

  it('says which code it does not know instead of failing on undefined', () => {
    expect(() => placesFor('ZZ' as CountryCode)).toThrow(/ZZ/);
  });
});

describe('countryFromLocale', () => {
  it.each([
    ['en-GB', 'GB'],
    ['en-US', 'US'],
    ['en-AU', 'AU'],
    ['en-NZ', 'NZ'],
    ['en-IE', 'IE'],
    ['en-IN', 'IN'],
    ['en-SG', 'SG'],
    ['en-PH', 'PH'],
    ['fr-CA', 'CA'],
    ['fr-BE', 'BE'],
    ['de-AT', 'AT'],
    ['zh-TW', 'TW'],
    ['zh-HK', 'HK'],
    ['zh-Hant-TW', 'TW'],
    ['pt-BR', 'BR'],
    ['pt-PT', 'PT'],
    ['es-MX', 'MX'],
    ['ar-AE', 'AE'],
    ['en-UK', 'GB'],
    ['EN-gb', 'GB'],
    ['en_US.UTF-8', 'US'],
    ['de_AT@euro', 'AT'],
    [' ja-JP ', 'JP'],
  ] as const)('%s has region %s', (locale, code) => {
    expect(countryFromLocale(locale)).toBe(code);
  });

  it.each([
    ['ja', 'JP'],
    ['ko', 'KR'],
    ['th', 'TH'],
    ['vi', 'VN'],
    ['id', 'ID'],
    ['ms', 'MY'],
    ['fil', 'PH'],
    ['tr', 'TR'],
    ['de', 'DE'],
    ['fr', 'FR'],
    ['it', 'IT'],
    ['nl', 'NL'],
    ['pt', 'BR'],
    ['hi', 'IN'],
    ['zh-Hant', 'TW'],
  ] as const)('a bare language takes its most likely country: %s is %s', (locale, code) => {
    expect(countryFromLocale(locale)).toBe(code);
  });

  it.each([
    ['pl-PL', 'EU'],
    ['sv-SE', 'EU'],
    ['pl', 'EU'],
    ['cs', 'EU'],
  ] as const)('an EU member without its own list falls back to EU: %s', (locale, code) => {
    expect(countryFromLocale(locale)).toBe(code);
  });

  it.each(['en', 'es-419', 'zh', 'zh-CN', 'de-CH', 'ru-RU', 'sw-KE', '', '   ', 'not a locale!', 'x-private', '12-34'])(
    '%j is OTHER (no region, a region with no list, or nonsense)',
    (locale) => {
      expect(countryFromLocale(locale)).toBe('OTHER');
    },
  );
});
