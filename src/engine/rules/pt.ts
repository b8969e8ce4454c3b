import type { RuleSet } from './types.ts';

// Rules for "pt". Being written; see en.ts for the format.
export const pt: RuleSet = { locale: 'pt', rules: [], meta: [], quoting: [] };
