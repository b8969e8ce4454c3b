import { afterWrongPin, type Attempts, checkPin, effectiveSettings, type GuardianRecord, hashPin, NO_ATTEMPTS, pinProblem, readAttempts, readGuardianRecord, readTrustedPerson, type TrustedPerson, waitBeforeTry } from './guardian.ts';
import { readSettings, SENSITIVITIES, type Settings } from './settings.ts';

/** A stored value, as WXT's storage items (or a test's map) hold it. */
interface Item<T> {
  getValue(): Promise<unknown>;
  setValue(value: T): Promise<void>;
}

export interface GuardianStore {
  settings: Item<Settings>;
  record: Item<GuardianRecord | null>;
  attempts: Item<Attempts>;
  /** Clears the conversations marked "not a scam". */
  clearSilenced(): Promise<void>;
}

/** The answer to a PIN: right, or wrong with the wait before the next try (0: try now). */
export type PinAnswer = { ok: true } | { ok: false; waitMs: number };
/** The answer to a change: done, or refused until the right PIN comes with it. */
export type ChangeAnswer = { ok: true } | { ok: false; needPin: true; answer: PinAnswer | null } | { ok: false; problem: string };

export interface GuardianStatus {
  on: boolean;
  trusted: TrustedPerson | null;
  waitMs: number;
  /** The settings warnings follow (guardian mode keeps the more protective of what is stored and what the guardian approved). */
  effective: Settings;
}

/**
 * Guardian mode's rules, kept in the background: every change that lowers protection, and
 * leaving guardian mode, goes through here and needs the PIN; the PIN is checked against its
 * slow hash, with waits after wrong tries. Pages, the popup and the options page only ask.
 */
export function createGuardianService(store: GuardianStore, now: () => number = Date.now) {
  const state = async () => {
    const settings = readSettings(await store.settings.getValue());
    const record = readGuardianRecord(await store.record.getValue());
    return { settings, record, on: settings.guardian || record !== null };
  };

  async function check(pin: string): Promise<PinAnswer> {
    const attempts = readAttempts(await store.attempts.getValue(), now());
    const wait = waitBeforeTry(attempts, now());
    if (wait > 0) return { ok: false, waitMs: wait };
    const { record } = await state();
    // Guardian mode without a readable record cannot be unlocked: the way out is reinstalling.
    if (record && (await checkPin(pin, record.pin))) {
      if (attempts.failures > 0) await store.attempts.setValue(NO_ATTEMPTS);
      return { ok: true };
    }
    const next = afterWrongPin(attempts, now());
    await store.attempts.setValue(next);
    return { ok: false, waitMs: waitBeforeTry(next, now()) };
  }

  /** Runs `change` when guardian mode is off, or when `pin` is right. */
  async function withPin(pin: string | undefined, change: () => Promise<void>): Promise<ChangeAnswer> {
    const { on } = await state();
    if (on) {
      if (pin === undefined) return { ok: false, needPin: true, answer: null };
      const answer = await check(pin);
      if (!answer.ok) return { ok: false, needPin: true, answer };
    }
    await change();
    return { ok: true };
  }

  return {
    check,

    async status(): Promise<GuardianStatus> {
      const { settings, record, on } = await state();
      const waitMs = waitBeforeTry(readAttempts(await store.attempts.getValue(), now()), now());
      return { on, trusted: record?.trusted ?? null, waitMs, effective: effectiveSettings(settings, record) };
    },

    /** Saves settings; in guardian mode a change that lowers protection needs the PIN, and what is saved becomes what the guardian approved. */
    async save(raw: unknown, pin?: string): Promise<ChangeAnswer> {
      const { settings, record, on } = await state();
      const next: Settings = { ...readSettings(raw), guardian: on };
      const apply = async (): Promise<void> => {
        await store.settings.setValue(next);
        if (record) await store.record.setValue({ ...record, approved: { sensitivity: next.sensitivity, sitesOff: next.sitesOff, paused: next.paused } });
      };
      if (on && lowersProtection(effectiveSettings(settings, record), next, now())) return withPin(pin, apply);
      await apply();
      return { ok: true };
    },

    async enable(pin: string, trustedRaw: unknown): Promise<ChangeAnswer> {
      const { settings, on } = await state();
      if (on) return { ok: false, problem: 'guardian mode is already on' };
      const problem = pinProblem(pin);
      if (problem) return { ok: false, problem };
      const record: GuardianRecord = {
        pin: await hashPin(pin),
        trusted: readTrustedPerson(trustedRaw),
        since: now(),
        approved: { sensitivity: settings.sensitivity, sitesOff: settings.sitesOff, paused: settings.paused },
      };
      await store.record.setValue(record);
      // The large, simple style is guardian mode's default.
      await store.settings.setValue({ ...settings, guardian: true, largeText: true });
      await store.attempts.setValue(NO_ATTEMPTS);
      return { ok: true };
    },

    disable: (pin: string | undefined) =>
      withPin(pin, async () => {
        const { settings } = await state();
        await store.record.setValue(null);
        await store.settings.setValue({ ...settings, guardian: false });
      }),

    setTrusted: (pin: string | undefined, trustedRaw: unknown) =>
      withPin(pin, async () => {
        const { record } = await state();
        if (record) await store.record.setValue({ ...record, trusted: readTrustedPerson(trustedRaw) });
      }),

    clearSilenced: (pin: string | undefined) => withPin(pin, store.clearSilenced),
  };
}

/** Whether `next` protects less than `current`: lower sensitivity, a site switched off, a pause added or made longer. */
export function lowersProtection(current: Settings, next: Settings, now: number): boolean {
  if (SENSITIVITIES.indexOf(next.sensitivity) < SENSITIVITIES.indexOf(current.sensitivity)) return true;
  if (next.sitesOff.some((site) => !current.sitesOff.includes(site))) return true;
  return Object.entries(next.paused).some(([site, until]) => until > now && until > (current.paused[site] ?? 0));
}
