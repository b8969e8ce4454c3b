import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { GuardView } from '../../src/extension/guard/page-url.ts';
import { GUARD_TODO, guardHeadline } from '../../src/ui/guard-text.ts';
import { t, uiDir } from '../../src/ui/i18n.ts';
import { reportPlaces } from '../../src/ui/report-places.ts';

// RedFlag's full-page warning, shown instead of a page the platform guard stopped. Its
// address holds only a key: what it shows, and what "Continue anyway" allows, come from
// the background, for a page stopped in this very tab. It refuses to work inside a frame.
const framed = window.top !== window;

function leave(): void {
  if (history.length > 1) history.back();
  else void browser.runtime.sendMessage({ type: 'redflag:guard-close' });
}

async function continueAnyway(e: MouseEvent): Promise<void> {
  if (!e.isTrusted) return;
  const reply = (await browser.runtime.sendMessage({ type: 'redflag:guard-continue', hash: location.hash })) as { ok: boolean; url?: string };
  if (reply.ok && reply.url) location.replace(reply.url);
}

function GuardPage() {
  const [view, setView] = useState<GuardView | null | 'loading'>(framed ? null : 'loading');
  useEffect(() => {
    if (framed) return;
    void (browser.runtime.sendMessage({ type: 'redflag:guard-view', hash: location.hash }) as Promise<GuardView | null>).then((v) => setView(v ?? null), () => setView(null));
  }, []);
  if (view === 'loading') return <main class="card" aria-busy="true" />;
  if (!view) {
    return (
      <main class="card">
        <Mark />
        <h1>RedFlag</h1>
        <p>{framed ? t('guard_framed') : t('guard_nothing')}</p>
      </main>
    );
  }
  const { title, detail } = guardHeadline(view);
  const host = new URL(view.url).hostname;
  const quote = view.finding.kind === 'pay_to_withdraw' ? view.finding.evidence.quote : null;
  return (
    <main class="card" aria-labelledby="title" dir={uiDir()}>
      <Mark />
      <p class="brand">{t('guard_stopped')}</p>
      <h1 id="title">{title}</h1>
      <p class="host">{host}</p>
      {detail && <p>{detail}</p>}
      {quote && <blockquote>“{quote}”</blockquote>}
      <div class="actions">
        <button class="primary" type="button" onClick={leave}>
          {t('guard_go_back')}
        </button>
        <button class="secondary" type="button" onClick={(e) => void continueAnyway(e)}>
          {t('guard_continue')}
        </button>
      </div>
      <h2>{t('what_to_do')}</h2>
      <ul>
        {GUARD_TODO.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
      <details>
        <summary>{t('where_to_report')}</summary>
        <ul>
          {reportPlaces(null).map((r) => (
            <li key={r.name}>
              <strong>{r.name}:</strong> {r.contact}
            </li>
          ))}
        </ul>
      </details>
      <p class="small">{t('guard_local')}</p>
    </main>
  );
}

function Mark() {
  return (
    <svg class="mark" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true">
      <path d="M5 2v20" stroke="currentColor" stroke-width="2" />
      <path d="M6 3h12l-3 4 3 4H6z" fill="#c62828" />
    </svg>
  );
}

const style = document.createElement('style');
style.textContent = `
  :root { color-scheme: light dark; --bg: #fff5f5; --card: #ffffff; --text: #1a1a1a; --muted: #555; --edge: #c62828; }
  @media (prefers-color-scheme: dark) { :root { --bg: #1d1111; --card: #2a1a1a; --text: #f3eeee; --muted: #c9b9b9; --edge: #ef5350; } }
  body { margin: 0; background: var(--bg); color: var(--text); font: 18px/1.5 system-ui, sans-serif; }
  .card { max-width: 40rem; margin: 2rem auto; padding: 1.5rem; background: var(--card); border-top: 8px solid var(--edge); border-radius: 8px; box-shadow: 0 2px 12px #0003; }
  .mark { color: var(--text); }
  .brand { margin: 0.25rem 0 0; font-weight: 700; color: var(--edge); text-transform: uppercase; letter-spacing: 0.04em; font-size: 0.85em; }
  h1 { font-size: 1.6em; line-height: 1.25; margin: 0.25rem 0 0.5rem; }
  h2 { font-size: 1.1em; margin: 1.25rem 0 0.25rem; }
  .host { font-family: ui-monospace, monospace; font-size: 1.05em; overflow-wrap: anywhere; margin: 0 0 0.5rem; }
  blockquote { margin: 0.5rem 0; padding: 0.5rem 0.75rem; border-left: 4px solid var(--edge); background: color-mix(in srgb, var(--edge) 8%, transparent); overflow-wrap: anywhere; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin: 1rem 0; }
  button { font: inherit; padding: 0.6rem 1.2rem; border-radius: 6px; cursor: pointer; }
  .primary { background: #c62828; color: #fff; border: 2px solid #c62828; font-weight: 700; }
  .secondary { background: transparent; color: var(--muted); border: 1px solid var(--muted); font-size: 0.85em; }
  button:focus-visible { outline: 3px solid #1565c0; outline-offset: 2px; }
  .small { color: var(--muted); font-size: 0.85em; }
  @media (max-width: 480px) { .card { margin: 0; border-radius: 0; } body { font-size: 17px; } }
`;
document.head.append(style);
render(<GuardPage />, document.getElementById('app')!);
