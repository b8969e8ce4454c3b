import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { englishWorkload, mixedWorkload } from '../../src/bench/workloads.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

const corpus = loadCorpus(join(import.meta.dirname, '..', '..', 'model', 'corpus'));
const byMessages = new Map(corpus.map((c) => [c.messages, c]));

describe('bench workloads', () => {
  it('English: whole held-out English conversations, about 3,000 messages', () => {
    const w = englishWorkload(corpus);
    const picked = w.conversations.map((c) => byMessages.get(c)!);
    expect(picked.every((c) => c !== undefined && c.lang === 'en' && c.split !== 'train')).toBe(true);
    expect(w.messages.length).toBeGreaterThanOrEqual(3000);
    expect(w.messages.length - picked.at(-1)!.messages.length).toBeLessThan(3000);
    expect(w.messages).toEqual(w.conversations.flat());
    expect(new Set(picked.map((c) => c.writer)).size).toBeGreaterThan(1);
  });

  it('mixed: every corpus language, about as many messages from each, languages taking turns', () => {
    const w = mixedWorkload(corpus);
    const langs = new Set(corpus.map((c) => c.lang));
    expect(new Set(w.langs)).toEqual(langs);
    expect(w.name).toBe(`mixed, ${langs.size} languages`);
    const perLang = new Map<string, number>();
    w.conversations.forEach((c, i) => {
      const source = byMessages.get(c)!;
      expect(source.split).not.toBe('train');
      expect(source.lang).toBe(w.langs[i]);
      perLang.set(source.lang, (perLang.get(source.lang) ?? 0) + c.length);
    });
    const quota = Math.ceil(3000 / langs.size);
    for (const count of perLang.values()) expect(count).toBeGreaterThanOrEqual(quota);
    // The first conversations cover many languages, not one language's block.
    expect(new Set(w.langs.slice(0, langs.size)).size).toBe(langs.size);
  });

  it('is the same on every run', () => {
    expect(mixedWorkload(corpus).messages).toEqual(mixedWorkload(corpus).messages);
    expect(englishWorkload(corpus, 500).messages).toEqual(englishWorkload(corpus, 500).messages);
  });
});
