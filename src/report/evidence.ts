import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { analyzeMessage } from '../engine/analyze.ts';
import type { AnyEntity, MoneyEntity, UrlEntity, WalletEntity } from '../engine/entities.ts';
import { FITTED } from '../engine/fitted.generated.ts';
import type { DomainKind } from '../engine/platform/domains.ts';
import { type CompiledRules, compileRules } from '../engine/rules/index.ts';
import { type Level, type Message, type Reason, type Sender, type Stage, stageIndex, type Verdict } from '../engine/types.ts';
import { ENGINE_VERSION, rulesVersion } from '../engine/version.ts';
import type { WalletNetwork } from '../engine/wallets.ts';
import { redactConversation } from '../research/redact.ts';
import { type CountryCode, type CountryPlaces, placesFor } from './places.ts';

/**
 * The evidence a victim or their family hands to the police, a bank or a fraud
 * reporting service: what RedFlag found, where the money was meant to go, and
 * the conversation itself, with a hash that ties the printed excerpt to the
 * chat. Pure data: `EvidenceReport.tsx` shows it, in the extension and the CLI.
 */
export interface EvidenceInput {
  /** What the conversation is: site and contact, or the file name. */
  title: string;
  messages: readonly Message[];
  /** The verdict for exactly these messages. */
  verdict: Verdict;
  /** Where the conversation came from: "WhatsApp Web", "redflag scan chat.txt". */
  source: string;
  createdAt: Date;
  country: CountryCode;
  /** Replace names, phone numbers, e-mail addresses and handles in the chat text. */
  redact: boolean;
  /** Names the redaction must catch (the person's own, family's), when `redact` is on. */
  redactNames?: readonly string[];
  /** The classifier the verdict was fused with, when one was (its version line). */
  model?: string;
}

export interface TimelineEntry {
  stage: Stage;
  /** Index of the message at which the stage began. */
  message: number;
  time: string | null;
}

export interface Finding {
  rule: string;
  text: string;
  stage: Stage;
  points: number;
  /** The words that made the rule fire; null for a pattern across messages. */
  quote: string | null;
}

export interface MessageFindings {
  message: number;
  time: string | null;
  findings: Finding[];
}

export type PlatformJudgement = Exclude<DomainKind, 'real'>;

export interface DomainFound {
  /** The host as a person reads it (Unicode, lower case). */
  host: string;
  /** Its registrable domain. */
  domain: string;
  /** Exactly as the message wrote it (look-alike letters, "dot com" spellings). */
  written: string;
  judgement: PlatformJudgement;
  /** The brand a look-alike imitates. */
  brand: string | null;
  why: string | null;
  message: number;
}

export interface WalletFound {
  address: string;
  network: WalletNetwork;
  message: number;
}

export interface AmountFound {
  written: string;
  amount: number | null;
  currency: string | null;
  message: number;
}

export interface ContactFound {
  written: string;
  message: number;
}

export interface ExcerptMessage {
  /** Index in the whole conversation (message number minus one). */
  index: number;
  from: Sender;
  text: string;
  time: string | null;
  /** Zero-width and direction characters: invisible in print, kept in the text and the hash. */
  invisibleCharacters: number;
}

export interface Excerpt {
  messages: ExcerptMessage[];
  /** Messages in the whole conversation. */
  total: number;
  /** Inclusive index ranges of the conversation not shown. */
  omitted: Array<{ from: number; to: number }>;
}

export interface Integrity {
  algorithm: 'SHA-256';
  /** Lower-case hex. */
  hash: string;
  /** Exactly what was hashed, in words someone can follow to recompute it. */
  method: string;
  messageCount: number;
  redacted: boolean;
}

