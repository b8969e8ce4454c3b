import nlp from 'compromise';
import { LinkifyIt } from 'linkify-it';
import { findWalletAddresses } from '../engine/wallets.ts';
import type { Evidence, Message, Reason } from '../engine/types.ts';

/**
 * Redaction of personal data from a conversation before a researcher sample
 * is stored: people's names, phone numbers, e-mail addresses, messaging
 * handles and street addresses become placeholders, and everything that tells
 * the story of a scam stays (amounts, dates, wallet addresses, platform
 * domains, brands, apps, places, "my aunt").
 *
 * Placeholders are written in brackets, `[PERSON_1]`, `[PHONE_2]`, so that a
 * reader sees at a glance what was replaced. They are stable across the
 * conversation (the same person, number, address... always gets the same
 * placeholder) and numbered in order of first appearance. Where a handle sits
 * in an app's link or after an "@", the app part stays: `t.me/[HANDLE_1]`,
 * `@[HANDLE_2]`, `wa.me/[PHONE_1]`.
 *
 * Everything is found on a "view" of each message: invisible characters
 * removed, full-width and other scripts' digits read as ASCII, look-alike
 * letters inside Latin words read as Latin. Spans are mapped back to the
 * original text, so "An\u200Ba" is replaced whole.
 *
 * Names come from the names the caller knows (a site adapter's sender names,
 * a chat export's contacts: redacted in any case, except a name that is also a
 * word written in lower case, "grace"), strong cues ("my name is ...",
 * "меня зовут ..."), honorifics and family words ("Professor Hale", "Pak
 * Budi", "my uncle Bob": the honorific stays) and compromise's people
 * detection, which reads English only (elsewhere it takes "Ich" or "Saya" for
 * people). A name found anywhere is redacted where it was found and, written
 * with a capital, everywhere else in the conversation, with its parts: after
 * "Ana Lima", "Ana" alone is the same person. Brands, apps, places, months and
 * family words are never names: they are the story researchers read.
 *
 * Every regular expression here takes linear time; compromise (the costly
 * step, about 100 characters a millisecond) reads only sentences that could
 * hold a name, and at most COMPROMISE_BUDGET characters a conversation; past
 * that, a lookup of capitalised words in compromise's lexicon stands in.
 */

export type PlaceholderKind = 'PERSON' | 'PHONE' | 'EMAIL' | 'HANDLE' | 'ADDRESS';

export interface RedactionOptions {
  /** Sender and contact names the site adapter or chat export knows; always redacted. */
  names?: readonly string[];
}

export interface RedactedConversation {
  /** Same order and length; `from` and `time` kept, `text` redacted. */
  messages: Message[];
  /** Same reasons; evidence remapped onto the redacted text (quote = redacted slice). */
  reasons: Reason[];
  /** How many distinct values of each kind were replaced (never the values). */
  counts: Partial<Record<PlaceholderKind, number>>;
}

export function redactConversation(messages: readonly Message[], reasons: readonly Reason[], options: RedactionOptions = {}): RedactedConversation {
  validateInput(messages, reasons, options);
  const views = messages.map((m) => buildView(m.text));
  const book = new NameBook();
  for (const name of options.names ?? []) book.register(name, { given: true });
  discoverNames(views, book);
  const matcher = book.matcher();
  const table = new PlaceholderTable();
  const redactedMessages: Message[] = [];
  const edits: Edit[][] = [];
  messages.forEach((message, index) => {
    const view = views[index]!;
    const replacements = resolve(findCandidates(view, matcher, book.foundIn(index)));
    const { text, messageEdits } = applyReplacements(message.text, view, replacements, table);
    redactedMessages.push(message.time === undefined ? { from: message.from, text } : { from: message.from, text, time: message.time });
    edits.push(messageEdits);
  });
  const redactedReasons = reasons.map((reason) => {
    const evidence = reason.evidence && remapEvidence(reason.evidence, messages[reason.message]!.text.length, redactedMessages[reason.message]!.text, edits[reason.message]!);
    return { ...reason, evidence };
  });
  return { messages: redactedMessages, reasons: redactedReasons, counts: table.counts() };
}

/** One text redacted on its own (a fresh placeholder table). */
export function redactText(text: string, options: RedactionOptions = {}): string {
  return redactConversation([{ from: 'them', text }], [], options).messages[0]!.text;
}

// ---------------------------------------------------------------------------
// Input

function validateInput(messages: readonly Message[], reasons: readonly Reason[], options: RedactionOptions): void {
  if (!Array.isArray(messages)) throw new TypeError('redactConversation: messages must be an array');
  if (!Array.isArray(reasons)) throw new TypeError('redactConversation: reasons must be an array');
  messages.forEach((m, i) => {
    if (typeof m !== 'object' || m === null || typeof m.text !== 'string') throw new TypeError(`redactConversation: message ${i} has no text string`);
  });
  reasons.forEach((r, i) => {
    if (!Number.isInteger(r.message) || r.message < 0 || r.message >= messages.length) {
      throw new RangeError(`redactConversation: reason ${i} (${String(r.rule)}) points at message ${String(r.message)}, but the conversation has ${messages.length}`);
    }
    if (r.evidence && !(Number.isFinite(r.evidence.start) && Number.isFinite(r.evidence.end))) {
      throw new RangeError(`redactConversation: reason ${i} (${String(r.rule)}) has evidence without finite start and end`);
    }
  });
  if (options.names !== undefined && (!Array.isArray(options.names) || options.names.some((n) => typeof n !== 'string'))) {
    throw new TypeError('redactConversation: options.names must be an array of strings');
  }
}

// ---------------------------------------------------------------------------
// The view: what detection reads

interface TextView {
  text: string;
  /** For each UTF-16 unit of `text`, its index in the original. */
  origin: Int32Array;
}

// Characters that render as nothing: dropped from the view so "An\u200Ba" reads "Ana".
const INVISIBLE = new Set<number>([0x00ad, 0x034f, 0x061c, 0x115f, 0x1160, 0x17b4, 0x17b5, 0x180e, 0x3164, 0xfeff, 0xffa0]);
const isInvisible = (c: number): boolean =>
  INVISIBLE.has(c) || (c >= 0x200b && c <= 0x200f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2060 && c <= 0x206f) || (c >= 0xfe00 && c <= 0xfe0f);
