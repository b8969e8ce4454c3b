import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/cli/lines.ts';

async function collect(chunks: Buffer[], max: number) {
  const out = [];
  for await (const line of readLines(Readable.from(chunks), max)) out.push(line);
  return out;
}

describe('readLines', () => {
  it('splits lines across chunk boundaries, including multi-byte characters', async () => {
    const text = Buffer.from('héllo\nwörld 💰\nlast');
    const chunks = [...text].map((b) => Buffer.from([b]));
    expect((await collect(chunks, 100)).map((l) => l.text)).toEqual(['héllo', 'wörld 💰', 'last']);
  });

  it('reports an over-long line without holding it, then goes on', async () => {
    const lines = await collect([Buffer.from('short\n'), Buffer.alloc(5000, 0x61), Buffer.from('\nafter\n')], 1000);
    expect(lines[0]!.text).toBe('short');
    expect(lines[1]!.text).toBeNull();
    expect(lines[1]!.problem).toMatch(/longer than 1000 bytes/);
    expect(lines[2]).toEqual({ number: 3, text: 'after' });
  });
});