export interface EvidenceReport {
  title: string;
  source: string;
  /** ISO 8601, UTC. */
  createdAt: string;
  level: Level;
  risk: number;
  score: number;
  /** Furthest stage reached. */
  stage: Stage | null;
  /** Null when the report is not redacted; otherwise how many of each kind were replaced. */
  redaction: { counts: Partial<Record<string, number>> } | null;
  /** Stages reached, in the order they began. */
  timeline: TimelineEntry[];
  /** Reasons grouped per message, in conversation order; within a message, most points first. */
  findings: MessageFindings[];
  /** Everything below is from the other party's messages, each once, with the first message it appeared in. */
  domains: DomainFound[];
  wallets: WalletFound[];
  amounts: AmountFound[];
  /** Null: withheld (redacted report). */
  phones: ContactFound[] | null;
  handles: ContactFound[] | null;
  excerpt: Excerpt;
  integrity: Integrity;
  /** Which RedFlag judged it: the release, a fingerprint of the rules as they ran, the fitted weights, the classifier if any. */
  engine: { version: string; rules: string; ruleWeights: string; model: string | null };
  places: CountryPlaces & { code: CountryCode };
}

/** Most messages the excerpt shows; a printed report past that is not read. */
export const EXCERPT_MAX = 300;
/** Messages shown before the first one with a reason: how the conversation got there. */
export const EXCERPT_CONTEXT = 3;

export const HASH_METHOD =
  'SHA-256 of the UTF-8 bytes of a JSON array with one object per message of the excerpt, in the order shown: ' +
  '{"from": "them" or "me", "text": the text exactly as shown (invisible characters included), "time": ISO 8601 UTC time ' +
  'such as "2026-01-31T18:05:00.000Z", the time as it was given when it could not be read as a date, or null}. ' +
  'Keys in that order, no spaces between tokens, nothing escaped but quotes, backslashes, control characters and unpaired surrogates: ' +
  'JavaScript JSON.stringify, or Python json.dumps(data, ensure_ascii=False, separators=(",", ":")). ' +
  'Message numbers are not part of it.';

let compiledRules: CompiledRules | null = null;
const rules = (): CompiledRules => (compiledRules ??= compileRules());

export function buildEvidence(input: EvidenceInput): EvidenceReport {
  const { messages, verdict } = input;
  checkInput(input);
  const shown = excerptIndexes(messages.length, verdict.reasons);
  let excerptTexts = shown.map((i) => messages[i]!.text);
  let reasons: readonly Reason[] = verdict.reasons;
  let title = input.title;
  let source = input.source;
  let redaction: EvidenceReport['redaction'] = null;
  if (input.redact) {
    const redacted = redactExcerpt(input, shown);
    excerptTexts = redacted.texts;
    reasons = redacted.reasons;
    title = redacted.title;
    source = redacted.source;
    redaction = { counts: redacted.counts };
  }
  const excerptMessages: ExcerptMessage[] = shown.map((index, k) => {
    const text = excerptTexts[k]!;
    return { index, from: messages[index]!.from, text, time: canonicalTime(messages[index]!.time), invisibleCharacters: countInvisible(text) };
  });
  const found = entitiesOfOtherParty(messages);
  return {
    title,
    source,
    createdAt: input.createdAt.toISOString(),
    level: verdict.level,
    risk: verdict.risk,
    score: verdict.score,
    stage: verdict.stage,
    redaction,
    timeline: timelineOf(verdict),
    findings: groupFindings(reasons, messages),
    domains: found.domains,
    wallets: found.wallets,
    amounts: found.amounts,
    phones: input.redact ? null : found.phones,
    handles: input.redact ? null : found.handles,
    excerpt: { messages: excerptMessages, total: messages.length, omitted: gaps(shown, messages.length) },
    integrity: {
      algorithm: 'SHA-256',
      hash: hashExcerpt(excerptMessages),
      method: HASH_METHOD,
      messageCount: excerptMessages.length,
      redacted: input.redact,
    },
    engine: { version: ENGINE_VERSION, rules: rulesVersion(), ruleWeights: FITTED.modelVersion, model: input.model ?? null },
    places: { code: input.country, ...placesFor(input.country) },
  };
}

/** The exact string the integrity hash covers (see HASH_METHOD). */
export function canonicalExcerpt(messages: ReadonlyArray<Pick<ExcerptMessage, 'from' | 'text' | 'time'>>): string {
  return JSON.stringify(messages.map(({ from, text, time }) => ({ from, text, time })));
}

export function hashExcerpt(messages: ReadonlyArray<Pick<ExcerptMessage, 'from' | 'text' | 'time'>>): string {
  return bytesToHex(sha256(new TextEncoder().encode(canonicalExcerpt(messages))));
}

