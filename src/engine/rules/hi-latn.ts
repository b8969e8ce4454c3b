import type { RuleSet } from './types.ts';

// Hinglish: Hindi typed in Latin letters, as Indians chat on WhatsApp
// ("kya kar rahe ho", "paise bhej do", "trading sikha dunga"), mixed with
// English words. There is no standard spelling: vowels double or drop
// ("karo"/"kro", "nahi"/"nhi"/"nahin", "hoon"/"hu"), z/j and w/v swap, so
// patterns list the common spellings. English phrasing is left to en.ts
// (which always runs); these rules cover the Hindi grammar around it.
// Indian amounts: 50k, 2 lakh, 5L, 1 crore/cr, ₹, rs.
// Weights are hand-set starting values; the corpus fit replaces them.
const APP = '(?:whats ?app|watsapp|wtsapp|wp|telegram|tele|tg|insta|instagram|snap(?:chat)?|signal|line|wechat)';
const CRYPTO = '(?:usdt|usdc|tether|crypto|bitcoin|btc|eth|coin)';
const INVEST = '(?:invest\\w{0,5}|nivesh|trading|trade|share ?market|stock ?market|stocks?|shares?|forex|gold|f ?& ?o|futures|options?)';
// An amount with its unit: "₹50,000", "rs 5000", "50k", "2 lakh", "5L", "1 cr", "500 usdt", "30%".
const NUM = String.raw`\d[\d,.]{0,12}`;
const AMOUNT = String.raw`(?:(?:₹|rs\.?|inr)\s?${NUM}\s?(?:k|l|lakh|lac|cr|crore|hazaar|hajar|hazar)?|${NUM}\s?(?:k|l|lakh|lac|lakhs|cr|crore|crores|hazaar|hajar|hazar|rupay[e]?|rupees?|rs|usdt|usd|dollars?|%|percent|pratishat))(?![a-z0-9])`;
const MONEY = String.raw`(?:(?:₹|rs\.?|inr)\s?${NUM}\s?(?:k|l|lakh|lac|cr|crore|hazaar|hajar|hazar)?|${NUM}\s?(?:k|l|lakh|lac|lakhs|cr|crore|crores|hazaar|hajar|hazar|rupay[e]?|rupees?|rs|usdt|usd|dollars?))(?![a-z0-9])`;
const KIN = '(?:chacha|chachi|mama|mami|mausi|mausa|bua|fufa|tau|tai|bhai|bhaiya|didi|behen|papa|pitaji|mummy|mom|dad|dada|dadi|nana|nani|cousin|uncle|aunty|auntie|mentor|guru|guruji|sir|teacher|dost|boss)';

