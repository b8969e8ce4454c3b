import nlp from 'compromise';

/**
 * The words redaction must leave alone, and what a single word looks like.
 * Brands, places, months, greetings, family words and honorifics are the
 * story researchers read, so no finder may take them for a name or a handle;
 * compromise's lexicon says which words are first names and which are
 * English. Kept apart from the finders because every finder consults them.
 */

export const lower = (s: string): string => s.toLowerCase();
export const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** Exchanges, coins, wallets, payment services and apps: the scam's vocabulary, never personal data. */
export const BRAND_WORDS = new Set(
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
export const NOT_A_NAME = new Set([
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
export const NAME_PREFIXES = new Set(
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
export const PLACE_OPENERS = new Set(words('san santa são sao vila villa burj port fort mount lake saint bandar kota kampung jalan jl'));
/** compromise's tags for words that are never part of a name ("I'm", "said", "the"). */
export const FUNCTION_TAGS = new Set(['Pronoun', 'Determiner', 'Preposition', 'Conjunction', 'Verb', 'Copula', 'Modal', 'Auxiliary', 'Adverb', 'QuestionWord', 'Expression', 'Negative', 'Month', 'WeekDay', 'Date', 'Place', 'Country', 'City', 'Region', 'Value', 'Cardinal', 'Currency']);

/** First names that are also ordinary words: only a capital letter (and context) makes them a name. */
export const COMMON_WORD_NAMES = new Set(
  words(`
    will may mark bill rich hope grace sunny crystal june april august rose lily ivy daisy dawn summer autumn faith joy
    charity patience honor justice liberty destiny harmony heather holly iris violet olive ruby pearl amber jade ginger
    candy brandy penny sandy rusty sterling star sky skye river stone hunter jack frank chase drew rob pat sue art gene
    guy max ray don earl king prince princess angel precious sugar cash miles wade dean reed lane page chance chip buck
    bud buddy dash jean jewel misty storm rain cliff glen grant gale bob tom rob robin wren lark sonny
  `),
);

// ---------------------------------------------------------------------------
// What compromise's lexicon knows

// Compromise's lexicon: "jessica" is a FemaleName, "hello" an Expression.
const LEXICON: Record<string, string | string[] | undefined> =
  (nlp.world() as { model?: { one?: { lexicon?: Record<string, string | string[]> } } }).model?.one?.lexicon ?? {};
export const NAME_TAGS = new Set(['FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person']);
export const lexiconTags = (word: string): string[] => {
  const tags = Object.hasOwn(LEXICON, word) ? LEXICON[word] : undefined;
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
};
export const isLexiconFirstName = (word: string): boolean => lexiconTags(word).some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName');
// Honorifics are never names themselves, except those that are also first names ("Don", "Lola").
for (const word of [...NAME_PREFIXES, ...NAME_SUFFIXES, ...PLACE_OPENERS]) if (!isLexiconFirstName(word)) NOT_A_NAME.add(word);
/** A word that means something besides a name ("lima" is a city, "mayor" an office): lower case keeps it. */
export const isOrdinaryWord = (word: string): boolean => COMMON_WORD_NAMES.has(word) || NOT_A_NAME.has(word) || lexiconTags(word).some((t) => !NAME_TAGS.has(t));

/** In compromise's lexicon, as written or with a regular ending taken off. */
export function isEnglishWord(word: string): boolean {
  const has = (w: string): boolean => Object.hasOwn(LEXICON, w);
  if (has(word)) return true;
  if (word.endsWith('s') && has(word.slice(0, -1))) return true;
  if (word.endsWith('ed') && (has(word.slice(0, -2)) || has(word.slice(0, -1)))) return true;
  if (word.endsWith('ing') && (has(word.slice(0, -3)) || has(`${word.slice(0, -3)}e`))) return true;
  return word.endsWith('ly') && has(word.slice(0, -2));
}

// ---------------------------------------------------------------------------
// How a word is written

/** `s` without the given characters at its end (a loop: `/[.]+$/` would take quadratic time on "....x"). */
export function trimEnd(s: string, chars: string): string {
  let end = s.length;
  while (end > 0 && chars.includes(s[end - 1]!)) end--;
  return s.slice(0, end);
}

export const startsUpper = (s: string): boolean => /^\p{Lu}/u.test(s);
/** "Grace", not "GRACE" or "grace": for common-word names a deliberate capital is the signal. */
export const isTitleCase = (s: string): boolean => /^\p{Lu}\p{Ll}/u.test(s);
export const letterCount = (s: string): number => (s.match(/\p{L}/gu) ?? []).length;
