import { findWalletAddresses } from '../engine/wallets.ts';
import type { Evidence, Message, Reason } from '../engine/types.ts';
import { PRIORITY, resolve, type Add, type Candidate, type PlaceholderKind } from './personal/candidates.ts';
import { findAddresses, findEmails, findHandles, findLinks, findPhones } from './personal/contacts.ts';
import { NameBook, findNames, type FoundName, type NameMatcher } from './personal/name-book.ts';
import { discoverNames } from './personal/name-discovery.ts';
import { buildView, type TextView } from './personal/view.ts';

/**
 * Redaction of personal data from a conversation before a researcher sample
 * is stored: people's names, phone numbers, e-mail addresses, messaging
 * handles and street addresses become placeholders, and everything that tells
 * the story of a scam stays (amounts, dates, wallet addresses, platform
 * domains, brands, apps, places, "my aunt").
 *
 * Placeholders are written in brackets, `[PERSON_1]`, `[PHONE_2]`, so that a
 * reader sees at a glance what was replaced. They are stable across the
 * conversation (the same person, number, address... always gets the same
 * placeholder) and numbered in order of first appearance. Where a handle sits
 * in an app's link or after an "@", the app part stays: `t.me/[HANDLE_1]`,
 * `@[HANDLE_2]`, `wa.me/[PHONE_1]`.
 *
 * Everything is found on a "view" of each message: invisible characters
 * removed, full-width and other scripts' digits read as ASCII, look-alike
 * letters inside Latin words read as Latin. Spans are mapped back to the
 * original text, so "An\u200Ba" is replaced whole.
 *
 * Names come from the names the caller knows (a site adapter's sender names,
 * a chat export's contacts: redacted in any case, except a name that is also a
 * word written in lower case, "grace"), strong cues ("my name is ...",
 * "меня зовут ..."), honorifics and family words ("Professor Hale", "Pak
 * Budi", "my uncle Bob": the honorific stays) and compromise's people
 * detection, which reads English only (elsewhere it takes "Ich" or "Saya" for
 * people). A name found anywhere is redacted where it was found and, written
 * with a capital, everywhere else in the conversation, with its parts: after
 * "Ana Lima", "Ana" alone is the same person. Brands, apps, places, months and
 * family words are never names: they are the story researchers read.
 *
 * Every regular expression here takes linear time, and compromise, the
 * costly step, reads a bounded number of characters a conversation
 * (personal/name-discovery.ts says how).
 *
 * This module runs the steps and owns the placeholders and the evidence; the
 * finders live in ./personal/: view.ts (the view), vocabulary.ts (words that
 * are not personal data), name-discovery.ts, name-cues.ts and name-book.ts
 * (names), contacts.ts (e-mails, links, phones, handles, addresses) and
 * candidates.ts (which of overlapping finds wins).
 */

export type { PlaceholderKind };

export interface RedactionOptions {
  /** Sender and contact names the site adapter or chat export knows; always redacted. */
  names?: readonly string[];
}

export interface RedactedConversation {
  /** Same order and length; `from` and `time` kept, `text` redacted. */
  messages: Message[];
  /** Same reasons; evidence remapped onto the redacted text (quote = redacted slice). */
  reasons: Reason[];
  /** How many distinct values of each kind were replaced (never the values). */
  counts: Partial<Record<PlaceholderKind, number>>;
}

export function redactConversation(messages: readonly Message[], reasons: readonly Reason[], options: RedactionOptions = {}): RedactedConversation {
  validateInput(messages, reasons, options);
  const views = messages.map((m) => buildView(m.text));
  const book = new NameBook();
  for (const name of options.names ?? []) book.register(name, { given: true });
  discoverNames(views, book);
  const matcher = book.matcher();
  const table = new PlaceholderTable();
  const redactedMessages: Message[] = [];
  const edits: Edit[][] = [];
  messages.forEach((message, index) => {
    const view = views[index]!;
    const replacements = resolve(findCandidates(view, matcher, book.foundIn(index)));
    const { text, messageEdits } = applyReplacements(message.text, view, replacements, table);
    redactedMessages.push(message.time === undefined ? { from: message.from, text } : { from: message.from, text, time: message.time });
    edits.push(messageEdits);
  });
  const redactedReasons = reasons.map((reason) => {
    const evidence = reason.evidence && remapEvidence(reason.evidence, messages[reason.message]!.text.length, redactedMessages[reason.message]!.text, edits[reason.message]!);
    return { ...reason, evidence };
  });
  return { messages: redactedMessages, reasons: redactedReasons, counts: table.counts() };
}

/** One text redacted on its own (a fresh placeholder table). */
export function redactText(text: string, options: RedactionOptions = {}): string {
  return redactConversation([{ from: 'them', text }], [], options).messages[0]!.text;
}

// ---------------------------------------------------------------------------
// Input

