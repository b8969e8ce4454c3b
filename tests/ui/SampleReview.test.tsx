// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseSamplesJsonl, type Sample, samplesToJsonl } from '../../src/research/sample.ts';
import { openSampleStore, type SampleStore } from '../../src/research/store.ts';
import { SampleReview } from '../../src/ui/SampleReview.tsx';
import { asJson, makeSample } from '../research/samples.ts';

let store: SampleStore;
let download: ReturnType<typeof vi.fn<(fileName: string, blob: Blob) => void>>;

const whatsapp = makeSample({ site: 'whatsapp', texts: ['Hi, wrong number?', 'yes', 'My aunt trades gold <b>daily</b>'], level: 'high', stage: 'deposit', savedAt: '2025-03-02T10:00:00.000Z' });
const telegram = makeSample({ site: 'telegram-k', texts: ['Привет'], level: 'medium', stage: 'rapport', language: 'ru', savedAt: '2025-03-01T10:00:00.000Z' });

beforeEach(async () => {
  store = openSampleStore('redflag-samples', new IDBFactory(), { now: () => new Date('2025-04-01T09:00:00Z') });
  download = vi.fn<(fileName: string, blob: Blob) => void>();
  await store.importSamples([whatsapp, telegram]);
});
afterEach(cleanup);

function show(props: Partial<Parameters<typeof SampleReview>[0]> = {}) {
  return render(<SampleReview store={store} download={download} now={() => new Date(2025, 3, 7, 12)} {...props} />);
}

/** The rows of the sample list, as the buttons a user picks from. */
async function rows(): Promise<HTMLElement[]> {
  const heading = await screen.findByRole('heading', { level: 2, name: 'Samples' });
  const section = heading.closest('section')!;
  await waitFor(() => expect(within(section).queryAllByRole('button').length + within(section).queryAllByText(/^No sample/).length).toBeGreaterThan(0));
  return within(section).queryAllByRole('button');
}

function select(name: string, value: string): void {
  fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });
}

