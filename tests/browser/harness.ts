import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Request } from 'playwright-core';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The test build (open shadow roots, state attributes: `npm run build:test`) and the release build users get. */
export const EXTENSION = join(ROOT, '.output', 'test', 'chrome-mv3');
export const RELEASE_EXTENSION = join(ROOT, '.output', 'chrome-mv3');
export const FIXTURES = join(ROOT, 'tests', 'sites', 'fixtures');
export const ARTIFACTS = join(ROOT, 'tests', 'artifacts');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export interface Session {
  context: BrowserContext;
  extensionId: string;
  /** Requests to the network made by the extension itself (service worker, offscreen, extension pages). */
  extensionRequests: string[];
  /** Which fixture file answers which page URL. */
  served: Map<string, string>;
  close(): Promise<void>;
}

/**
 * Debian's Chromium with the built extension loaded. Every request for a
 * chat site is answered from the saved fixtures (so the manifest's real
 * `matches` are what is tested); everything else is refused.
 */
export async function launch(extension: string = EXTENSION, options: { lang?: string } = {}): Promise<Session> {
  if (!existsSync(join(extension, 'manifest.json'))) throw new Error(`Build the extension first (npm run build && npm run build:test): ${extension} is missing`);
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  const profile = mkdtempSync(join(tmpdir(), 'redflag-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    // The interface language (the extension's i18n follows the browser's): Chromium on Linux reads it from LANGUAGE.
    ...(options.lang ? { env: { ...process.env, LANGUAGE: options.lang }, locale: options.lang } : {}),
    args: [
      ...(options.lang ? [`--lang=${options.lang}`] : []),
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
    ],
  });
  // tsx compiles named inner functions with an `__name` helper that page.evaluate cannot see.
  await context.addInitScript('globalThis.__name = globalThis.__name || ((f) => f);');
  const extensionRequests: string[] = [];
  const record = (request: Request): void => {
    const url = request.url();
    if (!/^https?:/.test(url)) return;
    const frameUrl = (() => {
      try {
        return request.frame().url();
      } catch {
        return '';
      }
    })();
    // A top-level navigation is the page the person goes to (the guard's "Go back" or "Continue anyway"), not a request RedFlag makes.
    if (request.isNavigationRequest() && request.resourceType() === 'document' && isTopFrame(request)) return;
    if (request.serviceWorker() || frameUrl.startsWith('chrome-extension://')) extensionRequests.push(url);
  };
  context.on('request', record);
  const served = new Map<string, string>();
  await context.route(/^https?:\/\//, async (route) => {
    const fixture = served.get(route.request().url().split('#')[0]!);
    if (fixture && route.request().resourceType() === 'document') {
      await route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(fixture, 'utf8') });
    } else {
      await route.abort('blockedbyclient');
    }
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    extensionRequests,
    served,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function isTopFrame(request: Request): boolean {
  try {
    return request.frame().parentFrame() === null;
  } catch {
    return false;
  }
}

/** Opens a site's real URL, answered with a saved fixture page. */
export async function openFixture(session: Session, url: string, site: string, name: string): Promise<Page> {
  const file = join(FIXTURES, site, `${name}.html`);
  if (!existsSync(file)) throw new Error(`missing fixture ${file}`);
  session.served.set(url.split('#')[0]!, file);
  const page = await session.context.newPage();
  await page.goto(url);
  return page;
}

/** Waits until the content script has scored `count` messages of the open thread (test builds report it). */
export async function scored(page: Page, count: number): Promise<void> {
  await page.waitForFunction((n) => Number((document.documentElement.getAttribute('data-redflag-status') ?? '').split(' ')[1] ?? 0) >= n, count, { timeout: 60_000 });
}

/** Appends a message to a fixture chat, as the site would when one arrives. */
export async function appendMessage(page: Page, from: 'them' | 'me', text: string): Promise<void> {
  await page.evaluate(([f, t]) => (window as unknown as { __fixture: { append(f: string, t: string): void } }).__fixture.append(f!, t!), [from, text]);
}

/** Opens one of RedFlag's own pages (popup.html, options.html) in a new tab. */
export async function openExtensionPage(session: Session, path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}
