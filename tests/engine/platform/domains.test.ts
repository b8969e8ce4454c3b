import { describe, expect, it } from 'vitest';
import { BRANDS } from '../../../src/engine/platform/brands.ts';
import { judgeDomain } from '../../../src/engine/platform/domains.ts';
import { REPORTED_PLATFORMS } from '../../../src/engine/platform/reported.generated.ts';

const kind = (host: string) => judgeDomain(host).kind;

describe('judging a domain', () => {
  it('never flags a real brand domain or its subdomains', () => {
    for (const brand of BRANDS) {
      for (const d of brand.domains) {
        expect(kind(d), d).toBe('real');
        expect(kind(`accounts.${d}`), d).toBe('real');
        expect(kind(`https://www.${d}/en/withdraw?coin=USDT`), d).toBe('real');
      }
    }
  });

  it.each([
    ['coinbase-pro-global.com', 'Coinbase'],
    ['binance-pro.vip', 'Binance'],
    ['okxvip.com', 'OKX'],
    ['trustwallet-app.com', 'Trust Wallet'],
    ['binance.vip', 'Binance'],
    ['etoro.vip', 'eToro'],
    ['c0inbase.com', 'Coinbase'],
    ['bіnance.com', 'Binance'], // Cyrillic і
    ['xn--bnance-bwa.com', 'Binance'], // punycode of bînance.com
    ['metarnask.io', 'MetaMask'], // rn for m
    ['binnance.com', 'Binance'],
    ['coinbsae.com', 'Coinbase'],
    ['www.binance.com.verify-acct.top', 'Binance'],
    ['login.coinbase.com-secure.app', 'Coinbase'],
    ['kraken-pro.com', 'Kraken'],
    ['ledger-wallet.top', 'Ledger'],
    ['fidelity-invest.top', 'Fidelity'],
  ])('calls %s a look-alike of %s', (host, brand) => {
    expect(judgeDomain(host)).toMatchObject({ kind: 'lookalike', brand });
  });

  it.each([
    'krakenfishing.com', // unrelated words around a common name
    'gateway.com',
    'geminiastrology.com',
    'schwabenland.de',
    'robinhoodgardens.com',
    'fidelitybank.ng', // another company's name with an ordinary word
    'kraken.io', // a different company with the same name
    'schwabe.com', // one letter from "schwab", but a real word
    'cryptocon.com',
    'finance.yahoo.com',
    'coindesk.com',
    'cointelegraph.com',
    'phantomai.com',
    'robinhood.app',
    // Brands' own country sites and pages on shared hosts are not imitations
    'bybit.eu',
    'binance.th',
    'kucoin.th',
    'interactivebrokers.ca',
    'webull.ca',
    'paypal.de',
    'coinbase.github.io',
    'binance-docs.github.io',
    'metatrade.com',
    'vanguardcapital.com',
  ])('leaves %s alone', (host) => {
    expect(['unknown', 'real']).toContain(kind(host));
  });

  it('knows the reported fake platforms, with their subdomains, and keeps real services off that list', () => {
    expect(REPORTED_PLATFORMS.length).toBeGreaterThan(500);
    expect(kind('zymomer.cc')).toBe('reported');
    expect(kind('e.fidelityopt.com')).toBe('reported');
    expect(kind('app.zymomer.cc')).toBe('reported');
    const realDomains = new Set(BRANDS.flatMap((b) => b.domains));
    for (const d of REPORTED_PLATFORMS) expect(realDomains.has(d), d).toBe(false);
    for (const real of ['tiktok.com', 'changelly.com', 'coinone.co.kr', 'cex.io']) expect(REPORTED_PLATFORMS).not.toContain(real);
  });

  it('calls structural signs suspicious: IP addresses, very long sub-addresses, cheap endings with money words', () => {
    expect(judgeDomain('http://45.13.22.9/trade')).toMatchObject({ kind: 'suspicious', why: 'an IP address instead of a name' });
    expect(kind('a.b.c.d.example.com')).toBe('suspicious');
    expect(kind('goldfx-invest.top')).toBe('suspicious');
    expect(kind('coinvexa.trade')).toBe('suspicious');
    expect(kind('my-cafe.top')).toBe('unknown');
    expect(kind('example.com')).toBe('unknown');
  });

  it('never throws on junk', () => {
    for (const junk of ['', ' ', 'http://', '....', 'xn--', 'xn--zzzzzzzzz.com', 'a'.repeat(5000), '::1', '\u202e.com']) {
      expect(() => judgeDomain(junk)).not.toThrow();
    }
  });
});
