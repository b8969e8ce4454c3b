import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { LabelledConversation } from '../corpus/load.ts';
import { parseSamplesJsonl } from '../research/sample.ts';

/** One file of labelled samples given to `npm run train -- --samples FILE`, as the report names it. */
export interface SampleSource {
  file: string;
  sha256: string;
  scams: number;
  benign: number;
  /** Unlabelled or "unsure" samples, and lines that could not be read. */
  skipped: number;
}

/**
 * Researchers' labelled samples (exported from the review page) as extra
 * training conversations. They join the train split only, never dev or test,
 * so the corpus figures stay comparable; stages are unlabelled.
 */
export function loadTrainingSamples(files: readonly string[]): { conversations: LabelledConversation[]; sources: SampleSource[] } {
  const conversations: LabelledConversation[] = [];
  const sources: SampleSource[] = [];
  for (const path of files) {
    const bytes = readFileSync(path);
    const { samples, errors } = parseSamplesJsonl(bytes.toString('utf8'));
    if (errors.length > 0) throw new Error(`${path}: ${errors.length} line(s) are not samples (line ${errors[0]!.line}: ${errors[0]!.error})`);
    const source: SampleSource = { file: basename(path), sha256: bytesToHex(sha256(bytes)), scams: 0, benign: 0, skipped: 0 };
    for (const s of samples) {
      const label = s.label?.value === 'scam' ? 'scam' : s.label?.value === 'not_scam' ? 'benign' : null;
      if (label === null) {
        source.skipped++;
        continue;
      }
      if (label === 'scam') source.scams++;
      else source.benign++;
      conversations.push({
        id: `sample-${s.id}`,
        family: `sample-${s.id}`,
        label,
        lang: s.language ?? 'und',
        platform: s.site,
        messages: s.messages,
        stages: s.messages.map(() => null),
        split: 'train',
        file: source.file,
        writer: 'samples',
      });
    }
    sources.push(source);
  }
  return { conversations, sources };
}
