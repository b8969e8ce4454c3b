import { describe, expect, it } from 'vitest';
import {
  csvCell,
  MAX_NOTE,
  MAX_SAMPLE_MESSAGES,
  MAX_SAMPLE_TEXT,
  migrateSample,
  parseSample,
  parseSamplesJsonl,
  type Sample,
  SAMPLE_SCHEMA,
  sampleId,
  samplesToCsv,
  samplesToJsonl,
} from '../../src/research/sample.ts';
import { asJson, makeSample } from './samples.ts';

const SCHEMA_ORDER = ['schema', 'id', 'savedAt', 'how', 'site', 'language', 'versions', 'verdict', 'messages', 'excerpt', 'redaction', 'label'];

function errorOf(raw: unknown): string {
  const parsed = parseSample(raw);
  if (parsed.ok) throw new Error('expected the sample to be refused');
  return parsed.error;
}

/** Edits a sample's messages and keeps its id right, so only the edit is under test. */
function withMessages(sample: Sample, messages: unknown[]): Record<string, unknown> {
  const raw = asJson(sample);
  raw.messages = messages;
  raw.id = sampleId(sample.site, messages as Sample['messages']);
  return raw;
}

describe('sampleId', () => {
  const messages: Sample['messages'] = [{ from: 'them', text: 'hi' }, { from: 'me', text: 'who?', time: '2025-01-01T00:00:00.000Z' }];

  it('is 32 hex digits and the same for the same site and messages', () => {
    const id = sampleId('whatsapp', messages);
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(sampleId('whatsapp', structuredClone(messages))).toBe(id);
    // Key order in the message objects does not matter: the JSON is canonical.
    expect(sampleId('whatsapp', [{ text: 'hi', from: 'them' } as Sample['messages'][number], messages[1]!])).toBe(id);
  });

  it('changes with the site, the sender, the text and the time', () => {
    const id = sampleId('whatsapp', messages);
    expect(sampleId('telegram-k', messages)).not.toBe(id);
    expect(sampleId('whatsapp', [{ from: 'me', text: 'hi' }, messages[1]!])).not.toBe(id);
    expect(sampleId('whatsapp', [{ from: 'them', text: 'hi ' }, messages[1]!])).not.toBe(id);
    expect(sampleId('whatsapp', [messages[0]!, { from: 'me', text: 'who?' }])).not.toBe(id);
  });

  it('cannot be fooled by moving text across the site/message boundary', () => {
    expect(sampleId('ab', [{ from: 'them', text: 'c' }])).not.toBe(sampleId('a', [{ from: 'them', text: 'bc' }]));
    expect(sampleId('x', [{ from: 'them', text: 'a' }, { from: 'them', text: 'b' }])).not.toBe(sampleId('x', [{ from: 'them', text: 'a", "b' }]));
  });
});

