import { remove as foldConfusables } from 'confusables';
import { toUnicode } from 'punycode/punycode.es6.js';
import { parse } from 'tldts';
import { BRANDS, type Brand } from './brands.ts';
import { isReportedHost } from './reported.ts';

/**
 * What a web address is, for someone about to trust it with money:
 * - `real`: a real exchange, broker or wallet (or a subdomain of one);
 * - `reported`: on the list of fake platforms victims reported (reported.generated.ts);
 * - `lookalike`: imitates a real brand (a typo, look-alike letters, the brand with
 *   trading words, or the brand's address inside another domain);
 * - `suspicious`: built the way fake platforms are (an IP address, a very long
 *   sub-address, a cheap new ending with money words in the name);
 * - `unknown`: nothing known either way.
 */
export type DomainKind = 'real' | 'reported' | 'lookalike' | 'suspicious' | 'unknown';

export interface DomainJudgement {
  /** The host as a person reads it (Unicode, lower case). */
  host: string;
  /** Its registrable domain ("coinvexa.pro"), or the host for IP addresses. */
  domain: string;
  kind: DomainKind;
  /** The imitated brand, for `lookalike` and `real`. */
  brand?: string;
  /** Why, in a few plain words ("typo of binance.com", "IP address"). */
  why?: string;
}

// Words fake platforms bolt onto a brand ("coinbase-pro-global", "binanceusvip").
const TRADING_WORDS = [
  'pro', 'plus', 'global', 'vip', 'app', 'apps', 'web', 'wallet', 'wallets', 'exchange', 'ex', 'trade', 'trades',
  'trading', 'invest', 'investment', 'investments', 'futures', 'future', 'markets', 'market', 'fx', 'finance', 'financial',
  'capital', 'asia', 'us', 'usa', 'uk', 'eu', 'intl', 'international', 'official', 'support', 'help', 'service',
  'services', 'login', 'signin', 'secure', 'security', 'verify', 'verification', 'account', 'accounts', 'online',
  'group', 'prime', 'max', 'gold', 'coin', 'coins', 'crypto', 'defi', 'swap', 'pay', 'bank', 'bonus', 'airdrop',
  'claim', 'reward', 'rewards', 'token', 'tokens', 'dex', 'cex', 'ltd', 'inc', 'corp', 'hub', 'center', 'centre',
  'desk', 'mobile', 'h', 'm', 'x', 'ai', 'quant', 'bot', 'labs', 'lite', 'new', 'best', 'io', 'net', 'com', 'org',
  'hk', 'sg', 'my', 'ph', 'jp', 'kr', 'vn', 'th', 'id', 'in', 'au', 'ca', 'live', 'tv', 'club', 'mall', 'vault', 'earn',
  'staking', 'mining', 'pool', 'node', 'chain', 'link', 'connect', 'dapp', 'base', 'btc', 'usdt', 'eth', 'trust',
];
const TRADING_WORD_SET = new Set(TRADING_WORDS);
// Of those, the ones that make a common name ("fidelity", "gemini") unmistakably about a
// platform account: "vanguardcapital" or "fidelitybank" may be other firms, "fidelity-login" is not.
const MONEY_ADDONS = new Set([
  'pro', 'vip', 'app', 'wallet', 'wallets', 'exchange', 'ex', 'trade', 'trades', 'trading', 'official', 'support',
  'login', 'signin', 'secure', 'verify', 'verification', 'airdrop', 'claim', 'bonus', 'dex', 'cex', 'staking', 'mining',
  'earn', 'usdt', 'btc', 'dapp',
]);
// Letter pairs a glance confuses, both ways.
const LOOK_ALIKE_LETTERS = new Set(
  ['il', 'ij', 'lt', 'uv', 'ce', 'oc', 'ae', 'gq', 'hn', 'bd', 'pq', 'oa', 'ao'].flatMap((p) => [p, `${p[1]}${p[0]}`]),
);
const LONGEST_WORD = Math.max(...TRADING_WORDS.map((w) => w.length));

