import { describe, expect, it } from 'vitest';
import { type AnyEntity, findEntities, type MoneyEntity, type UrlEntity } from '../../src/engine/entities.ts';
import { normalize } from '../../src/engine/normalize.ts';

const entities = (text: string): AnyEntity[] => findEntities(text, normalize(text));
const quotes = (text: string, kind: AnyEntity['kind']): string[] => entities(text).filter((e) => e.kind === kind).map((e) => text.slice(e.start, e.end));

describe('findEntities', () => {
  it('finds links and bare domains, also written evasively, and knows big services', () => {
    const text = 'see coinvexa-pro dot com, gold-axis[.]net/app and https://www.coinbase.com/signup';
    const urls = entities(text).filter((e): e is UrlEntity => e.kind === 'url');
    expect(urls.map((u) => [text.slice(u.start, u.end), u.domain, u.wellKnown])).toEqual([
      ['coinvexa-pro dot com', 'coinvexa-pro.com', false],
      ['gold-axis[.]net/app', 'gold-axis.net', false],
      ['https://www.coinbase.com/signup', 'coinbase.com', true],
    ]);
  });

  it('does not take a sentence end for a domain', () => {
    expect(quotes('i read that thing. im curious', 'url')).toEqual([]);
  });

  it('finds messaging handles, app ids and phone numbers', () => {
    expect(quotes('add me @lucy_trade88 or t.me/lucy88', 'handle')).toEqual(['@lucy_trade88', 't.me/lucy88']);
    expect(quotes('my wechat id is lily0824', 'handle')).toEqual(['wechat id is lily0824']);
    expect(quotes('text me at +1 555 013 4567 ok', 'phone')).toEqual(['+1 555 013 4567']);
    expect(quotes('meet on 12/05/2026 at 5', 'phone')).toEqual([]);
  });

  it('reads money with crypto tickers, suffixes and words', () => {
    const money = (text: string) => entities(text).filter((e): e is MoneyEntity => e.kind === 'money').map((m) => [m.amount, m.currency]);
    expect(money('I sent 5000 USDT')).toEqual([[5000, 'usdt']]);
    expect(money('made 2.3 btc')).toEqual([[2.3, 'btc']]);
    expect(money('I made 30k')).toEqual([[30000, null]]);
    expect(money('deposit $1,500 now')).toEqual([[1500, 'usd']]);
    expect(money('five thousand dollars')).toEqual([[5000, 'usd']]);
    expect(money('5000 U$DT')).toEqual([[5000, 'usdt']]);
    expect(money('I have 3 kids')).toEqual([]);
  });

  it('reads money in words anywhere in a long message, with spans in the original text', () => {
    const text = `${'lorem ipsum '.repeat(50)}I sent five thousand dollars, ${'dolor sit '.repeat(50)}then two grand in usdt`;
    const money = entities(text).filter((e): e is MoneyEntity => e.kind === 'money');
    expect(money.map((m) => [text.slice(m.start, m.end), m.amount, m.currency])).toEqual([
      ['five thousand dollars', 5000, 'usd'],
      ['two grand', 2000, 'usd'],
    ]);
  });

  it('finds percentages', () => {
    expect(quotes('returns of 3% daily, 1.5 percent weekly', 'percent')).toEqual(['3%', '1.5 percent']);
  });

  it('keeps only checksum-valid wallet addresses', () => {
    expect(quotes('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t and TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u', 'wallet')).toEqual(['TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t']);
  });
});
