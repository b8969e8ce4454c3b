/**
 * Services everyone knows that are not trading platforms: a link to them is not "a site
 * someone made for you", and the platform guard never reads their pages (their text is
 * other people's words: chats, mail, posts). Messaging apps' own link hosts are handles.
 * Real exchanges and brokers are in brands.ts.
 */
export const MESSAGING_HOSTS: ReadonlySet<string> = new Set(['t.me', 'telegram.me', 'wa.me', 'line.me', 'signal.me', 'm.me', 'weixin.qq.com', 'whatsapp.com']);

const SERVICES = [
  // Search, video, social, shopping, travel, news
  'google.com', 'youtube.com', 'youtu.be', 'facebook.com', 'instagram.com', 'twitter.com', 'x.com', 'tiktok.com',
  'linkedin.com', 'reddit.com', 'wikipedia.org', 'amazon.com', 'apple.com', 'microsoft.com', 'github.com',
  'spotify.com', 'netflix.com', 'airbnb.com', 'booking.com', 'zoom.us', 'bbc.co.uk', 'nytimes.com', 'cnn.com',
  'yelp.com', 'maps.app.goo.gl', 'goo.gl', 'imdb.com', 'etsy.com', 'ebay.com',
  // Payments and the places to report fraud
  'venmo.com', 'zelle.com', 'ic3.gov', 'ftc.gov', 'reportfraud.ftc.gov',
  // Chat, dating and mail: pages of other people's words
  'whatsapp.net', 'telegram.org', 'messenger.com', 'discord.com', 'tinder.com', 'bumble.com',
  'okcupid.com', 'pof.com', 'match.com', 'live.com', 'outlook.com', 'office.com', 'yahoo.com', 'proton.me',
  'icloud.com', 'kakao.com', 'slack.com', 'signal.org', 'wechat.com', 'qq.com', 'vk.com', 'zalo.me',
  'aol.com', 'zoho.com', 'skype.com', 'gmx.com', 'gmx.net', 'mail.ru', 'yandex.ru', 'yandex.com', 'naver.com',
  'daum.net', 'tutanota.com', 'fastmail.com', 'teams.microsoft.com', 'web.de',
];
// Where a shortened link leads is the question, not the shortener: in a chat it still hides a
// destination (a private link), but the guard never remembers the shortener itself as a site.
const SHORTENERS: ReadonlySet<string> = new Set(['bit.ly', 't.co', 'tinyurl.com', 'forms.gle', 'lnkd.in', 'ow.ly', 'is.gd', 'cutt.ly', 'rebrand.ly', 'shorturl.at', 'rb.gy', 'tiny.cc']);
const SERVICE_SET: ReadonlySet<string> = new Set([...SERVICES, ...MESSAGING_HOSTS]);

/** True for a registrable domain (or host) of a well-known service. */
export function isWellKnownService(domainOrHost: string): boolean {
  return SERVICE_SET.has(domainOrHost);
}

/** True for link shorteners (bit.ly, t.co...). */
export function isLinkShortener(domainOrHost: string): boolean {
  return SHORTENERS.has(domainOrHost);
}
