// The whole fit, as one function: the classifier, the rule weights, the
// fusion and the level thresholds, from training and dev data. `npm run train`
// writes its result to disk; the evaluation calls it again without one
// writer's conversations for the cross-writer figure.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { coverageOne, type LinearModel, predict } from '../classifier/linear.ts';
import { type LabelledConversation, type LabelledMessage, LATER_STAGES } from '../corpus/load.ts';
import {
  type Classifier,
  compileRules,
  ConversationTracker,
  FEATURE_BITS,
  FEATURE_DIM,
  type FusionParams,
  logit,
  PADDING_INDEX,
  RULE_SETS,
  ruleKeys,
  type ScoringParams,
  MESSAGE_VIEW_MAX,
  type MessageParams,
  messageRisk,
  ownLaterPoints,
  riskFromScore,
  type Stage,
  type Thresholds,
  scanWithClassifier,
} from '../engine/index.ts';
import { balance, conversationExamples, type MessageExample, singleMessageExamples } from './examples.ts';
import { fitDenseLogistic, trainSparseLogistic } from './logistic.ts';
import { chooseThresholds, type ScoredItem } from './thresholds.ts';

export interface FitInput {
  train: readonly LabelledConversation[];
  dev: readonly LabelledConversation[];
  /** Single messages (model/messages) of the train and dev splits. */
  messagesTrain: readonly LabelledMessage[];
  messagesDev: readonly LabelledMessage[];
  /** Public single-message sets: janitr posts and UCI ham, with their train/dev parts. */
  janitrTrain: ReadonlyArray<{ text: string; scam: boolean }>;
  janitrDev: ReadonlyArray<{ text: string; scam: boolean }>;
  uciTrain: readonly string[];
  uciDev: readonly string[];
  seed: number;
  epochs: number;
  log?: (line: string) => void;
}

export interface Fitted {
  model: LinearModel;
  version: string;
  dataHash: string;
  competence: number;
  ruleWeights: Record<string, number>;
  scoring: ScoringParams;
  fusion: FusionParams;
  message: MessageParams;
  classifierThresholds: Thresholds;
}

/** A training message must be seen this often for the model to count it as known (competence). */
const KNOWN_MIN_COUNT = 3;

