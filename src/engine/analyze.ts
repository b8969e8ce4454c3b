import { type AnyEntity, findEntities, type MoneyEntity, type UrlEntity } from './entities.ts';
import { normalize, type NormalizedText, originalSpan } from './normalize.ts';
import type { CompiledRule, CompiledRules, EntityTag } from './rules/index.ts';
import type { Message } from './types.ts';

/** A rule that fired in one message, with the span of original text that made it fire. */
export interface RuleHit {
  rule: CompiledRule;
  start: number;
  end: number;
  /** The evidence is someone else's words being reported (see `reportedRanges`). */
  quoted: boolean;
}

/** Everything the engine learns from one message on its own. Computed once per message. */
export interface MessageAnalysis {
  folded: NormalizedText;
  entities: AnyEntity[];
  tags: Set<EntityTag>;
  hits: RuleHit[];
  /** Spans of the original text that report someone else's words, sorted and disjoint. */
  reported: Array<[number, number]>;
  /** Languages (with a detector) seen in this message or earlier in its conversation. */
  locales: ReadonlySet<string>;
}

/** Every locale active, whatever the conversation: for checking rules on their own. */
export const ALL_LOCALES: ReadonlySet<string> = new Set(['*']);

/**
 * Analyses one message. `themOrdinal` is how many messages the other party sent
 * before this one (opening rules only fire on their first three).
 *
 * No character budget: every step (normalisation, entities, quotes, rules)
 * takes linear time on any text (tests/engine/redos.test.ts and
 * hostile.test.ts), so a long message is read whole and padding cannot push a
 * pitch past a cut-off. The one costly step, compromise, reads only a few short
 * windows of a message (nlp.ts).
 */
export function analyzeMessage(message: Message, themOrdinal: number, rules: CompiledRules, seenLocales: ReadonlySet<string> = new Set()): MessageAnalysis {
  const folded = normalize(message.text);
  const entities = findEntities(message.text, folded);
  const tags = entityTags(entities);
  const hits: RuleHit[] = [];
  // Patterns the prefilter rules out cannot match: they are skipped, whatever their language.
  const { prefilter } = rules;
  prefilter.scan(folded.text);
  // A language's rules run once the conversation has shown that language (English always runs).
  const locales = new Set(seenLocales);
  for (const { locale, detect, exclude, slot } of rules.detectors) {
    if (!locales.has(locale) && prefilter.may(slot) && detect.test(folded.text) && !exclude?.test(folded.text)) locales.add(locale);
  }
  const all = locales.has('*');
  const active = (locale: string): boolean => all || !rules.gatedLocales.has(locale) || locales.has(locale);
  const reported = reportedRanges(message.text, folded, rules.reporting.filter((r) => active(r.locale) && prefilter.may(r.slot)).map((r) => r.pattern));
  const list = rules.rules;
  for (const block of rules.blocks) {
    if (!active(block.locale)) continue;
    for (let i = block.start; i < block.end; i++) {
      const rule = list[i]!;
      if (rule.from !== message.from || !prefilter.may(i)) continue;
      if (rule.opening && (message.from !== 'them' || themOrdinal >= 3)) continue;
      const hit = matchRule(rule, folded, entities, tags);
      if (hit) hits.push({ ...hit, quoted: inRanges(reported, hit.start, hit.end) });
    }
  }
  return { folded, entities, tags, hits, reported, locales };
}

