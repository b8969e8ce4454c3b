// `npm run eval`: measures RedFlag three ways (rules alone, classifier alone,
// fused) and writes model/REPORT.md. Everything it reports is measured here,
// on the data named beside each figure. Models and thresholds are frozen
// before this runs; the report-only sets are read by nothing else.
import { statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { measureInference } from '../bench/inference.ts';
import { predict } from '../classifier/linear.ts';
import { DEFAULT_MODEL_PATH, loadNodeClassifier } from '../classifier/node.ts';
import { type LabelledConversation, type LabelledMessage, LATER_STAGES, loadCorpus, loadMessages } from '../corpus/load.ts';
import { defaultDataRoot, loadDailyDialog, loadExaisHam, loadJanitr, loadUciSms, loadXDailyDialog, requireData } from '../corpus/shared-data.ts';
import { type Classifier, compileRules, ConversationTracker, type Message, RULE_SETS, type Stage, stageIndex, STAGES, type TrackerOptions } from '../engine/index.ts';
import { FITTED } from '../engine/fitted.generated.ts';
import { fitAll } from '../train/fit.ts';
import { runThreeWays, type ThreeWayResult } from './conversation.ts';
import { EVASIONS, evade } from './evasion.ts';
import { type BinaryMetrics, binaryMetrics, conversationMetrics, ratio, type ScoredConversation } from './metrics.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(root, 'model', 'corpus') },
    messages: { type: 'string', default: join(root, 'model', 'messages') },
    quick: { type: 'boolean', default: false },
    data: { type: 'string', default: defaultDataRoot() },
    report: { type: 'string', default: join(root, 'model', 'REPORT.md') },
    misses: { type: 'boolean', default: false },
  },
});

try {
  requireData(values.data, ['janitr', 'uci', 'exais', 'dailydialog', 'xdailydialog']);
} catch (e) {
  console.error(`redflag eval: ${(e as Error).message}`);
  process.exit(2);
}

const classifier = await loadNodeClassifier();
const corpus = loadCorpus(values.corpus);
const singles = loadMessages(values.messages);
const VIEWS = ['heuristics', 'classifier', 'fused'] as const;
type View = (typeof VIEWS)[number];
const warnedAt = (r: ThreeWayResult, v: View): number | null =>
  v === 'heuristics' ? r.heuristic.warnedAt : v === 'fused' ? r.fused.warnedAt : r.classifier.warnedAt;

// Conversation level, on the project corpus.
const results = new Map<LabelledConversation, ThreeWayResult>();
for (const c of corpus) results.set(c, await runThreeWays(c.messages, classifier));
const scored = (filter: (c: LabelledConversation) => boolean, v: View): ScoredConversation[] =>
  corpus.filter(filter).map((c) => ({ label: c.label, stages: c.stages, warnedAt: warnedAt(results.get(c)!, v) }));

function conversationTable(split: LabelledConversation['split']): string[] {
  const rows = ['| view | data | scams | warned (recall) | benign | false alarms | warned by first pitch | warned before first deposit |', '|---|---|---:|---:|---:|---:|---:|---:|'];
  for (const v of VIEWS) {
    for (const [name, f] of [
      ['all languages', (c: LabelledConversation) => c.split === split],
      ['English', (c: LabelledConversation) => c.split === split && c.lang === 'en'],
      ['other languages', (c: LabelledConversation) => c.split === split && c.lang !== 'en'],
    ] as const) {
      const m = conversationMetrics(scored(f, v));
      rows.push(`| ${v} | ${split}, ${name} | ${m.scams} | ${ratio(m.caught, m.scams).trim()} | ${m.benign} | ${ratio(m.falseAlarms, m.benign).trim()} | ${ratio(m.warnedByPitch, m.withPitch).trim()} | ${ratio(m.warnedBeforeDeposit, m.withDeposit).trim()} |`);
    }
  }
  return rows;
}

