import { allMatches, firstMatch } from '../sites/read.ts';
import { isOurs } from './ours.ts';
import type { PageMessage, SiteAdapter } from '../sites/types.ts';

export interface Reading {
  threadId: string;
  thread: Element;
  messages: PageMessage[];
  /** True when the adapter's messages could not be found (the site changed its page). */
  degraded: boolean;
}

/**
 * Reads the open thread incrementally: each message element is read once and
 * cached until its text changes (virtualised lists recycle nodes), and long
 * threads are read in slices that yield to the page, so no long task blocks it.
 */
export class IncrementalReader {
  private cache = new WeakMap<Element, { signature: string; message: PageMessage | null }>();

  constructor(
    private readonly adapter: SiteAdapter,
    private readonly sliceMs = 8,
  ) {}

  async read(doc: Document): Promise<Reading | null> {
    const found = firstMatch(doc, this.adapter.thread);
    if (!found) return null;
    const matched = allMatches(found.element, this.adapter.message);
    const elements = matched?.elements ?? [];
    const messages: PageMessage[] = [];
    const seen = new Set<string>();
    let sliceStart = performance.now();
    for (const element of elements) {
      if (isOurs(element)) continue;
      const signature = `${element.getAttribute('data-id') ?? ''}\u0001${element.textContent ?? ''}`;
      let entry = this.cache.get(element);
      if (!entry || entry.signature !== signature) {
        const m = this.adapter.read(element);
        entry = { signature, message: m && m.text.trim() ? { ...m, element } : null };
        this.cache.set(element, entry);
      }
      if (entry.message && !seen.has(entry.message.key)) {
        seen.add(entry.message.key);
        messages.push(entry.message);
      }
      if (performance.now() - sliceStart > this.sliceMs) {
        await new Promise((resolve) => setTimeout(resolve, 0));
        sliceStart = performance.now();
      }
    }
    // An empty thread is a new chat; a thread with text but no messages we recognise means the site changed.
    const degraded = matched === null && (found.element.textContent ?? '').trim().length > 0;
    return { threadId: this.adapter.threadId(doc, found.element), thread: found.element, messages, degraded };
  }
}
