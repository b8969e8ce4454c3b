import { describe, expect, it } from 'vitest';
import { chunkMessages, LIMITS, parseCheckRequest, parseScoreRequest } from '../../src/scorer/protocol.ts';

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
