import type { MessageAnalysis } from './analyze.ts';
import { fnv1a } from './hash.ts';
import type { Stage } from './types.ts';

/**
 * The classifier's featuriser, shared by training and run time so the two can
 * never drift apart. A message becomes a sorted set of hashed feature indices
 * (binary features), built on the engine's folded text:
 *   - word unigrams and bigrams, and character 3- and 4-grams (these carry
 *     languages without spaces, and misspellings);
 *   - the rules that fired (by key, so evidence carries across languages) and
 *     the entity kinds found in the message;
 *   - reported speech ("she said ...", a quoted message) as its own words
 *     (`qw:`), not n-grams: someone else's script is not this sender's pitch;
 *   - conversation context: words and rule hits of the same sender's previous
 *     messages, and the trajectory so far: the script stages reached, in the
 *     order they were reached, and how long since the conversation began.
 */
export const FEATURE_BITS = 16;
export const FEATURE_DIM = 1 << FEATURE_BITS;
/** Index of the always-zero padding weight (the model has FEATURE_DIM + 1 weights). */
export const PADDING_INDEX = FEATURE_DIM;
/** Features kept per message; batches are padded to this width. */
export const MAX_FEATURES = 512;
/** Characters of a message read for n-grams: enough for any chat line. */
const MAX_CHARS = 1000;

export interface FeatureContext {
  /** The same sender's previous messages, oldest first (at most three are used). */
  previous: readonly MessageAnalysis[];
  /** Stages the conversation had reached before this message, in the order they were reached. */
  stages: readonly Stage[];
  /** Days since the conversation's first message, when times are known. */
  days?: number | null;
}

export const NO_CONTEXT: FeatureContext = { previous: [], stages: [] };

/** Elapsed-time buckets (days): a script reaches money within days or weeks of first contact. */
const DAY_BUCKETS = [1, 3, 7, 14, 30, 90];

export function messageFeatures(analysis: MessageAnalysis, context: FeatureContext = NO_CONTEXT): Int32Array {
  const set = new Set<number>();
  const add = (feature: string): void => {
    set.add(hash(feature));
  };
  const { own, reported } = splitReported(analysis);
  const text = own.slice(0, MAX_CHARS);
  const words = tokenize(text);
  // The commonest features are hashed straight from the text, without building their strings
  // ("w:" + word hashes the same as the string `w:${word}`).
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    set.add(fold(more(W, word, 0, word.length)));
    if (i + 1 < words.length) {
      const next = words[i + 1]!;
      set.add(fold(more(more(more(B, word, 0, word.length), ' ', 0, 1), next, 0, next.length)));
    }
  }
  const padded = ` ${text} `;
  for (let i = 0; i + 3 <= padded.length; i++) {
    set.add(fold(more(C3, padded, i, i + 3)));
    if (i + 4 <= padded.length) set.add(fold(more(C4, padded, i, i + 4)));
  }
  // Rule hits by meaning (key), so evidence learnt in one language carries to the others;
  // a hit in reported speech is a different feature from the same words said outright.
  for (const hit of analysis.hits) add(`${hit.quoted ? 'qr' : 'r'}:${hit.rule.key}`);
  for (const word of tokenize(reported.slice(0, MAX_CHARS))) add(`qw:${word}`);
  for (const tag of analysis.tags) add(`e:${tag}`);
  if (analysis.reported.length > 0) add('q:reported');
  for (const previous of context.previous.slice(-3)) {
    for (const word of tokenize(previous.folded.text.slice(0, MAX_CHARS))) add(`cw:${word}`);
    for (const hit of previous.hits) if (!hit.quoted) add(`cr:${hit.rule.key}`);
  }
  for (const stage of context.stages) add(`s:${stage}`);
  context.stages.forEach((stage, i) => {
    if (i > 0) add(`so:${context.stages[i - 1]}>${stage}`);
  });
  add(`sn:${context.stages.length}`);
  if (context.days !== undefined && context.days !== null) add(`d:${DAY_BUCKETS.find((b) => context.days! < b) ?? 'more'}`);
  const sorted = Int32Array.from(set).sort();
  // Very long messages keep a deterministic subset (the lowest indices), so
  // training and run time agree on what is kept.
  return sorted.length > MAX_FEATURES ? sorted.slice(0, MAX_FEATURES) : sorted;
}

/** Packs feature sets into one padded [rows, MAX_FEATURES] index matrix for the model. */
export function packFeatures(rows: readonly Int32Array[]): Int32Array {
  const out = new Int32Array(rows.length * MAX_FEATURES).fill(PADDING_INDEX);
  rows.forEach((row, r) => out.set(row.subarray(0, MAX_FEATURES), r * MAX_FEATURES));
  return out;
}

/** The folded text split into the sender's own words and the words they report (spaces stand in for the other part). */
function splitReported(analysis: MessageAnalysis): { own: string; reported: string } {
  const { text, starts } = analysis.folded;
  if (analysis.reported.length === 0) return { own: text, reported: '' };
  let own = '';
  let reported = '';
  let r = 0;
  for (let k = 0; k < text.length; k++) {
    const at = starts[k]!;
    while (r < analysis.reported.length && analysis.reported[r]![1] <= at) r++;
    const inside = r < analysis.reported.length && analysis.reported[r]![0] <= at;
    own += inside ? ' ' : text[k];
    reported += inside ? text[k] : ' ';
  }
  return { own, reported };
}

function tokenize(text: string): string[] {
  return text.split(/[^\p{L}\p{N}$%@]+/u).filter((w) => w.length > 0 && w.length <= 30);
}

/** FNV-1a folded to FEATURE_BITS. Stable across platforms. */
function hash(s: string): number {
  return fold(fnv1a(s));
}

function fold(h: number): number {
  h >>>= 0;
  return (h ^ (h >>> FEATURE_BITS)) & (FEATURE_DIM - 1);
}

// FNV-1a continued over s[from, to): hashing a prefix, then the rest, equals hashing the whole.
const FNV_OFFSET = 0x811c9dc5 | 0;
function more(h: number, s: string, from: number, to: number): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}
const W = more(FNV_OFFSET, 'w:', 0, 2);
const B = more(FNV_OFFSET, 'b:', 0, 2);
const C3 = more(FNV_OFFSET, 'c3:', 0, 3);
const C4 = more(FNV_OFFSET, 'c4:', 0, 3);
