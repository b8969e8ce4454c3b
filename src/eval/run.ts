// `npm run eval`: conversation-level quality of the engine on the project corpus.
// Rules are tuned only while looking at train and dev; `--misses` therefore
// never lists test conversations, and the test split is the honest figure.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadCorpus, type LabelledConversation, type Split } from '../corpus/load.ts';
import { levelAtLeast, scanConversation } from '../engine/index.ts';
import { conversationMetrics, ratio, type ScoredConversation } from './metrics.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const { values } = parseArgs({
  options: {
    corpus: { type: 'string', default: join(root, 'model', 'corpus') },
    misses: { type: 'boolean', default: false },
  },
});

const corpus = loadCorpus(values.corpus);
const scored = corpus.map((c) => ({ c, label: c.label, stages: c.stages, verdict: scanConversation(c.messages) }));

function row(name: string, items: ScoredConversation[]): string {
  const m = conversationMetrics(items);
  return [
    name.padEnd(22),
    String(m.scams).padStart(5),
    ratio(m.caught, m.scams),
    String(m.benign).padStart(7),
    ratio(m.falseAlarms, m.benign),
    ratio(m.warnedByPitch, m.withPitch),
    ratio(m.warnedBeforeDeposit, m.withDeposit),
  ].join('  ');
}

console.log(`RedFlag engine, heuristics only, corpus ${values.corpus} (${corpus.length} conversations)`);
console.log('A conversation counts as warned when its level reaches "medium" (the inline warning).\n');
console.log(['split / language'.padEnd(22), 'scams', 'recall', ' benign', 'false alarms', 'by pitch', 'pre-deposit'].join('  '));
const splits: Split[] = ['train', 'dev', 'test'];
const isEnglish = (c: LabelledConversation): boolean => c.lang === 'en';
for (const split of splits) {
  const inSplit = scored.filter((s) => s.c.split === split);
  console.log(row(`${split} (all)`, inSplit));
  console.log(row(`${split} (English)`, inSplit.filter((s) => isEnglish(s.c))));
  console.log(row(`${split} (other langs)`, inSplit.filter((s) => !isEnglish(s.c))));
}
console.log(row('all', scored));
console.log('\nrecall: scam conversations reaching medium. false alarms: benign ones reaching medium.');
console.log('by pitch: scams warned at or before the first message labelled "pitch". pre-deposit: warned before the first "deposit" message.');
console.log('The test split (families never looked at while writing rules) is the honest figure.');

if (values.misses) {
  console.log('\nMisses and false alarms in train and dev:');
  for (const s of scored) {
    if (s.c.split === 'test') continue;
    const warned = levelAtLeast(s.verdict.level, 'medium');
    if ((s.label === 'scam') === warned) continue;
    const fired = s.verdict.reasons.map((r) => `${r.rule}@${r.message}`).join(' ');
    console.log(`${s.label === 'scam' ? 'MISS' : 'FALSE'} ${s.c.id} [${s.c.split} ${s.c.lang}] score ${s.verdict.score} stage ${s.verdict.stage ?? '-'}: ${fired}`);
  }
}