/**
 * A message time as the report shows and hashes it: ISO 8601 UTC when it is a
 * date, the value as given when it is not (nothing the chat said is lost), null
 * when there is none.
 */
export function canonicalTime(time: Message['time']): string | null {
  // `== null`: JSON input may carry null where the type says undefined.
  if (time == null) return null;
  const ms = typeof time === 'number' ? time : Date.parse(time);
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? String(time) : date.toISOString();
}

/** A report built from the wrong verdict would point at the wrong messages: refuse it. */
function checkInput({ messages, verdict, createdAt }: EvidenceInput): void {
  if (Number.isNaN(createdAt.getTime())) throw new Error('Evidence report: createdAt is not a valid date.');
  const points = [
    ...verdict.reasons.map((r) => ({ what: `reason "${r.rule}"`, at: r.message })),
    ...Object.entries(verdict.stages).map(([stage, mark]) => ({ what: `stage "${stage}"`, at: mark.message })),
  ];
  for (const { what, at } of points) {
    if (!Number.isInteger(at) || at < 0 || at >= messages.length) {
      throw new Error(`Evidence report: the verdict's ${what} points at message ${at}, but the conversation has ${messages.length} messages. Was the verdict computed for another conversation?`);
    }
  }
}

/**
 * Which messages the excerpt shows (indexes, ascending): from a few before the
 * first reason to the end. Past EXCERPT_MAX, every message with a reason stays
 * (even past the cap: there are at most a few dozen), with the messages before
 * the first one and the message either side of each; the rest of the room
 * goes to the latest messages, where the money is being asked for.
 */
export function excerptIndexes(total: number, reasons: readonly Reason[]): number[] {
  const end = total - 1;
  const reasonAt = [...new Set(reasons.map((r) => r.message))].sort((a, b) => a - b);
  // Nothing found: the latest messages are what the person is asking about.
  if (reasonAt.length === 0) return range(Math.max(0, total - EXCERPT_MAX), end);
  const start = Math.max(0, reasonAt[0]! - EXCERPT_CONTEXT);
  if (end - start + 1 <= EXCERPT_MAX) return range(start, end);
  const chosen = new Set<number>(reasonAt);
  const tryAdd = (i: number): void => {
    if (chosen.size < EXCERPT_MAX && i >= start && i <= end) chosen.add(i);
  };
  for (let i = start; i < start + EXCERPT_CONTEXT; i++) tryAdd(i);
  for (const m of reasonAt) {
    tryAdd(m - 1);
    tryAdd(m + 1);
  }
  for (let i = end; i >= start && chosen.size < EXCERPT_MAX; i--) tryAdd(i);
  return [...chosen].sort((a, b) => a - b);
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, k) => from + k);
}

function gaps(shown: readonly number[], total: number): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  let next = 0;
  for (const i of shown) {
    if (i > next) out.push({ from: next, to: i - 1 });
    next = i + 1;
  }
  if (next < total) out.push({ from: next, to: total - 1 });
  return out;
}

/**
 * Redacts what the excerpt shows. Only the excerpt goes through (a 100,000-message
 * chat would take minutes), with the title and source after it so that one
 * person gets the same placeholder everywhere; reasons follow their message.
 */
function redactExcerpt(input: EvidenceInput, shown: readonly number[]) {
  const position = new Map(shown.map((index, k) => [index, k] as const));
  const excerpt = shown.map((i) => input.messages[i]!);
  const extras: Message[] = [
    { from: 'them', text: input.title },
    { from: 'them', text: input.source },
  ];
  // Every reason's message is in the excerpt (excerptIndexes keeps them all).
  const local = input.verdict.reasons.map((r) => ({ ...r, message: position.get(r.message)! }));
  const result = redactConversation([...excerpt, ...extras], local, input.redactNames ? { names: input.redactNames } : undefined);
  if (result.messages.length !== excerpt.length + extras.length || result.reasons.length !== local.length) {
    throw new Error('Evidence report: redaction returned a different number of messages or reasons; the report was not made.');
  }
  const texts = result.messages.map((m) => m.text);
  return {
    texts: texts.slice(0, excerpt.length),
    title: texts[excerpt.length]!,
    source: texts[excerpt.length + 1]!,
    reasons: input.verdict.reasons.map((r, k) => ({ ...r, evidence: result.reasons[k]!.evidence })),
    counts: result.counts,
  };
}

