import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCorpus, splitOf } from '../../src/corpus/load.ts';
import { crossSplitNearDuplicates } from '../../src/corpus/near-duplicates.ts';

const dir = fileURLToPath(new URL('../../model/corpus', import.meta.url));

describe('the project corpus', () => {
  const corpus = loadCorpus(dir);

  it('loads, with labels, and stages only on scam messages from "them"', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(40);
    for (const c of corpus) {
      c.stages.forEach((stage, i) => {
        if (stage === null) return;
        expect(c.label, c.id).toBe('scam');
        expect(c.messages[i]!.from, c.id).toBe('them');
      });
    }
  });

  it('has scams across every stage and benign hard negatives', () => {
    const labels = new Set(corpus.flatMap((c) => c.stages).filter(Boolean));
    for (const s of ['hook', 'rapport', 'off_platform', 'wealth', 'pitch', 'platform', 'deposit', 'withdrawal', 'recovery']) expect(labels).toContain(s);
    expect(corpus.filter((c) => c.label === 'benign').length).toBeGreaterThanOrEqual(20);
  });

  it('splits by family: a family never crosses splits, and every split has both classes', () => {
    const splitOfFamily = new Map<string, string>();
    for (const c of corpus) {
      expect(splitOfFamily.get(c.family) ?? c.split).toBe(c.split);
      splitOfFamily.set(c.family, c.split);
    }
    for (const split of ['train', 'dev', 'test'] as const) {
      expect(corpus.some((c) => c.split === split && c.label === 'scam')).toBe(true);
      expect(corpus.some((c) => c.split === split && c.label === 'benign')).toBe(true);
    }
  });

  it('assigns splits deterministically', () => {
    expect(splitOf('wn-dentist-appt')).toBe(splitOf('wn-dentist-appt'));
    const counts = { train: 0, dev: 0, test: 0 };
    for (let i = 0; i < 1000; i++) counts[splitOf(`family-${i}`)]++;
    expect(counts.train).toBeGreaterThan(500);
    expect(counts.test).toBeGreaterThan(120);
  });
});

describe('near-duplicates across splits', () => {
  const corpus = loadCorpus(dir);

  it('finds none in the corpus (Jaccard of word 5-grams below 0.3)', () => {
    expect(crossSplitNearDuplicates(corpus, 0.3)).toEqual([]);
  });

  it('would find a copied conversation placed in another split', () => {
    const original = corpus.find((c) => c.split === 'train' && c.messages.length > 10)!;
    const copy = { ...original, id: 'copy', split: 'test' as const, messages: original.messages.map((m) => ({ ...m, text: m.text.replace(/\bthe\b/gi, 'teh') })) };
    const found = crossSplitNearDuplicates([original, copy], 0.3);
    expect(found.map((d) => [d.a, d.b])).toEqual([[original.id, 'copy']]);
  });
});