// Zeros of digit blocks read as ASCII digits (Arabic-Indic, Persian, Devanagari, Bengali, Thai, Lao, Myanmar).
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0x0ed0, 0x1040];
// Cyrillic and Greek letters drawn exactly like Latin ones, case kept (capitals matter for names).
const LATIN_LOOKALIKES: Record<string, string> = {
  а: 'a', е: 'e', о: 'o', р: 'p', с: 'c', у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ԛ: 'q', ԝ: 'w',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
  α: 'a', ο: 'o', ν: 'v', Α: 'A', Β: 'B', Ε: 'E', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O', Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', Ζ: 'Z',
};

function foldUnit(c: number): number {
  if (c >= 0xff01 && c <= 0xff5e) return c - 0xfee0; // full-width ASCII
  if (c === 0x3000) return 0x20; // ideographic space
  if (c >= 0x0660 && c <= 0x1049) for (const zero of DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return 0x30 + c - zero;
  return c;
}

function buildView(original: string): TextView {
  const units = new Uint16Array(original.length);
  const origin = new Int32Array(original.length);
  let n = 0;
  let lookalike = false;
  for (let i = 0; i < original.length; i++) {
    const c = original.charCodeAt(i);
    if (c >= 0x80 && isInvisible(c)) continue;
    const folded = c < 0x80 ? c : foldUnit(c);
    if (folded >= 0x370 && folded < 0x530) lookalike = true;
    units[n] = folded;
    origin[n] = i;
    n++;
  }
  let text = unitsToString(units, n);
  if (lookalike) text = foldLookalikeWords(text);
  return { text, origin: origin.slice(0, n) };
}

function unitsToString(units: Uint16Array, length: number): string {
  let s = '';
  for (let i = 0; i < length; i += 8192) s += String.fromCharCode(...units.subarray(i, Math.min(length, i + 8192)));
  return s;
}

/** "Аna" (Cyrillic А) reads "Ana"; a word with no Latin letter ("Анна") stays as written. */
function foldLookalikeWords(text: string): string {
  return text.replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (!/[a-z]/i.test(word) || !/[\u0370-\u052f]/.test(word)) return word;
    let out = '';
    for (const ch of word) out += LATIN_LOOKALIKES[ch] ?? ch;
    // Replacements are one unit for one, so view offsets stay aligned.
    return out.length === word.length ? out : word;
  });
}

// ---------------------------------------------------------------------------
// Words that are not personal data

const lower = (s: string): string => s.toLowerCase();
const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Exchanges, coins, wallets, payment services and apps: the scam's vocabulary, never personal data. */
const BRAND_WORDS = new Set(
  words(`
    binance coinbase kraken okx bybit kucoin bitget gate mexc huobi htx bitfinex bitstamp gemini crypto cryptocom
    metamask trust wallet trustwallet exodus ledger trezor phantom usdt usdc busd btc eth bnb trx xrp sol doge ltc dai
    bitcoin ethereum tether tron trc20 erc20 bep20 solana ripple dogecoin litecoin cardano polygon nft defi web3
    robinhood etoro fidelity vanguard schwab paypal venmo zelle cashapp revolut wise moneygram western union visa mastercard amex
    chase citi citibank hsbc barclays wells fargo santander
    whatsapp telegram line wechat weixin signal viber skype kakao kakaotalk zalo instagram facebook messenger tiktok snapchat
    discord tinder bumble hinge okcupid twitter linkedin google gmail apple icloud outlook hotmail yahoo zoom youtube amazon
    microsoft android iphone ios app appstore
    luno indodax btcturk bitkub upbit bithumb coinhako coins gcash paymaya maya gopay ovo shopeepay grab gojek paytm phonepe
    upi alipay wechatpay kakaopay zalopay momo nequi bkash mpesa ira etf
  `),
);

/** Never a person's name, even when compromise or a cue says so: what researchers need to read. */
const NOT_A_NAME = new Set([
  ...BRAND_WORDS,
  ...words(`
    singapore hong kong dubai abu dhabi china shanghai beijing shenzhen guangzhou taiwan taipei japan tokyo osaka korea seoul
    thailand bangkok vietnam hanoi saigon malaysia kuala lumpur philippines manila indonesia jakarta bali cambodia phnom penh
    myanmar laos macau india mumbai delhi london paris berlin madrid rome new york california texas florida usa america canada
    toronto vancouver australia sydney melbourne england britain europe asia africa las vegas los angeles miami chicago boston
    pinas nigeria ghana kenya lagos seattle portland denver austin houston brisbane
    january february march april june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
    mom mum mommy mummy mama momma dad daddy papa aunt auntie aunty uncle grandma grandpa granny grandmother grandfather
    sister brother sis bro cousin niece nephew son daughter wife husband baby babe honey dear darling sweetheart sweetie
    love friend boss teacher sir madam maam miss mister mr mrs ms mx dr prof doctor professor captain capt lady lord
    god jesus christ allah buddha christmas easter ramadan valentine valentines
    ok okay lol hi hello hey thanks today tomorrow tonight yesterday later soon now please
    bonjour bonsoir salut coucou hola buenas ciao olá ola oi hallo moin servus hai halo helo salam merhaba selam namaste
    kumusta xin chào привет здравствуйте selamat
    saya aku ako ich je moi yo eu io sono soy sie ito
    support team service customer admin manager official vip pro bot ai api ceo
  `),
]);

