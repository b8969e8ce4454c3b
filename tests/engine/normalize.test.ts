import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldEvasions, normalize, originalSpan } from '../../src/engine/normalize.ts';

/** Folds `text` and returns the original text behind the first occurrence of `word` in the folded text. */
function evidenceOf(text: string, word: string): string | null {
  const n = normalize(text);
  const i = n.text.indexOf(word);
  if (i < 0) return null;
  return text.slice(...originalSpan(n, i, i + word.length));
}

describe('normalize', () => {
  it.each([
    ['Unicode NFKC (fullwidth, mathematical letters)', 'Ｕｓｄｔ and 𝐈𝐍𝐕𝐄𝐒𝐓', 'usdt and invest'],
    ['zero-width characters', 'in\u200Bve\u200Dst w\u2060ith me\uFEFF', 'invest with me'],
    ['bidi controls', 'tele\u202Egram\u202C', 'telegram'],
    ['Cyrillic look-alikes inside a Latin word', 'Telegr\u0430m \u0456nv\u0435st', 'telegram invest'],
    ['capital I standing for l', 'TeIegram', 'telegram'],
    ['leetspeak digits', '1nvest pr0fit', 'invest profit'],
    ['dollar sign as s', 'U$DT', 'usdt'],
    ['at sign as a', 'wh@tsapp', 'whatsapp'],
    ['spaced letters', 'c r y p t o', 'crypto'],
    ['dotted letters', 'c.r.y.p.t.o', 'crypto'],
    ['dashed letters', 'U-S-D-T', 'usdt'],
    ['emoji as separators', '💰U💰S💰D💰T', 'usdt'],
    ['spelled-out dot', 'abc-coinex dot com', 'abc-coinex.com'],
    ['bracketed dot', 'coinvexa[.]pro', 'coinvexa.pro'],
    ['spaced dot', 'coinvexa . net', 'coinvexa.net'],
    ['diacritics', 'inversión rápida', 'inversion rapida'],
    ['typographic apostrophes (what phones type)', 'I\u2019m sure, don\u2019t worry, c\u2019est l\u2018ami', "i'm sure, don't worry, c'est l'ami"],
  ])('%s', (_name, input, expected) => {
    expect(normalize(input).text).toBe(expected);
  });

  it('leaves amounts, handles, e-mail addresses and wallet addresses alone', () => {
    const text = '$500 30k 2x @mia88 john@mail.com 0x71C7656EC7ab88b098defB751B7401B5f6d8976F';
    expect(normalize(text).text).toBe(text.toLowerCase());
  });

  it('does not turn other alphabets into Latin gibberish', () => {
    expect(normalize('привет, как дела?').text).toBe('привет, как дела?');
    expect(normalize('你好，我叔叔是分析师').text).toBe('你好,我叔叔是分析师');
    expect(normalize('下载APP，联系客服').text).toBe('下载app,联系客服');
  });

  it('points evidence at the original text', () => {
    expect(evidenceOf('hey add me on Telegr\u0430m pls', 'telegram')).toBe('Telegr\u0430m');
    expect(evidenceOf('buy 💰U💰S💰D💰T now', 'usdt')).toBe('U💰S💰D💰T');
    expect(evidenceOf('go to abc-coinex dot com', 'abc-coinex.com')).toBe('abc-coinex dot com');
    expect(evidenceOf('𝐈𝐍𝐕𝐄𝐒𝐓 now', 'invest')).toBe('𝐈𝐍𝐕𝐄𝐒𝐓');
    expect(evidenceOf('in\u200Bvest', 'invest')).toBe('in\u200Bvest');
  });

  it('keeps the offset map consistent for any input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (s) => {
        const n = normalize(s);
        expect(n.starts.length).toBe(n.text.length);
        for (let i = 0; i < n.text.length; i++) {
          expect(n.starts[i]).toBeGreaterThanOrEqual(0);
          expect(n.ends[i]).toBeLessThanOrEqual(s.length);
          expect(n.starts[i]).toBeLessThan(n.ends[i]!);
          if (i > 0) expect(n.starts[i]).toBeGreaterThanOrEqual(n.starts[i - 1]!);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('takes a fast path for plain text that gives exactly what the full path gives', () => {
    const plain = (n: ReturnType<typeof normalize>) => ({ text: n.text, starts: [...n.starts], ends: [...n.ends] });
    const words = fc.constantFrom('hi', 'I', 'a', 'usdt', 'Invest', 'dot', 'com', '5', '500', '$', '@', '!', '.', ' ', '  ', 'b', 'x2', 'TeIl', 'coin.pro', '[.]', 'wh@t', 'c r y');
    fc.assert(
      fc.property(fc.array(words, { maxLength: 20 }), (parts) => {
        const s = parts.join(' ');
        expect(plain(normalize(s))).toEqual(plain(foldEvasions(s)));
      }),
      { numRuns: 2000 },
    );
    fc.assert(fc.property(fc.string({ maxLength: 80 }), (s) => {
        expect(plain(normalize(s))).toEqual(plain(foldEvasions(s)));
      }), { numRuns: 2000 });
  });

  it('treats HTML in a message as plain text', () => {
    expect(normalize('<img src=x onerror=alert(1)>invest').text).toBe('<img src=x onerror=alert(1)>invest');
  });
});
