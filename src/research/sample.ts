import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { type Level, LEVELS, type Stage, STAGES } from '../engine/types.ts';

// A researcher sample: one redacted conversation excerpt with the verdict RedFlag gave it and,
// later, the researcher's label. Pure: no browser API, so the CLI, the store and the tests share it.
// The record is versioned: an older one is migrated on read, a newer one is refused by name.

export const SAMPLE_VERSION = 1;
export const SAMPLE_SCHEMA = `redflag.sample/${SAMPLE_VERSION}` as const;

/** Limits that keep one record, and the store, bounded whatever a file holds. */
export const MAX_SAMPLE_MESSAGES = 2_000;
export const MAX_SAMPLE_TEXT = 100_000;
export const MAX_NOTE = 2_000;
const MAX_REASONS = 1_000;
const MAX_SHORT = 200;

export const SAMPLE_LABELS = ['scam', 'not_scam', 'unsure'] as const;
export type SampleLabel = (typeof SAMPLE_LABELS)[number];

/** The kinds of personal data redaction replaces; the sample keeps only how many of each. */
export const REDACTION_KINDS = ['PERSON', 'PHONE', 'EMAIL', 'HANDLE', 'ADDRESS'] as const;
export type RedactionKind = (typeof REDACTION_KINDS)[number];

export interface SampleReason {
  rule: string;
  text: string;
  stage: Stage;
  points: number;
  /** Index of the message in the excerpt. */
  message: number;
  evidence: { start: number; end: number; quote: string } | null;
}

export interface SampleMessage {
  from: 'them' | 'me';
  text: string;
  /** ISO 8601. */
  time?: string;
}

export interface Sample {
  schema: typeof SAMPLE_SCHEMA;
  /** The first 32 hex digits of a SHA-256 of the site and the redacted messages (see `sampleId`). */
  id: string;
  /** ISO 8601, in UTC. */
  savedAt: string;
  /** Saved with the "Save sample" button, or automatically at `high`. */
  how: 'manual' | 'auto';
  /** The site adapter's id ('whatsapp', 'telegram-k', ...) or 'cli'. */
  site: string;
  /** Main language of the other party's messages, when known. */
  language: string | null;
  versions: { engine: string; rules: string; model: string | null };
  verdict: {
    level: Level;
    risk: number;
    stage: Stage | null;
    /** Excerpt index of the message where each stage began. */
    stages: Partial<Record<Stage, number>>;
    reasons: SampleReason[];
  };
  /** The redacted excerpt. */
  messages: SampleMessage[];
  /** Index of the excerpt's first message in the page's conversation, and how many messages the page held. */
  excerpt: { first: number; total: number };
  /** How many values of each kind redaction replaced: counts only, never the values. */
  redaction: Partial<Record<RedactionKind, number>>;
  label: { value: SampleLabel; note: string; at: string } | null;
}

export type ParsedSample = { ok: true; sample: Sample } | { ok: false; error: string };

/** Turns a record of schema version n into one of version n + 1 (schema field set by `migrateSample`). */
export type SampleMigration = (older: Record<string, unknown>) => Record<string, unknown>;

/**
 * SAMPLE_MIGRATIONS[n] upgrades a `redflag.sample/n` record to `/n+1`. Only version 1 exists so
 * far; when the schema changes, add a step here and never edit a released one: samples already
 * exported in files must keep reading.
 */
export const SAMPLE_MIGRATIONS: Readonly<Record<number, SampleMigration>> = {};

/**
 * The same excerpt from the same site always gets the same id, so saving it twice or importing a
 * file again adds nothing. JSON of [site, messages] with fixed key order is unambiguous where a
 * plain concatenation is not.
 */
export function sampleId(site: string, messages: readonly SampleMessage[]): string {
  const canonical = messages.map((m) => (m.time === undefined ? { from: m.from, text: m.text } : { from: m.from, text: m.text, time: m.time }));
  return bytesToHex(sha256(utf8ToBytes(JSON.stringify([site, canonical])))).slice(0, 32);
}

