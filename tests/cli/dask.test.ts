// The Dask recipe (tests/cli/dask_scan.py): redflag scan as the map step of a
// LocalCluster with two worker processes gives the same lines as one local run.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = join(root, 'src/cli/bin.js');
const recipe = join(root, 'tests/cli/dask_scan.py');
const dir = mkdtempSync(join(tmpdir(), 'redflag-dask-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Debian's python3-distributed installs into the system Python, which another python3 on PATH (pyenv) does not see. */
function pythonWithDistributed(): string | null {
  for (const python of ['/usr/bin/python3', 'python3']) {
    try {
      execFileSync(python, ['-c', 'import dask.bag, distributed'], { stdio: 'ignore' });
      return python;
    } catch {
      // not this one
    }
  }
  return null;
}

/** For the recipe's --redflag, which it splits as a shell would. */
const quote = (s: string): string => `'${s.replaceAll("'", "'\\''")}'`;

function run(command: string, args: string[], stdin?: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(command, args, { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
  child.stdin.end(stdin ?? '');
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

describe('redflag scan on Dask', () => {
  it('gives, on a LocalCluster of two processes, the lines one local run gives, in order', { timeout: 600_000 }, async () => {
    const python = pythonWithDistributed();
    if (!python) throw new Error('Dask is missing: install it with `apt-get install -y python3-distributed` (Debian; .ci/run does)');
    const files = ['dt', 'ev', 'grp', 'sea'].map((f) => join(root, 'model/corpus', `${f}.jsonl`));
    const output = join(dir, 'verdicts.jsonl');
    const dask = await run(python, [recipe, '--workers', '2', '--partitions', '6', '--no-model', '--redflag', `${quote(process.execPath)} ${quote(bin)}`, '-o', output, ...files]);
    expect(dask.code, dask.stderr).toBe(0);
    expect(dask.stderr).toMatch(/dask_scan: 6 partitions scanned on 2 of 2 workers/);

    const local = await run(process.execPath, [bin, 'scan', '--no-model', '-'], files.map((f) => readFileSync(f, 'utf8')).join(''));
    expect(local.code).toBe(0);
    const lines = readFileSync(output, 'utf8').split('\n');
    expect(lines.length).toBeGreaterThan(200);
    expect(lines).toEqual(local.stdout.split('\n'));
  });
});
