import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a } from '../engine/hash.ts';
import { STAGES, type Message, type Stage } from '../engine/types.ts';
import { parseConversation } from '../format/conversation.ts';

/**
 * The project's labelled corpus (model/corpus/*.jsonl, schema in
 * model/README.md): `redflag scan` input plus labels.
 */
export interface LabelledConversation {
  id: string;
  family: string;
  label: 'scam' | 'benign';
  lang: string;
  platform: string;
  messages: Message[];
  /** Stage label of each message (null for "me" messages and unlabelled ones). */
  stages: Array<Stage | null>;
  split: Split;
  file: string;
  /** Who wrote it: one file per writer (`dt.jsonl` is writer `dt`). */
  writer: string;
}

export type Split = 'train' | 'dev' | 'test';

/**
 * Splits by scenario family, so no story appears on both sides: a stable hash
 * of the family name picks the split (60% train, 20% dev, 20% test).
 */
export function splitOf(family: string): Split {
  const bucket = fnv1a(family) % 10;
  return bucket < 6 ? 'train' : bucket < 8 ? 'dev' : 'test';
}

export function loadCorpus(dir: string): LabelledConversation[] {
  const files = readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort();
  const out: LabelledConversation[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      const where = `${file}:${i + 1}`;
      const parsed = parseConversation(JSON.parse(line));
      if (!parsed.ok) throw new Error(`${where}: ${parsed.error}`);
      const raw = parsed.raw;
      const label = raw.label;
      if (label !== 'scam' && label !== 'benign') throw new Error(`${where}: "label" must be "scam" or "benign"`);
      if (typeof raw.family !== 'string' || !raw.family) throw new Error(`${where}: missing "family"`);
      if (seen.has(parsed.value.id)) throw new Error(`${where}: duplicate id ${parsed.value.id}`);
      seen.add(parsed.value.id);
      const rawMessages = raw.messages as Array<Record<string, unknown>>;
      const stages = rawMessages.map((m) => {
        const s = m.stage;
        if (s === undefined || s === null) return null;
        if (!STAGES.includes(s as Stage)) throw new Error(`${where}: unknown stage ${String(s)}`);
        return s as Stage;
      });
      out.push({
        id: parsed.value.id,
        family: raw.family,
        label,
        lang: typeof raw.lang === 'string' ? raw.lang : 'und',
        platform: typeof raw.platform === 'string' ? raw.platform : 'unknown',
        messages: parsed.value.messages,
        stages,
        split: splitOf(raw.family),
        file,
        writer: file.replace(/\.jsonl$/, ''),
      });
    });
  }
  return out;
}

/** A single message judged on its own (model/messages/*.jsonl, schema in model/README.md). */
export interface LabelledMessage {
  id: string;
  lang: string;
  label: 'scam' | 'benign';
  /** The script stage of a scam message; null for benign ones. */
  stage: Stage | null;
  text: string;
  /** By a stable hash of the id: 60% train, 20% dev, 20% test. */
  split: Split;
  writer: string;
}

export function loadMessages(dir: string): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  const seen = new Set<string>();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    readFileSync(join(dir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        const where = `${file}:${i + 1}`;
        const raw = JSON.parse(line) as Record<string, unknown>;
        const { id, lang, label, stage, text } = raw;
        if (typeof id !== 'string' || seen.has(id)) throw new Error(`${where}: missing or duplicate "id"`);
        seen.add(id);
        if (label !== 'scam' && label !== 'benign') throw new Error(`${where}: "label" must be "scam" or "benign"`);
        if (typeof text !== 'string' || !text.trim()) throw new Error(`${where}: missing "text"`);
        if (stage !== null && stage !== undefined && !STAGES.includes(stage as Stage)) throw new Error(`${where}: unknown stage ${String(stage)}`);
        if (label === 'scam' && (stage === null || stage === undefined)) throw new Error(`${where}: a scam message needs its "stage"`);
        out.push({ id, lang: typeof lang === 'string' ? lang : 'und', label, stage: label === 'scam' ? (stage as Stage) : null, text, split: splitOf(id), writer: file.replace(/\.jsonl$/, '') });
      });
  }
  return out;
}

/** Stages from which a message on its own should warn: the off-platform move and everything after it. */
export const LATER_STAGES: ReadonlySet<Stage> = new Set(STAGES.slice(STAGES.indexOf('off_platform')));
