import { describe, expect, it } from 'vitest';
import { chunkMessages, LIMITS, parseCheckRequest, parseExcerptRequest, parseScoreRequest } from '../../src/scorer/protocol.ts';

const ok = { type: 'redflag:score', thread: 't1', reset: false, messages: [{ key: 'k', from: 'them', text: 'hi' }] };

describe('parseScoreRequest', () => {
  it('accepts a well-formed request and keeps only the fields it knows', () => {
    const parsed = parseScoreRequest({ ...ok, extra: 1, messages: [{ key: 'k', from: 'them', text: 'hi', html: '<b>' }] });
    expect(parsed).toEqual({ ok: true, value: ok });
  });

  it.each([
    ['not an object', null, /not a scoring request/],
    ['wrong type', { ...ok, type: 'x' }, /not a scoring request/],
    ['thread not a string', { ...ok, thread: 5 }, /thread/],
    ['thread too long', { ...ok, thread: 'x'.repeat(LIMITS.idChars + 1) }, /thread/],
    ['reset missing', { ...ok, reset: undefined }, /reset/],
    ['messages not an array', { ...ok, messages: {} }, /array/],
    ['too many messages', { ...ok, messages: Array.from({ length: LIMITS.messages + 1 }, (_, i) => ({ key: `${i}`, from: 'them', text: 'x' })) }, /at most/],
    ['bad sender', { ...ok, messages: [{ key: 'k', from: 'bot', text: 'x' }] }, /from/],
    ['text not a string', { ...ok, messages: [{ key: 'k', from: 'me', text: 5 }] }, /text/],
    ['text too long', { ...ok, messages: [{ key: 'k', from: 'me', text: 'x'.repeat(LIMITS.textChars + 1) }] }, /longer than/],
    ['empty key', { ...ok, messages: [{ key: '', from: 'me', text: 'x' }] }, /key/],
    [
      'too much text in all',
      { ...ok, messages: Array.from({ length: 30 }, (_, i) => ({ key: `${i}`, from: 'them', text: 'x'.repeat(LIMITS.textChars) })) },
      /more than/,
    ],
  ])('refuses %s with a clear error', (_name, request, error) => {
    const parsed = parseScoreRequest(request);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(error);
  });
});

describe('parseCheckRequest', () => {
  it('accepts messages without keys and refuses malformed ones', () => {
    expect(parseCheckRequest({ type: 'redflag:check', messages: [{ from: 'them', text: 'hello' }] })).toEqual({
      ok: true,
      value: { type: 'redflag:check', messages: [{ from: 'them', text: 'hello' }] },
    });
    expect(parseCheckRequest({ type: 'redflag:check', messages: [{ from: 'them' }] }).ok).toBe(false);
  });
});

describe('parseExcerptRequest', () => {
  const good = { type: 'redflag:save-sample', thread: 'whatsapp:1', how: 'manual', first: 2, total: 12, names: ['Vivian'], messages: [{ from: 'them', text: 'hi', key: 'dropped' }] };

  it('keeps what a sample or report needs, and nothing else', () => {
    expect(parseExcerptRequest(good)).toEqual({ ok: true, value: { type: 'redflag:save-sample', thread: 'whatsapp:1', how: 'manual', first: 2, total: 12, names: ['Vivian'], messages: [{ from: 'them', text: 'hi' }] } });
    expect(parseExcerptRequest({ ...good, type: 'redflag:report', names: undefined })).toEqual(expect.objectContaining({ ok: true, value: expect.objectContaining({ type: 'redflag:report', names: [] }) }));
  });

  it('refuses what a content script would never send, saying what is wrong', () => {
    expect(parseExcerptRequest({ ...good, how: 'sometimes' })).toEqual({ ok: false, error: '"how" must be "manual" or "auto"' });
    expect(parseExcerptRequest({ ...good, first: -1 })).toEqual({ ok: false, error: '"first" and "total" must be whole numbers' });
    expect(parseExcerptRequest({ ...good, names: Array(9).fill('x') })).toEqual({ ok: false, error: '"names" must be at most 8 strings' });
    expect(parseExcerptRequest({ ...good, messages: [] })).toEqual({ ok: false, error: 'no messages' });
    expect(parseExcerptRequest({ ...good, messages: Array(LIMITS.messages + 1).fill({ from: 'them', text: 'x' }) }).ok).toBe(false);
    expect(parseExcerptRequest({ ...good, type: 'redflag:score' }).ok).toBe(false);
  });
});

describe('chunkMessages', () => {
  it('splits by count and by characters, keeping order, and every chunk passes validation', () => {
    const messages = Array.from({ length: 1000 }, (_, i) => ({ key: `${i}`, from: 'them' as const, text: i % 100 === 0 ? 'x'.repeat(LIMITS.textChars) : 'short' }));
    const chunks = chunkMessages(messages);
    expect(chunks.flat()).toEqual(messages);
    for (const chunk of chunks) expect(parseScoreRequest({ type: 'redflag:score', thread: 't', reset: false, messages: chunk }).ok).toBe(true);
    const big = chunkMessages(Array.from({ length: 50 }, (_, i) => ({ key: `${i}`, text: 'x'.repeat(LIMITS.textChars) })));
    expect(big.length).toBeGreaterThan(2);
  });
});
