import { ar } from './ar.ts';
import { de } from './de.ts';
import { en, type ReasonKey } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { hiLatn } from './hi-latn.ts';
import { id } from './id.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { ms } from './ms.ts';
import { pt } from './pt.ts';
import { ru } from './ru.ts';
import { th } from './th.ts';
import { tl } from './tl.ts';
import { tr } from './tr.ts';
import { vi } from './vi.ts';
import { zh } from './zh.ts';

export type { ReasonKey } from './en.ts';

/** Reason texts by language. English has every key; the others fall back to it. */
export const REASONS: Readonly<Record<string, Partial<Record<ReasonKey, string>>>> = { en, es, pt, fr, de, it, zh, ja, ko, vi, th, id, ms, tl, ru, ar, hi, 'hi-Latn': hiLatn, tr };

/** What the user reads for a rule key, in `locale` when written, else in English. */
export function reasonText(key: ReasonKey, locale = 'en'): string {
  return REASONS[locale]?.[key] ?? REASONS[locale.split('-')[0]!]?.[key] ?? en[key];
}