// Message level and false alarms: every text is a one-message conversation from "them".
const one = (text: string): Message[] => [{ from: 'them', text }];
async function messageViews(texts: readonly string[]): Promise<Array<Record<View, boolean>>> {
  const out: Array<Record<View, boolean>> = [];
  for (const t of texts) {
    const r = await runThreeWays(one(t), classifier);
    out.push({ heuristics: r.heuristic.warnedAt !== null, classifier: r.classifier.warned, fused: r.fused.warnedAt !== null });
  }
  return out;
}

const janitrHoldout = loadJanitr(values.data).filter((p) => p.split === 'holdout');
const janitrViews = await messageViews(janitrHoldout.map((p) => p.text));
const janitr = Object.fromEntries(VIEWS.map((v) => [v, binaryMetrics(janitrHoldout.map((p, i) => ({ actual: p.scam, predicted: janitrViews[i]![v] })))])) as Record<View, BinaryMetrics>;

const uciHam = loadUciSms(values.data).filter((m) => m.split === 'test' && !m.spam);
const uciViews = await messageViews(uciHam.map((m) => m.text));
const exais = loadExaisHam(values.data);
const exaisViews = await messageViews(exais);

// DailyDialog (report only): each dialogue twice, once with each speaker as "them"; a false alarm if either warns.
const dialogues = loadDailyDialog(values.data);
const dialogueAlarms: Record<View, number> = { heuristics: 0, classifier: 0, fused: 0 };
for (const d of dialogues) {
  const seen: Record<View, boolean> = { heuristics: false, classifier: false, fused: false };
  for (const first of ['them', 'me'] as const) {
    const messages: Message[] = d.map((text, i) => ({ from: (i % 2 === 0) === (first === 'them') ? 'them' : 'me', text }));
    const r = await runThreeWays(messages, classifier);
    for (const v of VIEWS) if (warnedAt(r, v) !== null) seen[v] = true;
  }
  for (const v of VIEWS) if (seen[v]) dialogueAlarms[v]++;
}
const share = (views: Array<Record<View, boolean>>, v: View): string => ratio(views.filter((x) => x[v]).length, views.length).trim();

// Per language and per scenario family, on the test split.
const langs = [...new Set(corpus.map((c) => c.lang))].sort();
function languageRows(filter: (c: LabelledConversation) => boolean, results: ReadonlyMap<LabelledConversation, ThreeWayResult>): string[] {
  const rows = ['| language | scams | fused: warned | fused: warned by first pitch | rules alone: warned | benign | fused: false alarms | rules alone: false alarms |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const lang of langs) {
    const items = corpus.filter((c) => c.lang === lang && filter(c) && results.has(c));
    if (items.length === 0) continue;
    const view = (v: View) => conversationMetrics(items.map((c) => ({ label: c.label, stages: c.stages, warnedAt: warnedAt(results.get(c)!, v) })));
    const [f, h] = [view('fused'), view('heuristics')];
    rows.push(`| ${lang} | ${f.scams} | ${ratio(f.caught, f.scams).trim()} | ${ratio(f.warnedByPitch, f.withPitch).trim()} | ${ratio(h.caught, h.scams).trim()} | ${f.benign} | ${ratio(f.falseAlarms, f.benign).trim()} | ${ratio(h.falseAlarms, h.benign).trim()} |`);
  }
  return rows;
}
/** Scams by the furthest stage they reach (their end point): where along the script warnings come or fail. */
function endStageRows(filter: (c: LabelledConversation) => boolean, results: ReadonlyMap<LabelledConversation, ThreeWayResult>): string[] {
  const rows = ['| scam ends at | scams | fused: warned | rules alone: warned |', '|---|---:|---:|---:|'];
  const endOf = (c: LabelledConversation) => c.stages.reduce<Stage | null>((furthest, s) => (s && (furthest === null || stageIndex(s) > stageIndex(furthest)) ? s : furthest), null);
  const byEnd = new Map<Stage | null, LabelledConversation[]>();
  for (const c of corpus) {
    if (c.label !== 'scam' || !filter(c) || !results.has(c)) continue;
    const end = endOf(c);
    byEnd.set(end, [...(byEnd.get(end) ?? []), c]);
  }
  for (const stage of STAGES) {
    const items = byEnd.get(stage);
    if (!items) continue;
    const warned = (v: View) => ratio(items.filter((c) => warnedAt(results.get(c)!, v) !== null).length, items.length).trim();
    rows.push(`| ${stage} | ${items.length} | ${warned('fused')} | ${warned('heuristics')} |`);
  }
  return rows;
}
/** Lowest fused recall of any language with at least `min` scams. */
function worstLanguage(filter: (c: LabelledConversation) => boolean, results: ReadonlyMap<LabelledConversation, ThreeWayResult>, min = 5): { lang: string; recall: number } {
  let worst = { lang: 'none', recall: 1 };
  for (const lang of langs) {
    const scams = corpus.filter((c) => c.lang === lang && c.label === 'scam' && filter(c) && results.has(c));
    if (scams.length < min) continue;
    const recall = scams.filter((c) => results.get(c)!.fused.warnedAt !== null).length / scams.length;
    if (recall < worst.recall) worst = { lang, recall };
  }
  return worst;
}
const familyRows = (() => {
  const families = new Map<string, LabelledConversation[]>();
  for (const c of corpus.filter((x) => x.split === 'test')) families.set(c.family, [...(families.get(c.family) ?? []), c]);
  const rows = ['| family | language | label | conversations | fused: warned | rules alone: warned |', '|---|---|---|---:|---:|---:|'];
  for (const [family, cs] of [...families].sort(([a], [b]) => a.localeCompare(b))) {
    const warned = (v: View) => cs.filter((c) => warnedAt(results.get(c)!, v) !== null).length;
    rows.push(`| ${family} | ${[...new Set(cs.map((c) => c.lang))].join(', ')} | ${cs[0]!.label} | ${cs.length} | ${warned('fused')} | ${warned('heuristics')} |`);
  }
  return rows;
})();

