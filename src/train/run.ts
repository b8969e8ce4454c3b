// `npm run train`: trains the classifier, fits the rule weights and the fusion,
// picks the level thresholds on dev data, and writes
//   public/model/redflag-classifier.onnx   (the classifier, with version and data hash)
//   src/engine/fitted.generated.ts          (rule weights, scoring, fusion, thresholds)
// Deterministic from --seed. Test data (corpus test split, janitr holdout, UCI
// test part) and the report-only sets are never read here.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { type LinearModel, predict } from '../classifier/linear.ts';
import { type LabelledConversation, loadCorpus } from '../corpus/load.ts';
import { defaultDataRoot, loadJanitr, loadUciSms, requireData } from '../corpus/shared-data.ts';
import {
  type Classifier,
  compileRules,
  ConversationTracker,
  FEATURE_BITS,
  type FusionParams,
  logit,
  RULE_SETS,
  ruleKeys,
  type ScoringParams,
  type Thresholds,
  scanConversation,
  scanWithClassifier,
} from '../engine/index.ts';
import { exportOnnx } from './export-onnx.ts';
import { balance, conversationExamples, singleMessageExamples } from './examples.ts';
import { fitDenseLogistic, trainSparseLogistic } from './logistic.ts';
import { chooseThresholds, type ScoredItem } from './thresholds.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    data: { type: 'string', default: defaultDataRoot() },
    corpus: { type: 'string', default: join(root, 'model', 'corpus') },
    seed: { type: 'string', default: '7' },
    epochs: { type: 'string', default: '12' },
  },
});
const seed = Number(values.seed);

try {
  requireData(values.data, ['janitr', 'uci']);
} catch (e) {
  console.error(`redflag train: ${(e as Error).message}`);
  process.exit(2);
}

const log = (s: string): void => console.log(s);
const corpus = loadCorpus(values.corpus);
const bySplit = (s: LabelledConversation['split']) => corpus.filter((c) => c.split === s);
const [train, dev] = [bySplit('train'), bySplit('dev')];
const janitr = loadJanitr(values.data);
const uci = loadUciSms(values.data);
const handRules = compileRules(RULE_SETS, {});

// 1. The classifier.
const examples = balance(
  [
    ...conversationExamples(train, handRules),
    ...singleMessageExamples(janitr.filter((p) => p.split === 'train').map((p) => ({ text: p.text, label: p.scam ? 1 : 0 })), 'janitr', handRules),
    ...singleMessageExamples(uci.filter((m) => m.split === 'train' && !m.spam).map((m) => ({ text: m.text, label: 0 })), 'uci', handRules),
  ],
  { corpus: 1, janitr: 1, uci: 0.5 },
);
const dataHash = bytesToHex(sha256(new TextEncoder().encode(examples.map((e) => `${e.source}\t${e.label}\t${e.text}`).join('\n'))));
log(`classifier: ${examples.length} training messages (${examples.filter((e) => e.label === 1).length} scam), data hash ${dataHash.slice(0, 16)}`);
const model = trainSparseLogistic(examples, { epochs: Number(values.epochs), learningRate: 0.1, l2: 1e-5, seed });
// The version names the training data and the weights themselves (rules feed the features too).
const weightsHash = bytesToHex(sha256(new Uint8Array(model.weights.buffer))).slice(0, 8);
const version = `linear-${FEATURE_BITS}b-${dataHash.slice(0, 8)}-${weightsHash}`;
const classifier = linearClassifier(model, version);

// 2. Rule weights: logistic regression over the rules each training conversation fired.
// One weight per rule key, shared by the rule in every language.
const handWeight = new Map([...ruleKeys()].map(([key, r]) => [key as string, r.weight]));
const ruleIds = [...handWeight.keys()];
const HAND_SLOPE = 0.7;
const HAND_CENTRE = 3.5;
const firedRows = (convs: readonly LabelledConversation[]) =>
  convs.map((c) => {
    const tracker = new ConversationTracker({ rules: handRules });
    for (const m of c.messages) tracker.add(m);
    const factor = new Map(tracker.firedRules().map((f) => [f.key, f.factor]));
    return ruleIds.map((id) => factor.get(id) ?? 0);
  });
const ruleFit = fitDenseLogistic(
  firedRows(train),
  train.map((c) => (c.label === 'scam' ? 1 : 0)),
  {
    l2: 0.05,
    prior: ruleIds.map((id) => HAND_SLOPE * handWeight.get(id)!),
    priorBias: -HAND_SLOPE * HAND_CENTRE,
    iterations: 3000,
    learningRate: 0.5,
    // A scam rule stays evidence of a scam; a sign of innocence stays one.
    lower: ruleIds.map((id) => (handWeight.get(id)! > 0 ? 0.05 : -10)),
    upper: ruleIds.map((id) => (handWeight.get(id)! > 0 ? 10 : 0)),
  },
);
const ruleWeights = Object.fromEntries(ruleIds.map((id, j) => [id, round(ruleFit.weights[j]!)]));
const fittedRules = compileRules(RULE_SETS, ruleWeights);
const baseScoring: ScoringParams = { centre: round(-ruleFit.bias), slope: 1, thresholds: { low: 0.2, medium: 0.5, high: 0.85 } };
log(`rule weights fitted on ${train.length} training conversations; bias ${ruleFit.bias.toFixed(2)}`);