describe('SampleReview', () => {
  it('says what the page is, and how full the store is', async () => {
    show();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('RedFlag Research samples');
    expect(screen.getByText(/stored only in this browser/)).toBeTruthy();
    expect(screen.getByText(/Nothing is sent anywhere/)).toBeTruthy();
    expect(await screen.findByText('2 of 2,000 samples')).toBeTruthy();
    expect(screen.queryByText(/nearly full/)).toBeNull();
  });

  it('lists samples newest first, and filters them', async () => {
    show();
    const [first, second] = await rows();
    expect(first!.textContent).toContain('whatsapp');
    expect(first!.textContent).toContain('deposit');
    expect(first!.textContent).toContain('Opened with a “wrong number”.');
    expect(second!.textContent).toContain('telegram-k');

    select('Site', 'telegram-k');
    await waitFor(async () => expect((await rows()).map((r) => r.textContent)).toEqual([expect.stringContaining('telegram-k')]));
    select('Site', '');
    select('Level', 'high');
    await waitFor(async () => expect((await rows()).map((r) => r.textContent)).toEqual([expect.stringContaining('whatsapp')]));
    select('Stage', 'rapport');
    await screen.findByText('No sample matches these filters.');
    select('Level', '');
    select('Language', 'ru');
    await waitFor(async () => expect((await rows()).map((r) => r.textContent)).toEqual([expect.stringContaining('telegram-k')]));
    select('Stage', '');
    select('Language', '');
    select('Label', 'scam');
    await screen.findByText('No sample matches these filters.');
    select('Label', 'unlabelled');
    await waitFor(async () => expect(await rows()).toHaveLength(2));
  });

  it('opens a sample as a transcript, with its reasons and versions, text shown as text', async () => {
    show();
    fireEvent.click((await rows())[0]!);
    const detail = (await screen.findByRole('heading', { level: 2, name: /^Sample from whatsapp/ })).closest('section')!;
    await waitFor(() => expect(document.activeElement?.id).toBe('detail-title'));
    const messages = within(detail).getAllByRole('listitem').filter((li) => li.classList.contains('message'));
    expect(messages.map((m) => m.className)).toEqual(['message them', 'message me', 'message them']);
    expect(messages[2]!.textContent).toContain('My aunt trades gold <b>daily</b>');
    expect(detail.querySelector('b')).toBeNull();
    expect(within(detail).getByText('Hi, w', { selector: 'blockquote' })).toBeTruthy();
    expect(detail.textContent).toContain('(wrong_number, hook, 1.5 points, message 1)');
    expect(detail.textContent).toContain('(wealth_mentor, wealth, 2 points, message 3)');
    expect(detail.textContent).toContain('r-abc123');
    expect(detail.textContent).toContain('m-2025-01');
    expect(detail.textContent).toContain('1 name');
  });

  it('saves a label with a note, and it stays', async () => {
    show();
    fireEvent.click((await rows())[1]!);
    await screen.findByRole('heading', { level: 2, name: /^Sample from telegram-k/ });
    fireEvent.click(screen.getByRole('button', { name: 'Not a scam' }));
    expect(screen.getByRole('button', { name: 'Not a scam' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.input(screen.getByLabelText(/^Note/), { target: { value: 'my cousin, <i>really</i>' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save label' }));
    await screen.findByText('Labelled: not a scam.');
    expect((await store.get(telegram.id))?.label).toEqual({ value: 'not_scam', note: 'my cousin, <i>really</i>', at: '2025-04-01T09:00:00.000Z' });
    await waitFor(async () => expect((await rows())[1]!.textContent).toContain('Not a scam'));

    // A fresh page shows it too.
    cleanup();
    show();
    fireEvent.click((await rows())[1]!);
    await screen.findByRole('heading', { level: 2, name: /^Sample from telegram-k/ });
    expect((screen.getByLabelText(/^Note/) as HTMLTextAreaElement).value).toBe('my cousin, <i>really</i>');
    fireEvent.click(screen.getByRole('button', { name: 'Not a scam' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove label' }));
    await screen.findByText('The label was removed.');
    expect((await store.get(telegram.id))?.label).toBeNull();
  });

  it('deletes a sample only after the confirm step', async () => {
    show();
    fireEvent.click((await rows())[0]!);
    await screen.findByRole('heading', { level: 2, name: /^Sample from whatsapp/ });
    fireEvent.click(screen.getByRole('button', { name: 'Delete this sample' }));
    expect(screen.getByText('Delete this sample? This cannot be undone.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(await store.count()).toBe(2);
    fireEvent.click(screen.getByRole('button', { name: 'Delete this sample' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    await screen.findByText('The sample was deleted.');
    expect(await store.get(whatsapp.id)).toBeUndefined();
    expect(await screen.findByText('1 of 2,000 samples')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: /^Sample from/ })).toBeNull();
    expect(document.activeElement?.id).toBe('list-title');
  });

  it('exports the stored samples as JSONL and CSV files', async () => {
    show();
    await rows();
    fireEvent.click(screen.getByRole('button', { name: 'Export JSONL' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(1));
    const [name, blob] = download.mock.calls[0]!;
    expect(name).toBe('redflag-samples-2025-04-07.jsonl');
    expect(parseSamplesJsonl(await blob.text())).toEqual({ samples: [whatsapp, telegram], errors: [] });

    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(download).toHaveBeenCalledTimes(2));
    const [csvName, csv] = download.mock.calls[1]!;
    expect(csvName).toBe('redflag-samples-2025-04-07.csv');
    expect(csv.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect((await csv.text()).split('\r\n')).toHaveLength(4);
  });

  it('imports a file and reports what was added, already there and unreadable', async () => {
    const fresh = makeSample({ texts: ['new one'], savedAt: '2025-03-05T00:00:00.000Z' });
    const lines = [samplesToJsonl([whatsapp]).trim(), '{oops', samplesToJsonl([fresh]).trim(), JSON.stringify({ ...asJson(telegram), how: 'telepathy' })];
    show({ readFile: async () => lines.join('\n') });
    await rows();
    const input = screen.getByLabelText('Import samples from a JSONL export') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['ignored'], 'samples.jsonl')] } });
    const report = await screen.findByText(/^Added 1, already there 1, refused 0 \(store full\)\. 2 lines could not be read:/);
    const items = within(report.closest('div')!).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^line 2: not valid JSON/);
    expect(items[1]).toBe('line 4: how must be manual or auto');
    expect(await store.count()).toBe(3);
    await screen.findByText('3 of 2,000 samples');
  });

  it('warns at 90% full and at the cap', async () => {
    const small = openSampleStore('small', new IDBFactory(), { cap: 10 });
    await small.importSamples(Array.from({ length: 9 }, (_, i) => makeSample({ texts: [`m${i}`] })));
    show({ store: small });
    expect(await screen.findByText('9 of 10 samples')).toBeTruthy();
    expect(screen.getByText(/nearly full/).getAttribute('role')).toBe('status');
    cleanup();

    await small.add(makeSample({ texts: ['the tenth'] }));
    show({ store: small });
    expect(await screen.findByText('10 of 10 samples')).toBeTruthy();
    expect(screen.getByText(/The store is full: RedFlag saves no more samples\. Export and delete some to save more\./)).toBeTruthy();
  });

  it('deletes all samples only after the typed confirmation', async () => {
    show();
    await rows();
    const button = screen.getByRole('button', { name: 'Delete all samples' }) as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText(/to confirm$/), { target: { value: 'delete' } });
    expect(button.disabled).toBe(true);
    fireEvent.input(screen.getByLabelText(/to confirm$/), { target: { value: 'Delete All' } });
    expect(button.disabled).toBe(false);
    fireEvent.click(button);
    await screen.findByText('All samples were deleted.');
    expect(await store.count()).toBe(0);
    await screen.findByText('No samples yet.');
  });

  it('shows a store failure instead of breaking', async () => {
    const failing: SampleStore = { ...store, list: () => Promise.reject(new Error('The samples in this browser were saved by a newer RedFlag. Update RedFlag to open them.')) };
    show({ store: failing });
    expect((await screen.findByRole('alert')).textContent).toContain('saved by a newer RedFlag');
  });
});

// Keeps the fixtures honest: the page's filters are only tested if the two samples differ in each.
it('uses samples that differ in every filtered field', () => {
  const differ = (pick: (s: Sample) => unknown) => pick(whatsapp) !== pick(telegram);
  expect([differ((s) => s.site), differ((s) => s.verdict.level), differ((s) => s.verdict.stage), differ((s) => s.language)]).toEqual([true, true, true, true]);
});
