import type { RuleSet } from './types.ts';

// Tagalog / Filipino rules, Taglish included: chat in the Philippines mixes
// Tagalog grammar with English nouns and verbs ("i-send mo", "nag-invest ako",
// "mag-withdraw"). Patterns run on folded text: lower case, no accents.
// Tagalog verbs take prefixes, hyphens and a doubled first syllable
// ("nagse-send", "magwi-withdraw", "nag-iinvest"): V() covers those forms.
// Weights are hand-set starting values; the corpus fit replaces them.
const V = (stem: string): string => String.raw`(?:mag|nag|maka|makapag|nakapag|naka|i|ma|na|pag|mai|nai|pa)?-?(?:[a-z]{1,2}-?)?${stem}`;
const APP = '(?:whats ?app|watsap|telegram|tg|viber|messenger|line|wechat|signal|instagram|ig|kakao|skype)';
const CRYPTO = '(?:usdt|usdc|tether|crypto|bitcoin|btc|eth|ethereum)';
const INVEST = '(?:invest\\w{0,5}|trading|trade|stocks?|forex|gold|crypto|negosyo|kita|kumita|profit|tubo)';
// An amount with its unit: "₱5,000", "php 10k", "50k", "20 libo", "500 usdt", "30%".
const AMOUNT = String.raw`(?:(?:₱|php|p)\s?\d[\d,.]{0,12}\s?k?|\d[\d,.]{0,12}\s?(?:k|libo|thousand|milyon|m|php|pesos?|piso|usdt|usd|dollars?|dolyar|%|percent|porsyento))(?![a-z0-9])`;
const KIN = '(?:tito|tita|tiyo|tiya|tiyuhin|tiyahin|uncle|auntie|tita ko|pinsan|kuya|ate|kapatid|tatay|nanay|papa|mama|lolo|lola|ninong|ninang|mentor|teacher|prof|propesor|professor|boss|kaibigan|kumpare|kumare)';