// New generic endings that cost almost nothing and fill the reported list.
const CHEAP_ENDINGS = new Set([
  'top', 'xyz', 'vip', 'icu', 'cc', 'club', 'online', 'site', 'buzz', 'shop', 'live', 'cyou', 'sbs', 'bond', 'cfd',
  'work', 'ltd', 'fun', 'life', 'world', 'store', 'space', 'website', 'today', 'ink', 'win', 'bid', 'loan', 'asia',
  'click', 'monster', 'rest', 'lat', 'quest', 'skin', 'hair', 'beauty', 'makeup', 'autos', 'boats', 'homes', 'yachts',
  'motorcycles', 'pw', 'tk', 'ml', 'ga', 'cf', 'gq', 'su', 'best', 'global', 'pro',
]);
// Endings that are themselves money words: "coinvexa.trade" says what it wants.
const MONEY_ENDINGS = new Set(['trade', 'trading', 'finance', 'financial', 'exchange', 'market', 'markets', 'money', 'cash', 'fund', 'capital', 'investments', 'gold', 'forex', 'broker', 'crypto']);
const MONEY_WORDS = /coin|crypto|trade|trading|invest|financ|forex|\bfx|gold|bit|btc|usdt|token|defi|swap|exchange|capital|fund|wealth|profit|quant|mining|futures|market|asset|stock|wallet|yield|stake|staking/;

const BRAND_BY_DOMAIN = new Map<string, Brand>(BRANDS.flatMap((b) => b.domains.map((d) => [d, b] as const)));

/** Judges a host name or URL (Unicode, punycode or folded text). Never throws. */
export function judgeDomain(hostOrUrl: string): DomainJudgement {
  // Private suffixes too: "x.github.io" and "x.vercel.app" are sites of their own, not GitHub's or Vercel's.
  const parsed = parse(hostOrUrl.trim().toLowerCase(), { allowPrivateDomains: true });
  const rawHost = (parsed.hostname ?? '').replace(/\.$/, '');
  const host = readable(rawHost);
  if (!host) return { host: hostOrUrl, domain: hostOrUrl, kind: 'unknown' };
  if (parsed.isIp) return { host, domain: host, kind: 'suspicious', why: 'an IP address instead of a name' };
  const domain = readable(parsed.domain ?? rawHost);
  const real = BRAND_BY_DOMAIN.get(domain);
  if (real) return { host, domain, kind: 'real', brand: real.brand };
  if (isReportedHost(host)) return { host, domain, kind: 'reported', why: 'reported by victims as a fake platform' };
  // "login.binance.com.verify.top": sub "login.binance.com", label "verify", suffix "top".
  const parts: HostParts = { sub: readable(parsed.subdomain ?? ''), label: readable(parsed.domainWithoutSuffix ?? ''), suffix: readable(parsed.publicSuffix ?? '') };
  const lookalike = imitation(parts);
  if (lookalike) return { host, domain, kind: 'lookalike', ...lookalike };
  const structure = structuralSign(parts);
  if (structure) return { host, domain, kind: 'suspicious', why: structure };
  return { host, domain, kind: 'unknown' };
}

interface HostParts {
  sub: string;
  label: string;
  suffix: string;
}

/** Punycode labels decoded, so look-alike letters can be seen and folded. */
function readable(host: string): string {
  if (!host.includes('xn--')) return host;
  try {
    return toUnicode(host);
  } catch {
    return host;
  }
}

/** The label folded the way a reader's eye folds it: look-alike letters and digits to letters, no hyphens. */
function skeleton(label: string): string {
  return foldConfusables(label)
    .toLowerCase()
    .replace(/rn/g, 'm')
    .replace(/vv/g, 'w')
    .replace(/[0-9]/g, (d) => DIGIT_LOOKS_LIKE[d as keyof typeof DIGIT_LOOKS_LIKE])
    .replace(/[^a-z]/g, '');
}
const DIGIT_LOOKS_LIKE = { '0': 'o', '1': 'l', '2': 'z', '3': 'e', '4': 'a', '5': 's', '6': 'b', '7': 't', '8': 'b', '9': 'g' };

