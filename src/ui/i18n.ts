import type { ReasonKey } from '../engine/reasons/index.ts';
import type { MessageKey } from './locales/en.ts';
import { placeholderNames, reasonMessage } from './locales/index.ts';

/**
 * Interface text in the browser's language, through its i18n (`_locales`, built from
 * src/ui/locales). Outside an extension (component tests) a catalogue must be installed
 * first with `useCatalogue`: nothing falls back silently to English.
 */
type Lookup = (name: string, substitutions: string[]) => string;

let installed: { lookup: Lookup; dir: 'ltr' | 'rtl'; locale: string } | null = null;

/** Component tests: read messages from a flat catalogue (see `flatMessages`). */
export function useCatalogue(messages: Record<string, string>, locale = 'en', dir: 'ltr' | 'rtl' = 'ltr'): void {
  installed = {
    locale,
    dir,
    lookup: (name, subs) => {
      const text = messages[name];
      if (text === undefined) return '';
      const names = placeholderNames(text);
      return text.replace(/\{(\w+)\}/g, (_, slot: string) => subs[names.indexOf(slot)] ?? '');
    },
  };
}

function browserI18n(): typeof chrome.i18n | undefined {
  return (globalThis as { chrome?: typeof chrome }).chrome?.i18n;
}

function lookup(name: string, subs: string[]): string {
  if (installed) return installed.lookup(name, subs);
  const i18n = browserI18n();
  if (!i18n) throw new Error('RedFlag i18n: no browser i18n and no catalogue installed');
  return i18n.getMessage(name, subs);
}

/** The text of `key`, with `{name}` slots filled from `values`. A missing message is an error, never a blank. */
export function t(key: MessageKey, values: Record<string, string | number> = {}): string {
  const names = Object.keys(values).sort();
  const text = lookup(key, names.map((n) => String(values[n])));
  if (!text) throw new Error(`RedFlag i18n: no message "${key}"`);
  return text;
}

/** A detector reason in the reader's language (the chat's language does not matter). */
export function reason(key: string, fallback: string): string {
  return lookup(reasonMessage(key as ReasonKey), []) || fallback;
}

/** The interface language ("en", "pt-BR"…), for dates and country names. */
export function uiLocale(): string {
  return installed?.locale ?? browserI18n()?.getUILanguage() ?? 'en';
}

/** Languages written right to left (of those RedFlag speaks, Arabic). */
const RTL = new Set(['ar', 'he', 'fa', 'ur']);

/** Text direction of the interface language. From the language itself: Chromium's `@@bidi_dir` was seen answering "ltr" for Arabic. */
export function uiDir(): 'ltr' | 'rtl' {
  if (installed) return installed.dir;
  return RTL.has(uiLocale().split(/[-_]/)[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
