import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { LEVELS, type Stage, STAGES } from '../engine/types.ts';
import { MAX_NOTE, parseSamplesJsonl, REDACTION_KINDS, type RedactionKind, type Sample, SAMPLE_LABELS, type SampleLabel, samplesToCsv, samplesToJsonl } from '../research/sample.ts';
import { type ImportResult, SAMPLE_WARN_AT, type SampleFilter, type SampleStore } from '../research/store.ts';

// The researcher's review page: the stored samples, their labels, export and import. Every
// piece of sample text is rendered as text (Preact text nodes), never as markup.

export interface SampleReviewProps {
  store: SampleStore;
  /** Hands a file to the browser to save (the page turns the Blob into a download). */
  download: (fileName: string, blob: Blob) => void;
  /** Reads a picked file; File.text() unless a test says otherwise. */
  readFile?: (file: File) => Promise<string>;
  now?: () => Date;
}

/** A larger file is not a sample export; reading it would only stall the page. */
export const MAX_IMPORT_BYTES = 200 * 1024 * 1024;
/** How many unreadable lines an import report lists before "and N more". */
const ERRORS_SHOWN = 10;
const CONFIRM_ALL = 'delete all';
/** Language select value for samples whose language is unknown (no language code looks like it). */
const UNKNOWN_LANGUAGE = '?';

const LABEL_TEXT: Record<SampleLabel, string> = { scam: 'Scam', not_scam: 'Not a scam', unsure: 'Unsure' };
const REDACTION_TEXT: Record<RedactionKind, [string, string]> = {
  PERSON: ['name', 'names'],
  PHONE: ['phone number', 'phone numbers'],
  EMAIL: ['e-mail address', 'e-mail addresses'],
  HANDLE: ['handle', 'handles'],
  ADDRESS: ['street address', 'street addresses'],
};