function imitation({ sub, label, suffix }: HostParts): { brand: string; why: string } | null {
  const plain = label.replace(/[^a-z0-9]/g, '');
  const folded = skeleton(label);
  const cheap = CHEAP_ENDINGS.has(suffix) || MONEY_ENDINGS.has(suffix);
  for (const brand of BRANDS) {
    const realDomain = brand.domains[0]!;
    for (const name of brand.names) {
      // Look-alike letters: "bіnance.com" (Cyrillic і), "c0inbase", "rnetamask".
      if (folded === name && plain !== name) return { brand: brand.brand, why: `look-alike letters imitating ${realDomain}` };
      // The brand's own name under a cheap ending: "binance.vip", "metamask.top". Other endings
      // are often the brand's own country sites ("binance.th", "bybit.eu"), so they are not judged.
      if (plain === name && cheap) return { brand: brand.brand, why: `not ${realDomain}, the real address` };
      // The brand dressed with trading words: "coinbase-pro-global", "okxvip", "binanceus".
      // A common name needs a money word among them: "fidelitybank" is another company.
      const words = folded.length > name.length && folded.includes(name) ? wordsAround(folded, name) : null;
      if (words && (!brand.common || cheap || words.some((w) => MONEY_ADDONS.has(w)))) {
        return { brand: brand.brand, why: `the name of ${brand.brand} with other words, not ${realDomain}` };
      }
      // A typo: "binnance", "coinbsae", "metarnask". Common names only under cheap endings ("krakens" is a restaurant).
      if (name.length >= 7 && folded !== name && (!brand.common || cheap) && isTypo(folded, name)) {
        return { brand: brand.brand, why: `a misspelling of ${realDomain}` };
      }
    }
    // The real address worn as a sub-address: "binance.com.verify-account.top", "login-coinbase.help-desk.app".
    if (sub && brand.domains.some((d) => sub === d || sub.endsWith(`.${d}`) || sub.includes(`${d}.`) || sub.includes(`${d}-`))) {
      return { brand: brand.brand, why: `${realDomain} placed in front of another site's address` };
    }
    if (sub && brand.names.some((n) => !brand.common && sub.split(/[.-]/).some((part) => skeleton(part) === n))) {
      return { brand: brand.brand, why: `the name of ${brand.brand} placed in front of another site's address` };
    }
  }
  return null;
}

/** The trading words around `name` in `label`, or null when anything else is there ("krakenfishing"). */
function wordsAround(label: string, name: string): string[] | null {
  const at = label.indexOf(name);
  const before = splitIntoWords(label.slice(0, at));
  const after = splitIntoWords(label.slice(at + name.length));
  return before && after ? [...before, ...after] : null;
}

function splitIntoWords(rest: string): string[] | null {
  // words[i]: a split of rest.slice(0, i) into trading words, if there is one.
  const words: (string[] | null)[] = [[]];
  for (let i = 1; i <= rest.length; i++) {
    words[i] = null;
    for (let j = Math.max(0, i - LONGEST_WORD); j < i && !words[i]; j++) {
      const head = words[j];
      if (head && TRADING_WORD_SET.has(rest.slice(j, i))) words[i] = [...head, rest.slice(j, i)];
    }
  }
  return words[rest.length] ?? null;
}

/**
 * One letter added, dropped or doubled, two neighbours swapped, or one letter
 * changed for one that looks like it ("metarnask", "coinbsae", "blnance").
 * Any other change turns names into words ("binance" → "finance").
 */
function isTypo(candidate: string, name: string): boolean {
  const [a, b] = [candidate, name];
  if (Math.abs(a.length - b.length) > 1) return false;
  if (a.length === b.length) {
    const diff = [...a].flatMap((ch, i) => (ch === b[i] ? [] : [i]));
    if (diff.length === 2 && diff[1] === diff[0]! + 1 && a[diff[0]!] === b[diff[1]!] && a[diff[1]!] === b[diff[0]!]) return true;
    return diff.length === 1 && LOOK_ALIKE_LETTERS.has(`${a[diff[0]!]}${b[diff[0]!]}`);
  }
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) if (long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

function structuralSign({ sub, label, suffix }: HostParts): string | null {
  if (sub.split('.').length >= 4 || sub.length >= 40) return 'a very long sub-address';
  if (MONEY_ENDINGS.has(suffix)) return `a money word as the ending (.${suffix})`;
  if (CHEAP_ENDINGS.has(suffix) && MONEY_WORDS.test(label)) return `a cheap new ending (.${suffix}) with money words in the name`;
  return null;
}
