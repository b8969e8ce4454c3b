import type { Level, Stage } from '../../src/engine/types.ts';
import { parseSample, type Sample, SAMPLE_SCHEMA, type SampleMessage, sampleId } from '../../src/research/sample.ts';

// Valid samples for the research tests, built by hand (not through buildSample) so each test
// controls exactly what is stored.

export interface SampleSpec {
  site?: string;
  texts?: string[];
  messages?: SampleMessage[];
  level?: Level;
  risk?: number;
  stage?: Stage | null;
  language?: string | null;
  savedAt?: string;
  how?: Sample['how'];
  label?: Sample['label'];
}

export function makeSample(spec: SampleSpec = {}): Sample {
  const site = spec.site ?? 'whatsapp';
  const messages = spec.messages ?? (spec.texts ?? ['Hello, is this Anna?', 'No, wrong number', 'My aunt is an analyst, she knows crypto']).map((text, i): SampleMessage => ({ from: i % 2 === 1 ? 'me' : 'them', text }));
  const first = messages[0]!.text;
  const quoteEnd = Math.min(first.length, 5);
  const stage = spec.stage === undefined ? 'wealth' : spec.stage;
  const raw: Sample = {
    schema: SAMPLE_SCHEMA,
    id: sampleId(site, messages),
    savedAt: spec.savedAt ?? '2025-03-01T10:00:00.000Z',
    how: spec.how ?? 'manual',
    site,
    language: spec.language === undefined ? 'en' : spec.language,
    versions: { engine: '0.1.0', rules: 'r-abc123', model: 'm-2025-01' },
    verdict: {
      level: spec.level ?? 'high',
      risk: spec.risk ?? 0.93,
      stage,
      stages: stage ? { hook: 0, [stage]: messages.length - 1 } : {},
      reasons: [
        { rule: 'wrong_number', text: 'Opened with a “wrong number”.', stage: 'hook', points: 1.5, message: 0, evidence: { start: 0, end: quoteEnd, quote: first.slice(0, quoteEnd) } },
        { rule: 'wealth_mentor', text: 'A relative who is an expert at investing.', stage: 'wealth', points: 2, message: messages.length - 1, evidence: null },
      ],
    },
    messages,
    excerpt: { first: 4, total: 4 + messages.length },
    redaction: { PERSON: 1 },
    label: spec.label ?? null,
  };
  const parsed = parseSample(raw);
  if (!parsed.ok) throw new Error(`test sample is invalid: ${parsed.error}`);
  return parsed.sample;
}

/** A deep copy as plain JSON, to edit freely in tests of validation. */
export function asJson(sample: Sample): Record<string, unknown> {
  return JSON.parse(JSON.stringify(sample)) as Record<string, unknown>;
}
