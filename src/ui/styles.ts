// Styles live inside closed shadow roots, so pages can neither restyle nor read them.
// Large type, high contrast (WCAG AA), no motion when the user asks for none.
export const STYLES = `
:host { all: initial; }
* { box-sizing: border-box; }
.rf { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1a1a1a; }
.badge { display: inline-flex; align-items: center; gap: 6px; margin: 4px 0; padding: 4px 10px; border-radius: 999px;
  background: #fff4e5; color: #5c2c00; border: 1px solid #b35900; font-size: 13px; max-width: 100%; }
.badge.high { background: #fdecea; color: #6b0f0f; border-color: #b3261e; }
.badge button { all: unset; cursor: pointer; text-decoration: underline; font-weight: 600; }
.badge button:focus-visible, .banner button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
.banner { margin: 8px; padding: 14px 16px; border-radius: 10px; background: #fff8f0; border: 2px solid #b35900; }
.banner.high { background: #fff1f0; border-color: #b3261e; }
.banner h2 { margin: 0 0 6px; font-size: 18px; }
.banner p { margin: 4px 0; }
.timeline { display: flex; flex-wrap: wrap; gap: 4px; list-style: none; padding: 0; margin: 10px 0; }
.timeline li { padding: 3px 8px; border-radius: 6px; border: 1px solid #767676; font-size: 13px; color: #3d3d3d; background: #fff; }
.timeline li.reached { background: #8a1c14; color: #fff; border-color: #8a1c14; font-weight: 600; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 10px; }
.actions button { font: inherit; padding: 6px 12px; border-radius: 6px; border: 1px solid #3d3d3d; background: #fff; color: #1a1a1a; cursor: pointer; }
.actions button.primary { background: #1a1a1a; color: #fff; }
.details { margin-top: 8px; padding-left: 18px; }
.details li { margin: 4px 0; }
.escalation { font-weight: 600; }
.status { margin-top: 8px; font-weight: 600; }
.hint { flex: 1 1 16em; color: #3d3d3d; font-size: 13px; align-self: center; }
.confirm { margin-top: 10px; padding: 10px 12px; border-radius: 8px; background: #fff; border: 1px solid #3d3d3d; }
.quote { display: block; font-style: italic; color: #3d3d3d; }
.large .rf, .large.rf { font-size: 18px; }
@media (prefers-reduced-motion: no-preference) { .banner { transition: border-color 0.2s; } }
`;
