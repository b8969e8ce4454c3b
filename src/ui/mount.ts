import { type ComponentChild, render } from 'preact';
import { STYLES } from './styles.ts';

/**
 * A host element with its own shadow root: page styles cannot reach inside,
 * and the host resets inherited styles. (An open root, so tests and
 * assistive tools can read it; the chat page can already read the chat
 * itself, so a closed root would hide nothing it cannot see.) `data-redflag`
 * marks our nodes so the site readers skip them.
 */
export interface Mounted {
  host: HTMLElement;
  update(node: ComponentChild): void;
  remove(): void;
}

export function mountIsolated(doc: Document, tag: string, large: boolean): Mounted {
  const host = doc.createElement(tag);
  host.setAttribute('data-redflag', '');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = STYLES;
  const root = doc.createElement('div');
  if (large) root.className = 'large';
  shadow.append(style, root);
  return {
    host,
    update: (node) => render(node, root),
    remove: () => {
      render(null, root);
      host.remove();
    },
  };
}
