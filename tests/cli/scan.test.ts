import { execFile } from 'node:child_process';
import { PassThrough, Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/cli/io.ts';
import { scanStream } from '../../src/cli/scan.ts';
import { MAX_MESSAGES } from '../../src/format/conversation.ts';

async function scanText(input: string | Buffer, pretty = false): Promise<{ lines: string[]; errors: number; scanned: number }> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  const summary = await scanStream(Readable.from([Buffer.from(input)]), out, { pretty });
  out.end();
  return { lines: Buffer.concat(chunks).toString('utf8').split('\n').filter(Boolean), ...summary };
}

const scamLine = JSON.stringify({
  id: 'scam',
  messages: [
    { from: 'them', text: 'my aunt is a senior analyst, I can teach you to trade crypto' },
    { from: 'them', text: 'the returns are guaranteed, send usdt to the deposit address' },
  ],
});

describe('redflag scan', () => {
  it('prints one verdict per line, in order, with the documented fields', async () => {
    const { lines } = await scanText(`${scamLine}\n{"id":"short","text":"see you at 6"}\n`);
    expect(lines).toHaveLength(2);
    const first = JSON.parse(lines[0]!);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['id', 'risk', 'level', 'stage', 'warnedAt', 'reasons']));
    expect(first.id).toBe('scam');
    expect(['medium', 'high']).toContain(first.level);
    expect(first.reasons[0]).toEqual(expect.objectContaining({ rule: expect.any(String), message: 0, text: expect.any(String) }));
    expect(first.reasons[0].evidence.quote).toBe('my aunt is a senior analyst');
    const second = JSON.parse(lines[1]!);
    expect(second).toEqual(expect.objectContaining({ id: 'short', level: 'none', stage: null, warnedAt: null, reasons: [] }));
  });

  it('reports each bad line in place and scans every other line', async () => {
    const input = [
      scamLine,
      '{not json',
      '{"id":"x"}',
      '{"id":"y","messages":[{"from":"them","text":42}]}',
      '{"id":"z","messages":[{"from":"someone","text":"hi"}]}',
      '[1,2,3]',
      JSON.stringify({ id: 'huge', messages: [{ from: 'them', text: 'a'.repeat(10 * 1024 * 1024) }] }),
      '{"messages":[]}',
      '{"id":"t","messages":[{"from":"them","text":"hi","time":"yesterday-ish"}]}',
      scamLine,
    ].join('\n');
    const { lines, errors, scanned } = await scanText(input);
    expect(scanned).toBe(2);
    expect(errors).toBe(8);
    const records = lines.map((l) => JSON.parse(l));
    expect(records.map((r) => r.line ?? r.id)).toEqual(['scam', 2, 3, 4, 5, 6, 7, 8, 9, 'scam']);
    expect(records[1].error).toMatch(/not valid JSON/);
    expect(records[2].error).toBe('missing field "messages" (or "text" for a one-message conversation)');
    expect(records[3].error).toBe('message 0: "text" must be a string, not a number');
    expect(records[4].error).toMatch(/"from" must be "them" or "me"/);
    expect(records[5].error).toMatch(/expected a JSON object/);
    expect(records[6].error).toMatch(/text is 10,485,760 characters long; the limit is 100,000/);
    expect(records[7].error).toBe('missing field "id"');
    expect(records[8].error).toMatch(/"time" must be/);
  });

  it('skips blank lines and copes with CRLF and invalid UTF-8', async () => {
    const input = Buffer.concat([Buffer.from(`${scamLine}\r\n\r\n`), Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), Buffer.from('{"id":"b","text":"hi"}')]);
    const { lines } = await scanText(input);
    expect(lines.map((l) => JSON.parse(l))).toEqual([
      expect.objectContaining({ id: 'scam' }),
      { line: 3, error: 'line is not valid UTF-8' },
      expect.objectContaining({ id: 'b' }),
    ]);
  });

  it('prints a readable report with --pretty', async () => {
    const { lines } = await scanText(scamLine, true);
    expect(lines[0]).toMatch(/^scam: HIGH/);
    expect(lines.join('\n')).toMatch(/relative_analyst "my aunt is a senior analyst"/);
  });

  it('streams: many lines in, verdicts out as they come', async () => {
    const n = 3000;
    async function* generate() {
      for (let i = 0; i < n; i++) yield Buffer.from(`{"id":"${i}","text":"hello number ${i}"}\n`);
    }
    const out = new PassThrough({ highWaterMark: 1024 });
    let count = 0;
    out.on('data', (c: Buffer) => {
      count += c.toString().split('\n').length - 1;
    });
    const summary = await scanStream(Readable.from(generate()), out, { pretty: false });
    expect(summary.scanned).toBe(n);
    expect(count).toBe(n);
  });
});

