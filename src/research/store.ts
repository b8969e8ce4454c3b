import { type DBSchema, type IDBPDatabase, type IDBPTransaction, wrap } from 'idb';
import type { Level, Stage } from '../engine/types.ts';
import { MAX_NOTE, parseSample, type Sample, type SampleLabel } from './sample.ts';

// The researcher's samples, in this browser's IndexedDB and nowhere else. Every record read back
// goes through parseSample, so a damaged one is counted and skipped instead of breaking the page.

/** The most samples kept; at the cap new ones are refused, never made room for by dropping old ones. */
export const SAMPLE_CAP = 2000;
/** The store warns once it is this full. */
export const SAMPLE_WARN_AT = 0.9;

export interface SampleFilter {
  level?: Level;
  stage?: Stage;
  site?: string;
  /** A language code, or null for samples whose language is unknown. */
  language?: string | null;
  label?: SampleLabel | 'unlabelled';
}

export type AddResult = { ok: true; count: number; nearlyFull: boolean } | { ok: false; reason: 'full' | 'duplicate'; count: number };

export interface ImportResult {
  added: number;
  /** Already stored (an imported label may have filled in a missing one). */
  duplicates: number;
  /** Not stored because the store was full. */
  refused: number;
}

export interface SampleStore {
  /** How many samples the store keeps at most. */
  readonly cap: number;
  /** Throws (TypeError) for a record that is not a valid sample. */
  add(sample: Sample): Promise<AddResult>;
  /** Newest first; `unreadable` counts stored records that failed validation and were left out. */
  list(filter?: SampleFilter): Promise<{ samples: Sample[]; unreadable: number }>;
  get(id: string): Promise<Sample | undefined>;
  /** Sets or (with null) removes the label; throws if there is no such sample. */
  label(id: string, value: SampleLabel | null, note: string): Promise<void>;
  remove(id: string): Promise<void>;
  clear(): Promise<void>;
  count(): Promise<number>;
  /** Merges by id; an imported label fills an unlabelled sample but never replaces a label. */
  importSamples(samples: Sample[]): Promise<ImportResult>;
  /** Closes the connection; the next call opens it again. */
  close(): void;
}

interface SamplesDB extends DBSchema {
  // Typed as what should be there; reads still validate, since anything may have written it.
  samples: { key: string; value: Sample; indexes: { savedAt: string; level: Level; site: string } };
}

type UpgradeTransaction = IDBPTransaction<SamplesDB, ['samples'], 'versionchange'>;

/**
 * UPGRADES[n] takes the database from version n to n + 1. A released step never changes; a new
 * shape is a new step. The object store and its indexes are separate steps, so the path from an
 * existing database runs (and is tested) from the first release on.
 */
const UPGRADES: ReadonlyArray<(db: IDBPDatabase<SamplesDB>, tx: UpgradeTransaction) => void> = [
  (db) => {
    db.createObjectStore('samples', { keyPath: 'id' });
  },
  (_db, tx) => {
    const samples = tx.objectStore('samples');
    samples.createIndex('savedAt', 'savedAt');
    samples.createIndex('level', 'verdict.level');
    samples.createIndex('site', 'site');
  },
];
export const SAMPLE_DB_VERSION = UPGRADES.length;