// Single messages (model/messages), each a one-message conversation: later-stage scam lines should
// warn; benign lines and the script's hook and rapport lines should not.
interface SingleView {
  message: LabelledMessage;
  fused: boolean;
  heuristics: boolean;
}
async function judgeSingles(items: readonly LabelledMessage[], judge: Classifier, options: TrackerOptions = {}, threshold?: number): Promise<SingleView[]> {
  const out: SingleView[] = [];
  for (const m of items) {
    const r = await runThreeWays(one(m.text), judge, options, threshold);
    out.push({ message: m, fused: r.fused.warnedAt !== null, heuristics: r.heuristic.warnedAt !== null });
  }
  return out;
}
const isLater = (m: LabelledMessage): boolean => m.label === 'scam' && m.stage !== null && LATER_STAGES.has(m.stage);
function singleMetrics(views: readonly SingleView[], v: 'fused' | 'heuristics'): BinaryMetrics {
  return binaryMetrics(views.map((x) => ({ actual: isLater(x.message), predicted: x[v] })));
}
function singleRows(views: readonly SingleView[]): string[] {
  const rows = ['| messages | count | fused: warned | rules alone: warned |', '|---|---:|---:|---:|'];
  for (const stage of STAGES) {
    const at = views.filter((x) => x.message.stage === stage);
    if (at.length === 0) continue;
    const warned = (v: 'fused' | 'heuristics') => ratio(at.filter((x) => x[v]).length, at.length).trim();
    rows.push(`| scam, ${stage}${LATER_STAGES.has(stage) ? '' : ' (should stay quiet)'} | ${at.length} | ${warned('fused')} | ${warned('heuristics')} |`);
  }
  const benign = views.filter((x) => x.message.label === 'benign');
  rows.push(`| benign (hard negatives) | ${benign.length} | ${ratio(benign.filter((x) => x.fused).length, benign.length).trim()} | ${ratio(benign.filter((x) => x.heuristics).length, benign.length).trim()} |`);
  for (const v of ['fused', 'heuristics'] as const) {
    const m = singleMetrics(views, v);
    rows.push(`| **${v === 'fused' ? 'fused' : 'rules alone'}: off-platform on, precision / recall** | ${m.positives} | ${(100 * m.precision).toFixed(1)}% / ${(100 * m.recall).toFixed(1)}% | |`);
  }
  return rows;
}
const singleTest = await judgeSingles(
  singles.filter((m) => m.split === 'test'),
  classifier,
);
const singleFused = singleMetrics(singleTest, 'fused');

