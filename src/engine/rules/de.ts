import type { RuleSet } from './types.ts';

// Rules for "de". Being written; see en.ts for the format.
export const de: RuleSet = { locale: 'de', rules: [], meta: [], quoting: [] };
