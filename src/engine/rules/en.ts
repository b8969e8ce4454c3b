import type { RuleSet } from './types.ts';

// English rules. Weights are hand-set starting values (a later fit on the
// labelled corpus replaces them); what users read is in ../reasons, by key.
// Shared fragments keep the patterns readable.
const APP = '(?:whats ?app|telegram|tg|line(?! (?:of|up|manager|cook|is busy|was busy)\\b)|wechat|weixin|signal|kakao|viber|snapchat|skype|hangouts)';
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
      key: 'wrong_number',
      stage: 'hook',
      weight: 1,
      opening: true,
      any: [
        /\b(?:(?:is this|this is not) (?!(?:one|real|legit|true|fake|normal|safe|right|ok|okay|correct|serious|spam|scam|it|a|an|the|for|from|your|you|still|really|actually|even|just|also|my|our|that|this|what|how|why|bad|good|free|taken|working|new|allowed|possible|sus)\b)|are you (?!(?:a|an|the|ok|okay|sure|serious|kidding|located|there|home|busy|awake|up|free|done|watching|seeing|coming|going|doing|joking|listening|reading|playing|working|eating)\b)|am i (?:speaking|talking) (?:to|with) )(?:mr\.? |mrs\.? |ms\.? |miss |dr\.? |coach |auntie |uncle )?[a-z]+(?: [a-z]+)?\s*\?/,
        /\b(?:wrong number|wrong person|texted the wrong|sent (?:it |this )?to the wrong|got the wrong number|saved (?:your|the) number wrong|number (?:was |is )?saved wrong|my (?:assistant|secretary) (?:gave|saved)|sorry,? i (?:thought|think) you (?:were|are))\b/,
      ],
      examples: {
        hit: ['Hi, is this Jenny?', 'are you Tom Miller?', 'Sorry, my assistant saved your number wrong', 'oh sorry wrong number! you seem nice though'],
        miss: ['is this seat taken', 'see you at dinner', 'are you watching the game?', 'is this one real?'],
      },
    },
    {
      key: 'fate',
      stage: 'hook',
      weight: 1,
      any: [/\b(?:it'?s|it is|it was|must be|maybe (?:it'?s|it is|this is)|call it|believe in) (?:fate|destiny)\b/, /\b(?:fate|destiny) (?:brought|made) us\b/, /\bmeant to (?:meet|be friends|talk)\b/],
      examples: { hit: ['Maybe it is fate that we met like this', 'I believe in destiny'], miss: ['the fate of the project is unclear'] },
    },
    {
      key: 'far_away_job',
      stage: 'hook',
      weight: 0.7,
      any: [
        /\bi(?:'m| am) (?:currently |now )?(?:working|living|based|stationed|staying) (?:in|at|on) (?:singapore|dubai|hong ?kong|kuala lumpur|malaysia|bangkok|macau|taiwan|shanghai|shenzhen|abu dhabi|qatar|an? oil rig|offshore|overseas|abroad)\b/,
        /\b(?:work|job) (?:on|at) an? (?:oil rig|offshore platform)\b/,
      ],
      examples: { hit: ["I'm working in Singapore now", 'i am based in hong kong'], miss: ['we went to singapore last year'] },
    },
    {
      key: 'profile_compliment',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      any: [/\b(?:saw|seen|came across|found) your (?:profile|photos?|pictures?|page|post)\b/, /\byou (?:look|seem) (?:so |very )?(?:kind|nice|friendly|gentle|elegant|beautiful|handsome)\b/],
      examples: { hit: ['I came across your profile and you look very kind'], miss: ['did you see my photos from the trip'] },
    },

    // ---------------- rapport ----------------
    {
      key: 'pet_name',
      stage: 'rapport',
      weight: 0.4,
      any: [/\b(?:my )?(?:(?<!\boh )dear(?! (?:sir|madam|mr|mrs|ms|dr|all|everyone|team|customer|client|colleague|friends|members|moderators|admins?|neighbou?rs|parents|diary|god|lord|me)\b)|dearest|honey|hun|(?<!\b(?:like a|and|the|a|new|her|his|their) )baby(?! (?:shower|steps|food|boy|girl|bump|monitor|sister|brother|pics?|photos?|clothes)\b)|babe|sweetheart|sweetie|darling|my love|my queen|my king|my sunshine)\b/],
      examples: { hit: ['good morning dear', 'How was your day honey?'], miss: ['dear sir or madam', 'the dearth of options', 'oh dear, that is bad', 'slept like a baby', 'mom and baby are doing great'] },
    },
    {
      key: 'love_bombing',
      stage: 'rapport',
      weight: 1,
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
      key: 'secrecy',
      stage: 'rapport',
      weight: 2,
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
      key: 'move_off_platform',
      stage: 'off_platform',
      weight: 1.2,
      any: [
        new RegExp(`\\b(?:add|text|message|call|contact|reach|find|chat with|talk to) me (?:on|in|via|at|through) ${APP}\\b`),
        new RegExp(`\\b(?:let'?s|can we|could we|shall we|we can|why don'?t we) (?:\\w+ ){0,2}(?:chat|talk|continue|move|switch|go|connect)(?: \\w+){0,3} (?:on|to|in|over) ${APP}\\b`),
        new RegExp(`\\b(?:my|here'?s my|here is my) ${APP}(?: id| number| handle| account)?\\b`),
        new RegExp(`\\b(?:do you (?:have|use)|download|install) ${APP}\\b`),
        /\bi (?:rarely|seldom|don'?t often|hardly (?:ever )?) (?:use|open|check|come on) (?:this|the) (?:app|site|platform)\b/,
        /\bi'?m (?:never|rarely|not often) (?:on|in) (?:this|the) (?:app|site)\b/,
        new RegExp(`\\b(?:can i (?:have|get)|give me|send me|what'?s|share|drop) (?:your|ur) (?:${APP}|number|phone number|cell|digits)\\b`),
        new RegExp(`\\b(?:are|r) (?:you|u) (?:on|using) ${APP}\\b|\\b(?:do|d) (?:you|u) use ${APP}\\b|\\bwaiting for you on ${APP}\\b`),
        new RegExp(`\\badd (?:you|u) (?:to|in|into) (?:the |our |a |my |his |her )?(?:\\w+ ){0,3}(?:group|class|channel|club|chat)\\b|\\b${APP} (?:group|channel)\\b`),
        /\btext me (?:there|at|on)\b|\bsave my number\b/,
        /\b(?:this|the) app (?:is|will) (?:about to |going to )?(?:expir|delet|clos|uninstall)/,
      ],
      examples: {
        hit: ['add me on WhatsApp', "let's chat on telegram, I rarely open this app", 'my wechat id is lily0824', 'Do you have Line?'],
        miss: ['I saw it on whatsapp status lol', 'the line at the store was long'],
      },
    },
    {
      key: 'off_platform_contact',
      stage: 'off_platform',
      weight: 0.4,
      entity: 'contact',
      examples: { hit: ['my number is +1 555 013 4567', 'tg: @lucy_trade88'], miss: ['call me later'] },
    },

    // ---------------- wealth ----------------
    {
      key: 'relative_analyst',
      stage: 'wealth',
      weight: 2.5,
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
      key: 'showing_gains',
      stage: 'wealth',
      weight: 1.2,
      any: [
        new RegExp(`\\b(?:i|we) (?:made|earned|make|earn|gained|got|profited|won) (?:about |over |around |nearly |almost |more than )?${AMOUNT}.{0,40}\\b(?:${INVEST}|${CRYPTO}|gold|forex|contract|this (?:week|month)|today|yesterday)`),
        new RegExp(`\\b(?:${INVEST}|${CRYPTO}|gold|forex)\\b.{0,40}\\b(?:i|we) (?:made|earned|gained|got) ${AMOUNT}`),
        new RegExp(`\\b(?:made|earned|profited|gained|my (?:wallet|account|bot|portfolio) (?:earned|made)) (?:almost |about |over |nearly |around )?${AMOUNT}.{0,30}\\b(?:today|this week|yesterday|last (?:week|month)|in \\d+ (?:minutes|hours|days)|from (?:staking|mining|trading|the bot|gold|signals?))`),
        /\b(?:profit|earnings|income) (?:of|was|is) (?:[$€£]\s?)?\d[\d,.]*\s?(?:k|usdt|dollars|%)?\b.{0,20}\b(?:today|this week|this month|yesterday|in (?:one|a|1) (?:day|week|month))\b/,
      ],
      examples: {
        hit: ['I made 30k this month with crypto', 'with gold trading I earned $4,000 this week', 'profit of 2300 usdt today'],
        miss: ['i made 30 cookies today', 'we earned the trophy'],
      },
    },

    // ---------------- pitch ----------------
    {
      key: 'offer_to_teach',
      stage: 'pitch',
      weight: 2,
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
      key: 'guaranteed_returns',
      stage: 'pitch',
      weight: 2.5,
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
      key: 'high_returns',
      stage: 'pitch',
      weight: 2,
      entity: 'percent',
      any: [
        /\b\d+(?:[.,]\d+)?\s?(?:%|percent)\s?(?:\w+ ){0,3}(?:daily|a day|per day|every day|each day|a week|per week|weekly|every week|per trade|each trade|in (?:one|a|1|2|3|24|48) (?:day|hour|hours|days|week))\b/,
        /\b(?:daily|weekly|every day|per day)\s(?:\w+ ){0,2}(?:returns?|profit|income|interest|yield) (?:of )?(?:\w+ )?\d+(?:[.,]\d+)?\s?(?:%|percent)/,
        /\b(?:returns?|profits?|yield|roi) (?:of |around |about |up to )?(?:[2-9]\d|\d{3,})\s?(?:%|percent)/,
        /\b(?:[3-9]|[1-9]\d)(?:[.,]\d+)?\s?% (?:monthly|a month|per month|every month)\b/,
        /(?:\+|(?<!\d))\d+(?:[.,]\d+)?\s?% in (?:\d+|a few|one|two|three|four|five) (?:days?|hours?|minutes?|weeks?)\b/,
      ],
      examples: {
        hit: ['you get 3% every day', 'daily return of 1.5%', 'ROI up to 300%'],
        miss: ['battery at 3%', 'the index fund returned 7% last year'],
      },
    },
    {
      key: 'investment_product',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:contract|futures|options|leverage|leveraged|margin) trad(?:e|ing)\b|\b(?:second|seconds|60s|30s) contracts?\b/,
        /\b(?:liquidity|defi|usdt|node) (?:mining|pool|staking)\b|\bstaking (?:pool|reward|income)\b/,
        /\b(?:quant(?:itative)?|ai|a\.i\.|robot|algo(?:rithmic)?) (?:trading )?(?:bot|robot|trading|strateg(?:y|ies))\b/,
        /\b(?:gold|forex|fx|spot gold|xau|xauusd|commodit(?:y|ies)) (?:trading|trade|signals?|market|futures|account)\b/,
        /\b(?:mt4|mt5|metatrader)\b/,
        /\bstays? in (?:your|ur) (?:own )?wallet\b|\b(?:keep|keeps|hold) (?:all )?(?:your|the) (?:money|usdt|funds) in (?:your|ur) own (?:account|wallet)\b|\brewards? (?:will )?(?:come|arrive|come in|pay out)s? every \d+ hours\b|\bteam operation\b|\b(?:joint|collective) (?:operation|buying)\b/,
        /\barbitrage\b/,
      ],
      examples: {
        hit: ['I do contract trading on bitcoin', 'liquidity mining pays out daily', 'our AI quant bot trades for you', 'download MT5'],
        miss: ['my contract at work ends soon', 'gold necklace for mom'],
      },
    },
    {
      key: 'invitation_to_invest',
      stage: 'pitch',
      weight: 1.5,
      any: [
        new RegExp(`\\b(?:you should|you can|why don'?t you|want to|wanna|would you like to|you could|you must|you need to|let'?s|let me help you|try to) (?:also )?(?:\\w+ )?(?:(?:try|start)\\b(?: \\w+){0,5} (?:${INVEST}|${CRYPTO}|gold|forex|money|platform|account|small amount)|(?:join|invest|open an account|make some money|earn|trade)\\b(?: \\w+){0,5} (?:${INVEST}|${CRYPTO}|gold|forex|money|platform|account|with me|together|too|small amount))\\b`),
        /\b(?:start|begin|try) (?:with )?(?:a )?(?:small|little) (?:amount|capital|fund|investment|deposit)\b|\bstart with a little\b/,
        /\b(?:start|try|begin) (?:small|slowly|with a little)\b|\btry (?:1|one|a) small (?:trade|amount)\b|\b\d[\d,]{0,24}k? (?:is|would be) a good start\b|\b(?:you'?d|you would|you) need at least (?:[$€£]\s?)?\d|\beven (?:[$€£]\s?)?\d[\d,]*\s?(?:k|usdt|usd|dollars)? (?:works|is (?:ok|enough|fine))\b/,
        /\bgrow (?:your|ur) (?:savings|money|capital|wealth|retirement|nest egg)\b/,
        /\b(?:start|begin|try|test) with (?:only |just )?(?:[$€£]\s?)?\d[\d,]*\s?(?:k|usdt|usd|dollars)?\b/,
        /\b(?:make|earn) (?:money|profit|income) together\b|\binvest together\b|\bfor our future\b/,
      ],
      examples: {
        hit: ['you should try investing with me', 'start with a small amount first', 'we can make money together'],
        miss: ['you should try the pasta', 'let me know when you start', 'want to try the taco truck with me saturday?'],
      },
    },
    {
      key: 'pitch_urgency',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:only|just) (?:\d+|a few|few) (?:slots?|spots?|places?|seats?) (?:left|remaining)\b/,
        /\b(?:window|opportunity|chance|offer) (?:closes|ends|expires|won'?t last)\b/,
        /\b(?:don'?t|do not) miss (?:this|the|it|out)\b(?: (?:opportunity|chance|window|drop|level|round))?/,
        /\b(?:bonus|vip|premium) level (?:closes|ends|is only)\b|\blevel \d (?:opening|closes|ends)\b/,
        /\b(?:must|need to|have to) (?:deposit|invest|buy|pay|act) (?:today|now|before|within|immediately)\b/,
      ],
      examples: { hit: ['only 3 slots left in the VIP group', "don't miss this opportunity"], miss: ['only 3 cookies left lol'] },
    },

    // ---------------- platform ----------------
    {
      key: 'platform_register',
      stage: 'platform',
      weight: 1.8,
      any: [
        /\bapk (?:file|link|download)\b/,
        /\b(?:download|install|register (?:on|at|an account)|sign up (?:on|at|for)|open an account (?:on|at|with)|create an account (?:on|at))\b(?: \w+){0,4} (?:app|platform|exchange|website|site|account|link)\b/,
        /\b(?:the|this|our|my) (?:trading |investment |exchange )?(?:platform|exchange|app) (?:is )?(?:regulated|licensed|registered|legit|safe|secure)\b/,
        /\b(?:legitimate|legit|regulated|licensed|trusted|official) (?:trading )?(?:platform|exchange|broker|app)\b|\bi'?ve withdrawn (?:many|several|a few) times\b/,
        /\b(?:invitation|invite|referral) code\b/,
      ],
      examples: {
        hit: ['download the app and register an account', 'use my invitation code 88AX'],
        miss: ['download the photos from the drive', 'register for the marathon'],
      },
    },
    {
      key: 'customer_service',
      stage: 'platform',
      weight: 2,
      any: [
        /\b(?:contact|ask|message|talk to|chat with|reach) (?:the |our |their )?(?:[\w'-]+ ){0,2}(?:customer service|customer support|cs agent|service (?:agent|staff)|online service|support team)\b/,
        /\bcustomer service (?:on|in|via) /,
      ],
      examples: { hit: ['contact the online customer service to deposit', 'message customer service on telegram'], miss: ['their customer service was rude at the store'] },
    },

    // ---------------- deposit ----------------
    {
      key: 'buy_crypto',
      stage: 'deposit',
      weight: 2,
      any: [
        new RegExp(`\\b(?:buy|purchase|get|exchange) (?:some |the )?(?:\\d[\\d,]*\\s?(?:k )?)?(?:usdt|usdc|tether|btc|bitcoin|eth|crypto)\\b(?: \\w+){0,6} (?:then|and) (?:send|transfer|deposit|move|withdraw)\\b`),
        /\b(?:send|transfer|deposit|withdraw|move) (?:it|them|the (?:usdt|coins|funds|money)|your (?:usdt|coins|funds))? ?(?:to|into) (?:this|the|my|our|your (?:platform|trading)) (?:wallet|address|account|platform)\b/,
        /\b(?:wallet|deposit|receiving) address\b/,
        // A top-up of the platform account, not of a phone, a card or a game.
        /\b(?:top ?up|recharge)(?: (?:your|the|ur|my))? (?:account|platform|trading|wallet balance|balance|usdt|\d[\d,.]{0,12}\s?(?:k\b)?\s?(?:usdt|usd|dollars?|\$|first|more|to (?:the|your|ur) (?:account|platform|wallet)))|\bfund your account\b|\bdeposit (?:funds|money|usdt)\b/,
      ],
      examples: {
        hit: ['buy USDT on Coinbase then send it to the platform address', 'this is the deposit address', 'recharge 500 first', 'top up your account with 1000 usdt'],
        miss: ['I bought some coffee', 'send it to my email', 'top up my phone load pls', 'recharge your phone before the trip', 'use TRC20 network'],
      },
    },
    {
      key: 'deposit_wire',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\b(?:wire|transfer|send|pay) (?:the )?(?:money|funds|payment|it) (?:to|into) (?:the |our |a |this )?(?:company|corporate|business|platform|settlement|escrow|agent'?s?) account\b/,
        /\b(?:bank|wire) (?:details|info) (?:of|for) (?:the )?(?:platform|company|agent)\b/,
      ],
      examples: { hit: ['wire the funds to the company account'], miss: ['I will wire rent to the landlord'] },
    },

    // ---------------- withdrawal ----------------
    {
      key: 'withdrawal_fee',
      stage: 'withdrawal',
      weight: 3.5,
      any: [
        /\b(?:tax|taxes|fee|fees|commission|margin|deposit|charge|bond|insurance|penalty|payment|profit share)\b(?: \w+){0,8} (?:before|to|in order to|so|then) (?!confirm)(?:\w+ ){0,3}(?:withdraw|cash out|take out|releases?|unlock|get (?:your|the) (?:money|funds|profit))/,
        /\b(?:withdraw|withdrawal|cash out)\b(?: \w+){0,8} (?:requires?|need(?:s)?|must (?:pay|deposit)|pay|deposit)\b(?: \w+){0,4} (?:tax|taxes|fee|fees|commission|margin|deposit|\d+\s?%)/,
        /\b(?:personal income|capital gains?|profit) tax\b(?: \w+){0,8} (?:pay|paid|deposit)\b/,
        // Platform notices put amounts in the clause: "pay the income tax of 20% (4,128 USDT) before the withdrawal can be released".
        /\b(?:pay|deposit|send|transfer|top up)\b(?: [\w%(),.$€£]+){0,8} (?:tax|taxes|fee|fees|margin|commission)\b(?: [\w%(),.$€£]+){0,6} (?:before|to|in order to|so that) (?:\w+ ){0,3}(?:withdraw|cash out|releases?|unlock)/,
      ],
      examples: {
        hit: ['you need to pay 20% tax before you can withdraw', 'withdrawal requires a margin deposit of 15%', 'pay the fee then you can cash out', 'You must pay the personal income tax of 20% (4,128 USDT) before the withdrawal can be released.'],
        miss: ['coinbase charges a small network fee when you withdraw', 'pay the tax bill by April', 'you can see the fee before confirming on the withdrawal screen', 'the network fee of 1 USDT (TRC20) is deducted before the withdrawal is sent'],
      },
    },
    {
      key: 'credit_score',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:account|platform|trading|exchange|wallet)'?s? credit (?:score|points?|rating)\b/,
        /\bcredit (?:score|points?)\b.{0,60}\b(?:withdraw|withdrawal|unfreeze)|\b(?:withdraw|withdrawal)\b.{0,60}\bcredit (?:score|points?)\b/,
      ],
      examples: { hit: ['your account credit score is too low, deposit to restore it', 'credit score must be 100 to withdraw'], miss: ['my credit score went up after paying the card'] },
    },
    {
      key: 'account_frozen',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:account|funds|assets|wallet|withdrawal|money|custody) (?:has been |have been |is |are |was |were |got |will be |(?:will )?(?:be )?permanently )*(?:frozen|locked|suspended|blocked|on hold|under review)\b/,
        /\b(?:risk|custody|unlock|unlocking|release) deposit\b|\bmoved (?:in)?to custody\b/,
        /\b(?:unfreeze|unlock|release|activate) (?:your |the )?(?:account|funds|assets|withdrawal|money)\b/,
        /\b(?:anti[- ]?money[- ]?laundering|aml) (?:check|review|verification|deposit|fee|audit)\b|\b(?:verification|guarantee|unfreezing|unfreeze) (?:deposit|fee|payment)\b|\bsecurity (?:deposit|fee)\b.{0,40}\b(?:withdraw|unfreeze|release|account)\b/,
      ],
      examples: {
        hit: ['your account is frozen due to suspicious activity', 'pay the verification deposit to unfreeze your account'],
        miss: ['my pipes froze last night'],
      },
    },

    // ---------------- recovery ----------------
    {
      key: 'recovery_offer',
      stage: 'recovery',
      weight: 2.5,
      any: [
        /\b(?:recover|retrieve|get back|reclaim|trace and recover) (?:your |the |all (?:of )?your )?(?:lost |stolen |scammed )?(?:funds|money|assets|crypto|bitcoin|usdt|investment)\b/,
        /\b(?:fund|asset|crypto|scam|money) recovery\b|\bblockchain forensic/,
        /\b(?:recovery|retrieval|legal|lawyer'?s?|agent) fee\b|\bprocessing fee\b.{0,40}\b(?:recover|funds|release|unfreeze|within|in advance|paid|compensation|refund|clearance)|\b(?:pay|paid|send)\b.{0,30}\bprocessing fee\b|\bprocessing fee of\b/,
      ],
      examples: {
        hit: ['we can recover your lost funds within 48 hours', 'our asset recovery team traced your usdt'],
        miss: ['i recovered from the flu', 'they charge a visa processing fee at work'],
      },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      key: 'me_sent_money',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      any: [/\bi (?:just |already |have |'ve )?(?:sent|deposited|transferred|topped up|invested|paid|put in) (?:the |another |my |about |over |around )?(?:[$€£]\s?)?(?:\d[\d,.]*\s?(?:k\b|usdt\b|usd\b|dollars\b|btc\b|eth\b)?|usdt|crypto|bitcoin|btc|money|funds|savings)/],
      examples: { hit: ['ok i sent 500 usdt', 'I already deposited $2,000'], miss: ['i sent you the photo'] },
    },
    {
      key: 'me_cannot_withdraw',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      any: [
        /\b(?:can'?t|cannot|couldn'?t|unable to|not able to|won'?t let me) (?:withdraw|cash out|take out|get my money)\b/,
        /\bwhy (?:can'?t|cannot|couldn'?t) i (?:withdraw|cash out|take out|get my money)\b/,
        /\bwhy (?:do|must|should) i (?:pay|deposit)\b.{0,40}\b(?:withdraw|my (?:own )?money)\b/,
      ],
      examples: { hit: ["why can't I withdraw my money", 'why must I pay tax before I withdraw my own money'], miss: ['I will withdraw cash at the atm'] },
    },

    // ---------------- more wealth, pitch, deposit, withdrawal and recovery phrasing ----------------
    {
      key: 'mentor_pedigree',
      stage: 'wealth',
      weight: 1.5,
      any: [
        new RegExp(`\\b(?:${KIN}|manager|colleague|he|she)\\b.{0,40}\\b(?:goldman|jp ?morgan|morgan stanley|hsbc|citi(?:bank)?|blackrock|wall street|hedge fund|investment bank|senior trader|fund manager|former trader|chief analyst)\\b`),
        new RegExp(`\\bmy ${KIN}(?: \\w+){0,3} (?:taught|teaches|showed|shows|guides|helps) me\\b(?: \\w+){0,4} (?:${INVEST}|${CRYPTO}|gold|forex|contracts?|strategy|signals?)`),
      ],
      examples: { hit: ['my mentor is a former Goldman guy, he gives me the levels', 'my father taught me gold trading, he trades for 30 years'], miss: ['my dad taught me to fish'] },
    },
    {
      key: 'wealth_signals',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\b(?:uncle|aunt|auntie|mentor|teacher|professor|coach|analyst|his|her)(?:'s)? (?:trading |private |daily )?signals?\b(?! (?:app|is (?:bad|weak)))/,
        /\b(?:big|strong|private|vip|trading|buy|sell|entry|next|tonight'?s?) signals?\b/,
        /\b(?:uncle|aunt|mentor|teacher|professor|coach) (?:says?|said|tells?|told|sends?|gives?) (?:me |us )?(?:the )?(?:signal|direction|time to buy|entry)\b/,
        /\b(?:wait for|follow) (?:my|the|his|her) (?:signal|call|instructions?)\b/,
      ],
      examples: { hit: ['only when uncle says the signal is strong', 'wait for my signal tomorrow 10:00', 'next friday there is a big signal'], miss: ['no signal here in the mountains', 'text me on signal'] },
    },
    {
      key: 'offer_to_set_up',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:i|we) (?:can|could|will|'?ll|want to|would love to|am happy to) (?:show|guide|teach|help|set|start|open|walk) (?:you|u)(?: up)?\b(?: \w+){0,4} (?:one time|how|tonight|step by step|if you want|start|small|a little|the same|to do)/,
        /\b(?:i'?d|i would) (?:be happy|be glad|love) to (?:show|teach|guide|help) (?:you|u)\b|\bif (?:you|u) want,? i (?:can|could) (?:teach|show|help|guide|walk) (?:you|u)\b/,
        /\b(?:set (?:you|u) up|set it up for (?:you|u)|(?:i|we)(?:'ll| will| can| could) set it up\b|open (?:a |an )?(?:small |personal |trading )?account for (?:you|u)|(?:i'?ll|i will|let me) (?:set|open) (?:it|one) (?:up )?for (?:you|u))\b/,
        /\b(?:just|only)(?: need to)? (?:open|fund|subscribe(?: to)?|register|download|deposit (?:in|into)|follow)\b(?: \w+){0,3} (?:account|bot|app|platform|pool|signals?)\b/,
      ],
      examples: { hit: ['If you want I can show you one time, just small amount', 'I can set you up tonight', 'you just need to subscribe the bot'], miss: ['I can show you the photos later', 'let me set up the tent', 'we set it up as a partnership'] },
    },
    {
      key: 'future_together',
      stage: 'pitch',
      weight: 1.2,
      any: [
        /\b(?:save|saving|invest|investing|build|building|earn|earning) (?:\w+ )?for (?:us|our (?:future|wedding|house|home|life|family|honeymoon|trip)|our wedding fund)\b|\bfor our (?:future|wedding|house|honeymoon)\b|\bsavings? (?:\w+ )?for us\b|\bdo (?:this|it) for us\b/,
        /\b(?:passive|extra|second|own) income\b|\bfinancial (?:freedom|independence)\b/,
        /\bso (?:you|u) (?:don'?t|won'?t|do not) (?:need to |have to )?(?:work|depend)\b|\byou work (?:so|too) hard\b/,
      ],
      examples: { hit: ['we can do it together and save for us', 'I want you to have passive income too', 'you work so hard, this is easy'], miss: ['we are saving for a new couch', 'pray for us tonight', 'that is standard for us'] },
    },
    {
      key: 'guilt_trip',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\bi thought (?:you were|you'?re) different\b|\b(?:you|u) (?:don'?t|do not|never) trust me\b|\bwhy (?:you|do you) (?:don'?t|not) trust me\b/,
        /\bi'?m not (?:a )?(?:scammer|scam|criminal|liar|fraud)\b|\b(?:think|call|calling) (?:i'?m|i am|me) (?:a )?(?:scammer|criminal|liar|fraud)\b|\bcall me (?:a )?scammer\b/,
        /\bi(?:'m| am)? (?:only|just) (?:trying|want(?:ed)?|wanting) to help (?:you|u|the person)\b|\bit'?s your loss\b|\b(?:so )?closed[- ]minded\b/,
        /\bi (?:helped|help) (?:you|u) (?:make|earn)\b/,
      ],
      examples: { hit: ['I thought you were different', "I'm only trying to help you", 'I help you make 1100 and you call me scammer?'], miss: ['I trust you completely'] },
    },
    {
      key: 'exclusive_access',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\binstitutional (?:account|price|channel|shares?|trading|subscription|quota|seats?)\b|\bipo (?:placement|allocation|shares|subscription|quota|center|lottery)\b/,
        /\bvip (?:channel|group|member(?:ship)?s?|spots?|level|account|signals?|tier)\b|\bcopy[- ]?trad(?:e|ing|er)\b|\bblock trad(?:e|es|ing)\b/,
        /\b(?:selected|chosen) (?:students|members|people|investors)\b|\bonly (?:for )?(?:people|someone) i (?:trust|care about)\b/,
      ],
      examples: { hit: ['Professor is opening an institutional account for a few students', 'VIP members get 3-5 signals a day', 'i do copy trading for a few people'], miss: ['the vip lounge at the airport was nice'] },
    },
    {
      key: 'easy_money',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:2x|3x|10x|doubled?|tripled?) (?:their|my|your|the|his|her) (?:money|savings|investment|capital|account)\b|\bturn (?:it|that|\d[\d,]*) into\b/,
        /\b(?:make|earn|making|earning) (?:[$€£]\s?)?\d[\d,]*(?:\s?-\s?[$€£]?\d[\d,]*)?\s?(?:usdt|dollars|usd)? (?:a|per|every) (?:day|week)\b/,
        /\b(?:win(?:ning)? rate|accuracy|success rate) (?:is |of |over |above |like |around )*\d+\s?%/,
        /\b\d+\s?-\s?\d+\s?% (?:profit|return|a day|daily|per day|a week|in a few days)/,
      ],
      examples: { hit: ['most of my clients 2x their money in a month', 'a beginner can make $200-500 a day', 'win rate over 90%'], miss: ['the store doubled the price'] },
    },
    {
      key: 'deposit_instructions',
      stage: 'deposit',
      weight: 1.5,
      any: [
        new RegExp(`\\bbuy (?:some )?(?:\\d[\\d,]*\\s?)?(?:usdt|usdc|tether|btc|bitcoin|eth|crypto)\\b.{0,30}\\b(?:on|from|at|through|with) (?:coinbase|crypto\\.?com|kraken|binance|gemini|cash ?app|robinhood|(?:a )?bitcoin atm)\\b`),
        /\b(?:start|begin) (?:with|from) (?:only |just )?(?:[$€£]\s?)?\d[\d,]*\s?(?:k|usdt|usdc|usd|dollars)\b/,
        /\bminimum (?:deposit|entry|investment|top ?up|amount|subscription)\b|\bcustody (?:account|address|partner|wallet)\b/,
        /\b(?:add|put in|top up|deposit|transfer|fund it with|fund the \w+ with) (?:more|another|at least )?(?:[$€£]\s?)?\d[\d,]*\s?(?:k|usdt|usdc|usd|dollars)?\b.{0,30}\b(?:account|balance|wallet|platform|bonus|position|pool|bot)\b/,
        /\bsend (?:me )?(?:a )?screenshot (?:when|after|once)\b/,
        /\b(?:now )?(?:you can|if you|even|keep it in,? (?:and )?(?:even )?) ?add more\b|\badd more (?:if you can|funds|money|usdt|capital|to (?:your|the) (?:account|balance|wallet|pool))\b/,
      ],
      examples: { hit: ['only buy USDT on Coinbase and transfer to Vextora', 'start with 1000 USDT is ok', 'minimum deposit is 5000'], miss: ['buy some eggs on the way home'] },
    },
    {
      key: 'pay_to_release',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:cannot|can'?t|not allowed to|system (?:does )?not allow(?:ed)? to) (?:be )?deduct(?:ed)? (?:it )?from (?:the |your )?(?:balance|profit|account)\b|\bmust (?:be|come from) (?:a )?(?:new deposit|outside fund|outside money|external fund)/,
        /\b(?:release|released|releases|unlock|unlocked|unfreeze|unfrozen|credited) (?:same day|in 24 ?h|within \d+|after (?:you )?(?:pay|deposit)|once (?:you )?(?:pay|deposit))/,
        /\b(?:pay|paid|deposit) (?:the |this |a |your )?(?:\d[\d,]*\s?(?:usdt|usd|dollars)? )?(?:tax|taxes|fee|fees|margin|deposit|commission)\b.{0,40}\b(?:release|withdraw|unlock|unfreeze|come back|it will come|you get)/,
        /\bi (?:also )?paid (?:mine|these fees|the tax|the fee|it) (?:too |before |last month|when)\b/,
        /\b(?:add|top up|deposit) (?:more )?margin\b|\bmargin call\b|\b(?:will|system) liquidate\b|\breach (?:vip )?level \d\b/,
      ],
      examples: {
        hit: ['system not allow deduct from balance, must be new deposit', 'You just pay the tax 2,240 USDT and all will release same day', 'You must add margin now or the system will liquidate'],
        miss: ['I paid the electricity bill yesterday'],
      },
    },
    {
      key: 'withdrawal_pressure',
      stage: 'withdrawal',
      weight: 1.5,
      any: [
        /\bborrow (?:some )?(?:money )?(?:from|on) (?:a |your |ur )?(?:friends?|family|sister|brother|parents|credit card|bank|kids|son|daughter)\b/,
        /\b(?:401k|home equity|personal) loan\b|\btake (?:out )?a loan\b/,
        /\bif (?:you|u) (?:stop|report|don'?t pay|do not pay|refuse)\b.{0,30}\b(?:lose|frozen|gone|confiscated)\b|\b(?:or|and) (?:you(?:'ll| will)? )?lose all of it\b/,
        /\bno time to think\b|\b(?:or|and) (?:you )?(?:will )?lose everything\b|\ball your (?:money|profit|funds) (?:is|will be) (?:gone|lost|confiscated)\b|\bdon'?t let the profit (?:be )?wasted\b/,
      ],
      examples: { hit: ['Maybe borrow from friend? Just few days', 'There is no time to think!!'], miss: ['can I borrow your ladder', 'most startups fail, you could lose all of it'] },
    },
    {
      key: 'victim_outreach',
      stage: 'recovery',
      weight: 2,
      any: [
        /\b(?:victims? of|we (?:monitor|help|assist) (?:\w+ )?victims|recovered (?:assets|funds)|traced (?:the |your )?(?:wallets?|funds)|(?:your|the) funds (?:are|were|have been) (?:located|traced|frozen|recovered))\b/,
        /\b(?:tracing|filing|clearance|compliance|release|activation|escrow|notary|court) (?:fee|deposit|charge)\b/,
        /\b(?:financial crimes?|cyber ?crimes?|fraud|recovery) (?:unit|bureau|division|desk|department|center|centre)\b|\bcase (?:ref(?:erence)?|number|id|file)\b/,
        /\b(?:ethical )?hacker\b.{0,40}\b(?:got|get|recover|back)\b/,
      ],
      examples: { hit: ['We are contacting victims of the Hexamint platform', 'the tracing and legal filing fee is 850 USDT', 'an ethical hacker got 22k of mine back'], miss: ['the hacker news site is down'] },
    },

    // ---------------- task scams ----------------
    {
      key: 'task_job_offer',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:get |getting |be |are |is )?paid (?:to|for) (?:simply |just |only )?(?:like|liking|follow|following|rate|rating|review|reviewing|watch|watching|subscrib(?:e|ing) to|complet(?:e|ing) (?:simple |easy |small |online )?tasks?|boost(?:ing)?|submit(?:ting)? orders)\b/,
        /\b(?:like|liking|follow|following|rate|rating|review|reviewing|watch|watching) (?:\w+ ){0,2}(?:youtube |tiktok |instagram |amazon )?(?:videos?|hotels?|products?|apps?|channels?|restaurants?|movies?)\b.{0,60}\b(?:commission|salary|earn|paid|per task|each task|per day|a day|daily|(?:[$€£₹]|rs\.? ?)\d)/,
        /\b(?:online|simple|easy|app|hotel|review|rating|like|liking|youtube|tiktok|merchant|optimi[sz]ation|data|product|welfare|daily|paid|remote) tasks?\b.{0,60}\b(?:commission|salary|earn|earning|paid|income|per day|a day|daily|(?:[$€£₹]|rs\.? ?)\d)|\b(?:earn|commission|salary|paid)\b.{0,40}\b(?:per|each|every|for (?:each|every)) (?:task|set|order|like|review|rating)\b/,
        /\b(?:product|order|app|data|merchant|hotel|rating|ranking|traffic) (?:data )?(?:optimi[sz](?:ation|ing|er)|boost(?:ing|er)?|submission|promotion task)s?\b|\bboost (?:the )?(?:merchants?'?|sellers?'?|products?'?|hotels?'?|apps?'?) (?:\w+ )?(?:data|ratings?|rankings?|sales|orders|visibility|exposure)\b|\b(?:submit|complete|completing|submitting) (?:\d+ )?(?:product )?orders? (?:\w+ ){0,3}(?:merchants?|system|platform|sellers?)\b/,
        /\b(?:part[- ]?time|remote|online|flexible|home[- ]?based|from (?:home|your phone|your mobile))\b.{0,60}\b(?:earn|salary|income|pay|paid|get)\b.{0,20}(?:[$€£₹]|rs\.? ?|\b)\d[\d,]{0,6}(?:\s?(?:-|–|to)\s?(?:[$€£₹]|rs\.? ?)?\d[\d,]{0,6})?\s?(?:usd|usdt|dollars|rupees|euros|pounds)?\s?(?:a|per|\/|each|every) ?day\b/,
        /\b(?:earn|make|salary of|income of) (?:[$€£₹]|rs\.? ?)?\d[\d,]{0,6}(?:\s?(?:-|–|to)\s?(?:[$€£₹]|rs\.? ?)?\d[\d,]{0,6})?\s?(?:usd|usdt|dollars|rupees|euros|pounds)?\s?(?:a|per|\/|each|every) ?day\b.{0,60}\b(?:\d{1,3}(?:\s?-\s?\d{1,3})? ?(?:minutes|mins|hours?|hrs?)|part[- ]?time|from (?:home|your phone)|phone|tasks?)\b/,
        /\b(?:hr|recruiter|recruitment|hiring|human resources|talent)\b.{0,100}\b(?:part[- ]?time|tasks?|commission|daily (?:pay|salary|income|wage)|paid daily|(?:per|a) day|minutes a day|from your phone)\b.{0,60}\b(?:earn|salary|income|commission|paid|pay|\d)/,
        /\b(?:we|i|our (?:company|team|hr|recruiter)) (?:got|saw|received|found|have) your (?:cv|resume|profile)\b.{0,100}\b(?:part[- ]?time|tasks?|commission|daily|per day|a day|from (?:home|your phone)|flexible hours)\b/,
        /\bconsecutive (?:working |work )?days?\b.{0,20}\b(?:bonus|salary|reward)\b|\b(?:daily|weekly) salary after\b|\b(?:during|after) (?:the )?training\b.{0,40}(?:[$€£₹]|rs\.? ?)\d[\d,]{0,6}\+?\s?(?:a|per|each) ?day\b/,
      ],
      examples: {
        hit: [
          'Hi! our HR saw your CV on Indeed, we have a part-time remote job, you can earn $300-800 a day from your phone',
          'you just like youtube videos and get paid, 5 dollars per like, commission every day',
          'the job is app optimization, 30 minutes a day, earn 200 usd per day',
          'We are hiring 💰 simple online tasks, rating hotels for merchants, salary paid daily',
          'you help boost merchants ratings by submitting orders in our system, commission per order',
        ],
        miss: [
          "Hi Priya, I'm a recruiter at Northwind, senior analyst role, salary 120k, are you free for an interview Tuesday?",
          'I drive for Uber on the weekends, made like 200 bucks saturday',
          'rate my photo lol',
          'I left an Amazon review for the blender, 2 stars',
          'my boss gave me so many tasks today I could cry',
        ],
      },
    },
    {
      key: 'prepaid_task',
      stage: 'deposit',
      weight: 2.5,
      any: [
        /\b(?:combo|combination|merged|lucky|golden egg) (?:tasks?|orders?|products?|sets?)\b|\bgot (?:a |another )?combo\b/,
        /\bnegative balance\b.{0,80}\b(?:top[- ]?up|recharge|deposit|task|order|set|combo|continue|withdraw)|\b(?:top[- ]?up|recharge|deposit|task|order|combo)\b.{0,80}\b(?:negative balance|balance (?:is |becomes |became |went |turns |shows |goes )?(?:negative|minus|in (?:the )?minus|-\s?(?:[$€£₹]\s?)?\d))/,
        /\bprepa(?:y|id|ying|yment)\b.{0,30}\b(?:tasks?|orders?|commission|sets?)\b|\b(?:tasks?|orders?|sets?) (?:needs?|requires?|must be) (?:a |to be )?(?:prepaid|prepayment|deposit|top[- ]?up|recharged?|funded)\b/,
        /\b(?:complete|finish|do|clear) (?:all |the |your |this |remaining |the remaining )?(?:last |final )?(?:\d+ )?(?:tasks?|sets?|orders?|combos?)\b.{0,50}\b(?:withdraw|cash out|get (?:your|the) (?:salary|commission|money|earnings))/,
        /\b(?:top[- ]?up|recharge|deposit|pay|add)\b.{0,40}\bto (?:continue|unlock|complete|finish|submit|start|clear|process|release) (?:the |your |next |this |remaining |these )?(?:\w+ )?(?:tasks?|orders?|sets?|combo|commission|salary)\b|\b(?:task|working) (?:wallet|balance)\b|\bminimum (?:working|task) balance\b/,
        /\b(?:vip|level) ?\d? (?:level )?tasks?\b.{0,60}\b(?:deposit|top[- ]?up|recharge|usdt|upgrade|[$€£₹]\d)|\b(?:deposit|top[- ]?up|recharge)\b.{0,40}\b(?:vip|level) ?\d? tasks?\b/,
        /\b(?:upgraded?|moved up|promoted) to (?:vip ?|level ?)\d\b.{0,60}\bcommission\b|\b(?:don'?t let (?:the|your) (?:order|task|set) expire|(?:order|task|set) (?:expires|will expire)\b.{0,60}\b(?:system|freez|frozen|credit score))|\b(?:complete|finish) (?:all|the) \d{1,2}\b.{0,20}\bto withdraw\b|\btask group\b/,
        /\btasks? \d{1,2} (?:is|costs?|needs?|requires?|will be) (?:[$€£₹]|rs\.? ?)?\d[\d,]{0,9}\b.{0,30}\b(?:return|back|commission|profit)\b|\b(?:merchant|welfare|special|group) tasks?\b.{0,50}\bpay (?:[$€£₹]|rs\.? ?)?\d/,
      ],
      examples: {
        hit: [
          'you got a combo order, your balance is negative now, top up 500 to continue',
          'the set has a lucky order, recharge the difference and you get 5x commission',
          'deposit 100 USDT to start the prepaid tasks',
          'complete the last 2 tasks then you can withdraw your salary',
          'VIP 2 tasks need a deposit of 300 usdt but the commission is double',
        ],
        miss: [
          'can you top up my phone credit, I am out of data',
          'the restaurant wants a $50 deposit for the uniform, is that normal?',
          'I bought gems in the game again, 20 dollars lol',
          'finish your homework then we can go to the park',
        ],
      },
    },

    // ---------------- signs of innocence ----------------
    {
      key: 'scam_awareness',
      stage: 'hook',
      weight: -2,
      any: [
        /\b(?:that'?s|this is|it'?s|it is|that is|sounds like|looks like|smells like|classic|definitely|totally|obviously|def) (?:a |an |so )?(?:scam|fraud|con)\b/,
        /\bpig[- ]?butcher/,
        /\b(?:report|reported) (?:it|him|her|them|this)\b.{0,30}\b(?:ic3|ftc|police|fbi|platform|app)\b|\b(?:ic3|reportfraud)\b/,
        /\b(?:got|been|was|were|get) (?:scammed|conned|defrauded)\b/,
        /\b(?:block|blocked|blocking) (?:him|her|them|that (?:guy|girl|person|number))\b/,
      ],
      examples: { hit: ["that's a scam, block him", 'sounds like pig butchering to me', 'I got scammed last year', 'if a site asks you to pay to withdraw, it is a scam'], miss: ['trust me this platform is safe'] },
    },
  ],


  reporting: [
    /\b(?:dmed|dm'?d|messaged|texted|pinged|inboxed) me\b|\b(?:and|then|just) (?:said|says|wrote|asked|replied)\b|(?<!\b(?:as|like) )\bi (?:said|replied|answered|told (?:him|her|them))\b|\bsomething like(?=\s?[:"'“])|\b(?:it|the (?:text|message|email|sms|dm|ad|post)) (?:says|said|reads|read)(?=\s?[:"'“])/,
    /\b(?:nobody|no one|no-one) (?:legit|legitimate|real|honest|serious)\b|\b(?:hyping|promoting|selling|pitching|advertising) (?:it|this|that) as\b/,
    /\bforward(?:ing|ed)? (?:this|that|it|you|me|him|her|these)\b|\b(?:someone|somebody|a friend|a stranger|my (?:mom|mum|dad|mother|father|grandma|grandpa|aunt|sister|brother|friend|cousin|coworker|colleague|neighbou?r|wife|husband)) (?:just )?(?:sent|forwarded|posted|shared) (?:me |us )?(?:this|that|these)\b|\blook (?:at )?what (?:\w+ ){0,2}(?:sent|wrote|said|posted)\b/,
    /\bis (?:this|that|it)(?: one)? (?:real|legit|legitimate|true|safe|a real company)\b|\bam i (?:getting|being) scammed\b|\bis (?:this|that|it) the (?:pig|scam|wrong number)\b|\bshould i (?:call|reply|answer|click|pay)\b/,
    /\b(?:if|when) (?:anyone|anybody|someone|somebody|a stranger) (?:contacts?|offers?|asks?|promises?|claims?|messages?|texts?|calls?|says)\b|\b(?:anyone|anybody|someone|people|those) (?:who )?(?:claiming|offering|promising|claims|offers|promises|asking)\b|\bclaiming (?:to be|they)\b/,
    /\b(?:will|would) never ask (?:you )?(?:to|for)\b|\b(?:are|were|being|get|got) (?:asked|told|instructed|pressured) to\b/,
    /\b(?:mr|mrs|ms|dr)\.? [a-z]+ (?:says|said|told|claims)\b|\bthe [a-z]+ (?:guy|girl|man|woman|match|dude|lady) (?:says|said|told|claims|wants)\b|\b(?:someone|somebody) (?:posted|commented|wrote)\b|\b(?:i|we|she|he|they) got a (?:\S{1,20} ){0,3}(?:text|message|sms|email|dm) (?:that says|saying|from)\b/,
    /\b(?:i|we|she|he|they|mom|mum|dad|my (?:mom|mum|dad|mother|father|friend|aunt|uncle|grandma|grandpa|sister|brother|neighbou?r|coworker|colleague))\b(?: (?:just|also|all))? (?:got|received|get|keep getting|keeps getting) (?:a|an|this|these|that|the same|some|another) (?:\S{1,20} ){0,3}(?:text|sms|message|dm|email|e-mail|call|whatsapp|voicemail|letter)s?\b|\b(?:keeps?|kept) (?:posting|sending|texting|messaging|dming) (?:about|me|him|her|us|them|that|this)\b|\bposting about\b|\bthoughts\s*\?|\bsounds? (?:legit|real|too good)\s*\?/,
    /\b(?:he|she|they|this (?:guy|girl|woman|man|person)|someone|somebody|the (?:guy|girl|woman|man|person)|a (?:guy|girl|woman|man)) (?:said|says|wrote|told (?:me|him|her|them)|keeps? (?:saying|asking|telling)|wants? (?:me|him|her|them) to|asked (?:me|him|her|them) to|claims?|claimed|is asking|was asking|sent (?:me|him|her) (?:a|this))\b/,
    /\b(?:scam|scammer|scammers|fraud|fraudster|con artist)s?\b.{0,40}\b(?:say|said|ask|asked|use|told|tell|want)\b/,
    /\b(?:who|that) (?:says|said|claims|claimed|keeps (?:saying|asking)|told you|wants you to)\b/,
    /\b(?:article|news|video|podcast|documentary|story) (?:about|on)\b/,
    /\b(?:the exact words|(?:his|her|their) (?:exact )?words|word for word|the script|verbatim|screenshot of (?:his|her|their|the) messages?)\b/,
    /\b(?:he|she|they)(?: was| were| is| are|'s|'re|’s|’re) (?:now )?(?:calling|showing|telling|asking|sending|pushing|pitching|texting|going to (?:tell|ask|show|say|pitch))\b/,
    /\blet me guess\b|\b(?:dms?|messages?|texts?|comments?|lines?) like\b|\b(?:does|did) (?:that|this|it) (?:sound|seem|look) (?:normal|legit|right|real|ok|okay|sus)\b|\bis (?:this|that|it) (?:legit|normal|a scam)\b/,
    /\bmy (?:mom|mum|dad|mother|father|grandma|grandpa|nan|aunt|uncle|sister|brother|friend|cousin|coworker|colleague|neighbou?r|wife|husband)\b.{0,40}\b(?:got|was|is being|has been|keeps getting) (?:added|contacted|texted|messaged|dmed|scammed|targeted)\b/,
    /\b(?:a|this|that|some) (?:guy|girl|woman|man|person|match|dude|lady|stranger) (?:who|from|on|matched|messaged|texted|dmed|called)\b/,
    // News and warnings that quote the script: '"Pay 20% tax first," one fake platform told a victim.'
    /\b(?:one|a|the|this) (?:\w+ ){0,3}(?:told|wrote to|texted|messaged) (?:a|the|one|his|her|their|my) (?:victim|user|customer|client|investor|woman|man|reader)s?\b/,
  ],
};
