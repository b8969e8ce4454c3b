import { REPORTED_PLATFORMS } from './reported.generated.ts';

const REPORTED: ReadonlySet<string> = new Set(REPORTED_PLATFORMS);

/** True when `host` is a reported fake platform (reported.generated.ts) or one of its subdomains. */
export function isReportedHost(host: string): boolean {
  for (let h = host; h.includes('.'); h = h.slice(h.indexOf('.') + 1)) if (REPORTED.has(h)) return true;
  return false;
}
