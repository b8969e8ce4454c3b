import type { RuleSet } from './types.ts';

// Rules for "es". Being written; see en.ts for the format.
export const es: RuleSet = { locale: 'es', rules: [], meta: [], quoting: [] };
