import { isOurs } from '../content/ours.ts';
import { fnv1a } from '../engine/hash.ts';
import type { PageMessage, SiteAdapter, ThreadReading } from './types.ts';

/** The first selector of the cascade that matches, and its position. */
export function firstMatch(root: ParentNode, selectors: readonly string[]): { element: Element; level: number } | null {
  for (const [level, selector] of selectors.entries()) {
    const element = root.querySelector(selector);
    if (element) return { element, level };
  }
  return null;
}

export function allMatches(root: ParentNode, selectors: readonly string[]): { elements: Element[]; level: number } | null {
  for (const [level, selector] of selectors.entries()) {
    const elements = [...root.querySelectorAll(selector)];
    if (elements.length > 0) return { elements, level };
  }
  return null;
}

/**
 * Reads the open thread with an adapter. Returns null when no thread is open;
 * a thread with `health.message === null` means the adapter could not find
 * messages where it expected them (the site changed): the popup says so.
 */
export function readThread(adapter: SiteAdapter, doc: Document): ThreadReading | null {
  const found = firstMatch(doc, adapter.thread);
  if (!found) return null;
  const messages: PageMessage[] = [];
  const seen = new Set<string>();
  const elements = allMatches(found.element, adapter.message);
  for (const element of elements?.elements ?? []) {
    const m = adapter.read(element);
    // Nested matches and recycled nodes can repeat a key: keep the first.
    if (!m || !m.text.trim() || seen.has(m.key)) continue;
    seen.add(m.key);
    messages.push({ ...m, element });
  }
  return {
    threadId: adapter.threadId(doc, found.element),
    thread: found.element,
    messages,
    health: { thread: found.level, message: elements ? elements.level : null },
  };
}

/**
 * The visible text of an element as plain text: emoji drawn as images keep
 * their alt text, line breaks become newlines. Never HTML.
 */
export function plainText(element: Element | null | undefined): string {
  if (!element) return '';
  let out = '';
  const walk = (node: Node): void => {
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    else if (node.nodeType === 1) {
      const el = node as Element;
      const tag = el.tagName;
      if (tag === 'IMG') out += el.getAttribute('alt') ?? '';
      else if (tag === 'BR') out += '\n';
      else if (tag !== 'SCRIPT' && tag !== 'STYLE' && !isOurs(el)) for (const child of el.childNodes) walk(child);
    }
  };
  walk(element);
  return out.replace(/[ \t]+/g, ' ').trim();
}

/** A short stable hash for keys built from content, when a site gives no id. */
export function contentKey(...parts: string[]): string {
  return fnv1a(parts.join('\u0001')).toString(36);
}

/** The names a chat header shows (deduplicated, at most 8): the people a sample must not name. */
export function namesIn(doc: Document, selector: string): string[] {
  const names = [...doc.querySelectorAll(selector)].map((e) => plainText(e).slice(0, 200)).filter(Boolean);
  return [...new Set(names)].slice(0, 8);
}
