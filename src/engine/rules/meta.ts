import type { MetaRule } from './types.ts';

// Meta rules, shared by every language: weak signals that mean more together.
// Requirements are stages or rule keys, so they hold whatever language each step was in.
export const META_RULES: MetaRule[] = [
  // The opening of the script, before any talk of money: a stranger's contact and one of
  // its next moves. Warned calmly at medium: this is when a warning costs the victim least.
  // One move, not two: on the train and dev splits "two" reached almost no scam that had not
  // already warned, while "one" reached a few percent more scams for a few benign conversations
  // more (a real wrong number that ends politely fires the contact and nothing else); model/REPORT.md
  // has the resulting figures by end point. The move off-platform is an ask to move (a key), not
  // any number or handle mentioned.
  {
    key: 'script_opening',
    stage: 'rapport',
    weight: 1,
    all: [],
    oneOf: ['wrong_number', 'group_add', 'fellow_townsman', 'profile_compliment'],
    atLeast: { count: 1, of: [['pet_name', 'love_bombing', 'fate'], ['move_off_platform'], ['far_away_job'], ['wealth']] },
    withinDays: 21,
    floor: 'medium',
  },
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
