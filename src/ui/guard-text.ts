import type { GuardView } from '../extension/guard/page-url.ts';

/** The warning page's words for why a page was stopped, in plain language. */
export function guardHeadline(view: GuardView): { title: string; detail: string | null } {
  const f = view.finding;
  switch (f.kind) {
    case 'domain':
      return f.judgement.kind === 'lookalike'
        ? { title: `This address imitates ${f.judgement.brand ?? 'a real exchange'}.`, detail: `${f.judgement.host}: ${f.judgement.why ?? 'a look-alike address'}. Fake platforms copy real names to look trusted.` }
        : { title: 'Victims have reported this site as a fake trading platform.', detail: `${f.judgement.host} is on the list RedFlag ships, built from public complaints to the California DFPI Crypto Scam Tracker.` };
    case 'pay_to_withdraw':
      return { title: 'This page asks you to pay before you can withdraw your money.', detail: PAY_TO_WITHDRAW_DETAIL };
    case 'listed_by_you':
      return { title: 'You asked RedFlag to warn you about this site.', detail: `${f.host} is on your list of sites to warn about (RedFlag settings).` };
    case 'seen_in_chat':
      return { title: 'A conversation RedFlag warned you about sent you to this site.', detail: `${f.domain} was sent in a chat that follows an investment-scam script.` };
    case 'listed':
      return { title: 'This site is on the list of fake trading platforms.', detail: 'It was reported by victims, or you added it to your own list in RedFlag settings.' };
    default:
      return { title: 'RedFlag stopped this page.', detail: null };
  }
}

const PAY_TO_WITHDRAW_DETAIL =
  'Real platforms take their fees from your balance. A demand to pay first, whether it is called a tax, a fee, a margin or a credit score, is how fake platforms take more money at the end.';

export const GUARD_WHAT_TO_DO: readonly string[] = [
  'Do not send money or crypto to this site, and do not pay any "tax", "fee", "deposit" or "credit score" to withdraw. A real platform takes its fees from your balance; money sent to unlock a withdrawal is lost too.',
  'Check the platform yourself with your country’s financial regulator, not through a link someone sent you.',
  'Talk to someone you trust before you decide anything.',
  'If money has already left your account, call your bank or exchange now, and report it.',
];