// Evasion: the later-stage test messages the fused view warns on plainly, rewritten each way
// (numbers in English words only for English messages); the share still warned.
const evasionBase = singleTest.filter((x) => isLater(x.message));
const plainRecall = evasionBase.filter((x) => x.fused).length / Math.max(1, evasionBase.length);
const evasionRows: Array<{ how: string; messages: number; kept: number }> = [];
for (const how of EVASIONS) {
  const changed = evasionBase.filter((x) => x.fused && (how !== 'numbers in words' || x.message.lang === 'en') && evade(x.message.text, how) !== x.message.text);
  const views = await judgeSingles(
    changed.map((x) => ({ ...x.message, text: evade(x.message.text, how) })),
    classifier,
  );
  evasionRows.push({ how, messages: changed.length, kept: views.filter((x) => x.fused).length / Math.max(1, views.length) });
}
const evasionKept = evasionRows.reduce((a, r) => a + r.kept, 0) / evasionRows.length;

// Ordinary talk in other languages (XDailyDialog dev, human translations): dialogues that warn.
async function dialogueAlarmRate(ds: readonly string[][], judge: Classifier, options: TrackerOptions = {}): Promise<number> {
  let alarms = 0;
  for (const d of ds) {
    let warned = false;
    for (const first of ['them', 'me'] as const) {
      const messages: Message[] = d.map((text, i) => ({ from: (i % 2 === 0) === (first === 'them') ? 'them' : 'me', text }));
      if ((await runThreeWays(messages, judge, options)).fused.warnedAt !== null) warned = true;
    }
    if (warned) alarms++;
  }
  return alarms / Math.max(1, ds.length);
}
const xdd: Array<{ lang: string; dialogues: number; rate: number }> = [];
for (const lang of ['de', 'it', 'zh'] as const) {
  const ds = loadXDailyDialog(values.data, lang);
  xdd.push({ lang, dialogues: ds.length, rate: await dialogueAlarmRate(ds, classifier) });
}

// Cross-writer: for every writer, the whole fit (classifier, rule weights, fusion, thresholds) is
// redone without that writer's conversations and messages, then tested on all of them. The test
// split of the other writers is never trained on here either.
interface WriterFold {
  writer: string;
  results: Map<LabelledConversation, ThreeWayResult>;
  singles: SingleView[];
}
const folds: WriterFold[] = [];
if (!values.quick) {
  const janitrAll = loadJanitr(values.data);
  const uciHamAll = loadUciSms(values.data).filter((m) => !m.spam);
  for (const writer of [...new Set(corpus.map((c) => c.writer))].sort()) {
    const others = corpus.filter((c) => c.writer !== writer);
    const otherSingles = singles.filter((m) => m.writer !== writer);
    const fitted = await fitAll({
      train: others.filter((c) => c.split === 'train'),
      dev: others.filter((c) => c.split === 'dev'),
      messagesTrain: otherSingles.filter((m) => m.split === 'train'),
      messagesDev: otherSingles.filter((m) => m.split === 'dev'),
      janitrTrain: janitrAll.filter((p) => p.split === 'train'),
      janitrDev: janitrAll.filter((p) => p.split === 'valid' || p.split === 'calib'),
      uciTrain: uciHamAll.filter((m) => m.split === 'train').map((m) => m.text),
      uciDev: uciHamAll.filter((m) => m.split === 'dev').map((m) => m.text),
      seed: 7,
      epochs: 12,
    });
    const options: TrackerOptions = { rules: compileRules(RULE_SETS, fitted.ruleWeights), scoring: fitted.scoring, fusion: fitted.fusion, message: fitted.message, competence: fitted.competence };
    const judge: Classifier = { version: fitted.version, score: async (rows) => predict(fitted.model, rows) };
    const fold: WriterFold = { writer, results: new Map(), singles: [] };
    for (const c of corpus.filter((x) => x.writer === writer)) fold.results.set(c, await runThreeWays(c.messages, judge, options, fitted.classifierThresholds.medium));
    fold.singles = await judgeSingles(
      singles.filter((m) => m.writer === writer),
      judge,
      options,
      fitted.classifierThresholds.medium,
    );
    folds.push(fold);
    console.log(`cross-writer: ${writer} done (${fold.results.size} conversations, ${fold.singles.length} messages)`);
  }
}
const crossResults = new Map(folds.flatMap((f) => [...f.results]));
const crossSingles = folds.flatMap((f) => f.singles);
const crossOf = (filter: (c: LabelledConversation) => boolean) =>
  conversationMetrics(corpus.filter((c) => filter(c) && crossResults.has(c)).map((c) => ({ label: c.label, stages: c.stages, warnedAt: crossResults.get(c)!.fused.warnedAt })));
