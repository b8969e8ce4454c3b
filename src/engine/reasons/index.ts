import { de } from './de.ts';
import { en, type ReasonKey } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { pt } from './pt.ts';
import { zh } from './zh.ts';

export type { ReasonKey } from './en.ts';

/** Reason texts by language. English has every key; the others fall back to it. */
export const REASONS: Readonly<Record<string, Partial<Record<ReasonKey, string>>>> = { en, es, pt, fr, de, zh };

/** What the user reads for a rule key, in `locale` when written, else in English. */
export function reasonText(key: ReasonKey, locale = 'en'): string {
  return REASONS[locale]?.[key] ?? REASONS[locale.split('-')[0]!]?.[key] ?? en[key];
}