/** Upgrades an older record step by step to the current version. */
export function migrateSample(
  record: Record<string, unknown>,
  from: number,
  migrations: Readonly<Record<number, SampleMigration>> = SAMPLE_MIGRATIONS,
): { ok: true; record: Record<string, unknown> } | { ok: false; error: string } {
  let current = record;
  for (let version = from; version < SAMPLE_VERSION; version++) {
    const step = migrations[version];
    if (!step) return { ok: false, error: `schema redflag.sample/${from} is too old for this RedFlag to read (no upgrade from version ${version})` };
    try {
      current = { ...step(current), schema: `redflag.sample/${version + 1}` };
    } catch (e) {
      return { ok: false, error: `could not upgrade from redflag.sample/${version}: ${(e as Error).message}` };
    }
  }
  return { ok: true, record: current };
}

/**
 * Checks a sample strictly (every field, its type and range, no unknown field) and returns a fresh
 * copy with keys in schema order. Errors name the place: "messages[3].from must be them or me".
 */
export function parseSample(raw: unknown, migrations: Readonly<Record<number, SampleMigration>> = SAMPLE_MIGRATIONS): ParsedSample {
  if (!isRecord(raw)) return { ok: false, error: 'a sample must be a JSON object' };
  if (raw.schema === undefined) return { ok: false, error: 'missing field "schema" (this is not a RedFlag sample)' };
  const version = typeof raw.schema === 'string' ? /^redflag\.sample\/(\d{1,6})$/.exec(raw.schema)?.[1] : undefined;
  if (version === undefined) return { ok: false, error: `schema must be "${SAMPLE_SCHEMA}" (this is not a RedFlag sample)` };
  const n = Number(version);
  if (n > SAMPLE_VERSION) return { ok: false, error: `made by a newer RedFlag (schema redflag.sample/${n}); update RedFlag to read it` };
  let record = raw;
  if (n < SAMPLE_VERSION) {
    const migrated = migrateSample(raw, n, migrations);
    if (!migrated.ok) return migrated;
    record = migrated.record;
  }
  try {
    return { ok: true, sample: readSample(record) };
  } catch (e) {
    if (e instanceof Invalid) return { ok: false, error: e.message };
    throw e;
  }
}

/** One JSON object per line, keys in schema order. */
export function samplesToJsonl(samples: Iterable<Sample>): string {
  let out = '';
  for (const s of samples) out += `${JSON.stringify(ordered(s))}\n`;
  return out;
}

/** Reads a JSONL export. A bad line is reported with its number; the others are kept. */
export function parseSamplesJsonl(text: string): { samples: Sample[]; errors: Array<{ line: number; error: string }> } {
  const samples: Sample[] = [];
  const errors: Array<{ line: number; error: string }> = [];
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  lines.forEach((rawLine, i) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (e) {
      errors.push({ line: i + 1, error: `not valid JSON (${(e as Error).message})` });
      return;
    }
    const parsed = parseSample(value);
    if (parsed.ok) samples.push(parsed.sample);
    else errors.push({ line: i + 1, error: parsed.error });
  });
  return { samples, errors };
}

export const CSV_COLUMNS = ['id', 'savedAt', 'how', 'site', 'language', 'level', 'risk', 'stage', 'stages', 'label', 'note', 'reasons', 'first_quote', 'messages'] as const;

/** Spreadsheets cap a cell near this length and break the row beyond it. */
const MAX_CSV_CELL = 32_000;

/**
 * One row per sample, for reading in a spreadsheet (the JSONL export is the full record).
 * UTF-8 with a BOM so Excel detects the encoding; CRLF between rows as RFC 4180 has it.
 */