// 3. Dev data: corpus dev conversations, janitr valid+calib posts, UCI dev ham.
const devPosts = janitr.filter((p) => p.split === 'valid' || p.split === 'calib');
const devHam = uci.filter((m) => m.split === 'dev' && !m.spam);
interface DevRow {
  scam: boolean;
  group: 'corpus' | 'janitr' | 'uci';
  ruleRisk: number;
  model: number;
}
const devRows: DevRow[] = [];
const oneMessage = (text: string) => [{ from: 'them' as const, text }];
for (const [group, convs] of [
  ['corpus', dev.map((c) => ({ messages: c.messages, scam: c.label === 'scam' }))],
  ['janitr', devPosts.map((p) => ({ messages: oneMessage(p.text), scam: p.scam }))],
  ['uci', devHam.map((m) => ({ messages: oneMessage(m.text), scam: false }))],
] as const) {
  for (const c of convs) {
    const tracker = await scanWithClassifier(c.messages, classifier, { rules: fittedRules, scoring: baseScoring });
    const ruleRisk = scanConversation(c.messages, { rules: fittedRules, scoring: baseScoring }).risk;
    devRows.push({ scam: c.scam, group, ruleRisk, model: tracker.modelProbability() ?? 0 });
  }
}
const limits = { corpus: 0.02, uci: 0.003, janitr: 0.05 };
// "low" (the quiet indicator) needs one log-odds unit of evidence above a typical innocent conversation.
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const withLow = (t: Thresholds, innocent: number): Thresholds => ({ ...t, low: Math.min(t.medium * 0.9, 1 / (1 + Math.exp(-(logit(innocent) + 1)))) });
const innocentRows = devRows.filter((r) => !r.scam && r.group === 'corpus');
const scoring: ScoringParams = {
  ...baseScoring,
  // The rules are written for conversations: X posts (janitr) do not constrain their threshold.
  thresholds: withLow(chooseThresholds(devRows.map((r) => ({ risk: r.ruleRisk, scam: r.scam, group: r.group })), 'corpus', { corpus: limits.corpus, uci: 0.005 }), median(innocentRows.map((r) => r.ruleRisk))),
};
const classifierThresholds = withLow(chooseThresholds(devRows.map((r) => ({ risk: r.model, scam: r.scam, group: r.group })), 'corpus', limits), median(innocentRows.map((r) => r.model)));

// 4. Fusion on dev: log-odds of the rules and of the classifier, each group weighing the same.
const groupSize = new Map<string, number>();
for (const r of devRows) groupSize.set(r.group, (groupSize.get(r.group) ?? 0) + 1);
const fusionFit = fitDenseLogistic(
  devRows.map((r) => [logit(r.ruleRisk), logit(r.model)]),
  devRows.map((r) => (r.scam ? 1 : 0)),
  { l2: 0.01, prior: [1, 1], iterations: 4000, learningRate: 0.5, lower: [0.1, 0.1], upper: [5, 5], sampleWeights: devRows.map((r) => devRows.length / groupSize.get(r.group)!) },
);
const fusionBase: FusionParams = { ruleWeight: round(fusionFit.weights[0]!), modelWeight: round(fusionFit.weights[1]!), bias: round(fusionFit.bias), thresholds: scoring.thresholds };
const fusedItems: ScoredItem[] = devRows.map((r) => ({
  risk: 1 / (1 + Math.exp(-(fusionBase.ruleWeight * logit(r.ruleRisk) + fusionBase.modelWeight * logit(r.model) + fusionBase.bias))),
  scam: r.scam,
  group: r.group,
}));
const fusion: FusionParams = { ...fusionBase, thresholds: withLow(chooseThresholds(fusedItems, 'corpus', limits), median(fusedItems.filter((r) => !r.scam && r.group === 'corpus').map((r) => r.risk))) };
log(`fusion: ${JSON.stringify(fusion)}`);
log(`heuristic thresholds: ${JSON.stringify(scoring.thresholds)}; classifier alone: ${JSON.stringify(classifierThresholds)}`);

// 5. Write the model and the fitted parameters.
const onnxPath = join(root, 'public', 'model', 'redflag-classifier.onnx');
mkdirSync(dirname(onnxPath), { recursive: true });
const bytes = exportOnnx(model, { version, training_data_hash: dataHash, seed: String(seed), description: 'RedFlag message classifier: logistic regression over hashed n-grams, rule hits and context' });
writeFileSync(onnxPath, bytes);
const fitted = {
  fitted: true,
  modelVersion: version,
  trainingDataHash: dataHash,
  ruleWeights,
  scoring: roundDeep(scoring),
  fusion: roundDeep(fusion),
  classifierThresholds: roundDeep(classifierThresholds),
};
writeFileSync(
  join(root, 'src', 'engine', 'fitted.generated.ts'),
  `// Generated by \`npm run train\` (seed ${seed}). Do not edit by hand.\n// Rule weights are log-odds fitted on the corpus train split; thresholds were chosen on dev data.\nexport const FITTED = ${JSON.stringify(fitted, null, 2)};\n`,
);
log(`wrote ${onnxPath} (${bytes.length.toLocaleString('en')} bytes) and src/engine/fitted.generated.ts`);

function linearClassifier(m: LinearModel, v: string): Classifier {
  return { version: v, score: async (rows) => predict(m, rows) };
}

function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function roundDeep<T>(o: T): T {
  return JSON.parse(JSON.stringify(o, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v))) as T;
}

