// The redflag command as a Unix filter: each test spawns the real CLI.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_MESSAGES } from '../../src/format/conversation.ts';

const bin = fileURLToPath(new URL('../../src/cli/bin.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'redflag-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const lines = ['{"id":"a","text":"hi"}', '{"id":"b","text":"my aunt is a senior analyst"}'];
const file = join(dir, 'two.jsonl');
writeFileSync(file, `${lines.join('\n')}\n`);

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end; `stdin` is text to send, or a file descriptor to give it. */
function run(command: string, args: string[], io: { stdin?: string | number; stdout?: number } = {}): Promise<Run> {
  const child = spawn(command, args, { stdio: [typeof io.stdin === 'number' ? io.stdin : 'pipe', io.stdout ?? 'pipe', 'pipe'] });
  child.stdin?.end(typeof io.stdin === 'string' ? io.stdin : '');
  return finished(child);
}

const redflag = (args: string[], io?: { stdin?: string | number; stdout?: number }): Promise<Run> => run(process.execPath, [bin, ...args], io);

function finished(child: ChildProcess): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Whether reading this path fails with `code` here (what fails depends on the system, and on being root). */
function readFails(path: string, code: string): boolean {
  try {
    readFileSync(path);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === code;
  }
}

const ids = (r: Run): string[] => r.stdout.trim().split('\n').map((l) => JSON.parse(l).id);

describe('the redflag command as a filter', () => {
  it('ends quietly when the reader has had enough (| head -1), and stops reading', async () => {
    const child = spawn(process.execPath, [bin, 'scan', '--no-model', '-']);
    const result = finished(child);
    child.stdin.on('error', () => {}); // the CLI may be gone before our last write lands
    child.stdin.write(`${lines[0]}\n`);
    await new Promise<void>((resolve) => {
      let got = '';
      child.stdout.on('data', (c: Buffer) => {
        got += c.toString();
        if (got.includes('\n')) resolve();
      });
    });
    child.stdout.destroy();
    // More input, and standard input left open: the CLI must stop by itself.
    child.stdin.write(`${lines[1]}\n${lines[0]}\n`);
    const { code, stderr } = await result;
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it.skipIf(!existsSync('/dev/full'))('reports an output that cannot be written in one line, with exit code 3', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const { code, stderr } = await redflag(['scan', '--no-model', file], { stdout: full });
      expect(stderr).toBe('redflag: cannot write output: no space left on device (ENOSPC)\n');
      expect(code).toBe(3);
    } finally {
      closeSync(full);
    }
  });

  it('refuses a directory, as a path or as standard input, in one line with exit code 2', async () => {
    expect(await redflag(['scan', dir])).toEqual({ code: 2, stdout: '', stderr: `redflag: cannot read ${dir}: it is a directory\n` });
    const fd = openSync(dir, 'r');
    try {
      expect(await redflag(['scan', '-'], { stdin: fd })).toEqual({ code: 2, stdout: '', stderr: 'redflag: cannot read standard input: it is a directory\n' });
    } finally {
      closeSync(fd);
    }
  });

  it.skipIf(!readFails('/proc/self/mem', 'EIO'))('reports a read error from the input stream in one line with exit code 2', async () => {
    // /proc/self/mem opens (even for root) but reading from offset 0 fails with EIO.
    expect(await redflag(['scan', '--no-model', '/proc/self/mem'])).toEqual({ code: 2, stdout: '', stderr: 'redflag: cannot read /proc/self/mem: i/o error (EIO)\n' });
  });

  it('reads a FIFO', async () => {
    const fifo = join(dir, 'fifo');
    execFileSync('mkfifo', [fifo]);
    // A separate writer: opening a FIFO blocks until its reader comes.
    const writer = spawn('cp', [file, fifo]);
    try {
      const result = await redflag(['scan', '--no-model', fifo]);
      expect(result).toEqual(expect.objectContaining({ code: 0, stderr: '' }));
      expect(ids(result)).toEqual(['a', 'b']);
    } finally {
      if (writer.exitCode === null) writer.kill();
    }
  });

  it('reads /dev/stdin and process substitution, <(...), which are pipes', async () => {
    const piped = await run('bash', ['-c', 'cat "$2" | "$0" "$1" scan --no-model /dev/stdin', process.execPath, bin, file]);
    expect(piped).toEqual(expect.objectContaining({ code: 0, stderr: '' }));
    expect(ids(piped)).toEqual(['a', 'b']);
    // Node gives a child a socket, not a pipe, and a socket cannot be opened by name.
    const socket = await redflag(['scan', '--no-model', '/dev/stdin'], { stdin: readFileSync(file, 'utf8') });
    expect(socket).toEqual(expect.objectContaining({ code: 0, stderr: '' }));
    expect(ids(socket)).toEqual(['a', 'b']);
    const substituted = await run('bash', ['-c', 'exec "$0" "$1" scan --no-model <(cat "$2")', process.execPath, bin, file]);
    expect(substituted).toEqual(expect.objectContaining({ code: 0, stderr: '' }));
    expect(ids(substituted)).toEqual(['a', 'b']);
  });

  it('documents its exit codes', async () => {
    const { code, stdout } = await redflag(['--help']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/0 {2}all lines scanned[^]*1 {2}some lines had errors[^]*2 {2}usage error[^]*3 {2}the output could not be written/);
  });
});

describe('domain findings', () => {
  it('reports reported platforms and look-alike exchanges as reasons, quoting the domain', async () => {
    const input = [
      '{"id":"l","messages":[{"from":"them","text":"Register at coinbase-pro-global.com, my aunt is an analyst"}]}',
      '{"id":"r","text":"the platform is zymomer.cc, deposit there"}',
      '{"id":"ok","text":"I keep my coins on coinbase.com"}',
    ].join('\n');
    const r = await redflag(['scan', '-'], { stdin: input });
    const [lookalike, reported, real] = r.stdout.trim().split('\n').map((l) => JSON.parse(l) as { reasons: Array<{ rule: string; evidence: { quote: string } | null }> });
    expect(lookalike!.reasons).toContainEqual(expect.objectContaining({ rule: 'lookalike_domain', evidence: expect.objectContaining({ quote: 'coinbase-pro-global.com' }) }));
    expect(reported!.reasons).toContainEqual(expect.objectContaining({ rule: 'reported_platform', evidence: expect.objectContaining({ quote: 'zymomer.cc' }) }));
    expect(real!.reasons.map((x) => x.rule)).not.toContain('lookalike_domain');
    expect(real!.reasons.map((x) => x.rule)).not.toContain('private_link');
  });
});

describe('memory', () => {
  it(`scans one conversation of ${MAX_MESSAGES.toLocaleString('en')} messages with the model in under 400 MB`, async () => {
    const messages = Array.from({ length: MAX_MESSAGES }, (_, i) => ({ from: i % 2 ? 'me' : 'them', text: `hi ${i}` }));
    // The child reports its peak resident memory (kB) on file descriptor 3 as it exits.
    const reportPeak = `import { writeSync } from 'node:fs'; process.on('exit', () => writeSync(3, String(process.resourceUsage().maxRSS)));`;
    const child = spawn(process.execPath, ['--max-old-space-size=300', '--import', `data:text/javascript,${encodeURIComponent(reportPeak)}`, bin, 'scan', '-'], {
      stdio: ['pipe', 'pipe', 'pipe', 'pipe'],
    });
    let peak = '';
    (child.stdio[3] as Readable).on('data', (c: Buffer) => (peak += c.toString()));
    const result = finished(child);
    child.stdin!.end(`${JSON.stringify({ id: 'big', messages })}\n`);
    const { code, stdout, stderr } = await result;
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).id).toBe('big');
    expect(Number(peak) / 1024).toBeLessThan(400);
  }, 120_000);
});
