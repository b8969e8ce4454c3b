import { render } from 'preact';
import { useState } from 'preact/hooks';
import { scanConversation, type Verdict } from '../../src/engine/index.ts';

// "Check a message": paste text someone sent you and see, on this device, what
// RedFlag makes of it. Nothing leaves the browser.
function Popup() {
  const [text, setText] = useState('');
  const [verdict, setVerdict] = useState<Verdict | null>(null);
  const check = (): void => {
    const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
    setVerdict(scanConversation(lines.map((line) => ({ from: 'them' as const, text: line }))));
  };
  return (
    <main style={{ font: '16px/1.4 system-ui, sans-serif', width: '22rem', padding: '0.75rem' }}>
      <h1 style={{ fontSize: '1.2rem', margin: '0 0 0.5rem' }}>RedFlag</h1>
      <label for="pasted">Paste the messages you received (one per line):</label>
      <textarea id="pasted" rows={6} style={{ width: '100%', fontSize: '1rem' }} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      <button type="button" onClick={check} style={{ fontSize: '1rem', marginTop: '0.5rem' }}>
        Check on this device
      </button>
      {verdict && (
        <section aria-live="polite" style={{ marginTop: '0.75rem' }}>
          <p>
            <strong>{verdict.level === 'none' ? 'Nothing of concern found.' : `Concern: ${verdict.level}`}</strong>
          </p>
          <ul>
            {verdict.reasons.map((r) => (
              <li key={r.rule}>{r.text}</li>
            ))}
          </ul>
        </section>
      )}
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
