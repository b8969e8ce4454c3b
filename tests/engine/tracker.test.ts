import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNodeClassifier } from '../../src/classifier/node.ts';
import { DEFAULT_FUSION, DEFAULT_SCORING, levelOf } from '../../src/engine/score.ts';
import { addWithClassifier, ConversationTracker, scanConversation, scanWithClassifier } from '../../src/engine/tracker.ts';
import type { Message } from '../../src/engine/types.ts';
import { parseConversationLine } from '../../src/format/conversation.ts';

const examples = readFileSync(new URL('../../model/examples/conversations.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => {
    const parsed = parseConversationLine(line);
    if (!parsed.ok) throw new Error(parsed.error);
    return parsed.value;
  });
const byId = (id: string) => examples.find((e) => e.id === id)!;

const scam: Message[] = [
  { from: 'them', text: 'Hi is this Jenny? sorry wrong number', time: '2026-01-01T10:00:00Z' },
  { from: 'them', text: 'good morning dear, add me on WhatsApp', time: '2026-01-02T10:00:00Z' },
  { from: 'them', text: 'my aunt is a senior analyst, I can teach you to trade crypto', time: '2026-01-03T10:00:00Z' },
  { from: 'them', text: 'register on coinvexa.pro and send usdt to the deposit address', time: '2026-01-04T10:00:00Z' },
  { from: 'me', text: 'ok i sent 500 usdt', time: '2026-01-05T10:00:00Z' },
  { from: 'them', text: 'you must pay 20% tax before you can withdraw', time: '2026-01-20T10:00:00Z' },
];

