import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fnv1a } from '../engine/hash.ts';

/**
 * Readers for the public corpora in ../shared/data (see its README.md). They
 * are read in place, never copied into this repository. The location is
 * configurable: REDFLAG_DATA or `--data DIR`.
 */
export function defaultDataRoot(): string {
  return process.env.REDFLAG_DATA ?? join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data');
}

export const DATA_FILES = {
  janitr: ['x-janitr/posts.jsonl', 'x-janitr/split/train.ids.txt', 'x-janitr/split/valid.ids.txt', 'x-janitr/split/calib.ids.txt', 'x-janitr/split/holdout.ids.txt'],
  uci: ['sms-uci/SMSSpamCollection.tsv'],
  exais: ['holdout/sms-exais/exais_sms_flat.tsv'],
  dailydialog: ['holdout/dailydialog/test_dialogues.txt'],
  xdailydialog: ['xdailydialog-dev/de.txt', 'xdailydialog-dev/it.txt', 'xdailydialog-dev/zh.txt'],
} as const;

/** Throws a clear error naming every missing file, and how to point at the data. */
export function requireData(root: string, sets: ReadonlyArray<keyof typeof DATA_FILES>): void {
  const missing = sets.flatMap((s) => DATA_FILES[s].map((f) => join(root, f))).filter((f) => !existsSync(f));
  if (missing.length > 0) {
    throw new Error(
      `The shared data sets are not where expected (${root}). Missing:\n  ${missing.join('\n  ')}\n` +
        'Set REDFLAG_DATA (or pass --data DIR) to the folder that holds x-janitr/, sms-uci/ and holdout/.',
    );
  }
}

export type JanitrSplit = 'train' | 'valid' | 'calib' | 'holdout';

export interface JanitrPost {
  id: string;
  text: string;
  /** Any of janitr's scam, phishing or recovery_scam labels. */
  scam: boolean;
  split: JanitrSplit;
}

/** janitr's posts with its own frozen split (the `holdout` ids are report-only). */
export function loadJanitr(root: string): JanitrPost[] {
  const splitOfId = new Map<string, JanitrSplit>();
  for (const split of ['train', 'valid', 'calib', 'holdout'] as const) {
    for (const line of readFileSync(join(root, `x-janitr/split/${split}.ids.txt`), 'utf8').split('\n')) if (line.trim()) splitOfId.set(line.trim(), split);
  }
  const posts: JanitrPost[] = [];
  for (const line of readFileSync(join(root, 'x-janitr/posts.jsonl'), 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id: string; source_id?: string; text: string; labels: string[] };
    const split = splitOfId.get(o.id) ?? (o.source_id ? splitOfId.get(String(o.source_id)) : undefined);
    if (!split || typeof o.text !== 'string') continue;
    posts.push({ id: o.id, text: o.text, scam: o.labels.some((l) => l === 'scam' || l === 'phishing' || l === 'recovery_scam'), split });
  }
  return posts;
}

export type SimpleSplit = 'train' | 'dev' | 'test';

export interface SmsMessage {
  text: string;
  spam: boolean;
  /** UCI has no official split: a stable hash of the text assigns 60/20/20. */
  split: SimpleSplit;
}

export function loadUciSms(root: string): SmsMessage[] {
  const lines = readFileSync(join(root, DATA_FILES.uci[0]), 'utf8').split('\n').slice(1);
  return lines
    .filter((l) => l.includes('\t'))
    .map((l) => {
      const tab = l.indexOf('\t');
      const text = l.slice(tab + 1).replace(/\r$/, '');
      const bucket = fnv1a(text) % 10;
      return { text, spam: l.slice(0, tab) === 'spam', split: bucket < 6 ? 'train' : bucket < 8 ? 'dev' : 'test' };
    });
}

/** ExAIS ham messages. Report only: read once by the evaluation. */
export function loadExaisHam(root: string): string[] {
  return readFileSync(join(root, DATA_FILES.exais[0]), 'utf8')
    .split('\n')
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((cols) => cols[3] === 'HAM' && cols.length >= 5)
    .map((cols) => cols.slice(4).join('\t'));
}

/** DailyDialog test dialogues, as lists of utterances. Report only. */
export function loadDailyDialog(root: string): string[][] {
  return readFileSync(join(root, DATA_FILES.dailydialog[0]), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) =>
      l
        .split('__eou__')
        .map((u) => u.trim())
        .filter(Boolean),
    );
}

/** XDailyDialog dev dialogues (human translations of DailyDialog) in one language: ordinary talk for false-alarm checks. */
export function loadXDailyDialog(root: string, lang: 'de' | 'it' | 'zh' | 'en'): string[][] {
  return readFileSync(join(root, `xdailydialog-dev/${lang}.txt`), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) =>
      l
        .split('__eou__')
        .map((u) => u.trim())
        .filter(Boolean),
    );
}