const crossAll = crossOf(() => true);
const crossWriterRows = [
  '| writer held out | languages | scams | fused: warned | warned by first pitch | rules alone: warned | benign | fused: false alarms | single messages: precision / recall |',
  '|---|---|---:|---:|---:|---:|---:|---:|---:|',
  ...folds.map((f) => {
    const cs = [...f.results.keys()];
    const m = conversationMetrics(cs.map((c) => ({ label: c.label, stages: c.stages, warnedAt: f.results.get(c)!.fused.warnedAt })));
    const h = conversationMetrics(cs.map((c) => ({ label: c.label, stages: c.stages, warnedAt: f.results.get(c)!.heuristic.warnedAt })));
    const s = f.singles.length ? singleMetrics(f.singles, 'fused') : null;
    return `| ${f.writer} | ${[...new Set(cs.map((c) => c.lang))].sort().join(', ')} | ${m.scams} | ${ratio(m.caught, m.scams).trim()} | ${ratio(m.warnedByPitch, m.withPitch).trim()} | ${ratio(h.caught, h.scams).trim()} | ${m.benign} | ${ratio(m.falseAlarms, m.benign).trim()} | ${s ? `${(100 * s.precision).toFixed(1)}% / ${(100 * s.recall).toFixed(1)}%` : 'n/a'} |`;
  }),
];
const crossSingle = crossSingles.length ? singleMetrics(crossSingles, 'fused') : null;
const crossWorst = worstLanguage(() => true, crossResults);

// Cost: the classifier on the features of corpus messages.
const featureRows: Int32Array[] = [];
for (const c of corpus.slice(0, 60)) {
  new ConversationTracker().prepareAll(c.messages).forEach((p, i) => {
    if (c.messages[i]!.from === 'them') featureRows.push(p.features);
  });
}
const cost = await measureInference(classifier, featureRows);
const modelBytes = statSync(DEFAULT_MODEL_PATH).size;

// The report.
const f3 = (x: number): string => x.toFixed(3);
const pct = (x: number): string => `${(100 * x).toFixed(1)}%`;
const counts = (label: string, lang?: (l: string) => boolean) => corpus.filter((c) => c.label === label && (!lang || lang(c.lang))).length;
const testFused = conversationMetrics(scored((c) => c.split === 'test', 'fused'));
const rate = (n: number, d: number): number => n / Math.max(1, d);
const testWorst = worstLanguage((c) => c.split === 'test', results);
const ddRate = dialogueAlarms.fused / dialogues.length;
const uciRate = uciViews.filter((x) => x.fused).length / uciViews.length;
const met = (ok: boolean): string => (ok ? 'met' : '**not met**');
const bestJanitr = Math.max(janitr.fused.f1, janitr.classifier.f1);
const writersOf = [...new Set(corpus.map((c) => c.writer))];
const nonEnglish = counts('scam', (l) => l !== 'en') + counts('benign', (l) => l !== 'en');

