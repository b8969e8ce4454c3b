import { type ComponentChild, render } from 'preact';
import { markOurs, TEST_HOOKS } from '../content/ours.ts';
import { STYLES } from './styles.ts';

/**
 * A host element with its own closed shadow root: the page can neither read
 * the warning nor press its buttons, and page styles cannot reach inside.
 * The host's own box is pinned with inline `!important` styles, re-asserted
 * if the page edits them, so a stylesheet or script cannot simply hide it.
 */
export interface Mounted {
  host: HTMLElement;
  update(node: ComponentChild): void;
  remove(): void;
}

export function mountIsolated(doc: Document, tag: string, large: boolean, hostStyle = 'display:block'): Mounted {
  const host = doc.createElement(tag);
  markOurs(host);
  if (TEST_HOOKS) host.setAttribute('data-redflag', '');
  const shadow = host.attachShadow({ mode: TEST_HOOKS ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLES;
  const root = doc.createElement('div');
  if (large) root.className = 'large';
  shadow.append(style, root);
  const pinned = pinnedStyle(hostStyle);
  const pin = (): void => {
    if (host.getAttribute('style') !== pinned) host.setAttribute('style', pinned);
    if (host.hasAttribute('hidden')) host.removeAttribute('hidden');
  };
  pin();
  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const guard = new Observer(pin);
  guard.observe(host, { attributes: true, attributeFilter: ['style', 'hidden', 'class'] });
  return {
    host,
    update: (node) => render(node, root),
    remove: () => {
      guard.disconnect();
      render(null, root);
      host.remove();
    },
  };
}

/** Every declaration `!important`, plus the properties a page would use to hide the host. */
function pinnedStyle(base: string): string {
  const declarations = `${base};visibility:visible;opacity:1;clip-path:none;transform:none;filter:none`;
  return declarations
    .split(';')
    .map((d) => d.trim())
    .filter(Boolean)
    .map((d) => `${d} !important`)
    .join(';');
}