describe('ConversationTracker', () => {
  it('gives the same verdict incrementally as from scratch, at every point', () => {
    for (const conversation of [...examples.map((e) => e.messages), scam]) {
      const tracker = new ConversationTracker();
      conversation.forEach((m, i) => {
        tracker.add(m);
        expect(tracker.verdict()).toEqual(scanConversation(conversation.slice(0, i + 1)));
      });
    }
  });

  it('follows the script through its stages and records when each began', () => {
    const v = scanConversation(scam);
    expect(v.stage).toBe('withdrawal');
    expect(v.level).toBe('high');
    expect(v.stages.hook?.message).toBe(0);
    expect(v.stages.off_platform?.message).toBe(1);
    expect(v.stages.pitch?.message).toBe(2);
    expect(v.stages.withdrawal?.message).toBe(5);
    expect(v.stages.withdrawal?.time).toBe(Date.parse('2026-01-20T10:00:00Z'));
    expect(v.warnedAt).not.toBeNull();
    expect(v.warnedAt!).toBeLessThanOrEqual(3);
  });

  it('explains every point with a rule, a message and quoted evidence', () => {
    const v = scanConversation(scam);
    const total = v.reasons.reduce((sum, r) => sum + r.points, 0);
    expect(total).toBeCloseTo(v.score, 2);
    for (const r of v.reasons) {
      expect(r.text.length).toBeGreaterThan(0);
      if (r.evidence) expect(scam[r.message]!.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.quote);
    }
  });

  it('stays quiet on innocent conversations that share surface features', () => {
    for (const id of ['example-genuine-wrong-number', 'example-couple-bitcoin', 'example-scam-awareness']) {
      expect(scanConversation(byId(id).messages).level, id).toMatch(/none|low/);
    }
  });

  it('warns on the bundled scam examples', () => {
    for (const id of ['example-wrong-number-scam', 'example-dating-evasive-scam']) {
      expect(scanConversation(byId(id).messages).level, id).toBe('high');
    }
  });

  it("does not count the user's own words until the other party has pitched", () => {
    const alone = scanConversation([{ from: 'me', text: 'ok i sent 500 usdt' }]);
    expect(alone.score).toBe(0);
    expect(alone.reasons).toHaveLength(0);
  });

  it("discounts scam lines inside a message that reports someone else's words", () => {
    const direct = scanConversation([{ from: 'them', text: 'my uncle is a senior analyst, I can teach you to trade crypto' }]);
    const quoted = scanConversation([{ from: 'them', text: 'she said her uncle is a senior analyst and wants to teach you to trade crypto, be careful' }]);
    expect(quoted.score).toBeLessThan(direct.score / 2);
    expect(quoted.stage).toBeNull();
  });

  it('meta rules respect their time window', () => {
    const slow: Message[] = [
      { from: 'them', text: 'good morning honey', time: '2026-01-01T00:00:00Z' },
      { from: 'them', text: "let's talk on telegram", time: '2026-01-02T00:00:00Z' },
      { from: 'them', text: 'you should try investing in crypto with me', time: '2026-06-01T00:00:00Z' },
    ];
    const fast = slow.map((m, i) => ({ ...m, time: `2026-01-0${i + 1}T00:00:00Z` }));
    const rules = (ms: Message[]) => scanConversation(ms).reasons.map((r) => r.rule);
    expect(rules(fast)).toContain('meta_romance_to_money');
    expect(rules(slow)).not.toContain('meta_romance_to_money');
  });

  it('adding a message does not depend on the length of the thread', () => {
    const tracker = new ConversationTracker();
    const filler = 'how was your day? mine was busy with work and the kids';
    for (let i = 0; i < 5000; i++) tracker.add({ from: i % 2 ? 'me' : 'them', text: `${filler} ${i}` });
    const analysis = tracker.add({ from: 'them', text: 'my aunt is an analyst' });
    expect(analysis.hits.map((h) => h.rule.id)).toContain('en.relative_analyst');
    expect(tracker.length).toBe(5001);
  });

  it('copes with hostile text without throwing', () => {
    const hostile = [
      '<script>alert(1)</script><img src=x onerror=alert(1)>',
      '\u202E\u200B\u200B\uFEFF'.repeat(1000),
      '𝐈'.repeat(20_000),
      'a\u0301\u0302\u0303'.repeat(5000),
      '\uD800 lone surrogate',
    ];
    for (const text of hostile) expect(() => scanConversation([{ from: 'them', text }])).not.toThrow();
  });

  it('folds a classifier probability into the risk when one is given', () => {
    const withModel = new ConversationTracker();
    const without = new ConversationTracker();
    const m: Message = { from: 'them', text: 'hello there' };
    withModel.add(m, { probability: 0.99, alone: 0.99 });
    without.add(m);
    expect(withModel.verdict().risk).toBeGreaterThan(without.verdict().risk);
  });
});
describe('scanWithClassifier, scoring a long conversation in classifier batches', () => {
  it('gives the same verdict as scoring it in one batch', async () => {
    const examples = readFileSync(new URL('../../model/examples/conversations.jsonl', import.meta.url), 'utf8').split('\n').filter(Boolean);
    const [scams, benign] = [0, 1].map((k) => examples.filter((_, i) => (i < 2) === (k === 0)).flatMap((l) => (JSON.parse(l) as { messages: Message[] }).messages));
    // A couple's benign chat first, so the script (stages, meta rules, the warning) unfolds across batch
    // boundaries. (Not the genuine wrong number: repeated next to pet names it is the script's opening.)
    const couple = (JSON.parse(examples.at(-1)!) as { messages: Message[] }).messages;
    const pool = [...Array.from({ length: 700 }, (_, i) => couple[i % couple.length]!), ...Array.from({ length: 1300 }, (_, i) => [...scams!, ...benign!][i % (scams!.length + benign!.length)]!)];
    const messages = pool.map((m, i) => ({ ...m, time: Date.UTC(2026, 0, 1) + i * 3_600_000 }));
    expect(messages).toHaveLength(2000);
    const classifier = await loadNodeClassifier();
    const one = new ConversationTracker();
    await addWithClassifier(one, messages, classifier);
    const whole = one.verdict();
    expect(whole.warnedAt).toBeGreaterThan(512);
    expect((await scanWithClassifier(messages, classifier)).verdict()).toEqual(whole);
    expect((await scanWithClassifier(messages, classifier, {}, 7)).verdict()).toEqual(whole);
  });
});

