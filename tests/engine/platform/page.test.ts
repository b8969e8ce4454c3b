// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgePageAddress, judgePageText } from '../../../src/engine/platform/page.ts';
import { visibleLines } from '../../../src/extension/guard/lines.ts';

const PAGES = join(import.meta.dirname, 'pages');

/** A fixture's visible text, as the guard's content script reads it. */
function linesOf(file: string): string[] {
  document.documentElement.innerHTML = readFileSync(join(PAGES, file), 'utf8').replace(/^<!doctype html>/i, '');
  return visibleLines(document.body);
}

describe('the platform guard judging a page', () => {
  it.each([
    ['fake-withdrawal-tax.html', 'withdrawal_fee', 'personal income tax of 20%'],
    ['fake-credit-score.html', 'credit_score', '信用分不足'],
    ['fake-account-frozen.html', 'withdrawal_fee', 'tarifa de verificación'],
  ])('stops %s, a withdrawal held behind a payment', (file, key, quoted) => {
    const finding = judgePageText('https://www.vantrex-global.net/#/assets/withdraw', linesOf(file));
    expect(finding).toMatchObject({ kind: 'pay_to_withdraw', key });
    expect(finding?.kind === 'pay_to_withdraw' && finding.evidence.quote).toContain(quoted);
  });

  it.each(['real-exchange-withdrawal.html', 'real-tax-center.html', 'real-brokerage-deposit.html', 'real-crypto-news.html'])(
    'lets %s through: real fees, taxes, deposits and news about the scam',
    (file) => {
      expect(judgePageText('https://www.some-exchange.com/withdraw', linesOf(file))).toBeNull();
    },
  );

  it('never stops a real exchange, or a chat or mail page quoting the scam, whatever the text says', () => {
    const demand = linesOf('fake-withdrawal-tax.html');
    for (const url of ['https://www.binance.com/en/my/wallet', 'https://web.whatsapp.com/', 'https://mail.google.com/mail/u/0/', 'https://outlook.live.com/mail/']) {
      expect(judgePageText(url, demand), url).toBeNull();
    }
  });

  it('is not switched off by one scam warning in the footer, but leaves articles and forums alone', () => {
    const demand = linesOf('fake-withdrawal-tax.html');
    expect(judgePageText('https://www.vantrex-global.net/', [...demand, 'Beware of scams: our staff will never ask for your password. Report fraud to support.'])).not.toBeNull();
    const forum = ['Scam warnings', 'My aunt got scammed on a fake app.', 'They said: pay the 20% tax before you can withdraw.', 'That is a scam, block them.', 'It is a scam, report it to ic3.gov'];
    expect(judgePageText('https://forum.example.net/t/123', forum)).toBeNull();
  });

  it('does not stop a real platform telling you your account is locked, when no payment is asked', () => {
    expect(judgePageText('https://www.some-exchange.com/account', ['Account suspended', 'Your account has been frozen for review. Please contact support.'])).toBeNull();
  });

  it('stops a fake platform by its address alone, before reading the page', () => {
    expect(judgePageAddress('https://coinbase-pro-global.com/deposit')).toMatchObject({ kind: 'domain', judgement: { kind: 'lookalike', brand: 'Coinbase' } });
    expect(judgePageAddress('https://app.zymomer.cc/')).toMatchObject({ kind: 'domain', judgement: { kind: 'reported' } });
    // Suspicious structure alone is a reason in a chat, not enough to stop a page.
    expect(judgePageAddress('https://goldfx-invest.top/')).toBeNull();
    expect(judgePageAddress('https://www.coinbase.com/')).toBeNull();
  });

  it('reads a USDT deposit page on a look-alike address as the look-alike, not by its text', () => {
    expect(judgePageText('https://coinbase-pro-global.com/deposit', linesOf('fake-usdt-deposit.html'))).toBeNull();
    expect(judgePageAddress('https://coinbase-pro-global.com/deposit')).not.toBeNull();
  });

  it('keeps a huge page within its limits: the first and last lines', () => {
    document.body.innerHTML = Array.from({ length: 5000 }, (_, i) => `<p>line ${i}</p>`).join('');
    const lines = visibleLines(document.body);
    expect(lines.length).toBe(600);
    expect(lines[0]).toBe('line 0');
    expect(lines.at(-1)).toBe('line 4999');
  });
});
