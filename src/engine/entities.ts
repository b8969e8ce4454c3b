import { LinkifyIt } from 'linkify-it';
import { parse as parseDomain } from 'tldts';
import { findMoney } from './nlp.ts';
import { type NormalizedText, originalSpan } from './normalize.ts';
import { type DomainJudgement, judgeDomain } from './platform/domains.ts';
import { isWellKnownService, MESSAGING_HOSTS } from './platform/services.ts';
import { findWalletAddresses, type WalletNetwork } from './wallets.ts';

/** Things found in a message. Spans are in the original text; `value` is folded. */
export interface Entity {
  kind: EntityKind;
  value: string;
  start: number;
  end: number;
}

export type EntityKind = 'url' | 'handle' | 'phone' | 'money' | 'percent' | 'wallet';

export interface UrlEntity extends Entity {
  kind: 'url';
  /** Registrable domain ("coinvexa.pro"), or the host when there is none. */
  domain: string;
  /** Well-known services (messaging apps, big exchanges): not a private platform. */
  wellKnown: boolean;
  /** Reported, look-alike, suspicious, real or unknown (platform/domains.ts). */
  judgement: DomainJudgement;
}

export interface MoneyEntity extends Entity {
  kind: 'money';
  amount: number | null;
  currency: string | null;
}

export interface WalletEntity extends Entity {
  kind: 'wallet';
  network: WalletNetwork;
}

export type AnyEntity = Entity | UrlEntity | MoneyEntity | WalletEntity;

const linkify = new LinkifyIt();
linkify.set({ fuzzyLink: true, fuzzyEmail: false });
linkify.tlds(
  'pro vip top xyz app io cc club live online site trade finance exchange me ai co cloud link asia ltd group world global fund capital money cash market today one tech dev gg ly to tv ws im shop bet'.split(' '),
  true,
);

const HANDLE = /(?<![\w@.])@[a-z][a-z0-9_.]{3,31}\b/g;
const APP_ID = /\b(?:telegram|tg|whatsapp|wa|line|wechat|weixin|signal|kakao|viber|skype|snap(?:chat)?)\s*(?:(?:id|name|handle|number|no\.?)\s*)?(?:is|:|-|=)\s*(@?[a-z0-9][a-z0-9_.-]{3,31})/g;
const PHONE = /(?<![\w])\+?\d[\d\s().-]{6,18}\d(?![\w])/g;
const PERCENT = /\b\d+(?:[.,]\d+)?\s?(?:%|percent\b|pct\b)/g;

const SEVERITY: Record<DomainJudgement['kind'], number> = { reported: 4, lookalike: 3, suspicious: 2, unknown: 1, real: 0 };

/**
 * Folding turns "bіnance.com" (Cyrillic і) into binance.com, so a link is also
 * judged as written: look-alike letters are exactly what the eye misses. The
 * graver of the two judgements stands; a link spelled out with spaces ("c o i n
 * b a s e . c o m") reads as written only once folded.
 */
function judgeLink(foldedUrl: string, original: string, [start, end]: [number, number]): DomainJudgement {
  const folded = judgeDomain(foldedUrl);
  const asWritten = original.slice(start, end);
  if (/^[\x21-\x7e]*$/.test(asWritten)) return folded;
  const written = judgeDomain(asWritten);
  return SEVERITY[written.kind] > SEVERITY[folded.kind] ? written : folded;
}

export function findEntities(original: string, folded: NormalizedText): AnyEntity[] {
  const text = folded.text;
  const out: AnyEntity[] = [];
  const push = (kind: EntityKind, start: number, end: number, extra: object = {}): void => {
    const [a, b] = originalSpan(folded, start, end);
    out.push({ kind, value: text.slice(start, end), start: a, end: b, ...extra });
  };

  // linkify is thorough but not free: only call it where a link can be.
  const mayHoldLink = /[a-z0-9]\.[a-z]{2}|:\/\//.test(text);
  for (const m of (mayHoldLink && linkify.match(text)) || []) {
    if (m.schema === 'mailto:') continue;
    const parsed = parseDomain(m.url, { allowPrivateDomains: true });
    if (!parsed.domain && !parsed.isIp) continue;
    const host = parsed.hostname ?? '';
    const domain = parsed.domain ?? host;
    if (MESSAGING_HOSTS.has(host) || MESSAGING_HOSTS.has(domain)) {
      push('handle', m.index, m.lastIndex);
      continue;
    }
    const judgement = judgeLink(m.url, original, originalSpan(folded, m.index, m.lastIndex));
    const wellKnown = judgement.kind === 'real' || ((isWellKnownService(domain) || isWellKnownService(host)) && judgement.kind === 'unknown');
    push('url', m.index, m.lastIndex, { domain, wellKnown, judgement });
  }
  for (const m of text.matchAll(HANDLE)) push('handle', m.index, m.index + m[0].length);
  for (const m of text.matchAll(APP_ID)) push('handle', m.index, m.index + m[0].length);
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '').length;
    if (digits >= 8 && digits <= 15 && !/^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/.test(m[0])) push('phone', m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(PERCENT)) push('percent', m.index, m.index + m[0].length);
  for (const m of findMoney(text)) push('money', m.start, m.end, { amount: m.amount, currency: m.currency });
  // Addresses are matched on the original text: folding would break their checksums.
  for (const w of findWalletAddresses(original)) {
    out.push({ kind: 'wallet', value: w.address, start: w.start, end: w.end, network: w.network });
  }
  return out.sort((a, b) => a.start - b.start);
}