export function openSampleStore(name = 'redflag-samples', factory?: IDBFactory, options: { cap?: number; now?: () => Date } = {}): SampleStore {
  const cap = options.cap ?? SAMPLE_CAP;
  const now = options.now ?? (() => new Date());
  let connection: Promise<IDBPDatabase<SamplesDB>> | null = null;

  const open = (): Promise<IDBPDatabase<SamplesDB>> => {
    // idb's openDB always uses the global indexedDB; a factory of our own (tests) needs the request wrapped by hand.
    const request = (factory ?? indexedDB).open(name, SAMPLE_DB_VERSION);
    request.addEventListener('upgradeneeded', (event) => {
      const db = wrap(request.result) as unknown as IDBPDatabase<SamplesDB>;
      const tx = wrap(request.transaction!) as unknown as UpgradeTransaction;
      for (let version = event.oldVersion; version < SAMPLE_DB_VERSION; version++) UPGRADES[version]!(db, tx);
    });
    return (wrap(request) as unknown as Promise<IDBPDatabase<SamplesDB>>).then(
      (db) => {
        // Another page opening a newer version (RedFlag was updated) must not wait on us: step aside and reopen on next use.
        db.addEventListener('versionchange', () => {
          db.close();
          connection = null;
        });
        // The browser may close the connection itself (storage cleared, disk trouble).
        db.addEventListener('close', () => (connection = null));
        return db;
      },
      (error: unknown) => {
        connection = null;
        if (error instanceof DOMException && error.name === 'VersionError') {
          throw new Error('The samples in this browser were saved by a newer RedFlag. Update RedFlag to open them.', { cause: error });
        }
        throw error;
      },
    );
  };
  const db = (): Promise<IDBPDatabase<SamplesDB>> => (connection ??= open());

  const valid = (sample: Sample, where = 'the sample'): Sample => {
    const parsed = parseSample(sample);
    if (!parsed.ok) throw new TypeError(`${where} is not a valid sample: ${parsed.error}`);
    return parsed.sample;
  };

  return {
    cap,

    async add(sample) {
      const checked = valid(sample);
      const tx = (await db()).transaction('samples', 'readwrite');
      const [existing, count] = await Promise.all([tx.store.getKey(checked.id), tx.store.count()]);
      let result: AddResult;
      if (existing !== undefined) result = { ok: false, reason: 'duplicate', count };
      else if (count >= cap) result = { ok: false, reason: 'full', count };
      else {
        await tx.store.add(checked);
        result = { ok: true, count: count + 1, nearlyFull: count + 1 >= cap * SAMPLE_WARN_AT };
      }
      await tx.done;
      return result;
    },

    async list(filter = {}) {
      const tx = (await db()).transaction('samples');
      // Narrow by an index where the filter allows; the rest is checked on the parsed samples.
      let records: unknown[];
      let missed = 0;
      if (filter.site !== undefined) records = await tx.store.index('site').getAll(filter.site);
      else if (filter.level !== undefined) records = await tx.store.index('level').getAll(filter.level);
      else {
        const [all, total] = await Promise.all([tx.store.index('savedAt').getAll(), tx.store.count()]);
        records = all;
        // A record without a usable savedAt is missing from that index: it is unreadable too.
        missed = total - all.length;
      }
      await tx.done;
      const samples: Sample[] = [];
      let unreadable = missed;
      for (const record of records) {
        const parsed = parseSample(record);
        if (!parsed.ok) unreadable++;
        else if (matches(parsed.sample, filter)) samples.push(parsed.sample);
      }
      // Stored times are UTC ISO strings, so text order is time order.
      samples.sort((a, b) => (a.savedAt === b.savedAt ? (a.id < b.id ? -1 : 1) : a.savedAt < b.savedAt ? 1 : -1));
      return { samples, unreadable };
    },

    async get(id) {
      const record = await (await db()).get('samples', id);
      if (record === undefined) return undefined;
      const parsed = parseSample(record);
      if (!parsed.ok) throw new Error(`The stored sample ${id} cannot be read: ${parsed.error}`);
      return parsed.sample;
    },

    async label(id, value, note) {
      if (note.length > MAX_NOTE) throw new RangeError(`The note is too long (${note.length.toLocaleString('en')} characters; the limit is ${MAX_NOTE.toLocaleString('en')}).`);
      const tx = (await db()).transaction('samples', 'readwrite');
      const record = await tx.store.get(id);
      const parsed = record === undefined ? null : parseSample(record);
      if (!parsed?.ok) {
        await tx.done; // nothing was written
        throw new Error(parsed ? `The stored sample ${id} cannot be read: ${parsed.error}` : `There is no sample ${id}.`);
      }
      await tx.store.put({ ...parsed.sample, label: value === null ? null : { value, note, at: now().toISOString() } });
      await tx.done;
    },

    async remove(id) {
      await (await db()).delete('samples', id);
    },

    async clear() {
      await (await db()).clear('samples');
    },

    async count() {
      return (await db()).count('samples');
    },

    async importSamples(samples) {
      // Everything is checked before anything is written: a bad batch changes nothing.
      const checked = samples.map((s, i) => valid(s, `samples[${i}]`));
      const tx = (await db()).transaction('samples', 'readwrite');
      let count = await tx.store.count();
      const result: ImportResult = { added: 0, duplicates: 0, refused: 0 };
      for (const sample of checked) {
        const stored = await tx.store.get(sample.id);
        if (stored !== undefined) {
          result.duplicates++;
          const current = parseSample(stored);
          if (current.ok && current.sample.label === null && sample.label !== null) await tx.store.put({ ...current.sample, label: sample.label });
        } else if (count >= cap) {
          result.refused++;
        } else {
          await tx.store.add(sample);
          count++;
          result.added++;
        }
      }
      await tx.done;
      return result;
    },

    close() {
      const current = connection;
      connection = null;
      void current?.then((d) => d.close(), () => undefined);
    },
  };
}

export function matches(sample: Sample, filter: SampleFilter): boolean {
  if (filter.level !== undefined && sample.verdict.level !== filter.level) return false;
  if (filter.stage !== undefined && sample.verdict.stage !== filter.stage) return false;
  if (filter.site !== undefined && sample.site !== filter.site) return false;
  if (filter.language !== undefined && sample.language !== filter.language) return false;
  if (filter.label === 'unlabelled') return sample.label === null;
  if (filter.label !== undefined) return sample.label?.value === filter.label;
  return true;
}