export async function fitAll(input: FitInput): Promise<Fitted> {
  const log = input.log ?? (() => {});
  const handRules = compileRules(RULE_SETS, {});

  // 1. The classifier: P(a message is a step of the script past the opening).
  const laterStage = (m: LabelledMessage): 0 | 1 | null => (m.label === 'benign' ? 0 : m.stage && LATER_STAGES.has(m.stage) ? 1 : null);
  const singles = input.messagesTrain.flatMap((m) => {
    const label = laterStage(m);
    return label === null ? [] : [{ text: m.text, label }];
  });
  const later = (stage: Stage) => LATER_STAGES.has(stage);
  const publicSets = [
    ...singleMessageExamples(singles, 'messages', handRules),
    ...singleMessageExamples(input.janitrTrain.map((p) => ({ text: p.text, label: p.scam ? 1 : 0 })), 'janitr', handRules),
    ...singleMessageExamples(input.uciTrain.map((text) => ({ text, label: 0 })), 'uci', handRules),
  ];
  const SOURCE_WEIGHTS = { corpus: 1, messages: 2, janitr: 0.7, uci: 0.5 };
  const examples = balance([...conversationExamples(input.train, handRules, later), ...publicSets], SOURCE_WEIGHTS);
  const dataHash = bytesToHex(sha256(new TextEncoder().encode(examples.map((e) => `${e.source}\t${e.label}\t${e.text}`).join('\n'))));
  log(`classifier: ${examples.length} training messages (${examples.filter((e) => e.label === 1).length} scam), data hash ${dataHash.slice(0, 16)}`);
  const TRAINING = { epochs: input.epochs, learningRate: 0.03, l2: 1e-5, seed: input.seed };
  const model = trainSparseLogistic(examples, TRAINING);
  model.known = knownFeatures(examples);
  // The message view's head: the same messages without their conversation context, so it
  // learns what a message says on its own (context features keep a zero weight).
  const aloneExamples = balance([...conversationExamples(input.train, handRules, later, false), ...publicSets.map((e) => ({ ...e }))], SOURCE_WEIGHTS);
  const alone = trainSparseLogistic(aloneExamples, TRAINING);
  model.alone = { weights: alone.weights, bias: alone.bias };
  const weightsHash = bytesToHex(sha256(new Uint8Array([...new Uint8Array(model.weights.buffer), ...new Uint8Array(model.alone.weights.buffer)]))).slice(0, 8);
  const version = `linear-${FEATURE_BITS}b-${dataHash.slice(0, 8)}-${weightsHash}`;

  // 2. Rule weights, one per key: logistic regression over the keys each training conversation fired.
  const handWeight = new Map([...ruleKeys()].map(([key, r]) => [key as string, r.weight]));
  const keys = [...handWeight.keys()];
  const HAND_SLOPE = 0.7;
  const HAND_CENTRE = 3.5;
  const firedRows = (convs: readonly LabelledConversation[]) =>
    convs.map((c) => {
      const tracker = new ConversationTracker({ rules: handRules });
      for (const m of c.messages) tracker.add(m);
      const factor = new Map(tracker.firedRules().map((f) => [f.key, f.factor]));
      return keys.map((k) => factor.get(k) ?? 0);
    });
  const ruleFit = fitDenseLogistic(
    firedRows(input.train),
    input.train.map((c) => (c.label === 'scam' ? 1 : 0)),
    {
      l2: 0.05,
      prior: keys.map((k) => HAND_SLOPE * handWeight.get(k)!),
      priorBias: -HAND_SLOPE * HAND_CENTRE,
      iterations: 3000,
      learningRate: 0.5,
      // A scam rule stays evidence of a scam; a sign of innocence stays one, and can never outweigh
      // much of the script (a scammer can say "beware of scams" too).
      lower: keys.map((k) => (handWeight.get(k)! > 0 ? 0.05 : -1.5)),
      upper: keys.map((k) => (handWeight.get(k)! > 0 ? 10 : 0)),
    },
  );
  const ruleWeights = Object.fromEntries(keys.map((k, j) => [k, round(ruleFit.weights[j]!)]));
  const fittedRules = compileRules(RULE_SETS, ruleWeights);
  const baseScoring: ScoringParams = { centre: round(-ruleFit.bias), slope: 1, thresholds: { low: 0.2, medium: 0.5, high: 0.85 } };
  log(`rule weights fitted on ${input.train.length} training conversations; bias ${ruleFit.bias.toFixed(2)}`);

  // 3. Competence: the share of known features below which the model abstains. Set so that
  // nearly every dev message of the languages it learnt is judged (the 2nd percentile).
  const devFeatures = [
    ...input.dev.flatMap((c) => new ConversationTracker({ rules: handRules }).prepareAll(c.messages).filter((_, i) => c.messages[i]!.from === 'them').map((p) => p.features)),
    ...input.messagesDev.map((m) => new ConversationTracker({ rules: handRules }).prepare({ from: 'them', text: m.text }).features),
  ];
  const coverages = devFeatures.map((f) => coverageOne(model, f)).sort((a, b) => a - b);
  const competence = round(Math.max(0.2, coverages[Math.floor(coverages.length * 0.02)] ?? 0.5));
  log(`competence: abstain below ${competence} known features (dev coverage median ${coverages[Math.floor(coverages.length / 2)]?.toFixed(3)})`);
  const classifier: Classifier = { version, score: async (rows) => predict(model, rows) };

  // 4. Dev rows: corpus dev conversations, dev single messages, janitr valid+calib posts, UCI dev ham.
  interface DevRow {
    scam: boolean;
    group: 'corpus' | 'messages' | 'janitr' | 'uci';
    ruleRisk: number;
    /** null where the model abstained on every message. */
    model: number | null;
  }
  const devRows: DevRow[] = [];
  const oneMessage = (text: string) => [{ from: 'them' as const, text }];
  for (const [group, convs] of [
    ['corpus', input.dev.map((c) => ({ messages: c.messages, scam: c.label === 'scam' }))],
    // Hook and rapport lines alone should stay quiet: they count as negatives here.
    ['messages', input.messagesDev.map((m) => ({ messages: oneMessage(m.text), scam: laterStage(m) === 1 }))],
    ['janitr', input.janitrDev.map((p) => ({ messages: oneMessage(p.text), scam: p.scam }))],
    ['uci', input.uciDev.map((text) => ({ messages: oneMessage(text), scam: false }))],
  ] as const) {
    for (const c of convs) {
      const tracker = await scanWithClassifier(c.messages, classifier, { rules: fittedRules, scoring: baseScoring, competence });
      const rulesOnly = new ConversationTracker({ rules: fittedRules, scoring: baseScoring });
      for (const m of c.messages) rulesOnly.add(m);
      devRows.push({ scam: c.scam, group, ruleRisk: riskFromScore(rulesOnly.verdict().score, baseScoring), model: tracker.modelProbability() });
    }
  }
  // Benign conversations may be warned by the conversation view or by one alarming message (the
  // message view below): the two budgets together stay within 2%.
  const limits = { corpus: 0.012, messages: 0.04, uci: 0.003, janitr: 0.05 };
  const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  // "low" (the quiet indicator) needs one log-odds unit of evidence above a typical innocent conversation.
  const withLow = (t: Thresholds, innocent: number): Thresholds => ({ ...t, low: Math.min(t.medium * 0.9, 1 / (1 + Math.exp(-(logit(innocent) + 1)))) });
  const innocent = devRows.filter((r) => !r.scam && r.group === 'corpus');
  const scoring: ScoringParams = {
    ...baseScoring,
    // The rules are written for conversations: X posts (janitr) do not constrain their threshold.
    thresholds: withLow(
      // Rules alone decide where the model abstains (a language it never learnt): a wider budget
      // (3% of hard negatives) than the fused view's, so an unknown language is still protected.
      chooseThresholds(devRows.map((r) => ({ risk: r.ruleRisk, scam: r.scam, group: r.group })), 'corpus', { corpus: 0.03, messages: limits.messages, uci: 0.005 }),
      median(innocent.map((r) => r.ruleRisk)),
    ),
  };
  const judged = devRows.filter((r): r is DevRow & { model: number } => r.model !== null);
  const classifierThresholds = withLow(
    chooseThresholds(judged.map((r) => ({ risk: r.model, scam: r.scam, group: r.group })), 'corpus', limits),
    median(judged.filter((r) => !r.scam && r.group === 'corpus').map((r) => r.model)),
  );

  // 5. Fusion on dev rows the model judged: log-odds of the rules and of the classifier, each group weighing the same.
  const groupSize = new Map<string, number>();
  for (const r of judged) groupSize.set(r.group, (groupSize.get(r.group) ?? 0) + 1);
  const fusionFit = fitDenseLogistic(
    judged.map((r) => [logit(r.ruleRisk), logit(r.model)]),
    judged.map((r) => (r.scam ? 1 : 0)),
    { l2: 0.01, prior: [1, 1], iterations: 4000, learningRate: 0.5, lower: [0.1, 0.1], upper: [5, 5], sampleWeights: judged.map((r) => judged.length / groupSize.get(r.group)!) },
  );
  const fusionBase: FusionParams = { ruleWeight: round(fusionFit.weights[0]!), modelWeight: round(fusionFit.weights[1]!), bias: round(fusionFit.bias), thresholds: scoring.thresholds };
  const fusedItems: ScoredItem[] = judged.map((r) => ({
    risk: 1 / (1 + Math.exp(-(fusionBase.ruleWeight * logit(r.ruleRisk) + fusionBase.modelWeight * logit(r.model) + fusionBase.bias))),
    scam: r.scam,
    group: r.group,
  }));
  const fusion: FusionParams = {
    ...fusionBase,
    thresholds: withLow(chooseThresholds(fusedItems, 'corpus', limits), median(fusedItems.filter((r) => !r.scam && r.group === 'corpus').map((r) => r.risk))),
  };
  log(`fusion: ${JSON.stringify(fusion)}`);
  const message = await fitMessageView(input, fittedRules, classifier, competence, laterStage);
  log(`message view: ${JSON.stringify(message)}`);
  log(`heuristic thresholds: ${JSON.stringify(scoring.thresholds)}; classifier alone: ${JSON.stringify(classifierThresholds)}`);
  return { model, version, dataHash, competence, ruleWeights, scoring: roundDeep(scoring), fusion: roundDeep(fusion), message: roundDeep(message), classifierThresholds: roundDeep(classifierThresholds) };
}