/** Honorifics, titles and family words before a name, in the corpus's languages: they stay, and they mark what follows as a name. */
const NAME_PREFIXES = new Set(
  words(`mr mrs ms miss mx dr prof sir madam maam mister doctor professor captain capt lady lord
         agent officer detective inspector sergeant sgt lt lieutenant judge attorney lawyer pastor rev reverend father fr
         coach mentor member teacher nurse
         aunt auntie aunty uncle grandma grandpa granny cousin sister brother sis bro mom mum mama dad papa
         herr frau monsieur madame mme mlle señor señora sr sra srta don doña dona tio tia tío tía
         pak bu bapak ibu kak mas mbak abang encik puan tuan cik dato datuk datin ate kuya tita tito lola lolo tatay nanay`),
);
/** Honorifics after a name ("Hasan Bey", "Minsu-ssi"): they stay. */
const NAME_SUFFIXES = new Set(words('bey hanım hanim abi abla san kun chan sama ssi nim jr'));
/** Words that open a place's name, not a person's ("San Fernando", "Burj Al Arab"). */
const PLACE_OPENERS = new Set(words('san santa são sao vila villa burj port fort mount lake saint bandar kota kampung jalan jl'));
/** compromise's tags for words that are never part of a name ("I'm", "said", "the"). */
const FUNCTION_TAGS = new Set(['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Verb', 'Copula', 'Modal', 'Auxiliary', 'Adverb', 'QuestionWord', 'Expression', 'Negative', 'Month', 'WeekDay', 'Date', 'Place', 'Country', 'City', 'Region', 'Value', 'Cardinal', 'Currency']);

/** First names that are also ordinary words: only a capital letter (and context) makes them a name. */
const COMMON_WORD_NAMES = new Set(
  words(`
    will may mark bill rich hope grace sunny crystal june april august rose lily ivy daisy dawn summer autumn faith joy
    charity patience honor justice liberty destiny harmony heather holly iris violet olive ruby pearl amber jade ginger
    candy brandy penny sandy rusty sterling star sky skye river stone hunter jack frank chase drew rob pat sue art gene
    guy max ray don earl king prince princess angel precious sugar cash miles wade dean reed lane page chance chip buck
    bud buddy dash jean jewel misty storm rain cliff glen grant gale bob tom rob robin wren lark sonny
  `),
);

// Compromise's lexicon: "jessica" is a FemaleName, "hello" an Expression.
const LEXICON: Record<string, string | string[] | undefined> =
  (nlp.world() as { model?: { one?: { lexicon?: Record<string, string | string[]> } } }).model?.one?.lexicon ?? {};
const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
const lexiconTags = (word: string): string[] => {
  const tags = Object.hasOwn(LEXICON, word) ? LEXICON[word] : undefined;
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
};
const isLexiconFirstName = (word: string): boolean => lexiconTags(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
// Honorifics are never names themselves, except those that are also first names ("Don", "Lola").
for (const word of [...NAME_PREFIXES, ...NAME_SUFFIXES, ...PLACE_OPENERS]) if (!isLexiconFirstName(word)) NOT_A_NAME.add(word);
/** A word that means something besides a name ("lima" is a city, "mayor" an office): lower case keeps it. */
const isOrdinaryWord = (word: string): boolean => COMMON_WORD_NAMES.has(word) || NOT_A_NAME.has(word) || lexiconTags(word).some((t) => !NAME_TAGS.has(t));

/** `s` without the given characters at its end (a loop: `/[.]+$/` would take quadratic time on "....x"). */
function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

const startsUpper = (s: string): boolean => /^\p{Lu}/u.test(s);
/** "Grace", not "GRACE" or "grace": for common-word names a deliberate capital is the signal. */
const isTitleCase = (s: string): boolean => /^\p{Lu}\p{Ll}/u.test(s);
const letterCount = (s: string): number => (s.match(/\p{L}/gu) ?? []).length;

// ---------------------------------------------------------------------------
// Names

/** Word tokens as names are matched: letters, marks, digits and "_" ("ana_lima88" is one token, a handle). */
const TOKEN = /[\p{L}\p{M}\p{N}_]+/gu;
const tokensOf = (s: string): string[] => s.match(TOKEN) ?? [];
// Scripts written without spaces between words: a name there is found as a substring.
const SPACELESS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Hangul}]/u;

/**
 * How a token is spelled for matching: `exact` in lower case, `key` also
 * without Latin, Greek and Cyrillic accents. A word may drop the accents of a
 * name ("Jose" is "José") but not add its own: in Vietnamese "Mình" ("I") is
 * not "Minh".
 */
interface Spelling {
  exact: string;
  key: string;
}

