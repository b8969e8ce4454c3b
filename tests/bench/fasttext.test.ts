import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fastTextLine, loadFastTextBaseline } from '../../src/bench/fasttext.ts';
import type { LabelledConversation } from '../../src/corpus/load.ts';

const dir = mkdtempSync(join(tmpdir(), 'redflag-fasttext-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const SCAM = ['send the usdt to my wallet for profit', 'deposit usdt on the platform, profit daily', 'my uncle trades crypto, withdraw your profit'];
const BENIGN = ['how was dinner with your sister', 'the dog slept all afternoon', 'see you at the cinema tonight'];
const conversation = (id: number, label: 'scam' | 'benign', split: 'train' | 'test', texts: string[]): LabelledConversation => ({
  id: `c${id}`,
  family: `f${id}`,
  label,
  lang: 'en',
  platform: 'sms',
  messages: texts.flatMap((text) => [
    { from: 'them' as const, text },
    { from: 'me' as const, text: 'ok' },
  ]),
  stages: [],
  split,
  file: 't.jsonl',
  writer: 't',
});
const corpus = [
  ...Array.from({ length: 20 }, (_, i) => conversation(i, i % 2 ? 'scam' : 'benign', 'train', i % 2 ? SCAM : BENIGN)),
  conversation(100, 'scam', 'test', SCAM),
  conversation(101, 'benign', 'test', BENIGN),
];

describe('fastText baseline', () => {
  it('one lower-case line per message', () => {
    expect(fastTextLine('Send\nUSDT\tnow ')).toBe('send usdt now ');
  });

  it('trains on the train split, caches the model, and separates the labels it learnt', async () => {
    const first = await loadFastTextBaseline(corpus, dir);
    expect(first.trainedNow).toBe(true);
    expect(first.trainMessages).toBe(60); // the other party's messages only
    expect(first.predict('Send USDT to my wallet for profit')).toBeGreaterThan(0.5);
    expect(first.predict('How was dinner with your sister?')).toBeLessThan(0.5);
    expect(first.testAccuracy).toBe(1);
    expect(first.testMajority).toBe(0.5);
    expect(readdirSync(dir).filter((f) => f.endsWith('.bin'))).toHaveLength(1);

    const second = await loadFastTextBaseline(corpus, dir);
    expect(second.trainedNow).toBe(false);
    expect(second.predict('deposit usdt on the platform')).toBeCloseTo(first.predict('deposit usdt on the platform'), 6);
  });
});
