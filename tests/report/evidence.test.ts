import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanConversation } from '../../src/engine/tracker.ts';
import type { Message } from '../../src/engine/types.ts';
import { rulesVersion } from '../../src/engine/version.ts';
import { buildEvidence, canonicalTime, EXCERPT_CONTEXT, EXCERPT_MAX, excerptIndexes } from '../../src/report/evidence.ts';
import { BANK_OR_EXCHANGE } from '../../src/report/places.ts';
import { BITCOIN, evidenceInput, PHONE, SCAM, TRON } from './conversation.ts';

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

describe('buildEvidence', () => {
  const report = buildEvidence(evidenceInput(SCAM));

  it('carries the header facts', () => {
    expect(report).toMatchObject({ title: 'WhatsApp Web: Anna', source: 'WhatsApp Web', createdAt: '2026-02-01T08:30:00.000Z', level: 'high', stage: 'withdrawal', redaction: null });
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(report.engine).toMatchObject({ version: pkg.version, rules: rulesVersion(), model: null });
    expect(report.engine.ruleWeights).not.toBe('');
    expect(buildEvidence(evidenceInput(SCAM, { model: 'mlp-test-1' })).engine.model).toBe('mlp-test-1');
  });

  it('lays out the stages reached in order, each with the message and time it began', () => {
    expect(report.timeline.map((t) => [t.stage, t.message, t.time])).toEqual([
      ['hook', 0, '2026-01-01T09:00:00.000Z'],
      ['rapport', 2, '2026-01-01T09:10:00.000Z'],
      ['off_platform', 3, '2026-01-02T10:00:00.000Z'],
      ['wealth', 5, '2026-01-05T12:00:00.000Z'],
      ['pitch', 6, '2026-01-06T12:00:00.000Z'],
      ['platform', 7, '2026-01-07T12:00:00.000Z'],
      ['deposit', 8, '2026-01-08T12:00:00.000Z'],
      ['withdrawal', 10, '2026-01-20T12:00:00.000Z'],
    ]);
  });

  it('groups every reason under its message, strongest first, with the words that fired it', () => {
    const verdict = scanConversation(SCAM);
    expect(report.findings.flatMap((g) => g.findings)).toHaveLength(verdict.reasons.length);
    expect(report.findings.map((g) => g.message)).toEqual([...new Set(verdict.reasons.map((r) => r.message))].sort((a, b) => a - b));
    for (const group of report.findings) {
      expect(group.time).toBe(canonicalTime(SCAM[group.message]!.time));
      const points = group.findings.map((f) => f.points);
      expect(points).toEqual([...points].sort((a, b) => b - a));
      for (const f of group.findings) if (f.quote !== null) expect(SCAM[group.message]!.text).toContain(f.quote);
    }
    const withdrawal = report.findings.find((g) => g.message === 10)!.findings;
    expect(withdrawal.some((f) => f.stage === 'withdrawal' && f.quote !== null && /withdraw/i.test(f.quote))).toBe(true);
  });

  it('lists what the other party sent, each once, at its first message', () => {
    expect(report.domains).toEqual([
      expect.objectContaining({ host: 'coinvexa-pro.top', domain: 'coinvexa-pro.top', written: 'coinvexa-pro.top', judgement: 'suspicious', message: 7 }),
    ]);
    expect(report.wallets).toEqual([{ address: TRON, network: 'tron', message: 8 }]);
    expect(report.amounts).toEqual([{ written: '5000 USDT', amount: 5000, currency: 'usdt', message: 8 }]);
    // The user's own number (message 4) is theirs, not evidence against anyone.
    expect(report.phones).toEqual([{ written: PHONE, message: 3 }]);
    // "Telegram: @coinvexa_support" and the bare "@coinvexa_support" are one contact.
    expect(report.handles).toEqual([{ written: 'Telegram: @coinvexa_support', message: 7 }]);
  });

  it('judges domains, names the brand a look-alike imitates, and leaves out real exchanges', () => {
    const messages: Message[] = [
      { from: 'them', text: 'buy usdt on binance.com first' },
      { from: 'them', text: `then log in at coinbase-pro-global.com and send it to ${BITCOIN}` },
      { from: 'me', text: 'is coinvexa.trade the same?' },
    ];
    const r = buildEvidence(evidenceInput(messages));
    expect(r.domains.map((d) => [d.host, d.judgement, d.brand, d.message])).toEqual([['coinbase-pro-global.com', 'lookalike', 'Coinbase', 1]]);
    expect(r.wallets).toEqual([{ address: BITCOIN, network: 'bitcoin', message: 1 }]);
  });

  it('shows the excerpt from a few messages before the first finding, and says what it left out', () => {
    const chatter: Message[] = Array.from({ length: 12 }, (_, i) => ({ from: i % 2 ? 'me' : 'them', text: `the weather is fine today, number ${i}` }));
    const messages = [...chatter, ...SCAM];
    const r = buildEvidence(evidenceInput(messages));
    const firstReason = Math.min(...scanConversation(messages).reasons.map((x) => x.message));
    expect(firstReason).toBeGreaterThanOrEqual(12);
    const start = firstReason - EXCERPT_CONTEXT;
    expect(r.excerpt.messages.map((m) => m.index)).toEqual(Array.from({ length: messages.length - start }, (_, k) => start + k));
    expect(r.excerpt.omitted).toEqual([{ from: 0, to: start - 1 }]);
    expect(r.excerpt.total).toBe(messages.length);
    expect(r.excerpt.messages[0]!.text).toBe(messages[start]!.text);
  });

  it('hashes exactly the documented canonical form of the excerpt', () => {
    const canonical = JSON.stringify(
      report.excerpt.messages.map((m) => {
        const original = SCAM[m.index]!;
        return { from: original.from, text: original.text, time: new Date(original.time!).toISOString() };
      }),
    );
    expect(report.integrity).toMatchObject({ algorithm: 'SHA-256', hash: sha256(canonical), messageCount: report.excerpt.messages.length, redacted: false });
    expect(report.integrity.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(report.integrity.method).toContain('JSON');
  });

  it('keeps invisible characters in the text and the hash, and counts them', () => {
    const messages: Message[] = [...SCAM.slice(0, 9), { from: 'them', text: 'pay the 20% t\u200Bax to with\u200Ddraw, \u202Eno' }];
    const r = buildEvidence(evidenceInput(messages));
    const last = r.excerpt.messages.at(-1)!;
    expect(last.text).toBe(messages[9]!.text);
    expect(last.invisibleCharacters).toBe(3);
    expect(r.integrity.hash).toBe(sha256(JSON.stringify(r.excerpt.messages.map(({ from, text, time }) => ({ from, text, time })))));
  });

  it('reads times given as milliseconds, keeps a time it cannot read as written, and leaves a missing one empty', () => {
    expect(canonicalTime(Date.UTC(2026, 0, 2, 3, 4, 5))).toBe('2026-01-02T03:04:05.000Z');
    expect(canonicalTime('2026-01-02T11:04:05+08:00')).toBe('2026-01-02T03:04:05.000Z');
    expect(canonicalTime('yesterday 9pm')).toBe('yesterday 9pm');
    expect(canonicalTime(1e20)).toBe('100000000000000000000');
    expect(canonicalTime(undefined)).toBeNull();
    expect(canonicalTime(null as unknown as undefined)).toBeNull();
  });

  it('ends the places with the bank or exchange, for the chosen country', () => {
    expect(report.places.code).toBe('GB');
    expect(report.places.country).toBe('United Kingdom');
    expect(report.places.places.at(-1)).toEqual(BANK_OR_EXCHANGE);
  });

  it('refuses a verdict that belongs to another conversation, and a date that is not one', () => {
    expect(() => buildEvidence(evidenceInput(SCAM.slice(0, 3), { verdict: scanConversation(SCAM) }))).toThrow(/conversation has 3 messages/);
    expect(() => buildEvidence(evidenceInput(SCAM, { createdAt: new Date('nonsense') }))).toThrow(/createdAt/);
  });

  it('reports an empty conversation without failing', () => {
    const r = buildEvidence(evidenceInput([]));
    expect(r.excerpt).toEqual({ messages: [], total: 0, omitted: [] });
    expect(r.integrity.hash).toBe(sha256('[]'));
    expect(r.timeline).toEqual([]);
  });
});

describe('excerpt cap', () => {
  // 1,000 messages: the scam's steps spread through a long, friendly chat.
  const long: Message[] = Array.from({ length: 1000 }, (_, i) => ({ from: i % 2 ? 'me' : 'them', text: `how was your day? (${i})` }));
  const at = [20, 150, 400, 401, 650, 700, 900, 910, 995];
  SCAM.filter((m) => m.from === 'them').forEach((m, k) => {
    long[at[k]!] = m;
  });
  const verdict = scanConversation(long);
  const r = buildEvidence(evidenceInput(long, { verdict }));
  const shown = r.excerpt.messages.map((m) => m.index);

  it(`shows at most ${EXCERPT_MAX} messages, and every one with a finding`, () => {
    expect(shown).toHaveLength(EXCERPT_MAX);
    for (const reason of verdict.reasons) expect(shown).toContain(reason.message);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
  });

  it('keeps the message either side of a finding, the opening, and the end of the conversation', () => {
    const first = Math.min(...verdict.reasons.map((x) => x.message));
    expect(shown.slice(0, EXCERPT_CONTEXT)).toEqual([first - 3, first - 2, first - 1]);
    expect(shown).toContain(399);
    expect(shown).toContain(402);
    expect(shown.at(-1)).toBe(999);
  });

  it('accounts for every message: shown or in a noted gap', () => {
    const covered = new Set(shown);
    for (const gap of r.excerpt.omitted) {
      expect(gap.from).toBeLessThanOrEqual(gap.to);
      for (let i = gap.from; i <= gap.to; i++) {
        expect(covered.has(i)).toBe(false);
        covered.add(i);
      }
    }
    expect(covered.size).toBe(long.length);
  });

  it('hashes the excerpt as shown, gaps and all', () => {
    expect(r.integrity.messageCount).toBe(EXCERPT_MAX);
    expect(r.integrity.hash).toBe(sha256(JSON.stringify(shown.map((i) => ({ from: long[i]!.from, text: long[i]!.text, time: long[i]!.time ? new Date(long[i]!.time!).toISOString() : null })))));
  });

  it('needs no reasons to cap: a long quiet chat shows its latest messages', () => {
    expect(excerptIndexes(1000, [])).toEqual(Array.from({ length: EXCERPT_MAX }, (_, k) => 1000 - EXCERPT_MAX + k));
    expect(excerptIndexes(10, [])).toEqual(Array.from({ length: 10 }, (_, k) => k));
  });
});

describe('buildEvidence, redacted', () => {
  const input = evidenceInput(SCAM, { redact: true, source: 'redflag scan chats/margaret-jenny.txt', redactNames: ['Margaret'] });
  const report = buildEvidence(input);
  const everything = JSON.stringify(report);

  it('replaces names and numbers in the excerpt, the quotes, the title and the source', () => {
    for (const secret of ['Jenny', 'Margaret', 'margaret', 'Anna', PHONE, '212 555 0199', 'coinvexa_support']) expect(everything).not.toContain(secret);
    expect(report.excerpt.messages[0]!.text).toMatch(/^Hi, is this \[PERSON_\d+\]\? Sorry, wrong number$/);
    expect(report.findings.find((g) => g.message === 0)!.findings[0]!.quote).toMatch(/\[PERSON_\d+\]/);
    expect(report.title).toMatch(/^WhatsApp Web: \[PERSON_\d+\]$/);
    expect(report.redaction?.counts).toMatchObject({ PERSON: 3, PHONE: 2, HANDLE: 1 });
  });

  it('withholds phone numbers and handles, and keeps what traces the money', () => {
    expect(report.phones).toBeNull();
    expect(report.handles).toBeNull();
    expect(report.wallets).toEqual([{ address: TRON, network: 'tron', message: 8 }]);
    expect(report.domains.map((d) => d.host)).toEqual(['coinvexa-pro.top']);
    expect(report.amounts.map((a) => a.written)).toEqual(['5000 USDT']);
    expect(report.timeline).toEqual(buildEvidence(evidenceInput(SCAM)).timeline);
  });

  it('hashes the excerpt as shown, redacted, and says so', () => {
    expect(report.integrity.redacted).toBe(true);
    expect(report.integrity.hash).toBe(sha256(JSON.stringify(report.excerpt.messages.map(({ from, text, time }) => ({ from, text, time })))));
    expect(report.integrity.hash).not.toBe(buildEvidence(evidenceInput(SCAM)).integrity.hash);
  });

  it('keeps the reasons on their own messages when the excerpt starts later', () => {
    // The user's own messages first: the opener must still be the other party's first.
    const chatter: Message[] = Array.from({ length: 8 }, (_, i) => ({ from: 'me', text: `is anyone there? ${i}` }));
    const messages = [...chatter, ...SCAM];
    const r = buildEvidence(evidenceInput(messages, { redact: true }));
    expect(r.excerpt.messages[0]!.index).toBeGreaterThan(0);
    expect(r.findings.map((g) => g.message)).toEqual(buildEvidence(evidenceInput(messages)).findings.map((g) => g.message));
    const wrongNumber = r.findings.flatMap((g) => g.findings.map((f) => ({ ...f, message: g.message }))).find((f) => f.rule === 'wrong_number')!;
    expect(wrongNumber.message).toBe(8);
    expect(wrongNumber.quote).toMatch(/^is this \[PERSON_\d+\]\?$/);
  });
});
