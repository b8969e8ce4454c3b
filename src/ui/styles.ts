// Styles live inside closed shadow roots, so pages can neither restyle nor read them.
// Sizes are in em, so "large text" (the root's class, switched live) scales everything.
// Colours meet WCAG AA in light and dark; the dark set follows the site, not only the system.
export const STYLES = `
:host { all: initial; }
* { box-sizing: border-box; }
.root { --fg: #1a1a1a; --muted: #3d3d3d; --bg: #ffffff; --line: #767676; --warn: #8a4b00; --warn-bg: #fff4e5; --warn-line: #b35900;
  --high: #b3261e; --high-bg: #fdecea; --high-fg: #ffffff; --note-bg: #f1f3f4; --focus: #1a73e8; --accent: #8a1c14;
  font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--fg); }
.root.dark { --fg: #f1f1f1; --muted: #c8c8c8; --bg: #1e1f20; --line: #9a9a9a; --warn: #ffb870; --warn-bg: #3a2a14; --warn-line: #e08a2e;
  --high: #f28b82; --high-bg: #3c1a18; --high-fg: #1a0000; --note-bg: #2a2b2d; --focus: #8ab4f8; --accent: #f28b82; }
.root.large { font-size: 19px; }
.rf { color: var(--fg); font-size: 1em; }
button { font: inherit; color: inherit; }
button:focus-visible, input:focus-visible, .panel:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }

/* The inline badge under a message. */
.badge { display: inline-flex; align-items: flex-start; gap: 0.4em; margin: 0.3em 0; padding: 0.25em 0.7em; border-radius: 0.6em;
  background: var(--warn-bg); color: var(--fg); border: 1px solid var(--warn-line); font-size: 0.87em; max-width: min(100%, 32em); line-height: 1.35; }
.badge.high { background: var(--high-bg); border-color: var(--high); }
.badge .mark { flex: none; width: 1.2em; height: 1.2em; margin-top: 0.1em; }
.badge .text { flex: 1 1 auto; min-width: 0; }
.badge button { all: unset; flex: none; cursor: pointer; text-decoration: underline; font-weight: 600; }
.badge button:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }

/* The warning: one header line, and a panel that scrolls by itself. */
.banner { margin: 0.4em; border-radius: 0.7em; background: var(--bg); border: 2px solid var(--warn-line); overflow: hidden;
  box-shadow: 0 2px 8px rgba(0, 0, 0, 0.18); }
.banner.low { border-width: 1px; border-color: var(--line); box-shadow: none; }
.banner.high { border-color: var(--high); }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4em 0.5em; padding: 0.45em 0.6em; background: var(--warn-bg); }
.low .bar { background: var(--note-bg); padding: 0.3em 0.6em; font-size: 0.93em; }
.high .bar { background: var(--high); color: var(--high-fg); }
.bar .mark { flex: none; width: 1.35em; height: 1.35em; }
.headline { flex: 1 1 16em; min-width: 0; margin: 0; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.brand { font-weight: 800; margin-inline-end: 0.4em; }
.level { font-weight: 700; text-transform: uppercase; font-size: 0.8em; letter-spacing: 0.03em; padding: 0.05em 0.4em; border-radius: 0.3em; border: 1px solid currentColor; }
.high .title { font-weight: 700; }
.bar-actions { flex: none; display: flex; gap: 0.3em; align-items: center; margin-inline-start: auto; }
.bar-actions button { padding: 0.25em 0.6em; border-radius: 0.4em; border: 1px solid currentColor; background: transparent; cursor: pointer; font-weight: 600; }
.bar-actions button[aria-expanded="true"] { background: var(--bg); color: var(--fg); }
.bar-actions .close { font-size: 1.2em; line-height: 1; padding: 0.1em 0.45em; }
.panel { max-height: min(55vh, 30em); overflow-y: auto; overscroll-behavior: contain; padding: 0.6em 0.9em 0.8em; border-top: 1px solid var(--line); }
.panel h3 { font-size: 1em; margin: 0.9em 0 0.3em; }
.panel p { margin: 0.35em 0; }
.intro { font-weight: 600; }
.escalation { font-weight: 700; }
.trusted { font-size: 1.1em; font-weight: 800; padding: 0.5em 0.7em; border-radius: 0.5em; background: var(--high-bg); border: 2px solid var(--high); }

/* The script's path: a line of steps, the reached ones filled, the furthest marked "now". */
.path { margin: 0.6em 0; }
.path figcaption { font-weight: 700; margin-bottom: 0.3em; }
.path ol { list-style: none; margin: 0; padding: 0; }
.path li { position: relative; display: flex; align-items: baseline; gap: 0.5em; padding: 0.12em 0 0.12em 1.7em; color: var(--muted); }
.path li::before { content: ""; position: absolute; inset-inline-start: 0.55em; top: 0; bottom: 0; width: 2px; background: var(--line); }
.path li:first-child::before { top: 0.8em; }
.path li:last-child::before { bottom: calc(100% - 0.8em); }
.path li.reached::before { background: var(--warn-line); }
.high .path li.reached::before { background: var(--high); }
.path .dot { position: absolute; inset-inline-start: 0.2em; top: 0.45em; width: 0.8em; height: 0.8em; border-radius: 50%; border: 2px solid var(--line); background: var(--bg); }
.path li.reached .dot { background: var(--warn-line); border-color: var(--warn-line); }
.high .path li.reached .dot { background: var(--high); border-color: var(--high); }
.path li.reached { color: var(--fg); }
.path li.now .dot { box-shadow: 0 0 0 3px var(--bg), 0 0 0 5px currentColor; }
.path li.now .label { font-weight: 800; }
.path .state { font-size: 0.8em; }
.path li.now .state { font-weight: 800; text-transform: uppercase; }
.path li.ahead .state { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }

.reasons, .details { margin: 0.3em 0; padding-inline-start: 1.3em; }
.reasons li, .details li { margin: 0.35em 0; }
.quote { display: block; font-style: italic; color: var(--muted); overflow-wrap: anywhere; }
.actions { display: flex; flex-wrap: wrap; gap: 0.5em; margin-top: 0.8em; }
.actions button { padding: 0.4em 0.8em; border-radius: 0.4em; border: 1px solid var(--muted); background: var(--bg); cursor: pointer; }
.actions button.primary { background: var(--fg); color: var(--bg); border-color: var(--fg); }
button.link { all: unset; cursor: pointer; text-decoration: underline; font-weight: 600; margin: 0.3em 0; }
button.link:focus-visible { outline: 3px solid var(--focus); }
.status { margin-top: 0.5em; font-weight: 600; }
.hint { color: var(--muted); font-size: 0.9em; }
.confirm { margin-top: 0.7em; padding: 0.6em 0.8em; border-radius: 0.5em; border: 1px solid var(--muted); }
.pin input { font: inherit; padding: 0.3em 0.5em; border: 1px solid var(--muted); border-radius: 0.4em; background: var(--bg); color: var(--fg); width: 9em; }
.problem { font-weight: 700; color: var(--accent); }
@media (prefers-reduced-motion: no-preference) { .banner { transition: border-color 0.2s; } }
`;
