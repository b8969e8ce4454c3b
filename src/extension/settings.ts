/**
 * The user's settings, as RedFlag reads them from storage. Anything stored can be damaged or
 * edited by hand, so every read goes through `readSettings`: a field it cannot trust takes its
 * default, and the defaults protect everywhere.
 */

export type Sensitivity = 'fewer' | 'balanced' | 'more';
/** Least to most protective: a larger index warns more readily. */
export const SENSITIVITIES: readonly Sensitivity[] = ['fewer', 'balanced', 'more'];

export interface Settings {
  /** Larger text in every warning, popup and page. */
  largeText: boolean;
  /** How readily warnings appear (see the options page for the plain-words meaning). */
  sensitivity: Sensitivity;
  /** Site adapter ids (e.g. 'whatsapp', 'tinder') the user switched off. */
  sitesOff: string[];
  /** Site adapter id -> paused until (epoch ms). */
  paused: Record<string, number>;
  /** ISO 3166-1 alpha-2 country for advice and where to report, or null (show a general list). */
  country: string | null;
  /** Guardian mode is on (its PIN record lives in the guardian item; see guardian.ts). */
  guardian: boolean;
}

export const SETTINGS_VERSION = 2;

export const SETTINGS_DEFAULTS: Settings = { largeText: false, sensitivity: 'balanced', sitesOff: [], paused: {}, country: null, guardian: false };

/**
 * v1 stored only { largeText }; v2 adds the rest with defaults. Used as WXT storage
 * `migrations: { 2: migrateV1 }`. It reads like any stored value, so a damaged v1 value
 * still gives safe settings.
 */
export function migrateV1(old: unknown): Settings {
  return readSettings(old);
}

/**
 * Reads a stored value of any shape: every field that is missing, of the wrong type or unknown
 * (an unknown sensitivity, a non-array sitesOff, a non-number pause, a country that is not two
 * letters) takes its default. A corrupted value can therefore never switch protection off:
 * defaults protect everywhere. `guardian: true` survives only if it is literally true.
 * Unknown fields are dropped, and nothing returned shares an array or object with `raw`.
 */
export function readSettings(raw: unknown): Settings {
  const o = isRecord(raw) ? raw : {};
  return {
    largeText: typeof o.largeText === 'boolean' ? o.largeText : SETTINGS_DEFAULTS.largeText,
    sensitivity: isSensitivity(o.sensitivity) ? o.sensitivity : SETTINGS_DEFAULTS.sensitivity,
    // Dropping an entry we cannot read switches that site back on, never off.
    sitesOff: Array.isArray(o.sitesOff) ? [...new Set(o.sitesOff.filter((s): s is string => typeof s === 'string' && s !== ''))] : [],
    paused: isRecord(o.paused) ? Object.fromEntries(Object.entries(o.paused).filter((e): e is [string, number] => typeof e[1] === 'number' && Number.isFinite(e[1]) && e[1] > 0)) : {},
    // Two letters in either case are a code someone meant; it is kept the way ISO writes it.
    country: typeof o.country === 'string' && /^[a-z]{2}$/i.test(o.country) ? o.country.toUpperCase() : SETTINGS_DEFAULTS.country,
    guardian: o.guardian === true,
  };
}

/** Is RedFlag active on this site now? false when switched off or paused (pause not expired). */
export function activeOn(settings: Settings, site: string, now = Date.now()): boolean {
  if (settings.sitesOff.includes(site)) return false;
  // Own keys only: a site id such as 'constructor' must not find Object.prototype.
  const until = Object.hasOwn(settings.paused, site) ? settings.paused[site] : undefined;
  return until === undefined || until <= now;
}

/** The more protective of two sensitivities. */
export function moreProtective(a: Sensitivity, b: Sensitivity): Sensitivity {
  return SENSITIVITIES.indexOf(a) >= SENSITIVITIES.indexOf(b) ? a : b;
}

export function isSensitivity(x: unknown): x is Sensitivity {
  return typeof x === 'string' && (SENSITIVITIES as readonly string[]).includes(x);
}

/** A plain object (not null, not an array): what a stored settings value must be before its fields are read. */
export function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
