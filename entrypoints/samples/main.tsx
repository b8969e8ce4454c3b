import { render } from 'preact';
import { openSampleStore } from '../../src/research/store.ts';
import { SampleReview } from '../../src/ui/SampleReview.tsx';

// The researcher's review page (samples.html): the samples saved in researcher mode, in this
// browser's IndexedDB. It reads and writes only that store; nothing leaves the browser
// except the files the researcher exports.

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Firefox cancels a download whose URL is revoked at once; a minute is plenty to start it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const style = document.createElement('style');
style.textContent = `
  :root { color-scheme: light dark; --text: #1a1a1a; --bg: #fff; --muted: #555; --line: #c4c4c4; --them: #f1f1f1; --me: #e3f0ff;
    --warn-bg: #fff4e5; --warn-text: #5c2c00; --high: #b3261e; --medium: #8a4b00; --focus: #1565c0; }
  @media (prefers-color-scheme: dark) {
    :root { --text: #eee; --bg: #161616; --muted: #bbb; --line: #555; --them: #262626; --me: #15304f;
      --warn-bg: #3a2400; --warn-text: #ffd8a8; --high: #ff8a80; --medium: #ffb74d; --focus: #90caf9; }
  }
  * { box-sizing: border-box; }
  body { margin: 0; background: var(--bg); color: var(--text); font: 17px/1.5 system-ui, sans-serif; }
  main { max-width: 52rem; margin: 0 auto; padding: 1rem 1rem 3rem; }
  h1 { font-size: 1.5em; margin: 0.5rem 0; } h2 { font-size: 1.25em; margin-top: 1.75rem; } h3 { font-size: 1.05em; margin: 1.25rem 0 0.4rem; }
  .subtitle { font-weight: 400; color: var(--muted); }
  button, input, select, textarea { font: inherit; color: var(--text); }
  button { padding: 0.4rem 0.9rem; border-radius: 6px; border: 1px solid var(--muted); background: transparent; cursor: pointer; }
  button:disabled { opacity: 0.55; cursor: not-allowed; }
  /* The same red in both schemes: white text on it keeps AA contrast. */
  button.primary { background: #c62828; border-color: #c62828; color: #fff; font-weight: 700; }
  button.danger { border-color: var(--high); color: var(--high); font-weight: 700; }
  button.choice[aria-pressed="true"] { background: var(--text); color: var(--bg); font-weight: 700; }
  select, input:not([type="file"]), textarea { padding: 0.3rem 0.5rem; border: 1px solid var(--muted); border-radius: 6px; background: var(--bg); max-width: 100%; }
  textarea { display: block; width: 100%; margin: 0.25rem 0 0.5rem; }
  :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
  .hint { color: var(--muted); margin: 0.25rem 0; }
  .actions { display: flex; flex-wrap: wrap; gap: 0.5rem; align-items: center; margin: 0.5rem 0; }
  .warning { background: var(--warn-bg); color: var(--warn-text); padding: 0.5rem 0.75rem; border-radius: 6px; font-weight: 600; }
  .problem { border: 2px solid var(--high); padding: 0.5rem 0.75rem; border-radius: 6px; }
  progress { width: 100%; max-width: 24rem; height: 1rem; }
  .import { margin-top: 0.75rem; } .import label { display: block; }
  .filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; border: 1px solid var(--line); border-radius: 8px; padding: 0.5rem 0.75rem 0.75rem; }
  .filters label { display: flex; flex-direction: column; font-size: 0.9em; min-width: 8.5rem; flex: 1 1 8.5rem; }
  .samples { list-style: none; padding: 0; margin: 0.75rem 0; }
  .samples li { margin: 0 0 0.4rem; }
  .row { display: flex; flex-wrap: wrap; gap: 0.2rem 0.75rem; width: 100%; text-align: left; padding: 0.5rem 0.75rem; border-color: var(--line); }
  .row[aria-current="true"] { border: 2px solid var(--focus); }
  .row .first-reason { flex-basis: 100%; color: var(--muted); overflow-wrap: anywhere; }
  .level { font-weight: 700; text-transform: uppercase; font-size: 0.85em; }
  .level.high { color: var(--high); } .level.medium { color: var(--medium); }
  .detail { border-top: 2px solid var(--line); margin-top: 1.5rem; }
  .facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
  .facts dt { color: var(--muted); } .facts dd { margin: 0; overflow-wrap: anywhere; }
  .transcript { list-style: none; padding: 0; margin: 0; display: flex; flex-direction: column; gap: 0.5rem; }
  .message { max-width: 85%; padding: 0.4rem 0.7rem; border-radius: 10px; background: var(--them); align-self: flex-start; }
  .message.me { background: var(--me); align-self: flex-end; }
  .message .who { display: block; font-size: 0.8em; color: var(--muted); }
  .message .text { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; }
  .reasons li { margin: 0.4rem 0; }
  .quote { margin: 0.2rem 0 0 1rem; padding-left: 0.6rem; border-left: 3px solid var(--line); font-style: italic; white-space: pre-wrap; overflow-wrap: anywhere; }
  .confirm { border: 2px solid var(--high); border-radius: 8px; padding: 0.5rem 0.75rem; }
  @media (max-width: 30rem) { body { font-size: 16px; } .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: 0.3rem; } .message { max-width: 100%; } }
`;
document.head.append(style);

const store = openSampleStore();
addEventListener('pagehide', () => store.close());
render(<SampleReview store={store} download={download} />, document.getElementById('app')!);
