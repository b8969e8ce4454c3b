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
  /** Large text and dark colours, switched live (the settings or the site's theme changed). */
  setLook(look: Look): void;
  remove(): void;
}

export interface Look {
  large: boolean;
  dark: boolean;
}

export function mountIsolated(doc: Document, tag: string, look: Look, hostStyle = 'display:block'): Mounted {
  const host = doc.createElement(tag);
  markOurs(host);
  if (TEST_HOOKS) host.setAttribute('data-redflag', '');
  const shadow = host.attachShadow({ mode: TEST_HOOKS ? 'open' : 'closed' });
  const style = doc.createElement('style');
  style.textContent = STYLES;
  const root = doc.createElement('div');
  const setLook = ({ large, dark }: Look): void => {
    root.className = `root${large ? ' large' : ''}${dark ? ' dark' : ''}`;
  };
  setLook(look);
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
    setLook,
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

/**
 * Whether the site draws this part of the page dark (its own theme, whatever the system's):
 * the first opaque background up the tree decides.
 */
export function looksDark(element: Element | null): boolean {
  for (let e = element; e; e = e.parentElement) {
    const rgba = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?/.exec(e.ownerDocument.defaultView?.getComputedStyle(e).backgroundColor ?? '');
    if (!rgba || (rgba[4] !== undefined && Number(rgba[4]) < 0.5)) continue;
    const [r, g, b] = [rgba[1], rgba[2], rgba[3]].map(Number) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
  }
  return element?.ownerDocument.defaultView?.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}
