import type { RuleSet } from './types.ts';

// Rules for "fr". Being written; see en.ts for the format.
export const fr: RuleSet = { locale: 'fr', rules: [], meta: [], quoting: [] };
