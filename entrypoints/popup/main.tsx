import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { scanConversation, type Verdict } from '../../src/engine/index.ts';
import { type Settings, settings } from '../../src/extension/storage.ts';

interface TabStatus {
  site: string;
  status: 'no-thread' | 'ok' | 'degraded';
  level: string;
}

const STATUS_TEXT: Record<TabStatus['status'], string> = {
  ok: 'RedFlag is reading this conversation.',
  'no-thread': 'Open a conversation and RedFlag will read it.',
  degraded: "This site's reader is degraded: the site may have changed, so RedFlag cannot find its messages. Warnings may be missing here.",
};

/** What RedFlag is doing on the current tab (asks the content script; no site access needed). */
function useTabStatus(): TabStatus | null | 'unsupported' {
  const [status, setStatus] = useState<TabStatus | null | 'unsupported'>(null);
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return setStatus('unsupported');
      try {
        setStatus((await browser.tabs.sendMessage(tab.id, { type: 'redflag:status' })) as TabStatus);
      } catch {
        setStatus('unsupported');
      }
    })();
  }, []);
  return status;
}

function Popup() {
  const tab = useTabStatus();
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const [prefs, setPrefs] = useState<Settings | null>(null);
  useEffect(() => void settings.getValue().then(setPrefs), []);
  const check = (): void => {
    const lines = text
      .split(/\n+/)
      .map((l) => l.trim())
      .filter(Boolean);
    setVerdict(scanConversation(lines.map((line) => ({ from: 'them' as const, text: line }))));
  };
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
      <h2 style={{ fontSize: '1.05em', margin: '0.75rem 0 0.25rem' }}>Check a message</h2>
      <label for="pasted">Paste the messages you received, one per line. Nothing leaves this device.</label>
      <textarea id="pasted" rows={5} style={{ width: '100%', boxSizing: 'border-box', font: 'inherit' }} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" onClick={check} style={{ font: 'inherit', marginTop: '0.4rem' }}>
        Check on this device
      </button>
      {verdict && (
        <section aria-live="polite" style={{ marginTop: '0.5rem' }}>
          <p>
            <strong>
              {verdict.level === 'high' || verdict.level === 'medium'
                ? 'These messages match steps of an investment-scam script.'
                : 'Nothing of concern found in these messages.'}
            </strong>
          </p>
          <ul>
            {[...new Set(verdict.reasons.map((r) => r.text))].slice(0, 6).map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </section>
      )}
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
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
