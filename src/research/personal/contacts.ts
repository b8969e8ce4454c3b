import { LinkifyIt } from 'linkify-it';
import { PRIORITY, type Add } from './candidates.ts';
import { tokensOf } from './name-book.ts';
import { BRAND_WORDS, NOT_A_NAME, letterCount, lower, trimEnd, words } from './vocabulary.ts';

/**
 * Ways to reach a person: e-mail addresses (also spelled out, "ana at gmail
 * dot com"), the person's part of profile and chat links (`t.me/ana`,
 * `wa.me/1555...`), phone numbers, messaging handles ("@ana_lima88",
 * "telegram: ana_lima88", UPI ids) and street addresses in several
 * countries' forms. Other links are claimed whole and never touched: the
 * platform a scammer sends a victim to is evidence. These finders read only
 * the text's shape, not its language, which is why they live apart from the
 * names.
 */

// --- e-mail

/** Local part (unicode allowed) @ domain; starts only where a local part can start, so each run is read once. */
const EMAIL = /(?<![\p{L}\p{M}\p{N}._%+-])[\p{L}\p{M}\p{N}._%+-]{1,64}@([\p{L}\p{M}\p{N}-]{1,63}((?:\.[\p{L}\p{M}\p{N}-]{1,63})+))/gu;
const isEmailDomain = (labels: string): boolean => /\.\p{L}{2,}$/u.test(labels);
/** "ana at gmail dot com", "ana[at]coinmail[dot]com". */
const SPELLED_EMAIL = /(?<![\p{L}\p{N}._-])([\p{L}\p{N}._-]{1,64})([ \t]*[[({][ \t]*at[ \t]*[\])}][ \t]*|[ \t]+at[ \t]+)([\p{L}\p{N}-]{1,63})(?:[ \t]*[[({][ \t]*(?:dot|\.)[ \t]*[\])}][ \t]*|[ \t]+dot[ \t]+|\.)([a-z]{2,6})(?![\p{L}\p{N}])/giu;
/** Spelled with a plain " at ", only a mail provider's domain is an address ("ana at coinvexa dot pro" may be a platform). */
const MAIL_PROVIDERS = new Set(words('gmail googlemail yahoo ymail hotmail outlook live msn icloud me proton protonmail pm qq 163 126 yandex mail aol gmx naver hanmail daum'));