function spell(token: string): Spelling {
  const exact = lower(token.normalize('NFC'));
  return { exact, key: /^[\x00-\x7f]*$/.test(exact) ? exact : exact.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC') };
}

const spellingMatches = (word: Spelling, name: Spelling): boolean => word.key === name.key && (word.exact === word.key || word.exact === name.exact);

interface Alias {
  tokens: Spelling[];
  person: string;
  /** From the caller's names: redacted whenever capitalised, even as a common word. */
  given: boolean;
  /** Written in lower case somewhere in this conversation, as a name ("hey jessica"): lower case counts too. */
  anyCase: boolean;
  /** One token that is also an ordinary word ("lima", "grace"): a lower-case occurrence stays. */
  ordinary: boolean;
  /**
   * A capital is not enough, the name must also stand mid-sentence: a
   * common-word first name ("Grace"), or a name found only in a language
   * compromise cannot read ("Ben" is also Turkish for "I").
   */
  midSentence: boolean;
}

interface Registration {
  /** From the caller. */
  given?: boolean;
  /** Found written in lower case. */
  anyCase?: boolean;
  /** Found in a language compromise cannot read. */
  midSentence?: boolean;
}

interface NameMatcher {
  /** Aliases by their first token, longest first. */
  byFirstToken: Map<string, Alias[]>;
  /** Aliases in spaceless scripts, searched as substrings. */
  substrings: Array<{ text: string; alias: Alias }>;
}

/** A name compromise found at one place: redacted there, whatever its case ("hey jessica"). */
interface FoundName {
  start: number;
  end: number;
  person: string;
}

/** The conversation's people: every spelling of a name points at one person key. */
class NameBook {
  private readonly aliases = new Map<string, Alias>();
  private readonly found = new Map<number, FoundName[]>();

  /** Registers a full name and its parts of three letters or more; returns the person's key, or null for no name. */
  register(name: string, how: Registration = {}): string | null {
    const tokens = tokensOf(name).map(spell);
    const meaningful = tokens.filter((t) => !NOT_A_NAME.has(t.exact) && !NOT_A_NAME.has(t.key) && !/^\d+$/.test(t.key));
    // "Mom" or "Binance Support" as a contact name identifies nobody, and its words are evidence.
    if (meaningful.length === 0 || letterCount(tokens.map((t) => t.key).join('')) < 2) return null;
    const idOf = (spellings: Spelling[]): string => spellings.map((t) => t.exact).join(' ');
    const full = idOf(tokens);
    const parts = tokens.length > 1 ? meaningful.filter((part) => letterCount(part.key) >= 3) : [];
    const known = this.aliases.get(full);
    if (known) {
      // Seen again, maybe with more certainty: in lower case, or in English.
      for (const id of [full, ...parts.map((p) => p.exact)]) {
        const alias = this.aliases.get(id);
        if (alias?.person !== known.person) continue;
        if (how.anyCase) alias.anyCase = true;
        if (!how.midSentence && !(alias.tokens.length === 1 && COMMON_WORD_NAMES.has(alias.tokens[0]!.exact))) alias.midSentence = false;
      }
      return known.person;
    }
    // "Jessica" seen before "Jessica Wong": one person.
    const first = meaningful[0]!.exact;
    const earlier = this.aliases.get(first);
    const person = tokens.length > 1 && earlier && earlier.tokens.length === 1 && earlier.person === first ? earlier.person : full;
    this.add(full, tokens, person, how);
    for (const part of parts) if (!this.aliases.has(part.exact)) this.add(part.exact, [part], person, how);
    return person;
  }

  /** Registers a name and the place it was found. */
  registerAt(message: number, start: number, end: number, name: string, midSentence = false): void {
    const person = this.register(name, { anyCase: !startsUpper(name), midSentence });
    if (person === null) return;
    const list = this.found.get(message) ?? [];
    list.push({ start, end, person });
    this.found.set(message, list);
  }

  foundIn(message: number): readonly FoundName[] {
    return this.found.get(message) ?? [];
  }

  private add(id: string, tokens: Spelling[], person: string, how: Registration): void {
    const single = tokens.length === 1 ? tokens[0]!.exact : null;
    const given = how.given ?? false;
    this.aliases.set(id, {
      tokens,
      person,
      given,
      anyCase: given || (how.anyCase ?? false),
      ordinary: single !== null && isOrdinaryWord(single),
      midSentence: (how.midSentence ?? false) || (single !== null && COMMON_WORD_NAMES.has(single)),
    });
  }

  matcher(): NameMatcher {
    const byFirstToken = new Map<string, Alias[]>();
    const substrings: NameMatcher['substrings'] = [];
    for (const alias of this.aliases.values()) {
      if (alias.tokens.some((t) => SPACELESS.test(t.exact))) {
        substrings.push({ text: alias.tokens.map((t) => t.exact).join(''), alias });
        continue;
      }
      const key = alias.tokens[0]!.key;
      const list = byFirstToken.get(key) ?? [];
      list.push(alias);
      byFirstToken.set(key, list);
    }
    for (const list of byFirstToken.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
    substrings.sort((a, b) => b.text.length - a.text.length);
    return { byFirstToken, substrings };
  }
}

/** Characters compromise reads in a conversation: about 100-200 ms of work. */
const COMPROMISE_BUDGET = 12_000;
/** Characters handed to compromise in one call: per-call overhead dominates below this. */
const BATCH_CHARS = 4_000;
/** Longest piece of a message read as one unit. */
const PIECE_CHARS = 500;
/**
 * compromise reads English: on other languages it takes capitalised words for
 * people ("Ich", "Saya", "Olá"). A message is read when at least this share of
 * its words are English words (its lexicon); measured on the corpus, 99% of
 * English messages and 1-13% of other languages' (35% of Hinglish) pass.
 */
const ENGLISH_SHARE = 0.5;
/**
 * A name in lower case is taken from a sentence at least this English (the
 * tenth percentile of English messages): in Hinglish "diya" is "gave".
 */
const LOWER_CASE_NAME_ENGLISH_SHARE = 0.7;
/** Messages with fewer counted words than this are judged by the whole conversation's share. */
const ENGLISH_MIN_WORDS = 3;

interface Piece {
  message: number;
  start: number;
  text: string;
}

/** Finds the conversation's names (cues, compromise, the lexicon) and registers them. */
function discoverNames(views: readonly TextView[], book: NameBook): void {
  const shares = views.map((v) => englishWords(v.text));
  const pooled = shares.reduce((a, s) => ({ known: a.known + s.known, counted: a.counted + s.counted }), { known: 0, counted: 0 });
  const readsEnglish = (i: number): boolean => {
    const own = shares[i]!;
    const basis = own.counted >= ENGLISH_MIN_WORDS ? own : pooled;
    return basis.counted > 0 && basis.known / basis.counted >= ENGLISH_SHARE;
  };
  const pieces: Piece[] = [];
  views.forEach((view, message) => {
    for (const m of view.text.matchAll(NAME_CUE)) {
      const name = cuedName(m[1]!);
      if (name) book.register(name);
    }
    for (const m of view.text.matchAll(PREFIX_CUE)) {
      const name = prefixedName(m[1] ?? m[2]!, m[3]!, m[4]);
      if (name) book.register(name);
    }
    if (!readsEnglish(message)) {
      // compromise would misread it; its lexicon still knows "Marco" and "Camila" (not where a sentence starts: Turkish "Ben", Indonesian "Ada").
      for (const piece of splitPieces(view.text, message)) readWithLexicon(piece, view.text, book, true);
      return;
    }
    for (const piece of splitPieces(view.text, message)) if (mayHoldName(piece.text)) pieces.push(piece);
  });
  let budget = COMPROMISE_BUDGET;
  let i = 0;
  while (i < pieces.length && budget > 0) {
    const batch: Piece[] = [];
    let length = 0;
    while (i < pieces.length && length < BATCH_CHARS && length < budget) {
      batch.push(pieces[i]!);
      length += pieces[i]!.text.length + 2;
      i++;
    }
    budget -= length;
    readWithCompromise(batch, views, book);
  }
  for (; i < pieces.length; i++) readWithLexicon(pieces[i]!, views[pieces[i]!.message]!.text, book, false);
}

/**
 * English words among a text's words. Names say nothing of the language
 * ("nur" and "kat" are names to compromise), nor do capitalised words it does
 * not know (names, maybe): neither is counted.
 */
function englishWords(text: string): { known: number; counted: number } {
  let known = 0;
  let counted = 0;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    if (m[0].length < 2) continue;
    const word = lower(m[0]);
    const english = isEnglishWord(word);
    if ((!english && startsUpper(m[0])) || lexiconTags(word).some((t) => NAME_TAGS.has(t))) continue;
    counted++;
    if (english) known++;
  }
  return { known, counted };
}

/** In compromise's lexicon, as written or with a regular ending taken off. */
function isEnglishWord(word: string): boolean {
  const has = (w: string): boolean => Object.hasOwn(LEXICON, w);
  if (has(word)) return true;
  if (word.endsWith('s') && has(word.slice(0, -1))) return true;
  if (word.endsWith('ed') && (has(word.slice(0, -2)) || has(word.slice(0, -1)))) return true;
  if (word.endsWith('ing') && (has(word.slice(0, -3)) || has(`${word.slice(0, -3)}e`))) return true;
  return word.endsWith('ly') && has(word.slice(0, -2));
}

/**
 * Sentences (so that compromise reads only those that may hold a name), cut
 * at PIECE_CHARS at a space where there is one. "Mr. Wang" and "J. Smith"
 * stay in one piece.
 */
function splitPieces(text: string, message: number): Piece[] {
  const out: Piece[] = [];
  let start = 0;
  const push = (end: number): void => {
    if (end > start) out.push({ message, start, text: text.slice(start, end) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      start = i + 1;
    } else if (/[.!?。！？]/u.test(ch) && /\s/.test(text[i + 1] ?? '') && !followsPrefix(text, i) && !/(?:^|[^\p{L}])\p{L}$/u.test(text.slice(Math.max(0, i - 2), i))) {
      push(i + 1);
    } else if (i - start >= PIECE_CHARS) {
      const space = text.lastIndexOf(' ', i);
      push(space > start + PIECE_CHARS / 2 ? space : i);
    }
  }
  push(text.length);
  return out;
}

/** Whether compromise could find a person here: a capitalised unknown word, or a word its lexicon knows as a name. */
function mayHoldName(text: string): boolean {
  for (const m of text.matchAll(/\p{L}[\p{L}\p{M}'’]*/gu)) {
    const word = lower(m[0]);
    if (NAME_PREFIXES.has(word) && startsUpper(m[0])) return true;
    if (COMMON_WORD_NAMES.has(word) && isTitleCase(m[0]) && !isSentenceInitial(text, m.index)) return true;
    if (NOT_A_NAME.has(word)) continue;
    const tags = lexiconTags(word);
    if (tags.some((t) => NAME_TAGS.has(t) || t === 'Honorific')) return true;
    if (tags.length === 0 && /^[A-Z][a-z]/.test(m[0])) return true;
  }
  return false;
}

interface CompromiseTerm {
  text: string;
  tags?: string[];
  offset: { start: number; length: number };
}

interface Term {
  text: string;
  start: number;
  end: number;
  tags: readonly string[];
}

function readWithCompromise(batch: readonly Piece[], views: readonly TextView[], book: NameBook): void {
  // Blank lines keep the pieces apart as sentences; starts map offsets back.
  const starts: number[] = [];
  let text = '';
  for (const piece of batch) {
    starts.push(text.length);
    text += `${piece.text}\n\n`;
  }
  const people = nlp(text).people().json({ offset: true, terms: { offset: true } }) as Array<{ terms?: CompromiseTerm[] }>;
  for (const person of people) {
    const terms = person.terms ?? [];
    if (terms.length === 0) continue;
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > terms[0]!.offset.start) k--;
    const piece = batch[k]!;
    const shift = piece.start - starts[k]!;
    const spans = terms
      .map((t): Term => ({ text: t.text, start: t.offset.start + shift, end: t.offset.start + t.offset.length + shift, tags: t.tags ?? [] }))
      .filter((t) => t.start >= piece.start && t.end <= piece.start + piece.text.length);
    const text = views[piece.message]!.text;
    const accepted = acceptPerson(spans, text, () => {
      const own = englishWords(piece.text);
      return own.counted >= ENGLISH_MIN_WORDS && own.known / own.counted >= LOWER_CASE_NAME_ENGLISH_SHARE;
    });
    if (accepted) book.registerAt(piece.message, accepted.start, accepted.end, text.slice(accepted.start, accepted.end));
  }
}

const MAX_NAME_WORDS = 4;

/** Cues that make the capitalised word after them a name, whatever the word. */
const CUE_BEFORE = /(?:^|[^\p{L}])(?:i'?m|i am|my name is|my name's|name is|name's|this is|it'?s|call me|meet|named|called|hi|hello|hey|dear)\s+$/iu;
/** Acronyms ("IRA", "ETF", "KL") and brands in camel case ("CoinMars") are not names; "McDonald" and "DeShawn" are. */
const isAcronym = (word: string): boolean => /^\p{Lu}{2,4}$/u.test(word);
const isCamelBrand = (word: string): boolean => /\p{Ll}\p{Lu}/u.test(word) && !/^(?:Mc|Mac|De|Di|Da|Du|La|Le|Van|Von|O')\p{Lu}/u.test(word);
/** "Kayla's": the name is "Kayla". */
const withoutPossessive = (t: Term): Term => (/['’]s$/i.test(t.text) && t.text.length > 3 ? { ...t, text: t.text.slice(0, -2), end: t.end - 2 } : t);

/**
 * Compromise's person, kept only where it is plausibly a name: honorifics and
 * family words around it stay ("Uncle [PERSON_1]", "[PERSON_2] Bey"), brands,
 * places, acronyms and pronouns are dropped, and a first name that is also a
 * common word ("Will", "Grace") needs a capital and context: a cue before it,
 * a surname after it, or a place in the middle of a sentence. A capitalised
 * unknown word just before the name is its first name ("Anil Kumar").
 */
function acceptPerson(terms: readonly Term[], text: string, readsEnglish: () => boolean): { start: number; end: number } | null {
  let cued = false;
  let i = 0;
  while (i < terms.length && (terms[i]!.tags.includes('Honorific') || NAME_PREFIXES.has(lower(terms[i]!.text)))) {
    cued = true;
    i++;
  }
  if (i < terms.length && PLACE_OPENERS.has(lower(terms[i]!.text))) return null;
  const run: Term[] = [];
  // A name is a few words; a longer run is compromise reading a list ("Ana Ana Ana ...").
  for (; i < terms.length && run.length < MAX_NAME_WORDS; i++) {
    const t = withoutPossessive(terms[i]!);
    const word = lower(t.text);
    if (NOT_A_NAME.has(word) || !/\p{L}/u.test(t.text) || t.tags.some((tag) => FUNCTION_TAGS.has(tag))) break;
    if (isAcronym(t.text) || isCamelBrand(t.text) || run.some((r) => lower(r.text) === word)) break;
    // A lower-case word is a name only when compromise's lexicon knows it as nothing else ("jessica"), it is
    // not short, and the sentence around it is English: in Tagalog "rin" is "also", in Hindi "dena" is "give".
    if (!startsUpper(t.text) && (!isLexiconFirstName(word) || isOrdinaryWord(word) || letterCount(word) < 4 || !readsEnglish())) break;
    run.push(t);
    if (t !== terms[i]) break; // a possessive ends the name
  }
  if (run.length === 0 || letterCount(run.map((t) => t.text).join('')) < 2) return null;
  const first = run[0]!;
  const last = run[run.length - 1]!;
  if (run.length === 1) {
    const word = lower(first.text);
    if (letterCount(word) < 2) return null;
    if (COMMON_WORD_NAMES.has(word)) {
      const before = text.slice(Math.max(0, first.start - 24), first.start);
      if (!isTitleCase(first.text) || !(cued || CUE_BEFORE.test(before) || !isSentenceInitial(text, first.start))) return null;
    }
  }
  // "Anil Kumar": compromise may find only the surname; an unknown capitalised word right before it is the first name.
  const previous = cued ? null : wordBefore(text, first.start);
  const previousWord = previous ? lower(previous.word) : '';
  const extend =
    previous !== null &&
    /^\p{Lu}[\p{Ll}\p{M}]+$/u.test(previous.word) &&
    !NOT_A_NAME.has(previousWord) &&
    !COMMON_WORD_NAMES.has(previousWord) &&
    (isLexiconFirstName(previousWord) || !isEnglishWord(previousWord));
  return { start: previous && extend ? previous.start : first.start, end: last.end };
}

/** The word right before `position`, separated from it by one space. */
function wordBefore(text: string, position: number): { word: string; start: number } | null {
  if (text[position - 1] !== ' ') return null;
  let start = position - 1;
  while (start > 0 && position - start < 32 && /[\p{L}\p{M}'’-]/u.test(text[start - 1]!)) start--;
  return start < position - 1 ? { word: text.slice(start, position - 1), start } : null;
}

/** Whether a word opens a sentence, where a capital letter says nothing ("Mr. Wang" does not). */
function isSentenceInitial(text: string, position: number): boolean {
  let i = position - 1;
  while (i >= 0 && /[\s"'“‘«(\[*_]/u.test(text[i]!)) i--;
  if (i < 0) return true;
  if (text[i] === '.' && followsPrefix(text, i)) return false;
  return /[.!?…。！？:;\n]/u.test(text[i]!);
}

/** Whether the word ending at `end` (exclusive) is an honorific or family word: "Mr", "Auntie". */
function followsPrefix(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && end - start < 12 && /\p{L}/u.test(text[start - 1]!)) start--;
  return start < end && NAME_PREFIXES.has(lower(text.slice(start, end)));
}

/**
 * "my name is Анна", "меня зовут Анна", "call me Xiaoling": the capitalised
 * word (and a second one) after a strong cue is a name in any alphabet.
 */
const NAME_CUE =
  /(?<![\p{L}])(?:my name is|my name's|call me|me llamo|je m'appelle|ich heiße|mi chiamo|meu nome é|nama saya|меня зовут|мене звати)[ \t]+(\p{L}[\p{L}\p{M}'’-]{0,30}(?:[ \t]\p{L}[\p{L}\p{M}'’-]{0,30})?)/giu;

function cuedName(captured: string): string | null {
  // Only the leading capitalised words: "Anna and" keeps "Anna"; "my name is not important" keeps nothing.
  const kept: string[] = [];
  for (const word of captured.split(/[ \t]/)) {
    if (!startsUpper(word) || NOT_A_NAME.has(lower(word))) break;
    kept.push(word);
  }
  return kept.length > 0 ? kept.join(' ') : null;
}

/** Abbreviations that end with a period ("Dr. Smith"); after any other word a period ends the sentence ("ya kak. Kalau..."). */
const ABBREVIATED_PREFIXES = words('mr mrs ms mx dr prof capt sgt lt rev fr mme mlle sr sra srta');
/** "Professor Hale", "Pak Budi", "my uncle Bob", "Frau Becker": a capitalised word after an honorific or family word. */
const PREFIX_CUE = new RegExp(
  `(?<![\\p{L}])(?:(${ABBREVIATED_PREFIXES.join('|')})\\.?|(${[...NAME_PREFIXES].filter((p) => !ABBREVIATED_PREFIXES.includes(p)).join('|')}))[ \\t]+(\\p{L}[\\p{L}\\p{M}'’-]{1,30})(?:[ \\t]+(\\p{L}[\\p{L}\\p{M}'’-]{1,30}))?`,
  'giu',
);
/**
 * Prefixes that are names' prefixes only when written as titles: job titles
 * ("Coach Mika", not "my coach Mika", nor "member Benefits") and words that are
 * also English words ("Ate Joy", not "I ate Pizza").
 */
const TITLE_ONLY_PREFIXES = new Set(words('agent officer detective inspector sergeant judge attorney lawyer pastor father coach mentor member teacher nurse ate mas don lola lolo'));
/** Tags of words that are not names after an honorific ("Dear Valued Customer", "Sir Can you"). */
const NOT_AFTER_PREFIX_TAGS = new Set([...FUNCTION_TAGS, 'Plural', 'PastTense', 'PresentTense', 'Infinitive', 'Gerund', 'Comparative', 'Superlative', 'Actor']);
const nameAfterPrefix = (word: string | undefined): word is string =>
  word !== undefined && isTitleCase(word) && !isCamelBrand(word) && !NOT_A_NAME.has(lower(word)) && !lexiconTags(lower(word)).some((t) => NOT_AFTER_PREFIX_TAGS.has(t));

function prefixedName(prefix: string, first: string, second: string | undefined): string | null {
  if (TITLE_ONLY_PREFIXES.has(lower(prefix)) && !startsUpper(prefix)) return null;
  const name = withoutPossessive({ text: first, start: 0, end: first.length, tags: [] }).text;
  if (!nameAfterPrefix(name)) return null;
  return name === first && nameAfterPrefix(second) ? `${name} ${second}` : name;
}

/**
 * Past the compromise budget, and in other languages: capitalised first names
 * from compromise's lexicon, with a capitalised word after them as surname.
 */
function readWithLexicon(piece: Piece, text: string, book: NameBook, midSentenceOnly: boolean): void {
  const tokens = [...piece.text.matchAll(/(?<![\p{L}\p{M}'’])\p{Lu}\p{Ll}+(?![\p{L}\p{M}])/gu)];
  for (let k = 0; k < tokens.length; k++) {
    const m = tokens[k]!;
    const word = lower(m[0]);
    if (!isLexiconFirstName(word) || COMMON_WORD_NAMES.has(word) || NOT_A_NAME.has(word) || word.length < 3) continue;
    if (midSentenceOnly && isSentenceInitial(text, piece.start + m.index)) continue;
    const next = tokens[k + 1];
    const adjacent = next && next.index === m.index + m[0].length + 1 && piece.text[m.index + m[0].length] === ' ';
    const withSurname = adjacent && !NOT_A_NAME.has(lower(next[0])) && lexiconTags(lower(next[0])).every((t) => NAME_TAGS.has(t));
    const start = piece.start + m.index;
    const end = withSurname ? piece.start + next.index + next[0].length : start + m[0].length;
    book.registerAt(piece.message, start, end, text.slice(start, end), midSentenceOnly);
  }
}

// ---------------------------------------------------------------------------
// Candidates

interface Candidate {
  /** null: protected (a wallet address, a platform link): never replaced, and nothing inside it is. */
  kind: PlaceholderKind | null;
  /** Identity for stable placeholders (digits of a phone, lower-cased e-mail...). */
  key: string;
  priority: number;
  /** The region the candidate owns (view offsets)... */
  claimStart: number;
  claimEnd: number;
  /** ...and the part of it that is replaced. */
  start: number;
  end: number;
}

const PRIORITY = { wallet: 0, email: 1, urlHandle: 2, url: 3, phone: 4, handle: 5, address: 6, person: 7 } as const;

function findCandidates(view: TextView, names: NameMatcher, found: readonly FoundName[]): Candidate[] {
  const text = view.text;
  const out: Candidate[] = [];
  const add = (kind: PlaceholderKind | null, key: string, priority: number, claimStart: number, claimEnd: number, start = claimStart, end = claimEnd): void => {
    out.push({ kind, key, priority, claimStart, claimEnd, start, end });
  };
  for (const w of findWalletAddresses(text)) add(null, '', PRIORITY.wallet, w.start, w.end);
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) if (isEmailDomain(m[2]!)) add('EMAIL', lower(m[0]), PRIORITY.email, m.index, m.index + m[0].length);
  }
  for (const m of text.matchAll(SPELLED_EMAIL)) {
    const [, local, at, domain, tld] = m as unknown as [string, string, string, string, string];
    const bracketed = /[[({]/.test(at);
    if (bracketed || MAIL_PROVIDERS.has(lower(domain))) add('EMAIL', lower(`${local}@${domain}.${tld}`), PRIORITY.email, m.index, m.index + m[0].length);
  }
  findLinks(text, add);
  if (/\d/.test(text)) findPhones(text, add);
  findHandles(text, add);
  if (/\d/.test(text)) findAddresses(text, add);
  findNames(text, names, add);
  for (const f of found) add('PERSON', f.person, PRIORITY.person, f.start, f.end);
  return out;
}

type Add = (kind: PlaceholderKind | null, key: string, priority: number, claimStart: number, claimEnd: number, start?: number, end?: number) => void;

// --- e-mail

/** Local part (unicode allowed) @ domain; starts only where a local part can start, so each run is read once. */
const EMAIL = /(?<![\p{L}\p{M}\p{N}._%+-])[\p{L}\p{M}\p{N}._%+-]{1,64}@([\p{L}\p{M}\p{N}-]{1,63}((?:\.[\p{L}\p{M}\p{N}-]{1,63})+))/gu;
const isEmailDomain = (labels: string): boolean => /\.\p{L}{2,}$/u.test(labels);
/** "ana at gmail dot com", "ana[at]coinmail[dot]com". */
const SPELLED_EMAIL = /(?<![\p{L}\p{N}._-])([\p{L}\p{N}._-]{1,64})([ \t]*[[({][ \t]*at[ \t]*[\])}][ \t]*|[ \t]+at[ \t]+)([\p{L}\p{N}-]{1,63})(?:[ \t]*[[({][ \t]*(?:dot|\.)[ \t]*[\])}][ \t]*|[ \t]+dot[ \t]+|\.)([a-z]{2,6})(?![\p{L}\p{N}])/giu;
/** Spelled with a plain " at ", only a mail provider's domain is an address ("ana at coinvexa dot pro" may be a platform). */
const MAIL_PROVIDERS = new Set(words('gmail googlemail yahoo ymail hotmail outlook live msn icloud me proton protonmail pm qq 163 126 yandex mail aol gmx naver hanmail daum'));

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

function findLinks(text: string, add: Add): void {
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

function findPhones(text: string, add: Add): void {
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

function findHandles(text: string, add: Add): void {
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

function findAddresses(text: string, add: Add): void {
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

// --- names

function findNames(text: string, matcher: NameMatcher, add: Add): void {
  if (matcher.byFirstToken.size > 0) {
    const tokens = [...text.matchAll(TOKEN)];
    const spellings = tokens.map((t) => spell(t[0]));
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      const aliases = matcher.byFirstToken.get(spellings[i]!.key);
      if (!aliases) continue;
      for (const alias of aliases) {
        const last = matchTokens(text, tokens, spellings, i, alias.tokens);
        if (last === -1) continue;
        const start = first.index;
        const end = tokens[last]!.index + tokens[last]![0].length;
        if (!acceptOccurrence(alias, text, start, text.slice(start, end))) continue;
        add('PERSON', alias.person, PRIORITY.person, start, end);
        i = last;
        break;
      }
    }
  }
  for (const { text: needle, alias } of matcher.substrings) {
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      add('PERSON', alias.person, PRIORITY.person, at, at + needle.length);
    }
  }
}

/** Index of the last token when the alias's tokens follow from `i`, joined by a space, ". ", "'" or "-"; else -1. */
function matchTokens(text: string, tokens: RegExpMatchArray[], spellings: readonly Spelling[], i: number, alias: readonly Spelling[]): number {
  if (!spellingMatches(spellings[i]!, alias[0]!)) return -1;
  for (let k = 1; k < alias.length; k++) {
    const prev = tokens[i + k - 1];
    const next = tokens[i + k];
    if (!prev || !next || !spellingMatches(spellings[i + k]!, alias[k]!)) return -1;
    const gap = text.slice(prev.index! + prev[0].length, next.index);
    if (!/^(?:\s{1,3}|\.\s{0,2}|['’-])$/u.test(gap)) return -1;
  }
  return i + alias.length - 1;
}

/**
 * Given names count in any case, except a name that is also a word ("grace",
 * "lima") in lower case. A name found in the conversation counts elsewhere
 * only with a capital (in another language "dan" or "ada" is a word) unless
 * it was found written in lower case, a short one only as "Ed", not "ED"; a
 * common-word first name ("Grace") also not at the start of a sentence, where
 * every word has a capital.
 */
function acceptOccurrence(alias: Alias, text: string, start: number, written: string): boolean {
  if (alias.given) return !alias.ordinary || startsUpper(written);
  if (alias.anyCase && !startsUpper(written)) return true;
  if (!startsUpper(written) || (letterCount(written) < 3 && !isTitleCase(written))) return false;
  return !alias.midSentence || (isTitleCase(written) && !isSentenceInitial(text, start));
}

// ---------------------------------------------------------------------------
// Resolution and replacement

/** Non-overlapping candidates: the higher priority wins a contested region (wallet > e-mail > link > phone > handle > address > person). */
function resolve(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.priority - b.priority || a.claimStart - b.claimStart || b.claimEnd - a.claimEnd);
  const taken: Array<[number, number]> = [];
  const accepted: Candidate[] = [];
  for (const c of candidates) {
    if (c.claimEnd <= c.claimStart || overlaps(taken, c.claimStart, c.claimEnd)) continue;
    insertSorted(taken, c.claimStart, c.claimEnd);
    if (c.kind !== null && c.end > c.start) accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/** Whether [start, end) overlaps any of the sorted, disjoint intervals. */
function overlaps(intervals: ReadonlyArray<[number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid]![1] <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < intervals.length && intervals[lo]![0] < end;
}

function insertSorted(intervals: Array<[number, number]>, start: number, end: number): void {
  let lo = 0;
  let hi = intervals.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (intervals[mid]![0] < start) lo = mid + 1;
    else hi = mid;
  }
  intervals.splice(lo, 0, [start, end]);
}

/** Placeholder numbers per kind and identity, in order of first appearance. */
class PlaceholderTable {
  private readonly numbers = new Map<PlaceholderKind, Map<string, number>>();

  placeholder(kind: PlaceholderKind, key: string): string {
    let byKey = this.numbers.get(kind);
    if (!byKey) this.numbers.set(kind, (byKey = new Map()));
    let n = byKey.get(key);
    if (n === undefined) byKey.set(key, (n = byKey.size + 1));
    return `[${kind}_${n}]`;
  }

  counts(): Partial<Record<PlaceholderKind, number>> {
    return Object.fromEntries([...this.numbers].map(([kind, byKey]) => [kind, byKey.size]));
  }
}

/** One replacement, in original and redacted offsets. */
interface Edit {
  origStart: number;
  origEnd: number;
  newStart: number;
  newEnd: number;
}

function applyReplacements(original: string, view: TextView, replacements: readonly Candidate[], table: PlaceholderTable): { text: string; messageEdits: Edit[] } {
  const messageEdits: Edit[] = [];
  let text = '';
  let copied = 0;
  for (const r of replacements) {
    // View offsets to original ones: invisible characters inside the span go with it.
    const origStart = view.origin[r.start]!;
    const origEnd = view.origin[r.end - 1]! + 1;
    if (origStart < copied) continue;
    text += original.slice(copied, origStart);
    const placeholder = table.placeholder(r.kind!, r.key);
    messageEdits.push({ origStart, origEnd, newStart: text.length, newEnd: text.length + placeholder.length });
    text += placeholder;
    copied = origEnd;
  }
  text += original.slice(copied);
  return { text, messageEdits };
}

/** An offset in the original text, moved onto the redacted one; inside a replaced span it goes to the placeholder's edge. */
function mapOffset(edits: readonly Edit[], offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const e of edits) {
    if (offset <= e.origStart) break;
    if (offset >= e.origEnd) {
      shift = e.newEnd - e.origEnd;
      continue;
    }
    return side === 'start' ? e.newStart : e.newEnd;
  }
  return offset + shift;
}

function remapEvidence(evidence: Evidence, originalLength: number, redacted: string, edits: readonly Edit[]): Evidence {
  // Offsets outside the message (a caller's off-by-one) are clamped: the quote must come from the redacted text.
  const start = Math.min(Math.max(0, Math.trunc(evidence.start)), originalLength);
  const end = Math.min(Math.max(start, Math.trunc(evidence.end)), originalLength);
  const newStart = mapOffset(edits, start, 'start');
  const newEnd = Math.max(newStart, mapOffset(edits, end, 'end'));
  return { start: newStart, end: newEnd, quote: redacted.slice(newStart, newEnd) };
}
