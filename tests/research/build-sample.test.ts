import { describe, expect, it } from 'vitest';
import { type Message, type Reason, scanConversation, type Verdict } from '../../src/engine/index.ts';
import { buildSample, type SampleInput } from '../../src/research/build-sample.ts';
import { parseSample, sampleId } from '../../src/research/sample.ts';

const messages: Message[] = [
  { from: 'them', text: 'Hello, is this David? Sorry, wrong number', time: Date.UTC(2025, 0, 5, 9, 0) },
  { from: 'me', text: 'No, who is this?', time: '2025-01-05T10:01:00+01:00' },
  { from: 'them', text: 'I am Lisa Wong. Text me on +1 415 555 0132 or write to lisa.wong88@gmail.com', time: 'not a date' },
  { from: 'them', text: 'My aunt is an analyst, she made 30% last month trading BTC. I can teach you on her platform.' },
];

const PHONE_QUOTE = '+1 415 555 0132';

/** The engine's verdict, plus a reason quoting the phone number, as a rule on contact details would. */
function verdictWithPhoneEvidence(): Verdict {
  const verdict = scanConversation(messages);
  const start = messages[2]!.text.indexOf(PHONE_QUOTE);
  const phone: Reason = { rule: 'off_platform_contact', text: 'Asked to move the chat to another app.', stage: 'off_platform', points: 1, message: 2, evidence: { start, end: start + PHONE_QUOTE.length, quote: PHONE_QUOTE } };
  return { ...verdict, reasons: [...verdict.reasons, phone] };
}

function input(overrides: Partial<SampleInput> = {}): SampleInput {
  return {
    site: 'whatsapp',
    how: 'manual',
    messages,
    first: 10,
    total: 30,
    verdict: verdictWithPhoneEvidence(),
    names: ['David'],
    language: 'en',
    versions: { engine: '0.1.0', rules: 'r-1', model: null },
    now: new Date('2025-02-01T12:00:00Z'),
    ...overrides,
  };
}

describe('buildSample', () => {
  it('stores no name, phone number or e-mail address, only how many there were', () => {
    const sample = buildSample(input());
    const stored = JSON.stringify(sample);
    for (const secret of ['David', 'Lisa', 'Wong', '415', '555 0132', 'lisa.wong88', 'gmail']) expect(stored).not.toContain(secret);
    expect(sample.redaction).toMatchObject({ PHONE: 1, EMAIL: 1 });
    expect(sample.redaction.PERSON).toBeGreaterThanOrEqual(2);
    // What tells the story stays.
    expect(sample.messages[3]!.text).toBe(messages[3]!.text);
    expect(sample.messages.map((m) => m.from)).toEqual(['them', 'me', 'them', 'them']);
  });

  it('remaps evidence onto the redacted text', () => {
    const sample = buildSample(input());
    for (const reason of sample.verdict.reasons) {
      if (!reason.evidence) continue;
      expect(reason.evidence.quote).toBe(sample.messages[reason.message]!.text.slice(reason.evidence.start, reason.evidence.end));
    }
    const phone = sample.verdict.reasons.find((r) => r.rule === 'off_platform_contact')!;
    expect(phone.evidence!.quote).not.toContain('415');
    expect(phone.evidence!.quote).toMatch(/\[PHONE_1\]/);
    // The engine's own reasons come through with their evidence.
    const engine = scanConversation(messages);
    expect(engine.reasons.length).toBeGreaterThan(0);
    expect(sample.verdict.reasons.map((r) => r.rule)).toEqual([...engine.reasons.map((r) => r.rule), 'off_platform_contact']);
  });

  it('gives the same excerpt the same id, whenever it is saved and however', () => {
    const a = buildSample(input());
    const b = buildSample(input({ now: new Date('2026-01-01T00:00:00Z'), how: 'auto' }));
    expect(a.id).toMatch(/^[0-9a-f]{32}$/);
    expect(b.id).toBe(a.id);
    expect(a.id).toBe(sampleId('whatsapp', a.messages));
    expect(buildSample(input({ site: 'telegram-k' })).id).not.toBe(a.id);
  });

  it('records the verdict, the excerpt, the versions and the time, as a valid sample', () => {
    const verdict = verdictWithPhoneEvidence();
    const sample = buildSample(input({ verdict }));
    expect(parseSample(sample)).toEqual({ ok: true, sample });
    expect(sample).toMatchObject({
      savedAt: '2025-02-01T12:00:00.000Z',
      how: 'manual',
      site: 'whatsapp',
      language: 'en',
      versions: { engine: '0.1.0', rules: 'r-1', model: null },
      excerpt: { first: 10, total: 30 },
      label: null,
      verdict: { level: verdict.level, risk: verdict.risk, stage: verdict.stage },
    });
    for (const [stage, mark] of Object.entries(verdict.stages)) expect(sample.verdict.stages[stage as keyof typeof verdict.stages]).toBe(mark.message);
  });

  it('writes times as ISO 8601 in UTC and leaves out a time that is not one', () => {
    const sample = buildSample(input());
    expect(sample.messages.map((m) => m.time)).toEqual(['2025-01-05T09:00:00.000Z', '2025-01-05T09:01:00.000Z', undefined, undefined]);
    expect('time' in sample.messages[2]!).toBe(false);
  });

  it('redacts the names the page knows even where nothing else marks them as names', () => {
    const withHandleName = [{ from: 'them' as const, text: 'zhu-laoshi here, add me' }];
    const sample = buildSample(input({ messages: withHandleName, verdict: scanConversation(withHandleName), names: ['zhu-laoshi'], first: 0, total: 1 }));
    expect(sample.messages[0]!.text).not.toContain('zhu-laoshi');
    expect(sample.redaction.PERSON).toBe(1);
  });

  it('refuses an excerpt a sample cannot hold, saying why', () => {
    const long = Array.from({ length: 2001 }, (): Message => ({ from: 'me', text: 'ok' }));
    expect(() => buildSample(input({ messages: long, verdict: scanConversation(long), first: 0, total: 2001 }))).toThrow(
      'cannot save this sample: messages holds too many messages (2,001; the limit is 2,000)',
    );
  });
});
