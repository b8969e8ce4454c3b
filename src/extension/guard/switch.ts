import browser, { type Manifest } from 'webextension-polyfill';
import { REPORTED_PLATFORMS } from '../../engine/platform/reported.generated.ts';
import { ALL_MATCHES } from '../../sites/registry.ts';
import type { GuardSettings } from './settings.ts';

/** What the guard asks for when the user turns it on, and gives back when it is turned off. */
export const GUARD_ORIGINS = ['*://*/*'];
// Not in the polyfill's list of optional permissions, but both browsers accept it as one.
export const REDIRECT_PERMISSION = 'declarativeNetRequest' as Manifest.OptionalPermission;
const SCRIPT_ID = 'redflag-guard';
const SCRIPT_FILE = 'content-scripts/platform-guard.js';
const REDIRECT_RULE_ID = 1;

export async function hasGuardAccess(): Promise<boolean> {
  return browser.permissions.contains({ origins: GUARD_ORIGINS });
}

/**
 * Makes the browser match the settings: the guard's content script is registered
 * only while the guard is on and its host access is held, and the redirect rule
 * exists only while that option is on and its permission is held. Run at start,
 * when settings change and when permissions are added or removed.
 */
export async function syncGuard(settings: GuardSettings): Promise<{ active: boolean; redirecting: boolean }> {
  const access = settings.enabled && (await hasGuardAccess());
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [SCRIPT_ID] }).catch(() => []);
  if (access && registered.length === 0) {
    // Safe to repeat: a registration that another sync made first is not an error.
    await browser.scripting.registerContentScripts([
      // Not on the chat sites RedFlag reads: their pages are conversations, judged as such.
      { id: SCRIPT_ID, js: [SCRIPT_FILE], matches: ['http://*/*', 'https://*/*'], excludeMatches: ALL_MATCHES, runAt: 'document_start', allFrames: false, persistAcrossSessions: true },
    ]).catch((e: unknown) => {
      if (!/already|duplicate/i.test(String(e))) throw e;
    });
  } else if (!access && registered.length > 0) {
    await browser.scripting.unregisterContentScripts({ ids: [SCRIPT_ID] });
  }
  const redirecting = access && settings.redirectListed && (await browser.permissions.contains({ permissions: [REDIRECT_PERMISSION] }));
  const dnr = (browser as unknown as { declarativeNetRequest?: DeclarativeNetRequest }).declarativeNetRequest;
  if (dnr) {
    const rules = redirecting ? [redirectRule(settings.blocked, settings.allowed)] : [];
    await dnr.updateDynamicRules({ removeRuleIds: [REDIRECT_RULE_ID], addRules: rules });
  }
  return { active: access, redirecting };
}

/** Listed fake platforms and the user's own list go to the warning page before a byte of them loads. */
function redirectRule(userBlocked: string[], userAllowed: string[]): DnrRule {
  return {
    id: REDIRECT_RULE_ID,
    priority: 1,
    condition: {
      regexFilter: '^https?://.*',
      requestDomains: [...REPORTED_PLATFORMS, ...userBlocked],
      // The user's trusted sites are never stopped, here either.
      ...(userAllowed.length > 0 ? { excludedRequestDomains: userAllowed } : {}),
      resourceTypes: ['main_frame'],
    },
    action: { type: 'redirect', redirect: { regexSubstitution: `${browser.runtime.getURL('/guard.html')}#listed:\\0` } },
  };
}

interface DnrRule {
  id: number;
  priority: number;
  condition: { regexFilter: string; requestDomains: string[]; excludedRequestDomains?: string[]; resourceTypes: string[] };
  action: { type: 'redirect'; redirect: { regexSubstitution: string } };
}
interface DeclarativeNetRequest {
  updateDynamicRules(options: { removeRuleIds: number[]; addRules: DnrRule[] }): Promise<void>;
}

const FIRST_ALLOW_ID = 1000;
/**
 * "Continue anyway" on a redirected site: one session allow rule per host still within its
 * hour, rebuilt from the stored choices (a restarted worker keeps no counter), so expired
 * choices lose their rule at the next change.
 */
export async function syncAllowRules(continued: Readonly<Record<string, number>>): Promise<void> {
  const dnr = (browser as unknown as { declarativeNetRequest?: SessionRules }).declarativeNetRequest;
  if (!dnr?.updateSessionRules || !dnr.getSessionRules) return;
  const old = (await dnr.getSessionRules()).map((r) => r.id);
  const hosts = Object.keys(continued).slice(0, 500);
  await dnr.updateSessionRules({
    removeRuleIds: old,
    addRules: hosts.map((host, i) => ({ id: FIRST_ALLOW_ID + i, priority: 2, condition: { requestDomains: [host], resourceTypes: ['main_frame'] }, action: { type: 'allow' as const } })),
  });
}
interface SessionRules {
  getSessionRules?(): Promise<Array<{ id: number }>>;
  updateSessionRules?(options: { removeRuleIds: number[]; addRules: Array<{ id: number; priority: number; condition: object; action: { type: 'allow' } }> }): Promise<void>;
}
