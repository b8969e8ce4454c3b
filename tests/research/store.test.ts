import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSamplesJsonl, type Sample, samplesToJsonl } from '../../src/research/sample.ts';
import { openSampleStore, SAMPLE_CAP, SAMPLE_DB_VERSION, SAMPLE_WARN_AT, type SampleStore } from '../../src/research/store.ts';
import { asJson, makeSample } from './samples.ts';

// idb needs the IndexedDB classes as globals (fake-indexeddb/auto); each test gets a fresh factory, so nothing leaks between tests.
let factory: IDBFactory;
let store: SampleStore;
beforeEach(() => {
  factory = new IDBFactory();
  store = openSampleStore('redflag-samples', factory, { now: () => new Date('2025-04-01T09:00:00Z') });
});

/** Distinct samples, one second apart (the last is the newest). */
function many(n: number, spec: Parameters<typeof makeSample>[0] = {}): Sample[] {
  return Array.from({ length: n }, (_, i) => makeSample({ ...spec, texts: [`message number ${i}`], savedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, i)).toISOString() }));
}

/** Writes a record straight into the database, around the store's checks. */
async function putRaw(record: unknown): Promise<void> {
  await store.count(); // opens (and creates) the database
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open('redflag-samples');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise<void>((resolve, reject) => {
    const tx = db.transaction('samples', 'readwrite');
    tx.objectStore('samples').put(record);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

describe('the sample store', () => {
  it('adds, gets, counts and lists samples newest first', async () => {
    const [older, newer] = [makeSample({ texts: ['a'], savedAt: '2025-01-01T00:00:00.000Z' }), makeSample({ texts: ['b'], savedAt: '2025-02-01T00:00:00.000Z' })];
    expect(await store.add(older)).toEqual({ ok: true, count: 1, nearlyFull: false });
    expect(await store.add(newer)).toEqual({ ok: true, count: 2, nearlyFull: false });
    expect(await store.count()).toBe(2);
    expect(await store.get(older.id)).toEqual(older);
    expect(await store.get('0'.repeat(32))).toBeUndefined();
    expect(await store.list()).toEqual({ samples: [newer, older], unreadable: 0 });
  });

  it('refuses a sample saved twice', async () => {
    const sample = makeSample();
    await store.add(sample);
    expect(await store.add({ ...sample, savedAt: '2025-05-05T00:00:00.000Z', how: 'auto' })).toEqual({ ok: false, reason: 'duplicate', count: 1 });
    expect((await store.get(sample.id))?.savedAt).toBe(sample.savedAt);
  });

  it('refuses an invalid sample with the reason, and stores nothing', async () => {
    const bad = { ...makeSample(), how: 'sneaky' } as unknown as Sample;
    await expect(store.add(bad)).rejects.toThrow('the sample is not a valid sample: how must be manual or auto');
    expect(await store.count()).toBe(0);
  });

  it('filters by level, stage, site, language and label', async () => {
    const a = makeSample({ texts: ['a'], site: 'whatsapp', level: 'high', stage: 'deposit', language: 'en' });
    const b = makeSample({ texts: ['b'], site: 'telegram-k', level: 'medium', stage: 'wealth', language: 'es', label: { value: 'scam', note: '', at: '2025-03-01T00:00:00.000Z' } });
    const c = makeSample({ texts: ['c'], site: 'whatsapp', level: 'medium', stage: 'wealth', language: null, label: { value: 'unsure', note: '', at: '2025-03-01T00:00:00.000Z' } });
    for (const s of [a, b, c]) await store.add(s);
    const ids = async (filter: Parameters<SampleStore['list']>[0]) => (await store.list(filter)).samples.map((s) => s.id).sort();
    expect(await ids({ level: 'medium' })).toEqual([b.id, c.id].sort());
    expect(await ids({ stage: 'deposit' })).toEqual([a.id]);
    expect(await ids({ site: 'whatsapp' })).toEqual([a.id, c.id].sort());
    expect(await ids({ site: 'whatsapp', level: 'medium' })).toEqual([c.id]);
    expect(await ids({ language: 'es' })).toEqual([b.id]);
    expect(await ids({ language: null })).toEqual([c.id]);
    expect(await ids({ label: 'unlabelled' })).toEqual([a.id]);
    expect(await ids({ label: 'scam' })).toEqual([b.id]);
    expect(await ids({ label: 'not_scam' })).toEqual([]);
  });

  it('labels a sample with a note, changes and removes the label', async () => {
    const sample = makeSample();
    await store.add(sample);
    await store.label(sample.id, 'scam', 'the "aunt" script, word for word');
    expect((await store.get(sample.id))?.label).toEqual({ value: 'scam', note: 'the "aunt" script, word for word', at: '2025-04-01T09:00:00.000Z' });
    await store.label(sample.id, 'unsure', '');
    expect((await store.get(sample.id))?.label?.value).toBe('unsure');
    await store.label(sample.id, null, '');
    expect((await store.get(sample.id))?.label).toBeNull();
    await expect(store.label('f'.repeat(32), 'scam', '')).rejects.toThrow(`There is no sample ${'f'.repeat(32)}.`);
    await expect(store.label(sample.id, 'scam', 'x'.repeat(2001))).rejects.toThrow('The note is too long (2,001 characters; the limit is 2,000).');
    expect((await store.get(sample.id))?.label).toBeNull();
  });

  it('removes one sample, and clears them all', async () => {
    const [a, b, c] = many(3);
    for (const s of [a!, b!, c!]) await store.add(s);
    await store.remove(b!.id);
    expect((await store.list()).samples).toEqual([c, a]);
    await store.clear();
    expect(await store.count()).toBe(0);
    expect(await store.list()).toEqual({ samples: [], unreadable: 0 });
  });

  it('warns when 90% full and refuses at the cap, never dropping an old sample', async () => {
    const samples = many(SAMPLE_CAP + 1);
    const warnAt = Math.ceil(SAMPLE_CAP * SAMPLE_WARN_AT); // the 1,800th sample
    expect(await store.importSamples(samples.slice(0, warnAt - 1))).toEqual({ added: warnAt - 1, duplicates: 0, refused: 0 });
    expect(await store.add(samples[warnAt - 1]!)).toEqual({ ok: true, count: warnAt, nearlyFull: true });
    await store.importSamples(samples.slice(warnAt, SAMPLE_CAP - 1));
    expect(await store.add(samples[SAMPLE_CAP - 1]!)).toEqual({ ok: true, count: SAMPLE_CAP, nearlyFull: true });
    expect(await store.add(samples[SAMPLE_CAP]!)).toEqual({ ok: false, reason: 'full', count: SAMPLE_CAP });
    expect(await store.count()).toBe(SAMPLE_CAP);
    expect(await store.get(samples[0]!.id)).toEqual(samples[0]);
  });

  it('is not nearly full just below 90%', async () => {
    const small = openSampleStore('small', factory, { cap: 10 });
    const samples = many(10);
    for (const s of samples.slice(0, 8)) expect((await small.add(s)).ok).toBe(true);
    expect(await small.add(samples[8]!)).toEqual({ ok: true, count: 9, nearlyFull: true });
    expect(small.cap).toBe(10);
  });

  it('exports and imports into a fresh store, equal; importing again adds nothing', async () => {
    const samples = [...many(3), makeSample({ texts: ['labelled'], label: { value: 'not_scam', note: 'my real aunt', at: '2025-03-03T00:00:00.000Z' } })];
    await store.importSamples(samples);
    const exported = samplesToJsonl((await store.list()).samples);
    const read = parseSamplesJsonl(exported);
    expect(read.errors).toEqual([]);

    const fresh = openSampleStore('redflag-samples', new IDBFactory());
    expect(await fresh.importSamples(read.samples)).toEqual({ added: 4, duplicates: 0, refused: 0 });
    expect(await fresh.list()).toEqual(await store.list());
    expect(await fresh.importSamples(read.samples)).toEqual({ added: 0, duplicates: 4, refused: 0 });
    expect(await fresh.count()).toBe(4);
  });

  it('lets an imported label fill an unlabelled sample, but never replace a label', async () => {
    const [a, b] = many(2);
    await store.add(a!);
    await store.add(b!);
    await store.label(b!.id, 'scam', 'mine');
    const theirs = { value: 'not_scam' as const, note: 'theirs', at: '2025-03-03T00:00:00.000Z' };
    expect(await store.importSamples([{ ...a!, label: theirs }, { ...b!, label: theirs }])).toEqual({ added: 0, duplicates: 2, refused: 0 });
    expect((await store.get(a!.id))?.label).toEqual(theirs);
    expect((await store.get(b!.id))?.label?.note).toBe('mine');
  });

  it('counts what an import could not store because the store is full', async () => {
    const small = openSampleStore('small', factory, { cap: 3 });
    const samples = many(5);
    await small.add(samples[0]!);
    expect(await small.importSamples(samples)).toEqual({ added: 2, duplicates: 1, refused: 2 });
    expect(await small.count()).toBe(3);
  });

  it('imports nothing from a batch holding an invalid sample', async () => {
    const [good] = many(1);
    const bad = { ...asJson(makeSample({ texts: ['x'] })), site: 'Not A Site' } as unknown as Sample;
    await expect(store.importSamples([good!, bad])).rejects.toThrow('samples[1] is not a valid sample: site must be a site id');
    expect(await store.count()).toBe(0);
  });

  it('skips and counts a corrupted record instead of failing the list', async () => {
    const [a, b] = many(2);
    await store.add(a!);
    await store.add(b!);
    await putRaw({ ...asJson(makeSample({ texts: ['tampered'] })), verdict: 'high' });
    await putRaw({ id: 'junk-without-a-date' });
    expect(await store.list()).toEqual({ samples: [b, a], unreadable: 2 });
    expect(await store.count()).toBe(4);
    const tampered = makeSample({ texts: ['tampered'] }).id;
    await expect(store.get(tampered)).rejects.toThrow(`The stored sample ${tampered} cannot be read: verdict must be an object`);
    await expect(store.label(tampered, 'scam', '')).rejects.toThrow('cannot be read');
    await store.remove(tampered);
    expect((await store.list()).unreadable).toBe(1);
  });

  it('keeps its samples when the browser restarts', async () => {
    const sample = makeSample();
    await store.add(sample);
    await store.label(sample.id, 'scam', 'kept');
    store.close();
    const reopened = openSampleStore('redflag-samples', factory);
    expect(await reopened.list()).toEqual({ samples: [{ ...sample, label: { value: 'scam', note: 'kept', at: '2025-04-01T09:00:00.000Z' } }], unreadable: 0 });
    // The closed store opens again on its next use.
    expect(await store.count()).toBe(1);
  });

  it('upgrades a database made by an older version, keeping its samples', async () => {
    const sample = makeSample({ level: 'medium', site: 'discord' });
    // Version 1 had the object store but none of the indexes.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('redflag-samples', 1);
      request.onupgradeneeded = () => request.result.createObjectStore('samples', { keyPath: 'id' });
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise<void>((resolve) => {
      const tx = old.transaction('samples', 'readwrite');
      tx.objectStore('samples').put(sample);
      tx.oncomplete = () => resolve();
    });
    old.close();

    expect(await store.list({ level: 'medium', site: 'discord' })).toEqual({ samples: [sample], unreadable: 0 });
    const upgraded = await new Promise<IDBDatabase>((resolve) => {
      const request = factory.open('redflag-samples');
      request.onsuccess = () => resolve(request.result);
    });
    expect(upgraded.version).toBe(SAMPLE_DB_VERSION);
    expect([...upgraded.transaction('samples').objectStore('samples').indexNames].sort()).toEqual(['level', 'savedAt', 'site']);
    upgraded.close();
  });

  it('steps aside for a newer version opened elsewhere, and says so if it is too old itself', async () => {
    await store.add(makeSample());
    const newer = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('redflag-samples', SAMPLE_DB_VERSION + 1);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
      request.onblocked = () => reject(new Error('blocked: the store did not close its connection'));
    });
    newer.close();
    await expect(store.count()).rejects.toThrow('The samples in this browser were saved by a newer RedFlag. Update RedFlag to open them.');
  });
});