describe('parseSample', () => {
  it('accepts a valid sample and returns a copy with keys in schema order', () => {
    const sample = makeSample();
    const shuffled = Object.fromEntries(Object.entries(asJson(sample)).reverse());
    const parsed = parseSample(shuffled);
    expect(parsed).toEqual({ ok: true, sample });
    if (parsed.ok) expect(Object.keys(parsed.sample)).toEqual(SCHEMA_ORDER);
  });

  it('normalises savedAt and label times to UTC, keeping the instant', () => {
    const raw = asJson(makeSample());
    raw.savedAt = '2025-03-01T12:00:00+02:00';
    raw.label = { value: 'scam', note: '', at: '2025-03-02T00:30:00-01:00' };
    const parsed = parseSample(raw);
    expect(parsed.ok && parsed.sample.savedAt).toBe('2025-03-01T10:00:00.000Z');
    expect(parsed.ok && parsed.sample.label?.at).toBe('2025-03-02T01:30:00.000Z');
  });

  it('keeps hostile text as data, byte for byte', () => {
    const text = '<img src=x onerror=alert(1)> pa\u200By\u202Eme \uD83D\uDCB0 раypal';
    const sample = makeSample({ texts: [text, 'ok'] });
    expect(sample.messages[0]!.text).toBe(text);
    const back = parseSamplesJsonl(samplesToJsonl([sample]));
    expect(back.samples[0]!.messages[0]!.text).toBe(text);
  });

  it.each([
    ['not an object', 'a sample must be a JSON object', () => [1, 2]],
    ['no schema', 'missing field "schema" (this is not a RedFlag sample)', (r: Record<string, unknown>) => ({ ...r, schema: undefined })],
    ['a foreign schema', 'schema must be "redflag.sample/1" (this is not a RedFlag sample)', (r: Record<string, unknown>) => ({ ...r, schema: 'other/1' })],
    ['a missing field', 'the sample is missing field "label"', (r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'label'))],
    ['an unknown field', 'the sample has an unknown field "phone"', (r: Record<string, unknown>) => ({ ...r, phone: '+1 555 0100' })],
    ['a prototype key', 'the sample has an unknown field "__proto__"', (r: Record<string, unknown>) => JSON.parse(JSON.stringify(r).replace('{', '{"__proto__":{"x":1},'))],
    ['a bad how', 'how must be manual or auto', (r: Record<string, unknown>) => ({ ...r, how: 'bulk' })],
    ['a bad level', 'verdict.level must be one of none, low, medium, high', (r: Record<string, unknown>) => ({ ...r, verdict: { ...(r.verdict as object), level: 'severe' } })],
    ['a risk above 1', 'verdict.risk must be a number from 0 to 1', (r: Record<string, unknown>) => ({ ...r, verdict: { ...(r.verdict as object), risk: 1.5 } })],
    ['a bad savedAt', 'savedAt must be an ISO 8601 time', (r: Record<string, unknown>) => ({ ...r, savedAt: 'yesterday' })],
    ['30 February', 'savedAt is not a real date and time', (r: Record<string, unknown>) => ({ ...r, savedAt: '2025-02-30T10:00:00Z' })],
    ['a bad language', 'language must be a language code', (r: Record<string, unknown>) => ({ ...r, language: 'english please' })],
    ['a bad site', 'site must be a site id', (r: Record<string, unknown>) => ({ ...r, site: '<script>' })],
    ['a bad label', 'label.value must be one of scam, not_scam, unsure', (r: Record<string, unknown>) => ({ ...r, label: { value: 'maybe', note: '', at: '2025-03-01T10:00:00Z' } })],
    ['an unknown redaction kind', 'redaction has an unknown field "SSN"', (r: Record<string, unknown>) => ({ ...r, redaction: { SSN: 1 } })],
    ['a negative redaction count', 'redaction.PHONE must be a whole number, 0 or more', (r: Record<string, unknown>) => ({ ...r, redaction: { PHONE: -1 } })],
    ['an excerpt larger than the page', 'excerpt.total (3) must count at least', (r: Record<string, unknown>) => ({ ...r, excerpt: { first: 1, total: 3 } })],
    ['a stage mark past the excerpt', 'verdict.stages.hook must be below 3', (r: Record<string, unknown>) => ({ ...r, verdict: { ...(r.verdict as object), stages: { hook: 3 } } })],
  ])('refuses %s', (_what, message, edit) => {
    expect(errorOf(edit(asJson(makeSample())))).toContain(message);
  });

  it('names the message and field at fault', () => {
    const sample = makeSample({ texts: ['a', 'b', 'c', 'd'] });
    const messages = asJson(sample).messages as Array<Record<string, unknown>>;
    messages[3]!.from = 'someone';
    expect(errorOf(withMessages(sample, messages))).toBe('messages[3].from must be them or me');
    messages[3] = { from: 'them', text: 'd', time: 1_700_000_000_000 };
    expect(errorOf(withMessages(sample, messages))).toContain('messages[3].time must be an ISO 8601 time');
    messages[3] = { from: 'them', text: 'd', phone: '555' };
    expect(errorOf(withMessages(sample, messages))).toBe('messages[3] has an unknown field "phone"');
  });

  it('enforces the size limits', () => {
    const sample = makeSample();
    expect(makeSample({ texts: ['x'.repeat(MAX_SAMPLE_TEXT)] }).messages[0]!.text).toHaveLength(MAX_SAMPLE_TEXT);
    expect(errorOf(withMessages(sample, [{ from: 'them', text: 'x'.repeat(MAX_SAMPLE_TEXT + 1) }]))).toBe('messages[0].text is too long (100,001 characters; the limit is 100,000)');

    const many = Array.from({ length: MAX_SAMPLE_MESSAGES + 1 }, () => ({ from: 'them', text: 'hi' }));
    expect(errorOf(withMessages(sample, many))).toBe('messages holds too many messages (2,001; the limit is 2,000)');
    expect(errorOf(withMessages(sample, []))).toBe('messages must hold at least one message');

    const raw = asJson(sample);
    raw.label = { value: 'scam', note: 'n'.repeat(MAX_NOTE + 1), at: '2025-03-01T10:00:00Z' };
    expect(errorOf(raw)).toBe('label.note is too long (2,001 characters; the limit is 2,000)');
  });

  it('refuses a sample whose messages were changed after saving (the id no longer matches)', () => {
    const raw = asJson(makeSample());
    (raw.messages as Array<{ text: string }>)[1]!.text = 'call me on +1 555 0100';
    expect(errorOf(raw)).toMatch(/^id does not match the site and messages \(expected [0-9a-f]{32}\)/);
  });

  it('refuses evidence that does not quote the stored text it points at', () => {
    const raw = asJson(makeSample());
    const reason = (raw.verdict as { reasons: Array<{ evidence: unknown; message: number }> }).reasons[0]!;
    reason.evidence = { start: 0, end: 5, quote: '+1 555 0100' };
    expect(errorOf(raw)).toBe('verdict.reasons[0].evidence.quote must be the text of messages[0] from 0 to 5');
    reason.evidence = { start: 3, end: 500, quote: 'x' };
    expect(errorOf(raw)).toContain('verdict.reasons[0].evidence must lie within messages[0].text');
    reason.evidence = null;
    reason.message = 7;
    expect(errorOf(raw)).toBe('verdict.reasons[0].message must be below 3 (the excerpt has 3 messages)');
  });

  it('refuses a sample from a newer RedFlag by name', () => {
    expect(errorOf({ ...asJson(makeSample()), schema: 'redflag.sample/2' })).toBe('made by a newer RedFlag (schema redflag.sample/2); update RedFlag to read it');
  });
});

