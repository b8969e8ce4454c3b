import { STYLES } from './styles.ts';

// RedFlag's own pages (popup, options) use the warning's colours and components, plus page
// layout. Dark follows the system; large text follows the setting.
export const PAGE_STYLES = `${STYLES}
html, body { margin: 0; }
body { background: #ffffff; }
@media (prefers-color-scheme: dark) { body { background: #1e1f20; } }
.page { background: var(--bg); color: var(--fg); padding: 0.8em 1em 1.2em; min-height: 100vh; }
.popup { width: 25em; max-width: 100vw; min-height: 0; }
.options { max-width: 46em; margin: 0 auto; padding-bottom: 3em; }
.page h1 { font-size: 1.35em; margin: 0 0 0.4em; }
.brand-title { display: flex; align-items: center; gap: 0.4em; }
.page h2 { font-size: 1.1em; margin: 1.1em 0 0.3em; }
.page h3 { font-size: 1em; margin: 0.9em 0 0.3em; }
.page p { margin: 0.4em 0; }
.page button { padding: 0.4em 0.8em; border-radius: 0.4em; border: 1px solid var(--muted); background: var(--bg); color: var(--fg); cursor: pointer; }
.page button.primary { background: var(--fg); color: var(--bg); border-color: var(--fg); font-weight: 700; }
.page button.link { border: 0; padding: 0; background: none; }
.page textarea, .page input:not([type=checkbox]):not([type=radio]), .page select { font: inherit; color: var(--fg); background: var(--bg); border: 1px solid var(--muted); border-radius: 0.4em; padding: 0.35em 0.5em; max-width: 100%; }
.page textarea { display: block; width: 100%; margin: 0.4em 0; }
.page label.option { display: block; margin: 0.5em 0; }
.page fieldset { border: 1px solid var(--line); border-radius: 0.5em; margin: 0.5em 0; padding: 0.4em 0.8em 0.6em; }
.page a { color: inherit; font-weight: 600; }
.summary { border: 2px solid var(--warn-line); border-radius: 0.6em; padding: 0.5em 0.8em; margin: 0.5em 0; }
.summary.high { border-color: var(--high); }
.summary-title { margin-top: 0; }
.verdict-line { margin: 0.5em 0; }
.domain { font-family: ui-monospace, monospace; overflow-wrap: anywhere; }
section { overflow-wrap: break-word; }
`;

/** Puts the page styles in the document's head. */
export function addPageStyles(doc: Document = document): void {
  const style = doc.createElement('style');
  style.textContent = PAGE_STYLES;
  doc.head.append(style);
}

/** RedFlag's own pages follow the system's dark setting (a chat's warning follows the site instead: see `looksDark`). */
export function prefersDark(): boolean {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
