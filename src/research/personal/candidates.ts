/**
 * What every finder proposes: a candidate span of the view, the placeholder
 * kind it would get (or none, for data that must stay whole) and its priority.
 * Finders run independently and may claim overlapping text (a known name
 * inside an e-mail address, a phone number inside a wa.me link); `resolve`
 * settles each contested region once, in favour of the most specific kind.
 * Kept apart so that the finders and the module that runs them share these
 * types without importing each other.
 */

/** What a replaced value was; the placeholder is `[KIND_n]`. */
export type PlaceholderKind = 'PERSON' | 'PHONE' | 'EMAIL' | 'HANDLE' | 'ADDRESS';

export interface Candidate {
  /** null: protected (a wallet address, a platform link): never replaced, and nothing inside it is. */
  kind: PlaceholderKind | null;
  /** Identity for stable placeholders (digits of a phone, lower-cased e-mail...). */
  key: string;
  priority: number;
  /** The region the candidate owns (view offsets)... */
  claimStart: number;
  claimEnd: number;
  /** ...and the part of it that is replaced. */
  start: number;
  end: number;
}

export const PRIORITY = { wallet: 0, email: 1, urlHandle: 2, url: 3, phone: 4, handle: 5, address: 6, person: 7 } as const;

/** How a finder proposes a candidate; the replaced part defaults to the whole claim. */
export type Add = (kind: PlaceholderKind | null, key: string, priority: number, claimStart: number, claimEnd: number, start?: number, end?: number) => void;

/** Non-overlapping candidates: the higher priority wins a contested region (wallet > e-mail > link > phone > handle > address > person). */
export function resolve(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.priority - b.priority || a.claimStart - b.claimStart || b.claimEnd - a.claimEnd);
  const taken: Array<[number, number]> = [];
  const accepted: Candidate[] = [];
  for (const c of candidates) {
    if (c.claimEnd <= c.claimStart || overlaps(taken, c.claimStart, c.claimEnd)) continue;
    insertSorted(taken, c.claimStart, c.claimEnd);
    if (c.kind !== null && c.end > c.start) accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) overlaps any of the sorted, disjoint intervals. */
function overlaps(intervals: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < intervals.length && intervals[lo]![0] < end;
}

function insertSorted(intervals: Array<[number, number]>, start: number, end: number): void {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid]![0] < start) lo = mid + 1;
    else hi = mid;
  }
  intervals.splice(lo, 0, [start, end]);
}
