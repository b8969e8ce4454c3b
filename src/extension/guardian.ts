import { isRecord, isSensitivity, moreProtective, readSettings, type Settings } from './settings.ts';

/**
 * Guardian mode: a relative sets RedFlag up for a parent, and a PIN is needed to lower
 * protection. This is against a parent being talked, step by step, into switching warnings
 * off, not against someone who edits extension storage by hand: anyone who can do that can
 * rewrite both values. What it does guarantee is that deleting or damaging one stored value
 * never lowers protection.
 */

/** PBKDF2-SHA-256, OWASP 2023 minimum. Records with fewer are refused. */
export const PIN_ITERATIONS = 600_000;

/** A PIN as stored: never the PIN itself. Base64 strings. */
export interface PinRecord {
  salt: string;
  hash: string;
  iterations: number;
}

const SALT_BYTES = 16;
const HASH_BYTES = 32;

/** A PIN is 4 to 12 digits (relatives remember digits; the back-off makes guessing slow). Returns a reason it is not valid, or null. */
export function pinProblem(pin: string): 'too-short' | 'too-long' | 'not-digits' | null {
  // ASCII digits only: the same PIN must be typeable again on any keyboard.
  if (!/^[0-9]*$/.test(pin)) return 'not-digits';
  if (pin.length < 4) return 'too-short';
  if (pin.length > 12) return 'too-long';
  return null;
}

/** Hashes a valid PIN with a fresh random salt. Throws on an invalid PIN: the caller checks `pinProblem` first. */
export async function hashPin(pin: string, iterations = PIN_ITERATIONS, salt: Uint8Array = crypto.getRandomValues(new Uint8Array(SALT_BYTES))): Promise<PinRecord> {
  const problem = pinProblem(pin);
  if (problem) throw new Error(`Not a valid PIN: ${problem}`);
  const hash = await derive(pin, salt, iterations);
  return { salt: toBase64(salt), hash: toBase64(hash), iterations };
}

/**
 * Whether `pin` is the one `record` was made from. A record with fewer than PIN_ITERATIONS
 * (lowered by hand to make guessing fast) or a damaged record never matches.
 */
export async function checkPin(pin: string, record: PinRecord): Promise<boolean> {
  if (!Number.isSafeInteger(record.iterations) || record.iterations < PIN_ITERATIONS) return false;
  const salt = fromBase64(record.salt);
  const expected = fromBase64(record.hash);
  if (!salt || !expected || expected.length !== HASH_BYTES) return false;
  return sameBytes(await derive(pin, salt, record.iterations), expected);
}

async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<Uint8Array> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits({ name: 'PBKDF2', hash: 'SHA-256', salt: new Uint8Array(salt), iterations }, key, HASH_BYTES * 8);
  return new Uint8Array(bits);
}

/** Compares every byte whatever the first difference, so timing does not tell how much of a guess was right. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i]! ^ b[i]!;
  return diff === 0;
}

function toBase64(bytes: Uint8Array): string {
  return btoa(String.fromCharCode(...bytes));
}

function fromBase64(text: unknown): Uint8Array | null {
  if (typeof text !== 'string' || !/^[A-Za-z0-9+/]+={0,2}$/.test(text)) return null;
  try {
    return Uint8Array.from(atob(text), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Wrong PINs so far, and until when no new try is allowed (epoch ms). Reset to NO_ATTEMPTS after a right PIN. */
export interface Attempts {
  failures: number;
  lockedUntil: number;
}

export const NO_ATTEMPTS: Attempts = Object.freeze({ failures: 0, lockedUntil: 0 });

const FREE_FAILURES = 3;
/** The waits after the 4th, 5th, 6th and 7th wrong PIN; every further one waits LONGEST_WAIT_MS. */
const WAITS_MS = [30_000, 60_000, 5 * 60_000, 15 * 60_000] as const;
const LONGEST_WAIT_MS = 60 * 60_000;

/** After a wrong PIN: the first 3 failures are free, then waits of 30 s, 1 min, 5 min, 15 min, then 1 h for every further failure. */
export function afterWrongPin(a: Attempts, now: number): Attempts {
  const failures = a.failures + 1;
  if (failures <= FREE_FAILURES) return { failures, lockedUntil: a.lockedUntil };
  const wait = WAITS_MS[failures - FREE_FAILURES - 1] ?? LONGEST_WAIT_MS;
  // A wrong PIN never shortens a lock already running.
  return { failures, lockedUntil: Math.max(a.lockedUntil, now + wait) };
}

/** Milliseconds until another try is allowed (0 = now). */
export function waitBeforeTry(a: Attempts, now: number): number {
  return Math.max(0, a.lockedUntil - now);
}

/**
 * The stored attempts. Missing (never a wrong PIN, or cleared after a right one) is
 * NO_ATTEMPTS. Damaged is treated as a run of wrong PINs, never as none: at least 3 failures
 * and a 30 s lock, so garbage can neither lift a lock nor give free guesses. No lock is read
 * as longer than the longest wait, so a damaged or far-future value cannot shut the guardian
 * out for good.
 */
