import type { RuleSet } from './types.ts';

// Signals that need no language: they run on every message of every
// conversation, whatever its language. Numbers, tickers, networks, links and
// addresses read the same in a Korean chat as in a Spanish one; the few words
// below are the per-day markers of many languages, as folded (see normalize.ts).
const PERCENT = '(?<![\\d.,])\\d{1,3}(?:[.,]\\d{1,2})?\\s?(?:%|٪)';
// "%2": Turkish and Arabic write the sign first.
const SIGN_FIRST = '(?:%|٪)\\s?\\d{1,3}(?![\\d.,])';
const PER_DAY =
  '(?:/\\s?(?:day|d|dia|jour|tag|giorno|gun|hari|ngay|den|يوم)|(?:a|per|each|every|al|por|par|pro|ao|mỗi|moi|setiap|her|в|за) (?:day|dia|jour|tag|giorno|gun|hari|ngay|день|сутки)|daily|diari[oa]|quotidien(?:ne)?|taglich|giornalier[oa]|gunluk|harian|sehari|ежедневно|يوميا|प्रतिदिन|रोज़?|日|天|일|วัน)';
const DAILY_FIRST =
  '(?:daily|per day|a day|every day|each day|diario|al dia|por dia|par jour|pro tag|al giorno|gunluk|her gun|setiap hari|sehari|per hari|moi ngay|hang ngay|ежедневно|в день|يوميا|रोज़?|प्रतिदिन|每天|每日|日收益|日利|하루|매일|ทุกวัน|วันละ|毎日|一日)';

export const any: RuleSet = {
  locale: 'any',
  rules: [
    {
      key: 'daily_returns',
      stage: 'pitch',
      weight: 1.5,
      any: [new RegExp(`${PERCENT}\\s?${PER_DAY}`, 'u'), new RegExp(`${DAILY_FIRST}[^\\d\\n]{0,16}(?:${PERCENT}|${SIGN_FIRST})`, 'u')],
      examples: {
        hit: ['returns of 3.5%/day', 'gana 2% al dia', '日收益5%', '하루 3% 수익', 'lợi nhuận 2% mỗi ngày', 'keuntungan 3% per hari', '1.5% ежедневно', 'günlük %2 kazanç', 'أرباح ٣٪ يومياً'],
        miss: ['we grew 3% this year', 'inflation is 2.5%', 'battery at 20%'],
      },
    },
    {
      key: 'crypto_network',
      stage: 'deposit',
      weight: 0.8,
      any: [/\b(?:trc-?20|erc-?20|bep-?20|usdt-?trc|tron (?:network|chain|wallet))\b/],
      examples: { hit: ['send usdt via TRC20', 'chọn mạng TRC-20 nhé', 'USDT-TRC only'], miss: ['the trc building', 'erc is a research council'] },
    },
    {
      key: 'exchange_named',
      stage: 'deposit',
      weight: 0.5,
      any: [/\b(?:binance|okx|bybit|kucoin|huobi|htx|mexc|bitget|gate\.io|crypto\.com|coinbase|kraken|bitkub|upbit|bithumb|indodax|tokocrypto|coins\.ph|wazirx|coindcx|bitflyer|remitano)\b/],
      examples: { hit: ['buy USDT on Binance first', 'mua usdt tren Remitano', 'Upbit에서 USDT 사세요'], miss: ['my bin is full', 'the bybits of news'] },
    },
    {
      key: 'app_install_link',
      stage: 'platform',
      weight: 1.2,
      any: [
        /\btestflight\b|\.apk\b|\bh5\b.{0,20}(?:link|app|http)|(?:link|app).{0,20}\bh5\b/,
        // iPhone enterprise installs: a configuration profile, an itms-services link, "trust the developer".
        /\.mobileconfig\b|\bitms-services\b|\b(?:install|download) (?:the |this |our )?(?:configuration |config |enterprise )?profile\b|\btrust (?:the |our )?(?:enterprise )?developer\b|\benterprise (?:app|certificate|signature)\b/,
      ],
      examples: {
        hit: [
          'install via testflight.apple.com/join/AbC123',
          'download vantrex.apk',
          'this is the H5 link: trade-h5.vip',
          'open itms-services://?action=download-manifest&url=https://x.top/app.plist',
          'after install go to settings and trust the enterprise developer',
          'download the profile vantrex.mobileconfig then open the app',
        ],
        miss: ['my app is on the play store', 'the h5n1 virus', 'update your profile picture', 'our developer is on holiday'],
      },
    },
    {
      key: 'private_link',
      stage: 'platform',
      weight: 1,
      entity: 'private_url',
      examples: { hit: ['register here: coinvexa-pro.com', 'https://gold-axis.net/app', '请登录 vantrexglobal-vip.com'], miss: ['look at youtube.com', 'google it'] },
    },
    // Links judged by platform/domains.ts: a domain on the list of reported fake platforms, an
    // imitation of a real exchange's address, or an address built the way fake platforms are.
    {
      key: 'reported_platform',
      stage: 'platform',
      weight: 3,
      entity: 'reported_domain',
      examples: { hit: ['register on zymomer.cc first', 'the platform is https://e.fidelityopt.com/#/login'], miss: ['open binance.com', 'my blog is at example.com'] },
    },
    {
      key: 'lookalike_domain',
      stage: 'platform',
      weight: 2.5,
      entity: 'lookalike_domain',
      examples: {
        hit: ['log in at coinbase-pro-global.com', 'app: binance-pro . vip', 'https://bіnance.com/login', 'www.binance.com.verify-acct.top', 'metarnask.io/connect'],
        miss: ['log in at coinbase.com', 'krakenfishing.com has good bait', 'accounts.binance.com/en/login', 'geminiastrology.com'],
      },
    },
    {
      key: 'suspicious_domain',
      stage: 'platform',
      weight: 1,
      entity: 'suspicious_domain',
      examples: { hit: ['http://45.13.22.9/trade', 'download from goldfx-invest.top', 'coinvexa.trade is the site'], miss: ['see coindesk.com', 'my cafe.top has coffee'] },
    },
    {
      key: 'wallet_address',
      stage: 'deposit',
      weight: 2,
      entity: 'wallet',
      examples: { hit: ['send here TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t', '地址 TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'], miss: ['my code is TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u'] },
    },
  ],
  // A screenshot whose description quotes a message ("[screenshot: text from a stranger 'Welcome to
  // the VIP group…']") shows someone else's words, in whatever language the placeholder is written.
  reporting: [/\[[^\]\n:]{1,30}:[^\]\n'"“«「]{0,40}(?=['"“«「])/],
};
