import { describe, expect, it } from 'vitest';
import { REASONS } from '../../src/engine/reasons/index.ts';
import { t, useCatalogue } from '../../src/ui/i18n.ts';
import { en } from '../../src/ui/locales/en.ts';
import { chromeMessages, flatMessages, placeholderNames, UI_LOCALES } from '../../src/ui/locales/index.ts';

/** The interface languages the detector reads (the list): each must be complete. */
const REQUIRED = ['en', 'es', 'pt_BR', 'fr', 'de', 'zh_CN', 'zh_TW', 'ja', 'ko', 'vi', 'id', 'ms', 'th', 'fil', 'ru', 'ar', 'hi', 'tr', 'it'];
const reasonKeys = Object.keys(REASONS.en!);

describe('interface languages', () => {
  it('has every required locale', () => {
    expect(Object.keys(UI_LOCALES).sort()).toEqual([...REQUIRED].sort());
  });

  for (const locale of REQUIRED) {
    it(`${locale}: every message and every reason, non-empty, with the English slots`, () => {
      const messages = flatMessages(locale);
      const english = flatMessages('en');
      expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
      for (const [name, text] of Object.entries(messages)) {
        expect(text.trim(), `${locale} ${name}`).not.toBe('');
        expect(placeholderNames(text), `${locale} ${name}`).toEqual(placeholderNames(english[name]!));
      }
      for (const key of reasonKeys) expect(messages[`reason_${key}`], `${locale} reason ${key}`).toBeTruthy();
      // Reasons are the locale's own, not English copied in (names and coins aside, most must differ).
      if (locale !== 'en') {
        const same = reasonKeys.filter((k) => messages[`reason_${k}`] === english[`reason_${k}`]);
        expect(same, `${locale}: reasons still in English`).toEqual([]);
      }
      expect(messages.ext_name).toBe('RedFlag');
    });
  }

  it('writes the browser’s messages.json: valid names, placeholders numbered alike in every locale, "$" escaped', () => {
    for (const locale of REQUIRED) {
      const out = chromeMessages(locale);
      for (const [name, entry] of Object.entries(out)) {
        expect(name).toMatch(/^[A-Za-z0-9_]+$/);
        const english = chromeMessages('en')[name]!;
        expect(entry.placeholders ?? {}, `${locale} ${name}`).toEqual(english.placeholders ?? {});
      }
    }
    expect(chromeMessages('en').intro_high!.message).toBe('Several steps of a common scam have happened here ($REACHED$ of $TOTAL$). Please do not send money until you have checked with someone you trust.');
    expect(chromeMessages('en').intro_high!.placeholders).toEqual({ reached: { content: '$1' }, total: { content: '$2' } });
  });

  it('fills slots by name whatever their order in the text, and fails loudly on a missing message', () => {
    useCatalogue({ ...flatMessages('en'), escalation: 'On {date}: {stage}!' });
    expect(t('escalation', { stage: 'Deposit', date: 'Monday' })).toBe('On Monday: Deposit!');
    useCatalogue({});
    expect(() => t('why')).toThrow(/no message "why"/);
    useCatalogue(flatMessages('en'));
    expect(t('why')).toBe(en.why);
  });

  it('converts the Chinese reasons to Traditional characters for zh_TW', () => {
    const tw = flatMessages('zh_TW');
    const cn = flatMessages('zh_CN');
    const changed = reasonKeys.filter((k) => tw[`reason_${k}`] !== cn[`reason_${k}`]);
    expect(changed.length).toBeGreaterThan(reasonKeys.length / 2);
  });
});