function timelineOf(verdict: Verdict): TimelineEntry[] {
  return Object.entries(verdict.stages)
    .map(([stage, mark]) => ({ stage: stage as Stage, message: mark.message, time: mark.time === null ? null : canonicalTime(mark.time) }))
    .sort((a, b) => a.message - b.message || stageIndex(a.stage) - stageIndex(b.stage));
}

function groupFindings(reasons: readonly Reason[], messages: readonly Message[]): MessageFindings[] {
  const byMessage = new Map<number, Finding[]>();
  for (const r of reasons) {
    const list = byMessage.get(r.message) ?? [];
    list.push({ rule: r.rule, text: r.text, stage: r.stage, points: r.points, quote: r.evidence?.quote ?? null });
    byMessage.set(r.message, list);
  }
  return [...byMessage.entries()]
    .sort(([a], [b]) => a - b)
    .map(([message, findings]) => ({
      message,
      time: canonicalTime(messages[message]!.time),
      findings: findings.sort((a, b) => b.points - a.points),
    }));
}

interface OtherPartyEntities {
  domains: DomainFound[];
  wallets: WalletFound[];
  amounts: AmountFound[];
  phones: ContactFound[];
  handles: ContactFound[];
}

/**
 * Addresses, amounts and contacts the other party sent, each once, with the
 * first message it appeared in. Found by the engine's own analysis, so the
 * report lists exactly what the verdict saw.
 */
function entitiesOfOtherParty(messages: readonly Message[]): OtherPartyEntities {
  const out: OtherPartyEntities = { domains: [], wallets: [], amounts: [], phones: [], handles: [] };
  const seen = new Set<string>();
  const once = (key: string): boolean => {
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  let themOrdinal = 0;
  let locales: ReadonlySet<string> = new Set();
  messages.forEach((message, index) => {
    if (message.from !== 'them') return;
    const analysis = analyzeMessage(message, themOrdinal++, rules(), locales);
    locales = analysis.locales;
    const written = (e: AnyEntity): string => message.text.slice(e.start, e.end);
    for (const e of analysis.entities) {
      switch (e.kind) {
        case 'url': {
          const url = e as UrlEntity;
          const { kind, host, domain, brand, why } = url.judgement;
          if (url.wellKnown || kind === 'real') break;
          if (once(`url:${host}`)) out.domains.push({ host, domain, written: written(e), judgement: kind, brand: brand ?? null, why: why ?? null, message: index });
          break;
        }
        case 'wallet': {
          const wallet = e as WalletEntity;
          // Hex and bech32 addresses are case-insensitive; base58 ones are not.
          const key = /^(?:0x|bc1)/i.test(wallet.value) ? wallet.value.toLowerCase() : wallet.value;
          if (once(`wallet:${key}`)) out.wallets.push({ address: wallet.value, network: wallet.network, message: index });
          break;
        }
        case 'money': {
          const money = e as MoneyEntity;
          const key = money.amount !== null ? `${money.amount} ${money.currency ?? ''}` : money.value;
          if (once(`money:${key}`)) out.amounts.push({ written: written(e), amount: money.amount, currency: money.currency, message: index });
          break;
        }
        case 'phone':
          if (once(`phone:${written(e).replace(/[^\d+]/g, '')}`)) out.phones.push({ written: written(e), message: index });
          break;
        case 'handle':
          if (once(`handle:${handleKey(e.value)}`)) out.handles.push({ written: written(e), message: index });
          break;
      }
    }
  });
  return out;
}

/**
 * "telegram id: @Jenny_Lee", "@jenny_lee" and "t.me/jenny_lee" are one contact:
 * the identifier at the end, without its @, in lower case.
 */
function handleKey(value: string): string {
  const tokens = value.toLowerCase().split(/[\s:=/@]+/).filter(Boolean);
  return tokens[tokens.length - 1] ?? value;
}

// Format characters (Unicode Cf): zero-width spaces and joiners, direction marks and overrides, soft hyphens.
const INVISIBLE = /\p{Cf}/gu;

function countInvisible(text: string): number {
  return text.match(INVISIBLE)?.length ?? 0;
}
