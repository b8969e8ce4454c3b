import type { RuleSet } from './types.ts';

// English rules. Weights are hand-set starting values (a later fit on the
// labelled corpus replaces them); descriptions are what users read.
// Shared fragments keep the patterns readable.
const APP = '(?:whats ?app|telegram|tg|line|wechat|weixin|signal|kakao|viber|snapchat|skype|hangouts)';
const CRYPTO = '(?:usdt|usdc|tether|crypto(?:currency|currencies)?|bitcoin|btc|eth|ethereum|coins?)';
const INVEST = '(?:invest(?:ing|ment|ments)?|trad(?:e|ing)|profit|earn(?:ing)?|returns?|income)';
// An amount with its unit: "$4,000", "30k", "2300 usdt", "15%".
const AMOUNT = '(?:[$€£]\\s?\\d[\\d,.]*\\s?(?:k|grand)?|\\d[\\d,.]*\\s?(?:k|grand|usdt|usd|dollars|bucks|btc|eth|%|percent))(?!\\w)';
const KIN = "(?:aunt|auntie|aunty|uncle|cousin|brother|sister|dad|father|mom|mother|grandpa|grandfather|godfather|mentor|teacher|professor|friend|boss|tutor)";

export const en: RuleSet = {
  locale: 'en',
  rules: [
    // ---------------- hook ----------------
    {
      id: 'HOOK_WRONG_NUMBER',
      stage: 'hook',
      weight: 1,
      opening: true,
      description: 'A stranger started the chat as if by mistake ("wrong number"). Scam scripts often begin this way to look innocent.',
      any: [
        /\b(?:is this|are you|am i (?:speaking|talking) (?:to|with)|this is not) (?:mr\.? |mrs\.? |ms\.? |miss |dr\.? |coach |auntie |uncle )?[a-z]+(?: [a-z]+)?\s*\?/,
        /\b(?:wrong number|wrong person|texted the wrong|sent (?:it |this )?to the wrong|got the wrong number|saved (?:your|the) number wrong|number (?:was |is )?saved wrong|my (?:assistant|secretary) (?:gave|saved)|sorry,? i (?:thought|think) you (?:were|are))\b/,
      ],
      examples: {
        hit: ['Hi, is this Jenny?', 'Sorry, my assistant saved your number wrong', 'oh sorry wrong number! you seem nice though'],
        miss: ['is this seat taken', 'see you at dinner'],
      },
    },
    {
      id: 'HOOK_FATE',
      stage: 'hook',
      weight: 1,
      description: 'They call a chance contact "fate" or "destiny". Scripts use this to turn a mistake into a friendship.',
      any: [/\b(?:it'?s|it is|it was|must be|maybe (?:it'?s|it is|this is)|call it|believe in) (?:fate|destiny)\b/, /\b(?:fate|destiny) (?:brought|made) us\b/, /\bmeant to (?:meet|be friends|talk)\b/],
      examples: { hit: ['Maybe it is fate that we met like this', 'I believe in destiny'], miss: ['the fate of the project is unclear'] },
    },
    {
      id: 'HOOK_ABROAD',
      stage: 'hook',
      weight: 0.7,
      description: 'A new contact says they live or work far away (abroad, offshore, overseas), so meeting in person is never possible.',
      any: [
        /\bi(?:'m| am) (?:currently |now )?(?:working|living|based|stationed|staying) (?:in|at|on) (?:singapore|dubai|hong ?kong|kuala lumpur|malaysia|bangkok|macau|taiwan|shanghai|shenzhen|abu dhabi|qatar|an? oil rig|offshore|overseas|abroad)\b/,
        /\b(?:work|job) (?:on|at) an? (?:oil rig|offshore platform)\b/,
      ],
      examples: { hit: ["I'm working in Singapore now", 'i am based in hong kong'], miss: ['we went to singapore last year'] },
    },
    {
      id: 'HOOK_PROFILE_COMPLIMENT',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      description: 'An unsolicited compliment from a stranger opened the chat.',
      any: [/\b(?:saw|seen|came across|found) your (?:profile|photos?|pictures?|page|post)\b/, /\byou (?:look|seem) (?:so |very )?(?:kind|nice|friendly|gentle|elegant|beautiful|handsome)\b/],
      examples: { hit: ['I came across your profile and you look very kind'], miss: ['did you see my photos from the trip'] },
    },

    // ---------------- rapport ----------------
    {
      id: 'RAPPORT_PET_NAME',
      stage: 'rapport',
      weight: 0.4,
      description: 'They use pet names ("dear", "honey", "baby"). Harmless alone; early in a new contact it is part of many scripts.',
      any: [/\b(?:my )?(?:dear(?! (?:sir|madam|mr|mrs|ms|all|team|customer|colleague|friends|members))|dearest|honey|hun|baby|babe|sweetheart|sweetie|darling|my love|my queen|my king|my sunshine)\b/],
      examples: { hit: ['good morning dear', 'How was your day honey?'], miss: ['dear sir or madam', 'the dearth of options'] },
    },
    {
      id: 'RAPPORT_LOVE_BOMBING',
      stage: 'rapport',
      weight: 1,
      description: 'Very strong feelings expressed very fast ("soulmate", "our future together") by someone you have not met.',
      any: [
        /\b(?:my )?soul ?mate\b/,
        /\bour (?:future|life) together\b/,
        /\b(?:never|not) (?:felt|met anyone) (?:like )?this (?:way|before)\b/,
        /\bmy (?:future )?(?:wife|husband)\b.{0,20}\byou\b|\byou(?:'re| are) (?:my|the one)\b.{0,12}\b(?:destiny|future|one for me)\b/,
        /\bi (?:can'?t|cannot) stop thinking (?:about|of) you\b/,
      ],
      examples: { hit: ['I think you are my soulmate', 'I want to plan our future together'], miss: ['our future plans for the office'] },
    },
    {
      id: 'RAPPORT_SECRECY',
      stage: 'rapport',
      weight: 2,
      description: 'They ask you to keep the relationship or the money talk secret from family or friends. Honest people rarely ask that.',
      any: [
        /\b(?:don'?t|do not|never|no need to) (?:tell|mention|say anything to|share (?:this|it) with|talk to) (?:your |ur )?(?:family|friends|kids|children|son|daughter|husband|wife|bank|anyone|anybody|others)\b/,
        /\b(?:keep|keeping) (?:this|it|our (?:\w+ )?(?:secret|plan|investment))(?: a)? (?:secret|between (?:us|you and me)|to (?:yourself|ourselves))\b/,
        /\bour little secret\b/,
        /\b(?:bank|family|friends) (?:won'?t|will not|wouldn'?t|don'?t|do not) understand\b/,
      ],
      examples: {
        hit: ["Don't tell your family about this yet, they won't understand", 'keep this between us ok?'],
        miss: ['tell your family I said hi', "don't tell me you forgot"],
      },
    },

    // ---------------- off_platform ----------------
    {
      id: 'OFF_PLATFORM_MOVE',
      stage: 'off_platform',
      weight: 1.2,
      description: 'They want to move the chat to another app. Scammers leave dating and social sites before the site can ban them.',
      any: [
        new RegExp(`\\b(?:add|text|message|call|contact|reach|find|chat with|talk to) me (?:on|in|via|at|through) ${APP}\\b`),
        new RegExp(`\\b(?:let'?s|can we|could we|shall we|we can|why don'?t we) (?:\\w+ ){0,2}(?:chat|talk|continue|move|switch|go|connect)(?: \\w+){0,3} (?:on|to|in|over) ${APP}\\b`),
        new RegExp(`\\b(?:my|here'?s my|here is my) ${APP}(?: id| number| handle| account)?\\b`),
        new RegExp(`\\b(?:do you (?:have|use)|download|install) ${APP}\\b`),
        /\bi (?:rarely|seldom|don'?t often|hardly (?:ever )?) (?:use|open|check|come on) (?:this|the) (?:app|site|platform)\b/,
        /\b(?:this|the) app (?:is|will) (?:about to |going to )?(?:expir|delet|clos|uninstall)/,
      ],
      examples: {
        hit: ['add me on WhatsApp', "let's chat on telegram, I rarely open this app", 'my wechat id is lily0824', 'Do you have Line?'],
        miss: ['I saw it on whatsapp status lol', 'the line at the store was long'],
      },
    },
    {
      id: 'OFF_PLATFORM_CONTACT',
      stage: 'off_platform',
      weight: 0.4,
      description: 'They shared a phone number or messaging handle.',
      entity: 'contact',
      examples: { hit: ['my number is +1 555 013 4567', 'tg: @lucy_trade88'], miss: ['call me later'] },
    },

    // ---------------- wealth ----------------
    {
      id: 'WEALTH_RELATIVE_ANALYST',
      stage: 'wealth',
      weight: 2.5,
      description: 'They credit a relative or mentor with "inside" market knowledge. This "aunt who is an analyst" story is a hallmark of investment scams.',
      any: [
        new RegExp(`\\bmy ${KIN}(?: \\w+){0,6} (?:is|was|works as|works at|at) (?:an? |the )?(?:senior |chief |top |famous |professional |financial |market |investment |wall street |gold |crypto |data )*(?:analyst|strategist|fund manager|trader|investor|broker|expert|insider)`),
        new RegExp(`\\bmy ${KIN}(?: \\w+){0,4} (?:gives?|gave|sends?|shares?|tells?|told) (?:me )?(?:\\w+ ){0,2}(?:signals?|tips?|data|analysis|insider|information|info|predictions?)\\b`),
        /\b(?:insider|inside|internal|exclusive|private) (?:information|info|data|news|signals?|channel|tips?)\b/,
      ],
      examples: {
        hit: ['My aunt is a senior analyst at a big firm', 'my uncle gives me signals every day', 'we get internal data before the market'],
        miss: ['my aunt is visiting this weekend', 'my brother is a nurse'],
      },
    },
    {
      id: 'WEALTH_SHOWING_GAINS',
      stage: 'wealth',
      weight: 1.2,
      description: 'They boast about large, easy trading profits.',
      any: [
        new RegExp(`\\b(?:i|we) (?:made|earned|make|earn|gained|got|profited|won) (?:about |over |around |nearly |almost |more than )?${AMOUNT}.{0,40}\\b(?:${INVEST}|${CRYPTO}|gold|forex|contract|this (?:week|month)|today|yesterday)`),
        new RegExp(`\\b(?:${INVEST}|${CRYPTO}|gold|forex)\\b.{0,40}\\b(?:i|we) (?:made|earned|gained|got) ${AMOUNT}`),
        /\b(?:profit|earnings|income) (?:of|was|is) (?:[$€£]\s?)?\d[\d,.]*\s?(?:k|usdt|dollars|%)?\b.{0,20}\b(?:today|this week|this month|yesterday|in (?:one|a|1) (?:day|week|month))\b/,
      ],
      examples: {
        hit: ['I made 30k this month with crypto', 'with gold trading I earned $4,000 this week', 'profit of 2300 usdt today'],
        miss: ['i made 30 cookies today', 'we earned the trophy'],
      },
    },

    // ---------------- pitch ----------------
    {
      id: 'PITCH_TEACH',
      stage: 'pitch',
      weight: 2,
      description: 'They offer to teach or guide you to make money trading. Strangers who coach you into investments are a common scam step.',
      any: [
        new RegExp(`\\b(?:i|we|my (?:aunt|uncle|mentor|teacher)) (?:can|could|will|would|am happy to|want to|'?ll) (?:teach|show|guide|help|mentor|coach|bring|lead|take) (?:you|u)\\b(?: \\w+){0,6} (?:${INVEST}|money|${CRYPTO}|gold|forex|contracts?|futures|options)\\b`),
        /\b(?:just |only need to )?follow my (?:instructions|guidance|lead|signals?|steps|operation|trades)\b/,
        /\b(?:i'?ll|i will|let me) (?:tell|show) you (?:when|how) to (?:buy|sell|trade|enter|invest)\b/,
      ],
      examples: {
        hit: ['I can teach you how to make money with crypto', 'just follow my instructions and you will profit', "I'll tell you when to buy"],
        miss: ['I can teach you to cook dumplings', 'follow my blog lol'],
      },
    },
    {
      id: 'PITCH_GUARANTEED_RETURNS',
      stage: 'pitch',
      weight: 2.5,
      description: 'They promise profits that are "guaranteed" or "risk-free". Real investments never guarantee returns.',
      any: [
        /\b(?:guaranteed?|guarantee you|assured|fixed|stable|steady|sure) (?:returns?|profits?|income|earnings|gains|interest)\b/,
        /\b(?:no|zero|without any?) risk\b|\brisk[- ]?free\b|\b(?:can'?t|cannot|never|won'?t) lose\b|\b100% (?:safe|secure|profit|guaranteed|win)\b/,
        /\b(?:profit|returns?|income) (?:is |are )?guaranteed\b/,
      ],
      examples: {
        hit: ['the returns are guaranteed', 'zero risk, stable profit every day', 'you cannot lose with this'],
        miss: ['there is no guarantee in the market', 'there is always risk in crypto'],
      },
    },
    {
      id: 'PITCH_HIGH_RETURNS',
      stage: 'pitch',
      weight: 2,
      description: 'They claim very high or regular returns (a percentage every day or week). Such returns are not realistic.',
      entity: 'percent',
      any: [
        /\b\d+(?:[.,]\d+)?\s?(?:%|percent)\s?(?:\w+ ){0,3}(?:daily|a day|per day|every day|each day|a week|per week|weekly|every week|per trade|each trade|in (?:one|a|1|2|3|24|48) (?:day|hour|hours|days|week))\b/,
        /\b(?:daily|weekly|every day|per day)\s(?:\w+ ){0,2}(?:returns?|profit|income|interest|yield) (?:of )?(?:\w+ )?\d+(?:[.,]\d+)?\s?(?:%|percent)/,
        /\b(?:returns?|profits?|yield|roi) (?:of |around |about |up to )?(?:[2-9]\d|\d{3,})\s?(?:%|percent)/,
      ],
      examples: {
        hit: ['you get 3% every day', 'daily return of 1.5%', 'ROI up to 300%'],
        miss: ['battery at 3%', 'the index fund returned 7% last year'],
      },
    },
    {
      id: 'PITCH_PRODUCT',
      stage: 'pitch',
      weight: 1,
      description: 'They talk up a trading product often used in these scams (crypto contracts, liquidity mining, quant bots, gold or forex).',
      any: [
        /\b(?:contract|futures|options|leverage|leveraged|margin) trad(?:e|ing)\b|\b(?:second|seconds|60s|30s) contracts?\b/,
        /\b(?:liquidity|defi|usdt|node) (?:mining|pool|staking)\b|\bstaking (?:pool|reward|income)\b/,
        /\b(?:quant(?:itative)?|ai|a\.i\.|robot|algo(?:rithmic)?) (?:trading )?(?:bot|robot|trading|strateg(?:y|ies))\b/,
        /\b(?:gold|forex|fx|spot gold|xau|xauusd|commodit(?:y|ies)) (?:trading|trade|signals?|market|futures|account)\b/,
        /\b(?:mt4|mt5|metatrader)\b/,
        /\barbitrage\b/,
      ],
      examples: {
        hit: ['I do contract trading on bitcoin', 'liquidity mining pays out daily', 'our AI quant bot trades for you', 'download MT5'],
        miss: ['my contract at work ends soon', 'gold necklace for mom'],
      },
    },
    {
      id: 'PITCH_INVITE',
      stage: 'pitch',
      weight: 1.5,
      description: 'They encourage you to invest or try trading with them.',
      any: [
        new RegExp(`\\b(?:you should|you can|why don'?t you|want to|wanna|would you like to|you could|you must|you need to|let'?s|let me help you|try to) (?:also )?(?:\\w+ )?(?:try|start|join|invest|open an account|make some money|earn|trade)\\b(?: \\w+){0,5} (?:${INVEST}|${CRYPTO}|gold|forex|money|platform|account|with me|together|too|small amount)\\b`),
        /\b(?:start|begin|try) (?:with )?(?:a )?(?:small|little) (?:amount|capital|fund|investment|deposit)\b/,
        /\b(?:start|begin|try|test) with (?:only |just )?(?:[$€£]\s?)?\d[\d,]*\s?(?:k|usdt|usd|dollars)?\b/,
        /\b(?:make|earn) (?:money|profit|income) together\b|\binvest together\b|\bfor our future\b/,
      ],
      examples: {
        hit: ['you should try investing with me', 'start with a small amount first', 'we can make money together'],
        miss: ['you should try the pasta', 'let me know when you start'],
      },
    },
    {
      id: 'PITCH_URGENCY',
      stage: 'pitch',
      weight: 1,
      description: 'They push you to act fast ("only today", "limited slots"). Pressure to hurry is a warning sign.',
      any: [
        /\b(?:only|just) (?:\d+|a few|few) (?:slots?|spots?|places?|seats?) (?:left|remaining)\b/,
        /\b(?:window|opportunity|chance|offer) (?:closes|ends|expires|won'?t last)\b/,
        /\b(?:don'?t|do not) miss (?:this|the) (?:opportunity|chance|window)\b/,
        /\b(?:must|need to|have to) (?:deposit|invest|buy|pay|act) (?:today|now|before|within|immediately)\b/,
      ],
      examples: { hit: ['only 3 slots left in the VIP group', "don't miss this opportunity"], miss: ['only 3 cookies left lol'] },
    },

    // ---------------- platform ----------------
    {
      id: 'PLATFORM_PRIVATE_LINK',
      stage: 'platform',
      weight: 1,
      description: 'They sent a link to a website you may not know. Fake trading sites look real; check the address carefully.',
      entity: 'private_url',
      examples: { hit: ['register here: coinvexa-pro.com', 'https://gold-axis.net/app'], miss: ['look at youtube.com', 'google it'] },
    },
    {
      id: 'PLATFORM_REGISTER',
      stage: 'platform',
      weight: 1.8,
      description: 'They ask you to sign up on, or install, a trading app or site they chose. Fake platforms are often installed through TestFlight or APK files.',
      any: [
        /\btestflight\b|\.apk\b|\bapk (?:file|link|download)\b/,
        /\b(?:download|install|register (?:on|at|an account)|sign up (?:on|at|for)|open an account (?:on|at|with)|create an account (?:on|at))\b(?: \w+){0,4} (?:app|platform|exchange|website|site|account|link)\b/,
        /\b(?:the|this|our|my) (?:trading |investment |exchange )?(?:platform|exchange|app) (?:is )?(?:regulated|licensed|registered|legit|safe|secure)\b/,
        /\b(?:invitation|invite|referral) code\b/,
      ],
      examples: {
        hit: ['install it from TestFlight', 'download the app and register an account', 'use my invitation code 88AX'],
        miss: ['download the photos from the drive', 'register for the marathon'],
      },
    },
    {
      id: 'PLATFORM_CUSTOMER_SERVICE',
      stage: 'platform',
      weight: 2,
      description: 'They send you to the platform\'s "customer service" in a chat app. Fake exchanges run their "support" through Telegram or WhatsApp.',
      any: [
        /\b(?:contact|ask|message|talk to|chat with) (?:the )?(?:online |platform'?s? |exchange'?s? )?(?:customer service|customer support|cs agent|service (?:agent|staff)|online service|support team)\b/,
        /\bcustomer service (?:on|in|via) /,
      ],
      examples: { hit: ['contact the online customer service to deposit', 'message customer service on telegram'], miss: ['their customer service was rude at the store'] },
    },

    // ---------------- deposit ----------------
    {
      id: 'DEPOSIT_BUY_CRYPTO',
      stage: 'deposit',
      weight: 2,
      description: 'They tell you to buy crypto (often USDT) on a real exchange and send it on. Money sent this way is almost never recovered.',
      any: [
        new RegExp(`\\b(?:buy|purchase|get|exchange) (?:some |the )?(?:\\d[\\d,]*\\s?(?:k )?)?(?:usdt|usdc|tether|btc|bitcoin|eth|crypto)\\b(?: \\w+){0,6} (?:then|and) (?:send|transfer|deposit|move|withdraw)\\b`),
        /\b(?:send|transfer|deposit|withdraw|move) (?:it|them|the (?:usdt|coins|funds|money)|your (?:usdt|coins|funds))? ?(?:to|into) (?:this|the|my|our|your (?:platform|trading)) (?:wallet|address|account|platform)\b/,
        /\b(?:wallet|deposit|receiving) address\b/,
        /\b(?:top ?up|recharge|fund your account|deposit (?:funds|money|usdt))\b/,
        /\btrc ?-?20\b|\berc ?-?20\b/,
      ],
      examples: {
        hit: ['buy USDT on Coinbase then send it to the platform address', 'this is the deposit address', 'recharge 500 first', 'use TRC20 network'],
        miss: ['I bought some coffee', 'send it to my email'],
      },
    },
    {
      id: 'DEPOSIT_WALLET_ADDRESS',
      stage: 'deposit',
      weight: 2,
      description: 'They sent a cryptocurrency wallet address to pay into.',
      entity: 'wallet',
      examples: { hit: ['send here TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t'], miss: ['my code is TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u'] },
    },
    {
      id: 'DEPOSIT_WIRE',
      stage: 'deposit',
      weight: 1.5,
      description: 'They ask for a transfer to a company or third-party account.',
      any: [
        /\b(?:wire|transfer|send|pay) (?:the )?(?:money|funds|payment|it) (?:to|into) (?:the |our |a |this )?(?:company|corporate|business|platform|settlement|escrow|agent'?s?) account\b/,
        /\b(?:bank|wire) (?:details|info) (?:of|for) (?:the )?(?:platform|company|agent)\b/,
      ],
      examples: { hit: ['wire the funds to the company account'], miss: ['I will wire rent to the landlord'] },
    },

    // ---------------- withdrawal ----------------
    {
      id: 'WITHDRAWAL_FEE',
      stage: 'withdrawal',
      weight: 3.5,
      description: 'They say you must pay a tax, fee or deposit before you can withdraw. A real platform deducts fees from your balance; paying to withdraw is the classic last step of this scam.',
      any: [
        /\b(?:tax|taxes|fee|fees|commission|margin|deposit|charge|bond|insurance|penalty|payment)\b(?: \w+){0,8} (?:before|to|in order to|so|then) (?:\w+ ){0,3}(?:withdraw|cash out|take out|get (?:your|the) (?:money|funds|profit))/,
        /\b(?:withdraw|withdrawal|cash out)\b(?: \w+){0,8} (?:requires?|need(?:s)?|must (?:pay|deposit)|pay|deposit)\b(?: \w+){0,4} (?:tax|taxes|fee|fees|commission|margin|deposit|\d+\s?%)/,
        /\b(?:personal income|capital gains?|profit) tax\b(?: \w+){0,8} (?:pay|paid|deposit)\b/,
      ],
      examples: {
        hit: ['you need to pay 20% tax before you can withdraw', 'withdrawal requires a margin deposit of 15%', 'pay the fee then you can cash out'],
        miss: ['coinbase charges a small network fee when you withdraw', 'pay the tax bill by April'],
      },
    },
    {
      id: 'WITHDRAWAL_CREDIT_SCORE',
      stage: 'withdrawal',
      weight: 3,
      description: 'They mention an account "credit score" that must be raised by paying. Exchanges do not have such scores; this is a way to ask for more money.',
      any: [
        /\b(?:account|platform|trading|exchange|wallet)'?s? credit (?:score|points?|rating)\b/,
        /\bcredit (?:score|points?)\b.{0,60}\b(?:withdraw|withdrawal|unfreeze)|\b(?:withdraw|withdrawal)\b.{0,60}\bcredit (?:score|points?)\b/,
      ],
      examples: { hit: ['your account credit score is too low, deposit to restore it', 'credit score must be 100 to withdraw'], miss: ['my credit score went up after paying the card'] },
    },
    {
      id: 'WITHDRAWAL_FROZEN',
      stage: 'withdrawal',
      weight: 3,
      description: 'They say your account is frozen or under review and needs a payment to be released. This is how these scams keep your money.',
      any: [
        /\b(?:account|funds|assets|wallet|withdrawal|money) (?:has been |have been |is |are |was |were |got )?(?:frozen|locked|suspended|blocked|on hold|under review)\b/,
        /\b(?:unfreeze|unlock|release|activate) (?:your |the )?(?:account|funds|assets|withdrawal|money)\b/,
        /\b(?:anti[- ]?money[- ]?laundering|aml) (?:check|review|verification|deposit|fee|audit)\b|\b(?:verification|security|guarantee|unfreezing) (?:deposit|fee|payment)\b/,
      ],
      examples: {
        hit: ['your account is frozen due to suspicious activity', 'pay the verification deposit to unfreeze your account'],
        miss: ['my pipes froze last night'],
      },
    },

    // ---------------- recovery ----------------
    {
      id: 'RECOVERY_OFFER',
      stage: 'recovery',
      weight: 2.5,
      description: 'Someone offers to recover money you lost to a scam. Recovery offers that ask for a fee are themselves scams; real agencies never charge victims.',
      any: [
        /\b(?:recover|retrieve|get back|reclaim|trace and recover) (?:your |the |all (?:of )?your )?(?:lost |stolen |scammed )?(?:funds|money|assets|crypto|bitcoin|usdt|investment)\b/,
        /\b(?:fund|asset|crypto|scam|money) recovery\b|\bblockchain forensic/,
        /\b(?:recovery|retrieval|processing|legal|lawyer'?s?|agent) fee\b/,
      ],
      examples: {
        hit: ['we can recover your lost funds within 48 hours', 'our asset recovery team traced your usdt'],
        miss: ['i recovered from the flu'],
      },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      id: 'ME_SENT_MONEY',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      description: 'You mentioned sending money or crypto to this platform or person.',
      any: [/\bi (?:just |already |have |'ve )?(?:sent|deposited|transferred|topped up|invested|paid|put in) (?:the |another |my |about |over |around )?(?:[$€£]\s?)?(?:\d[\d,.]*\s?(?:k\b|usdt\b|usd\b|dollars\b|btc\b|eth\b)?|usdt|crypto|bitcoin|btc|money|funds|savings)/],
      examples: { hit: ['ok i sent 500 usdt', 'I already deposited $2,000'], miss: ['i sent you the photo'] },
    },
    {
      id: 'ME_CANNOT_WITHDRAW',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      description: 'You said you cannot withdraw your money or are being asked to pay first.',
      any: [
        /\b(?:can'?t|cannot|couldn'?t|unable to|not able to|won'?t let me) (?:withdraw|cash out|take out|get my money)\b/,
        /\bwhy (?:can'?t|cannot|couldn'?t) i (?:withdraw|cash out|take out|get my money)\b/,
        /\bwhy (?:do|must|should) i (?:pay|deposit)\b.{0,40}\b(?:withdraw|my (?:own )?money)\b/,
      ],
      examples: { hit: ["why can't I withdraw my money", 'why must I pay tax before I withdraw my own money'], miss: ['I will withdraw cash at the atm'] },
    },

    // ---------------- signs of innocence ----------------
    {
      id: 'CONTEXT_SCAM_AWARENESS',
      stage: 'hook',
      weight: -2,
      description: 'The conversation itself warns about scams.',
      any: [
        /\b(?:that'?s|this is|it'?s|sounds like|looks like|smells like|classic|definitely|totally|obviously|def) (?:a |an |so )?(?:scam|fraud|con)\b/,
        /\bpig[- ]?butcher/,
        /\b(?:report|reported) (?:it|him|her|them|this)\b.{0,30}\b(?:ic3|ftc|police|fbi|platform|app)\b|\b(?:ic3|reportfraud)\b/,
        /\b(?:got|been|was|were|get) (?:scammed|conned|defrauded)\b/,
        /\b(?:block|blocked|blocking) (?:him|her|them|that (?:guy|girl|person|number))\b/,
      ],
      examples: { hit: ["that's a scam, block him", 'sounds like pig butchering to me', 'I got scammed last year'], miss: ['trust me this platform is safe'] },
    },
  ],

  meta: [
    {
      id: 'META_ROMANCE_TO_MONEY',
      stage: 'pitch',
      weight: 2.5,
      description: 'A new, fast-moving friendship or romance moved to another app and turned to investing within days.',
      all: ['rapport', 'off_platform', 'pitch'],
      withinDays: 14,
    },
    {
      id: 'META_STRANGER_PITCH',
      stage: 'pitch',
      weight: 2,
      description: 'Someone who reached you by chance is now talking about investing.',
      all: ['hook', 'pitch'],
    },
    {
      id: 'META_WEALTH_STORY_PITCH',
      stage: 'pitch',
      weight: 1.5,
      description: 'Stories of easy wealth were followed by an offer to invest.',
      all: ['wealth', 'pitch'],
    },
    {
      id: 'META_PLATFORM_AND_DEPOSIT',
      stage: 'deposit',
      weight: 1.5,
      description: 'They pointed you to a platform and then asked for a deposit.',
      all: ['platform', 'deposit'],
    },
    {
      id: 'META_PAY_TO_WITHDRAW',
      stage: 'withdrawal',
      weight: 2,
      description: 'After money went in, a payment is now demanded to take it out.',
      all: ['deposit', 'withdrawal'],
    },
  ],

  quoting: [
    /\b(?:he|she|they|this (?:guy|girl|woman|man|person)|someone|somebody|the (?:guy|girl|woman|man|person)|a (?:guy|girl|woman|man)) (?:said|says|told (?:me|him|her|them)|keeps? (?:saying|asking|telling)|wants? (?:me|him|her|them) to|asked (?:me|him|her|them) to|claims?|claimed|is asking|was asking|sent (?:me|him|her) (?:a|this))\b/,
    /\b(?:scam|scammer|scammers|fraud|fraudster|con artist)s?\b.{0,40}\b(?:say|said|ask|asked|use|told|tell|want)\b/,
    /\b(?:be careful|watch out|beware|warning|psa|heads up)\b/,
    /\b(?:who|that) (?:says|said|claims|claimed|keeps (?:saying|asking)|told you|wants you to)\b/,
    /\b(?:article|news|video|podcast|documentary|story) (?:about|on)\b/,
  ],
};
