import type { Stage } from '../engine/types.ts';

/** The script's stages as the banner's timeline shows them (recovery is a separate scam, shown only when reached). */
export const TIMELINE: ReadonlyArray<{ stage: Stage; label: string }> = [
  { stage: 'hook', label: 'First contact' },
  { stage: 'rapport', label: 'Friendship' },
  { stage: 'off_platform', label: 'Other app' },
  { stage: 'wealth', label: 'Wealth talk' },
  { stage: 'pitch', label: 'Investment' },
  { stage: 'platform', label: 'Platform' },
  { stage: 'deposit', label: 'Deposit' },
  { stage: 'withdrawal', label: 'Fees to withdraw' },
];

/** No money talk yet: only the opening of a script (see the `script_opening` meta rule). */
export function isOpening(stagesReached: readonly Stage[]): boolean {
  return !stagesReached.some((s) => ['pitch', 'platform', 'deposit', 'withdrawal', 'recovery'].includes(s));
}

/** What to do at the opening, before any money talk: calm, and cheap to follow. */
export const OPENING_WHAT_TO_DO: readonly string[] = [
  'Never send money, crypto or gift cards to someone you have not met in person, whatever the reason.',
  'Watch for talk of investing, trading, a "sure" opportunity or a relative who is an analyst: that is where these scripts go next.',
  'Ask for a live video call. People running these scripts avoid showing their face.',
  'Talk to someone you trust about this new contact.',
];

/** What to do, in plain words. Bundled: the extension fetches nothing. */
export const WHAT_TO_DO: readonly string[] = [
  'Stop sending money, including any "tax", "fee" or "deposit" to unlock a withdrawal. Real platforms never ask for that.',
  'Ask for a live video call. People running these scripts avoid showing their face.',
  'Check the trading site or app yourself with your country’s financial regulator, not through a link they sent.',
  'Talk to someone you trust before you decide anything. Scammers ask for secrecy because a second opinion stops them.',
  'Keep the conversation and any wallet addresses: they help a report.',
];

export const WHERE_TO_REPORT: ReadonlyArray<{ place: string; how: string }> = [
  { place: 'United States', how: 'FBI Internet Crime Complaint Center, ic3.gov; FTC, reportfraud.ftc.gov' },
  { place: 'United Kingdom', how: 'Report Fraud (formerly Action Fraud), 0300 123 2040' },
  { place: 'Canada', how: 'Canadian Anti-Fraud Centre, 1-888-495-8501' },
  { place: 'Australia', how: 'Scamwatch and ReportCyber, cyber.gov.au' },
  { place: 'European Union', how: 'Your national police cybercrime unit; Europol lists them' },
  { place: 'Anywhere', how: 'Your bank or exchange, at once, if money has left your account' },
];