describe('migrateSample', () => {
  // A made-up version 0: messages had "body" instead of "text", and savedAt was milliseconds.
  const current = makeSample();
  const v0 = {
    ...asJson(current),
    schema: 'redflag.sample/0',
    savedAt: Date.parse(current.savedAt),
    messages: current.messages.map((m) => ({ from: m.from, body: m.text })),
  };
  const migrations = {
    0: (old: Record<string, unknown>) => ({
      ...old,
      savedAt: new Date(old.savedAt as number).toISOString(),
      messages: (old.messages as Array<{ from: string; body: string }>).map((m) => ({ from: m.from, text: m.body })),
    }),
  };

  it('upgrades an older record step by step, then validates it', () => {
    expect(parseSample(v0, migrations)).toEqual({ ok: true, sample: current });
  });

  it('says when no upgrade exists, and when one fails', () => {
    expect(errorOf(v0)).toBe('schema redflag.sample/0 is too old for this RedFlag to read (no upgrade from version 0)');
    const broken = migrateSample(v0, 0, {
      0: () => {
        throw new Error('bad shape');
      },
    });
    expect(broken).toEqual({ ok: false, error: 'could not upgrade from redflag.sample/0: bad shape' });
  });

  it('still checks what a migration produced', () => {
    const sloppy = { 0: (old: Record<string, unknown>) => old };
    expect(parseSample(v0, sloppy)).toEqual({ ok: false, error: 'savedAt must be an ISO 8601 time such as 2025-01-31T18:30:00Z' });
  });
});