describe('hostile and unusual input', () => {
  it('--pretty shows control and bidi characters as escapes, whatever field they come in', async () => {
    const input = [
      JSON.stringify({ id: 'evil\u001b[2J\u202e', messages: [{ from: 'them', text: 'my \u2066aunt\u2069 is a senior\u202e analyst\nreally' }] }),
      '\u001b[31m{', // JSON.parse's error message quotes the line
      JSON.stringify({ id: '\u009b31m', messages: 5 }),
    ].join('\n');
    const { lines } = await scanText(input, true);
    const text = lines.join('\n');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
    expect(lines[0]).toMatch(/^evil\\x1b\[2J\\u202e: /);
    expect(text).toContain('"my \\u2066aunt\\u2069 is a senior\\u202e analyst"');
    expect(text).toContain(`line 2: error: not valid JSON (Unexpected token '\\x1b', "\\x1b[31m{" is not valid JSON)`);
    expect(text).toContain('line 3 (id \\x9b31m): error: "messages" must be an array');
  });

  it('JSON lines escape the characters JSON.stringify leaves raw (C1, bidi, U+2028), keeping the data', async () => {
    const id = 'a\u202eb\u0085c\u2028d';
    const { lines } = await scanText(JSON.stringify({ id, text: 'hi' }));
    expect(lines[0]).toMatch(/^\{"id":"a\\u202eb\\u0085c\\u2028d",/);
    expect(JSON.parse(lines[0]!).id).toBe(id);
  });

  it('echoes a numeric id with its exact digits, as a number, in verdicts, errors and --pretty', async () => {
    const input = [
      '{"id": 12345678901234567890, "text": "hi"}',
      '{"text": "hi", "id": 1.50}', // not leading the line: read by the lossless parser
      '{"id":-98765432109876543210,"messages":5}',
      '{"id":"12345678901234567890","text":"hi"}',
    ].join('\n');
    const { lines } = await scanText(input);
    expect(lines[0]).toMatch(/^\{"id":12345678901234567890,"risk":/);
    expect(lines[1]).toMatch(/^\{"id":1.50,"risk":/);
    expect(lines[2]).toBe('{"line":3,"id":-98765432109876543210,"error":"\\"messages\\" must be an array"}');
    expect(lines[3]).toMatch(/^\{"id":"12345678901234567890",/);
    const pretty = (await scanText(input, true)).lines;
    expect(pretty[0]).toMatch(/^12345678901234567890: no concern/);
    expect(pretty).toContain('line 3 (id -98765432109876543210): error: "messages" must be an array');
  });

  it(`refuses a conversation over ${MAX_MESSAGES.toLocaleString('en')} messages, in place`, async () => {
    const many = JSON.stringify({ id: 'many', messages: Array.from({ length: MAX_MESSAGES + 1 }, () => ({ from: 'them', text: 'hi' })) });
    const { lines, errors, scanned } = await scanText(`${many}\n{"id":"next","text":"hi"}`);
    expect(JSON.parse(lines[0]!)).toEqual({ line: 1, id: 'many', error: 'too many messages (100,001; the limit is 100,000)' });
    expect(JSON.parse(lines[1]!).id).toBe('next');
    expect({ errors, scanned }).toEqual({ errors: 1, scanned: 1 });
  });

  it('stops with an InputError when the input fails part-way, after printing the lines before it', async () => {
    const input = new Readable({ read() {} });
    input.push(`${scamLine}\n`);
    const out = new PassThrough();
    const printed: string[] = [];
    out.on('data', (c: Buffer) => {
      printed.push(c.toString());
      input.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
    });
    const scan = scanStream(input, out, { pretty: false });
    await expect(scan).rejects.toBeInstanceOf(InputError);
    await expect(scan).rejects.toThrow('i/o error (EIO)');
    expect(printed.join('')).toMatch(/^\{"id":"scam",/);
  });
});

describe('the redflag command', () => {
  const bin = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));
  const run = promisify(execFile);

  it('exits 1 after scanning a file with a bad line, 2 on a missing file', async () => {
    const examples = fileURLToPath(new URL('../../model/examples/conversations.jsonl', import.meta.url));
    const ok = await run('node', [bin, 'scan', examples]);
    expect(ok.stdout.trim().split('\n')).toHaveLength(5);
    const missing = await run('node', [bin, 'scan', '/nonexistent.jsonl']).catch((e: { code: number; stderr: string }) => e);
    expect(missing).toEqual(expect.objectContaining({ code: 2, stderr: expect.stringMatching(/cannot read \/nonexistent.jsonl: no such file/) }));
    const child = execFile('node', [bin, 'scan', '-']);
    child.stdin!.end('{"id":"a","text":"hi"}\nbroken\n');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
  });
});
