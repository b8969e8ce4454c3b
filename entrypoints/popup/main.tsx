import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { type Settings, settings, type SilencedEntry, silenced } from '../../src/extension/storage.ts';
import { LIMITS, type ModelStatus, type ScoreResponse, type ThreadVerdict, topReasons } from '../../src/scorer/protocol.ts';

interface TabStatus {
  site: string;
  status: 'no-thread' | 'ok' | 'degraded' | 'interrupted';
  level: string;
  problem: string | null;
}

const STATUS_TEXT: Record<TabStatus['status'], string> = {
  ok: 'RedFlag is reading this conversation.',
  'no-thread': 'Open a conversation and RedFlag will read it.',
  degraded: "This site's reader is degraded: the site may have changed, so RedFlag cannot find its messages. Warnings may be missing here.",
  interrupted: 'Protection is interrupted: RedFlag could not check the newest messages. It keeps retrying; reloading the page may help.',
};

/** Pasted text is checked up to this many characters (the rest is not read). */
const MAX_PASTE = 20_000;

/** What RedFlag is doing on the current tab (asks the content script; no site access needed). */
function useTabStatus(): TabStatus | null | 'unsupported' {
  const [status, setStatus] = useState<TabStatus | null | 'unsupported'>(null);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setStatus('unsupported');
      try {
        setStatus(((await browser.tabs.sendMessage(tab.id, { type: 'redflag:status' })) as TabStatus | undefined) ?? 'unsupported');
      } catch {
        setStatus('unsupported');
      }
    })();
  }, []);
  return status;
}

function useModelStatus(): ModelStatus | null {
  const [status, setStatus] = useState<ModelStatus | null>(null);
  useEffect(() => {
    void (browser.runtime.sendMessage({ type: 'redflag:model-status' }) as Promise<ModelStatus>).then(setStatus, (e: unknown) =>
      setStatus({ state: 'rules-only', reason: (e as Error).message }),
    );
  }, []);
  return status;
}

function ModelLine({ status }: { status: ModelStatus | null }) {
  if (status === null || status.state === 'loading') return <p>Loading the on-device model…</p>;
  if (status.state === 'loaded') return <p data-testid="model-status">On-device model: {status.version}</p>;
  return <p data-testid="model-status">Running on rules alone: {status.reason}. Warnings still work, but may be less accurate.</p>;
}

function PasteCheck() {
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<ThreadVerdict | null>(null);
  const [error, setError] = useState<string | null>(null);
  const check = async (): Promise<void> => {
    const lines = text
      .split(/\n+/)
      .map((l) => l.trim())
      .filter(Boolean)
      .slice(-LIMITS.messages);
    const reply = (await browser.runtime.sendMessage({ type: 'redflag:check', messages: lines.map((line) => ({ from: 'them', text: line })) })) as ScoreResponse;
    setError(reply.ok ? null : reply.error);
    setVerdict(reply.ok ? reply.verdict : null);
  };
  const warned = verdict && (verdict.level === 'high' || verdict.level === 'medium');
  return (
    <section>
      <h2 style={{ fontSize: '1.05em', margin: '0.75rem 0 0.25rem' }}>Check a message</h2>
      <label for="pasted">Paste the messages you received, one per line. Nothing leaves this device.</label>
      <textarea id="pasted" rows={5} maxLength={MAX_PASTE} style={{ width: '100%', boxSizing: 'border-box', font: 'inherit' }} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" onClick={() => void check()} style={{ font: 'inherit', marginTop: '0.4rem' }}>
        Check on this device
      </button>
      {(verdict || error) && (
        <div aria-live="polite" style={{ marginTop: '0.5rem' }}>
          <p>
            <strong>{error ? `Could not check: ${error}` : warned ? 'These messages match steps of an investment-scam script.' : 'Nothing of concern found in these messages.'}</strong>
          </p>
          {verdict && (
            <ul>
              {topReasons(verdict).map((t) => (
                <li key={t}>{t}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

/** The conversations marked "not a scam": reviewable and clearable, so a relative can check them. */
function SilencedList() {
  const [entries, setEntries] = useState<Record<string, SilencedEntry> | null>(null);
  useEffect(() => void silenced.getValue().then(setEntries), []);
  if (entries === null) return null;
  const live = Object.entries(entries).filter(([, e]) => e.expires > Date.now());
  return (
    <section>
      <h2 style={{ fontSize: '1.05em', margin: '0.75rem 0 0.25rem' }}>Marked “not a scam”</h2>
      {live.length === 0 ? (
        <p>No conversation is marked “not a scam”.</p>
      ) : (
        <>
          <ul>
            {live.map(([key, e]) => (
              <li key={key}>
                {e.site}, marked {new Date(e.at).toLocaleDateString()} (until {new Date(e.expires).toLocaleDateString()})
              </li>
            ))}
          </ul>
          <button
            type="button"
            style={{ font: 'inherit' }}
            onClick={() => {
              void silenced.setValue({}).then(() => setEntries({}));
            }}
          >
            Warn again in all of them
          </button>
        </>
      )}
    </section>
  );
}

/** The evidence report of the open, warned conversation: the content script sends it to a new tab. */
function ReportButton() {
  const [problem, setProblem] = useState<string | null>(null);
  const open = async (): Promise<void> => {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    const reply = tab?.id === undefined ? null : ((await browser.tabs.sendMessage(tab.id, { type: 'redflag:open-report' }).catch(() => null)) as { ok: boolean } | null);
    if (reply?.ok) window.close();
    else setProblem('The report could not be made: reload the chat and try again.');
  };
  return (
    <p>
      This conversation was warned about.{' '}
      <button type="button" style={{ font: 'inherit' }} onClick={() => void open()}>
        Evidence report
      </button>
      {problem && <span role="alert"> {problem}</span>}
    </p>
  );
}

function Popup() {
  const tab = useTabStatus();
  const model = useModelStatus();
  const [prefs, setPrefs] = useState<Settings | null>(null);
  useEffect(() => void settings.getValue().then(setPrefs), []);
  const large = prefs?.largeText ?? false;
  return (
    <main style={{ font: `${large ? 19 : 16}px/1.45 system-ui, sans-serif`, width: '24rem', padding: '0.75rem', color: '#1a1a1a' }}>
      <h1 style={{ fontSize: '1.25em', margin: '0 0 0.5rem' }}>RedFlag</h1>
      <p role="status">
        {tab === null
          ? 'Checking this tab…'
          : tab === 'unsupported'
            ? 'RedFlag reads supported chat sites (WhatsApp Web, Telegram, Messenger, Instagram, LinkedIn, Discord, Tinder, Bumble, OkCupid, Plenty of Fish, Match). On other pages, right-click and choose "RedFlag: check this conversation".'
            : `${tab.site}: ${STATUS_TEXT[tab.status]}`}
      </p>
      {tab !== null && tab !== 'unsupported' && (tab.level === 'medium' || tab.level === 'high') && <ReportButton />}
      <ModelLine status={model} />
      <PasteCheck />
      <SilencedList />
      {prefs && (
        <label style={{ display: 'block', marginTop: '0.75rem' }}>
          <input
            type="checkbox"
            checked={prefs.largeText}
            onChange={(e) => {
              const next = { ...prefs, largeText: e.currentTarget.checked };
              setPrefs(next);
              void settings.setValue(next);
            }}
          />{' '}
          Large text in warnings
        </label>
      )}
      <p style={{ marginTop: '0.75rem' }}>
        <button type="button" style={{ font: 'inherit' }} onClick={() => void browser.runtime.openOptionsPage().then(() => window.close())}>
          Settings and platform guard
        </button>
      </p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
