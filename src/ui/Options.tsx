import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { GuardianStatus } from '../extension/guardian-service.ts';
import { pinProblem } from '../extension/guardian.ts';
import { SENSITIVITIES, type Settings } from '../extension/settings.ts';
import type { SilencedEntry } from '../extension/silenced.ts';
import type { ExtensionApi } from './api.ts';
import { FlagMark } from './FlagMark.tsx';
import { t, uiDir, uiLocale } from './i18n.ts';
import type { MessageKey } from './locales/en.ts';
import { prefersDark } from './page-styles.ts';
import { REPORT_COUNTRIES } from './report-places.ts';
import { useGuarded } from './useGuarded.tsx';

const PIN_PROBLEM: Record<NonNullable<ReturnType<typeof pinProblem>>, MessageKey> = { 'too-short': 'pin_problem_short', 'too-long': 'pin_problem_long', 'not-digits': 'pin_problem_digits' };

const date = (at: number): string => new Date(at).toLocaleDateString(uiLocale());

/**
 * RedFlag's settings page: how readily to warn, which sites, the conversations marked "not a
 * scam", the country for where to report, and guardian mode. In guardian mode every change
 * that lowers protection asks for the PIN (the background decides; this page only asks).
 * `extra` holds the sections that need the browser itself (platform guard, research).
 */
export function Options({ api, extra }: { api: ExtensionApi; extra?: ComponentChildren }) {
  const [stored, setStored] = useState<Settings | null>(null);
  const [guardian, setGuardian] = useState<GuardianStatus | null>(null);
  const guarded = useGuarded();
  const refresh = (): void => {
    void api.storedSettings().then(setStored);
    void api.guardianStatus().then(setGuardian);
  };
  useEffect(refresh, []);
  if (!stored || !guardian) return null;
  // What the page shows is what RedFlag does: in guardian mode, the more protective of stored and approved.
  const shown = guardian.effective;
  const save = (next: Settings): void => {
    // Shown at once (a checkbox must not flick back while the background answers); the refresh
    // that follows shows what was really saved, so a change guardian mode refused springs back.
    setGuardian({ ...guardian, effective: { ...next, guardian: guardian.on } });
    void guarded.run((pin) => api.saveSettings(next, pin), refresh).then(refresh);
  };
  return (
    <main class={`root page options${shown.largeText ? ' large' : ''}${prefersDark() ? ' dark' : ''}`} dir={uiDir()}>
      <h1 class="brand-title">
        <FlagMark size={24} /> {t('options_title')}
      </h1>
      {guardian.on && (
        <p class="hint" role="note">
          {t('guardian_locked')}
        </p>
      )}
      {guarded.prompt}
      {guarded.problem && <p role="alert">{guarded.problem}</p>}

      <section aria-labelledby="warnings-title">
        <h2 id="warnings-title">{t('warnings_title')}</h2>
        <fieldset>
          <legend>{t('sensitivity_title')}</legend>
          {SENSITIVITIES.map((s) => (
            <label class="option" key={s}>
              <input type="radio" name="sensitivity" checked={shown.sensitivity === s} onChange={() => save({ ...stored, sensitivity: s })} /> {t(`sensitivity_${s}`)}
            </label>
          ))}
        </fieldset>
        <label class="option">
          <input type="checkbox" checked={shown.largeText} onChange={(e) => save({ ...stored, largeText: e.currentTarget.checked })} /> {t('large_text')}
        </label>
      </section>

      <section aria-labelledby="sites-title">
        <h2 id="sites-title">{t('sites_title')}</h2>
        <p class="hint">{t('sites_hint')}</p>
        {api.sites.map((site) => {
          const on = !shown.sitesOff.includes(site.id);
          const until = shown.paused[site.id] ?? 0;
          return (
            <label class="option" key={site.id}>
              <input
                type="checkbox"
                checked={on}
                onChange={(e) => {
                  const sitesOff = e.currentTarget.checked ? stored.sitesOff.filter((id) => id !== site.id) : [...stored.sitesOff, site.id];
                  save({ ...stored, sitesOff });
                }}
              />{' '}
              {site.name}
              {until > Date.now() && <span class="hint"> — {t('site_paused_until', { time: new Date(until).toLocaleString(uiLocale()) })}</span>}
            </label>
          );
        })}
      </section>

      <Silenced api={api} />

      <section aria-labelledby="country-title">
        <h2 id="country-title">{t('country_title')}</h2>
        <p class="hint" id="country-hint">
          {t('country_hint')}
        </p>
        <select aria-labelledby="country-title" aria-describedby="country-hint" value={shown.country ?? ''} onChange={(e) => save({ ...stored, country: e.currentTarget.value || null })}>
          <option value="">{t('country_any')}</option>
          {countryOptions().map(([code, name]) => (
            <option key={code} value={code}>
              {name}
            </option>
          ))}
        </select>
      </section>

      <Guardian api={api} status={guardian} onChanged={refresh} />
      {extra}
    </main>
  );
}

