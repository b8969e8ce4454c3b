import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { samplesToJsonl } from '../../src/research/sample.ts';
import { loadTrainingSamples } from '../../src/train/samples.ts';
import { makeSample } from '../research/samples.ts';

const dir = mkdtempSync(join(tmpdir(), 'redflag-train-samples-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const at = '2026-01-01T00:00:00.000Z';

describe('labelled samples as extra training data', () => {
  it('takes scam and not-a-scam samples into the train split only, skips the rest, and names the file', () => {
    const file = join(dir, 'labelled.jsonl');
    const samples = [
      makeSample({ texts: ['My aunt is an analyst', 'ok'], label: { value: 'scam', note: '', at } }),
      makeSample({ texts: ['Dinner at six?', 'sure'], label: { value: 'not_scam', note: '', at } }),
      makeSample({ texts: ['hmm', 'what'], label: { value: 'unsure', note: '', at } }),
      makeSample({ texts: ['hello', 'hi'], label: null }),
    ];
    writeFileSync(file, samplesToJsonl(samples));
    const { conversations, sources } = loadTrainingSamples([file]);
    expect(conversations.map((c) => [c.label, c.split, c.writer])).toEqual([
      ['scam', 'train', 'samples'],
      ['benign', 'train', 'samples'],
    ]);
    expect(conversations[0]!.messages[0]!.text).toBe('My aunt is an analyst');
    expect(conversations[0]!.stages).toEqual([null, null]);
    expect(sources).toEqual([{ file: 'labelled.jsonl', sha256: expect.stringMatching(/^[0-9a-f]{64}$/), scams: 1, benign: 1, skipped: 2 }]);
  });

  it('refuses a file with lines that are not samples, naming the first', () => {
    const file = join(dir, 'bad.jsonl');
    writeFileSync(file, `${samplesToJsonl([makeSample()])}{"id":"x"}\n`);
    expect(() => loadTrainingSamples([file])).toThrow(/bad\.jsonl: 1 line\(s\) are not samples \(line 2: /);
  });
});
