import type { Level } from '../engine/types.ts';
import { FlagMark } from './FlagMark.tsx';
import { reason, t, uiDir } from './i18n.ts';
import { trusted } from './trusted.ts';

/** The inline badge under a flagged message: RedFlag's mark, the main reason's first sentence, and "Why?". */
export function Badge({ rule, fallback, level, onWhy }: { rule: string; fallback: string; level: Level; onWhy: () => void }) {
  const text = reason(rule, fallback);
  const firstSentence = text.split(/(?<=[.!。！])\s*/u)[0] ?? text;
  return (
    <div class={`rf badge ${level}`} dir={uiDir()} role="note" aria-label={t('badge_label')}>
      <FlagMark />
      <span class="text">{firstSentence}</span>
      <button type="button" onClick={trusted(onWhy)}>
        {t('why')}
      </button>
    </div>
  );
}
