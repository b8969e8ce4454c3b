import type { ThreadVerdict } from '../scorer/protocol.ts';
import { headline } from './advice.ts';
import { Findings } from './Banner.tsx';
import { t } from './i18n.ts';

/**
 * A verdict as the popup shows it (the open chat, or pasted messages): its level and words,
 * the script's path, the reasons ranked, and what to do. At `none` or `low` a plain line; and
 * when RedFlag cannot read the language, it says so instead of an all-clear.
 */
export function VerdictSummary({ verdict, pasted = false }: { verdict: ThreadVerdict; pasted?: boolean }) {
  const warned = verdict.level === 'medium' || verdict.level === 'high';
  if (!warned) {
    const unjudged = pasted && verdict.unreadLanguage === true && verdict.reasons.length === 0;
    const line = unjudged ? t('check_unjudged') : verdict.level === 'low' ? t('verdict_low') : pasted ? t('check_clear') : t('verdict_none');
    return (
      <p class="verdict-line" data-level={verdict.level} data-unjudged={unjudged || undefined}>
        <strong>{line}</strong>
      </p>
    );
  }
  const words = headline(verdict);
  const level = verdict.level === 'high' ? 'high' : 'medium';
  return (
    <div class={`summary ${verdict.level}`} data-level={verdict.level}>
      <p class="summary-title">
        <span class="level">{t(`level_${level}`)}</span> <strong>{t(words.title)}</strong>
      </p>
      <p>{t(words.intro, words.values)}</p>
      <Findings verdict={verdict} todo={words.todo} />
    </div>
  );
}
