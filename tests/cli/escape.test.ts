import { describe, expect, it } from 'vitest';
import { escapeJson, visible } from '../../src/cli/escape.ts';

describe('visible', () => {
  it('shows C0, DEL, C1, line separators and bidi controls as escapes', () => {
    expect(visible('a\u001b[31mb\n\t\r\u0000\u007f\u0085\u009b')).toBe('a\\x1b[31mb\\n\\t\\r\\x00\\x7f\\x85\\x9b');
    expect(visible('\u202a\u202e\u2066\u2069\u200e\u200f\u061c\u2028\u2029')).toBe('\\u202a\\u202e\\u2066\\u2069\\u200e\\u200f\\u061c\\u2028\\u2029');
  });

  it('leaves everything else alone', () => {
    const text = 'plain ASCII, ünïcödé, 中文, العربية, 💰, a \\ backslash and "quotes"';
    expect(visible(text)).toBe(text);
  });
});

describe('escapeJson', () => {
  it('escapes what JSON.stringify leaves raw, keeping the same data', () => {
    const value = { id: 'x\u202ey\u0085z\u2028\u007f', text: 'ESC \u001b stays escaped' };
    const json = escapeJson(JSON.stringify(value));
    expect(json).toBe('{"id":"x\\u202ey\\u0085z\\u2028\\u007f","text":"ESC \\u001b stays escaped"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
