import type { Level } from '../engine/types.ts';
import { trusted } from './trusted.ts';

/** The inline badge beside a flagged message: the main reason in one line. */
export function Badge({ reason, level, onWhy }: { reason: string; level: Level; onWhy: () => void }) {
  const firstSentence = reason.split(/(?<=\.)\s/)[0] ?? reason;
  return (
    <div class={`rf badge ${level}`} role="note" aria-label="RedFlag warning about this message">
      <span aria-hidden="true">⚠</span>
      <span>{firstSentence}</span>
      <button type="button" onClick={trusted(onWhy)}>
        Why?
      </button>
    </div>
  );
}
