import type { Thresholds } from '../engine/index.ts';

/** A scored dev item: its risk, whether it is a scam, and which group of negatives it counts in. */
export interface ScoredItem {
  risk: number;
  scam: boolean;
  group: string;
}

/**
 * Picks level thresholds on dev data. `medium` is the threshold with the best
 * recall on the `recallGroup` scams whose false-alarm rate stays within each
 * group's limit; among equally good thresholds the middle one (in log-odds)
 * is kept, for margin on both sides. `high` is the lowest threshold of at least 0.85
 * (and above medium) with no false alarm at all on the dev conversations. `low` is a quarter
 * of medium: a quiet indicator.
 */
export function chooseThresholds(items: readonly ScoredItem[], recallGroup: string, maxFalseAlarms: Record<string, number>): Thresholds {
  const candidates = [...new Set(items.map((i) => i.risk))].sort((a, b) => a - b);
  const scams = items.filter((i) => i.scam && i.group === recallGroup);
  let best = { from: 0.5, to: 0.5, recall: -1 };
  for (const t of candidates) {
    const ok = Object.entries(maxFalseAlarms).every(([group, limit]) => {
      const negatives = items.filter((i) => !i.scam && i.group === group);
      return negatives.length === 0 || negatives.filter((i) => i.risk >= t).length / negatives.length <= limit;
    });
    if (!ok) continue;
    const recall = scams.filter((i) => i.risk >= t).length / Math.max(1, scams.length);
    if (recall > best.recall) best = { from: t, to: t, recall };
    else if (recall === best.recall) best.to = t;
  }
  const medium = Math.min(0.99, sigmoid((logit(best.from) + logit(best.to)) / 2));
  const maxNegative = Math.max(0, ...items.filter((i) => !i.scam && i.group === recallGroup).map((i) => i.risk));
  const high = Math.min(0.995, Math.max(0.85, medium + 1e-6, nextUp(maxNegative)));
  return { low: medium / 4, medium, high };
}

const nextUp = (x: number): number => Math.min(1, x + 1e-6);
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));
const logit = (p: number): number => Math.log(Math.max(1e-9, p) / Math.max(1e-9, 1 - p));