// A full stop ends a sentence unless a digit follows ("3.5% a day").
const SENTENCE_END = /[!?\n\u3002\uFF01\uFF1F\u061F\u0964]|\.(?!\d)/g;
/** A reporting phrase followed closely by a colon or an opening quote introduces a whole quoted message. */
const INTRODUCES_QUOTE = /^\s{0,2}[:\uFF1A"\u201C\u00AB\u300C\u201E']/;

/**
 * Where the message reports someone else's words: from each reporting phrase
 * ("she said", "I got this message:") to the end of its sentence (to the end of
 * the message when a colon or quote follows it), and every quoted span of a
 * message that has a reporting phrase. Quotation marks alone report nothing:
 * a script that wraps its own words in quotes is still speaking for itself.
 */
function reportedRanges(text: string, folded: NormalizedText, patterns: readonly RegExp[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const reporting of patterns) {
    reporting.lastIndex = 0;
    for (let m = reporting.exec(folded.text); m !== null; m = reporting.exec(folded.text)) {
      const after = m.index + m[0].length;
      if (m[0].length === 0) reporting.lastIndex++;
      let end = folded.text.length;
      if (!INTRODUCES_QUOTE.test(folded.text.slice(after, after + 3))) {
        SENTENCE_END.lastIndex = after;
        end = SENTENCE_END.exec(folded.text)?.index ?? folded.text.length;
      }
      spans.push(originalSpan(folded, m.index, Math.max(end, after)));
    }
  }
  if (spans.length > 0) spans.push(...quotedRanges(text));
  return mergeRanges(spans);
}

function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Array<[number, number]> = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '\u201C': '\u201D', '\u00AB': '\u00BB', '\u300C': '\u300D', '\u201E': '\u201C' };
// Keyed by the opening single quote: its closing mark, before a space or punctuation, or at the end.
const SINGLE_CLOSE: Record<string, RegExp> = { "'": /'(?=[\s.,!?;:)\]]|$)/g, '\u2018': /\u2019(?=[\s.,!?;:)\]]|$)/g };

/**
 * Spans of the original text between quotation marks (straight, curly,
 * guillemets, corner brackets, and single quotes that open after a space and
 * close before one, so that "don't" and "it's" are not taken for quotes).
 *
 * One pass: each opening mark takes the first closing mark after it, and the
 * search for each kind of closing mark only ever moves forward (the openers
 * are visited in order), so unclosed or alternating marks cost linear time.
 */
function quotedRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  // Per kind of closing mark, where the last search found it (-1: none left).
  // Searches of one kind start further on each time, so a mark found at or
  // after the new start is still the first one.
  const found = new Map<string, number>();
  const nextClose = (kind: string, from: number): number => {
    const last = found.get(kind);
    if (last !== undefined && (last < 0 || last >= from)) return last;
    const at = nextCloseFrom(text, kind, from);
    found.set(kind, at);
    return at;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    let end = -1;
    if (ch === "'" || ch === '\u2018') {
      if (i > 0 && !/[\s:(\[]/.test(text[i - 1]!)) continue;
      end = nextClose(ch, i + 2);
    } else {
      const close = QUOTE_PAIRS[ch];
      if (close === undefined) continue;
      end = nextClose(close, i + 1);
    }
    if (end < 0) continue;
    ranges.push([i, end + 1]);
    i = end;
  }
  return ranges;
}

/** The first closing mark of `kind` at or after `from`, or -1. */
function nextCloseFrom(text: string, kind: string, from: number): number {
  const single = SINGLE_CLOSE[kind];
  if (!single) return text.indexOf(kind, from);
  single.lastIndex = from;
  return single.exec(text)?.index ?? -1;
}

/** Whether [start, end) lies inside one of `ranges` (sorted, disjoint). */
function inRanges(ranges: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  // Last range opening at or before start.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]![0] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && end <= ranges[lo - 1]![1];
}

function matchRule(rule: CompiledRule, folded: NormalizedText, entities: AnyEntity[], tags: Set<EntityTag>): Omit<RuleHit, 'quoted'> | null {
  if (rule.entity && !tags.has(rule.entity)) return null;
  if (rule.pattern) {
    const m = rule.pattern.exec(folded.text);
    if (!m) return null;
    const [start, end] = originalSpan(folded, m.index, m.index + m[0].length);
    return { rule, start, end };
  }
  const entity = entities.find((e) => tagsOf(e).includes(rule.entity!));
  return entity ? { rule, start: entity.start, end: entity.end } : null;
}

function tagsOf(e: AnyEntity): EntityTag[] {
  switch (e.kind) {
    case 'wallet':
      return ['wallet'];
    case 'url':
      return urlTags(e as UrlEntity);
    case 'handle':
    case 'phone':
      return ['contact'];
    case 'percent':
      return ['percent'];
    case 'money': {
      const amount = (e as MoneyEntity).amount;
      return amount !== null && amount >= 1000 ? ['money', 'big_money'] : ['money'];
    }
  }
}

function urlTags(url: UrlEntity): EntityTag[] {
  if (url.wellKnown) return [];
  const kind = url.judgement.kind;
  return kind === 'reported' || kind === 'lookalike' || kind === 'suspicious' ? ['private_url', `${kind}_domain`] : ['private_url'];
}

function entityTags(entities: AnyEntity[]): Set<EntityTag> {
  const tags = new Set<EntityTag>();
  for (const e of entities) for (const t of tagsOf(e)) tags.add(t);
  return tags;
}
