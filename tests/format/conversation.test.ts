import { describe, expect, it } from 'vitest';
import { parseConversationLine } from '../../src/format/conversation.ts';

describe('parseConversationLine', () => {
  it('reads the full form and the one-message short form', () => {
    const full = parseConversationLine('{"id":"a","messages":[{"from":"me","text":"hi","time":"2026-01-01T00:00:00Z"}]}');
    expect(full.ok && full.value).toEqual({ id: 'a', messages: [{ from: 'me', text: 'hi', time: '2026-01-01T00:00:00Z' }] });
    const short = parseConversationLine('{"id":7,"text":"hello"}');
    expect(short.ok && short.value).toEqual({ id: '7', messages: [{ from: 'them', text: 'hello' }] });
  });

  it('keeps a numeric id\'s digits exactly, wherever the id stands', () => {
    const id = (line: string) => {
      const parsed = parseConversationLine(line);
      return parsed.ok ? [parsed.value.id, String(parsed.id)] : parsed.error;
    };
    expect(id('{"id": 12345678901234567890, "text": "hi"}')).toEqual(['12345678901234567890', '12345678901234567890']);
    expect(id('{"text": "hi", "id": 1.50}')).toEqual(['1.50', '1.50']);
    expect(id('{"text": "hi", "messages": [{"id": 1, "from": "me", "text": "x"}], "id": 1e400}')).toEqual(['1e400', '1e400']);
    // With a repeated key JSON.parse keeps the last value; so does the id.
    expect(id('{"id": 1, "text": "hi", "id": 2}')).toEqual(['2', '2']);
  });

  it.each([
    ['null', /expected a JSON object/],
    ['{"id":"a","messages":{}}', /"messages" must be an array/],
    ['{"id":{},"text":"x"}', /"id" must be a string or a number/],
    ['{"id":"a","messages":["hi"]}', /message 0 must be an object/],
    ['{"id":"a","messages":[{"text":"hi"}]}', /"from" must be "them" or "me" \(it is missing\)/],
    ['{"id":"a","messages":[{"from":"me"}]}', /missing field "text"/],
    ['{"id":"a","text":null}', /"text" must be a string, not null/],
  ])('refuses %s with a clear reason', (line, reason) => {
    const parsed = parseConversationLine(line);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(reason);
  });
});
