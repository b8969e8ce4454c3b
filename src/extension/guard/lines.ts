import { LIMITS } from '../../scorer/protocol.ts';

const GUARD_LINES = LIMITS.pageLines;
const LINE_CHARS = 1000;

/**
 * The page's visible text, line by line (innerText skips hidden elements and
 * scripts), trimmed and cut to the guard's limits. A huge page keeps its first
 * and last lines: a platform's header and its dialogs, usually added at the end.
 */
export function visibleLines(root: HTMLElement): string[] {
  const lines = (root.innerText ?? '')
    .split('\n')
    .map((l) => l.trim().slice(0, LINE_CHARS))
    .filter((l) => l.length > 0);
  if (lines.length <= GUARD_LINES) return lines;
  return [...lines.slice(0, GUARD_LINES / 2), ...lines.slice(-GUARD_LINES / 2)];
}