export const tl: RuleSet = {
  locale: 'tl',
  // Frequent Tagalog words and chat spellings that English chat does not use.
  detect:
    /\b(?:po(?! ?box)|opo|ako|ikaw|ikw|ka|ko|siya|sya|naman|nmn|talaga|tlga|kasi|kse|kc|lang|lng|ng|mga|sige|ano|anong|bakit|hindi|hnd|oo|kuya|pera|gcash|yung|ung|nga|rin|sa|kayo|tayo|kami|sila|niya|nya|natin|namin|akin|sakin|ito|dito|diyan|dyan|doon|saan|kailan|paano|pano|sino|magkano|salamat|pala|daw|raw|muna|nang|kung|kapag|pag|para|pero|tsaka|sana|wala|meron|gusto|ayoko|ayaw|ngayon|mamaya|kanina|bukas|baka|siguro|diba|charot|beshie|mare|pare|lodi|wag|huwag|pwede|puwede|pde|kumusta|kamusta|ingat|ganun|ganon|ganito|kaya|tapos|nalang|lng|talga|eto|yon|ang|mo|kita|nating|bhe|beh|nyo|niyo|ninyo|nila|yan|iyan|ba|natin|lahat|yun|agad|hangga|hanggat|kaagad|naka|nakaka|kanila|sayo|sa'yo|iyo|inyo|po'y|ninyo)\b/,
  rules: [
    // ---------------- hook ----------------
    {
      key: 'wrong_number',
      stage: 'hook',
      weight: 1,
      opening: true,
      any: [
        /\bnapindot (?:ko )?(?:lang )?(?:po )?(?:ang |yung |ung )?(?:number|numero|chat|contact)\b/,
        /\bwrong (?:send|sent|number|num|text|chat|message)\b|\bmali (?:po )?(?:yata |ata |ko )?(?:ang |yung |ung |yong )?(?:number|numero|na-?text|naitext|na-?send|nasend|send|napadalhan|napag-?send|na-?message)\b/,
        /\bmali (?:po )?(?:siguro|yata|ata|pala) (?:ang |yung |ung )?(?:na-?save|nasave|naisave|na-?type|natype|na-?dial|nadial|number|numero) ko\b|\bmali (?:po )?(?:ang |yung |ung )?(?:na-?save|nasave|naisave|na-?type|natype) ko\b/,
        /\bnagkamali (?:po )?(?:ako )?(?:ng |sa )?(?:number|numero|text|send|padala|pindot|chat)\b|\bmali (?:po )?(?:yata |ata )?(?:ang |yung |ung )?(?:pagka-?save|pag-?save|save) ko\b/,
        /\b(?:ikaw|ikw|kayo) (?:po )?ba (?:si|yan si|po si) (?:mr\.? |mrs\.? |ms\.? |miss |sir |maam |ma'am |dr\.? |doc |atty\.? |kuya |ate |tita |tito |engr\.? )?[a-z]+/,
        /\b(?:ito|eto|to) (?:po )?ba (?:si|ang number ni|yung number ni|ung number ni) (?:mr\.? |mrs\.? |ms\.? |sir |maam |ma'am |dr\.? |doc |atty\.? |kuya |ate |tita |tito )?[a-z]+|\bsi (?:mr\.? |mrs\.? |ms\.? |sir |maam |ma'am |dr\.? |doc |kuya |ate |tita |tito )?[a-z]+ (?:po )?ba (?:ito|to|'to|yan)\b/,
        /\b(?:sorry|pasensya|pasensiya|paumanhin)\b.{0,25}\b(?:akala ko|inakala ko|akala ko po) (?:ikaw|ikw|kayo|ikaw po|kayo po) (?:si|yung|ung|ang)\b/,
      ],
      examples: {
        hit: ['sorry po, napindot ko lang number mo', 'Hi po, ikaw ba si Jenny?', 'Sorry po, wrong send', 'ay sorry, akala ko ikaw si Mrs. Santos', 'Good morning po, ito po ba si Sir Ramon?', 'naku mali yata ang number na-text ko', 'ay mali pala na-save ko, sorry'],
        miss: ['ikaw ba yung nag-order ng cake?', 'mali yung sukat ng damit na dumating'],
      },
    },
    {
      key: 'fate',
      stage: 'hook',
      weight: 1,
      any: [
        /\b(?:tadhana|itinadhana|itinakda ng tadhana)\b/,
        /\b(?:hindi|di) (?:ito |to |yata |siguro )?(?:nagkataon|aksidente|coincidence) lang\b|\b(?:siguro|baka|it'?s|its|talagang|talaga ang|parang) (?:fate|destiny)\b|\bdestiny (?:natin|na to|na 'to|talaga)\b/,
      ],
      examples: { hit: ['siguro tadhana na nagkakilala tayo', 'hindi ito nagkataon lang', 'baka destiny talaga to haha'], miss: ['nagkataon lang na sarado yung tindahan', 'ang destinasyon natin ay Baguio'] },
    },
    {
      key: 'far_away_job',
      stage: 'hook',
      weight: 0.7,
      any: [
        /\b(?:ako (?:ay |po ay )?|ako po )(?:nasa|naka-?base sa|nagtatrabaho sa|nagwo-?work sa|nagwowork sa|nakatira sa|naka-?destino sa) (?:singapore|dubai|hong ?kong|kuala lumpur|malaysia|bangkok|macau|taiwan|shanghai|shenzhen|abu dhabi|qatar|oil rig|offshore|barko|ibang bansa)\b/,
        /\b(?:nasa|naka-?base sa|nagtatrabaho sa|nagwo-?work sa|nagwowork sa|nakatira sa|work ko sa|trabaho ko sa|andito sa|nandito sa) (?:singapore|dubai|hong ?kong|kuala lumpur|malaysia|bangkok|macau|taiwan|shanghai|shenzhen|abu dhabi|qatar|oil rig|offshore|barko|ibang bansa) (?:po )?(?:ako|ko)\b/,
        /\b(?:nagtatrabaho|nagwo-?work|nagwowork|naka-?base|nakabase|nakatira) (?:po )?ako (?:ngayon )?(?:dito )?sa (?:singapore|dubai|hong ?kong|kuala lumpur|malaysia|bangkok|macau|taiwan|shanghai|shenzhen|abu dhabi|qatar|oil rig|offshore|barko|ibang bansa)\b/,
        /\b(?:seaman|seafarer|engineer|marino) (?:po )?ako\b.{0,30}\b(?:barko|oil rig|offshore|abroad)\b|\b(?:nagtatrabaho|nagwo-?work|nagwowork) (?:po )?ako sa (?:oil rig|offshore platform|barko)\b/,
      ],
      examples: { hit: ['nagwowork ako sa Singapore ngayon', 'ako ay nasa Dubai, engineer', 'nasa Hong Kong po ako, dito ako nagtatrabaho'], miss: ['nasa Dubai si ate ngayon', 'pupunta kami sa Singapore next month'] },
    },
    {
      key: 'profile_compliment',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      any: [
        /\b(?:napadaan|nadaanan)\b.{0,15}\b(?:profile|post|fb|ig|litrato|picture|pic)s? (?:mo|nyo|ninyo)\b|\bang (?:ganda|gaganda|galing) ng (?:mga )?(?:kuha|litrato|picture|pics|photos?|post) mo\b/,
        /\b(?:nakita|na-?kita|nabasa|na-?view|naview|napadaan|napansin|nakita ko po) (?:ko )?(?:po )?(?:ang |yung |ung |yong )?(?:mga )?(?:profile|pic|pics|picture|pictures|litrato|larawan|photos?|profile pic|dp) (?:mo|nyo|niyo|ninyo)\b/,
        /\b(?:ganda|gwapo|guwapo|pogi|cute|bait|sexy|ganda ng ngiti) (?:mo|nyo|niyo|ninyo) (?:po )?(?:sa|sa mga) (?:pic|pics|picture|pictures|litrato|larawan|profile|photo|photos|dp|profile pic)\b/,
        /\bmukhang (?:mabait|friendly|masayahin|sweet) (?:po )?(?:kayo|ka)\b|\b(?:sumagot|nag-?reply|nagreply) pa (?:rin|din) (?:po )?(?:kayo|ka)\b|\b(?:salamat|thank you|thanks) (?:po )?sa (?:pag-?reply|pagreply|pagsagot|pag-?sagot)\b.{0,20}\b(?:bait|mabait)\b/,
        /\b(?:cute|ganda|gwapo|pogi|astig|lupit|galing)\b.{0,25}\b(?:mo|nyo|niyo)\b.{0,10}\bsa (?:picture|pic|photo|profile|dp|video|post)\b|\b(?:picture|pic|photo|post) (?:mo|nyo|niyo) sa\b.{0,50}\b(?:ang ganda|ganda|astig|ang galing|ang lupit)\b|\bnakita ko sa profile (?:mo|nyo|niyo)\b|\b(?:gg|congrats|galing) sa (?:match|tournament|laro|game)\b.{0,40}\b(?:play|laro|lupit|galing)\b/,
        /\bmukha (?:kang|po kayong|kayong) (?:mabait|mabuting tao|friendly|masayahin|elegante|sweet|simple)\b/,
      ],
      examples: { hit: ['napadaan lang ako sa profile mo', 'ang ganda ng mga kuha mo sa siargao', 'Hi, nakita ko profile mo, ang ganda mo sa pic mo', 'mukha kang mabait kaya nag-message ako', 'nakita ko po ang mga photos nyo', 'ang cute ng pusa mo sa profile', 'ay sorry, pero mukhang mabait ka, sumagot ka pa rin'], miss: ['napadaan lang ako sa bahay nyo', 'nakita mo ba yung pic ko sa fb?', 'ang ganda ng view dito'] },
    },
    {
      key: 'fellow_townsman',
      stage: 'hook',
      weight: 0.8,
      opening: true,
      any: [
        /\bka(?:ba)?bayan\b/,
        /\bnakita (?:po )?(?:kita|ko kayo|ko po kayo|ko (?:po )?(?:ang |yung |ung )?(?:post|comment|video|share) (?:mo|nyo|niyo))\b.{0,15}\bsa\b.{0,30}\b(?:group|gc|channel|server|page|club|community|chapter|guild)\b/,
        /\btaga-? ?[a-z]+ (?:ka|kayo) (?:rin|din|po rin|pala|rin pala|din pala)\b.{0,40}\b(?:nakita|group|gc|video|post|profile)\b|\b(?:nakita|napansin) (?:kita|ko kayo|ko po kayo)\b.{0,30}\b(?:group|gc|video)\b.{0,30}\btaga-?/,
      ],
      examples: { hit: ['Hi kababayan! nakita kita sa group natin', 'taga-Batangas ka rin pala, nakita ko sa profile mo', 'nakita kita sa group ng mga taga-Cebu', 'nakita ko yung post mo sa hiking club page'], miss: ['taga-Cebu ako originally', 'sino yung kasama mo sa video?'] },
    },
    {
      key: 'group_add',
      stage: 'hook',
      weight: 1.5,
      any: [
        /\b(?:libre|walang bayad)\b.{0,20}\b(?:mentoring|coaching|signals?|stock tips|analysis)\b.{0,20}\b(?:ni|ng) (?:sir|prof|professor|doc|mentor|maam|ma'am)\b/,
        /\b(?:in-?add|inadd|na-?add|naadd|isinali|sinali|ini-?add|inimbitahan|in-?invite|ininvite)\b.{0,40}\b(?:group|gc|channel|community)\b.{0,50}\b(?:invest\w{0,5}|investors?|trading|stocks?|crypto|forex|prof|professor|teacher|coach|mentor)\b/,
        /\b(?:investment|investors|trading|stock|stocks|crypto|forex) (?:group|gc|channel|community)\b|\b(?:group|gc|channel|grupo) (?:ng |para sa |ng mga )?(?:investors?|traders?|trading|stocks?|crypto)\b/,
        /\b(?:nag-?share|nagshare|nag-?post|nagpost)\b.{0,20}\b(?:investment|trading|crypto|stocks?)\b.{0,20}\bsa (?:group|gc|group chat)\b|\blibreng (?:analysis|stock picks?|signals?|tips|stock tips)\b|\b(?:members?|miyembro) ng\b.{0,30}\b(?:stock|stocks|crypto|trading|forex|invest\w{0,5})\b|\bnapili (?:ka|kayo) (?:po )?sa (?:whitelist|airdrop|presale|vip)\b/,
        /\bassistant (?:po )?(?:ako )?(?:ni|ng) (?:prof|professor|teacher|coach|sir|maam|ma'am|dr|doc|mentor)\b/,
        /\b(?:libreng|libre na|free) (?:seminar|webinar|klase|class|training|coaching|mentoring)\b.{0,20}\b(?:invest\w{0,5}|trading|stocks?|crypto|forex)\b/,
      ],
      examples: {
        hit: ['libre po ang mentoring ni Sir, sali lang kayo sa group', 'In-add ka namin sa group namin ng mga investors, libre lang', 'Ako po si Mia, assistant ni Prof. Cruz', 'may libreng seminar sa stock trading mamaya, sali ka sa VIP group', 'libreng stock picks araw-araw para sa members', 'napili ka sa whitelist ng bagong NFT'],
        miss: ['inadd kita sa gc ng barkada', 'may group chat kami para sa outing'],
      },
    },

    // ---------------- rapport ----------------
    {
      key: 'pet_name',
      stage: 'rapport',
      weight: 0.4,
      any: [
        /\b(?:mahal ko|mahal kong|aking mahal|my love|love ko|labs ko|baby ko|bebe ko|honey ko|sweetheart|babe|bby)\s*(?:[,.!?]|$)|\b(?:babe|sweetheart|baby ko|mahal ko),/,
        /\b(?:good morning|morning|good night|goodnight|hi|hello|ingat ka|ingat|miss na kita|miss kita|ingat ka palagi|ingat ka lagi|kain ka na|kumain ka na ba|magandang umaga|magandang gabi|tulog na)(?: na)?,? (?:mahal|love|babe|beh|bhe|bebe|bby|labs|baby|hon|honey|mahal ko|sweetheart)\b/,
      ],
      examples: { hit: ['good night bhe, sweet dreams', 'good morning mahal ko!', 'kumain ka na ba, babe?', 'ingat ka palagi love'], miss: ['mga beh, libre ko kayo ng milk tea', 'mahal ko ang pamilya ko', 'ang mahal ng gas ngayon'] },
    },
    {
      key: 'love_bombing',
      stage: 'rapport',
      weight: 1,
      any: [
        /\bhindi ko pa (?:kailanman )?(?:naramdaman|nararamdaman)\b|\bhindi (?:ako )?makatulog,? iniisip kita\b|\bseryosohin (?:to|ito|kita)\b|\bpara sa ating dalawa\b/,
        /\b(?:parang )?(?:ang )?tagal na (?:nating|natin|tayong) (?:magkakilala|magkakakilala|magkakilala na|magkasama)\b|\bkahit ilang araw (?:pa )?(?:lang|lng) (?:tayo )?(?:nagkakilala|magkakilala|nag-?uusap)\b.{0,40}\b(?:mahal|love|feel|ramdam|espesyal|special)\b/,
        /\bsoul ?mate\b|\b(?:future|kinabukasan|buhay) (?:natin|nating dalawa) (?:na )?(?:magkasama|together)\b/,
        /\b(?:hindi|di) (?:kita|ka) (?:ma-?alis|maalis|mawala|matanggal) sa (?:isip|isipan) ko\b|\blagi (?:kitang|kita) (?:iniisip|naiisip)\b/,
        /\bngayon (?:ko )?lang (?:ako )?(?:naka-?ramdam|nakaramdam|naramdaman|na-?feel|nafeel) (?:ng )?ganito\b|\b(?:ikaw|ikw) na (?:talaga |tlga )?(?:ang|ung|yung) (?:para sa akin|para sakin|the one|hinahanap ko)\b/,
        /\b(?:future|magiging) (?:asawa|misis|mister|wife|husband) ko\b|\bmakasama(?: kita| ka)? (?:habang ?buhay|habambuhay|forever|panghabambuhay)\b/,
      ],
      examples: { hit: ['hindi ko pa naramdaman ito sa iba', 'hindi ako makatulog, iniisip kita', 'parang ang tagal na nating magkakilala kahit ilang araw pa lang', 'ikaw na talaga ang hinahanap ko', 'ikaw lang ang gusto kong makasama habambuhay', 'ikaw na ang para sa akin', 'hindi kita maalis sa isip ko', 'ikaw ang soulmate ko, gusto kitang makasama habambuhay'], miss: ['hindi ko pa nararanasan mag-snorkel', 'ang future ng kumpanya ay malabo', 'iniisip ko pa kung pupunta ako'] },
    },
    {
      key: 'secrecy',
      stage: 'rapport',
      weight: 2,
      any: [
        /\b(?:wag|huwag|h'?wag|wg) (?:na )?(?:mo |nyo |niyo |po )?(?:na )?(?:lang |nalang )?(?:munang |muna )?(?:sabihin|sasabihin|ikwento|i-?kwento|ipaalam|banggitin|i-?share|ishare|ipagsabi)\b(?: [a-z']+){0,3} (?:sa )?(?:pamilya|family|kaibigan|friends|anak|asawa|misis|mister|bank|bangko|kahit kanino|kahit sino|iba|ibang tao|magulang|kapatid)\b/,
        /\b(?:sikreto|secret) (?:lang |lng )?(?:natin|muna natin|natin to)\b|\b(?:atin|satin|sa atin)(?:-atin)? (?:lang|lng) (?:'?to|ito|muna|ha|na muna)\b|\bsa pagitan (?:lang )?(?:natin|nating dalawa)\b/,
        /\b(?:pamilya|family|kaibigan|friends|bangko|bank|anak) (?:mo )?(?:ay )?(?:hindi|di) (?:nila )?(?:maiintindihan|maiintindihin|mage-?gets|ma-?gets|naiintindihan)\b|\b(?:hindi|di) nila (?:ito |to )?maiintindihan\b/,
      ],
      examples: { hit: ['wag mo na lang ikwento sa mga anak mo yung investment natin', 'wag mo munang sabihin sa pamilya mo ha', 'atin-atin lang to, sikreto lang natin', 'hindi nila maiintindihan kaya wag mo na ikwento sa iba'], miss: ['sabihin mo sa pamilya mo hi ako', 'wag mo sabihin na nakalimutan mo na naman'] },
    },

    // ---------------- off_platform ----------------
    {
      key: 'move_off_platform',
      stage: 'off_platform',
      weight: 1.2,
      any: [
        /\b(?:d|di|hindi|hnd) (?:na )?(?:po )?(?:ako|ko) (?:masyado |msyado |gaano )?(?:active|nag-?oopen|nago-?online|online|nagbubukas) (?:dito|d2|dto|sa app na (?:to|ito)|sa site na (?:to|ito))\b/,
        new RegExp(String.raw`\b(?:add|i-?add|message|msg|pm|chat|text|tawagan|kontakin|contact|hanapin|i-?message) (?:mo |nyo |niyo )?(?:na lang |nalang |nlng |na lng |lang |lng )?(?:ako|ko|kami) (?:na lang |nalang |nlng |na lng |lang |lng )?(?:sa|dito sa|thru|through|via) ${APP}\b`),
        new RegExp(String.raw`\b(?:usap|mag-?usap|chat|mag-?chat|lipat|lumipat|mag-?message) (?:na )?(?:lang |lng )?(?:tayo|ta|kita) (?:na )?(?:lang |lng )?(?:sa|dun sa|doon sa|thru) ${APP}\b|\bsa ${APP} (?:na )?(?:lang |nalang )?(?:tayo|ta) (?:mag-?usap|usap|mag-?chat)\b`),
        new RegExp(String.raw`\b(?:may|meron|mayroon) (?:ka(?:ng)? |kayo(?:ng)? |po )?(?:ba )?${APP} (?:ka|kayo|po kayo|po)\b|\b(?:gumagamit|nag-?te-?telegram|nagwhatsapp) (?:ka|kayo) (?:ba )?(?:ng )?${APP}\b`),
        new RegExp(String.raw`\b(?:ano|anong|pahingi|pahinge|penge|akin na|bigay mo|bigay mo na|send mo|pa-?send|pwede ko (?:ba )?(?:makuha|mahingi|hingin)) (?:po )?(?:ng |ang |yung |ung |ang iyong )?(?:${APP}|number|numero|cp|cp number|cellphone number|contact number|phone number|digits) (?:mo|nyo|niyo|ninyo)\b`),
        new RegExp(String.raw`\b(?:message|msg|pm|chat|text|add|hanapin|kontakin) (?:lang |na lang |nalang )?(?:po )?(?:kayo|ka|mo ako|mo ko|nyo ako|nyo po ako|nyo ko) (?:po )?(?:sa|dito sa|thru|via) ${APP}\b`),
        /\b(?:bihira|hindi|di) (?:na )?(?:po )?(?:ako )?(?:masyado |madalas )?(?:nag-?oopen|nagbubukas|nag-?oonline|nag-?check|nagchecheck|gumagamit|active|nago-?online) (?:ako )?(?:dito|ng app na ?(?:to|ito)|sa app na ?(?:to|ito)|sa site na ?(?:to|ito))\b/,
        new RegExp(`\\bsa ${APP} (?:na lang|nalang|mo ako|tayo|ka na)\\b|\\bmas gusto ko (?:ang |yung )?${APP}\\b|\\bi-?add kita sa (?:gc|group chat|gc namin|group namin)\\b`),
      ],
      examples: {
        hit: ['pm mo nlng ako sa tg, d ako active d2', 'sa Telegram na lang tayo mag-usap', 'mas gusto ko Telegram kasi private', 'add mo ko sa whatsapp para mas madali', 'usap tayo sa Telegram, bihira ako mag-open dito', 'may Viber ka ba?', 'ano number mo? text na lang tayo'],
        miss: ['nasa whatsapp yung pictures ng kasal', 'pinadala ko na sa messenger kahapon'],
      },
    },

    // ---------------- wealth ----------------
    {
      key: 'relative_analyst',
      stage: 'wealth',
      weight: 2.5,
      any: [
        /\balam (?:nya|niya|nila|ni tito|ni tita) (?:kung )?(?:kelan|kailan) (?:gagalaw|tataas|bababa|aakyat|sasabog) (?:ang |yung )?(?:market|presyo|stocks?|crypto|gold|coin)\b/,
        new RegExp(String.raw`\b${KIN} ko(?: [a-z]+){0,6} (?:ay |is |po ay )?(?:isang |an? |dating )?(?:[a-z]+ ){0,2}(?:analyst|strategist|fund manager|trader|broker|financial advisor|expert sa (?:crypto|stocks|forex|gold|market))\b`),
        new RegExp(String.raw`\b${KIN} ko(?: [a-z]+){0,4} (?:ang )?(?:nagbibigay|nagbigay|binibigyan|nagse-?send|nagsesend|nagsha-?share|nagshashare|nagtuturo|nagsasabi) (?:ako |sa akin |sakin |samin )?(?:ng )?(?:signal|signals|tips|info|data|analysis|insider|hula|prediction)\b`),
        /\b(?:insider|inside|internal|exclusive|private) (?:na )?(?:info|information|impormasyon|data|news|signals?|tips?)\b/,
        new RegExp(`\\b${KIN}\\b.{0,30}\\b(?:nagturo|nagtuturo|tinuruan|turo)\\b.{0,20}\\b(?:trade|trading|mag-?trade|timing|invest|forex|gold)\\b`),
        /\bbago lumabas sa (?:publiko|balita|news)\b|\bmarket data bago\b/,
      ],
      examples: {
        hit: ['alam nya kung kelan gagalaw ang market', 'may boss akong Arabo na nagturo sa akin mag-trade ng gold', 'may access kami sa data bago lumabas sa publiko', 'yung tita ko ay isang senior analyst sa bangko sa HK', 'tito ko ang nagbibigay sakin ng signal araw-araw', 'may insider info kami bago gumalaw ang market'],
        miss: ['yung tita ko ay darating sa Sabado', 'kuya ko ay nurse sa Canada'],
      },
    },
    {
      key: 'showing_gains',
      stage: 'wealth',
      weight: 1.2,
      any: [
        /\b(?:screenshot|ss|proof|pruweba)\b.{0,15}\b(?:profit|kita|tubo|withdrawal|payout|cash ?out)\b|\bnakapag-?withdraw na\b.{0,30}(?:₱|php|usdt|\d)/,
        /\b(?:nakapag-?withdraw|naka-?withdraw|nakawithdraw) (?:na )?(?:ako|kami) (?:ng |na )?(?:₱|php|p)?\s?\d[\d,.]{0,9}\s?(?:k|usdt|usd)\b.{0,30}\b(?:this (?:month|week)|ngayong (?:buwan|linggo)|sa (?:platform|app)|profit|kita|tignan|tingnan|screenshot)\b/,
        /\b(?:tignan|tingnan|tngnan|check) mo (?:yung |ang |itong |tong )?(?:screenshot|ss|pic) ng (?:profit|kita|kinita|tubo|earnings|balance) ko\b|\bscreenshot\b.{0,30}\b(?:profit|kita|kinita)\b.{0,25}\d[\d,.]{0,10}\s?k?\s?(?:usdt|usd|php|pesos?|eth|btc)\b/,
        new RegExp(String.raw`\b(?:laki|lake|grabe) (?:ng|nang) (?:kinita|kita|profit|tubo) ko\b.{0,40}\b(?:${INVEST}|${CRYPTO}|\d{2,}[\d,.]{0,9}\s?k?)`),
        new RegExp(String.raw`\b(?:kumita|kumikita|nakakuha|tumubo|nag-?profit|nagprofit|naka-?profit|nakaprofit|nanalo|kinita ko|profit ko|tubo ko|kita ko)\b(?: (?:ako|kami|ko|na|ng|po|lang|mga|halos|around|almost|mahigit|lagpas))* ?${AMOUNT}.{0,40}\b(?:ngayon|ngayong araw|kahapon|ngayong linggo|ngayong buwan|this week|this month|today|in (?:one|a|1) (?:day|week)|sa isang (?:araw|linggo|oras)|sa ${INVEST}|sa ${CRYPTO}|sa signal|sa (?:isang )?trade)`),
        new RegExp(String.raw`\b(?:sa|dahil sa|sa pag-?)${INVEST}\b.{0,40}\b(?:kumita|tumubo|nag-?profit|naka-?profit) (?:ako|kami) (?:ng )?${AMOUNT}`),
        /\b(?:nakabili|nabili) (?:na )?(?:ako|kami) (?:ng )?(?:bahay|kotse|condo|lupa|house and lot)\b.{0,40}\b(?:trading|crypto|forex|invest\w{0,5}|gold)\b/,
        /\+\s?(?:₱|\$)\s?\d|\+\s?\d[\d,.]{2,12}\s?(?:usd|usdt|php|pesos?|aed|sar|hkd)\b|\b(?:kumita|kinita|nakuha) (?:ako|ko) (?:ng )?(?:usd|₱|php|\$|p)?\s?\d.{0,40}\b(?:trade|trading|gold|crypto|forex|staking)\b|\bkinita ko sa loob ng\b/,
        /\bscreenshot\b.{0,40}\b(?:account|wallet|balance|portfolio|profit|kita)\b.{0,30}(?:(?:aed|hkd|sgd|usd|usdt|php|₱|\$)\s?\d[\d,.]{2,12}|\d[\d,.]{0,10}\s?(?:eth|btc|usdt|aed|hkd|sgd|usd)\b)/,
        /\b(?:nabili|nakabili|nabilhan)\b.{0,30}\b(?:condo|lupa|bahay|kotse|house and lot)\b.{0,30}\b(?:cash|dahil dito|dahil sa (?:trading|investment|crypto|forex)|galing sa kita)\b|\b(?:hindi|di) na (?:ako )?(?:umaasa|aasa|nakadepende) sa (?:sahod|sweldo)\b/,
        /\b(?:galing sa|dahil sa) (?:forex|crypto|trading|staking|gold trading|investment|crypto contracts|pag-?trade)\b|\b(?:gold|forex|crypto) trading ang nagbigay\b|\b\d{1,3}\s?% (?:ang )?kita\b/,
      ],
      examples: {
        hit: ['eto screenshot ng profit ng members ngayon', 'si ate nakapag-withdraw na ng ₱50k', 'nakapag-withdraw na ako ng 300k this month, tignan mo', 'tignan mo screenshot ng profit ko kahapon, 3k usdt', 'ang laki ng kinita ko ngayong buwan sa crypto', 'kumita ako ng USD 3,000 sa isang trade kagabi', 'lahat galing sa staking', 'trading account +₱250,000 this month', 'kumita ako ng 50k ngayong linggo sa crypto', 'nag-profit ako ng 2,300 usdt kahapon', 'nakabili na ako ng condo dahil sa forex trading', 'eto screenshot ng trading account ko, USD 52,000 na', 'nabili ko yung kotse ko cash dahil dito, di na ako umaasa sa sahod'],
        miss: ['screenshot mo yung resibo', 'nakabili na kami ng bahay sa Cavite, hulugan', 'kumita ako ng 500 sa ukay', 'kumita ako ng 500 sa garage sale', 'nanalo kami sa liga kahapon'],
      },
    },
    {
      key: 'wealth_signals',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\b(?:signal|signals) (?:ni|ng|galing kay|galing sa) (?:tito|tita|uncle|auntie|mentor|teacher|prof|professor|coach|analyst|sir|maam)\b|\b(?:tito|tita|uncle|mentor|teacher|prof|professor|coach)(?: ko)? (?:ay )?(?:nagbigay|nagbibigay|nag-?send|nagsend|may) (?:na )?(?:ng )?(?:signal|bagong signal)\b/,
        /\b(?:hintayin|antayin|abangan|sundin|sundan|follow) (?:mo |nyo |niyo )?(?:lang )?(?:ang |yung |ung )?(?:signal|signals|instruction|instructions) ko\b|\b(?:malakas|malaking|big|strong|vip|buy|sell|entry) (?:na )?signal\b/,
      ],
      examples: { hit: ['hintayin mo yung signal ko bukas 10am', 'signal ni tito yan, sure yan', 'may malaking signal mamaya'], miss: ['walang signal dito sa bundok', 'text mo ako sa Signal'] },
    },
    {
      key: 'mentor_pedigree',
      stage: 'wealth',
      weight: 1.5,
      any: [
        new RegExp(String.raw`\b${KIN} ko\b.{0,50}\b(?:investment firm|investment bank|hedge fund|brokerage|trading firm|securities firm|asset management)\b`),
        new RegExp(String.raw`\b(?:${KIN}|mentor|sya|siya|niya)\b.{0,50}\b(?:goldman|jp ?morgan|morgan stanley|hsbc|citi(?:bank)?|blackrock|wall street|hedge fund|investment bank|senior trader|fund manager|chief analyst|(?:\d{2}|dalawampu|tatlumpu) (?:taon|years)(?: na)? (?:na )?(?:karanasan|experience))\b`),
        new RegExp(String.raw`\b(?:goldman|jp ?morgan|morgan stanley|hsbc|citibank|blackrock|wall street|hedge fund|investment bank|senior trader|fund manager|chief analyst)\b.{0,40}\b(?:ang |si )?${KIN} ko\b`),
        new RegExp(String.raw`\b${KIN} ko(?: [a-z]+){0,2} (?:ang )?(?:nagturo|tinuruan|nagtuturo|nagga-?guide|gumagabay)(?: sa akin| sakin| ako)?(?: [a-z]+){0,3} (?:${INVEST}|${CRYPTO}|mag-?trade|mag-?invest)\b`),
        /\bhead ng research\b|\bprivate bank\b|\b(?:dating|former|ex-?) (?:fund manager|trader sa|analyst sa)\b/,
      ],
      examples: {
        hit: ['si tito ko nagwowork sa isang investment firm sa HK', 'tito ko head ng research sa isang private bank', 'dating senior trader sa Goldman ang tito ko', 'ang mentor ko ay may 20 taon na karanasan sa hedge fund', 'tita ko ang nagturo sakin mag-trade ng gold'],
        miss: ['tatay ko ang nagturo sakin mangisda', 'ang prof namin sa history ay mabait'],
      },
    },
    {
      key: 'trading_lifestyle',
      stage: 'rapport',
      weight: 0.8,
      any: [
        /\b(?:pag|kapag|tuwing|sa) (?:free time|libreng oras|bakanteng oras|spare time)(?: ko)?,? (?:ay )?(?:nagte-?trade|nagtetrade|nagta-?trade|nag-?tatrade|nag-?trade|nag-?iinvest|nag-?invest|nag-?crypto|nagfo-?forex)\b/,
        /\b(?:nag-?(?:t[aei]?-?)?trade|nag-?iinvest|naglalaro ng stocks) (?:din |rin |po )?ako (?:ng |sa )?(?:crypto|stocks|forex|gold|futures)\b|\b(?:side ?line|sideline|raket|side hustle) ko (?:ang |ay )?(?:trading|crypto|forex|pag-?iinvest)\b|\b(?:nabubuhay|buhay) ako sa (?:trading|investments?|crypto|forex)\b/,
      ],
      examples: { hit: ['nag-ttrade ako ng crypto pag free time', 'pag free time ko nagte-trade ako ng crypto', 'sideline ko ang trading', 'nag-iinvest din ako sa gold futures'], miss: ['pag free time ko nagba-basketball ako', 'nag-iipon ako para sa bakasyon'] },
    },
    {
      key: 'trial_withdrawal',
      stage: 'withdrawal',
      weight: 0.8,
      any: [
        /\b(?:subukan|try|i-?try|itry|subukin) (?:mo |nyo |niyo )?(?:munang |muna )?(?:mag-?withdraw|i-?withdraw|iwithdraw|magwithdraw|mag-?cash ?out|mag-?wid)\b.{0,40}\b(?:para (?:makita|ma-?kita|malaman|ma-?sure|masigurado|mapatunayan)|maliit|kaunti|konti|totoo)\b/,
      ],
      examples: { hit: ['subukan mo munang mag-withdraw ng kaunti para makita mo na totoo', 'try mo i-withdraw 500 para ma-sure mo', 'itry mo mag-withdraw ng maliit'], miss: ['mag-withdraw ako sa ATM mamaya', 'try mo yung bagong kainan sa kanto'] },
    },

    // ---------------- pitch ----------------
    {
      key: 'offer_to_teach',
      stage: 'pitch',
      weight: 2,
      any: [
        /\b(?:turuan|tuturuan|i-?guide|iguide|gagabayan) (?:kita|ka)\b.{0,40}\b(?:mag-?trade|trading|mag-?invest|crypto|forex|stocks?)\b|\b(?:i-?guide|igu-?guide|gagabayan|tuturuan) (?:kita|ka) step by step\b/,
        /\b(?:sundan|gayahin|kopyahin|sundin) mo (?:lang|lng) (?:ang |yung )?(?:trades?|signals?|entry|entries|bawat trade) ko\b|\b(?:sundan|gayahin|kopyahin) mo (?:lang|lng) (?:ako|ang ginagawa ko|yung ginagawa ko)\b.{0,40}\b(?:kikita|kita|profit|trade|trading|bibili|bumili|magbenta|signal|invest\w{0,5})\b/,
        new RegExp(String.raw`\b(?:tuturuan|turuan|tinuturuan|gagabayan|gabayan|i-?guide|iguide|igu-?guide|ituturo|ituro) (?:ko |kita |kitang |ka |namin |kitang )?(?:kita |ka |ikaw )?(?:po )?(?:kung )?(?:paano |pano )?(?:mag-? ?|sa |ng )?(?:invest\w{0,5}|trading|trade|stocks?|forex|${CRYPTO}|kumita|pagkakakitaan)`),
        /\b(?:sundin|sundan|follow) (?:mo |nyo |niyo )?(?:lang )?(?:ang |yung |ung |mga )?(?:instructions?|utos|gabay|steps?|payo|turo|bawat galaw) ko\b|\b(?:sasabihin|sabihin) ko (?:sa iyo|sayo|sa'yo|sa inyo) kung kailan (?:bibili|bumili|magbenta|mag-?trade|pumasok|mag-?invest|mag-?buy|mag-?sell)\b/,
      ],
      examples: {
        hit: ['turuan kita pano mag trade, madali lng', 'gusto mo turuan kita? madali lang mag-trade', 'gayahin mo lang yung trades ko', 'sundan mo lang ako, siguradong kikita ka', 'tuturuan kita mag-invest sa crypto', 'sundin mo lang instructions ko tapos kikita ka', 'sasabihin ko sayo kung kailan bibili'],
        miss: ['sundan mo lang ako, alam ko ang daan', 'tuturuan kita magluto ng adobo', 'sundan mo ko sa tiktok'],
      },
    },
    {
      key: 'offer_to_set_up',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:ako na (?:ang )?(?:bahala|mag-?se-?set ?up|magseset ?up|mag-?set ?up|gagawa|mag-?o-?open|mag-?oopen|mag-?register)|gagawan kita|ise-?set ?up ko|i-?setup ko|ako mag-?oopen)\b.{0,40}\b(?:account|acct|app|platform|trade|bot|wallet)\b/,
        /\b(?:ako na ang|ako na) (?:mag-?)?(?:te-?trade|tetrade|trade|mag-?manage|magmanage|hahawak) (?:para sa iyo|para sayo|para sa'yo|ng account mo|ng pera mo)\b/,
        /\b(?:i-?share|ibigay|send) mo (?:sa akin|sakin) (?:ang |yung |ung )?(?:login|password|account)\b.{0,30}\b(?:ako na|ako ang)\b/,
      ],
      examples: { hit: ['ako na ang bahala mag-set up ng account mo', 'gagawan kita ng account sa app', 'ako na mag-trade para sayo'], miss: ['ako na ang bahala sa pagkain', 'gagawan kita ng cake sa birthday mo'] },
    },
    {
      key: 'guaranteed_returns',
      stage: 'pitch',
      weight: 2.5,
      any: [
        /\b(?:siguradong|sigurado|guaranteed|garantisadong) (?:na )?(?:babalik|maibabalik|makukuha) (?:ang |yung )?(?:puhunan|capital|pera|investment)\b/,
        /\b(?:siguradong|sigurado ang|garantisadong|guaranteed|guaranteed na|fixed|stable na?|steady na?) (?:na )?(?:kita|tubo|profit|kikitain|return|returns|income|interest)\b/,
        /\b(?:walang|zero|no) (?:risk|talo|lugi)\b|\brisk-? ?free\b|\b(?:hindi|di) ka (?:malulugi|matatalo|mawawalan)\b|\b100 ?% (?:sure|safe|sigurado|panalo|guaranteed|kita)\b/,
        /\bguaranteed (?:ang|yung|ung) (?:kita|tubo|profit|return|returns|income)\b|\b(?:kita|tubo|profit|return) (?:ay )?(?:guaranteed|sigurado|garantisado)\b|\bibabalik ko (?:ang |yung |ung )?(?:pera|puhunan|capital) mo\b/,
        /\b(?:pag|kapag|kung) (?:natalo|nalugi)\b.{0,20}\bibabalik ko\b|\bako (?:na )?(?:ang )?bahala sa timing\b|\bpag di nagawa,? 100 ?% refund\b/,
      ],
      examples: { hit: ['siguradong babalik puhunan mo, may insurance pa', 'pag natalo, ibabalik ko, promise', 'siguradong kita ito, walang risk', 'hindi ka malulugi dito promise', 'guaranteed ang profit araw-araw'], miss: ['walang sigurado sa stock market', 'sigurado ka bang sarado sila?'] },
    },
    {
      key: 'high_returns',
      stage: 'pitch',
      weight: 2,
      any: [
        /\b\d{1,3} ?(?:minutes|minuto|mins?|oras)(?: lang)?\b.{0,12}\b\d{1,3} ?%/,
        /\b\d+(?:[.,]\d+)?\s?(?:%|percent|porsyento)\s?(?:[a-z-]+ ){0,3}(?:kada araw|bawat araw|araw-?araw|arawan|daily|a day|per day|kada linggo|bawat linggo|linggo-?linggo|weekly|a week|per week|kada trade|bawat trade|per trade|every (?:day|week|trade|month|araw|linggo)|sa isang (?:araw|linggo|oras))\b/,
        /\b(?:kada araw|bawat araw|araw-?araw|daily|weekly|kada linggo)\b(?: [a-z-]+){0,3} (?:ng |na )?\d+(?:[.,]\d+)?\s?(?:%|percent|porsyento)/,
        /\b(?:return|returns|roi|tubo|kita|profit|interest)\b(?: [a-z-]+){0,3} (?:ng |na |hanggang |up to |umaabot ng )?(?:[2-9]\d|\d{3,})\s?(?:%|percent|porsyento)/,
        /\b(?:[3-9]|[1-9]\d)(?:[.,]\d+)?\s?(?:%|percent) (?:kada buwan|bawat buwan|monthly|a month|per month|buwan-?buwan)\b/,
        /\btarget \d{2,3}\s?%|\b\d{1,3}\s?% agad\b/,
      ],
      examples: { hit: ['30 minutes lang 25% na ang tubo', '20% profit every trade, legit', '5 araw, target 150%', '30% agad sa loob ng isang oras', '3% kada araw ang tubo', 'araw-araw may 5% ka', 'ang ROI ay hanggang 300%'], miss: ['30 minutes lang tapos na', '3% na lang battery ko', 'tumaas ng 7% ang presyo ng bigas ngayong taon'] },
    },
    {
      key: 'easy_money',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:mag-?invest|maginvest|maglagay|mag-?deposit|magdeposit) (?:ka |kayo )?(?:ng )?(?:₱|php|p)?\s?\d[\d,.]{0,9}\s?k?\b.{0,20}\b(?:magiging|babalik (?:ng|na)|kikita ka ng|lalago sa)\s(?:₱|php|p)?\s?\d/,
        /\b(?:dodoble|doble|magdodoble|madodoble|triple|titriple|mada-?doble|x2|x3|2x|3x|10x) (?:agad )?(?:mo |nyo |natin )?(?:ang |yung |ung )?(?:pera|puhunan|capital|investment|ipon)(?: mo| nyo| niyo| ko)?\b|\b(?:pera|puhunan|capital|ipon) (?:mo |nyo )?(?:ay )?(?:dodoble|madodoble|magdodoble|titriple)\b/,
        /\b(?:kikita|kumita|kita) (?:ka |kayo |tayo )?(?:ng )?(?:₱|php|p)?\s?\d[\d,.]{0,10}\s?(?:k|libo|pesos?|usdt|usd)? (?:kada|bawat|isang|a|per) (?:araw|day|linggo|week)\b/,
        /\b(?:win rate|winning rate|accuracy|success rate)\b(?: [a-z]+){0,2} \d+\s?%/,
        /\bpassive income\b|\bfinancial freedom\b|\bkahit (?:nakahiga|natutulog|walang ginagawa)(?: ka)?,? (?:kumikita|may kita|kikita)\b/,
        /\b(?:merchant|prepaid|combo|group) tasks?\b|\bper task\b|\btask coordinator\b|\bbabalik (?:sayo|sa ?iyo|agad)\b.{0,20}\d|(?:₱|p|php)?\s?\d[\d,]{2,9}\s?(?:→|->|=>)\s?(?:₱|p|php)?\s?\d[\d,]{2,9}|\bdoble na\b|\bnadoble\b|\b\d{1,2}x agad\b/,
      ],
      examples: { hit: ['kung mag-invest ka ng 50k, magiging 150k in a month', 'madodoble mo pera mo in 1 week lang', 'merchant task ngayon, P1,000 babalik sayo P1,300', 'level 3 task: P2,500 → P3,600 agad', 'P100 per task lang', 'dodoble agad ang pera mo dito', 'kikita ka ng 5k kada araw', 'win rate nya ay 95%'], miss: ['may task ako sa school bukas', 'doble ang traffic ngayon', 'kumita ako ng konti sa tindahan'] },
    },
    {
      key: 'invitation_to_invest',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:invest|mag-?invest|maginvest|pasok|pumasok|sumali) (?:ka|kayo) (?:na )?(?:ngayon|now|agad)\b.{0,30}\b(?:habang|bago)\b/,
        /\blegit (?:ito|to|'to|yan)\b.{0,20}\b(?:ilang (?:buwan|taon|linggo)|matagal) na ako\b.{0,20}\b(?:kumikita|nag-?iinvest|nagte-?trade|nagtetrade|nag-?profit|nakaka-?withdraw)\b|\b(?:ilang (?:buwan|taon)|matagal) na (?:akong |ako )(?:dito |sa platform )?(?:kumikita|nag-?iinvest|nagte-?trade)\b/,
        /\bkahit \d[\d,.]{0,8}\s?k? (?:lang|lng) (?:ang |yung )?(?:start|simula|puhunan|capital|umpisa)(?: mo)?\b|\b(?:g|game) ka ba (?:mag-? ?try|sumali|mag-? ?invest)\b|\bmaliit (?:lang|lng) (?:ang |yung )?(?:puhunan|capital|kapital)\b|\bbakit (?:hindi|di) mo (?:subukan|i-?try|itry)\b.{0,40}\b(?:puhunan|invest\w{0,5}|trading|crypto|kumita)\b/,
        /\bkumikita na (?:ang )?lahat ng (?:members|miyembro|kasali|sumali)\b|\bsali ka na\b.{0,30}\bkumikita\b/,
        new RegExp(String.raw`\b(?:subukan|try|i-?try|itry|gusto|dapat|pwede|puwede|bakit (?:hindi|di)|tara|sali|sumali) (?:mo |ka |mong |kang |nyo |niyo |kayo )?(?:rin |din |na |ba |ring |ding )?(?:ring |ding )?(?:mag-?invest|maginvest|mag-?trade|magtrade|mag-?crypto|sumali|mag-?join|magjoin|mag-?try|kumita)\b(?: [a-z-]+){0,4}`),
        /\b(?:mag-?invest|maginvest|mag-?trade|sumali) (?:ka |kayo )?(?:na )?(?:rin|din)\b|\b(?:sabay|sabayan|magkasama|together) (?:tayong |natin |tayo )?(?:kumita|mag-?invest|maginvest|mag-?trade|magtrade|yumaman)\b/,
        /\b(?:simulan|umpisahan|start|mag-?start|magstart|magsimula) (?:mo |ka |nyo |natin )?(?:lang )?(?:sa|ng|with|muna sa|muna ng) (?:maliit|konti|kaunti|small amount|(?:₱|php|p)?\s?\d[\d,.]{0,10}\s?(?:k|libo|pesos?|usdt|usd)?)\b/,
        /\bpara sa (?:future|kinabukasan) natin\b/,
        /\bready (?:na )?(?:po )?(?:ba )?(?:kayo|ka) (?:na )?(?:sa|mag-?|para sa) ?(?:actual |real |live |totoong )?(?:trading|trade|invest\w{0,5})\b/,
        /\bsubukan mo (?:kahit|muna)\b.{0,20}\d/,
      ],
      examples: {
        hit: ['invest ka na ngayon habang mababa pa ang presyo', 'legit to, ilang buwan na ako dito kumikita', 'g ka ba mag try? kahit 3k lng start mo', 'bakit di mo subukan? maliit lang puhunan', 'sali ka na, kumikita na lahat ng members', 'subukan mo kahit ₱10,000 lang', 'subukan mo rin mag-invest, maliit lang', 'simulan mo sa 5k muna', 'sabay tayong kumita para sa future natin', 'ready na po ba kayo sa actual trading?'],
        miss: ['subukan mo rin yung halo-halo nila', 'simulan na natin ang meeting'],
      },
    },
    {
      key: 'future_together',
      stage: 'pitch',
      weight: 1.2,
      any: [
        /\b(?:para sa|ipon para sa|mag-?ipon para sa) (?:ating dalawa|kinabukasan natin|future natin|kasal natin|bahay natin|pamilya natin)\b/,
        /\bpara (?:hindi|di) ka na (?:mag-?trabaho|magtrabaho|magpakahirap|mapagod|umasa sa sahod)\b|\bang sipag mo (?:masyado|sobra)\b.{0,30}\b(?:kita|invest\w{0,5}|pera)\b/,
      ],
      examples: { hit: ['gawin natin to para sa kinabukasan natin', 'para hindi ka na magpakahirap sa trabaho', 'mag-ipon tayo para sa kasal natin'], miss: ['nag-iipon kami para sa bagong sofa', 'para sa atin yung pizza'] },
    },
    {
      key: 'investment_product',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:contract|futures|options|leverage|margin) trad(?:e|ing)\b|\b(?:second|seconds|60s|30s|60 ?segundo) contracts?\b/,
        /\b(?:liquidity|defi|usdt|node) (?:mining|pool|staking)\b|\bstaking\b/,
        /\b(?:quant(?:itative)?|ai|robot|algo) (?:trading )?(?:bot|robot|trading)\b/,
        /\b(?:gold|forex|fx|xau|xauusd|spot gold) (?:trading|trade|signals?|futures|account)\b|\bmt4\b|\bmt5\b|\bmetatrader\b|\barbitrage\b/,
      ],
      examples: { hit: ['contract trading sa bitcoin ang ginagawa ko', 'ang liquidity mining ay may kita araw-araw', 'i-download mo MT5'], miss: ['tapos na ang contract ko sa trabaho', 'binilhan ko si nanay ng gold na kwintas'] },
    },
    {
      key: 'pitch_urgency',
      stage: 'pitch',
      weight: 1,
      any: [
        /\bhuling araw na (?:ngayon )?(?:ng|para sa) (?:bonus|slot|event|whitelist|presale|ipo)\b/,
        /\b(?:ngayong gabi|ngayong araw|today|hanggang mamaya|mamayang gabi) (?:lang|lng)\b.{0,30}\b(?:slot|offer|promo|bonus|bukas)\b|\bbilisan mo\b.{0,30}\b(?:slot|mag-?deposit|mag-?invest|mag-?join)\b|\b(?:slot|slots)\b.{0,30}\bbilisan mo\b/,
        /\b(?:(?:isa|dalawa|tatlo|\d+) na lang (?:ang |na )?(?:slot|slots|pwesto)|last (?:slot|slots|chance|day) na|limited (?:slots?|lang))\b/,
        /\b(?:wag|huwag) (?:mo |nyo |niyo )?(?:nang |na )?(?:palampasin|sayangin|palagpasin) (?:ang |yung |ung |ito|to)?\s?(?:pagkakataon|opportunity|chance)?/,
        /\b(?:ngayon|ngayong araw|today) (?:lang|na lang|lng) (?:ito|to|'to|ang offer|ang promo|pwede)\b|\b(?:kailangan|dapat) (?:mo|nyo|niyo) (?:nang )?(?:mag-?deposit|magdeposit|mag-?invest|maginvest|magbayad|mag-?send|magsend) (?:ngayon|agad|kaagad|today|bago)\b/,
        /\b(?:bonus|offer|promo|slots?|whitelist)\b.{0,20}\b(?:hanggang|until|deadline)\b|\bdeadline ng slots?\b|\blimitado (?:lang )?(?:po )?(?:ang )?slots?\b|\bsayang (?:yung|ang|ung) (?:slot|pagkakataon|opportunity)\b|\b\d+ (?:hours|oras) lang ang (?:window|slot|whitelist|offer)\b|\bmagsasara ang slot\b/,
      ],
      examples: { hit: ['ngayong gabi lang bukas yung slot, bilisan mo', 'bonus hanggang end of month lang', 'limitado lang po ang slot!', 'sayang yung slot mo', 'tatlo na lang ang slot sa VIP', 'wag mo nang palampasin ang pagkakataon', 'kailangan mo mag-deposit ngayon'], miss: ['tatlo na lang ang cookies haha', 'wag mong sayangin ang pagkain'] },
    },
    {
      key: 'exclusive_access',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\binstitutional (?:account|shares?|trading|channel|quota)\b|\bipo (?:shares|allocation|subscription|quota|slot)\b|\bcopy[- ]?trad(?:e|ing)\b/,
        /\bvip (?:channel|group|member(?:ship)?s?|slot|level|account|signals?)\b|\b(?:piling|selected|napili(?:ng)?) (?:mga )?(?:tao|members|students|estudyante|investors)\b/,
        /\binvite[- ]only\b|\bprivate (?:pool|fund|room|channel)\b|\b(?:imbitado|invited) (?:lang|lamang) (?:ang )?(?:pwede|puwede|makakasali)\b/,
      ],
      examples: { hit: ['may institutional account si Prof para sa ilang estudyante', 'VIP members lang ang may signal', 'copy trading lang, susundan mo lang ako', 'invite-only yung pool, wala pang slot'], miss: ['ang ganda ng vip lounge sa airport', 'napili ako sa basketball team'] },
    },
    {
      key: 'guilt_trip',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\bakala ko (?:ba )?mahal mo (?:ako|ko)\b|\b(?:bakit|bat) (?:ayaw|hindi|di) mo (?:ako )?(?:magtiwala|pagkatiwalaan|pinagkakatiwalaan)\b/,
        /\bakala ko (?:iba ka|kakaiba ka|iba ka sa kanila)\b|\b(?:hindi|di) mo (?:ba )?(?:ako )?(?:pinagkakatiwalaan|tiwala sa akin|tiwala sakin)\b|\bwala kang tiwala (?:sa akin|sakin)\b/,
        /\b(?:hindi|di) (?:ako|po ako) (?:scammer|manloloko|magnanakaw|sinungaling)\b|\b(?:tinawag mo|tatawagin mo|iniisip mo(?: ba)?(?: na)?) (?:akong|ako na|ako) (?:scammer|manloloko)\b/,
        /\b(?:gusto ko lang|gusto lang kitang|tinutulungan lang kita|tinulungan na nga kita)\b.{0,20}\b(?:tulungan|tumulong|kita|kumita)?\b|\b(?:sayang|kawalan mo)(?: naman)?,? (?:ikaw|ikw) (?:ang )?(?:bahala|talo|nawalan)\b/,
      ],
      examples: { hit: ['akala ko mahal mo ko, bakit ayaw mo magtiwala?', 'akala ko iba ka', 'hindi ako scammer, gusto ko lang kitang tulungan', 'wala kang tiwala sakin?'], miss: ['may tiwala ako sayo', 'akala ko uulan ngayon'] },
    },

    {
      key: 'task_job_offer',
      stage: 'pitch',
      weight: 1.5,
      any: [
        // part-time / online job with tasks, home or phone work, easy pay
        /\b(?:(?:part-? ?time|home-?based|wfh|work from home|sideline|raket|extra income)(?:rs?)?(?: na)?(?: (?:job|jobs|work|trabaho|opportunity|hiring|position|raket|income))?|online(?: na)? (?:job|jobs|work|trabaho|opportunity|hiring|position|raket|income))\b.{0,80}\b(?:task|tasks|(?:mag-?|i-?|magla-?|nagla-?)like|like (?:at|and|&) follow|follow|mag-?follow|subscribe|mag-?subscribe|mag-?rate|rating|ratings|review|reviews|commission|komisyon|per task|kada task|sa bahay lang|gamit (?:lang )?(?:ang )?(?:cellphone|cp|phone)|\d{1,3}\s?(?:-\s?\d{1,3}\s?)?(?:mins?|minuto|minutes)(?: lang)?(?: a day| kada araw| sa isang araw)?)\b/,
        /\b(?:(?:mag-?|i-?|magla-?|nagla-?|nag-?|magfo-?|magsu-?|magre-?)(?:like|follow|subscribe|heart|rate|review|comment)|like (?:at|and|&) (?:mag-?)?follow)\b.{0,60}\b(?:via gcash|sa gcash|(?:₱|php)\s?\d|p\d{2,}|\d{2,}\s?(?:pesos?|php)\b|bayad agad|may bayad|babayaran|sahod|commission|komisyon|per task|kada task|bawat task|kikita)/,
        /(?:₱|php\s?|\bp)?\d[\d,.]{0,8}\s?(?:pesos?|php)?(?:\s?-\s?(?:₱|php\s?|p)?\d[\d,.]{0,8})? ?(?:per|kada|bawat|sa bawat|each) (?:task|like|follow|video|review|rating|order|subscribe|screenshot)\b/,
        // recruiter-style openers: picked by the system, saw your CV
        /\b(?:random (?:po )?(?:na )?(?:pinili|napili)|(?:pinili|napili) (?:po )?(?:kayo|ka|ang number (?:nyo|mo))) (?:po )?(?:ng|sa) (?:system|sistema|kumpanya|company|hr)\b/,
        /\b(?:nakita|nabasa|na-?review|nareview) (?:po )?(?:namin|ko) (?:po )?(?:ang |yung |ung )?(?:profile|resume|cv|application) (?:nyo|niyo|mo|ninyo) sa (?:jobstreet|linkedin|indeed|kalibrr|onlinejobs|facebook|fb)\b.{0,80}\b(?:part-? ?time|online|sa bahay|home|task|commission|per day|kada araw|a day)\b/,
        // task vocabulary
        /\b(?:first|unang|1st|free|libreng|trial|daily|arawang) tasks?\b|\b(?:app|product|hotel|video|movie|shopee|lazada|amazon|google maps?) (?:rating|ratings|review|reviews|optimi[sz]ation)\b.{0,50}\b(?:bayad|commission|komisyon|kita|kikita|sahod|per|kada|₱|php)\b|\b(?:data|order|product|app|merchant) optimi[sz]ation\b|\b(?:boost|i-?boost|mag-?boost|boosting)\b.{0,20}\b(?:orders?|sales|products?|merchants?|ranking)\b/,
        // earn X a day from your phone
        /\b(?:kumita|kikita|kita|earn|sahod|sweldo|sumahod)\b.{0,20}(?:₱|php|\bp)?\s?\d[\d,.]{0,8}\s?(?:k|pesos?|php)?(?:\s?-\s?(?:₱|php|p)?\s?\d[\d,.]{0,8}\s?(?:k|pesos?|php)?)? (?:kada araw|a day|per day|araw-?araw|daily|sa isang araw)\b.{0,50}\b(?:cellphone|cp|phone|bahay|online|part-? ?time|mins?|minuto|minutes|task|tasks|like|follow|subscribe|work from home|wfh)\b/,
        /\bpakisend (?:po )?(?:ang |yung )?(?:gcash|maya)\b.{0,40}\bpara sa (?:sahod|sweldo|bayad|commission|komisyon)\b/,
      ],
      examples: {
        hit: ['looking for part-timers! work from home, earn 500-2,000 daily, like and follow lang', 'sideline po? magla-like lang ng videos tapos bayad agad sa GCash', 
          'Hello po, HR po ako ng isang agency. Part-time job po, mag-like lang ng videos at may bayad agad sa GCash',
          'pwede kang kumita ng 500-1,000 kada araw gamit lang cellphone, 20 minuto lang',
          'P80 per task po, i-follow lang ang mga shop',
          'napili po kayo ng system namin para sa online job',
          'nakita po namin ang resume nyo sa JobStreet, may part-time po kami na pwede sa bahay lang',
          'libreng tasks muna para sa training, tapos may commission na',
          'hotel ratings lang po, may commission kada rating',
        ],
        miss: [
          'i-rate mo naman selfie ko haha',
          'nag-Grab ako pag weekend para may extra',
          'may interview ako sa lunes para sa part-time job sa Jollibee, may sahod na 610 kada araw',
          'nag-review ako ng lipstick sa Shopee, ang ganda pala',
        ],
      },
    },

    // ---------------- platform ----------------
    {
      key: 'platform_register',
      stage: 'platform',
      weight: 1.8,
      any: [
        /\b(?:i-?connect|iconnect|connect|i-?link|ilink) (?:mo |nyo )?(?:lang )?(?:ang |yung )?wallet (?:mo|nyo)\b|\bconnect wallet\b|\b(?:i-?claim|iclaim|claim)\b.{0,20}\b(?:bonus|airdrop)\b.{0,30}\b(?:sign ?-?up|register|mag-?register|wallet|usdt)\b/,
        /\b(?:send|i-?send|isend|bigay|ibigay|screenshot) (?:mo )?(?:sakin |sa akin )?(?:ang |yung |ung )?uid (?:mo|nyo)\b|\b(?:mag-?)?register (?:ka|kayo) (?:na )?(?:dun|doon|dito|diyan|dyan|sa link|gamit)\b/,
        /\b(?:registered|rehistrado|licensed|lisensyado) (?:po )?(?:kami |sila |ito |to |yan )?(?:sa|with|ng) (?:sec|bsp|fca|sfc|mas|usa|us|amerika)\b(?! ba\b)/,
        /\btestflight\b|\.apk\b|\bapk (?:file|link)\b/,
        new RegExp(String.raw`\b(?:${V('download')}|${V('install')}|${V('register')}|${V('rehistro')}|${V('sign ?up')}|gumawa ng account|gawa ka ng account|mag-?open ng account|magbukas ng account)\b(?: [a-z-]+){0,4} (?:app|application|platform|exchange|website|site|account|link)\b`),
        /\b(?:ang|yung|ung|itong|ito(?:ng)?) (?:trading |investment )?(?:platform|exchange|app) (?:ay |na )?(?:legit|regulated|licensed|registered|safe|ligtas|sec registered|rehistrado)\b/,
        /\b(?:legit|regulated|licensed|sec registered|rehistrado) (?:ang |yung |ung |itong )?(?:trading |investment )?(?:platform|exchange)\b|\b(?:platform|exchange) (?:na ito|na to|natin|namin)(?: ay)?,? (?:legit|regulated|licensed|safe|ligtas)\b|\btrading app (?:na )?(?:legit|regulated|licensed)\b/,
        /\b(?:invitation|invite|referral) code\b/,
        /\bkyc (?:ng|sa|para sa) (?:platform|exchange|app|trading)\b|\b(?:platform|exchange)\b.{0,30}\bkyc\b|\b(?:lahat ng|sa lahat ng) legit (?:na )?(?:company|kumpanya|exchange|platform|app)\b|\b(?:trading )?platform na (?:partner|ka-?partner|ginagamit) ng (?:academy|group|kumpanya|school|klase)\b|\bpractice (?:muna )?(?:po )?sa demo\b|\bgroup task\b/,
        /\bwelcome bonus\b|\breceptionist\b|\btask group\b|\b(?:screenshot|send) (?:ng |po ng )?(?:uid|user id)\b|\bdemo (?:balance|account)\b|\b(?:metatrader|mt4|mt5)\b|\bserver name\b|\bsec\b.{0,30}\b(?:hindi updated|walang alam)\b/,
      ],
      examples: { hit: ['i-connect mo lang yung wallet mo sa site tapos i-approve', 'i-claim mo na yung bonus mo sa app pag nag-sign up ka', 'eto yung link, register ka dun tapos send mo sakin UID mo', 'legit to, registered sa SEC yung platform', 'i-download mo MT5 at ilagay ang server name', 'welcome bonus P300 sa account nyo', 'i-download mo yung app tapos mag-register ka ng account', 'legit ang platform na ito, regulated', 'gamitin mo invitation code ko 88AX', 'kailangan ang KYC ng platform bago ka mag-trade', 'practice muna sa demo bago mag-live'], miss: ['registered sa SEC ba yan?', 'i-download mo yung pictures sa drive', 'nag-register ako sa fun run'] },
    },
    {
      key: 'customer_service',
      stage: 'platform',
      weight: 2,
      any: [
        /\brecharge account\b|\b(?:customer service|cs)\b.{0,40}\b(?:magbibigay|ibibigay|bibigay)\b.{0,20}\b(?:account|wallet|address|number)/,
        /\b(?:cs|customer service|customer support|support) (?:ng platform|ng app|nila|namin)\b.{0,30}\b(?:telegram|whatsapp|viber|tg)\b/,
        /\b(?:kausapin|kontakin|i-?message|imessage|i-?chat|ichat|message|chat|tanungin|contact) (?:mo |nyo |niyo )?(?:lang |na lang )?(?:ang |yung |ung |si |kay )?(?:online )?(?:customer service|customer support|cs|support team|service agent|agent ng platform)\b/,
        /\bcustomer service (?:sa|ng platform sa|via) (?:telegram|whatsapp|viber|line|website|app)\b|\b(?:address|wallet|account) (?:na )?(?:ibibigay|binigay|galing sa) (?:ng )?(?:customer service|cs|support)\b/,
        /\bcustomer (?:service|support|care)\b.{0,40}\b(?:telegram|whatsapp|tg|viber)\b/,
      ],
      examples: { hit: ['ang cs ang magbibigay ng account para sa deposit', 'hingin mo ang recharge account sa cs', 'ang CS ng platform ay sa Telegram lang po nagre-reply', 'kausapin mo si CS, sila magbibigay ng deposit account', 'ang customer service ng platform ay sa Telegram lang po', 'kausapin mo yung customer service para sa deposit', 'i-message mo ang CS sa telegram', 'yung wallet na ibibigay ng customer service'], miss: ['tumawag ako sa customer service ng globe', 'ang sungit ng customer service ng mall', 'nag-chat ako sa kaibigan ko'] },
    },

    // ---------------- deposit ----------------
    {
      key: 'buy_crypto',
      stage: 'deposit',
      weight: 2,
      any: [
        /\b(?:ipadala|i-?send|send|padala|transfer|i-?transfer)\b.{0,20}\b(?:usdt|btc|eth|crypto)\b.{0,25}\b(?:address|wallet)\b|\bwallet address\b/,
        /\b(?:i-?convert|convert|ipalit|palitan|gawing) (?:mo |nyo )?(?:po )?(?:muna )?(?:ang |yung )?(?:pera|peso|piso|pondo|php)\b.{0,15}\b(?:usdt|crypto|bitcoin|btc|usdc)\b/,
        new RegExp(String.raw`\b(?:bumili|bili|bilhin|mag-?buy|magbuy|bumili ka) (?:ka |kayo )?(?:ng |muna ng )?(?:\d[\d,.]{0,10}\s?)?(?:usdt|usdc|tether|btc|bitcoin|eth|crypto)\b.{0,60}\b(?:${V('send')}|${V('transfer')}|${V('deposit')}|ipadala|padala|ilipat)\b`),
        new RegExp(String.raw`\b(?:${V('cash ?in')}|bumili|bili)\b.{0,40}\b(?:binance|coins\.?ph|pdax|maya crypto|gcrypto|bybit|okx|p2p)\b.{0,40}\b(?:${V('send')}|${V('transfer')}|${V('deposit')}|ipadala|ilipat)\b`),
        /\b(?:wallet|deposit|receiving) address\b|\btrc ?-?20\b|\berc ?-?20\b/,
        /\b(?:mag-?top ?up|magtop ?up|i-?top ?up|mag-?recharge|magrecharge|i-?recharge|recharge)\b.{0,20}\b(?:account|balance|platform|wallet)\b/,
      ],
      examples: { hit: ['ipadala mo ang usdt sa address na ito', 'convert nyo po ang pera sa USDT bago i-send sa platform', 'bumili ka ng USDT sa Binance tapos i-send mo sa platform', 'mag-cash in ka sa Coins.ph, bili ng usdt tapos ilipat sa wallet', 'ito ang deposit address, TRC20'], miss: ['i-send mo address ng bahay nyo', 'bumili ako ng tinapay tapos umuwi', 'i-send mo sa email ko'] },
    },
    {
      key: 'deposit_instructions',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\b(?:mag-?)?(?:top ?-?up|recharge|deposit|cash ?in)\b.{0,40}\b(?:para|upang)\b.{0,25}\b(?:level|vip|gold|platinum|tier)\b|\b(?:mag-?upgrade|i-?upgrade|upgrade)\b.{0,12}\b(?:vip|level) ?\d\b.{0,30}\b(?:deposit|top ?-?up|recharge|minimum)/,
        /\b(?:i-?deposit|ideposit|i-?invest|iinvest|ipasok|ilagay|ilipat) (?:mo |nyo )?(?:na )?lahat ng (?:savings|ipon|naipon|pera|sahod|pension|retirement)\b/,
        /\b(?:i-?screenshot|screenshot|send|i-?send) (?:mo |nyo )?(?:po )?(?:ang |yung )?(?:proof of payment|deposit slip|transaction receipt)\b.{0,40}\b(?:mag-?deposit|magdeposit|deposit|platform|trading account)\b|\b(?:deposit|mag-?deposit|magdeposit|cash ?in|top ?up)\b.{0,30}\bproof of payment\b/,
        /\bminimum (?:na )?(?:deposit|deposito|investment|puhunan|top ?up|amount)\b|\b(?:deposit|puhunan) (?:na )?minimum\b/,
        new RegExp(String.raw`\b(?:${V('deposit')}|magdeposito|${V('send')}|${V('transfer')}|${V('cash ?in')}|padala|magpadala|ipadala|maglagay|ilagay|lagyan|dagdagan) (?:ka |mo |kayo |nyo )?(?:muna |ulit |pa )?(?:ng )?(?:(?:₱|php|p)\s?)?\d[\d,.]{0,10}\s?(?:k|libo|pesos?|usdt|usd)?\b.{0,45}\b(?:account|balance|wallet|platform|plan|pool|bot)\b`),
        /\b(?:send|i-?send|isend|padala|ipadala|transfer|i-?transfer) (?:mo |nyo )?(?:na lang )?(?:sa|thru|via) (?:gcash|maya|paymaya|bank transfer|instapay|pesonet)\b.{0,30}\b(?:deposit|puhunan|invest\w{0,5}|account|platform)\b/,
        /\b(?:send|i-?send|isend|padala) (?:mo |nyo )?(?:sa akin |sakin )?(?:ang |yung |ung )?screenshot (?:pag|kapag|after|pagkatapos)\b/,
        /\bpara ma-?a?-?activate\b|\bkulang (?:ka|pa|po) ng\b.{0,12}\d|\b(?:minimum|min\.?) (?:na |ng |ay |po )?(?:₱|p|php|sar|usdt)?\s?\d|\d[\d,]{0,9}\s?(?:usdt|php|pesos?|k)? ang minimum\b|\b(?:i-?)?dagdagan (?:mo|nyo|niyo)\b|\bgusto (?:nyo|mo) (?:po )?(?:ba )?(?:i-?)?dagdagan\b|\bactivation\b/,
        /\b(?:pag|kapag|kung) (?:na)?dagdagan (?:mo|nyo|niyo)\b.{0,40}\b(?:ma-?a-?activate|maa-?activate|kikita|tataas|lalaki)\b/,
      ],
      examples: { hit: ['mag-top up ka pa ng 5k para umakyat sa gold level', 'mag-upgrade ka sa vip 2, deposit lang ng 10k', 'i-deposit mo na lahat ng savings mo para mas malaki ang kita', 'i-screenshot nyo po ang proof of payment pagkatapos mag-deposit', 'padala ka muna ng 5k sa GCash para ma-open ang account mo', 'kulang ka ng SAR 3,000 para ma-activate', '5,000 USDT ang minimum sa event', 'gusto nyo po ba dagdagan?', 'minimum deposit ay 10k', 'mag-deposit ka ng 5,000 sa account mo', 'send mo sakin yung screenshot pag tapos na'], miss: ['nag top up ako ng load para sa data', 'mag-upgrade ng phone next month', 'ilagay mo sa bangko yung ipon mo', 'magkano minimum ng tuition?', 'i-send mo yung picture sa gc'] },
    },
    {
      key: 'deposit_wire',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\bmerchant account\b|\btask account\b/,
        /\b(?:i-?transfer|itransfer|ipadala|i-?send|isend|ideposit|i-?deposit|transfer|send)\b.{0,30}\b(?:sa|papunta sa) (?:account|bank account|bangko) (?:ng|ni) (?:company|kumpanya|kompanya|platform|agent|manager|finance)\b/,
        /\b(?:company|corporate|kumpanya|kompanya|platform|settlement|escrow) (?:bank )?account\b.{0,30}\b(?:i-?transfer|itransfer|ipadala|i-?send|isend|ideposit|i-?deposit|send|bayad)\b/,
        /\bgcash ng (?:merchant|finance|account officer|agent|company)\b|\b(?:account|finance) officer\b|\bmagpadala ka sa\b/,
      ],
      examples: { hit: ['pakisend sa merchant account namin', 'send po sa GCash ng merchant', 'magpadala ka sa account officer natin', 'i-transfer mo sa account ng kumpanya', 'ito yung company account, doon mo ipadala', 'isend mo sa bank account ng platform'], miss: ['nag open ako ng savings account', 'i-transfer mo sa account ko yung renta', 'bagong account ng kumpanya sa facebook'] },
    },

    {
      key: 'prepaid_task',
      stage: 'deposit',
      weight: 2.5,
      any: [
        /\b(?:pa-?upgrade|mag-?upgrade|i-?upgrade|upgrade)\b.{0,30}\bvip\b.{0,50}\b(?:tasks?|orders?|commission|komisyon)\b/,
        /\b(?:combo|lucky|merged|merge|special|premium|bonus|double) (?:task|tasks|order|orders)\b|\bprepaid (?:task|tasks|order|orders|mission)\b|\b(?:mag-?)?pre-?pay\b/,
        /\b(?:negative|negatibo|minus) (?:na )?(?:ang |yung |ung )?(?:balance|balanse|account)\b|\b(?:balance|balanse) (?:mo |nyo |niyo )?(?:ay )?(?:naging |nasa )?(?:negative|negatibo|minus)\b/,
        /\b(?:mag-?top ?-?up|magtopup|i-?top ?-?up|itopup|top ?-?up|mag-?recharge|magrecharge|i-?recharge|recharge|mag-?deposit|magdeposit|magdagdag|dagdagan)\b.{0,50}\b(?:tasks?|orders?|set|commission|komisyon)\b/,
        /\b(?:tasks?|orders?|set|commission|komisyon)\b.{0,50}\b(?:mag-?top ?-?up|magtopup|i-?top ?-?up|top ?-?up|mag-?recharge|magrecharge|recharge|prepay)\b/,
        /\b(?:tapusin|tapos(?:in)?|i-?complete|icomplete|ma-?complete|macomplete|matapos|kumpletuhin|ma-?kumpleto) (?:mo |nyo |niyo )?(?:po )?(?:muna )?(?:ang |yung |ung |lahat ng )?(?:set|tasks?|orders?|natitirang (?:tasks?|orders?))\b.{0,50}\b(?:withdraw|commission|komisyon|sahod|sweldo|makuha|ilabas|unlock)/,
        /\b(?:di|hindi) (?:na-?complete|nacomplete|natapos|matapos|ma-?complete)\b.{0,40}\b(?:ma-?freeze|mafe-?freeze|ma-?forfeit|mawawala|masasayang)\b|\b(?:i-?click|click|pindutin) (?:mo |nyo |po )?(?:ulit )?(?:ang |yung )?['"]?(?:start task|grab order|submit order|start order)\b/,
        /\b(?:next|susunod na) level\b.{0,20}(?:₱|php|\bp)\s?\d/,
        /\b(?:ma-?unlock|unlock|i-?unlock|makuha) (?:ang |yung |ung )?(?:commission|komisyon|sahod|sweldo)\b.{0,40}\b(?:bayad|magbayad|deposit|top ?-?up|recharge)\b/,
      ],
      examples: {
        hit: ['pa-upgrade na po sa VIP 2 para mas malaki commission sa tasks', 
          'lucky order po yan! mag-top up lang para ma-complete',
          'naging negative ang balance nyo, kailangan mag-recharge para tuloy ang tasks',
          'tapusin nyo po muna ang set bago ma-withdraw ang commission',
          'prepaid task po ito, 3,000 deposit tapos babalik with commission',
          'pag hindi na-complete within 1 hour, mafe-freeze ang pera mo',
          'next level po: P5,000 tapos babalik P6,500',
        ],
        miss: [
          'mag-top up ka ng load para sa ML',
          'nag-top up ako ng diamonds kagabi',
          'tapusin mo muna yung assignment mo bago maglaro',
        ],
      },
    },

    // ---------------- withdrawal ----------------
    {
      key: 'withdrawal_fee',
      stage: 'withdrawal',
      weight: 3.5,
      any: [
        /\b(?:i-?settle|isettle|settle|bayaran|magbayad|mag-?deposit|magdeposit|i-?top ?up)\b.{0,50}\bbago (?:ma-?process|maproseso|ma-?approve|ma-?release|mailabas)\b.{0,20}\b(?:withdrawal|pag-?withdraw|pera|funds|pondo|payout)\b|\bkulang\b.{0,40}\bwithdrawal (?:threshold|requirement|minimum)\b|\bpara (?:maabot|ma-?reach|mareach) (?:ang |yung )?(?:withdrawal|minimum) (?:threshold|requirement|amount)\b/,
        /\b(?:tax|buwis|fee|bayad|deposit)\b.{0,60}\bpara (?:ma-?process|maproseso|ma-?proseso|ma-?approve|maaprubahan) (?:ang |yung )?(?:withdrawal|pag-?withdraw|payout|cash ?out)\b/,
        /\b(?:hindi|di) (?:ka |mo |po |nyo )?(?:makaka|maka|makakapag|makapag|ma)-?(?:wi-?)?(?:withdraw|cash ?out)\w{0,4}\b.{0,40}\b(?:hangga'?t|hanggat|kung|unless|until)\b.{0,40}\b(?:bayad|nababayaran|mabayaran|magbayad|tax|fee|deposit)/,
        new RegExp(String.raw`\b(?:tax|buwis|fee|bayad|singil|charge|commission|komisyon|margin|deposit|deposito|insurance|multa|penalty|top ?-?up|mag-?upgrade|i-?upgrade|upgrade)\b.{0,60}\b(?:bago|para|saka|tapos) (?:ka |mo |po |kayo |nyo )?(?:ma|maka|makapag|mag|i|mai)?-?(?:wi-?)?(?:withdraw|release|unlock|cash ?out|makuha)`),
        /\b(?:bago|para) (?:ka |mo |po |kayo |nyo )?(?:ma|maka|makapag|mag|i|mai)?-?(?:withdraw|release|cash ?out)\w{0,4}\b.{0,50}\b(?:magbayad|bayaran|bayad|magdeposit|mag-?deposit|tax|buwis|fee)\b/,
        /\b(?:withdraw|withdrawal|pag-?withdraw|pagwithdraw)\b.{0,40}\b(?:kailangan|need|requires?|dapat|kelangan)\b.{0,30}\b(?:magbayad|bayad|tax|buwis|fee|deposit|mag-?deposit|magdeposit|\d+\s?%)/,
        /\bvip ?\d\b.{0,25}\bwithdraw|\btop ?-?up\b.{0,40}\b(?:ilabas|withdraw|ma-?withdraw)\b/,
      ],
      examples: {
        hit: ['i-settle nyo muna ang remaining balance bago ma-process ang withdrawal', 'kulang pa po kayo ng 15,000 para maabot ang withdrawal threshold', 'mag-deposit ng 30% ng profit bilang tax para ma-process ang withdrawal', 'hindi ka makakapag-withdraw hangga\'t hindi mo nababayaran ang fee', 'kailangan i-top up muna para ma-upgrade bago ka mag-withdraw', 'kailangan mong maging VIP 3 para ma-withdraw', 'mag-top up ka hanggang ₱150k, pwede rin ilabas lahat', 'kailangan mo munang magbayad ng 20% tax bago ka makapag-withdraw', 'para ma-withdraw mo, kailangan mong magbayad ng fee', 'ang withdrawal ay kailangan ng 15% margin deposit'],
        miss: ['may maliit na fee ang gcash pag nag-cash out', 'magbabayad ako ng tax bago mag-april'],
      },
    },
    {
      key: 'account_frozen',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:penalty|multa)\b.{0,40}\b(?:bank details|bank info|withdrawal info|maling (?:detalye|info|account))\b|\bmali (?:ang |yung )?(?:bank details|bank info|account (?:number|details)|withdrawal info)\b.{0,50}\b(?:bayad|bayaran|magbayad|fee|penalty)\b/,
        /\b(?:account|acct|pondo|funds|pera|balance|wallet|withdrawal) (?:mo |nyo |niyo )?(?:ay )?(?:na-?freeze|nafreeze|naka-?freeze|nakafreeze|frozen|naka-?hold|nakahold|na-?hold|nahold|naka-?lock|nakalock|na-?lock|nalock|suspended|na-?suspend|nasuspend|under review|blocked|na-?block|nablock)\b/,
        /\b(?:na-?freeze|nafreeze|naka-?freeze|nakafreeze|na-?hold|nahold|naka-?hold|nakahold|na-?lock|nalock|naka-?lock|nakalock|na-?suspend|nasuspend|na-?block|nablock) (?:na )?(?:ang |yung |ung )?(?:account|acct|pondo|funds|balance|wallet|withdrawal)\b/,
        /\b(?:i-?unfreeze|iunfreeze|unfreeze|i-?unlock|iunlock|unlock|ma-?unfreeze|ma-?unlock|i-?release|irelease) (?:ang |yung |ung )?(?:account|acct|pondo|funds|pera|withdrawal)\b/,
        /\b(?:verification|guarantee|unfreeze|unfreezing|anti-?money ?laundering|aml) (?:deposit|fee|payment|check)\b/,
        /\b(?:na|ma|mafe|nafe|naka)-?freeze\b.{0,25}\b(?:account|funds|pera|balance|usdt|p\d|php)|₱.{0,3}(?:na|ma)-?freeze|\bfrozen (?:ang|yung) (?:funds|pera|account)\b|\bnaka-?lock ang (?:funds|pera|account)\b/,
      ],
      examples: { hit: ['may penalty po kayo dahil mali ang bank details, kailangan bayaran', 'na-freeze po ng system ang account', 'naka-lock ang funds hanggang day 5', 'na-freeze ang account mo dahil sa suspicious activity', 'magbayad ng verification deposit para i-unfreeze ang account', 'naka-hold ang pondo mo, under review'], miss: ['na-freeze yung cellphone ko kanina', 'nag-hold ako ng table sa resto'] },
    },
    {
      key: 'pay_to_release',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:mag-?upgrade|i-?upgrade|umakyat|upgrade)\b.{0,20}\b(?:vip ?\d|level ?\d|gold|platinum)\b.{0,60}\b(?:withdraw|ma-?withdraw|mawithdraw|cash ?out|limit)|\b(?:withdraw|ma-?withdraw|mawithdraw|cash ?out)\b.{0,40}\b(?:mag-?upgrade|upgrade)\b.{0,15}\b(?:vip|level)/,
        /\b(?:clearance|release|unlocking|unlock|unfreezing) fee\b|\bsa oras na (?:ma|na)?bayaran\b.{0,40}\b(?:ipapadala|ire-?release|irerelease|ibibigay|makukuha)\b/,
        /\b(?:once|pag|kapag|pagka|after|pagkatapos|oras na) (?:mo )?(?:na-?|ma-?)?(?:bayad|bayaran|nabayaran|mabayaran|settle|ma-?settle|masettle|nasettle)\b.{0,40}\b(?:ma-?re-?release|marerelease|ma-?release|mare-?release|makukuha|ma-?withdraw|mawi-?withdraw|lalabas)/,
        /\b(?:hindi|di) (?:pwede|puwede|pde|maaaring) (?:ibawas|kaltasin|kunin|bawasin) (?:sa|mula sa) (?:balance|profit|kita|account|tubo)\b/,
        /\b(?:magbayad|bayaran|bayad|mag-?deposit|magdeposit)\b.{0,40}\b(?:saka|tapos|para|at) (?:ma-?release|mare-?release|marerelease|irerelease|ire-?release|mailalabas|makukuha (?:mo )?(?:na )?(?:ang )?lahat|lalabas)\b/,
        /\b(?:ma-?release|mare-?release|marerelease|irerelease) (?:agad|kaagad|same day|within|sa loob ng)\b|\bnagbayad (?:din|rin) ako (?:noon|dati|nung una)\b/,
        /\bnagbayad (?:din|rin) ako ng (?:tax|fee|buwis)\b|\b(?:hindi|di) (?:po )?(?:pwede|puwede|maaari) (?:i-?)?(?:bawas|ibawas|kaltas|ikaltas)\b|\bseparate payment\b/,
      ],
      examples: { hit: ['para ma-withdraw kailangan mo munang mag-upgrade sa vip3', 'upgrade sa level 2 para tumaas ang withdraw limit', 'ipapadala namin ang pera sa oras na mabayaran ang clearance fee', 'bayaran mo lang yung fee tapos makukuha mo na lahat', 'once bayad mo yung fee, automatic ma-rerelease ang balance mo', 'normal lang yan, nagbayad din ako ng tax nung una', 'hindi po pwede ibawas sa balance', 'hindi pwede ibawas sa balance, kailangan bagong deposit', 'magbayad ka lang ng tax tapos ma-release lahat', 'marerelease agad pag nabayaran mo'], miss: ['nag-upgrade ako ng plan sa globe', 'nagbayad ako ng kuryente kahapon', 'ma-release na ang grades bukas'] },
    },
    {
      key: 'credit_score',
      stage: 'withdrawal',
      weight: 3,
      any: [/\bcredit (?:score|points?|rating)\b.{0,60}\b(?:withdraw|account|platform|deposit|i-?restore|taasan)|\b(?:withdraw|withdrawal|account)\b.{0,60}\bcredit (?:score|points?)\b/],
      examples: { hit: ['mababa ang credit score ng account mo, mag-deposit para tumaas', 'kailangan 100 ang credit score para maka-withdraw', 'ang account mo ay may credit score na 70'], miss: ['tumaas ang credit score ko sa bangko', 'credit card bill ko ang laki'] },
    },
    {
      key: 'withdrawal_pressure',
      stage: 'withdrawal',
      weight: 1.5,
      any: [
        /\b(?:mangutang|umutang|utang|mag-?loan|magloan|humiram|manghiram|hiram)(?: ka| ka muna| kayo| muna)?(?: ng pera)? (?:sa|kay) (?:friends?|tropa|barkada|officemate|boss|amo|mga kaibigan)\b/,
        /\b(?:mangutang|umutang|utang|mag-?loan|magloan|mag-?salary loan|humiram|manghiram|hiram)(?: ka| ka muna| kayo)?(?: ng pera)? (?:sa|kay|mula sa) (?:kaibigan|kamag-?anak|pamilya|kapatid|magulang|credit card|bangko|bank|lending|sss|pag-?ibig|5-6|bumbay|anak)\b/,
        /\b(?:mawawala|masasayang|mako-?confiscate|makukumpiska) (?:ang |yung |ung )?(?:lahat|pera mo|profit mo|kita mo|pondo mo)\b|\bkung (?:hindi|di) ka (?:magbabayad|magbayad|magdeposit|mag-?deposit)\b.{0,40}\b(?:mawawala|ma-?freeze|confiscate|talo)\b/,
        /\b(?:wala nang|walang) oras (?:para )?mag-?isip\b/,
        /\bcash advance\b|\bmangutang\b|\bhumiram\b|\bsalary loan\b|\bforfeit\b|\babandoned\b|\bhanapin mo (?:na lang )?(?:ang|yung) kulang\b|\bako na (?:ang )?(?:magbibigay|sasagot|magdadagdag) ng\b/,
      ],
      examples: { hit: ['utang ka muna sa friends mo, babalik din agad', 'mangutang ka muna sa kapatid', 'ma-forfeit lahat kung hindi mabayaran', 'mangutang ka muna sa kapatid mo, ilang araw lang', 'kung hindi ka magbabayad mawawala lahat ng pera mo', 'walang oras mag-isip!!'], miss: ['pahiram ng hagdan mo', 'nag-loan ako ng motor last year'] },
    },

    // ---------------- recovery ----------------
    {
      key: 'recovery_offer',
      stage: 'recovery',
      weight: 2.5,
      any: [
        /\b(?:ibalik|maibalik|mabawi|bawiin|i-?recover)\b.{0,25}\b(?:nawala|na-?scam|pera|usdt|pondo)\b.{0,60}\b(?:advance|fee|bayad|singil)\b/,
        /\b(?:i-?freeze|ifreeze|ma-?freeze|i-?trace|itrace|ma-?trace|hanapin) (?:namin )?(?:ang |yung )?(?:wallet|account|pondo|pera) ng (?:scammer|manloloko|sindikato|nanloko)\b/,
        /\b(?:mabawi|bawiin|mababawi|ma-?recover|marecover|i-?recover|irecover|recover|makuha ulit|maibalik) (?:natin |namin |ko |mo )?(?:ang |yung |ung |lahat ng )?(?:(?:nawala|na-?scam|nascam|ninakaw)(?:ng| na| mong| nyong| niyong)? )?(?:pera|pondo|funds|crypto|usdt|investment|puhunan)\b/,
        /\b(?:fund|funds|asset|crypto|scam|money) recovery\b|\b(?:recovery|processing|legal|lawyer|attorney'?s?) fee\b/,
        /\b(?:fraud|scam|crypto|fund|funds) recovery\b|\brecovery service\b|\bblockchain (?:investigators?|tracing)\b|\bna-?trace (?:na )?(?:po )?namin\b|\bethical hackers?\b|\bnabawi (?:na )?(?:po )?(?:namin|ko) (?:ang |yung )?(?:₱|p\d|pera|lahat|\d)|\btracing tools?\b/,
        /\b(?:funds|pondo|pera) (?:ay |mo |nyo )?(?:frozen|naka-?freeze|naka-?hold) (?:under|dahil sa) (?:court order|kaso|imbestigasyon)\b|\bprocessing window\b|\b(?:pag|kapag|kung) (?:di|hindi) (?:namin )?(?:nagawa|nabawi|na-?recover)\b.{0,20}\b(?:refund|ibabalik)\b/,
      ],
      examples: { hit: ['kaya ko ibalik yung nawala mong usdt, 10k advance lang', 'kaya naming i-freeze ang wallet ng scammer', 'kaya naming ma-recover ang nascam na pera nyo', 'team kami ng ethical hackers', 'nabawi namin ang ₱2M para sa mga Pinoy', 'specialist sa cyber fraud recovery', 'kaya naming mabawi ang nawala mong pera sa loob ng 48 oras', 'fund recovery service po kami', 'magbayad lang ng recovery fee para maibalik ang pera', 'kung hindi namin nabawi, full refund po kayo'], miss: ['ibalik mo na lang yung pera pag may sweldo ka na', 'naka-recover na ako sa trangkaso', 'nabawi ko ang tulog ko kagabi'] },
    },
    {
      key: 'victim_outreach',
      stage: 'recovery',
      weight: 2,
      any: [
        /\b(?:refund|compensation) claim\b|\bmay (?:refund|claim|compensation|kompensasyon)\b.{0,20}\b(?:kayo|ka)\b.{0,30}\b(?:nascam|na-?scam|nawala|scam)\b|\btaga-? ?(?:pnp|nbi|cicc|acg)\b/,
        /\b(?:naging |na )?biktima (?:po )?(?:ka|kayo) (?:po )?ng\b/,
        /\b(?:biktima (?:ng|ka ng|po kayo ng)|mga biktima)\b.{0,40}\b(?:scam|platform|panloloko|investment)\b|\bvictims? of\b/,
        /\b(?:cybercrime|cyber ?crime|anti-?scam|fraud|recovery) (?:unit|division|desk|department|center|team|group)\b|\bcase (?:number|no\.?|id|file)\b/,
        /\b(?:na-?trace|natrace|na-?locate|nalocate|nahanap|natunton) (?:na )?(?:namin )?(?:ang |yung |ung )?(?:pondo|funds|pera|wallet)\b/,
        /\bscam victims\b|\bna-?scam ka ba\b|\bdatabase ng mga (?:users|biktima)\b|\bnaka-?record na loss\b|\bbiktima rin ako\b/,
      ],
      examples: { hit: ['taga-PNP ACG po kami, may refund claim po kayo', 'nabalitaan po namin na naging biktima kayo ng investment scam', 'na-scam ka ba sa crypto?', 'nabasa ko yung post nyo sa Scam Victims group', 'biktima po kayo ng scam platform na Hexamint', 'taga-Anti-Scam unit kami, case number 4471', 'na-trace na namin ang pondo mo'], miss: ['biktima ng baha ang mga kapitbahay', 'ano ang number ng kaso sa korte?'] },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      key: 'me_sent_money',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      any: [
        new RegExp(String.raw`\b(?:${V('send')}|${V('transfer')}|${V('deposit')}|nagpadala|pinadala|nagbayad|binayaran|nag-?invest|naginvest|nilagay|naglagay|nag-?top ?up|nagtopup|nag-?cash ?in|nagcash ?in)\b (?:na )?(?:ako |ko )?(?:na )?(?:ng |ang |yung |ung )?(?:(?:₱|php|p)\s?\d[\d,.]{0,12}|\d[\d,.]{0,12}\s?(?:k|libo|pesos?|usdt|usd)|\d{3,}[\d,.]{0,9}|usdt|crypto|pera|ipon)\b`),
      ],
      examples: { hit: ['nag-send na ako ng 500 usdt', 'nagdeposit ako ng 20k kahapon', 'nabayaran ko na, nagbayad na ako ng 148'], miss: ['nag-send ako ng picture', 'pinadala ko na yung regalo'] },
    },
    {
      key: 'me_cannot_withdraw',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      any: [
        /\b(?:hindi|di|ayaw|hnd) (?:ako |ko |ma |pa )?(?:ma|maka|makapag|mai)?-?(?:withdraw|wi-?withdraw|cash ?out|labas)\b|\b(?:hindi|di) ko (?:ma-?withdraw|mawithdraw|makuha|mailabas) (?:ang |yung |ung )?(?:pera|pondo|funds|profit)\b/,
        /\bbakit (?:kailangan|need) (?:ko |kong )?(?:magbayad|mag-?deposit|magdeposit)\b.{0,40}\b(?:withdraw|pera ko)\b/,
      ],
      examples: { hit: ['bakit hindi ako maka-withdraw?', 'hindi ko ma-withdraw yung pera ko', 'bakit kailangan ko magbayad bago ma-withdraw pera ko'], miss: ['magwi-withdraw ako sa ATM mamaya', 'nakapag-withdraw na ako kahapon'] },
    },

    // ---------------- signs of innocence ----------------
    {
      key: 'scam_awareness',
      stage: 'hook',
      weight: -2,
      any: [
        /\b(?:scam|scammer|manloloko|modus) (?:yan|yun|yon|to|'to|ito|lang yan|talaga|siya|sya)\b|\b(?:mukhang|parang|halatang|sigurado) (?:scam|modus|manloloko)\b/,
        /\bpig[- ]?butcher/,
        /\b(?:i-?report|ireport|isumbong) (?:mo |nyo |niyo )?(?:agad|kaagad|na agad)\b|\bhindi (?:namin |kailanman |namin kailanman )?(?:hihingin|hihingi|hinihingi)\b.{0,30}\b(?:otp|pin|password)\b/,
        /\b(?:na-?scam|nascam|naloko|niloko|naisahan) (?:ako|kami|siya|sya|sila|si)\b/,
        /\b(?:i-?report|ireport|report|isumbong)\b.{0,30}\b(?:nbi|pnp|cicc|acg|anti-?cybercrime|pulis|police|platform|bangko|gcash)\b/,
        /\b(?:i-?block|iblock|block) (?:mo |nyo )?(?:na )?(?:siya|sya|yan|yung number|ung number|agad)\b/,
      ],
      examples: { hit: ['scam yan, i-block mo na', 'na-scam ako last year sa ganyan', 'i-report mo sa NBI cybercrime', 'kung may mag-alok ng ganyan, i-report agad', 'hindi kailanman hihingin ng bangko ang OTP mo'], miss: ['hindi ako scammer, promise', 'legit yan, tiwala ka lang', 'tara kain tayo'] },
    },
  ],

  reporting: [
    /\bnormal (?:po )?ba (?:na|kung|yung|ang|po)\b|\b(?:pinapa|pinag|pinapag)-?[a-z]{3,15} (?:daw |raw )?(?:ako|kami|siya|sya|si|ang)\b|\bsabi (?:kasi|raw|daw|nung|ng isang)\b|\bis (?:this|it) (?:legit|a scam|safe|real)\b/,
    /\b(?:nabasa|napanood|nakita) ko (?:sa|yung|ang) (?:news|balita|facebook|fb|tiktok|post|article|reddit)\b|\bmay modus (?:na|daw|raw|ngayon)\b/,
    /\b(?:inalok|inoffer|in-?offer|niyaya|inaya|inimbita|in-?invite) (?:ako|kami|siya|sya|si|ang)\b|\bmay (?:nag-?alok|nag-?offer|nagoffer|nagyaya|nag-?invite|naginvite) (?:sa akin|sakin|kay|sa|samin|sa amin)\b/,
    /\bnatanggap ko (?:ang |yung |ung |ito(?:ng)? |'?tong )?(?:text|message|msg|chat|email|sms)\b|\b(?:nakatanggap|naka-?receive|nakareceive) (?:ako|kami|siya|sya) ng\b/,
    /\b(?:sabi|sinabi|sabe|sbi) (?:niya|nya|nila|ng|ni|sakin|sa akin|daw)\b|\b(?:sinasabi|sabi-sabi) (?:niya|nya|nila)\b/,
    /\b(?:may|meron) (?:nag-?message|nagmessage|nag-?text|nagtext|nag-?chat|nagchat|nag-?add|nagadd|nag-?dm|nagdm|nag-?pm|nagpm) (?:sa akin|sakin|kay|sa|sayo|sa iyo|sa inyo|sa ?yo)\b|\b(?:nakatanggap|naka-?receive|nakareceive) (?:ako|kami) (?:ng|ng ganitong) (?:message|text|chat)\b/,
    /\b(?:pinapa|pinag)(?:-?de-?deposit|-?send|-?invest|bayad)\w{0,4} (?:daw )?(?:ako|kami|siya|sya|ako ng)\b|\b(?:gusto|pinipilit|inuutusan) (?:niya|nya|nila) (?:ako|akong|kami)\b/,
    /\b(?:scam|legit|totoo|normal) (?:ba|po ba) (?:ito|to|'to|yan|yun|ito po)\b|\b(?:ganito|ganyan) (?:daw )?(?:ang )?(?:modus|script|galawan) (?:nila|ng mga scammer)\b/,
    /\b(?:yung|ung|si|ang) (?:nanay|tatay|mama|papa|lola|lolo|tita|tito|kapatid|pinsan|kaibigan|officemate|kapitbahay|asawa) ko\b.{0,40}\b(?:na-?scam|nascam|naloko|inadd|in-?add|kinontak|minessage|tinext)\b/,
    /\b(?:balita|article|video|post) (?:tungkol sa|about)\b/,
  ],
};