/**
 * The message view, fitted on dev data: a message's own later-stage rule points and its model
 * probability, to the probability that it is a step of the script past the opening. Its
 * threshold gives the best recall on dev single messages while at most 5% of benign or
 * opening-line single messages, and at most 0.8% of benign dev conversations (by the most
 * alarming of their first MESSAGE_VIEW_MAX messages), would warn.
 */
async function fitMessageView(
  input: FitInput,
  rules: ReturnType<typeof compileRules>,
  classifier: Classifier,
  competence: number,
  laterStage: (m: LabelledMessage) => 0 | 1 | null,
): Promise<MessageParams> {
  interface Row {
    points: number;
    model: number | null;
    scam: boolean;
    /** Benign corpus conversation it belongs to (for the per-conversation limit), if any. */
    conversation: number | null;
    single: boolean;
  }
  const rows: Row[] = [];
  const judge = async (messages: ReadonlyArray<{ from: 'them' | 'me'; text: string; time?: string | number }>, labels: Array<boolean | null>, conversation: number | null, single: boolean) => {
    const tracker = new ConversationTracker({ rules, competence });
    const prepared = tracker.prepareAll(messages);
    // The view only judges the other party's first few messages (MESSAGE_VIEW_MAX).
    const them = messages.flatMap((m, i) => (m.from === 'them' ? [i] : [])).slice(0, MESSAGE_VIEW_MAX);
    const scores = them.length ? await classifier.score(them.map((i) => prepared[i]!.features)) : { probability: new Float32Array(0), alone: new Float32Array(0), coverage: new Float32Array(0) };
    them.forEach((i, k) => {
      const label = labels[i];
      if (label === null || label === undefined) return;
      rows.push({ points: ownLaterPoints(prepared[i]!.analysis), model: scores.coverage[k]! >= competence ? scores.alone[k]! : null, scam: label, conversation, single });
    });
  };
  for (const m of input.messagesDev) await judge([{ from: 'them', text: m.text }], [laterStage(m) === 1], null, true);
  for (const [n, c] of input.dev.entries()) {
    const labels = c.messages.map((_, i) => (c.label === 'benign' ? false : c.stages[i] && LATER_STAGES.has(c.stages[i]!) ? true : null));
    await judge(c.messages, labels, c.label === 'benign' ? n : null, false);
  }
  const judged = rows.filter((r): r is Row & { model: number } => r.model !== null);
  const groupWeight = (r: Row) => (r.single ? 1 / rows.filter((x) => x.single).length : 1 / rows.filter((x) => !x.single).length);
  const withModel = fitDenseLogistic(
    judged.map((r) => [r.points, logit(r.model)]),
    judged.map((r) => (r.scam ? 1 : 0)),
    { l2: 0.01, prior: [1, 1], iterations: 3000, learningRate: 0.5, lower: [0.05, 0.1], upper: [5, 5], sampleWeights: judged.map(groupWeight) },
  );
  const alone = fitDenseLogistic(
    rows.map((r) => [r.points]),
    rows.map((r) => (r.scam ? 1 : 0)),
    { l2: 0.01, prior: [1], iterations: 3000, learningRate: 0.5, lower: [0.05], upper: [5], sampleWeights: rows.map(groupWeight) },
  );
  const base: MessageParams = {
    ruleWeight: round(withModel.weights[0]!),
    modelWeight: round(withModel.weights[1]!),
    bias: round(withModel.bias),
    rulesOnly: { ruleWeight: round(alone.weights[0]!), bias: round(alone.bias) },
    thresholds: { low: 1, medium: 1, high: 1 },
    rulesOnlyThresholds: { low: 1, medium: 1, high: 1 },
  };
  const thresholdsFor = (useModel: boolean): Thresholds => {
    const items: ScoredItem[] = [];
    const worstOfConversation = new Map<number, number>();
    for (const r of rows) {
      const risk = messageRisk(r.points, useModel ? r.model : null, base);
      if (r.single) items.push({ risk, scam: r.scam, group: 'messages' });
      else if (r.conversation !== null) worstOfConversation.set(r.conversation, Math.max(worstOfConversation.get(r.conversation) ?? 0, risk));
      else items.push({ risk, scam: true, group: 'corpus-messages' });
    }
    for (const risk of worstOfConversation.values()) items.push({ risk, scam: false, group: 'corpus' });
    const t = chooseThresholds(items, 'messages', { messages: 0.05, corpus: 0.008 });
    return { ...t, low: t.medium };
  };
  return { ...base, thresholds: thresholdsFor(true), rulesOnlyThresholds: thresholdsFor(false) };
}

/** Features seen in at least KNOWN_MIN_COUNT training messages. */
function knownFeatures(examples: readonly MessageExample[]): Uint8Array {
  const counts = new Uint16Array(FEATURE_DIM + 1);
  for (const e of examples) for (const i of e.features) if (i !== PADDING_INDEX && counts[i]! < 65535) counts[i]!++;
  return Uint8Array.from(counts, (c, i) => (i !== PADDING_INDEX && c >= KNOWN_MIN_COUNT ? 1 : 0));
}

export function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}

function roundDeep<T>(o: T): T {
  return JSON.parse(JSON.stringify(o, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v))) as T;
}