describe('JSONL', () => {
  const samples = [makeSample(), makeSample({ site: 'telegram-k', texts: ['hi'], label: { value: 'scam', note: 'classic "aunt" script', at: '2025-03-02T00:00:00.000Z' } })];

  it('writes one object per line, keys in schema order, and reads it back equal', () => {
    const text = samplesToJsonl(samples);
    const lines = text.split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toBe('');
    expect(Object.keys(JSON.parse(lines[0]!) as object)).toEqual(SCHEMA_ORDER);
    expect(lines[0]!.startsWith(`{"schema":"${SAMPLE_SCHEMA}","id":"${samples[0]!.id}"`)).toBe(true);
    expect(parseSamplesJsonl(text)).toEqual({ samples, errors: [] });
  });

  it('reports a bad line by number and keeps the rest', () => {
    const [a, b] = samplesToJsonl(samples).split('\n');
    const text = `\uFEFF${a}\r\n\r\n{"schema": "redflag.sample/1"\n${JSON.stringify({ ...asJson(samples[0]!), how: 'psychic' })}\n${b}\n`;
    const parsed = parseSamplesJsonl(text);
    expect(parsed.samples).toEqual(samples);
    expect(parsed.errors).toHaveLength(2);
    expect(parsed.errors[0]!.line).toBe(3);
    expect(parsed.errors[0]!.error).toMatch(/^not valid JSON/);
    expect(parsed.errors[1]).toEqual({ line: 4, error: 'how must be manual or auto' });
  });
});

/** A small RFC 4180 reader, to check the CSV cell by cell. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c !== '"') cell += c;
      else if (text[i + 1] === '"') {
        cell += '"';
        i++;
      } else quoted = false;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('CSV', () => {
  it('writes a header and one row per sample, with a BOM for Excel', () => {
    const sample = makeSample({ texts: ['Hello, "friend"', 'who is this?\nreally', 'Aunt says BTC will 10x'], label: { value: 'not_scam', note: 'my cousin', at: '2025-03-02T00:00:00Z' } });
    const csv = samplesToCsv([sample]);
    expect(csv.startsWith('\uFEFFid,savedAt,how,site,language,level,risk,stage,stages,label,note,reasons,first_quote,messages\r\n')).toBe(true);
    const [header, row, ...rest] = readCsv(csv.slice(1));
    expect(rest).toEqual([]);
    expect(Object.fromEntries(header!.map((h, i) => [h, row![i]]))).toEqual({
      id: sample.id,
      savedAt: '2025-03-01T10:00:00.000Z',
      how: 'manual',
      site: 'whatsapp',
      language: 'en',
      level: 'high',
      risk: '0.93',
      stage: 'wealth',
      stages: 'hook:0;wealth:2',
      label: 'not_scam',
      note: 'my cousin',
      reasons: 'wrong_number;wealth_mentor',
      first_quote: 'Hello',
      messages: 'them: Hello, "friend"\nme: who is this?\nreally\nthem: Aunt says BTC will 10x',
    });
  });

  it('quotes cells per RFC 4180 and defuses formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=HYPERLINK("http://x","click")')).toBe('"\'=HYPERLINK(""http://x"",""click"")"');
    expect(csvCell('+1 555 0100')).toBe("'+1 555 0100");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('defuses a formula in any cell, such as a note', () => {
    const sample = makeSample({ label: { value: 'scam', note: '=cmd|" /C calc"!A0', at: '2025-03-02T00:00:00Z' } });
    const row = readCsv(samplesToCsv([sample]).slice(1))[1]!;
    expect(row[10]).toBe('\'=cmd|" /C calc"!A0');
  });

  it('cuts a transcript too long for a spreadsheet cell, and says so', () => {
    const sample = makeSample({ texts: Array.from({ length: 40 }, () => 'y'.repeat(1000)) });
    const cell = readCsv(samplesToCsv([sample]).slice(1))[1]![13]!;
    expect(cell.length).toBeLessThan(32_767);
    expect(cell.endsWith('… (cut here; the JSONL export holds the whole excerpt)')).toBe(true);
  });
});
