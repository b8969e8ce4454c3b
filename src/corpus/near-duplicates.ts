import { normalize } from '../engine/normalize.ts';
import type { LabelledConversation } from './load.ts';

/** Word 5-gram shingles of a conversation's folded text. */
function shingles(c: LabelledConversation): Set<string> {
  const words = c.messages.flatMap((m) => normalize(m.text).text.split(/[^\p{L}\p{N}]+/u).filter(Boolean));
  const out = new Set<string>();
  for (let i = 0; i + 5 <= words.length; i++) out.add(words.slice(i, i + 5).join(' '));
  return out;
}

export interface NearDuplicate {
  a: string;
  b: string;
  jaccard: number;
}

/**
 * Pairs of conversations in different splits whose 5-gram shingle sets
 * overlap by at least `threshold` (Jaccard): the check that splitting by
 * family really keeps test conversations unseen.
 */
export function crossSplitNearDuplicates(corpus: readonly LabelledConversation[], threshold: number): NearDuplicate[] {
  const sets = corpus.map((c) => ({ c, s: shingles(c) }));
  const found: NearDuplicate[] = [];
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const x = sets[i]!;
      const y = sets[j]!;
      if (x.c.split === y.c.split || x.s.size === 0 || y.s.size === 0) continue;
      let common = 0;
      const [small, large] = x.s.size < y.s.size ? [x.s, y.s] : [y.s, x.s];
      for (const g of small) if (large.has(g)) common++;
      const jaccard = common / (x.s.size + y.s.size - common);
      if (jaccard >= threshold) found.push({ a: x.c.id, b: y.c.id, jaccard });
    }
  }
  return found.sort((p, q) => q.jaccard - p.jaccard);
}