describe('the opening of the script', () => {
  const at = (day: number, hour = 12) => `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`;

  it('warns at medium when a stranger moves fast to closeness and another app, before any money talk', () => {
    const verdict = scanConversation([
      { from: 'them', text: 'Hi, is this Jenny?', time: at(2) },
      { from: 'me', text: 'no, wrong number', time: at(2, 13) },
      { from: 'them', text: "oh sorry! I'm working in Singapore now, maybe it is fate", time: at(2, 14) },
      { from: 'them', text: 'good morning dear, did you sleep well?', time: at(4) },
      { from: 'them', text: 'I rarely use this app, add me on WhatsApp', time: at(5) },
    ]);
    expect(verdict.level).toBe('medium');
    expect(verdict.reasons.map((r) => r.rule)).toContain('script_opening');
  });

  it('warns at medium on a stranger\'s contact and one next move (here a far-away job)', () => {
    const verdict = scanConversation([
      { from: 'them', text: 'Hello, is this Mr. Tan? I am confirming the dinner booking', time: at(2) },
      { from: 'me', text: 'no, wrong number', time: at(2, 13) },
      { from: 'them', text: 'Oh sorry! Nice to meet you anyway. I\u2019m working in Singapore as an engineer, where are you from?', time: at(2, 14) },
    ]);
    expect(verdict.level).toBe('medium');
    expect(verdict.reasons.map((r) => r.rule)).toContain('script_opening');
  });

  it('stays quiet on a real wrong number that ends politely', () => {
    const verdict = scanConversation([
      { from: 'them', text: 'Hi, is this Jenny?', time: at(2) },
      { from: 'me', text: 'no, wrong number', time: at(2, 13) },
      { from: 'them', text: 'so sorry to bother you, have a nice day', time: at(2, 14) },
    ]);
    expect(verdict.reasons.map((r) => r.rule)).not.toContain('script_opening');
    expect(verdict.level === 'none' || verdict.level === 'low').toBe(true);
  });
});

describe('risk and level', () => {
  // A floor (the opening), a cap (no high before money talk) or one alarming message moves the level;
  // the risk moves with it, so a list sorted by risk never puts a warned conversation under a quiet one.
  const cases: Message[][] = [
    ...examples.map((e) => e.messages),
    [{ from: 'them', text: 'To release your funds you must first pay the 20% personal income tax within 48 hours' }],
    [{ from: 'them', text: 'Is this Jenny? sorry wrong number' }, { from: 'them', text: 'I work on an oil rig, maybe it is fate' }],
  ];
  it.each(cases.map((c, i) => [i, c] as const))('agree in case %i, with and without the model', async (_i, messages) => {
    const rulesOnly = scanConversation(messages);
    expect(levelOf(rulesOnly.risk, DEFAULT_SCORING.thresholds)).toBe(rulesOnly.level);
    const tracker = await scanWithClassifier(messages, await loadNodeClassifier());
    const fused = tracker.verdict();
    expect(levelOf(fused.risk, tracker.modelProbability() === null ? DEFAULT_SCORING.thresholds : DEFAULT_FUSION.thresholds)).toBe(fused.level);
  });
});

describe('a classifier outside its competence', () => {
  const constant = (probability: number, coverage: number) => ({
    version: 'test',
    score: async (rows: readonly Int32Array[]) => ({ probability: new Float32Array(rows.length).fill(probability), alone: new Float32Array(rows.length).fill(probability), coverage: new Float32Array(rows.length).fill(coverage) }),
  });
  // No stranger's contact here: the opening's floor would set the level (and so the risk) whatever the model said.
  const messages: Message[] = [
    { from: 'them', text: '안녕하세요 오늘 날씨 정말 좋네요' },
    { from: 'them', text: 'my aunt is a senior analyst' },
  ];

  it('abstains: a low probability on text it cannot read is no evidence of innocence', async () => {
    const rulesAlone = scanConversation(messages);
    const abstained = (await scanWithClassifier(messages, constant(0.01, 0.1), { competence: 0.5 })).verdict();
    expect(abstained.risk).toBe(rulesAlone.risk);
    expect(abstained.level).toBe(rulesAlone.level);
  });

  it('votes where it is competent', async () => {
    const voted = await scanWithClassifier(messages, constant(0.01, 0.9), { competence: 0.5 });
    expect(voted.modelProbability()).toBeCloseTo(0.01);
    expect(voted.verdict().risk).toBeLessThan(scanConversation(messages).risk);
  });
});