/** The countries with their own reporting list, named in the reader's language and sorted by that name. */
function countryOptions(): Array<[string, string]> {
  const names = new Intl.DisplayNames([uiLocale()], { type: 'region' });
  return REPORT_COUNTRIES.map((c): [string, string] => [c, names.of(c) ?? c]).sort((a, b) => a[1].localeCompare(b[1], uiLocale()));
}

/** The conversations marked "not a scam": reviewable, and clearable (with the PIN in guardian mode). */
function Silenced({ api }: { api: ExtensionApi }) {
  const [entries, setEntries] = useState<Record<string, SilencedEntry> | null>(null);
  const guarded = useGuarded();
  useEffect(() => void api.silenced().then(setEntries), []);
  if (entries === null) return null;
  const live = Object.entries(entries).filter(([, e]) => e.expires > Date.now());
  return (
    <section aria-labelledby="silenced-title">
      <h2 id="silenced-title">{t('silenced_title')}</h2>
      {live.length === 0 ? (
        <p>{t('silenced_none')}</p>
      ) : (
        <>
          <ul>
            {live.map(([key, e]) => (
              <li key={key}>{t('silenced_entry', { site: e.site, date: date(e.at), until: date(e.expires) })}</li>
            ))}
          </ul>
          <button type="button" onClick={() => void guarded.run((pin) => api.clearSilenced(pin), () => setEntries({}))}>
            {t('silenced_clear')}
          </button>
          {guarded.prompt}
        </>
      )}
    </section>
  );
}

/** Guardian mode: set a PIN and a person to call; leaving it needs the PIN. */
function Guardian({ api, status, onChanged }: { api: ExtensionApi; status: GuardianStatus; onChanged: () => void }) {
  const [pin, setPin] = useState('');
  const [repeat, setRepeat] = useState('');
  const [name, setName] = useState(status.trusted?.name ?? '');
  const [phone, setPhone] = useState(status.trusted?.phone ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const guarded = useGuarded();
  const person = name.trim() && phone.trim() ? { name: name.trim(), phone: phone.trim() } : null;
  const turnOn = async (e: Event): Promise<void> => {
    e.preventDefault();
    const bad = pinProblem(pin);
    if (bad) return setProblem(t(PIN_PROBLEM[bad]));
    if (pin !== repeat) return setProblem(t('pin_mismatch'));
    setProblem(null);
    await guarded.run(() => api.enableGuardian(pin, person), onChanged);
    setPin('');
    setRepeat('');
  };
  const trustedFields = (
    <>
      <label class="option">
        {t('guardian_trusted_name')} <input value={name} maxLength={60} autoComplete="off" onInput={(e) => setName(e.currentTarget.value)} />
      </label>
      <label class="option">
        {t('guardian_trusted_phone')} <input type="tel" value={phone} maxLength={30} autoComplete="off" onInput={(e) => setPhone(e.currentTarget.value)} />
      </label>
    </>
  );
  return (
    <section aria-labelledby="guardian-title">
      <h2 id="guardian-title">{t('guardian_title')}</h2>
      <p>{t('guardian_explain')}</p>
      <p role="status" data-testid="guardian-state">
        <strong>{status.on ? t('guardian_on') : t('guardian_off')}</strong>
      </p>
      {status.on ? (
        <>
          {trustedFields}
          <div class="actions">
            <button type="button" onClick={() => void guarded.run((p) => api.setTrusted(p, person), () => setSaved(true))}>
              {t('guardian_save_trusted')}
            </button>
            <button type="button" onClick={() => void guarded.run((p) => api.disableGuardian(p), onChanged)}>
              {t('guardian_turn_off')}
            </button>
          </div>
          {saved && <p role="status">{t('saved')}</p>}
        </>
      ) : (
        <form onSubmit={(e) => void turnOn(e)}>
          <p class="hint">{t('guardian_recovery_note')}</p>
          <label class="option">
            {t('guardian_new_pin')} <input type="password" inputMode="numeric" autoComplete="new-password" maxLength={12} value={pin} onInput={(e) => setPin(e.currentTarget.value)} />
          </label>
          <label class="option">
            {t('guardian_repeat_pin')} <input type="password" inputMode="numeric" autoComplete="new-password" maxLength={12} value={repeat} onInput={(e) => setRepeat(e.currentTarget.value)} />
          </label>
          {trustedFields}
          <button type="submit" class="primary">
            {t('guardian_turn_on')}
          </button>
        </form>
      )}
      {problem && <p role="alert">{problem}</p>}
      {guarded.prompt}
      {guarded.problem && <p role="alert">{guarded.problem}</p>}
    </section>
  );
}
