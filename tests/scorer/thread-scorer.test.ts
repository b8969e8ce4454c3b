import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadNodeClassifier } from '../../src/classifier/node.ts';
import type { ScoreRequest } from '../../src/scorer/protocol.ts';
import { ThreadScorer } from '../../src/scorer/thread-scorer.ts';

const fixtures = JSON.parse(readFileSync(new URL('../sites/fixtures/conversations.json', import.meta.url), 'utf8')) as Record<
  'scam' | 'benign',
  { messages: Array<{ from: 'them' | 'me'; text: string }>; flag: number[]; quiet: number[]; live: { from: 'them' | 'me'; text: string } }
>;
const request = (thread: string, messages: Array<{ from: 'them' | 'me'; text: string }>, offset = 0, reset = false): ScoreRequest => ({
  type: 'redflag:score',
  thread,
  reset,
  messages: messages.map((m, i) => ({ ...m, key: `k${offset + i}` })),
});

describe.each([
  ['rules alone', async () => new ThreadScorer(null)],
  ['with the classifier', async () => new ThreadScorer(await loadNodeClassifier())],
])('ThreadScorer (%s)', (_name, make) => {
  it('flags the messages that carry the evidence, and a new one that repeats it', async () => {
    const scorer = await make();
    const { messages, flag, quiet } = fixtures.scam;
    const first = await scorer.score('t', request('t', messages));
    expect(first.level).toMatch(/medium|high/);
    const flagged = first.flagged.map((f) => f.key);
    for (const i of flag) expect(flagged).toContain(`k${i}`);
    for (const i of quiet) expect(flagged).not.toContain(`k${i}`);
    const again = await scorer.score('t', request('t', [{ from: 'them', text: 'you must pay the 20% tax before you can withdraw' }], messages.length));
    expect(again.flagged.map((f) => f.key)).toContain(`k${messages.length}`);
    expect(again.length).toBe(messages.length + 1);
  });

  it('lists the domains the other party sent once the thread is warned, in the form an address bar holds', async () => {
    const scorer = await make();
    const quiet = await scorer.score('d', request('d', [{ from: 'them', text: 'my blog is gardening-notes.net' }]));
    expect(quiet.domains).toEqual([]);
    const links = [
      { from: 'them' as const, text: 'register on coinvexa-pro dot com, my aunt is an analyst and we make 3% a day' },
      { from: 'them' as const, text: 'or use https://bіnance.com/login and send usdt trc20 to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t' },
      { from: 'me' as const, text: 'ok I opened mybank.com' },
      { from: 'them' as const, text: 'you must pay the 20% tax before you can withdraw, see www.youtube.com' },
    ];
    const warned = await scorer.score('d', request('d', links, 1));
    expect(warned.level).toMatch(/medium|high/);
    expect(warned.domains.sort()).toEqual(['coinvexa-pro.com', 'gardening-notes.net', 'xn--bnance-pvf.com']);
  });

  it('stays quiet on the benign conversation, and keeps threads apart', async () => {
    const scorer = await make();
    await scorer.score('scam', request('scam', fixtures.scam.messages));
    const benign = await scorer.score('benign', request('benign', fixtures.benign.messages));
    expect(benign.level).toMatch(/none|low/);
    expect(benign.flagged).toEqual([]);
  });

  it('starts a thread over on reset', async () => {
    const scorer = await make();
    await scorer.score('t', request('t', fixtures.scam.messages));
    const reset = await scorer.score('t', request('t', fixtures.benign.messages, 0, true));
    expect(reset.length).toBe(fixtures.benign.messages.length);
    expect(reset.flagged).toEqual([]);
  });
});

describe('ThreadScorer.check', () => {
  it('scores a pasted conversation apart from every thread', async () => {
    const scorer = new ThreadScorer(await loadNodeClassifier());
    await scorer.score('t', request('t', fixtures.benign.messages));
    const checked = await scorer.check(fixtures.scam.messages);
    expect(checked.level).toMatch(/medium|high/);
    expect(checked.reasons.length).toBeGreaterThan(0);
    const thread = await scorer.score('t', request('t', [{ from: 'them', text: 'see you soon' }], fixtures.benign.messages.length));
    expect(thread.length).toBe(fixtures.benign.messages.length + 1);
  });
});
