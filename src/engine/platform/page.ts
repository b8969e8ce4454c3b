import { ALL_LOCALES, analyzeMessage } from '../analyze.ts';
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
/** Page lines longer than this are articles, not a platform's notices. */
const NOTICE_CHARS = 320;
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
 * payment to release a withdrawal. A page that talks about scams (news, a bank's
 * warning, a forum) is reading about the script, not running it, and chat, mail and
 * social sites hold other people's words: neither is ever blocked by its text.
 */
export function judgePageText(url: string, lines: readonly string[]): PageFinding | null {
  const host = judgeDomain(url);
  if (host.kind === 'real' || isWellKnownService(host.domain)) return null;
  rules ??= compileRules();
  let finding: PageFinding | null = null;
  for (const line of lines.slice(0, PAGE_LINES)) {
    const text = line.trim();
    if (!text) continue;
    const analysis = analyzeMessage({ from: 'them', text }, 99, rules, ALL_LOCALES);
    if (analysis.hits.some((h) => h.rule.key === 'scam_awareness') || analysis.reported.length > 0) return null;
    if (finding || text.length > NOTICE_CHARS) continue;
    const hit = analysis.hits.find((h) => PAY_TO_WITHDRAW.has(h.rule.key) && !h.quoted);
    if (hit) finding = { kind: 'pay_to_withdraw', key: hit.rule.key, evidence: { start: hit.start, end: hit.end, quote: text }, host: host.host };
  }
  return finding;
}