const number = (n: number): string => n.toLocaleString('en');
const plural = (n: number, one: string, many: string): string => `${number(n)} ${n === 1 ? one : many}`;
const stageText = (stage: Stage | null): string => (stage ? stage.replace('_', ' ') : 'no stage');
const labelText = (label: Sample['label']): string => (label ? LABEL_TEXT[label.value] : 'Unlabelled');
const when = (iso: string): string => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function localDate(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

interface Loaded {
  samples: Sample[];
  /** Every stored sample, for the counts and the filters' choices. */
  all: Sample[];
  count: number;
  unreadable: number;
}

export function SampleReview({ store, download, readFile = (f) => f.text(), now = () => new Date() }: SampleReviewProps) {
  const [filter, setFilter] = useState<SampleFilter>({});
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [selected, setSelected] = useState<Sample | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const listHeading = useRef<HTMLHeadingElement>(null);

  // Store failures are shown, never thrown into the page.
  const attempt = useCallback(async (action: () => Promise<void>): Promise<void> => {
    try {
      setProblem(null);
      await action();
    } catch (e) {
      setProblem((e as Error).message);
    }
  }, []);

  // Filters can change faster than the store answers: only the latest answer is shown.
  const latest = useRef(0);
  const reload = useCallback(
    () =>
      attempt(async () => {
        const ticket = ++latest.current;
        const [all, shown, count] = await Promise.all([store.list(), store.list(filter), store.count()]);
        if (ticket === latest.current) setLoaded({ samples: shown.samples, all: all.samples, count, unreadable: all.unreadable });
      }),
    [store, filter, attempt],
  );
  useEffect(() => void reload(), [reload]);

  const open = (sample: Sample): void => {
    setNotice(null);
    setSelected(sample);
  };
  const closeDeleted = async (message: string): Promise<void> => {
    setSelected(null);
    setNotice(message);
    await reload();
    listHeading.current?.focus();
  };

  const exportAs = (kind: 'jsonl' | 'csv'): Promise<void> =>
    attempt(async () => {
      const { samples } = await store.list();
      const [text, type] = kind === 'jsonl' ? [samplesToJsonl(samples), 'application/x-ndjson'] : [samplesToCsv(samples), 'text/csv;charset=utf-8'];
      download(`redflag-samples-${localDate(now())}.${kind}`, new Blob([text], { type }));
    });

  return (
    <main>
      <header>
        <h1>
          RedFlag <span class="subtitle">Research samples</span>
        </h1>
      </header>

      <section aria-labelledby="about-title">
        <h2 id="about-title">What this is</h2>
        <p>
          Samples are parts of conversations RedFlag warned about, kept so you can label them and share them with researchers who improve
          RedFlag. They are stored only in this browser. Names, phone numbers, e-mail addresses, handles and street addresses were replaced
          before saving. Nothing is sent anywhere: a sample leaves this browser only in a file you export yourself.
        </p>
      </section>

      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
      {loaded && <Capacity count={loaded.count} cap={store.cap} unreadable={loaded.unreadable} />}

      <section aria-labelledby="files-title">
        <h2 id="files-title">Export and import</h2>
        <div class="actions">
          <button type="button" disabled={!loaded || loaded.all.length === 0} onClick={() => void exportAs('jsonl')}>
            Export JSONL
          </button>
          <button type="button" disabled={!loaded || loaded.all.length === 0} onClick={() => void exportAs('csv')}>
            Export CSV
          </button>
        </div>
        <p class="hint">Exports hold every sample (not only those the filters show). JSONL keeps everything and can be imported again; CSV is for reading in a spreadsheet.</p>
        <Importer store={store} readFile={readFile} attempt={attempt} onImported={reload} />
      </section>

      <section aria-labelledby="list-title">
        <h2 id="list-title" tabIndex={-1} ref={listHeading}>
          Samples
        </h2>
        {notice && <p role="status">{notice}</p>}
        <Filters filter={filter} all={loaded?.all ?? []} onChange={setFilter} />
        {loaded &&
          (loaded.samples.length === 0 ? (
            <p class="hint">{loaded.all.length === 0 ? 'No samples yet.' : 'No sample matches these filters.'}</p>
          ) : (
            <ul class="samples">
              {loaded.samples.map((s) => (
                <li key={s.id}>
                  <button type="button" class="row" aria-current={selected?.id === s.id ? 'true' : undefined} onClick={() => open(s)}>
                    <span class="when">{when(s.savedAt)}</span>
                    <span class={`level ${s.verdict.level}`}>{s.verdict.level}</span>
                    <span>{s.site}</span>
                    <span>{stageText(s.verdict.stage)}</span>
                    <span>{s.language ?? 'language unknown'}</span>
                    <span class="label">{labelText(s.label)}</span>
                    <span class="first-reason" dir="auto">
                      {s.verdict.reasons[0]?.text ?? 'No reason recorded'}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          ))}
      </section>

      {selected && (
        <SampleDetail
          key={selected.id}
          sample={selected}
          store={store}
          attempt={attempt}
          onLabelled={async (sample) => {
            setSelected(sample);
            await reload();
          }}
          onDeleted={() => closeDeleted('The sample was deleted.')}
        />
      )}

      <DeleteAll store={store} attempt={attempt} disabled={!loaded || loaded.count === 0} onDeleted={() => closeDeleted('All samples were deleted.')} />
    </main>
  );
}

function Capacity({ count, cap, unreadable }: { count: number; cap: number; unreadable: number }) {
  return (
    <section aria-labelledby="capacity-title">
      <h2 id="capacity-title">Storage</h2>
      <p id="capacity-text">
        {number(count)} of {number(cap)} samples
      </p>
      <progress max={cap} value={count} aria-labelledby="capacity-text" />
      {count >= cap ? (
        <p role="status" class="warning">
          The store is full: RedFlag saves no more samples. Export and delete some to save more.
        </p>
      ) : (
        count >= cap * SAMPLE_WARN_AT && (
          <p role="status" class="warning">
            The store is nearly full. At {number(cap)} samples RedFlag saves no more: export and delete some to save more.
          </p>
        )
      )}
      {unreadable > 0 && (
        <p class="warning">
          {plural(unreadable, 'stored sample could not be read and is', 'stored samples could not be read and are')} left out. “Delete all samples” removes{' '}
          {unreadable === 1 ? 'it' : 'them'}.
        </p>
      )}
    </section>
  );
}

function Filters({ filter, all, onChange }: { filter: SampleFilter; all: Sample[]; onChange: (next: SampleFilter) => void }) {
  const sites = [...new Set(all.map((s) => s.site))].sort();
  const languages = [...new Set(all.map((s) => s.language).filter((l): l is string => l !== null))].sort();
  const set = <K extends keyof SampleFilter>(key: K, value: SampleFilter[K] | undefined): void => {
    const next = { ...filter };
    if (value === undefined) delete next[key];
    else next[key] = value;
    onChange(next);
  };
  const language = filter.language === undefined ? '' : (filter.language ?? UNKNOWN_LANGUAGE);
  return (
    <fieldset class="filters">
      <legend>Show</legend>
      <label>
        Level
        <select value={filter.level ?? ''} onChange={(e) => set('level', (e.currentTarget.value || undefined) as SampleFilter['level'])}>
          <option value="">Any level</option>
          {LEVELS.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
      </label>
      <label>
        Stage
        <select value={filter.stage ?? ''} onChange={(e) => set('stage', (e.currentTarget.value || undefined) as SampleFilter['stage'])}>
          <option value="">Any stage</option>
          {STAGES.map((s) => (
            <option key={s} value={s}>
              {stageText(s)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Site
        <select value={filter.site ?? ''} onChange={(e) => set('site', e.currentTarget.value || undefined)}>
          <option value="">Any site</option>
          {sites.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label>
        Language
        <select
          value={language}
          onChange={(e) => {
            const v = e.currentTarget.value;
            set('language', v === '' ? undefined : v === UNKNOWN_LANGUAGE ? null : v);
          }}
        >
          <option value="">Any language</option>
          {languages.map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
          <option value={UNKNOWN_LANGUAGE}>Unknown</option>
        </select>
      </label>
      <label>
        Label
        <select value={filter.label ?? ''} onChange={(e) => set('label', (e.currentTarget.value || undefined) as SampleFilter['label'])}>
          <option value="">Any label</option>
          <option value="unlabelled">Unlabelled</option>
          {SAMPLE_LABELS.map((l) => (
            <option key={l} value={l}>
              {LABEL_TEXT[l]}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}

interface DetailProps {
  sample: Sample;
  store: SampleStore;
  attempt: (action: () => Promise<void>) => Promise<void>;
  onLabelled: (sample: Sample) => Promise<void>;
  onDeleted: () => Promise<void>;
}

function SampleDetail({ sample, store, attempt, onLabelled, onDeleted }: DetailProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirming, setConfirming] = useState(false);
  useEffect(() => heading.current?.focus(), []);
  const redacted = REDACTION_KINDS.filter((k) => (sample.redaction[k] ?? 0) > 0).map((k) => plural(sample.redaction[k]!, ...REDACTION_TEXT[k]));
  const { first, total } = sample.excerpt;
  return (
    <section aria-labelledby="detail-title" class="detail">
      <h2 id="detail-title" tabIndex={-1} ref={heading}>
        Sample from {sample.site}, {when(sample.savedAt)}
      </h2>
      <dl class="facts">
        <dt>Level</dt>
        <dd>
          {sample.verdict.level} (risk {Math.round(sample.verdict.risk * 100)}%)
        </dd>
        <dt>Furthest stage</dt>
        <dd>{stageText(sample.verdict.stage)}</dd>
        <dt>Language</dt>
        <dd>{sample.language ?? 'unknown'}</dd>
        <dt>Saved</dt>
        <dd>{sample.how === 'auto' ? 'automatically, at high risk' : 'with “Save sample”'}</dd>
        <dt>Excerpt</dt>
        <dd>
          messages {number(first + 1)} to {number(first + sample.messages.length)} of the {number(total)} on the page
        </dd>
        <dt>Replaced before saving</dt>
        <dd>{redacted.length > 0 ? redacted.join(', ') : 'nothing'}</dd>
      </dl>

      <h3>Conversation</h3>
      <ol class="transcript">
        {sample.messages.map((m, i) => (
          <li key={i} class={`message ${m.from}`}>
            <span class="who">
              {m.from === 'them' ? 'Them' : 'Me'}, message {number(i + 1)}
              {m.time && (
                <>
                  {', '}
                  <time dateTime={m.time}>{when(m.time)}</time>
                </>
              )}
            </span>
            <p class="text" dir="auto">
              {m.text}
            </p>
          </li>
        ))}
      </ol>

      <h3>Reasons</h3>
      {sample.verdict.reasons.length === 0 ? (
        <p class="hint">No reason recorded.</p>
      ) : (
        <ul class="reasons">
          {sample.verdict.reasons.map((r, i) => (
            <li key={i}>
              <span dir="auto">{r.text}</span>{' '}
              <span class="hint">
                ({r.rule}, {stageText(r.stage)}, {r.points} points, message {number(r.message + 1)})
              </span>
              {r.evidence && (
                <blockquote dir="auto" class="quote">
                  {r.evidence.quote}
                </blockquote>
              )}
            </li>
          ))}
        </ul>
      )}

      <h3>Versions</h3>
      <dl class="facts">
        <dt>Engine</dt>
        <dd>{sample.versions.engine}</dd>
        <dt>Rules</dt>
        <dd>{sample.versions.rules}</dd>
        <dt>Model</dt>
        <dd>{sample.versions.model ?? 'none (rules alone)'}</dd>
      </dl>

      <LabelEditor sample={sample} store={store} attempt={attempt} onLabelled={onLabelled} />

      <h3>Delete</h3>
      {confirming ? (
        <div class="confirm" role="group" aria-labelledby="confirm-delete-text">
          <p id="confirm-delete-text">Delete this sample? This cannot be undone.</p>
          <div class="actions">
            <button
              type="button"
              class="danger"
              onClick={() =>
                void attempt(async () => {
                  await store.remove(sample.id);
                  await onDeleted();
                })
              }
            >
              Yes, delete it
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              Keep it
            </button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={() => setConfirming(true)}>
          Delete this sample
        </button>
      )}
    </section>
  );
}

function LabelEditor({ sample, store, attempt, onLabelled }: Omit<DetailProps, 'onDeleted'>) {
  const [value, setValue] = useState<SampleLabel | null>(sample.label?.value ?? null);
  const [note, setNote] = useState(sample.label?.note ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const save = (): Promise<void> =>
    attempt(async () => {
      await store.label(sample.id, value, value === null ? '' : note);
      const updated = await store.get(sample.id);
      setSaved(value === null ? 'The label was removed.' : `Labelled: ${LABEL_TEXT[value].toLowerCase()}.`);
      if (updated) await onLabelled(updated);
    });
  return (
    <>
      <h3 id="label-title">Label</h3>
      <div class="actions" role="group" aria-labelledby="label-title">
        {SAMPLE_LABELS.map((l) => (
          <button
            key={l}
            type="button"
            class="choice"
            aria-pressed={value === l}
            onClick={() => {
              setValue(value === l ? null : l);
              setSaved(null);
            }}
          >
            {LABEL_TEXT[l]}
          </button>
        ))}
      </div>
      <label class="note" for="label-note">
        Note (optional, up to {number(MAX_NOTE)} characters)
      </label>
      <textarea id="label-note" maxLength={MAX_NOTE} rows={3} value={note} onInput={(e) => {
          setNote(e.currentTarget.value);
          setSaved(null);
        }}
      />
      <div class="actions">
        <button type="button" class="primary" disabled={value === null && sample.label === null} onClick={() => void save()}>
          {value === null && sample.label !== null ? 'Remove label' : 'Save label'}
        </button>
      </div>
      {saved && <p role="status">{saved}</p>}
    </>
  );
}

function Importer({ store, readFile, attempt, onImported }: { store: SampleStore; readFile: (f: File) => Promise<string>; attempt: DetailProps['attempt']; onImported: () => Promise<void> }) {
  const [report, setReport] = useState<{ result: ImportResult; errors: Array<{ line: number; error: string }> } | null>(null);
  const [busy, setBusy] = useState(false);
  const pick = (input: HTMLInputElement): Promise<void> =>
    attempt(async () => {
      const file = input.files?.[0];
      // Cleared so that picking the same file again imports it again.
      input.value = '';
      if (!file) return;
      setReport(null);
      if (file.size > MAX_IMPORT_BYTES) throw new Error(`${file.name} is too large to be a sample export (${number(Math.round(file.size / 1024 / 1024))} MB).`);
      setBusy(true);
      try {
        const { samples, errors } = parseSamplesJsonl(await readFile(file));
        const result = await store.importSamples(samples);
        setReport({ result, errors });
        await onImported();
      } finally {
        setBusy(false);
      }
    });
  return (
    <div class="import">
      <label for="import-file">Import samples from a JSONL export</label>
      <input id="import-file" type="file" accept=".jsonl,.ndjson,.json,application/x-ndjson,application/json" disabled={busy} onChange={(e) => void pick(e.currentTarget)} />
      {report && (
        <div role="status" class="import-report">
          <p>
            Added {number(report.result.added)}, already there {number(report.result.duplicates)}, refused {number(report.result.refused)} (store full).
            {report.errors.length > 0 && ` ${plural(report.errors.length, 'line', 'lines')} could not be read:`}
          </p>
          {report.errors.length > 0 && (
            <ul>
              {report.errors.slice(0, ERRORS_SHOWN).map((e) => (
                <li key={e.line}>
                  line {e.line}: {e.error}
                </li>
              ))}
              {report.errors.length > ERRORS_SHOWN && <li>and {number(report.errors.length - ERRORS_SHOWN)} more</li>}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

function DeleteAll({ store, attempt, disabled, onDeleted }: { store: SampleStore; attempt: DetailProps['attempt']; disabled: boolean; onDeleted: () => Promise<void> }) {
  const [typed, setTyped] = useState('');
  const confirmed = typed.trim().toLowerCase() === CONFIRM_ALL;
  return (
    <section aria-labelledby="delete-all-title">
      <h2 id="delete-all-title">Delete all samples</h2>
      <p>This removes every sample from this browser. Export them first if you want to keep them.</p>
      <form
        class="actions"
        onSubmit={(e) => {
          e.preventDefault();
          if (!confirmed) return;
          void attempt(async () => {
            await store.clear();
            setTyped('');
            await onDeleted();
          });
        }}
      >
        <label for="delete-all-confirm">Type “{CONFIRM_ALL}” to confirm</label>
        <input id="delete-all-confirm" autocomplete="off" value={typed} disabled={disabled} onInput={(e) => setTyped(e.currentTarget.value)} />
        <button type="submit" class="danger" disabled={disabled || !confirmed}>
          Delete all samples
        </button>
      </form>
    </section>
  );
}