export function samplesToCsv(samples: Iterable<Sample>): string {
  const rows = [CSV_COLUMNS.join(',')];
  for (const s of samples) {
    const stages = STAGES.filter((st) => s.verdict.stages[st] !== undefined).map((st) => `${st}:${s.verdict.stages[st]}`);
    const transcript = s.messages.map((m) => `${m.from}: ${m.text}`).join('\n');
    const cells = [
      s.id,
      s.savedAt,
      s.how,
      s.site,
      s.language ?? '',
      s.verdict.level,
      String(s.verdict.risk),
      s.verdict.stage ?? '',
      stages.join(';'),
      s.label?.value ?? '',
      s.label?.note ?? '',
      s.verdict.reasons.map((r) => r.rule).join(';'),
      s.verdict.reasons.find((r) => r.evidence)?.evidence?.quote ?? '',
      transcript.length > MAX_CSV_CELL ? `${transcript.slice(0, MAX_CSV_CELL)}\n… (cut here; the JSONL export holds the whole excerpt)` : transcript,
    ];
    rows.push(cells.map(csvCell).join(','));
  }
  return `\uFEFF${rows.join('\r\n')}\r\n`;
}

/** RFC 4180 quoting, and a leading ' before anything a spreadsheet would run as a formula. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

// ---- validation ----

class Invalid extends Error {}

function invalid(message: string): never {
  throw new Invalid(message);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An object with exactly these fields (optional ones may be absent). */
function object(v: unknown, path: string, required: readonly string[], optional: readonly string[] = []): Record<string, unknown> {
  if (!isRecord(v)) invalid(`${path} must be an object`);
  for (const key of required) if (!Object.hasOwn(v, key)) invalid(`${path} is missing field "${key}"`);
  for (const key of Object.keys(v)) if (!required.includes(key) && !optional.includes(key)) invalid(`${path} has an unknown field "${key}"`);
  return v;
}

function string(v: unknown, path: string, max: number, allowEmpty = true): string {
  if (typeof v !== 'string') invalid(`${path} must be a string`);
  if (!allowEmpty && v.length === 0) invalid(`${path} must not be empty`);
  if (v.length > max) invalid(`${path} is too long (${v.length.toLocaleString('en')} characters; the limit is ${max.toLocaleString('en')})`);
  return v;
}

function oneOf<T extends string>(v: unknown, path: string, options: readonly T[]): T {
  if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) invalid(`${path} must be ${options.length === 2 ? options.join(' or ') : `one of ${options.join(', ')}`}`);
  return v as T;
}

function index(v: unknown, path: string, below: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) invalid(`${path} must be a whole number, 0 or more`);
  if (v >= below) invalid(`${path} must be below ${below} (the excerpt has ${below} messages)`);
  return v;
}

function count(v: unknown, path: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) invalid(`${path} must be a whole number, 0 or more`);
  return v;
}

const ISO_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

/** An ISO 8601 date and time with a zone; Date.parse alone would take 30 February. */
function isoTime(v: unknown, path: string): string {
  const m = typeof v === 'string' ? ISO_TIME.exec(v) : null;
  if (!m || Number.isNaN(Date.parse(v as string))) invalid(`${path} must be an ISO 8601 time such as 2025-01-31T18:30:00Z`);
  const [, year, month, day, hour, minute, second = '0', zoneHours = '0', zoneMinutes = '0'] = m;
  const mo = Number(month);
  const daysInMonth = new Date(Date.UTC(Number(year), mo, 0)).getUTCDate();
  if (mo < 1 || mo > 12 || Number(day) < 1 || Number(day) > daysInMonth || Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59 || Number(zoneHours) > 23 || Number(zoneMinutes) > 59) {
    invalid(`${path} is not a real date and time (${v as string})`);
  }
  return v as string;
}

/** Stored times are UTC, so they sort as text (the store's savedAt index relies on it). */
function utcTime(v: unknown, path: string): string {
  return new Date(isoTime(v, path)).toISOString();
}