const targetRow = (name: string, test: number, cross: number | null, ok: (x: number) => boolean, fmt = pct): string =>
  `| ${name} | ${fmt(test)} | ${met(ok(test))} | ${cross === null ? 'not run (--quick)' : fmt(cross)} | ${cross === null ? '' : met(ok(cross))} |`;

const report = [
  '# RedFlag evaluation report',
  '',
  'Generated by `npm run eval` (rerun it to reproduce every figure; `--quick` skips the cross-writer folds). Nothing',
  'here was tuned on the test splits, the janitr holdout, the UCI test part, ExAIS or DailyDialog.',
  '',
  `- Classifier: \`${FITTED.modelVersion || 'none'}\`, training-data hash \`${FITTED.trainingDataHash.slice(0, 16)}\`, ${modelBytes.toLocaleString('en')} bytes (${DEFAULT_MODEL_PATH.replace(`${root}/`, '')}). It abstains on a message when fewer than ${pct(FITTED.competence)} of its features were seen in training.`,
  extraTrainingLine(),
  `- Corpus: ${corpus.length} conversations written for this project by ${writersOf.length} writers (${counts('scam')} scam, ${counts('benign')} benign; ${nonEnglish} (${pct(nonEnglish / corpus.length)}) not in English: ${langs.filter((l) => l !== 'en').join(', ')}), and ${singles.length} single messages. All are original; none is generated from templates.`,
  '- Views: **heuristics** = rules alone (`redflag scan --no-model`); **classifier** = the model alone (mean of its top three message probabilities in the conversation, threshold chosen on dev); **fused** = both (the default).',
  '- A conversation counts as warned if the view reached `medium` at any message.',
  '- **Cross-writer**: for every writer, the whole fit (classifier, rule weights, fusion, thresholds) is redone without anything that writer wrote, and tested on all of it. Each writer had their own brief and languages, so a fold also holds out their scenario families and often whole languages: this is the figure to trust for conversations nobody here wrote.',
  '',
  '## Targets',
  '',
  '| target | corpus test split | | cross-writer | |',
  '|---|---|---|---|---|',
  targetRow('fused: at least 95% of scams warned', rate(testFused.caught, testFused.scams), folds.length ? rate(crossAll.caught, crossAll.scams) : null, (x) => x >= 0.95),
  targetRow('fused: at most 2% of benign warned', rate(testFused.falseAlarms, testFused.benign), folds.length ? rate(crossAll.falseAlarms, crossAll.benign) : null, (x) => x <= 0.02),
  targetRow('fused: at least 80% warned at or before the first pitch', rate(testFused.warnedByPitch, testFused.withPitch), folds.length ? rate(crossAll.warnedByPitch, crossAll.withPitch) : null, (x) => x >= 0.8),
  targetRow(`no language below 85% of scams warned (worst: ${testWorst.lang} / ${crossWorst.lang})`, testWorst.recall, folds.length ? crossWorst.recall : null, (x) => x >= 0.85),
  targetRow('single messages, off-platform on: recall at least 80%', singleFused.recall, crossSingle ? crossSingle.recall : null, (x) => x >= 0.8),
  targetRow('single messages, off-platform on: precision at least 90%', singleFused.precision, crossSingle ? crossSingle.precision : null, (x) => x >= 0.9),
  '',
  '| target | measured | |',
  '|---|---|---|',
  `| evasion: evaded later-stage messages keep at least 90% of plain recall | ${pct(evasionKept)} (mean over ${EVASIONS.length} rewrites) | ${met(evasionKept >= 0.9)} |`,
  `| janitr holdout: scam F1 at least 0.80 with a model of at most 1 MB | fused ${f3(janitr.fused.f1)}, classifier ${f3(janitr.classifier.f1)}; ${(modelBytes / 1024).toFixed(0)} kB | ${met(bestJanitr >= 0.8 && modelBytes <= 1 << 20)} |`,
  `| DailyDialog: at most 1% of dialogues reach medium (fused) | ${pct(ddRate)} | ${met(ddRate <= 0.01)} |`,
  `| UCI ham: at most 0.5% of messages reach medium (fused) | ${(100 * uciRate).toFixed(2)}% | ${met(uciRate <= 0.005)} |`,
  `| batched inference at most 20 µs per message (Node, wasm, one thread) | ${cost.batched.toFixed(1)} µs | ${met(cost.batched <= 20)} |`,
  '',
  '## Conversations: project corpus, test split',
  '',
  `Families never seen in training or when choosing thresholds (${corpus.filter((c) => c.split === 'test').length} conversations).`,
  '',
  ...conversationTable('test'),
  '',
  '### By language (test split)',
  '',
  ...languageRows((c) => c.split === 'test', results),
  '',
  '### By end point (test split)',
  '',
  ...endStageRows((c) => c.split === 'test', results),
  '',
  '## Cross-writer',
  '',
  ...(folds.length
    ? [
        `${crossResults.size} conversations and ${crossSingles.length} single messages, each scored by a model that never saw its writer.`,
        '',
        ...crossWriterRows,
        '',
        '### By language (cross-writer)',
        '',
        ...languageRows(() => true, crossResults),
        '',
        '### By end point (cross-writer)',
        '',
        ...endStageRows(() => true, crossResults),
      ]
    : ['Not run (`--quick`).']),
  '',
  '## Single messages: test split',
  '',
  `${singleTest.length} messages from model/messages (test split by id), each scored alone as a one-message conversation. Positives are scam messages from the off-platform stage on; hook and rapport lines and benign hard negatives should stay quiet.`,
  '',
  ...singleRows(singleTest),
  '',
  '## Evasion',
  '',
  `The later-stage scam messages of the single-message test split that the fused view warns on when written plainly (${pct(plainRecall)} of ${evasionBase.length}), rewritten each way (src/eval/evasion.ts; numbers in English words only in English messages): the share still warned.`,
  '',
  '| rewrite | messages changed by it | still warned |',
  '|---|---:|---:|',
  ...evasionRows.map((r) => `| ${r.how} | ${r.messages} | ${pct(r.kept)} |`),
  '',
  '## Conversations: project corpus, dev split (used to choose thresholds, for reference)',
  '',
  ...conversationTable('dev'),
  '',
  '## Scenario families (test split)',
  '',
  ...familyRows,
  '',
  "## Messages: janitr's frozen holdout",
  '',
  `${janitrHoldout.length} X posts (\`../shared/data/x-janitr\`, \`holdout\` ids); scam = any of scam, phishing, recovery_scam (${janitr.fused.positives} posts). Each post is scored as a one-message conversation.`,
  '',
  '| view | precision | recall | F1 | false-positive rate |',
  '|---|---:|---:|---:|---:|',
  ...VIEWS.map((v) => `| ${v} | ${f3(janitr[v].precision)} | ${f3(janitr[v].recall)} | ${f3(janitr[v].f1)} | ${f3(janitr[v].falsePositiveRate)} |`),
  '| janitr int8 transformer, 3.4 MB (published) | 0.938 | 0.612 | 0.741 | n/a |',
  '| janitr fastText, 123 kB (published) | 0.913 | 0.555 | 0.690 | n/a |',
  '',
  "janitr's published figures are for its own collapsed `scam` class, which also counts spam and promotion labels; ours use the narrower scam/phishing/recovery_scam definition, so the comparison is indicative, not exact.",
  '',
  '## False alarms on benign real text',
  '',
  '| data | unit | heuristics | classifier | fused |',
  '|---|---|---:|---:|---:|',
  `| UCI SMS ham, test part (${uciHam.length} messages; the train part trains the classifier) | messages | ${share(uciViews, 'heuristics')} | ${share(uciViews, 'classifier')} | ${share(uciViews, 'fused')} |`,
  `| ExAIS SMS ham (${exais.length} messages; report only) | messages | ${share(exaisViews, 'heuristics')} | ${share(exaisViews, 'classifier')} | ${share(exaisViews, 'fused')} |`,
  `| DailyDialog test (${dialogues.length} dialogues, each speaker in turn as "them"; report only) | dialogues | ${ratio(dialogueAlarms.heuristics, dialogues.length).trim()} | ${ratio(dialogueAlarms.classifier, dialogues.length).trim()} | ${ratio(dialogueAlarms.fused, dialogues.length).trim()} |`,
  ...xdd.map((x) => `| XDailyDialog dev, ${x.lang} (${x.dialogues} dialogues, human translations of DailyDialog; dev data) | dialogues | | | ${pct(x.rate)} |`),
  '',
  '## Size and speed',
  '',
  `- Model file: ${modelBytes.toLocaleString('en')} bytes (logistic regression over ${(2 ** 16).toLocaleString('en')} hashed features, float32, and a one-byte-per-feature map of the features training knew).`,
  `- Inference (onnxruntime-web, wasm, one thread, Node ${process.version}), features precomputed: ${cost.batched.toFixed(1)} µs per message in batches of ${cost.batchSize}; ${cost.unbatched.toFixed(1)} µs per message one call at a time. \`npm run bench\` prints the same measurement with the engine's own costs.`,
  '',
  '## Where the numbers are weak',
  '',
  '- The corpus is written for this project (by several writers with different briefs), not collected from real victims: it is varied but it is not the real distribution. Per-language rows on the test split hold a few dozen conversations or fewer, so one conversation moves a rate by several points; the cross-writer rows are larger.',
  '- Most writers wrote in their own languages, so holding out a writer often holds out a language: the cross-writer figure for those languages measures the rules and the language-independent signals with the model abstaining, which is what a user of an unseen language gets.',
  "- The rules of the 12 newest languages were written without the corpus, then tuned against the train and dev splits of every writer (never the test split). The cross-writer folds refit weights, fusion and thresholds but keep the rules, so for the rules that figure is somewhat optimistic.",
  '- The opening of the script warns only as the issue defines it (a stranger\'s contact plus two of fast intimacy, a move off-platform, a far-away job, shows of wealth); scams that stop at the hook, or after one further step, mostly stay below `medium`. They are a third of the corpus\'s scams by design (end points are spread evenly over the nine stages), and most of the gap to the recall target.',
  "- janitr's posts are X posts about wallet drainers and giveaways, not chat; its labels are silver (machine labelled, human verified). Its definition of scam differs from ours (see above).",
  '- UCI and ExAIS are 2000s/2010s SMS; DailyDialog and XDailyDialog are scripted dialogue. They test false alarms on ordinary talk, not on hard negatives.',
  '',
];
writeFileSync(values.report, `${report.join('\n')}\n`);
console.log(report.slice(10, 30).join('\n'));
console.log(`\nwrote ${values.report}`);

if (values.misses) {
  console.log('\nMisses and false alarms of the fused view in train and dev:');
  for (const [c, r] of results) {
    if (c.split === 'test') continue;
    const warned = r.fused.warnedAt !== null;
    if ((c.label === 'scam') === warned) continue;
    console.log(`${c.label === 'scam' ? 'MISS' : 'FALSE'} ${c.id} [${c.split} ${c.lang}] risk ${r.fused.risk} model ${r.classifier.probability.toFixed(3)}: ${r.fused.reasons.map((x) => `${x.rule}@${x.message}`).join(' ')}`);
  }
}

/** Labelled research samples the shipped model was also trained on (`npm run train -- --samples`), or that there were none. */
function extraTrainingLine(): string {
  const extra = (FITTED as { extraTraining?: Array<{ file: string; sha256: string; scams: number; benign: number }> }).extraTraining ?? [];
  if (extra.length === 0) return '- Extra training data: none (the corpus train split only; `npm run train -- --samples FILE` adds labelled research samples).';
  return `- Extra training data (train split only, not in the cross-writer figure): ${extra.map((e) => `${e.file} (sha256 \`${e.sha256.slice(0, 16)}\`, ${e.scams} scam, ${e.benign} not a scam)`).join('; ')}.`;
}