function validateInput(messages: readonly Message[], reasons: readonly Reason[], options: RedactionOptions): void {
  if (!Array.isArray(messages)) throw new TypeError('redactConversation: messages must be an array');
  if (!Array.isArray(reasons)) throw new TypeError('redactConversation: reasons must be an array');
  messages.forEach((m, i) => {
    if (typeof m !== 'object' || m === null || typeof m.text !== 'string') throw new TypeError(`redactConversation: message ${i} has no text string`);
  });
  reasons.forEach((r, i) => {
    if (!Number.isInteger(r.message) || r.message < 0 || r.message >= messages.length) {
      throw new RangeError(`redactConversation: reason ${i} (${String(r.rule)}) points at message ${String(r.message)}, but the conversation has ${messages.length}`);
    }
    if (r.evidence && !(Number.isFinite(r.evidence.start) && Number.isFinite(r.evidence.end))) {
      throw new RangeError(`redactConversation: reason ${i} (${String(r.rule)}) has evidence without finite start and end`);
    }
  });
  if (options.names !== undefined && (!Array.isArray(options.names) || options.names.some((n) => typeof n !== 'string'))) {
    throw new TypeError('redactConversation: options.names must be an array of strings');
  }
}

// ---------------------------------------------------------------------------
// Candidates: every finder, in one message

function findCandidates(view: TextView, names: NameMatcher, found: readonly FoundName[]): Candidate[] {
  const text = view.text;
  const out: Candidate[] = [];
  const add: Add = (kind, key, priority, claimStart, claimEnd, start = claimStart, end = claimEnd) => {
    out.push({ kind, key, priority, claimStart, claimEnd, start, end });
  };
  for (const w of findWalletAddresses(text)) add(null, '', PRIORITY.wallet, w.start, w.end);
  findEmails(text, add);
  findLinks(text, add);
  if (/\d/.test(text)) findPhones(text, add);
  findHandles(text, add);
  if (/\d/.test(text)) findAddresses(text, add);
  findNames(text, names, add);
  for (const f of found) add('PERSON', f.person, PRIORITY.person, f.start, f.end);
  return out;
}

// ---------------------------------------------------------------------------
// Placeholders and evidence

/** Placeholder numbers per kind and identity, in order of first appearance. */
class PlaceholderTable {
  private readonly numbers = new Map<PlaceholderKind, Map<string, number>>();

  placeholder(kind: PlaceholderKind, key: string): string {
    let byKey = this.numbers.get(kind);
    if (!byKey) this.numbers.set(kind, (byKey = new Map()));
    let n = byKey.get(key);
    if (n === undefined) byKey.set(key, (n = byKey.size + 1));
    return `[${kind}_${n}]`;
  }

  counts(): Partial<Record<PlaceholderKind, number>> {
    return Object.fromEntries([...this.numbers].map(([kind, byKey]) => [kind, byKey.size]));
  }
}

/** One replacement, in original and redacted offsets. */
interface Edit {
  origStart: number;
  origEnd: number;
  newStart: number;
  newEnd: number;
}

function applyReplacements(original: string, view: TextView, replacements: readonly Candidate[], table: PlaceholderTable): { text: string; messageEdits: Edit[] } {
  const messageEdits: Edit[] = [];
  let text = '';
  let copied = 0;
  for (const r of replacements) {
    // View offsets to original ones: invisible characters inside the span go with it.
    const origStart = view.origin[r.start]!;
    const origEnd = view.origin[r.end - 1]! + 1;
    if (origStart < copied) continue;
    text += original.slice(copied, origStart);
    const placeholder = table.placeholder(r.kind!, r.key);
    messageEdits.push({ origStart, origEnd, newStart: text.length, newEnd: text.length + placeholder.length });
    text += placeholder;
    copied = origEnd;
  }
  text += original.slice(copied);
  return { text, messageEdits };
}

/** An offset in the original text, moved onto the redacted one; inside a replaced span it goes to the placeholder's edge. */
function mapOffset(edits: readonly Edit[], offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const e of edits) {
    if (offset <= e.origStart) break;
    if (offset >= e.origEnd) {
      shift = e.newEnd - e.origEnd;
      continue;
    }
    return side === 'start' ? e.newStart : e.newEnd;
  }
  return offset + shift;
}

function remapEvidence(evidence: Evidence, originalLength: number, redacted: string, edits: readonly Edit[]): Evidence {
  // Offsets outside the message (a caller's off-by-one) are clamped: the quote must come from the redacted text.
  const start = Math.min(Math.max(0, Math.trunc(evidence.start)), originalLength);
  const end = Math.min(Math.max(start, Math.trunc(evidence.end)), originalLength);
  const newStart = mapOffset(edits, start, 'start');
  const newEnd = Math.max(newStart, mapOffset(edits, end, 'end'));
  return { start: newStart, end: newEnd, quote: redacted.slice(newStart, newEnd) };
}
