// `redflag scan` on real chat exports and `redflag eval`: each test spawns the real CLI.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { numbered } from '../../src/cli/report.ts';

const bin = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../format/fixtures/', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'redflag-exports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function redflag(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile(process.execPath, [bin, ...args], { maxBuffer: 1 << 26 }, (error, stdout, stderr) =>
      resolve({ code: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(stdin ?? '');
  });
}

const verdicts = (stdout: string) => stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; level: string; stage: string | null });

describe('redflag scan on chat exports', () => {
  it('tells a WhatsApp export by its lines and scores the other party (the exporter known from the chat)', async () => {
    const { code, stdout } = await redflag(['scan', '--no-model', join(fixtures, 'whatsapp-android-en-us.txt')]);
    expect(code).toBe(0);
    const [v] = verdicts(stdout);
    expect(v!.id).toBe('whatsapp-android-en-us: +1 415 555 0142');
    expect(v!.level).toBe('high');
    expect(v!.stage).toBe('withdrawal');
  });

  it('reads the zipped export and a UTF-16 copy the same way as the plain text', async () => {
    const plain = await redflag(['scan', '--no-model', '--me', 'Maya Lin', join(fixtures, 'whatsapp-android-en-us.txt')]);
    const utf16 = await redflag(['scan', '--no-model', '--me', 'Maya Lin', join(fixtures, 'whatsapp-android-en-us-utf16le.txt')]);
    expect(verdicts(utf16.stdout).map((v) => [v.level, v.stage])).toEqual(verdicts(plain.stdout).map((v) => [v.level, v.stage]));
    const zip = await redflag(['scan', '--no-model', '--me', 'Tom Baker', join(fixtures, 'whatsapp-ios.zip')]);
    expect(zip.code).toBe(0);
    expect(verdicts(zip.stdout).map((v) => v.id)).toEqual(['whatsapp-ios: Priya Shah']);
  });

  it('without --me, lists the participants and stops with exit code 2 when it cannot tell who you are', async () => {
    const { code, stdout, stderr } = await redflag(['scan', '--no-model', join(fixtures, 'whatsapp-ios.zip')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/say who you are with --me NAME; participants: Priya Shah, Tom Baker/);
    const unknown = await redflag(['scan', '--no-model', '--me', 'Nobody', join(fixtures, 'whatsapp-ios.zip')]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Priya Shah, Tom Baker/);
  });

  it('scores each other participant of a group on their own', async () => {
    const { code, stdout } = await redflag(['scan', '--no-model', '--format', 'whatsapp', '--me', 'Jonas', join(fixtures, 'whatsapp-android-de.txt')]);
    expect(code).toBe(0);
    expect(verdicts(stdout).map((v) => v.id)).toEqual(['whatsapp-android-de: Mama', 'whatsapp-android-de: Lena Hoffmann']);
  });

  it('reads a Telegram Desktop export from standard input, and prints a timeline with --pretty', async () => {
    const { code, stdout } = await redflag(['scan', '--no-model', '--pretty', '-'], readFileSync(join(fixtures, 'telegram-personal.json'), 'utf8'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Sophie Chen: Sophie Chen: HIGH/);
    expect(stdout).toMatch(/timeline: First contact \(message \d+, 2023-12-2\d \d\d:\d\d\) > .* > Fees or taxes to withdraw/);
  });

  it('gives a clear error for a broken export and for input it cannot place', async () => {
    const broken = join(dir, 'result.json');
    writeFileSync(broken, '{\n  "name": "x",\n  "messages": [ {"id": 1,');
    const bad = await redflag(['scan', '--no-model', broken]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/Telegram Desktop export/);
    const unknown = await redflag(['scan', '--no-model', '-'], 'just some words\nand more\n');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/say it with --format/);
    const corrupt = join(dir, 'chat.zip');
    writeFileSync(corrupt, Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect((await redflag(['scan', '--no-model', corrupt])).code).toBe(2);
  });

  it('writes an evidence report for each warned conversation with --report, and says so', async () => {
    const target = join(dir, 'report.html');
    const { code, stderr } = await redflag(['scan', '--no-model', '--report', target, '--country', 'GB', join(fixtures, 'whatsapp-android-en-us.txt')]);
    expect(code).toBe(0);
    expect(stderr).toContain(`evidence report written to ${target}`);
    const html = readFileSync(target, 'utf8');
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Fees or taxes to withdraw');
    expect(html).toContain('coinvexa-pro.top');
    expect(html).toContain('Action Fraud');
    const quiet = await redflag(['scan', '--no-model', '--report', join(dir, 'none.html'), '-'], '{"id":"a","text":"see you at six"}\n');
    expect(quiet.stderr).toMatch(/no evidence report written/);
    expect(existsSync(join(dir, 'none.html'))).toBe(false);
    expect(numbered('out/report.html', 3)).toBe('out/report-3.html');
    expect(numbered('report', 2)).toBe('report-2');
  });

  it('redacts the report with --redact and refuses an unknown --country', async () => {
    const target = join(dir, 'redacted.html');
    await redflag(['scan', '--no-model', '--redact', '--report', target, join(fixtures, 'whatsapp-android-en-us.txt')]);
    const html = readFileSync(target, 'utf8');
    expect(html).not.toContain('415 555 0142');
    expect(html).toContain('coinvexa-pro.top');
    const bad = await redflag(['scan', '--country', 'XX', '-'], '');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--country: no report places for "XX"/);
  });
});

describe('redflag eval', () => {
  const labelled = [
    { id: 's1', label: 'scam', lang: 'en', messages: [
      { from: 'them', text: 'Hi is this Jenny? sorry wrong number', stage: 'hook' },
      { from: 'them', text: 'My aunt is a senior analyst, she gives me signals. 30% a week', stage: 'pitch' },
      { from: 'them', text: 'Pay the 20% tax before you can withdraw', stage: 'withdrawal' },
    ] },
    { id: 's2', label: 'scam', lang: 'es', messages: [{ from: 'them', text: 'hola' }] },
    { id: 'b1', label: 'benign', lang: 'en', messages: [{ from: 'them', text: 'see you at six for dinner' }] },
    { id: 'b2', label: { value: 'not_scam', note: '', at: '2026-01-01T00:00:00Z' }, messages: [{ from: 'them', text: 'lunch tomorrow?' }] },
    { id: 'u1', label: { value: 'unsure', note: '', at: '2026-01-01T00:00:00Z' }, messages: [{ from: 'them', text: 'hmm' }] },
  ];
  const file = join(dir, 'labelled.jsonl');
  writeFileSync(file, `${labelled.map((l) => JSON.stringify(l)).join('\n')}\nnot json\n`);

  it('prints precision, recall, F1, false-positive rate and warned-by-the-first-pitch, per language', async () => {
    const { code, stdout, stderr } = await redflag(['eval', '--no-model', '--json', file]);
    expect(code).toBe(1); // one line had an error
    expect(stderr).toMatch(/line 6: not valid JSON/);
    const result = JSON.parse(stdout);
    expect(result).toEqual(expect.objectContaining({ evaluated: 4, skipped: 1, errors: 1 }));
    const all = result.results.find((r: { lang: string }) => r.lang === 'all');
    expect(all).toEqual({ lang: 'all', scams: 2, benign: 2, precision: 1, recall: 0.5, f1: 2 / 3, falsePositiveRate: 0, warnedByFirstPitch: 1, scamsWithPitch: 1 });
    expect(result.results.map((r: { lang: string }) => r.lang)).toEqual(['all', 'en', 'es']);
    const es = result.results.find((r: { lang: string }) => r.lang === 'es');
    expect(es).toEqual(expect.objectContaining({ recall: 0, precision: null, falsePositiveRate: null }));
    const table = await redflag(['eval', '--no-model', file]);
    expect(table.stdout).toMatch(/all\s+2\s+2\s+100\.0%\s+50\.0%\s+66\.7%\s+0\.0%\s+100\.0%/);
  });

  it('needs a file and says what a label must be', async () => {
    expect((await redflag(['eval'])).code).toBe(2);
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, '{"id":"x","label":"maybe","text":"hi"}\n');
    const { stderr } = await redflag(['eval', '--no-model', bad]);
    expect(stderr).toMatch(/"label" must be "scam" or "benign"/);
  });
});
