import type { GuardView } from '../extension/guard/page-url.ts';
import { t } from './i18n.ts';
import type { MessageKey } from './locales/en.ts';

/** The warning page's words for why a page was stopped, in plain language and the reader's. */
export function guardHeadline(view: GuardView): { title: string; detail: string | null } {
  const f = view.finding;
  switch (f.kind) {
    case 'domain': {
      const host = f.judgement.host;
      if (f.judgement.kind !== 'lookalike') return { title: t('guard_reported_title'), detail: t('guard_reported_detail', { host }) };
      const brand = f.judgement.brand;
      return { title: brand ? t('guard_lookalike_brand_title', { brand }) : t('guard_lookalike_title'), detail: t('guard_lookalike_detail', { host }) };
    }
    case 'pay_to_withdraw':
      return { title: t('guard_pay_title'), detail: t('guard_pay_detail') };
    case 'listed_by_you':
      return { title: t('guard_yours_title'), detail: t('guard_yours_detail', { host: f.host }) };
    case 'seen_in_chat':
      return { title: t('guard_chat_title'), detail: t('guard_chat_detail', { host: f.domain }) };
    case 'listed':
      return { title: t('guard_listed_title'), detail: t('guard_listed_detail') };
    default:
      return { title: t('guard_stopped'), detail: null };
  }
}

export const GUARD_TODO: readonly MessageKey[] = ['guard_todo_1', 'guard_todo_2', 'guard_todo_3', 'guard_todo_4'];
