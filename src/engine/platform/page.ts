import { analyzeMessage } from '../analyze.ts';
import type { ReasonKey } from '../reasons/en.ts';
import { type CompiledRules, compileRules } from '../rules/index.ts';
import type { Evidence } from '../types.ts';
import { type DomainJudgement, judgeDomain } from './domains.ts';
import { isWellKnownService } from './services.ts';

/**
 * The guard's judgement of a web page, for the moment before money moves.
 * Blocked: a fake platform's own address (reported or a look-alike), or a page
 * that holds a withdrawal hostage to a payment ("pay 20% tax to unlock", "credit
 * score too low, deposit to restore"). Real exchanges' pages are never blocked:
 * their network fees and tax reports are ordinary.
 */
export type PageFinding =
  | { kind: 'domain'; judgement: DomainJudgement }
  | { kind: 'pay_to_withdraw'; key: ReasonKey; evidence: Evidence; host: string };

// The chat rules that mean "pay before you may withdraw", in every language RedFlag reads.
const PAY_TO_WITHDRAW: ReadonlySet<string> = new Set<ReasonKey>(['withdrawal_fee', 'credit_score', 'account_frozen', 'pay_to_release']);
/** Page lines longer than this are prose, not a platform's notices; this many of them make an article. */
const NOTICE_CHARS = 320;
const PROSE_LINES = 4;
/** A page with this many lines about scams is about scams (news, a bank's warnings, a forum). */
const ABOUT_SCAM_LINES = 3;
/** A page is read up to this many lines of its visible text, in order. */
const PAGE_LINES = 600;

let rules: CompiledRules | null = null;

/** The host alone: blocked when it is a reported fake platform or imitates a real brand. */
export function judgePageAddress(url: string): PageFinding | null {
  const judgement = judgeDomain(url);
  return judgement.kind === 'reported' || judgement.kind === 'lookalike' ? { kind: 'domain', judgement } : null;
}

/**
 * The page's visible text, line by line: blocked when a short notice demands a
 * payment to release a withdrawal. Lines that talk about scams or report someone
 * else's words (a warning, a quoted demand) are reading about the script, not
 * running it: they and their neighbours are skipped, and a page with several of
 * them, or with paragraphs of prose, is an article or a forum and is never
 * blocked by its text. Chat, mail and social sites hold other people's words,
 * and real exchanges' pages are their own: neither is ever blocked by its text.
 */
export function judgePageText(url: string, lines: readonly string[]): PageFinding | null {
  const host = judgeDomain(url);
  if (host.kind === 'real' || isWellKnownService(host.domain)) return null;
  rules ??= compileRules();
  const notices = lines.slice(0, PAGE_LINES).map((l) => l.trim());
  if (notices.filter((l) => l.length > NOTICE_CHARS).length >= PROSE_LINES) return null;
  const findings: Array<{ at: number; finding: PageFinding }> = [];
  const aboutScams: number[] = [];
  const seen = new Set<string>();
  notices.forEach((text, at) => {
    if (!text || text.length > NOTICE_CHARS || seen.has(text)) return;
    seen.add(text);
    // Each line's own languages (English always): a notice is in the page's language.
    const analysis = analyzeMessage({ from: 'them', text }, 99, rules!);
    if (analysis.reported.length > 0 || analysis.hits.some((h) => h.rule.key === 'scam_awareness')) return void aboutScams.push(at);
    const hit = analysis.hits.find((h) => PAY_TO_WITHDRAW.has(h.rule.key) && !h.quoted && (h.rule.key !== 'account_frozen' || asksForMoney(analysis.tags)));
    if (hit) findings.push({ at, finding: { kind: 'pay_to_withdraw', key: hit.rule.key, evidence: { start: hit.start, end: hit.end, quote: text }, host: host.host } });
  });
  if (aboutScams.length >= ABOUT_SCAM_LINES) return null;
  return findings.find((f) => !aboutScams.some((a) => Math.abs(a - f.at) <= 1))?.finding ?? null;
}

/** A frozen account is this scam's only when the same notice asks for money ("pay 2,500 USDT to unfreeze"). */
function asksForMoney(tags: ReadonlySet<string>): boolean {
  return tags.has('money') || tags.has('percent');
}
