/**
 * RedFlag's own elements in the page (badges, banner). Kept in a WeakSet in the
 * content script's isolated world rather than marked with an attribute, so the
 * page cannot tell which elements are ours by reading the DOM; the site readers
 * and the mutation observer skip them through `isOurs`.
 */
const hosts = new WeakSet<Node>();

export function markOurs(host: Element): void {
  hosts.add(host);
}

/** The node is one of our hosts or inside one. */
export function isOurs(node: Node | null): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (hosts.has(n)) return true;
  return false;
}

/**
 * Test builds (REDFLAG_TEST_HOOKS=1 at build time) expose state as attributes and open
 * shadow roots so the browser tests can read them; release builds never do.
 */
declare const __REDFLAG_TEST_HOOKS__: boolean | undefined;
export const TEST_HOOKS: boolean = typeof __REDFLAG_TEST_HOOKS__ !== 'undefined' && __REDFLAG_TEST_HOOKS__;