const SITE = /^[a-z0-9][a-z0-9._-]*$/;
const LANGUAGE = /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i;
const ID = /^[0-9a-f]{32}$/;

function readSample(raw: Record<string, unknown>): Sample {
  const top = object(raw, 'the sample', ['schema', 'id', 'savedAt', 'how', 'site', 'language', 'versions', 'verdict', 'messages', 'excerpt', 'redaction', 'label']);
  // The schema is checked by the caller; a migration must have produced the current one.
  if (top.schema !== SAMPLE_SCHEMA) invalid(`schema must be "${SAMPLE_SCHEMA}"`);

  if (typeof top.id !== 'string' || !ID.test(top.id)) invalid('id must be 32 lowercase hexadecimal digits');
  const savedAt = utcTime(top.savedAt, 'savedAt');
  const how = oneOf(top.how, 'how', ['manual', 'auto'] as const);
  const site = string(top.site, 'site', 64, false);
  if (!SITE.test(site)) invalid('site must be a site id such as "whatsapp" or "telegram-k" (lowercase letters, digits, - . _)');
  let language: string | null = null;
  if (top.language !== null) {
    language = string(top.language, 'language', 35, false);
    if (!LANGUAGE.test(language)) invalid('language must be a language code such as "en" or "pt-BR", or null');
  }

  const v = object(top.versions, 'versions', ['engine', 'rules', 'model']);
  const versions = {
    engine: string(v.engine, 'versions.engine', MAX_SHORT, false),
    rules: string(v.rules, 'versions.rules', MAX_SHORT, false),
    model: v.model === null ? null : string(v.model, 'versions.model', MAX_SHORT, false),
  };

  if (!Array.isArray(top.messages)) invalid('messages must be an array');
  if (top.messages.length === 0) invalid('messages must hold at least one message');
  if (top.messages.length > MAX_SAMPLE_MESSAGES) invalid(`messages holds too many messages (${top.messages.length.toLocaleString('en')}; the limit is ${MAX_SAMPLE_MESSAGES.toLocaleString('en')})`);
  const messages = top.messages.map((raw, i): SampleMessage => {
    const path = `messages[${i}]`;
    const m = object(raw, path, ['from', 'text'], ['time']);
    const from = oneOf(m.from, `${path}.from`, ['them', 'me'] as const);
    const text = string(m.text, `${path}.text`, MAX_SAMPLE_TEXT);
    // Message times are kept as written: they are part of the id.
    return m.time === undefined ? { from, text } : { from, text, time: isoTime(m.time, `${path}.time`) };
  });
  const expected = sampleId(site, messages);
  if (top.id !== expected) invalid(`id does not match the site and messages (expected ${expected}): the sample was changed after it was saved`);

  const d = object(top.verdict, 'verdict', ['level', 'risk', 'stage', 'stages', 'reasons']);
  const level = oneOf(d.level, 'verdict.level', LEVELS);
  if (typeof d.risk !== 'number' || !(d.risk >= 0 && d.risk <= 1)) invalid('verdict.risk must be a number from 0 to 1');
  const stage = d.stage === null ? null : oneOf(d.stage, 'verdict.stage', STAGES);
  const s = object(d.stages, 'verdict.stages', [], STAGES);
  const stages: Partial<Record<Stage, number>> = {};
  for (const st of STAGES) if (s[st] !== undefined) stages[st] = index(s[st], `verdict.stages.${st}`, messages.length);
  if (!Array.isArray(d.reasons)) invalid('verdict.reasons must be an array');
  if (d.reasons.length > MAX_REASONS) invalid(`verdict.reasons holds too many reasons (the limit is ${MAX_REASONS})`);
  const reasons = d.reasons.map((raw, i): SampleReason => {
    const path = `verdict.reasons[${i}]`;
    const r = object(raw, path, ['rule', 'text', 'stage', 'points', 'message', 'evidence']);
    const message = index(r.message, `${path}.message`, messages.length);
    if (typeof r.points !== 'number' || !Number.isFinite(r.points)) invalid(`${path}.points must be a number`);
    let evidence: SampleReason['evidence'] = null;
    if (r.evidence !== null) {
      const e = object(r.evidence, `${path}.evidence`, ['start', 'end', 'quote']);
      const text = messages[message]!.text;
      const start = count(e.start, `${path}.evidence.start`);
      const end = count(e.end, `${path}.evidence.end`);
      if (start > end || end > text.length) invalid(`${path}.evidence must lie within messages[${message}].text (0 to ${text.length})`);
      const quote = string(e.quote, `${path}.evidence.quote`, MAX_SAMPLE_TEXT);
      // The quote is the redacted text it points at, never a copy that could hold what redaction removed.
      if (quote !== text.slice(start, end)) invalid(`${path}.evidence.quote must be the text of messages[${message}] from ${start} to ${end}`);
      evidence = { start, end, quote };
    }
    return {
      rule: string(r.rule, `${path}.rule`, MAX_SHORT, false),
      text: string(r.text, `${path}.text`, MAX_NOTE),
      stage: oneOf(r.stage, `${path}.stage`, STAGES),
      points: r.points,
      message,
      evidence,
    };
  });

  const x = object(top.excerpt, 'excerpt', ['first', 'total']);
  const excerpt = { first: count(x.first, 'excerpt.first'), total: count(x.total, 'excerpt.total') };
  if (excerpt.first + messages.length > excerpt.total) invalid(`excerpt.total (${excerpt.total}) must count at least the excerpt's ${messages.length} messages from excerpt.first (${excerpt.first})`);

  const c = object(top.redaction, 'redaction', [], REDACTION_KINDS);
  const redaction: Partial<Record<RedactionKind, number>> = {};
  for (const kind of REDACTION_KINDS) if (c[kind] !== undefined) redaction[kind] = count(c[kind], `redaction.${kind}`);

  let label: Sample['label'] = null;
  if (top.label !== null) {
    const l = object(top.label, 'label', ['value', 'note', 'at']);
    label = { value: oneOf(l.value, 'label.value', SAMPLE_LABELS), note: string(l.note, 'label.note', MAX_NOTE), at: utcTime(l.at, 'label.at') };
  }

  return { schema: SAMPLE_SCHEMA, id: expected, savedAt, how, site, language, versions, verdict: { level, risk: d.risk, stage, stages, reasons }, messages, excerpt, redaction, label };
}

