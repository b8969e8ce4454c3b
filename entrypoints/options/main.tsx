import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { GUARD_DEFAULTS, type GuardSettings, MAX_USER_DOMAINS, readGuardSettings, toDomain } from '../../src/extension/guard/settings.ts';
import { guardSettings, type ResearchSettings, researchSettings, toResearchSettings } from '../../src/extension/storage.ts';
import { GUARD_ORIGINS, REDIRECT_PERMISSION } from '../../src/extension/guard/switch.ts';
import { pageApi } from '../../src/extension/page-api.ts';
import { t } from '../../src/ui/i18n.ts';
import { Options } from '../../src/ui/Options.tsx';
import { addPageStyles } from '../../src/ui/page-styles.ts';

// RedFlag's settings page. The platform guard is here: it is off until the person turns it
// on, and turning it on is when the browser asks for access to the pages they visit.

async function save(next: GuardSettings): Promise<void> {
  await guardSettings.setValue(next);
}

function PlatformGuard() {
  const [s, setS] = useState<GuardSettings | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void guardSettings.getValue().then((raw) => setS(readGuardSettings(raw)));
    return guardSettings.watch((raw) => setS(readGuardSettings(raw ?? GUARD_DEFAULTS)));
  }, []);
  if (!s) return null;
  const update = (next: GuardSettings): void => {
    setS(next);
    void save(next);
  };

  // Permission requests must come straight from the click, before any other await.
  const turnOn = async (): Promise<void> => {
    const granted = await browser.permissions.request({ origins: GUARD_ORIGINS });
    if (!granted) return setProblem(t('pguard_refused'));
    setProblem(null);
    update({ ...s, enabled: true });
  };
  const turnOff = async (): Promise<void> => {
    update({ ...s, enabled: false, redirectListed: false });
    // Access is given back as soon as the guard is off.
    await browser.permissions.remove({ origins: GUARD_ORIGINS, ...(import.meta.env.FIREFOX ? {} : { permissions: [REDIRECT_PERMISSION] }) }).catch(() => false);
  };
  const setRedirect = async (on: boolean): Promise<void> => {
    if (on && !(await browser.permissions.request({ permissions: [REDIRECT_PERMISSION] }))) return;
    update({ ...s, redirectListed: on });
  };

  return (
    <section aria-labelledby="guard-title">
      <h2 id="guard-title">{t('pguard_title')}</h2>
      <p>{t('pguard_explain')}</p>
      <ul>
        <li>{t('pguard_item_reported')}</li>
        <li>{t('pguard_item_chat')}</li>
        <li>{t('pguard_item_pay')}</li>
      </ul>
      <p>{t('pguard_permission')}</p>
      <p role="status" data-testid="guard-state">
        <strong>{s.enabled ? t('pguard_on') : t('pguard_off')}</strong>
      </p>
      {problem && <p role="alert">{problem}</p>}
      <button type="button" class={s.enabled ? 'secondary' : 'primary'} onClick={() => void (s.enabled ? turnOff() : turnOn())}>
        {s.enabled ? t('pguard_turn_off') : t('pguard_turn_on')}
      </button>
      {s.enabled && !import.meta.env.FIREFOX && (
        <label class="option">
          <input type="checkbox" checked={s.redirectListed} onChange={(e) => void setRedirect(e.currentTarget.checked)} /> {t('pguard_redirect')}
        </label>
      )}
      <DomainList
        title={t('pguard_blocked_title')}
        hint={t('pguard_blocked_hint')}
        domains={s.blocked}
        onChange={(blocked) => update({ ...s, blocked })}
      />
      <DomainList
        title={t('pguard_allowed_title')}
        hint={t('pguard_allowed_hint')}
        domains={s.allowed}
        onChange={(allowed) => update({ ...s, allowed })}
      />
    </section>
  );
}

function DomainList(props: { title: string; hint: string; domains: string[]; onChange: (next: string[]) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = props.title.replace(/\W+/g, '-').toLowerCase();
  const add = (e: Event): void => {
    e.preventDefault();
    const domain = toDomain(text);
    if (!domain) return setError(t('pguard_not_address', { text: text.trim() }));
    if (props.domains.length >= MAX_USER_DOMAINS) return setError(t('pguard_full', { max: MAX_USER_DOMAINS }));
    setError(null);
    setText('');
    if (!props.domains.includes(domain)) props.onChange([...props.domains, domain].sort());
  };
  return (
    <div class="list">
      <h3 id={id}>{props.title}</h3>
      <p class="hint">{props.hint}</p>
      <form onSubmit={add} aria-labelledby={id}>
        <input aria-label={t('pguard_add_to', { list: props.title })} value={text} onInput={(e) => setText(e.currentTarget.value)} placeholder="example.com" />
        <button type="submit">{t('pguard_add')}</button>
      </form>
      {error && <p role="alert">{error}</p>}
      {props.domains.length === 0 ? (
        <p class="hint">{t('pguard_none')}</p>
      ) : (
        <ul>
          {props.domains.map((d) => (
            <li key={d}>
              <span class="domain">{d}</span>{' '}
              <button type="button" aria-label={t('pguard_remove_site', { site: d })} onClick={() => props.onChange(props.domains.filter((x) => x !== d))}>
                {t('pguard_remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Researcher mode: off by default; while off, no "Save sample" button and nothing is collected. */
function Research() {
  const [r, setR] = useState<ResearchSettings | null>(null);
  useEffect(() => {
    void researchSettings.getValue().then((raw) => setR(toResearchSettings(raw)));
    return researchSettings.watch((raw) => setR(toResearchSettings(raw)));
  }, []);
  if (!r) return null;
  const update = (next: ResearchSettings): void => {
    setR(next);
    void researchSettings.setValue(next);
  };
  return (
    <section aria-labelledby="research-title">
      <h2 id="research-title">{t('research_title')}</h2>
      <p>{t('research_explain')}</p>
      <label class="option">
        <input type="checkbox" checked={r.enabled} onChange={(e) => update({ enabled: e.currentTarget.checked, autoSaveHigh: e.currentTarget.checked && r.autoSaveHigh })} />{' '}
        {t('research_mode')}
      </label>
      {r.enabled && (
        <>
          <label class="option">
            <input type="checkbox" checked={r.autoSaveHigh} onChange={(e) => update({ ...r, autoSaveHigh: e.currentTarget.checked })} />{' '}
            {t('research_auto')}
          </label>
          <p>
            <a href={browser.runtime.getURL('/samples.html')} target="_blank" rel="noopener">
              {t('research_review')}
            </a>
          </p>
        </>
      )}
    </section>
  );
}

addPageStyles();
render(
  <Options
    api={pageApi}
    extra={
      <>
        <PlatformGuard />
        <Research />
      </>
    }
  />,
  document.getElementById('app')!,
);