export const hiLatn: RuleSet = {
  locale: 'hi-Latn',
  // Frequent Hinglish words that English chat does not use ("hai" alone is a typo of "hi" too: only in pairs).
  detect:
    /\b(?:kya|kyaa|kia|nahi|nahin|nhi|haan|haanji|mera|meri|mere|tera|teri|tere|aap|aapko|aapka|aapki|tum|tumhe|tumhein|tumko|tumhara|tumhari|kaise|kaisa|kaisi|kese|paisa|paise|bhai|bhaiya|yaar|karo|kro|karna|krna|karenge|karoge|kijiye|dijiye|hoga|hogi|mujhe|mjhe|mujhse|tujhe|humko|hume|hamara|hamari|apna|apni|kuch|kuchh|bahut|bohot|bahot|accha|acha|achha|theek|thik|matlab|abhi|kyun|kyu|kyon|lekin|bilkul|zaroor|jaldi|batao|btao|bolo|dekho|suno|chalo|raha|rahi|rahe|wala|wali|wale|jaanu|hoon|aaj|subah|sahi|galat|chahiye|sakta|sakti|sakte|wapas|thoda|thodi|kyunki|isliye|phir|maine|humne|tumne|baat|shaadi|kitna|kitne|kaun|yahan|wahan|bhejo|samjha|samjhe|pata hai|kar do|kar diya|ho jayega|ho gaya|hai na|kya hai|nahi hai|bhi hai|pe|liye|saath|sath|roz|hafte|mahine|saal|milega|karke|karta|karti|karte|dunga|dungi|deta|deti|bhi|tak|sirf|mai|woh|ki|toh|aur|mein|jaati|jaata|jata|jati|hota|hoti|tha|thi|hu|kal|kar|dekh|bata|bhej|liya|diya|gaya|gayi|mila|mili|bolke|wagera|waise|jaise|agar|warna)\b/,
  rules: [
    // ---------------- hook ----------------
    {
      key: 'wrong_number',
      stage: 'hook',
      weight: 1,
      opening: true,
      any: [
        /\b(?:galat|galt|ghalat|wrong) (?:number|no\.?|insaan|person|chat) (?:pe|par|me|mein)?\s?(?:chala|chali|bhej|aa|gaya|gayi|send)|\bgalti se (?:aapko |aapke number pe |message |ye message |msg )?(?:message|msg|bhej|chala|chali|send)\b|\bnumber (?:galat|galt|wrong) (?:save|likh|dial)\b/,
        /\b(?:kya )?(?:aap|ap|tum|ye|yeh) (?:hi )?(?:(?:mr\.?|mrs\.?|miss|dr\.?|sir|madam|mam) [a-z]{2,}(?: [a-z]{2,})? (?:ji )?(?:ho|hain|hai)|[a-z]{2,}(?: [a-z]{2,})? ji (?:ho|hain|hai|ka number hai)|[a-z]{2,}(?: [a-z]{2,})? (?:ka|ki) (?:number|no\.?) (?:hai|h))(?: na)?\s*\?/,
        /\b(?:sorry|maaf kijiye|maaf karna|maafi|maf kijiye)\b.{0,30}\b(?:mujhe laga|maine socha|mai samjhi|mai samjha|main samjhi|main samjha)\b.{0,10}\b(?:aap|ap|tum)\b/,
        /\bkya aap \w+ (?:ji|sir|madam|bhaiya|uncle) bol rahe? ha?i\b/,
      ],
      examples: {
        hit: ['Hi, kya aap Mehta ji bol rahe hai?', 'namaste, kya aap sharma ji ho?', 'sorry galti se message chala gaya', 'maaf kijiye, mujhe laga aap meri client ho', 'ye Priya ka number hai?'],
        miss: ['kya aap kal aa rahe ho?', 'kya aap ghar pe ho?', 'kal milte hai'],
      },
    },
    {
      key: 'fate',
      stage: 'hook',
      weight: 1,
      any: [/\b(?:kismat|qismat|kismet|naseeb|nasib|takdeer|taqdeer|bhagwan|upar ?wale|upar ?waale|rab) (?:ne )?(?:hume |humein |hum dono ko )?(?:milaya|mila diya|milwaya)\b|\b(?:ye|yeh) (?:sanjog|sanyog|ittefaq|itefaq|coincidence) nahi\b|\b(?:ye|yeh) (?:kismat|qismat|naseeb|takdeer|destiny|fate) (?:hi )?(?:hai|h|thi)\b/],
      examples: { hit: ['shayad kismat ne humein milaya', 'ye ittefaq nahi ho sakta', 'yeh destiny hi hai'], miss: ['uski kismat acchi hai, lottery lagi', 'sanjog se main bhi wahi tha'] },
    },
    {
      key: 'far_away_job',
      stage: 'hook',
      weight: 0.7,
      any: [
        /\b(?:main|mai|me) (?:abhi |filhal |aajkal )?(?:singapore|hong ?kong|malaysia|kuala lumpur|bangkok|thailand|macau|taiwan|shanghai|oil rig|ship) (?:me|mein|mai|pe|par) (?:kaam karta|kaam karti|kam karta|kam karti|job karta|job karti|rehta|rehti|rahta|rahti|posted)\b/,
        /\b(?:main|mai) (?:us army|american army|un peacekeeping|army) (?:me|mein) (?:doctor|surgeon|officer)\b|\b(?:main|mai) (?:oil rig|ship) (?:pe|par) (?:engineer|doctor|captain)\b/,
      ],
      examples: { hit: ['main abhi singapore me kaam karti hu', 'mai oil rig pe engineer hu', 'main hong kong mein rehta hoon'], miss: ['hum last year singapore ghoomne gaye', 'mera bhai malaysia me rehta hai'] },
    },
    {
      key: 'profile_compliment',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      any: [
        /\b(?:aapki|aapka|apki|apka|tumhari|tumhara) (?:profile|photo|photos|pic|pics|dp|picture|tasveer) (?:dekhi|dekha|dekhe|dekh ?kar|acchi lagi|achi lagi|pasand aayi|pasand aaya|bahut sundar|bahut acchi|kamaal|mast)\b/,
        /\b(?:aap|ap|tum) (?:bahut |bohot |kaafi |bade |badi )?(?:sundar|pyaari|pyari|pyaare|cute|smart|acche insaan|achhe insaan|decent|sharif|nek) (?:lagte|lagti|dikhte|dikhti) (?:ho|hain|hai)\b/,
        /\b(?:ur|your|tumhari|tumhare|aapki|aapke|teri|tere) (?:travel |insta |dance )?(?:reels?|pics?|photos?|posts?|profile|stories|dp)\b.{0,20}\b(?:so good|so cute|amazing|awesome|bahut (?:acchi|achi|acche|sundar|pyari|pyare|cute)|kamaal)/,
      ],
      examples: { hit: ['heyy ur travel reels are so good', 'aapki photos bahut sundar hai', 'aapki profile dekhi, bahut acchi lagi', 'aap bahut pyari lagti ho', 'tumhari dp pasand aayi'], miss: ['send your photos from the trip', 'meri photo dekhi kya?', 'aap thake hue lagte ho'] },
    },
    {
      key: 'fellow_townsman',
      stage: 'hook',
      weight: 0.8,
      opening: true,
      any: [/\b(?:aap|ap|tum) bhi [a-z]{3,}(?: [a-z]{3,})? (?:se|ki|ke) (?:ho|hain|hai)\s*\?|\b(?:apne|humare|hamare) (?:sheher|shahar|city|gaon|ilake|area) (?:ke|ki|wale|wali|waale) (?:ho|hain|nikle|nikli)\b/],
      examples: { hit: ['arre aap bhi lucknow se ho?', 'group me dekha, tum bhi patna ke ho?', 'aap to apne shahar ke nikle'], miss: ['main lucknow se hu', 'hamare shahar me barish ho rahi hai'] },
    },
    {
      key: 'group_add',
      stage: 'hook',
      weight: 1.5,
      any: [
        /\b(?:investment|invest|nivesh|trading|stock|stocks|share ?market|crypto|tips|f&o|option) (?:group|grp|channel|club|community)\b/,
        /\b(?:professor|prof|sir|doctor|dr|analyst|guruji|mentor)\.? [a-z]{0,12} ?(?:ki|ke) (?:assistant|sahayak|secretary)\b/,
        /\b(?:free|muft|mufat) (?:trading|share ?market|stock ?market|investment|crypto|f&o|option) (?:class|course|training|webinar|seminar|session)\b/,
        /\bgroup me(?:in)? add kiya gaya\b|\bwelcome to\b.{0,30}\b(?:signals?|vip|trading|stock|crypto|nifty|forex)\b|\bprofessor sir ki (?:free )?class\b/,
      ],
      examples: {
        hit: ['Aapko hamare \'Stock Gyaan\' free group me add kiya gaya hai', 'Welcome to Gold Signals India VIP 🥇', 'aapko humare investment group me add kiya hai', 'main professor Mehta ki assistant hu', 'aaj raat free trading class hai'],
        miss: ['welcome to the family group beta', 'tumhe family group me add kiya', 'yoga class free hai'],
      },
    },

    // ---------------- rapport ----------------
    {
      key: 'pet_name',
      stage: 'rapport',
      weight: 0.4,
      any: [
        /\b(?:meri jaan|meri jaanu|jaanu|janu|jaaneman|mera babu|babu|shona|sona|sweetu|meri rani|mere raja|jaan)\s*(?:[,.!?]|$)|\b(?:meri jaan|jaanu|janu|jaaneman|shona|sweetu)\b/,
        /\b(?:good ?morning|gm|good ?night|gn|hi|hello|kaisi ho|kaise ho|miss you|khana khaya)[,! ]{1,2}(?:jaan|baby|babu|shona|jaanu|dear)\b/,
      ],
      examples: { hit: ['good morning jaanu', 'kaisi ho meri jaan?', 'khana khaya babu?'], miss: ['jaan hai to jahan hai', 'babuji ghar pe hai'] },
    },
    {
      key: 'love_bombing',
      stage: 'rapport',
      weight: 1,
      any: [
        /\b(?:soul ?mate|humsafar|hamsafar|jeevansathi)\b|\b(?:hamara|humara|apna) (?:future|bhavishya) (?:saath|ek saath|sath|saath me|sath me)\b/,
        /\b(?:aisa|itna) (?:pehle |pahle )?(?:kabhi )?(?:feel|mehsoos|mahsus) nahi\b|\b(?:tumhare|aapke|tere) (?:bina|baare me soche bina) (?:nahi|nhi) (?:reh|rah|jee|ji)\b|\b(?:tumhare|tere|aapke) baare me sochna band nahi\b/,
        /\b(?:hone ?wali|hone ?waali|hone ?wale) (?:wife|biwi|patni|husband|pati)\b|\b(?:saari|sari|puri|poori) (?:zindagi|jindagi|umar|umr) (?:tumhare|aapke|tere) (?:saath|sath)\b/,
        /\b(?:tumse|aapse) baat karke\b.{0,30}\b(?:ghar jaisa|sukoon|jaise bachpan|bachpan se jaante|apna sa)\b/,
      ],
      examples: { hit: ['tumse baat karke ghar jaisa lagta hai', 'tumse baat karke lagta hai jaise bachpan se jaante hai', 'tum meri soulmate ho', 'aisa pehle kabhi feel nahi kiya', 'saari zindagi tumhare saath bitana chahta hu'], miss: ['tumse baat karke pata chala kal chhutti hai', 'company ka future uncertain hai', 'main soch raha hu'] },
    },
    {
      key: 'secrecy',
      stage: 'rapport',
      weight: 2,
      any: [
        new RegExp(String.raw`\b(?:kisi ko|kisiko|mummy papa ko|ghar pe|ghar mein|family ko) (?:bhi )?(?:mat|na|nahi) (?:batana|bolna|btana|bataana)\b|\blink (?:kisi ko )?(?:forward|share) (?:mat|na) (?:karna|kro|karo)\b`),
        /\b(?:kisi ko|ghar ?walo(?:n)? ko|ghar ?waalo(?:n)? ko|family ko|parivar ko|dosto(?:n)? ko|bachcho(?:n)? ko|husband ko|wife ko|pati ko|patni ko|bank ko|bank me) (?:bhi )?(?:abhi )?(?:mat|na|mt) (?:batana|batao|bataiye|btana|btao|bolna|kehna)\b/,
        /\b(?:ye|yeh) (?:baat )?(?:hamare|humare|hum dono ke) (?:beech|bich) (?:hi )?(?:rahe|rehni chahiye|rakhna)\b|\b(?:hamara|humara|apna) (?:chhota sa |chota sa )?(?:raaz|raz|secret)\b/,
        /\b(?:ghar ?wale|ghar ?waale|family|parivar|dost|bank) (?:ye |isko |ise )?(?:nahi|nhi) (?:samjhenge|samjhega|samjhegi|samjh payenge)\b/,
      ],
      examples: { hit: ['abhi ghar walo ko mat batana', 'ye baat hamare beech rahe', 'family nahi samjhegi, kisi ko mat batao'], miss: ['ghar walo ko mera namaste bolna', 'mat bolo ki bhool gaye'] },
    },

    // ---------------- off_platform ----------------
    {
      key: 'move_off_platform',
      stage: 'off_platform',
      weight: 1.2,
      any: [
        new RegExp(String.raw`\b(?:group|grp)\b.{0,12}\b(?:add|join)\b.{0,25}\b${APP} (?:pe|par|mein|me)\b|\b${APP} (?:pe|par|mein|me) (?:${'[a-z]+'} ){0,2}(?:add|join) (?:kar|karo|kr|kar rahi|kar raha|kar diya|kar di)\b`),
        new RegExp(String.raw`\b(?:yahan|yaha|idhar|is app pe|is app par) (?:share |baat )?nahi? (?:kar sakta|kar sakti|kar sakte|ho sakti|chal raha|chalta)\b.{0,40}\b${APP}\b|\b${APP} (?:pe|par|mein) (?:[a-z]+ ){0,3}(?:bhejunga|bhejungi|bhej dunga|bhej dungi|baat karenge|milte hai|milte hain)\b`),
        new RegExp(`\\b${APP} (?:pe|par|me|mein) (?:baat karte|baat kare|baat karo|baat krte|aa jao|aa jaiye|aao|add karo|add kro|add kar lo|message karo|msg karo|msg kro|chalte|milte)\\b`),
        new RegExp(`\\b(?:aapka|apka|tumhara|apna) (?:${APP} )?(?:number|no\\.?|id|contact) (?:do|dijiye|de do|bhejo|bhej do|milega|de sakte)\\b|\\b(?:kya )?(?:aap|tum) ${APP} (?:use|chalate|chalati|pe) (?:karte|karti|ho|hain)\\b|\\b(?:aapke|tumhare) (?:paas|pas) ${APP} (?:hai|h)\\b`),
        /\b(?:main|mai) (?:yaha|yahan|is app pe|is site pe|idhar) (?:kam|bahut kam|kabhi kabhi|zyada nahi|jyada nahi) (?:aata|aati|aa pata|aa pati|rehta|rehti|online)\b/,
      ],
      examples: {
        hit: ['whatsapp pe baat karte hai?', 'apna telegram id dijiye', 'main yahan kam aati hu, apna number do'],
        miss: ['whatsapp pe photo bhej di thi', 'mera number badal gaya hai'],
      },
    },

    // ---------------- wealth ----------------
    {
      key: 'relative_analyst',
      stage: 'wealth',
      weight: 2.5,
      any: [
        new RegExp(`\\b(?:mere|meri|mera) ${KIN}(?: [a-z]+){0,6} (?:analyst|fund manager|trader|broker|financial advisor|market expert|share market expert|stock expert)\\b`),
        new RegExp(`\\b(?:mere|meri|mera) ${KIN}(?: [a-z]+){0,4} (?:mujhe )?(?:signal|signals|tips|tip|calls?|andar ki (?:info|khabar|jankari)|inside info|data) (?:dete|deti|deta|bhejte|bhejti|batate|batati)\\b`),
        /\b(?:andar ki|insider|inside|gupt|exclusive) (?:jankari|jaankari|khabar|tips|signal|info)\b/,
      ],
      examples: {
        hit: ['meri mausi ek bade fund me senior analyst hai', 'mere chacha mujhe roz signal dete hai', 'humare paas andar ki khabar hai'],
        miss: ['meri mausi kal aa rahi hai', 'mera bhai nurse hai'],
      },
    },
    {
      key: 'showing_gains',
      stage: 'wealth',
      weight: 1.2,
      any: [
        new RegExp(String.raw`\b(?:members?|sadasya|group wal[eo]n?|log[oa]?n?) ne (?:aaj |is hafte |is week )?(?:[a-z]+ ){0,3}(?:${AMOUNT}|\+?\d[\d,]{0,6} pips)(?:\s?-\s?${AMOUNT})? (?:kamaye|kamaya|banaye|banaya|kama liye|profit)\b|\+\d[\d,]{0,6} pips\b`),
        new RegExp(String.raw`\b(?:${INVEST}|${CRYPTO}|task(?:s| jobs?)?|defi|pool|staking)\b.{0,30}(?:${AMOUNT}|${NUM}\s?(?:k|l|lakh) ?usdt)\b.{0,15}\b(?:aaya|aata|aate|kamata|kamati|kamate|kamaya|kamaye|bana|banaye|mila)\b|\[(?:screenshot|photo)[^\]]{0,80}(?:profit|usdt|rewards?|pnl|\+\s?\d)`),
        new RegExp(String.raw`\b(?:bmw|audi|merc|mercedes|porsche|lambo|lamborghini|rolex|flat|villa|apartment|car|gaadi|gadi)\b.{0,15}\b(?:le li|le liya|li|liya|kharida|kharidi|book kar liya|book ki)\b.{0,40}\b(?:${INVEST}|${CRYPTO}|defi|trading ki)\b`),
        new RegExp(`\\b(?:maine|mene|humne|hmne) (?:aaj |kal |is hafte |is week |is mahine |is month )?(?:[a-z]+ ){0,3}${AMOUNT} (?:ka )?(?:kamaye|kamaya|kamai ki|profit|munafa|fayda|faida)\\b.{0,30}\\b(?:${INVEST}|${CRYPTO}|signal|ek din|ek ghante)`),
        new RegExp(`\\b(?:${INVEST}|${CRYPTO}|signal)\\b.{0,30}${AMOUNT} (?:ka )?(?:kamaye|kamaya|profit|munafa|fayda|faida)\\b`),
        new RegExp(`\\b(?:nayi |new )?(?:gaadi|gadi|car|flat|ghar|bungalow) (?:kharida|kharidi|le liya|le li|li)\\b.{0,30}\\b(?:${INVEST}|${CRYPTO})`),
        /\b\d{1,3} (?:calls?|signals?|trades?)\b.{0,20}\b\d{1,3} (?:target|tp|sl)? ?hit\b|\bp&l screenshots?\b|\bprofit book kiya\b/,
      ],
      examples: {
        hit: ['pichle mahine 27 calls, 25 target hit', 'sabke P&L screenshots dekhiye', 'maine aaj 50k kamaye trading se', 'crypto se is hafte 2 lakh ka profit hua', 'nayi gaadi kharidi, sab trading ki kamai se'],
        miss: ['27 calls aaye aaj, thak gaya', 'maine aaj 500 rs ki sabzi li', 'nayi gaadi kharidi, loan pe'],
      },
    },
    {
      key: 'wealth_signals',
      stage: 'wealth',
      weight: 1.5,
      any: [
        new RegExp(String.raw`\bsalary (?:se )?(?:zyada|jyada|zada)\b|\bsalary (?:toh|to) (?:bas|sirf)\b|\bsab (?:${INVEST}|${CRYPTO}|defi)(?: ki wajah)? se (?:hai|aaya|kamaya)\b|\b(?:sab|ye sab) (?:trading|crypto|defi) ki (?:wajah|kamai)\b`),
        /\b(?:uncle|aunty|chacha|mama|mausi|mentor|guruji|sir|professor|analyst)(?: ji)? (?:ka|ki|ke) (?:signal|call|tip)\b|\b(?:mere|meri) (?:signal|call) ka (?:intezaar|intzar|wait)\b/,
        /\b(?:bada|badi|strong|pakka|pakki|vip|buy|sell|entry) (?:signal|call)\b|\bsignal (?:aaya|aayega|mila|milega)\b/,
      ],
      examples: { hit: ['kal 10 baje mere signal ka wait karna', 'aaj mausi ka signal aaya hai', 'aaj bada signal hai'], miss: ['yahan network signal nahi hai', 'mujhe call karna'] },
    },
    {
      key: 'mentor_pedigree',
      stage: 'wealth',
      weight: 1.5,
      any: [
        new RegExp(String.raw`\b\d{1,2} (?:saal|sal|years?) se (?:forex|market|share market|trading|stock market|crypto)\b|\b(?:dubai|singapore|london|hong kong) based\b.{0,40}\b(?:forex|trader|sir|mentor|fund)`),
        new RegExp(`\\b(?:${KIN}|mentor|woh|wo|pehle|ex)\\b.{0,40}\\b(?:goldman|jp ?morgan|morgan stanley|blackrock|wall street(?! journal)|hedge fund|investment bank|senior trader|fund manager|chief analyst)\\b`),
        /\b(?:\d{2}|bees|tees|pandrah) (?:saal|sal|years?) (?:ka|ke) (?:experience|anubhav)\b|\bsebi (?:registered|register|approved) (?:analyst|advisor|adviser|ra)\b/,
        new RegExp(`\\b(?:mere|meri) ${KIN}(?: [a-z]+){0,2} (?:ne )?(?:mujhe )?(?:${INVEST}|${CRYPTO})\\b.{0,10}\\b(?:sikhayi|sikhai|sikhaya|sikhate|sikhati)\\b`),
      ],
      examples: {
        hit: ['mere mentor pehle goldman me senior trader the', 'sir ko 20 saal ka experience hai, sebi registered analyst', 'meri mausi ne mujhe trading sikhayi'],
        miss: ['papa ne mujhe swimming sikhayi', 'history wale sir bahut acche hai'],
      },
    },
    {
      key: 'trading_lifestyle',
      stage: 'rapport',
      weight: 0.8,
      any: [/\b(?:khaali|khali|free|faltu) (?:time|samay) (?:me|mein|mai) (?:trading|investing|invest|crypto trading|share trading)\b|\b(?:main|mai) (?:share market|trading|crypto|stock market|forex) se (?:hi )?(?:kamata|kamati|kamai karta|kamai karti|ghar chalata|ghar chalati)\b|\bside (?:me|mein) (?:trading|crypto|forex)\b/],
      examples: { hit: ['free time me trading karti hu', 'main share market se hi kamata hu', 'job ke saath side me trading bhi'], miss: ['free time me gaane sunti hu', 'main naukri se kamata hu'] },
    },
    {
      key: 'trial_withdrawal',
      stage: 'withdrawal',
      weight: 0.8,
      any: [/\b(?:thoda|thode|chhota|chota|chhoti|choti|kuch|pehle|pahle)\b.{0,15}\b(?:nikal|nikalo|nikal ?ke|nikal ?kar|withdraw|withdrawal)\b.{0,30}\b(?:dekho|dekhiye|check|yakeen|yakin|bharosa|pakka|confirm)\b/],
      examples: { hit: ['pehle thoda sa nikal ke dekho', 'chhota withdrawal karke check kar lo', 'kuch paise withdraw karo, yakeen ho jayega'], miss: ['atm se paise nikal liye', 'thoda aaram kar lo'] },
    },

    // ---------------- pitch ----------------
    {
      key: 'offer_to_teach',
      stage: 'pitch',
      weight: 2,
      any: [
        new RegExp(`\\b(?:${INVEST}|${CRYPTO}|paise kamana|paisa kamana|earning)\\b(?: [a-z]+){0,2} (?:sikha|sikhaa|sikhaunga|sikhaungi|sikha dunga|sikha dungi|sikha doonga|sikha sakta|sikha sakti)\\b|\\b(?:main|mai) (?:aapko|apko|tumhe|tumko) (?:[a-z]+ ){0,2}(?:${INVEST}|${CRYPTO})\\b.{0,15}\\b(?:sikha|guide|samjha)`),
        /\b(?:bas |sirf )?(?:mere|meri) (?:instructions?|instruction|steps|salah|signals?|guidance)(?: ko)? (?:follow|maano|mano|maniye) (?:karo|kro|kijiye|karna|karein)?\b|\b(?:main|mai) (?:bataunga|bataungi|bata dunga|bata dungi) (?:ki )?(?:kab|kaha|kahan) (?:kharidna|buy|sell|bechna|entry|invest)\b/,
      ],
      examples: {
        hit: ['main aapko trading sikha sakti hu', 'bas mere instructions follow karo', 'main bataunga kab buy karna hai'],
        miss: ['main tumhe khana banana sikha dungi', 'mujhe follow karo insta pe'],
      },
    },
    {
      key: 'offer_to_set_up',
      stage: 'pitch',
      weight: 1.5,
      any: [/\b(?:main|mai) (?:aapka|apka|tumhara) (?:account|khata|wallet) (?:khol|bana|set|open) (?:dunga|dungi|deta|deti|doonga|sakta|sakti|kar dunga|kar dungi)\b|\b(?:apna )?(?:password|login|id password) (?:do|dijiye|bhejo)\b.{0,20}\b(?:trade|set|kar)|\b(?:main|mai) (?:aapke|tumhare) (?:liye|badle) (?:trade|trading) (?:kar dunga|kar dungi|karunga|karungi)\b/],
      examples: { hit: ['main aapka account khol dungi', 'password do, main trade kar deta hu', 'main tumhare liye trading kar dunga'], miss: ['main darwaza khol dunga', 'wifi ka password do'] },
    },
    {
      key: 'guaranteed_returns',
      stage: 'pitch',
      weight: 2.5,
      any: [
        /\bpersonally guarantee\b|\bguarantee (?:deta|deti|dete) (?:hu|hoon|hun|hai)\b/,
        new RegExp(String.raw`\bcapital protection\b|\bloss (?:hua|hoga|ho) (?:toh|to) (?:[a-z]+ ){0,2}(?:cover|bhar|return) (?:karte|karenge|karega|karungi|karunga|dega|denge)\b|\b(?:ek bhi|koi bhi) (?:losing|loss) (?:month|mahina|din|trade) nahi\b`),
        /\b(?:guaranteed|guarantee wala|pakka|pakki|fixed|nishchit) (?:return|returns|munafa|profit|kamai|fayda|faida)\b|\b(?:koi|zero|bina kisi|bina) (?:risk|jokhim|khatra|nuksan|nuksaan|loss) (?:nahi|nhi|ke)\b|\b(?:nuksan|nuksaan|loss) (?:nahi|nhi|bilkul nahi) (?:hoga|hone dunga|hone dungi)\b|\b100 ?% (?:guarantee|pakka|safe|profit)\b/],
      examples: { hit: ['guaranteed return, koi risk nahi', 'loss nahi hoga, 100% guarantee', 'pakka profit hai'], miss: ['share market me risk to rehta hai', 'pakka kal aaunga'] },
    },
    {
      key: 'high_returns',
      stage: 'pitch',
      weight: 2,
      any: [
        new RegExp(String.raw`(?<![\d.,])\d+(?:\s?-\s?\d+)?\s?(?:%|x) (?:possible|expected|seedha|pakka|profit|return)\b|\b(?:${MONEY}|${NUM}) (?:deposit|invest|daalo|dalo)\b.{0,40}\b(?:wapas|return) (?:milenge|milega)\b|\b\d+(?:\.\d+)?\s?% profit in \d+\s?(?:mins?|minutes|ghante|hours?)`),
        /(?<![\d.,])\d+(?:[.,]\d+)?\s?(?:%|percent|pratishat)\s?(?:[a-z]+ ){0,3}(?:roz|rozana|har din|daily|pratidin|har hafte|hafte me|weekly|har trade|per day|per week)\b|\b(?:roz|rozana|har din|daily) (?:[a-z]+ ){0,2}\d+(?:[.,]\d+)?\s?(?:%|percent)/,
        /\b(?:return|returns|munafa|profit|byaj|interest) (?:[a-z]+ ){0,2}(?:[2-9]\d|\d{3,})\s?(?:%|percent)|(?<![\d.,])(?:[3-9]|[1-9]\d)\s?(?:%|percent) (?:har mahine|mahine me|mahine mein|monthly|per month)\b/,
      ],
      examples: { hit: ['roz 3% return milega', 'return 300% tak', '15% har mahine'], miss: ['battery 3% bachi hai', 'mehngai 6% saalana'] },
    },
    {
      key: 'easy_money',
      stage: 'pitch',
      weight: 1.5,
      any: [
        new RegExp(String.raw`\b(?:prepaid|merchant|combo|lucky combo) (?:task|tasks|order|orders)\b|\b(?:jab|jaise hi) double (?:ho|hoga|ho jaye|ho jaaye)\b|\b(?:\d+|ek|do|teen) (?:din|hafte|mahine) mein (?:double|dugna|dogna)\b`),
        /\b(?:paisa|paise|rakam|capital|investment) (?:[a-z]+ )?(?:double|doguna|dugna|tiguna) (?:ho|kar|ban)\w{0,6}|\b(?:double|doguna) (?:paisa|paise|profit|munafa)\b/,
        new RegExp(`\\b(?:roz|rozana|har din|daily|hafte me) ${MONEY} (?:kamao|kamaiye|kama sakte|kama sakti|kamaoge|kamaogi)\\b|\\b${MONEY} (?:roz|rozana|har din|daily) (?:kamao|kamaiye|kama sakte|kama sakti|ki kamai)\\b`),
        /\b(?:win rate|winning rate|success rate|accuracy)(?: [a-z]+){0,2} \d+\s?%|\b(?:passive income|financial freedom|aarthik azadi)\b/,
      ],
      examples: { hit: ['ek mahine me paisa double ho jayega', 'roz 5000 rs kamao', 'win rate 95% hai'], miss: ['dukaan ne daam double kar diye', 'main roz office jata hu'] },
    },
    {
      key: 'invitation_to_invest',
      stage: 'pitch',
      weight: 1.5,
      any: [
        new RegExp(String.raw`\bmin(?:imum)? (?:investment|invest|nivesh) (?:${MONEY}|\$\s?${NUM})|\binterested ho (?:toh|to) details\b`),
        /\b(?:aap|ap|tum) bhi (?:[a-z]+ )?(?:invest|nivesh|trading|trade) (?:karo|kro|kijiye|karke dekho|try karo|shuru karo|start karo|kar lo)\b|\b(?:saath me|sath me|saath milkar|milkar) (?:invest|nivesh|trading|kamai|earning) (?:karte hai|karte hain|karein|karenge)\b/,
        new RegExp(`\\b(?:chhote amount|chote amount|chhoti rakam|choti rakam|thode paiso|thode se|small amount|${MONEY}) se (?:shuru|shuruaat|start) (?:karo|kro|kijiye|karein|kar sakte|kar sakti)\\b`),
      ],
      examples: { hit: ['aap bhi invest karke dekho', 'saath milkar invest karte hai', '5000 rs se start karo'], miss: ['aap bhi khana kha lo', 'subah jaldi shuru karo'] },
    },
    {
      key: 'future_together',
      stage: 'pitch',
      weight: 1.2,
      any: [/\b(?:hamare|humare|apne|hamari|humari|apni) (?:future|bhavishya|shaadi|shadi|ghar) ke liye\b|\btaki (?:tumhe|aapko|tumko) (?:kaam|naukri|job) na karni pade\b|\btum (?:bahut|itni|itna) (?:mehnat|kaam) karti ho\b.{0,30}\b(?:kamai|invest|trading)/],
      examples: { hit: ['ye sab hamare future ke liye hai', 'taki tumhe job na karni pade', 'apni shaadi ke liye save karenge'], miss: ['naye sofa ke liye save kar rahe hai', 'bachcho ke liye khana'] },
    },
    {
      key: 'investment_product',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:f ?& ?o|fno|option trading|options trading|futures trading|contract trading|leverage|margin trading|intraday calls?)\b|\b(?:liquidity mining|liquidity pool|staking)\b/,
        /\b(?:trading bot|ai bot|algo trading|quant)\b|\bmt4\b|\bmt5\b|\bmetatrader\b|\b(?:forex|gold trading|arbitrage)\b/,
      ],
      examples: { hit: ['main bitcoin pe futures trading karta hu', 'liquidity mining se roz kamai', 'humara ai bot aapke liye trade karta hai'], miss: ['office ka contract khatam hua', 'mummy ke liye sone ki chain li'] },
    },
    {
      key: 'pitch_urgency',
      stage: 'pitch',
      weight: 1,
      any: [
        new RegExp(String.raw`\bslots? (?:jaldi |fast )?(?:bhar rahe|bhar raha|full ho|khatam)\b|\b(?:sirf|only|bas) \d+ slots?\b|\bslot aaj (?:raat |shaam )?tak\b|\b(?:whitelist|offer|bonus) (?:sirf |only )?(?:\d+ (?:ghante|hours?)|aaj)\b|\bslot (?:mat|na) miss\b`),
        /\b(?:sirf|keval|bas|only) (?:\d+|do|teen|kuch) (?:seat|seats|slot|slots) (?:bachi|bache|baaki|baki|left)\b|\b(?:ye |yeh |is )?(?:mauka|moka|chance|opportunity) (?:mat|na|mt) (?:chhodo|chodo|chhodiye|gawao|ganwao|jaane do)\b|\b(?:aakhri|akhri) (?:mauka|moka|chance|din)\b|\blast (?:mauka|moka)\b|\b(?:aaj hi|abhi) (?:deposit|jama|invest) (?:karo|kro|kijiye|karna hoga)\b/],
      examples: { hit: ['sirf 3 seat bachi hai', 'ye mauka mat chhodo', 'aaj hi deposit karo'], miss: ['bas 3 biscuit bache hai', 'train mat chhodna'] },
    },
    {
      key: 'exclusive_access',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\bvip(?:[iea]|\s?\d)\b/,
        new RegExp(String.raw`\bwhitelist\b|\b(?:vip) (?:tasks?|members?|level|tier)\b|\btier \d unlock\b|\bsirf (?:purane )?(?:doston|dosto|khaas logon|selected logon) ke liye\b`),
        /\binstitutional (?:account|trading|khata)\b|\bipo (?:allotment|allocation|shares|quota)\b|\b(?:copy trading|block deal|pre-?ipo)\b|\bvip (?:group|channel|member|membership|signal|signals)\b/],
      examples: { hit: ['sir kuch students ke liye institutional account khol rahe hai', 'vip member ko roz 5 signal', 'ipo allotment pakka milega'], miss: ['airport ka vip lounge accha tha', 'bank me khata khulwaya'] },
    },
    {
      key: 'guilt_trip',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:mujhpe|mujh pe|mujhpar|mujh par) (?:trust|bharosa|vishwas|bharose) nahi (?:karti|karte|karta|hai|kiya)\b|\b(?:tumhara|aapka|tera) (?:hi )?loss hai\b/,
        /\b(?:mujhe laga|maine socha) (?:tum|aap) (?:alag|dusro se alag) (?:ho|hain)\b|\b(?:tumhe|tumko|aapko) (?:mujh ?pe|mujh ?par) (?:bharosa|vishwas|trust) (?:nahi|nhi)\b|\b(?:main|mai) (?:koi )?(?:fraud|thag|dhokebaaz|dhokebaz|scammer) (?:nahi|nhi)\b|\b(?:main|mai) (?:to )?(?:bas|sirf) (?:tumhari|aapki) (?:madad|help) (?:karna chahta|karna chahti|kar raha|kar rahi)\b/],
      examples: { hit: ['mujhe laga tum alag ho', 'tumhe mujhpe bharosa nahi?', 'main fraud nahi hu, main to bas tumhari madad karna chahta tha'], miss: ['mujhe tum pe pura bharosa hai', 'main bas puchna chahti thi'] },
    },

    {
      key: 'task_job_offer',
      stage: 'pitch',
      weight: 1.5,
      any: [
        new RegExp(String.raw`\b(?:pehla|pahla|first) (?:\w+ )?task (?:complete|pura|poora|done)\b|\btasks?\b.{0,30}\b(?:complete|pura|poora|done)\b.{0,30}${MONEY} (?:bhej|credit|transfer)`),
        /\b(?:part ?time|part-time|ghar baithe|ghar se|work from home|wfh|online|mobile se|phone se) (?:\w+ ){0,2}(?:job|kaam|kam|work|income|kamai|earning)\b.{0,100}\b(?:likes?|ratings?|reviews?|subscribe|follow|tasks?|commission)\b/,
        new RegExp(String.raw`\b(?:part ?time|part-time|ghar baithe|work from home|wfh|online) (?:\w+ ){0,2}(?:job|kaam|kam|work|income|kamai|earning)\b.{0,100}(?:\b(?:daily|roz|rozana|per day|har din|din ka|din ke) (?:\w+ ){0,2}${MONEY}|${MONEY}(?:\s?[-–]\s?(?:₹|rs\.?)?\s?${NUM}\s?k?)? (?:tak )?(?:daily|roz|rozana|per day|har din|a day|din ka|din ke)\b)`),
        new RegExp(String.raw`\b(?:videos?|youtube|channels?|hotels?|products?|apps?|restaurants?|posts?|reels?)\b(?: \w+){0,5} (?:likes?|ratings?|reviews?|subscribe|follow|5 star|five star)\b.{0,80}(?:${MONEY}|\bkamao\b|\bkamaye|\bkamaiye|\bcommission|\bmilega|\bmilenge|\bpayment)`),
        new RegExp(String.raw`\bper (?:like|task|review|rating|subscribe|order)\b|\bhar (?:like|task|review|rating|video|subscribe) (?:pe|par|ke|ka) (?:\w+ )?${MONEY}|\b(?:pehla|pahla|first) task (?:free|muft|aasan|easy)\b|\btask (?:ka|ke) (?:commission|payment|paise)\b`),
        /\b(?:hr|recruiter|recruitment|hiring) (?:\w+ ){0,3}(?:se|team|department|manager)\b.{0,120}\b(?:part ?time|part-time|ghar baithe|work from home|wfh|tasks?|mobile se|phone se)\b/,
        /\b(?:data optimi[sz]ation|order (?:boost|optimi[sz])\w{0,6}|(?:product|hotel|app|merchant|store)s? (?:ki )?rating (?:badhana|badhane|boost))/,
      ],
      examples: {
        hit: ["aapka pehla like task complete, ₹60 bhej diye UPI pe", 
          'Namaste ji, ghar baithe part time kaam hai, youtube video like karne pe ₹40 per like',
          'Hum HR team se hai, work from home job, daily ₹2500 tak kamai',
          'hotels ko google maps pe 5 star rating deni hai, har review pe ₹100 milenge',
          'pehla task free hai, bas channel subscribe karke screenshot bhejo',
        ],
        miss: [
          'meri photo ko rating do lol',
          'main weekend pe uber chalata hu, thodi extra kamai ho jaati hai',
          'HR team se call aaya, full time job ke liye interview monday ko hai',
          'amazon pe review likha, product bekaar tha',
        ],
      },
    },
    // ---------------- platform ----------------
    {
      key: 'platform_register',
      stage: 'platform',
      weight: 1.8,
      any: [
        /\b(?:uid|user id) (?:bhej|bhejo|bhejna|send karo)\b|\bapprove hote hi\b.{0,20}\buid\b/,
        new RegExp(String.raw`\b(?:mt4|mt5|metatrader)\b.{0,30}\b(?:server|login|select)\b|\bmetamask\b.{0,30}\b(?:connect|approve)\b|\b(?:task|trading|investment) portal\b|\bportal (?:pe|par) (?:account|apna)\b|\bbroker account approve\b`),
        /\btestflight\b|\.apk\b|\bapk (?:file|link)\b/,
        /\b(?:app|application|platform|website|site)\b(?: [a-z]+){0,3} (?:download|install|register|registration|sign ?up) (?:karo|kro|kijiye|kar lo|karna|karke)\b/,
        /\b(?:platform|app|exchange) (?:[a-z]+ )?(?:sebi|rbi) (?:registered|approved|regulated)\b|\b(?:invite|invitation|referral|refer) code\b/,
      ],
      examples: { hit: ['ye app download karo aur register karo', 'platform sebi registered hai', 'mera invite code 88AX daalna'], miss: ['photo download kar lo', 'marathon ke liye register kiya'] },
    },
    {
      key: 'customer_service',
      stage: 'platform',
      weight: 2,
      any: [
        new RegExp(String.raw`\bsupport (?:sirf|only|bas) ${APP} (?:pe|par)\b|\b(?:live chat|customer care) nahi hai\b`),
        /\b(?:customer service|customer care|customer support|support team|online service)\b.{0,40}\b(?:platform|deposit|jama|withdraw|wallet|usdt|telegram|whatsapp)|\b(?:platform|deposit|withdraw|wallet)\b.{0,40}\b(?:customer service|customer care|customer support|support team)\b/],
      examples: { hit: ['deposit ke liye customer service se baat karo', 'platform ki customer service telegram pe hai', 'customer care aapko wallet address dega'], miss: ['bank ki customer care bekar hai', 'customer service ne refund diya'] },
    },

    // ---------------- deposit ----------------
    {
      key: 'buy_crypto',
      stage: 'deposit',
      weight: 2,
      any: [
        /\bmetamask\b.{0,25}\bapprove\b|\bapprove kar (?:de|do)\b.{0,20}\bmetamask\b/,
        new RegExp(`\\b${CRYPTO}\\b.{0,20}\\b(?:kharido|kharid lo|kharidiye|le lo|lijiye|buy karo|buy kro)\\b.{0,50}\\b(?:bhejo|bhej do|bhejiye|transfer|deposit|jama)\\b`),
        /\b(?:binance|wazirx|coindcx|p2p|coinswitch)\b.{0,40}\b(?:kharid|buy)\w{0,4}.{0,40}\b(?:bhejo|bhej do|transfer|deposit|jama)\b/,
        /\b(?:wallet|deposit) address\b/,
      ],
      examples: { hit: ['binance se usdt kharido aur platform pe bhejo', 'ye wallet address hai, network TRC20', 'usdt le lo phir is address pe transfer karo'], miss: ['doodh kharido aur ghar aa jao', 'email pe bhej do'] },
    },
    {
      key: 'deposit_instructions',
      stage: 'deposit',
      weight: 1.5,
      any: [
        new RegExp(String.raw`(?:\$\s?${NUM}|${MONEY}) (?:aur )?(?:add|deposit|daal|dal|jama) (?:karo|kar do|kardo|do|de)\b|\b(?:credit card|friend|dost|relative|rishtedar)(?: ya [a-z]+)? se udhaar\b|\bmin(?:imum)? (?:deposit )?\d[\d,.]{0,8}\s?usdt\b`),
        new RegExp(String.raw`\bupi\b.{0,50}\b(?:pe|par|ko) ${MONEY} (?:bhejo|bhej do|send karo|transfer karo)\b|\b(?:payment|transfer|bhejne) ke baad screenshot\b|\bscreenshot (?:group mein |grp me )?(?:daalo|dalo|daal do|bhejo)\b|\b(?:agent|merchant) upi\b`),
        new RegExp(String.raw`\b(?:ab )?(?:tu|tum|aap) (?:bhi )?(?:${NUM}\s?(?:k|usdt)?) (?:daal|dal|jama|add) (?:de|do|karo|kar do)\b|\bnext level\b.{0,20}${MONEY}|${MONEY} (?:aur )?(?:chahiye|add karo|aur add|deposit karo)\b.{0,40}\b(?:complete|unlock|return|wapas|lot size)`),
        new RegExp(String.raw`\b(?:personal loan|loan app|credit card)\b.{0,40}\b(?:wapas kar dena|chuka dena|return kar dena|ho jayega)\b|\b(?:unlock|upgrade) karne ke liye ${MONEY}|\b(?:lock|stake) karna (?:padta|padega) hai\b`),
        new RegExp(`\\b(?:minimum|kam se kam) (?:deposit|jama|investment|amount)\\b|\\b(?:kam se kam|minimum) ${MONEY} (?:jama|deposit|daalne|dalo|daalo|lagane|lagao)\\b`),
        new RegExp(`\\b${MONEY} (?:aur )?(?:jama|deposit|add|laga|daal|dal) (?:karo|kro|kijiye|karein|do|dijiye)\\b.{0,30}\\b(?:account|khate|wallet|platform|balance)|\\b(?:upi|gpay|google pay|phonepe|paytm) (?:se|pe|par) (?:bhejo|bhej do|transfer|pay karo)\\b.{0,30}\\b(?:deposit|invest|account|platform)`),
        /\b(?:payment|transfer|jama) (?:ke baad|karke) (?:screenshot|ss|receipt) (?:bhejo|bhejna|bhej do)\b/,
        /\bvip ?\d\b.{0,40}\b(?:recharge|deposit|top ?up|add)\b|\b\d[\d,]{0,9} aur (?:recharge|deposit|top ?up|add) (?:kar|karna|karo|kijiye)\w*/,
      ],
      examples: { hit: ['VIP 2 unlock karne ke liye bas 8,000 aur recharge karna hai', 'minimum deposit 10,000 hai', '50,000 rs aur jama karo apne account me', 'payment ke baad screenshot bhejo'], miss: ['mobile recharge kar diya', 'kam se kam paani to pi lo', 'upi se pizza ke paise bhejo'] },
    },
    {
      key: 'deposit_wire',
      stage: 'deposit',
      weight: 1.5,
      any: [
        new RegExp(String.raw`\b(?:local|payment) agent (?:ko|ke account)\b|\b(?:treasury|company|custodian) (?:wallet|account)\b|\b(?:hamare|humare) (?:local )?agent ko (?:upi|transfer|bhejo)\b`),
        /\b(?:company|platform|agent|manager|firm) (?:ke|ka) (?:account|khate|bank account) (?:me|mein|pe|par) (?:paise |amount )?(?:bhejo|bhej do|bhejiye|transfer|jama)\b/,
        /\butr (?:number|no\.?|num)\b.{0,30}\b(?:bhej|share|send|daal)\w*|\b(?:note|remark|remarks|description) me(?:in)? (?:\w+ ){0,3}(?:mat|na) likh\w*/,
      ],
      examples: { hit: ['UTR number chat me bhejiye', 'note me company ka naam mat likhna', 'company ke account me bhejo', 'agent ke khate me transfer karo', 'platform ke bank account me jama karo'], miss: ['note me likh lena kal meeting hai', 'mere khate me kiraya bhej do', 'company ka office kaha hai'] },
    },

    {
      key: 'prepaid_task',
      stage: 'deposit',
      weight: 2.5,
      any: [
        /\b(?:prepaid|pre-paid|pre paid|combo|lucky|merged|merge|double) (?:tasks?|orders?)\b/,
        /\b(?:balance|account|wallet) (?:\w+ ){0,2}(?:negative|minus)\b|\b(?:negative|minus) balance\b/,
        /\b(?:recharge|top ?up|deposit|jama|prepay|pay)\b.{0,60}\b(?:tasks?|commission)\b.{0,25}\b(?:continue|complete|unlock|shuru|start|pura|poora|aage|agla|agle|next|withdraw)/,
        /\b(?:tasks?|commission|set)\b.{0,30}\b(?:continue|complete|unlock|shuru|start|pura|poora|aage badhane|nikalne)\w{0,4} (?:karne )?(?:ke liye|ko|k liye)\b.{0,60}\b(?:recharge|top ?up|deposit|jama|pay|payment|daalo|dalo|daalna|bharna|bharo)/,
        /\bvip (?:level|lvl|lavel)\b.{0,60}\b(?:deposit|recharge|jama|upgrade fee)/,
        /\b(?:set|sare tasks?|saare tasks?|sab tasks?|all tasks?|tasks?) (?:\w+ ){0,2}(?:complete|pura|poora) (?:karo|kro|karne ke baad|karne pe|karke|kariye|hone pe|hone ke baad)\b.{0,50}\b(?:salary|withdraw|withdrawal|commission|nikal|nikaal|paise)/,
      ],
      examples: {
        hit: [
          'Congrats! aapko combo task mila hai, balance negative hai, ₹3000 recharge karo',
          'agla task shuru karne ke liye ₹5,000 deposit karna padega, commission saath milega',
          'pura set complete karne ke baad hi salary withdraw hogi',
          'VIP level 2 ke liye 100 USDT deposit chahiye',
        ],
        miss: [
          'phone recharge kar do, balance khatam hai',
          'nayi job mein uniform ke liye ₹500 jama kiye, baad mein wapas milenge',
          'game mein diamonds liye ₹200 ke',
          'homework ka task pura karo phir khelna',
        ],
      },
    },
    // ---------------- withdrawal ----------------
    {
      key: 'withdrawal_fee',
      stage: 'withdrawal',
      weight: 3.5,
      any: [
        /\b(?:gas fee|network fee|pool entry|unlock fee|release fee|activation fee)\b.{0,60}\b(?:last step|aakhri step|akhri step|final step|bas ek baar)\b/,
        new RegExp(String.raw`\b(?:tax|fee|fees)\b.{0,20}\b(?:international rule|rule hai)\b|\b(?:main bhi|maine bhi) (?:first time |pehle )?(?:tax|fee) (?:pay kiya|bhara|diya)\b|\bsecurity deposit\b.{0,30}\b(?:verify|withdraw|chahiye)\b`),
        /\b(?:tax|tds|gst|fees?|charge|commission|margin|deposit|insurance|penalty|jurmana)\b(?![^.!?]{0,80}\b(?:kuch bhi pay nahi|kuch nahi dena|nahi maangte|nahi mangte|nahi lete|nahi lagti|nahi lagta|pay nahi karna)\b).{0,50}\b(?:nikalne|nikasi|withdraw|withdrawal|release)\b.{0,10}\b(?:se pehle|se pahle|ke liye|ke pehle)\b/,
        /\b(?:nikalne|nikasi|withdraw|withdrawal)\b.{0,10}\b(?:se pehle|se pahle|ke liye|ke pehle)\b.{0,40}\b(?:tax|tds|gst|fees?|charge|commission|margin|deposit|\d+\s?%)/,
      ],
      examples: {
        hit: ["bas network fee bhar do, ye last step hai phir withdrawal", 'withdrawal se pehle 20% tax bharna hoga', 'nikalne ke liye pehle tds jama karo', 'withdraw ke liye 15% margin deposit chahiye'],
        miss: ['atm se nikalne pe chhota charge lagta hai', 'april se pehle tax bharna hai', 'sirf 10 rs ki fee thi, release ke liye aapko kuch bhi pay nahi karna'],
      },
    },
    {
      key: 'account_frozen',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:node )?validation (?:amount|fee|ke baad|nahi hua|maangta|mangta)\b|\baml flag\b|\bwallet mein \d+\s?% balance\b|\bstake (?:\w+ ){0,2}abandoned\b/,
        new RegExp(String.raw`\babnormal (?:task|trade|activity|sequence)\b|\baccount verify karne ke liye\b|\bfunds? forfeit\b|\baccount permanently (?:close|band|block)\b`),
        /(?<!bank (?:ne )?)\b(?:account|khata|fund|funds|paise|balance|wallet|withdrawal)\b(?: [a-z]+){0,2} (?:freeze|frozen|block|hold|suspend|jaanch me|janch me|under review)\b/,
        /\b(?:unfreeze|unblock|unlock) (?:karne|karane|karwane)\b|\b(?:verification|unfreeze|anti money laundering|aml) (?:deposit|fees?|charge)\b|\bmoney laundering\b/,
      ],
      examples: { hit: ['aapka account freeze ho gaya hai', 'unfreeze karne ke liye verification fees do', 'fund hold pe hai, under review'], miss: ['phone hang ho gaya', 'bank ne account block kar diya kyc ke liye'] },
    },
    {
      key: 'pay_to_release',
      stage: 'withdrawal',
      weight: 3,
      any: [/\b(?:balance|profit|munafe) (?:se|me se) (?:nahi|nhi) (?:katega|kat sakta|kaat sakte|cut)\b|\b(?:paise|tax|fees?) (?:bharte|jama karte|dete) hi\b.{0,30}\b(?:release|unfreeze|nikal|mil)\b|\b(?:maine|mene) bhi (?:tax|fees?|charge) (?:bhara|bhari|diya|di) tha\b/],
      examples: { hit: ['balance se nahi katega, naya deposit chahiye', 'tax bharte hi sab release ho jayega', 'maine bhi tax bhara tha'], miss: ['bijli ka bill bhara', 'paise milte hi batana'] },
    },
    {
      key: 'credit_score',
      stage: 'withdrawal',
      weight: 3,
      any: [
        new RegExp(String.raw`\bcredit score \d{1,3} hai\b|\bcredit repair\b|\bscore (?:badhane|sudharne) ke liye\b`),
        /\b(?:credit score|credit point|credit points|credit rating)\b.{0,50}\b(?:withdraw|nikal|account|platform|deposit)|\b(?:withdraw|account|platform)\b.{0,50}\b(?:credit score|credit points?)\b/],
      examples: { hit: ['aapke account ka credit score kam hai, deposit karo', 'withdraw ke liye credit score 100 chahiye'], miss: ['loan ke liye credit score accha hai', 'mera cibil badha'] },
    },
    {
      key: 'withdrawal_pressure',
      stage: 'withdrawal',
      weight: 1.5,
      any: [
        /\bbaaki\b.{0,20}\barrange kar(?: lo|o|na|lena| lena)?\b|\bcredit card (?:pe|se|par) (?:crypto|usdt|coin) (?:buy|kharid|le)\b/,
        new RegExp(String.raw`\bcomplaint (?:karoge|karne|kiya|kroge|karogi)\b.{0,30}\b(?:close|band|forfeit|kuch nahi hoga|loss)\b|\bbaaki (?:tu|tum|aap) arrange\b|\b(?:friend|dost|relative|rishtedar|family) se udhaar\b`),
        /\b(?:udhaar|udhar|karz|karza|loan|personal loan|gold loan) (?:le lo|lo|le lijiye|utha lo|karwa lo)\b|\b(?:ghar ?walo|ghar ?waalo|dosto|doston|rishtedaro|rishtedaron) se (?:paise )?(?:maang lo|mang lo|udhaar le lo|udhar le lo|le lo)\b|\b(?:warna|varna|nahi to|nhi to) (?:sab|saara paisa|sare paise|pura paisa) (?:doob|dub|zabt|jabt|freeze)\w{0,6}\b|\bsochne ka (?:time|samay) (?:nahi|nhi)\b/],
      examples: { hit: ['rishtedaro se udhaar le lo, bas do din ki baat hai', 'aaj bharo warna sab doob jayega', 'sochne ka time nahi hai!!'], miss: ['home loan pichle saal liya', 'mujhe tumhari seedhi chahiye'] },
    },

    // ---------------- recovery ----------------
    {
      key: 'recovery_offer',
      stage: 'recovery',
      weight: 2.5,
      any: [
        new RegExp(String.raw`\b(?:white hat|ethical) hackers?\b|\b(?:forensic|noc|recovery|release) (?:report )?fee\b|\b\d+% cases? recover\b|\brecovery expert\b|\bscammer ke server\b|\bwapas dila (?:diye|diya|denge|dunga)\b`),
        /\b(?:aapka|apka|tumhara|dooba hua|duba hua|thagi ka|khoya hua) (?:paisa|paise|fund|investment) (?:wapas|vapas|recover) (?:dila|kara|la|kar)\w{0,6}\b|\b(?:fund|paisa|crypto|scam) recovery\b|\b(?:recovery|lawyer|legal|processing) (?:fees?|charge)\b|\bethical hacker\b/],
      examples: { hit: ['hum aapka paisa wapas dila denge 48 ghante me', 'fund recovery service', 'bas recovery fees bharni hogi'], miss: ['bukhar se recover ho gaya', 'usne udhaar wapas kiya'] },
    },
    {
      key: 'victim_outreach',
      stage: 'recovery',
      weight: 2,
      any: [
        new RegExp(String.raw`\bcyber cell se\b|\b(?:lost|gawaye|gawaya|doob gaye|dube) (?:money|paise|paisa)?\b.{0,30}\bscam\b.{0,5}\?|\b(?:aapka|tumhara) ${MONEY} frozen hai\b`),
        /\b(?:thagi|dhokhadhadi|fraud|scam) (?:ke|ka) (?:shikar|peedit|victim)\b|\b(?:cyber crime|cybercrime|fraud|recovery) (?:cell|unit|department|vibhag)\b|\b(?:case|complaint|shikayat|fir) (?:number|no\.?)\s?[:#-]?\s?[a-z]{0,3}[/-]?\d|\b(?:aapka|apka|aapki|apki|your) (?:case|complaint|shikayat|fir) (?:number|no\.?)\b|\b(?:aapke|aapka|apke) (?:fund|funds|paise|wallet) (?:trace|track|locate) (?:kar liye|kar liya|ho gaye)\b/],
      examples: { hit: ['aap thagi ke shikar hue hai, hum madad karenge', 'cyber crime cell se bol rahe hai, case number 4471', 'aapke fund trace kar liye hai'], miss: ['sales department me meeting hai', 'roll number batao'] },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      key: 'me_sent_money',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      any: [new RegExp(`\\b(?:maine|mene)\\b.{0,20}${MONEY}.{0,15}\\b(?:bhej|bheje|bheja|jama|deposit|transfer|daal|dal|laga|invest)|\\b(?:maine|mene) (?:apni )?(?:saari |sari |puri )?(?:savings|bachat|usdt) (?:bhej|jama|laga|daal|dal)`)],
      examples: { hit: ['maine 500 usdt bhej diye', 'maine kal 2 lakh jama kiye', 'maine apni saari savings laga di'], miss: ['maine photo bhej di', 'maine khana bana liya'] },
    },
    {
      key: 'me_cannot_withdraw',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      any: [/(?<!(?:atm|machine) se )\b(?:paise|paisa|fund|funds|profit)(?: [a-z]+)? (?:nahi|nhi) (?:nikal|nikaal pa|withdraw ho)\b|\b(?:withdraw|withdrawal) (?:nahi|nhi) (?:ho raha|ho pa raha|ho rahi|hua)\b|\b(?:nikal|withdraw kar) (?:nahi|nhi) (?:pa raha|pa rahi|paya|payi)\b|\b(?:tax|fees?) (?:bharne|jama karne) (?:ko|ke liye) (?:bol|keh|kah) rahe\b/],
      examples: { hit: ['mere paise nahi nikal rahe', 'withdraw nahi ho raha', 'wo tax bharne ko bol rahe hai'], miss: ['atm se paise nikal liye', 'aaj nahi aa paunga'] },
    },

    // ---------------- signs of innocence ----------------
    {
      key: 'scam_awareness',
      stage: 'hook',
      weight: -2,
      any: [
        /\b(?:ye|yeh|wo|woh|pakka|saaf) (?:to |toh )?(?:fraud|froud|thagi|scam|dhokha|dhoka|dhokhadhadi) (?:hai|h|hain|tha|lag raha)\b|\b(?:mere|uske|unke|hamare|humare) (?:saath|sath) (?:[a-z]+ ){0,3}(?:thagi|fraud|dhokha|scam) (?:hua|hui|ho gaya|ho gayi)\b/,
        /\b1930\b|\bcybercrime\.gov\.in\b|\b(?:cyber crime|police|bank) (?:me|mein|ko|pe) (?:shikayat|complaint|report)\b|\b(?:block|report) (?:kar do|karo|kro|kar dijiye)\b|\bpig ?butcher/,
      ],
      examples: { hit: ['ye to fraud hai, block kar do', 'mere saath pichle saal thagi hui', '1930 pe complaint karo'], miss: ['main fraud nahi hu, bharosa karo', 'bharosa rakho, platform safe hai', 'chalo khana khate hai'] },
    },
  ],

  reporting: [
    /\bkisi (?:ko|ne)\b.{0,60}\b(?:aaya|aayi|aya|bheja|daala|dala|kiya)\b|\b(?:usne|woh|wo|unhone)\b.{0,50}\bmaang (?:rahi|raha|rahe) (?:hai|tha|thi)\b|\b(?:mere|meri) (?:cousin|dost|friend|papa|mummy|bhai|didi) ko (?:bhi )?(?:aaya|aya|mila)\b|\bwo (?:[a-z]+ ){1,2}(?:wala|wali)\?|\bbol ?ke\b/,
    /\b(?:usne|unhone|unhon ne|kisi ne|ek aadmi ne|ek ladki ne|ek aurat ne|ek anjaan ne) (?:mujhe |mujhse )?(?:kaha|bola|likha|message kiya|msg kiya|poocha|pucha|kaha ki|bola ki)\b|\b(?:wo|woh|ve) (?:kehta|kehti|kehte|bolta|bolti|bol raha|bol rahi|keh raha|keh rahi) (?:hai|h|hain|tha|thi)\b/,
    /\b(?:mujhe|mummy ko|papa ko|maa ko) (?:ye |yeh |aisa )?(?:message|msg|sandesh) (?:aaya|aya|mila)\b|\bkya (?:ye|yeh) (?:fraud|scam|thagi|asli|sahi|legit|legal) (?:hai|h)?\s*\?/,
    /\b(?:thag|fraud karne wale|scammers?) (?:aise |yahi )?(?:kehte|bolte|likhte|maangte) (?:hai|hain)\b|\b(?:khabar|news|video|article|report) (?:ke baare me|ke bare me)\b/,
  ],
};