/** A copy with keys in schema order, whatever order the object was built in. */
function ordered(s: Sample): Sample {
  const stages: Partial<Record<Stage, number>> = {};
  for (const st of STAGES) if (s.verdict.stages[st] !== undefined) stages[st] = s.verdict.stages[st];
  const redaction: Partial<Record<RedactionKind, number>> = {};
  for (const kind of REDACTION_KINDS) if (s.redaction[kind] !== undefined) redaction[kind] = s.redaction[kind];
  return {
    schema: s.schema,
    id: s.id,
    savedAt: s.savedAt,
    how: s.how,
    site: s.site,
    language: s.language,
    versions: { engine: s.versions.engine, rules: s.versions.rules, model: s.versions.model },
    verdict: {
      level: s.verdict.level,
      risk: s.verdict.risk,
      stage: s.verdict.stage,
      stages,
      reasons: s.verdict.reasons.map((r) => ({
        rule: r.rule,
        text: r.text,
        stage: r.stage,
        points: r.points,
        message: r.message,
        evidence: r.evidence && { start: r.evidence.start, end: r.evidence.end, quote: r.evidence.quote },
      })),
    },
    messages: s.messages.map((m) => (m.time === undefined ? { from: m.from, text: m.text } : { from: m.from, text: m.text, time: m.time })),
    excerpt: { first: s.excerpt.first, total: s.excerpt.total },
    redaction,
    label: s.label && { value: s.label.value, note: s.label.note, at: s.label.at },
  };
}