export function readAttempts(raw: unknown, now: number): Attempts {
  if (raw === undefined || raw === null) return { ...NO_ATTEMPTS };
  const o = typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const failures = typeof o.failures === 'number' && Number.isSafeInteger(o.failures) && o.failures >= 0 ? o.failures : null;
  const lockedUntil = typeof o.lockedUntil === 'number' && Number.isFinite(o.lockedUntil) && o.lockedUntil >= 0 ? o.lockedUntil : null;
  if (failures === null || lockedUntil === null) return { failures: Math.max(FREE_FAILURES, failures ?? 0), lockedUntil: now + WAITS_MS[0] };
  return { failures, lockedUntil: Math.min(lockedUntil, now + LONGEST_WAIT_MS) };
}

/** Someone the parent can call before sending money. Each field trimmed, name ≤ 60 chars, phone ≤ 30 chars of digits, spaces, + - ( ). */
export interface TrustedPerson {
  name: string;
  phone: string;
}

/** The trusted person as stored, or null when missing or not usable (both a name and a phone with a digit are needed). */
export function readTrustedPerson(raw: unknown): TrustedPerson | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { name, phone } = raw as Record<string, unknown>;
  if (typeof name !== 'string' || typeof phone !== 'string') return null;
  const n = name.trim();
  const p = phone.trim();
  // No control characters: the name is shown in warnings as it is.
  if (!n || [...n].length > 60 || /\p{Cc}/u.test(n)) return null;
  if (p.length > 30 || !/^[0-9 +\-()]+$/.test(p) || !/[0-9]/.test(p)) return null;
  return { name: n, phone: p };
}

/** What the guardian approved when they last entered the PIN: the least protective settings allowed. */
export interface GuardianRecord {
  pin: PinRecord;
  trusted: TrustedPerson | null;
  /** When guardian mode was set up (epoch ms). */
  since: number;
  approved: Pick<Settings, 'sensitivity' | 'sitesOff' | 'paused'>;
}

/**
 * The guardian record as stored, or null when missing or malformed (no usable PIN record, no
 * `since`, no approved sensitivity, sitesOff not a list or paused not an object). Within the
 * approved lists, entries that cannot be read are dropped, which only protects more; a
 * damaged trusted person becomes null without losing the record.
 */
export function readGuardianRecord(raw: unknown): GuardianRecord | null {
  if (!isRecord(raw)) return null;
  const pin = readPinRecord(raw.pin);
  const { since, approved } = raw;
  if (!pin || typeof since !== 'number' || !Number.isFinite(since) || since < 0) return null;
  if (!isRecord(approved) || !isSensitivity(approved.sensitivity) || !Array.isArray(approved.sitesOff) || !isRecord(approved.paused)) return null;
  const { sensitivity, sitesOff, paused } = readSettings(approved);
  return { pin, trusted: readTrustedPerson(raw.trusted), since, approved: { sensitivity, sitesOff, paused } };
}

function readPinRecord(raw: unknown): PinRecord | null {
  if (!isRecord(raw)) return null;
  const { salt, hash, iterations } = raw;
  // Low iterations still make a record (checkPin refuses it); only the shape is checked here.
  if (typeof salt !== 'string' || typeof hash !== 'string' || typeof iterations !== 'number' || !Number.isSafeInteger(iterations) || iterations < 1) return null;
  if ((fromBase64(salt)?.length ?? 0) < SALT_BYTES || fromBase64(hash)?.length !== HASH_BYTES) return null;
  return { salt, hash, iterations };
}

/**
 * The settings RedFlag acts on. Guardian mode is on when EITHER `settings.guardian` is true OR a
 * guardian record exists, so removing one storage value does not switch it off. When on:
 *  - sensitivity is the more protective of settings.sensitivity and approved.sensitivity
 *    (if the record is missing/corrupted: at least 'balanced');
 *  - a site is off only if it is off in BOTH settings.sitesOff and approved.sitesOff (record missing: none off);
 *  - a pause holds only if it is in both, and until the earlier of the two times (record missing: no pause);
 *  - largeText is true: the large, simple style is the default in guardian mode.
 * When off: settings as they are.
 */
export function effectiveSettings(settings: Settings, record: GuardianRecord | null): Settings & { guardian: boolean } {
  if (!settings.guardian && !record) return settings;
  const approved = record?.approved ?? { sensitivity: 'balanced', sitesOff: [], paused: {} };
  const paused = Object.fromEntries(
    Object.entries(settings.paused).flatMap(([site, until]) => {
      const approvedUntil = Object.hasOwn(approved.paused, site) ? approved.paused[site] : undefined;
      return approvedUntil === undefined ? [] : [[site, Math.min(until, approvedUntil)]];
    }),
  );
  return {
    ...settings,
    largeText: true,
    sensitivity: moreProtective(settings.sensitivity, approved.sensitivity),
    sitesOff: settings.sitesOff.filter((site) => approved.sitesOff.includes(site)),
    paused,
    guardian: true,
  };
}
