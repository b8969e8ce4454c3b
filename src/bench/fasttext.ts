// The fastText-class baseline of `npm run bench`: fastText itself (the official C++ compiled to
// WebAssembly, `fasttext.wasm.js`), a small supervised model trained on the corpus train split and
// run in the same process as the engine. The model is cached under node_modules/.cache/redflag/
// (never committed), keyed by its training data and settings, and retrained when missing.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { getFastTextClass, getFastTextModule } from 'fasttext.wasm.js';
import type { LabelledConversation } from '../corpus/load.ts';

/**
 * Small but real: word bigrams and character 2-5-grams (the corpus has Chinese, Japanese and
 * Thai, which have no spaces between words), a 16-dimensional embedding, 200,000 hash buckets.
 */
export const FASTTEXT_SETTINGS = { dim: 16, wordNgrams: 2, minn: 2, maxn: 5, bucket: 200_000, epoch: 25, lr: 0.5, minCount: 1, loss: 'softmax', seed: 1 } as const;

export interface FastTextBaseline {
  /** P(scam) for one message, preprocessing included, as a scorer would run it. */
  predict(text: string): number;
  describe: string;
  trainedNow: boolean;
  /** Messages of the other party in the train split, each labelled by its conversation's label. */
  trainMessages: number;
  /** Accuracy on the other party's messages of the test split, and what always guessing the majority label scores. */
  testAccuracy: number;
  testMajority: number;
}

/** One line of fastText input: lower case, no newline (fastText reads one line per example). */
export const fastTextLine = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ');

/** Messages of the other party, labelled by their conversation: the message-level filter fastText would be. */
function labelled(corpus: readonly LabelledConversation[], split: 'train' | 'test'): Array<{ label: 'scam' | 'benign'; text: string }> {
  return corpus.filter((c) => c.split === split).flatMap((c) => c.messages.filter((m) => m.from === 'them').map((m) => ({ label: c.label, text: fastTextLine(m.text) })));
}

export async function loadFastTextBaseline(corpus: readonly LabelledConversation[], cacheDir: string): Promise<FastTextBaseline> {
  const train = labelled(corpus, 'train');
  const trainText = train.map((x) => `__label__${x.label} ${x.text}`).join('\n') + '\n';
  const key = createHash('sha256').update(JSON.stringify(FASTTEXT_SETTINGS)).update(trainText).digest('hex').slice(0, 16);
  const modelPath = join(cacheDir, `fasttext-${key}.bin`);

  const FastText = await getFastTextClass({ getFastTextModule });
  const trainedNow = !existsSync(modelPath);
  if (trainedNow) {
    const trainer = new FastText();
    // The wasm file system stands in for fastText's input file; one thread, so the model is the same on every run.
    trainer.fs.writeFile('train.txt', trainText);
    const args = new trainer.core.Args();
    for (const [k, v] of Object.entries(FASTTEXT_SETTINGS)) if (k !== 'loss') args[k] = v;
    args.loss = trainer.core.LossName[FASTTEXT_SETTINGS.loss];
    args.model = trainer.core.ModelName.supervised;
    args.thread = 1;
    args.verbose = 0;
    args.input = 'train.txt';
    trainer.ft.train(args, () => {}); // fastText calls the progress callback unconditionally
    trainer.ft.saveModel('model.bin');
    mkdirSync(cacheDir, { recursive: true });
    writeFileSync(modelPath, trainer.fs.readFile('model.bin'));
  }
  const model = await new FastText().loadModel(pathToFileURL(modelPath).href);

  const predict = (text: string): number => {
    const out = model.predict(fastTextLine(text), 1, 0);
    const top = out.size() > 0 ? out.get(0) : undefined;
    out.delete(); // an embind vector in wasm memory: freeing it is part of the cost of a call
    if (!top) return 0.5;
    return top[1] === '__label__scam' ? top[0] : 1 - top[0];
  };

  const test = labelled(corpus, 'test');
  const correct = test.filter((x) => predict(x.text) >= 0.5 === (x.label === 'scam')).length;
  const scams = test.filter((x) => x.label === 'scam').length;
  const s = FASTTEXT_SETTINGS;
  return {
    predict,
    describe: `fastText ${s.dim}-dim, word ${s.wordNgrams}-grams, char ${s.minn}-${s.maxn}-grams, ${s.bucket.toLocaleString('en')} buckets, ${s.epoch} epochs`,
    trainedNow,
    trainMessages: train.length,
    testAccuracy: correct / Math.max(1, test.length),
    testMajority: Math.max(scams, test.length - scams) / Math.max(1, test.length),
  };
}