export function findEmails(text: string, add: Add): void {
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) if (isEmailDomain(m[2]!)) add('EMAIL', lower(m[0]), PRIORITY.email, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(SPELLED_EMAIL)) {
    const [, local, at, domain, tld] = m as unknown as [string, string, string, string, string];
    const bracketed = /[[({]/.test(at);
    if (bracketed || MAIL_PROVIDERS.has(lower(domain))) add('EMAIL', lower(`${local}@${domain}.${tld}`), PRIORITY.email, m.index, m.index + m[0].length);
  }
}

// --- links

/** Endings that scam platforms use, added to linkify's own (as src/engine/entities.ts does). */
const PLATFORM_TLDS = words('pro vip top xyz app io cc club live online site trade finance exchange me ai co cloud link asia ltd group world global fund capital money cash market today one tech dev gg ly to tv ws im shop bet');
const linkify = new LinkifyIt();
linkify.set({ fuzzyLink: true, fuzzyEmail: false });
linkify.tlds(PLATFORM_TLDS, true);

/** Hosts whose path names a person; the host stays, the name goes. */
const PROFILE_HOSTS: Record<string, { skip: ReadonlySet<string>; segment?: number }> = {
  't.me': { skip: new Set(['joinchat', 's', 'share', 'addstickers', 'proxy', 'iv', 'c', 'socks']) },
  'telegram.me': { skip: new Set(['joinchat', 's', 'share', 'addstickers', 'proxy', 'iv', 'c', 'socks']) },
  'wa.me': { skip: new Set(['message', 'qr', 'c']) },
  'm.me': { skip: new Set() },
  'instagram.com': { skip: new Set(['p', 'reel', 'reels', 'explore', 'accounts', 'direct', 'tv', 'stories', 'about', 'legal']) },
  'facebook.com': { skip: new Set(['messages', 'groups', 'pages', 'watch', 'events', 'marketplace', 'share', 'sharer', 'photo', 'photo.php', 'story.php', 'permalink.php', 'login', 'help', 'policies', 'gaming', 'reel', 'profile.php']) },
  'fb.com': { skip: new Set(['messages', 'groups', 'share']) },
  'twitter.com': { skip: new Set(['home', 'search', 'i', 'intent', 'share', 'hashtag', 'explore', 'settings', 'messages', 'login']) },
  'x.com': { skip: new Set(['home', 'search', 'i', 'intent', 'share', 'hashtag', 'explore', 'settings', 'messages', 'login']) },
  'tiktok.com': { skip: new Set(['t', 'tag', 'music', 'discover', 'foryou', 'login']) },
  'vk.com': { skip: new Set(['im', 'feed', 'login', 'share.php']) },
  'linkedin.com': { skip: new Set(), segment: 1 },
  'line.me': { skip: new Set(), segment: -1 },
};

export function findLinks(text: string, add: Add): void {
  if (!/[\p{L}\p{N}]\.[\p{L}]{2}|:\/\//u.test(text)) return;
  for (const m of linkify.match(text) ?? []) {
    if (m.schema === 'mailto:') continue;
    const handle = profileHandle(m.text);
    if (!handle) {
      add(null, '', PRIORITY.url, m.index, m.lastIndex);
      continue;
    }
    const start = m.index + handle.start;
    const end = m.index + handle.end;
    const value = text.slice(start, end);
    if (handle.phone) add('PHONE', phoneKey(value), PRIORITY.urlHandle, m.index, m.lastIndex, start, end);
    else add('HANDLE', lower(value.replace(/^[@~]/, '')), PRIORITY.urlHandle, m.index, m.lastIndex, start + (/^[@~]/.test(value) ? 1 : 0), end);
  }
}

/** Where the person's part of a profile or chat link sits: `t.me/ana` -> "ana"; `wa.me/1555...` -> a phone. */
function profileHandle(url: string): { start: number; end: number; phone: boolean } | null {
  const hostStart = url.match(/^(?:[a-z][a-z0-9+.-]*:\/\/)?/i)![0].length;
  const rest = url.slice(hostStart);
  const hostEnd = rest.search(/[/?#]/);
  const rawHost = lower(hostEnd === -1 ? rest : rest.slice(0, hostEnd));
  const host = rawHost.replace(/^(?:www|m|mobile|web|api)\./, '');
  if (hostEnd === -1) return null;
  if (host === 'whatsapp.com' || host === 'api.whatsapp.com') {
    const q = /[?&]phone=(\+?\d{7,15})/.exec(rest);
    return q ? { start: hostStart + q.index + q[0].length - q[1]!.length, end: hostStart + q.index + q[0].length, phone: true } : null;
  }
  const rule = PROFILE_HOSTS[host];
  if (!rule) return null;
  const pathStart = hostStart + hostEnd;
  const segments = [...url.slice(pathStart).matchAll(/\/([^/?#]+)/g)];
  const segmentIndex = rule.segment === -1 ? segments.length - 1 : (rule.segment ?? 0);
  if (host === 'linkedin.com' && lower(segments[0]?.[1] ?? '') !== 'in') return null;
  const segment = segments[segmentIndex];
  if (!segment || rule.skip.has(lower(segment[1]!)) || segment[1]!.startsWith('+') && host !== 'wa.me') return null;
  const start = pathStart + segment.index + 1;
  const end = start + segment[1]!.length;
  const value = segment[1]!;
  if (host === 'wa.me') return /^\+?\d{7,15}$/.test(value) ? { start, end, phone: true } : null;
  return /[\p{L}\p{N}]/u.test(value) ? { start, end, phone: false } : null;
}

// --- phones

/**
 * Runs of digits joined by at most three separators each ("+1 (415) 555-0100",
 * "4 1 5 5 5 5 0 1 0 0"), starting where no word, amount or number goes on
 * before. Every repetition consumes a digit, and separators are never digits,
 * so a run is read once.
 */
const PHONE_RUN = /(?<![\p{L}\p{N}_+.,$€£¥#@/\\-])(?:\+[ \t]?)?\(?\d(?:[ \t\u00a0.()/\u2010-\u2015-]{0,3}\d)+/gu;
const DATE_IN_RUN = /(?<!\d)(?:\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./](?:\d{4}|\d{2}))(?!\d)/g;
const CURRENCY_BEFORE = /(?:[$€£¥₱₹฿₩₫]|\b(?:usd|usdt|usdc|eur|gbp|rm|rp|php|inr|idr|sgd|hkd|aud|cad|rmb|cny|btc|eth|amount|total|balance|sum|price|profit|deposit|withdraw(?:al)?|paid|pay|fee|tax)\b)[\s:]*$/i;
const AMOUNT_AFTER = /^\s*(?:%|[$€£¥]|(?:usd|usdt|usdc|usd\$|eur|euros?|gbp|btc|eth|bnb|trx|dollars?|bucks|pesos|rmb|yuan|元|万|k|m|million|billion|percent|pct)\b)/i;
/** Labelled order and transaction numbers are kept: researchers trace them. */
const ID_LABEL = /\b(?:order|txid|tx|hash|transaction|trans|ref|reference|invoice|tracking|receipt|ticket|case|serial|code|otp|pin)(?:[\s#:=.]{0,3}(?:id|no|num|number))?$/i;

export function findPhones(text: string, add: Add): void {
  for (const m of text.matchAll(PHONE_RUN)) {
    // A date inside the run splits it: "2023-12-31 21" is no number to call.
    let from = m.index;
    const runEnd = m.index + m[0].length;
    for (const d of m[0].matchAll(DATE_IN_RUN)) {
      if (isDate(d[0])) {
        checkPhone(text, from, m.index + d.index, add);
        from = m.index + d.index + d[0].length;
      }
    }
    checkPhone(text, from, runEnd, add);
  }
}

function isDate(s: string): boolean {
  const parts = s.split(/[-./]/).map(Number);
  const [a, b, c] = parts as [number, number, number];
  if (/^\d{4}/.test(s)) return b >= 1 && b <= 12 && c >= 1 && c <= 31;
  return ((a >= 1 && a <= 31 && b >= 1 && b <= 12) || (a >= 1 && a <= 12 && b >= 1 && b <= 31)) && c >= 0;
}

function checkPhone(text: string, from: number, to: number, add: Add): void {
  // Trim separators a split left at either end (an opening "(" or "+" may stay).
  while (from < to && !/[\d+(]/.test(text[from]!)) from++;
  while (to > from && !/\d/.test(text[to - 1]!)) to--;
  const s = text.slice(from, to);
  const digits = s.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return;
  const before = text.slice(Math.max(0, from - 32), from);
  const after = text.slice(to, to + 12);
  if (/^[\p{L}\p{N}_]/u.test(after) || /^[:.,]\d/.test(after)) return; // part of a code, a time or a bigger number
  if (/\d[:.,]$/.test(before)) return;
  if (CURRENCY_BEFORE.test(before) || AMOUNT_AFTER.test(after) || ID_LABEL.test(trimEnd(before, ' \t#:=.'))) return;
  if (/^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d{1,2})?$/.test(s)) return; // 1.000.000, 2,500,000.00
  if (/^\d{1,3}(?: \d{3})* 000$/.test(s)) return; // 1 000 000
  if (/^\d+[.,]\d{1,2}$/.test(s)) return; // 2500000.00
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(s)) return; // an IP address
  if (/^\d{5}-\d{4}$/.test(s)) return; // a ZIP+4 code
  if (/^(?:19|20)\d\d(?:[\s,/–—-]{1,3}(?:19|20)\d\d)+$/.test(s)) return; // years
  if (/^\d+\/(?:19|20)\d\d$/.test(s)) return; // a case or file number and its year: 4471/2025
  if (isAmountRange(s)) return; // 1000-2000, 1.500-3.000
  add('PHONE', phoneKey(digits), PRIORITY.phone, from, to);
}

/** "1000-2000", "1.500-3.000", "25,000 - 50,000": two amounts, not a number to call. */
function isAmountRange(s: string): boolean {
  const parts = s.split(/[-–—]/).map((p) => p.trim());
  if (parts.length !== 2) return false;
  const amount = (p: string): boolean => /^\d{1,3}(?:[.,]\d{3})+$/.test(p) || /^\d{1,6}00$/.test(p);
  return parts.every(amount);
}

/** The same number with or without its country code or trunk zero: compared on its last nine digits. */
function phoneKey(value: string): string {
  const digits = value.replace(/\D/g, '');
  return digits.length >= 9 ? digits.slice(-9) : digits;
}

// --- handles

/** "@ana_lima88", "@анна_лима": not inside an e-mail, a word or another handle. */
const AT_HANDLE = /(?<![\p{L}\p{M}\p{N}_.@-])@([\p{L}\p{M}\p{N}_.-]{1,32})/gu;
/** UPI payment addresses ("anil.k.1991@oksbi"): the person's part goes, the bank stays. */
const UPI_ID = /(?<![\p{L}\p{M}\p{N}._-])([\p{L}\p{N}._-]{2,64})@(upi|oksbi|okaxis|okicici|okhdfcbank|ybl|ibl|axl|apl|paytm|ptsbi|pthdfc|ptaxis|ptyes|fbl|kotak|icici|hdfcbank|sbi|axisbank|idfcbank|airtel|jio|freecharge)(?![\p{L}\p{N}.])/giu;
/**
 * "my telegram is ana_lima88", "LINE ID: ส้มโอ123", "wechat: mia_88",
 * "微信号：abc123": the app, an optional "id", a separator, the handle.
 */
const APP_HANDLE =
  /(?<![\p{L}\p{N}])(telegram|tg|whatsapp|wechat|weixin|wx|kakao(?:talk)?|viber|skype|snapchat|snap|instagram|insta|ig|discord|zalo|line|signal|微信号?|电报|飞机|ไลน์|라인|카톡|카카오톡)(?:[ \t]*(id|username|user ?name|handle|account|acc|号))?([ \t]+is[ \t]+|[ \t]*[:=][ \t]*|[ \t]+-[ \t]+)(@?)([\p{L}\p{M}\p{N}_.-]{2,40})/giu;
/** App names that are also words ("line", "signal"): a handle only with "id" or in capitals ("LINE: ..."). */
const AMBIGUOUS_APPS = new Set(['line', 'signal', 'snap', 'ig', 'tg', 'wx']);
const HANDLE_STOPWORDS = new Set(
  words(`yes no ok okay sure me you him her them us we my your his its our their a an to for in on at of by with from or if so as
         later now please add app free down up here there same this that it is the and mine yours what when where who why how
         thanks soon available group chat number id name account not never only also too below above`),
);
const RESERVED_MENTIONS = new Set(words('everyone here all channel admin admins support'));
/** Endings of sites (the link finder's list and the classic ones): a handle never ends with one. */
const SITE_ENDINGS = new Set([...words('com net org info biz edu gov us uk ca au de fr it es nl ru cn jp kr in br mx sg hk my ph id th vn tw ae za ng ke'), ...PLATFORM_TLDS]);
const looksLikeDomain = (value: string): boolean => {
  const dot = value.lastIndexOf('.');
  return dot > 0 && SITE_ENDINGS.has(value.slice(dot + 1));
};

export function findHandles(text: string, add: Add): void {
  if (text.includes('@')) {
    for (const m of text.matchAll(AT_HANDLE)) {
      const value = trimEnd(m[1]!, '.-');
      const key = lower(value);
      if (letterCount(value) === 0 || value.length < 2 || NOT_A_NAME.has(key) || RESERVED_MENTIONS.has(key) || /^\d{1,2}(?:am|pm)$/.test(key)) continue;
      if (looksLikeDomain(key)) continue; // "@coinvexa-pro.top": a platform, which researchers need
      add('HANDLE', key, PRIORITY.handle, m.index, m.index + 1 + value.length, m.index + 1, m.index + 1 + value.length);
    }
  }
  if (text.includes('@')) {
    for (const m of text.matchAll(UPI_ID)) add('HANDLE', lower(m[1]!), PRIORITY.handle, m.index, m.index + m[0].length, m.index, m.index + m[1]!.length);
  }
  for (const m of text.matchAll(APP_HANDLE)) {
    const [whole, app, idWord, separator, at, raw] = m as unknown as [string, string, string | undefined, string, string, string];
    if (AMBIGUOUS_APPS.has(lower(app)) && app !== app.toUpperCase() && !idWord) continue; // "Line: ..." is a line of text; "LINE: ..." the app
    const value = trimEnd(raw, '.-');
    const key = lower(value);
    if (value.length < 2 || HANDLE_STOPWORDS.has(key) || NOT_A_NAME.has(key)) continue;
    if (/^[\d\s+().-]*$/.test(value) && value.replace(/\D/g, '').length >= 7) continue; // a phone number: the phone finder's
    if (/^\s+is\s+$/i.test(separator) && !at && !/[\d_.]/.test(value)) continue; // "my telegram is down"
    const start = m.index + whole.length - raw.length;
    add('HANDLE', key, PRIORITY.handle, m.index, start + value.length, start, start + value.length);
  }
}

// --- street addresses

const STREET_TYPES = 'Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl|Way|Terrace|Square|Sq|Highway|Hwy|Parkway|Pkwy|Circle|Crescent|Close|Gardens|Row|Mews|Alley';
/** "221B Baker Street", "1600 Pennsylvania Ave NW": a number, capitalised words, a street word. */
const ADDRESS_NUMBER_FIRST = new RegExp(
  `(?<![\\p{L}\\p{N}.,$€£])\\d{1,5}[A-Za-z]?(?:[ \\t]+\\p{Lu}[\\p{L}'-]*){1,4}[ \\t]+(?:${STREET_TYPES})\\b\\.?(?:[ \\t]+(?:NW|NE|SW|SE|N|S|E|W)\\b)?`,
  'gu',
);
/** "12 rue de Rivoli", "5 avenue des Champs-Élysées". */
const ADDRESS_FRENCH = /(?<![\p{L}\p{N}.,$€£])\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+(?:rue|avenue|av\.|boulevard|bd|place|allée|chemin|quai|impasse|route)[ \t]+(?:(?:de la|de|du|des|la|le|l'|d')[ \t]*)?\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*){0,3}/giu;
/** "Calle Mayor 12", "Avenida Paulista, 1000", "Rua Augusta 500". */
const ADDRESS_STREET_FIRST =
  /(?<![\p{L}\p{N}])(?:Calle|C\/|Avenida|Avda\.|Av\.|Rua|Travessa|Viale|Piazza|Corso|Plaza|Paseo|Carrer|Carretera|Ulica|ul\.)[ \t]+(?:(?:de|del|la|las|los|da|do|das|dos|di|della|dei)[ \t]+){0,2}\p{Lu}[\p{L}'-]*(?:[ \t]+\p{Lu}[\p{L}'-]*){0,3},?[ \t]+(?:n[º°o.][ \t]*)?\d{1,5}[a-zA-Z]?(?![\p{L}\p{N}])/gu;
/** "Hauptstraße 5", "Keizersgracht 123": a capitalised word and a number; the word's ending is checked in code. */
const ADDRESS_COMPOUND = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]{2,40}(?:str\.)?)[ \t]+\d{1,4}[a-zA-Z]?(?![\p{L}\p{N}])/gu;
const COMPOUND_STREET = /(?:straße|strasse|str\.|gasse|allee|platz|damm|ufer|straat|laan|gracht|plein|gatan|vägen|gade|vej)$/i;
/** Places that are not streets: a seat, a workplace, a parking space ("Sitzplatz 49"). */
const NOT_STREETS = /^(?:sitz|arbeits|park|spiel|stell|steh|camping|sport|flug|bahn|start|ziel|fahr)platz$/i;
/** After an address: up to three place words, then a postal code (US, UK, Canadian, or four or five digits). */
const POSTAL_AFTER = /^(?:(?:,[ \t]*|[ \t]+)\p{Lu}[\p{L}-]+){0,3}(?:,[ \t]*|[ \t]+)(?:\d{5}(?:-\d{4})?|\d{4}|[A-Z]{1,2}\d[A-Z\d]?[ \t]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d)(?![\p{L}\p{N}])/u;

export function findAddresses(text: string, add: Add): void {
  const found = (start: number, end: number): void => {
    // "Via Binance 5000": a brand in the street's name means it is no street.
    if (tokensOf(text.slice(start, end)).some((t) => BRAND_WORDS.has(lower(t)))) return;
    const postal = POSTAL_AFTER.exec(text.slice(end, end + 60));
    const stop = postal ? end + postal[0].length : end;
    const raw = text.slice(start, stop);
    add('ADDRESS', lower(raw.replace(/\s+/g, ' ')), PRIORITY.address, start, stop);
  };
  for (const m of text.matchAll(ADDRESS_NUMBER_FIRST)) found(m.index, m.index + m[0].length);
  for (const m of text.matchAll(ADDRESS_FRENCH)) found(m.index, m.index + m[0].length);
  for (const m of text.matchAll(ADDRESS_STREET_FIRST)) found(m.index, m.index + m[0].length);
  for (const m of text.matchAll(ADDRESS_COMPOUND)) if (COMPOUND_STREET.test(m[1]!) && !NOT_STREETS.test(m[1]!)) found(m.index, m.index + m[0].length);
}
