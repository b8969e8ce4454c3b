import { useEffect, useState } from 'preact/hooks';
import type { TabStatus } from '../content/controller.ts';
import type { GuardianStatus } from '../extension/guardian-service.ts';
import type { Settings } from '../extension/settings.ts';
import type { ModelStatus, ThreadVerdict } from '../scorer/protocol.ts';
import type { ExtensionApi } from './api.ts';
import { FlagMark } from './FlagMark.tsx';
import { prefersDark } from './page-styles.ts';
import { t, uiDir, uiLocale } from './i18n.ts';
import { useGuarded } from './useGuarded.tsx';
import { VerdictSummary } from './VerdictSummary.tsx';

/** Pasted text is checked up to this many characters (the rest is not read). */
export const MAX_PASTE = 20_000;
const HOUR_MS = 3_600_000;

const READER_TEXT = { ok: 'reader_ok', 'no-thread': 'reader_no_thread', degraded: 'reader_degraded', interrupted: 'reader_interrupted', paused: 'reader_ok' } as const;

const time = (at: number): string => new Date(at).toLocaleString(uiLocale(), { weekday: 'short', hour: '2-digit', minute: '2-digit' });

/**
 * The toolbar popup: this tab (the site, the reader's health, the open conversation's level,
 * path, reasons and what to do, pausing here), the model's status, and checking pasted messages.
 */
export function Popup({ api }: { api: ExtensionApi }) {
  const [tab, setTab] = useState<TabStatus | 'unsupported' | null>(null);
  const [model, setModel] = useState<ModelStatus | null>(null);
  const [stored, setStored] = useState<Settings | null>(null);
  const [guardian, setGuardian] = useState<GuardianStatus | null>(null);
  const refresh = (): void => {
    void api.tabStatus().then(setTab);
    void api.storedSettings().then(setStored);
    void api.guardianStatus().then(setGuardian, () => setGuardian(null));
  };
  useEffect(() => {
    refresh();
    void api.modelStatus().then(setModel);
  }, []);
  const large = guardian?.effective.largeText ?? stored?.largeText ?? false;
  return (
    <main class={`root page popup${large ? ' large' : ''}${prefersDark() ? ' dark' : ''}`} dir={uiDir()}>
      <h1 class="brand-title">
        <FlagMark size={22} /> RedFlag
      </h1>
      <section aria-labelledby="tab-title">
        <h2 id="tab-title">{t('popup_this_tab')}</h2>
        {tab === null ? (
          <p role="status">{t('popup_checking')}</p>
        ) : tab === 'unsupported' ? (
          <p role="status">{t('popup_unsupported', { menu: t('menu_check_page') })}</p>
        ) : (
          <ThisTab api={api} tab={tab} stored={stored} guardian={guardian} onChanged={refresh} />
        )}
      </section>
      <ModelLine status={model} />
      <PasteCheck api={api} />
      <p>
        <button type="button" onClick={() => api.openOptions()}>
          {t('open_settings')}
        </button>
      </p>
    </main>
  );
}

function ThisTab({ api, tab, stored, guardian, onChanged }: { api: ExtensionApi; tab: TabStatus; stored: Settings | null; guardian: GuardianStatus | null; onChanged: () => void }) {
  const guarded = useGuarded();
  const [reportProblem, setReportProblem] = useState(false);
  const effective = guardian?.effective ?? stored;
  const pausedUntil = effective?.paused[tab.siteId] ?? 0;
  const off = effective?.sitesOff.includes(tab.siteId) ?? false;
  const pause = (ms: number | null): void => {
    if (!stored) return;
    const paused = { ...stored.paused };
    if (ms === null) delete paused[tab.siteId];
    else paused[tab.siteId] = Date.now() + ms;
    void guarded.run((pin) => api.saveSettings({ ...stored, paused }, pin), onChanged);
  };
  const warned = tab.level === 'medium' || tab.level === 'high';
  return (
    <>
      <p role="status">
        <strong>{tab.site}</strong>:{' '}
        {off ? t('reader_off') : pausedUntil > Date.now() ? t('reader_paused', { time: time(pausedUntil) }) : t(READER_TEXT[tab.status])}
      </p>
      {tab.verdict && tab.status !== 'paused' && <VerdictSummary verdict={tab.verdict as ThreadVerdict} />}
      {warned && (
        <p>
          <button
            type="button"
            onClick={() =>
              void api.openReport().then((ok) => {
                if (ok) window.close();
                else setReportProblem(true);
              })
            }
          >
            {t('evidence_report')}
          </button>
          {reportProblem && <span role="alert"> {t('report_failed')}</span>}
        </p>
      )}
      {guardian?.on && <p class="hint">{t('guardian_locked')}</p>}
      <div class="actions">
        {pausedUntil > Date.now() ? (
          <button type="button" onClick={() => pause(null)}>
            {t('resume')}
          </button>
        ) : (
          <>
            <button type="button" onClick={() => pause(HOUR_MS)}>
              {t('pause_hour')}
            </button>
            <button type="button" onClick={() => pause(untilTomorrow())}>
              {t('pause_day')}
            </button>
          </>
        )}
      </div>
      {guarded.prompt}
      {guarded.problem && <p role="alert">{guarded.problem}</p>}
    </>
  );
}

/** Milliseconds until 6 a.m. tomorrow. */
function untilTomorrow(now = new Date()): number {
  const morning = new Date(now);
  morning.setDate(now.getDate() + 1);
  morning.setHours(6, 0, 0, 0);
  return morning.getTime() - now.getTime();
}

function ModelLine({ status }: { status: ModelStatus | null }) {
  if (status === null || status.state === 'loading') return <p class="hint">{t('model_loading')}</p>;
  return (
    <p class="hint" data-testid="model-status">
      {status.state === 'loaded' ? t('model_loaded', { version: status.version }) : t('model_rules_only', { reason: status.reason })}
    </p>
  );
}

/** Paste-to-check: the same judgement as a chat, with the level, path, reasons and advice. */
export function PasteCheck({ api }: { api: ExtensionApi }) {
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<ThreadVerdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = async (): Promise<void> => {
    const lines = text
      .split(/\n+/)
      .map((l) => l.trim())
      .filter(Boolean);
    if (lines.length === 0) {
      setVerdict(null);
      return setError(t('check_empty'));
    }
    const reply = await api.check(lines).catch((e: unknown) => ({ ok: false as const, error: (e as Error).message }));
    setError(reply.ok ? null : t('check_error', { error: reply.error }));
    setVerdict(reply.ok ? reply.verdict : null);
  };
  return (
    <section aria-labelledby="check-title">
      <h2 id="check-title">{t('check_title')}</h2>
      <label for="pasted">{t('check_label')}</label>
      <textarea id="pasted" rows={5} maxLength={MAX_PASTE} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" class="primary" onClick={() => void check()}>
        {t('check_button')}
      </button>
      <div aria-live="polite" class="check-result">
        {error && (
          <p>
            <strong>{error}</strong>
          </p>
        )}
        {verdict && <VerdictSummary verdict={verdict} pasted />}
      </div>
    </section>
  );
}
