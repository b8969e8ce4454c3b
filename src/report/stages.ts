import type { Stage } from '../engine/types.ts';

/** The stages in plain words, for people who never heard of the script. */
export const STAGE_LABELS: Readonly<Record<Stage, string>> = {
  hook: 'First contact',
  rapport: 'Friendship or romance',
  off_platform: 'Moved to another app',
  wealth: 'Shows of wealth',
  pitch: 'Investment offer',
  platform: 'Trading platform or app',
  deposit: 'Deposits',
  withdrawal: 'Fees or taxes to withdraw',
  recovery: 'Recovery offer',
};
