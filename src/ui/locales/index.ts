import { tify } from 'chinese-conv';
import { REASONS, type ReasonKey } from '../../engine/reasons/index.ts';
import { ar } from './ar.ts';
import { de } from './de.ts';
import { en, type Messages } from './en.ts';
import { es } from './es.ts';
import { fil } from './fil.ts';
import { fr } from './fr.ts';
import { hi } from './hi.ts';
import { id } from './id.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { ko } from './ko.ts';
import { ms } from './ms.ts';
import { ptBR } from './pt_BR.ts';
import { ru } from './ru.ts';
import { th } from './th.ts';
import { tr } from './tr.ts';
import { vi } from './vi.ts';
import { zhCN } from './zh_CN.ts';
import { zhTW } from './zh_TW.ts';

export type { MessageKey, Messages } from './en.ts';

/**
 * The interface's languages, as the browser names them (`_locales/<code>`), each with its
 * messages and the detector's reason texts it shows. Reasons are written once, in the engine
 * (the CLI prints them too); Traditional Chinese reads the Simplified ones converted.
 */
export const UI_LOCALES: Readonly<Record<string, { messages: Messages; reasons: string; traditional?: true }>> = {
  en: { messages: en, reasons: 'en' },
  es: { messages: es, reasons: 'es' },
  pt_BR: { messages: ptBR, reasons: 'pt' },
  fr: { messages: fr, reasons: 'fr' },
  de: { messages: de, reasons: 'de' },
  it: { messages: it, reasons: 'it' },
  zh_CN: { messages: zhCN, reasons: 'zh' },
  zh_TW: { messages: zhTW, reasons: 'zh', traditional: true },
  ja: { messages: ja, reasons: 'ja' },
  ko: { messages: ko, reasons: 'ko' },
  vi: { messages: vi, reasons: 'vi' },
  id: { messages: id, reasons: 'id' },
  ms: { messages: ms, reasons: 'ms' },
  th: { messages: th, reasons: 'th' },
  fil: { messages: fil, reasons: 'tl' },
  ru: { messages: ru, reasons: 'ru' },
  ar: { messages: ar, reasons: 'ar' },
  hi: { messages: hi, reasons: 'hi' },
  tr: { messages: tr, reasons: 'tr' },
};

export const DEFAULT_LOCALE = 'en';

/** A reason key's message name in `_locales` (the browser allows letters, digits and `_`). */
export const reasonMessage = (key: string): string => `reason_${key}`;

/** One locale's text for every interface message and every reason, flat: name → text with `{name}` slots. */
export function flatMessages(locale: string): Record<string, string> {
  const entry = UI_LOCALES[locale];
  if (!entry) throw new Error(`no interface locale "${locale}"`);
  const out: Record<string, string> = { ...entry.messages };
  for (const key of Object.keys(REASONS.en!) as ReasonKey[]) {
    const text = REASONS[entry.reasons]?.[key];
    if (text !== undefined) out[reasonMessage(key)] = entry.traditional ? tify(text) : text;
  }
  return out;
}

/** The placeholder names of a message, in the order the browser numbers them ($1, $2…): alphabetical, so every locale agrees. */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!))].sort();
}

/** A locale as the browser's `_locales/<code>/messages.json`; `{name}` becomes a `$NAME$` placeholder. */
export function chromeMessages(locale: string): Record<string, { message: string; placeholders?: Record<string, { content: string }> }> {
  const out: Record<string, { message: string; placeholders?: Record<string, { content: string }> }> = {};
  for (const [name, text] of Object.entries(flatMessages(locale))) {
    const slots = placeholderNames(text);
    // A literal "$" must be doubled, or the browser reads it as a placeholder.
    const message = text.replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_, slot: string) => `$${slot.toUpperCase()}$`);
    out[name] = slots.length === 0 ? { message } : { message, placeholders: Object.fromEntries(slots.map((s, i) => [s, { content: `$${i + 1}` }])) };
  }
  return out;
}
