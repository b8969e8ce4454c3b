import type { MetaRule } from './types.ts';

// Meta rules, shared by every language: weak signals that mean more together.
// Requirements are stages or rule keys, so they hold whatever language each step was in.
export const META_RULES: MetaRule[] = [
    {
      key: 'meta_romance_to_money',
      stage: 'pitch',
      weight: 2.5,
      all: ['rapport', 'off_platform', 'pitch'],
      withinDays: 14,
    },
    {
      key: 'meta_stranger_pitch',
      stage: 'pitch',
      weight: 2,
      all: ['hook', 'pitch'],
    },
    {
      key: 'meta_wealth_story_pitch',
      stage: 'pitch',
      weight: 1.5,
      all: ['wealth', 'pitch'],
    },
    {
      key: 'meta_pitch_and_platform',
      stage: 'platform',
      weight: 2,
      all: ['pitch', 'platform'],
    },
    {
      key: 'meta_off_platform_pitch',
      stage: 'pitch',
      weight: 1,
      all: ['off_platform', 'pitch'],
    },
    {
      key: 'meta_recovery_for_a_fee',
      stage: 'recovery',
      weight: 1.5,
      all: ['recovery_offer', 'victim_outreach'],
    },
    {
      key: 'meta_platform_and_deposit',
      stage: 'deposit',
      weight: 1.5,
      all: ['platform', 'deposit'],
    },
    {
      key: 'meta_pay_to_withdraw',
      stage: 'withdrawal',
      weight: 2,
      all: ['deposit', 'withdrawal'],
    }
];
