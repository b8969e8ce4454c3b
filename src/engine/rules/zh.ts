import type { RuleSet } from './types.ts';

// Rules for "zh". Being written; see en.ts for the format.
export const zh: RuleSet = { locale: 'zh', rules: [], meta: [], quoting: [] };
