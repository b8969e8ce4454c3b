import { useState } from 'preact/hooks';
import type { PinAnswer } from '../extension/guardian-service.ts';
import { t, uiLocale } from './i18n.ts';

export type { PinAnswer } from '../extension/guardian-service.ts';

/** "30 seconds", "5 minutes", "1 hour" in the reader's language. */
export function formatWait(ms: number, locale = uiLocale()): string {
  const seconds = Math.ceil(ms / 1000);
  const [n, unit] = seconds < 90 ? [seconds, 'second'] : seconds < 5400 ? [Math.ceil(seconds / 60), 'minute'] : [Math.ceil(seconds / 3600), 'hour'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'long' }).format(n);
}

/**
 * Asks for the guardian PIN before a change that lowers protection. The PIN is checked by the
 * background (slow hash, back-off after wrong tries), never here. A forgotten PIN has one way
 * out, said plainly: reinstalling clears RedFlag's settings.
 */
export function PinPrompt({ onSubmit, onUnlocked, onCancel }: { onSubmit: (pin: string) => Promise<PinAnswer>; onUnlocked: () => void; onCancel: () => void }) {
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [forgot, setForgot] = useState(false);
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    if (busy || !e.isTrusted) return;
    setBusy(true);
    const answer = await onSubmit(pin).catch((): PinAnswer => ({ ok: false, waitMs: 0 }));
    setBusy(false);
    setPin('');
    if (answer.ok) return onUnlocked();
    setProblem(answer.waitMs > 0 ? t('pin_wait', { time: formatWait(answer.waitMs) }) : t('pin_wrong'));
  };
  return (
    <form class="pin" onSubmit={(e) => void submit(e)}>
      <p>{t('pin_needed')}</p>
      <label>
        {t('pin_label')}{' '}
        <input type="password" inputMode="numeric" autoComplete="off" maxLength={12} value={pin} onInput={(e) => setPin(e.currentTarget.value)} />
      </label>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('pin_submit')}
        </button>
        <button type="button" onClick={(e) => e.isTrusted && onCancel()}>
          {t('pin_cancel')}
        </button>
        <button type="button" class="link" aria-expanded={forgot} onClick={() => setForgot(!forgot)}>
          {t('pin_forgot')}
        </button>
      </div>
      {forgot && <p class="hint">{t('pin_forgot_help')}</p>}
    </form>
  );
}
