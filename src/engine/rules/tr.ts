import type { RuleSet } from './types.ts';

// Turkish rules. Patterns run on folded text: lower case, "ı" is "i", "ş" "s",
// "ğ" "g", "ç" "c", "ö" "o", "ü" "u", "â" "a" ("yatırım" arrives as "yatirim",
// "kâr" as "kar"). Suffixes stick to stems and follow vowel harmony, so stems
// take short bounded endings ("yatirim\w{0,6}"); proper names keep their
// apostrophe ("whatsapp'tan", "dubai'de"). Turkish writes the percent sign
// first ("%30", "yüzde 30"), so PCT accepts both orders.
// Weights are hand-set starting values; the corpus fit replaces them.
const APP = "(?:whats ?app|wp|wpp|vatsap|telegram|tg|telegramm|instagram|insta|ig|signal|line|wechat|viber|bip)(?:'?(?:tan|ten|dan|den|a|e|ya|ye|in|un|im|i|u))?";
const CRYPTO = '(?:usdt|usdc|tether|kripto\\w{0,5}|bitcoin\\w{0,4}|btc|eth|ethereum|coin\\w{0,3})';
const INVEST = '(?:yatirim\\w{0,6}|borsa\\w{0,5}|hisse\\w{0,5}|trade|trading|forex|altin\\w{0,4}|kripto\\w{0,5}|vadeli|sinyal\\w{0,5})';
const PCT = String.raw`(?:(?:%|yuzde)\s?\d{1,6}(?:[.,]\d{1,4})?|(?<![\d.,])\d{1,6}(?:[.,]\d{1,4})?\s?%)`;
// An amount with its unit: "5.000 TL", "₺5000", "50 bin", "10k", "500 usdt", "1000 dolar", "%30".
const NUM = String.raw`\d[\d,.]{0,12}`;
const MONEY = String.raw`(?:[₺$€£]\s?${NUM}\s?(?:bin|k|milyon)?|${NUM}\s?(?:bin|k|milyon|tl|lira|₺|usdt|usd|dolar|\$|euro|avro|sterlin|pound|eth|btc|usdc|£)(?: (?:tl|lira|dolar|usdt))?)(?![a-z0-9])`;
const AMOUNT = `(?:${MONEY}|${PCT})`;
const KIN = '(?:amcam|dayim|teyzem|halam|kuzenim|abim|ablam|babam|annem|dedem|ninem|hocam|mentorum|danismanim|ogretmenim|arkadasim|patronum|eniştem|enistem|yengem)';

export const tr: RuleSet = {
  locale: 'tr',
  // Frequent Turkish words and chat spellings that English chat does not use.
  detect:
    /\b(?:bir|bu|var|yok|cok|ama|icin|gibi|daha|nasil|neden|niye|sey|evet|hayir|tamam|tmm|merhaba|mrb|slm|selam|tesekkurler|tesekkur|sagol|sagolun|canim|benim|senin|bana|sana|beni|seni|ile|degil|olur|oldu|yani|simdi|bugun|yarin|iyi|guzel|abla|kanka|hocam|para|lira|tl|lan|hadi|haydi|bence|sanki|siz|onlar|bizim|sizin|nerede|nerde|kim|kac|burada|orada|gel|yap|napiyorsun|naber|nasilsin|iyiyim|ediyorum|oluyor|olsun|gorusuruz|gunaydin|aslinda|herhalde|galiba|keske|belki|hemen|biraz|ayni|zaten|artik|hala|sadece|hic|kadar|sonra|misin|musun|misiniz|degilim|istiyorum|biliyorum|parami|istiyorlar|diyor|dedi|yaptim|geldi|gonderdim|yatirdim|lutfen|kardesim|sizi|bizi|yeni|eski|gun|gunde|hafta|yil|yine|uzerinde|hepsi|kesin|diye|olarak|odeme|hesap|hesabin|hesabiniz|hesabina|bey|hanim|dolar|yatirim)\b|\b[a-z]{2,}(?:iyorum|iyorsun|iyoruz|iyorsunuz|iyorlar|uyorum|uyorsun|iyor|uyor|acagim|ecegim|abilirsin|ebilirsin|abiliriz|ebiliriz|mistim|malisin|melisin|iniz|unuz|imiz|umuz|larin|lerin|lari|leri|ayim|eyim|alim|elim|ariz|eriz|tiniz|diniz|yoruz|mak|mek)\b|\b(?:zor|tebrikler|yeterli|degerli|hemserim|abi|kardes|olmaz|istersen|hangisi)\b/,
  rules: [
    // ---------------- hook ----------------
    {
      key: 'wrong_number',
      stage: 'hook',
      weight: 1,
      opening: true,
      any: [
        /\byanlis (?:numara\w{0,4}|kisi\w{0,4}|kisiye|sohbet\w{0,4})\b|\bnumara\w{0,4} yanlis (?:kaydet|yaz|cevir)\w{0,6}|\b(?:yanlislikla|yanlis) (?:size |sana )?(?:yazdim|attim|gonderdim|mesaj attim)\b/,
        /\b(?:siz|sen) [a-z]{2,} (?:hanim|bey|hoca|abla|abi) (?:misiniz|misin|musunuz|musun)\b|\bsiz (?!(?:evde|iyi|musait|burada|orada|emin|hazir|yorgun|mesgul|ciddi|uyanik|nerede|kim|ne|de|da)\b)[a-z]{3,} (?:misiniz|musunuz)\s*\?|\b[a-z]{2,} (?:hanim|bey|hoca)(?: ile)? (?:siz )?(?:misiniz|mi gorusuyorum|ile mi gorusuyorum)\b/,
        /\b(?:pardon|kusura bakma\w{0,4}|ozur dilerim|affedersiniz|sorry)\b.{0,30}\b(?:sandim|zannettim|zannetmistim|sanmistim)\b/,
        /\bbir rakam\w{0,3} yanlis\b|\brakam\w{0,3} yanlis (?:yaz|kaydet|cevir)\w{0,6}|\beski numara\w{0,6}\b|\bbaska [a-z]{2,}'?\w{0,4} (?:ile )?karistir\w{0,6}|\bkaristir(?:dim|mis(?:im)?|dik) (?:herhalde|galiba|sanirim)\b|\b(?:sanirim|galiba|herhalde) (?:beni )?karistir(?:din|diniz|dim|mis\w{0,4})\b/,
      ],
      examples: {
        hit: ['Emlakçı bir rakamı yanlış yazmış olmalı, kusura bakmayın', 'Başka Mert\'le karıştırdım herhalde', 'demek eski numarasıymış, özür dilerim', 'Merhaba, siz Ayşe Hanım mısınız?', 'Pardon yanlış numara, kusura bakmayın', 'Özür dilerim, sizi kuaförüm sandım', 'Mehmet Bey ile mi görüşüyorum?'],
        miss: ['rakamlar yanlış çıktı raporda', 'tarihleri karıştırdım, cuma değil cumartesi', 'sen evde misin?', 'yarın görüşürüz'],
      },
    },
    {
      key: 'fate',
      stage: 'hook',
      weight: 1,
      any: [/\b(?:kader|kismet|nasip|alin yazisi)\w{0,4}\b.{0,20}\b(?:bizi|tanis|karsilas|bulus)\w{0,6}|\b(?:bu|belki de|demek ki|herhalde) (?:bir )?(?:kader|kismet|nasip)\b|\b(?:tesaduf|rastlanti) (?:degil|olamaz)\b/],
      examples: { hit: ['belki de bu kısmet', 'bu bir tesadüf olamaz', 'kader bizi tanıştırdı'], miss: ['tesadüfen onu markette gördüm', 'kader arkadaşımın düğünü'] },
    },
    {
      key: 'far_away_job',
      stage: 'hook',
      weight: 0.7,
      any: [
        /\b(?:singapur|hong ?kong|malezya|kuala lumpur|bangkok|tayland|makao|tayvan|sanghay|shenzhen|dubai|abu dabi|abu dhabi|doha|katar|petrol platform\w{0,4}|acik deniz platform\w{0,4}|gemi)'?(?:da|de|ta|te|unda|inde|nda|nde)? (?:calisiyorum|yasiyorum|bulunuyorum|gorevliyim|gorev yapiyorum|kaliyorum)\b|\b(?:singapur|hong ?kong|malezya|dubai|abu dabi|doha|katar|irak|afganistan|suriye)'?(?:dayim|deyim|tayim|teyim)\b/,
        /\b(?:amerikan ordusunda|bm baris gucunde|barıs gucunde|baris gucunde) (?:doktorum|cerrahim|subayim|gorevliyim)\b|\bbaris gucundeyim\b|\bpetrol platformundayim\b/,
        /\b(?:bm|birlesmis milletler) baris gucu\w{0,4}\b|\b(?:petrol|dogalgaz) (?:platformu|kulesi)\w{0,6}\b.{0,30}\b(?:calis|muhendis)\w{0,6}/,
      ],
      examples: { hit: ['Yüzbaşı Mark, BM barış gücü, Yemen', "işim gereği Singapur'dayım", 'Irak\'ta barış gücündeyim', "Şu an Singapur'da çalışıyorum", 'petrol platformunda çalışıyorum, mühendisim', "Hong Kong'da yaşıyorum"], miss: ['BM genel kurulu toplandı', "geçen yıl Singapur'a gittik", "abim Malezya'da yaşıyor"] },
    },
    {
      key: 'profile_compliment',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      any: [
        /\b(?:profilini|profilinizi|fotograflarini|fotograflarinizi|fotografini|fotografinizi|fotolarini|fotolarinizi|resimlerini|resimlerinizi) (?:gordum|inceledim|begendim|cok begendim)\b/,
        /\b(?:cok )?(?:tatli|iyi|nazik|hos|kibar|zarif|sicak) (?:birine|bir insana) benziyorsun(?:uz)?\b|\b(?:gulusun|gulusunuz|gozlerin|gozleriniz) (?:cok )?(?:guzel|tatli|hos)\b|\bfotograflarin(?:iz)? (?:cok )?(?:guzel|harika)\b/,
        /\b(?:profil |gun batimi |kapak )?fotograf\w{0,6} (?:cok |gercekten |ne kadar |harika |muhtesem )?(?:guzel|harika|hos|tatli|etkileyici)(?:miş|mis)?\b|\b(?:profilin|profiliniz|fotograf|foto)\w{0,4}(?:deki|taki|daki|teki) \w+ (?:senin|sizin) mi\b|\bkesfette (?:gordum|gorunce)\b|\bdayanamadim yazdim\b|\b(?:paylastiginiz|paylastigin) \w+(?: \w+)? (?:cok )?(?:etkileyici|guzel|anlamli)\w{0,5}|\bfotograflarin\w{0,3} bakinca\b/,
      ],
      examples: { hit: ['Kordon\'daki gün batımı fotoğrafınız çok güzel', 'profilindeki köpek senin mi? çok tatlı', 'gülüşün güzelmiş, keşfette gördüm dayanamadım yazdım', 'profilini gördüm, çok tatlı birine benziyorsun', 'gülüşün çok güzel', 'fotoğraflarınızı beğendim'], miss: ['dünkü fotoğrafları bana da at', 'fotoğrafçı yarın geliyor', 'fotoğraflarımı gördün mü?', 'yorgun görünüyorsun'] },
    },
    {
      key: 'fellow_townsman',
      stage: 'hook',
      weight: 0.8,
      opening: true,
      any: [/\bhemsehri\w{0,4}\b|\b(?:sen|siz) de [a-z]{3,}(?:lu|li|lu|lı)(?: musun| misin| musunuz| misiniz)\s*\?/,
        /\b(?:sen|siz) de [a-z]{3,}'?(?:dan|den|tan|ten) (?:misin|musun|misiniz|musunuz)\s*\?|\b(?:dernek|koy|memleket|hemsehri)\w{0,6} grub\w{0,5}\b.{0,40}\b(?:gordum|aldim|buldum)\b|\b[a-z]{3,}(?:liler|lular)'? grub\w{0,5}/,
      ],
      examples: { hit: ['Sen de Pazar\'dan mısın?', 'numaranı köydeki dernek grubundan aldım', '\'Almanya\'daki Rizeliler\' grubunda yorumunu gördüm', 'selam hemşehrim, grupta gördüm seni', 'sen de Trabzonlu musun?', 'hemşehri misiniz?'], miss: ['sen de marketten misin geliyorsun?', 'dernek toplantısı yarın', 'ben Trabzonluyum', 'Trabzon çok yağmurlu'] },
    },
    {
      key: 'group_add',
      stage: 'hook',
      weight: 1.5,
      any: [
        /\b(?:yatirim|borsa|hisse|kripto|forex|sinyal|trade|halka arz)\w{0,5} (?:grub|grup|kanal|toplulug|kulub)\w{0,5}\b(?! (?:toplanti|aidat|etkinli|atolye|uyelik|baskan)\w{0,6})/,
        /\b(?:hocanin|profesorun|hoca\w{0,3}|analistin|uzmanin|danismanin) (?:asistani\w{0,4}|yardimcisi\w{0,4}|sekreteri\w{0,4})\b/,
        /\b(?:ucretsiz|bedava) (?:borsa|yatirim|kripto|forex|trade|hisse)\w{0,5} (?:egitim|kurs|ders|seminer|webinar|yayin)\w{0,5}\b/,
        /\b(?:vip|sinyal|yatirim|borsa|hisse|kripto|akademi)\w{0,4} grub\w{0,4}(?: \d{1,3})?'?(?:e|a|ye|ya)? hos geldin\w{0,4}\b|\bhoca\w{0,2} vip grub\w{0,4}/,
      ],
      examples: {
        hit: ['Borsa Akademi VIP Grubu 14\'e hoş geldiniz', 'Yatırım grubumuza eklendiniz', 'Ben Ahmet hocanın asistanıyım', 'bu akşam ücretsiz borsa eğitimi var'],
        miss: ['yatırım kulübü toplantısı perşembe', 'aile grubuna hoş geldin teyzecim', 'seni aile grubuna ekledim', 'ücretsiz yoga dersi var'],
      },
    },

    // ---------------- rapport ----------------
    {
      key: 'pet_name',
      stage: 'rapport',
      weight: 0.4,
      any: [
        /\b(?:askim|bebegim|tatlim|sevgilim|balim|prensesim|bitanem|birtanem|melegim)\b/,
        /\b(?:hayatim|gulum|canim benim)\s*(?:[,.!?]|$)|\b(?:gunaydin|iyi geceler|nasilsin|ozledim) (?:hayatim|canimin ici)\b/,
      ],
      examples: { hit: ['günaydın aşkım', 'nasılsın hayatım?', 'iyi geceler bebeğim'], miss: ['iyi geceler canım, yarın okulda görüşürüz', 'canım sıkıldı bugün', 'hayatım çok yoğun bu aralar'] },
    },
    {
      key: 'love_bombing',
      stage: 'rapport',
      weight: 1,
      any: [
        /\bruh es\w{0,5}\b|\bhayatimin aski\b|\b(?:ortak )?gelecegimiz (?:birlikte|beraber)\b|\bbirlikte (?:bir )?gelecek\w{0,5}\b/,
        /\bseni dusunmeden (?:duramiyorum|edemiyorum)\b|\baklimdan cikmiyorsun\b|\b(?:daha once )?hic (?:kimseye )?boyle (?:bir sey )?hissetmedim\b/,
        /\b(?:mustakbel|gelecekteki) (?:esim|karim|kocam)\b|\b(?:tum|butun) hayatimi seninle\b/,
      ],
      examples: { hit: ['sen benim ruh eşimsin', 'aklımdan çıkmıyorsun', 'daha önce hiç böyle hissetmedim'], miss: ['şirketin geleceği belirsiz', 'düşünüyorum, sonra yazarım'] },
    },
    {
      key: 'secrecy',
      stage: 'rapport',
      weight: 2,
      any: [
        /\b(?:kimseye|ailene|ailenize|esine|esinize|kocana|karina|cocuklarina|arkadaslarina|bankaya)(?: de)? (?:simdilik |bundan )?(?:bahsetme\w{0,3}|soyleme\w{0,3}|anlatma\w{0,3})\b/,
        /\b(?:aramizda|ikimizin arasinda) (?:kalsin|kalmali|kalacak)\b|\b(?:bizim )?(?:kucuk )?sirrimiz\b/,
        /\b(?:ailen|ailem|arkadaslarin|banka) (?:bunu )?anlamaz\b/,
        /\b(?:sorarlarsa|sorarsa|sorulursa|soran olursa)\b.{0,50}['\"] ?(?:deyin|de|soyleyin|soyle|dersiniz|dersin)\b|\bkimse yonlendirmedi\b|\byatirimdan bahset(?:menize|mene) gerek yok\b/,
      ],
      examples: { hit: ['bankada sorarlarsa \'kendim için alacağım\' deyin', 'temsilciye \'kimse yönlendirmedi\' deyin', 'ailene şimdilik söyleme', 'bu aramızda kalsın', 'kimseye bahsetme, ailen anlamaz'], miss: ['sorarlarsa yarın gelirim de', 'kimse yok mu evde', 'ailene selam söyle', 'bana unuttum deme'] },
    },

    // ---------------- off_platform ----------------
    {
      key: 'move_off_platform',
      stage: 'off_platform',
      weight: 1.2,
      any: [
        new RegExp(`\\b${APP} (?:uzerinden |den |dan )?(?:yazalim|konusalim|gorusalim|devam edelim|gecelim|ekle|yaz|yazar misin|yazin)\\b|\\b${APP} (?:gecelim|gecebilir miyiz)\\b`),
        new RegExp(`\\b(?:numarani|numaranizi|${APP}'?(?:ini|unu|ni|nu)?) (?:verir misin|verir misiniz|alabilir miyim|atar misin|atarmisin|ver)\\b|\\b${APP} (?:var mi|varmi|kullaniyor musun|kullaniyor musunuz)\\b`),
        /\b(?:buraya|buraya pek|bu uygulamaya|bu siteye|uygulamaya|siteye) (?:pek |cok |fazla |sik |cok az |az |nadiren )?(?:girmiyorum|giriyorum|bakmiyorum|girmem|bakamiyorum|bakiyorum|girebiliyorum)\b/,
        new RegExp(`\\b${APP} (?:(?:uzerinden|ya da|veya) )?(?:yazayim|yazisalim|yazissak|yazisalim mi|arayayim|arayalim|ulasin|ulas|ekleyeyim|ekler misin|ekleyin|yazmaniz yeterli|yazman yeterli|yazabilirsin|yazabilirsiniz|iletisime gec)\\w{0,4}|\\bnumara(?:ni|nizi) (?:versene|ver|yaz|birak|atsana)\\b|\\b${APP}\\b.{0,30}\\b(?:yazmaniz|yazman|mesaj atmaniz|mesaj atman) (?:yeterli|yeter)\\b|\\b${APP} (?:ya da|veya|mi) ${APP}\\b|\\b(?:ya da|veya) ${APP}\\s*\\?`),
      ],
      examples: {
        hit: ["WhatsApp'tan yazalım mı?", 'numaranı versene, whatsapptan arayayım', "buraya çok az giriyorum, Telegram'dan yazışalım", 'Telegram ya da WhatsApp, hangisi kolay?', 'numaranı verir misin?', 'telegram var mı? buraya pek girmiyorum'],
        miss: ["fotoğrafları WhatsApp'tan attım", 'numaram değişti'],
      },
    },

    // ---------------- wealth ----------------
    {
      key: 'relative_analyst',
      stage: 'wealth',
      weight: 2.5,
      any: [
        new RegExp(String.raw`\b${KIN}\b.{0,60}\bsinyal\w{0,4} (?:veriyor|gonderiyor|atiyor|verecek|veren)\b`),
        new RegExp(`\\b${KIN}(?: [a-z']+){0,6} (?:analist|fon yoneticisi|portfoy yoneticisi|trader|broker|finans uzmani|borsa uzmani|yatirim danismani|strateji uzmani)\\w{0,4}\\b`),
        new RegExp(`\\b${KIN}(?: [a-z]+){0,4} (?:bana )?(?:sinyal|ipucu|iceriden bilgi|bilgi|analiz|tuyo)\\w{0,4} (?:veriyor|verdi|atiyor|atti|gonderiyor|paylasiyor)\\b`),
        /\b(?:iceriden|ozel|gizli) (?:bilgi|haber|sinyal|tuyo)\w{0,5}\b/,
        /\b(?:amcamin|dayimin|teyzemin|halamin|hocamin|mentorumun|analistin|hocanin|danismanimin) (?:dedigi|soyledigi|verdigi|gosterdigi) (?:saat|zaman|an|flip|islem|hisse|coin)\w{0,6}|\bailemize (?:ozel )?(?:sinyal|tuyo|bilgi)\w{0,4}\b/,
      ],
      examples: {
        hit: ['dayım Hong Kong\'da bir fonda analist', 'mentorumun dediği işlemleri yapıyorum', 'teyzem büyük bir fonda kıdemli analist', 'amcam bana her gün sinyal veriyor', 'bizde içeriden bilgi var'],
        miss: ['teyzem hafta sonu geliyor', 'abim hemşire'],
      },
    },
    {
      key: 'showing_gains',
      stage: 'wealth',
      weight: 1.2,
      any: [
        new RegExp(String.raw`\b${INVEST}\b.{0,30}\b(?:cok|iyi|guzel|ciddi|epey) (?:iyi |guzel )?(?:para|kar|kazanc)\w{0,3} (?:kazandi|yaptim|ettim)\w{0,3}`),
        /\[(?:screenshot|ekran goruntusu)[^\]]{0,60}(?:bakiye|odul|kar|kazanc|getiri|mt4|mt5)\w{0,4}\b[^\]]{0,30}(?:\d{2,3}[.,]\d{3}|\d[\d.,]{0,8} ?(?:eth|btc|usdt))|\b(?:uyelerimiz|ogrencilerimiz|musterilerim|musterilerimiz|grubumuz|grup uyeleri)\b.{0,40}\b(?:kazandi|kar etti|kazandilar)\w{0,3}/,
        new RegExp(`\\b(?:bugun|dun|bu hafta|bu ay|bir gunde|tek gunde|bir haftada)\\b.{0,30}${AMOUNT}.{0,20}\\b(?:kazandim|kazandik|kar ettim|kar ettik|kar yaptim|kazanc|kar)\\b`),
        new RegExp(`\\b(?:${INVEST}|${CRYPTO})\\w{0,4}\\b.{0,30}${AMOUNT}.{0,15}\\b(?:kazandim|kazandik|kar ettim|kar ettik|kar yaptim)\\b|${AMOUNT} (?:kazandim|kar ettim)\\b.{0,30}\\b(?:${INVEST}|${CRYPTO})`),
        new RegExp(`\\b(?:araba|ev|daire|villa|rolex)\\w{0,4} (?:aldim|aldik)\\b.{0,30}\\b(?:${INVEST}|${CRYPTO})`),
        new RegExp(`\\b(?:saatte|gunde|haftada|ayda|gecede|tek islemde|bir islemde)\\b.{0,25}${MONEY}.{0,12}\\b(?:kazandim|kazaniyorum|kazandik|kaziniyoruz|kar ettim|kar ediyorum)\\b|(?:^|[\\s:,(])\\+\\s?\\d[\\d.,]{0,10}\\s?(?:usdt|usdc|tl|dolar|usd|euro|\\$|eth|btc)(?![a-z])`),
        /\b(?:ev|evimi|daire|daireyi|araba|arabam|arabayi|yazlik|yazligi|villa|villayi)\w{0,4}\b.{0,25}\b(?:boyle|bununla|bu sayede|bu isle|kazancimla|kazanciyla|karla|kariyla|robotun kazanciyla|sinyallerle) (?:aldim|aldik)\b|\b(?:kazancimla|kazanciyla|kazancla|karimla) (?:aldim|aldik)\b/,
        /\b(?:bakiye|bakiyem|kar|kazanc)\w{0,3}:? \+?\d[\d.,]{0,10}\s?(?:usdt|usdc|btc|eth)\b|\b\d[\d.,]{0,8}\s?(?:eth|btc|usdt|usdc) (?:odul|kar|getiri|kazanc)\w{0,4}\b/,
        /\b(?:kendi )?kazanc\w{0,4}(?:la|le)\b.{0,30}\b(?:yazlik|ev|araba|daire|villa)\w{0,3} (?:aldim|aldik)\b|\b(?:anneme|babama|annemle babama|aileme) \S+ (?:yazlik|ev|araba|daire|villa)\w{0,3} (?:aldim|aldik)\b|\[screenshot[^\]]{0,60}\b(?:getiri|kar|bakiye|kazanc|panel)\w{0,4}\b[^\]]{0,30}\d/,
      ],
      examples: {
        hit: ['kendi kazancımla Bodrum\'da yazlık aldım', 'annemle babama Çeşme\'de yazlık aldık', '[screenshot: panel, 7 günlük getiri +12%]', "kripto sayesinde çok iyi para kazandım bu yıl", 'ayda 8-10 bin euro kazanıyorum', 'kâr +1.950 USDT', 'yazlığı da böyle aldım', 'havuz 0,5 ETH ödül verdi', 'bu hafta 50 bin TL kazandım', "kriptodan bugün %30 kâr ettim", 'yeni araba aldım, hepsi borsa sayesinde'],
        miss: ['kardeşime araba aldık, kredili', '[screenshot] bak kedim', 'bugün 3 maç kazandık', 'yeni araba aldım, krediyle'],
      },
    },
    {
      key: 'wealth_signals',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\b(?:amcamin|dayimin|teyzemin|halamin|hocamin|hocanin|analistin|mentorumun|uzmanin) (?:sinyal|tuyo)\w{0,4}\b|\b(?:sinyalimi|sinyalimizi|talimatimi) (?:bekle|takip et)\w{0,3}\b/,
        /\b(?:guclu|buyuk|kesin|vip|al|sat|giris) (?:sinyal|sinyali)\b|\bsinyal (?:geldi|gelecek|verdi)\b/,
        /(?:%\s?\d{2}|yuzde \d{2}) (?:dogru|isabet\w{0,4})\b.{0,20}\b(?:tahmin|bil)\w{0,6}|\b(?:piyasanin|borsanin|fiyatin) yonunu\b.{0,30}\btahmin\w{0,6}/,
      ],
      examples: { hit: ['sistem piyasanın yönünü %90 doğru tahmin ediyor', 'yarın saat 10da sinyalimi bekle', 'bugün amcamın sinyali geldi', 'büyük sinyal var bu akşam'], miss: ['hava durumu yüzde 70 yağmur diyor', 'burada sinyal çekmiyor', "Signal'den yaz bana"] },
    },
    {
      key: 'mentor_pedigree',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\b(?:amcam|dayim|teyzem|halam|kuzenim|abim|ablam|babam|annem|hocam|hoca\w{0,4}|mentor\w{0,4}|danisman\w{0,4}|analist\w{0,6}|uzmanimiz|o|eskiden|yillarca)\b.{0,40}\b(?:goldman|jp ?morgan|morgan stanley|blackrock|wall street(?! journal)|hedge fon\w{0,4}|yatirim bankasi\w{0,4}|kidemli trader|fon yoneticisi|bas analist)\b/,
        /\b(?:\d{2}|yirmi|otuz|on bes) (?:yillik|yil) (?:tecrube|deneyim)\w{0,4}\b|\bspk (?:lisansli|onayli)\b|\b(?:hisse|sinyal|tahmin|oneri)\w{0,6}\b.{0,25}\bhedef\w{0,3} (?:ulasti|vurdu|tuttu)\b|\b(?:sinyal|tahmin)\w{0,6} (?:hic )?(?:sasmiyor|tutuyor|yanilmiyor)\b/,
        new RegExp(`\\b${KIN}(?: [a-z]+){0,2} (?:bana )?(?:${INVEST}|${CRYPTO})\\w{0,4} (?:ogretti|ogretiyor)\\b`),
        /\b(?:hoca\w{0,4}|mentor\w{0,4}|profesor\w{0,4}|analist\w{0,4}|amca\w{0,3}|dayi\w{0,3})\b.{0,30}\b\d{1,2} yillik (?:piyasa|borsa|yatirim|finans|banka)\w{0,4} (?:tecrube|deneyim)\w{0,6}/,
      ],
      examples: {
        hit: ['hocamız 25 yıllık piyasa tecrübesine sahip', 'önerdiği 5 hisseden 4\'ü hedefe ulaştı', 'analistimiz yıllarca yatırım bankasında çalıştı', "mentorum eskiden Goldman'da kıdemli trader'dı", "hocanın 20 yıllık tecrübesi var, SPK lisanslı", 'teyzem bana borsayı öğretti'],
        miss: ['hocamız 25 yıllık öğretmen', 'babam bana yüzmeyi öğretti', 'tarih hocası çok iyi'],
      },
    },
    {
      key: 'trading_lifestyle',
      stage: 'rapport',
      weight: 0.8,
      any: [/\bbos (?:zaman|vakit)\w{0,7} (?:trade|borsa|kripto|yatirim|forex)\w{0,6}\b|\b(?:borsa|kripto|trade|forex|yatirim)\w{0,4} (?:ile )?(?:ugrasiyorum|yapiyorum|islem yapiyorum)\b|\b(?:yatirim gelirleri\w{0,3}|borsadan|kriptodan) (?:yasiyorum|geciniyorum)\b/],
      examples: { hit: ['boş zamanlarımda kripto trade yapıyorum', 'borsa ile uğraşıyorum biraz', 'yatırım gelirleriyle yaşıyorum'], miss: ['boş zamanlarımda kitap okuyorum', 'maaşımla geçiniyorum'] },
    },
    {
      key: 'trial_withdrawal',
      stage: 'withdrawal',
      weight: 0.8,
      any: [/\b(?:kucuk|az|biraz|once)\b.{0,20}\b(?:cekim|cekmeyi|cek)\b.{0,25}\b(?:dene|gor|gorursun|emin ol|test et)\w{0,4}\b/],
      examples: { hit: ['önce küçük bir miktar çekmeyi dene', 'biraz çek de gör, gerçek', 'küçük bir çekim yap, emin ol'], miss: ['ATMden para çektim', 'biraz dinlen'] },
    },

    // ---------------- pitch ----------------
    {
      key: 'offer_to_teach',
      stage: 'pitch',
      weight: 2,
      any: [
        new RegExp(`\\b(?:${INVEST}|${CRYPTO}|para kazanma)\\w{0,6}\\b(?: [a-z]+){0,2} (?:ogretebilirim|ogretirim|ogretecegim|gosterebilirim|gosteririm)\\b|\\b(?:sana|size) (?:yatirim|borsa|trade|kripto)\\w{0,8} (?:konusunda )?(?:rehberlik|yardim) (?:ederim|edebilirim)\\b`),
        /\b(?:sadece |tek yapman gereken )?(?:talimatlarimi|talimatlarima|sinyallerimi|dediklerimi|adimlarimi) (?:takip et|uygula|yap)\w{0,3}\b|\bne zaman (?:alacagini|satacagini|girecegini|alman gerektigini) (?:soylerim|soyleyecegim)\b|\b(?:benim )?(?:dedigim|soyledigim) (?:saat|saatte|saatlerde|zaman|anda|an) (?:islem|gir|al|sat)\w{0,8}|\b(?:ucretsiz|bedava|ben) (?:yonlendiririm|rehberlik ederim|yol gosteririm|yardimci olurum)\b/,
      ],
      examples: {
        hit: ['ben ücretsiz yönlendiririm', 'sadece dediğim saatte işlem açın', 'sana yatırım yapmayı öğretebilirim', 'sadece talimatlarımı takip et', 'ne zaman alacağını söylerim'],
        miss: ['sana yemek yapmayı öğretirim', "beni Instagram'da takip et"],
      },
    },
    {
      key: 'offer_to_set_up',
      stage: 'pitch',
      weight: 1.5,
      any: [/\b(?:senin|sizin) (?:icin|adina) (?:hesap|cuzdan) (?:acarim|acayim|acabilirim|olustururum)\b|\b(?:sifreni|sifrenizi|giris bilgilerini) (?:ver|gonder)\w{0,3}\b.{0,20}\b(?:islem|trade)\w{0,4}\b|\bben (?:senin|sizin) (?:icin|yerine) (?:islem yaparim|trade yaparim|alim yaparim)\b/],
      examples: { hit: ['senin için hesap açarım', 'şifreni ver, ben işlem yaparım', 'ben senin yerine trade yaparım'], miss: ['kapıyı açarım', 'wifi şifresini ver'] },
    },
    {
      key: 'guaranteed_returns',
      stage: 'pitch',
      weight: 2.5,
      any: [/\bkaybedersen(?:iz)? (?:ben |parani )?(?:oderim|karsilarim|telafi ederim|geri veririm)\b/, /\b(?:garantili|garanti|kesin|sabit) (?:kazanc|kar|getiri|gelir)\w{0,4}\b|\b(?:risksiz|sifir risk|hic risk yok|riski yok)\b|\b(?:zarar etmezsin|kaybetmezsin|kaybetme (?:sansin|ihtimalin) yok)\b|\b%\s?100 (?:garanti|kesin|guvenli|kar)\b|\bgaranti (?:veriyorum|ediyorum|ederim|veririm)\b|\b(?:kendi )?cebimden (?:karsilarim|oderim|veririm)\b|\b(?:zarar|kayip)\w{0,6} (?:ben )?(?:karsilarim|ben oderim|telafi ederim)\b/],
      examples: { hit: ['zarar ederseniz kendi cebimden karşılarım', 'garanti veriyorum', 'garantili kazanç, sıfır risk', 'zarar etmezsin, %100 garanti', 'kesin getiri var'], miss: ['borsada her zaman risk var', 'kesin yarın gelirim'] },
    },
    {
      key: 'high_returns',
      stage: 'pitch',
      weight: 2,
      any: [
        new RegExp(`\\b(?:gunluk|her gun|gunde|haftalik|her hafta|haftada|islem basi|her islemde)\\b(?: [a-z]+){0,2} ${PCT}|${PCT}(?: [a-z]+){0,2} (?:gunluk|her gun|gunde|haftalik|haftada)\\b`),
        new RegExp(`\\b(?:getiri|kazanc|kar|faiz)\\w{0,4}(?: (?!yillik|senelik)[a-z]+){0,2} (?:%|yuzde) ?(?:[2-9]\\d|\\d{3,})|\\b(?:aylik|her ay|ayda)(?: ortalama| en az| sabit)? (?:%|yuzde) ?(?:[3-9]|[1-9]\\d)\\b|(?:%|yuzde) ?(?:[2-9]\\d|\\d{3,})\\w{0,4} (?:kar|getiri|kazanc)\\w{0,3} (?:bekleniyor|bekliyoruz|hedefliyoruz|garanti)\\b|\\b(?:islem|sinyal) basina (?:%|yuzde) ?\\d`),
      ],
      examples: { hit: ['aylık ortalama %12-15', '%80 kâr bekleniyor', 'günlük %3 kazanç', 'getiri %300e kadar', 'aylık %15'], miss: ['pil %3 kaldı', 'mevduat faizi yıllık %45'] },
    },
    {
      key: 'easy_money',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:parani|paranizi|sermayeni|sermayenizi|paran|paraniz)(?: [a-z]+){0,3} (?:ikiye|uce|iki) (?:katla|katlar|katlanir|katlayabilirsin)\w{0,4}\b|\b(?:paran|paraniz|sermayen) (?:\w+ )?katlanir\b/,
        new RegExp(`\\b(?:gunde|gunluk|haftada) ${MONEY} (?:kazan|kazanabilirsin|kazanirsin|kazanabilirsiniz)\\b`),
        /\b(?:basari orani|kazanma orani|isabet orani|win rate)\w{0,3}(?: [a-z]+){0,2} (?:%\s?\d+|\d+\s?%)|\b(?:pasif gelir|finansal ozgurluk)\b/,
        new RegExp(`\\b(?:video|yorum|begeni|gorev|degerlendirme|siparis|urun|like|takip) (?:basina|basi)\\b.{0,20}${MONEY}|\\bgunde \\d{1,3} (?:gorev|siparis|urun|video|yorum)\\w{0,6}\\b.{0,40}${MONEY}|\\bbakiye\\w{0,3} ne kadar (?:yuksek|fazla|buyuk)\\w{0,4}\\b.{0,20}\\b(?:komisyon|kazanc|kar)\\w{0,3}\\b|\\bgunluk ${NUM}(?:-${NUM})?\\s?(?:bin )?(?:tl|lira|dolar|usdt|euro)\\w{0,3} (?:kazanc|gelir)\\b`),
      ],
      examples: { hit: ['bakiye ne kadar yüksekse komisyon o kadar yüksek', 'video başına 30 TL ödüyoruz', 'günde 20 görev yapınca 1.500 TL', 'paranı bir ayda ikiye katla', 'günde 500 dolar kazanabilirsin', 'başarı oranı %95'], miss: ['market fiyatları ikiye katladı', 'her gün işe gidiyorum'] },
    },
    {
      key: 'invitation_to_invest',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b\d[\d.,]{0,8} ?(?:dolar|tl|lira|usdt|euro)(?:la|le|lik)? (?:dene|basla)\w{0,6}/,
        /\b(?:sen de|siz de) (?:bir )?(?:yatirim yap|yatirim yapmayi dene|dene|basla|katil|trade yap)\w{0,4}\b|\b(?:birlikte|beraber) (?:yatirim yapalim|kazanalim|trade yapalim)\b/,
        new RegExp(`\\b(?:kucuk bir miktar|az bir miktar|kucuk miktar|[₺$€]?\\d[\\d,.]{0,12} ?(?:bin |k )?(?:tl|lira|dolar|usdt|euro|bin|k)?'?)(?:la|le|yla|yle| ile)(?: bile| sadece)? (?:basla|baslayabilirsin|baslayin|baslayabilirsiniz)\\b`),
      ],
      examples: { hit: ['sen de yatırım yapmayı dene', 'birlikte yatırım yapalım', '1000 dolarla başla'], miss: ['sen de yemek ye', 'sabah erken başla'] },
    },
    {
      key: 'future_together',
      stage: 'pitch',
      weight: 1.2,
      any: [/\b(?:gelecegimiz|evimiz|dugunumuz|ailemiz|birlikteligimiz) icin\b|\bcalismak zorunda kalma\w{0,6}\b|\bcok calisiyorsun\b.{0,30}\b(?:yatirim|kazanc|gelir)/],
      examples: { hit: ['hepsi geleceğimiz için', 'çalışmak zorunda kalmayasın diye', 'düğünümüz için biriktiririz'], miss: ['yeni koltuk için biriktiriyoruz', 'çocuklar için yemek'] },
    },
    {
      key: 'investment_product',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:vadeli islem\w{0,4}|kaldirac\w{0,4}|futures|opsiyon\w{0,4}|kontrat islem\w{0,4}|marjin islem\w{0,4})\b|\b(?:likidite madencili\w{0,4}|likidite havuz\w{0,4}|staking)\b/,
        /\b(?:yapay zeka|ai|robot|kantitatif)(?: ile)? (?:bot|botu|islem|trade)\w{0,4}\b|\bmt4\b|\bmt5\b|\bmetatrader\b|\bforex\b|\barbitraj\w{0,4}\b|\baltin (?:islem|trade|forex)\w{0,4}\b/,
      ],
      examples: { hit: ['bitcoin üzerinde vadeli işlem yapıyorum', 'likidite madenciliği her gün kazandırıyor', 'yapay zeka botu senin için işlem yapar'], miss: ['iş sözleşmem bitti', 'anneme altın kolye aldım'] },
    },
    {
      key: 'pitch_urgency',
      stage: 'pitch',
      weight: 1,
      any: [/\b(?:sadece|son) (?:\d+|iki|uc|birkac) (?:kisilik yer|yer|kontenjan|kisi)\w{0,4} (?:kaldi)?\b|\b(?:firsati|bu firsati|sansi) (?:kacirma|kacirmayin)\b|\bson (?:firsat|sans)\b|\bfirsatlar (?:beklemez|kacmadan)\b|\b(?:kampanya|kontenjan|kayit|oda|grup)\w{0,4} (?:bu |pazar |cuma |yarin )?(?:gece\w{0,3} |aksam\w{0,3} )?(?:kapaniyor|kapanacak|doluyor)\b|\b(?:bugun|hemen|simdi) (?:yatirman|yatirmaniz|yatirim yapman|odemen) (?:lazim|gerek|sart)\b/,
        /\byer\w{0,3} sinirli\b|\bkontenjan\w{0,3} sinirli\b/,
      ],
      examples: { hit: ['yer sınırlı, bu hafta doluyor', 'fırsatlar beklemez', 'kampanya pazar gecesi kapanıyor', 'VIP grupta sadece 3 kontenjan kaldı', 'bu fırsatı kaçırma', 'bugün yatırman lazım'], miss: ['otopark sınırlı', 'sadece 3 kurabiye kaldı', 'otobüsü kaçırma'] },
    },
    {
      key: 'exclusive_access',
      stage: 'pitch',
      weight: 1.5,
      any: [new RegExp(String.raw`\b(?:hesab|hesap|bakiye)\w{0,4} (?:en az|minimum|asgari) ${MONEY} (?:olan|olanlar|olmasi)\b`), /\bkurumsal (?:hesap|islem|kontenjan)\w{0,4}\b|\bhalka arz\w{0,4} (?:payi|kontenjan|hisse|tahsis)\w{0,4}|\b(?:kopya islem|copy ?trad\w{0,3}|blok satis)\b|\bvip (?:grup|kanal|uye|uyelik|sinyal|seviye|oda)\w{0,4}\b|\bhesaplara ozel\b|\b(?:usdt|dolar|tl|bin)\w{0,6} (?:ustu|uzeri|ve uzeri) (?:hesap|uye|bakiye)\w{0,5}|\b(?:elite|elit|premium|gold|platin) (?:sinyal|oda|grup|seviye|uyelik|hesap)\w{0,4}\b/,
        /\bkurumsal (?:kanal|yatirimci)\w{0,6}\b.{0,40}\b(?:fiyat|giris|ayni)\w{0,4}/,
      ],
      examples: { hit: ['kurumsal kanalda kurumsal yatırımcılarla aynı fiyattan giriyorsunuz', 'hesapta en az 5.000 USDT olanlar katılabiliyor', "hesabında en az 5.000 USDT olanlar bu gruba katılabiliyor", '5.000 USDT üstü hesaplar katılabiliyor', 'Elite sinyal odası', 'hoca birkaç öğrenci için kurumsal hesap açıyor', 'VIP üyelere günde 5 sinyal', 'halka arz payı kesin çıkar'], miss: ['kurumsal yatırımcı sunumu yarın', 'havalimanındaki VIP salon güzeldi', 'bankada hesap açtırdım'] },
    },
    {
      key: 'guilt_trip',
      stage: 'pitch',
      weight: 1.5,
      any: [/\bseni (?:farkli|baskalarindan farkli) (?:sanmistim|saniyordum|zannediyordum)\b|\bbana (?:hic )?(?:guvenmiyor musun|guvenmiyorsun)\b|\bben (?:dolandirici|sahtekar|hirsiz|yalanci) degilim\b|\b(?:sadece|yalnizca) (?:sana|size) yardim (?:etmek istedim|etmek istiyorum|ediyorum)\b/],
      examples: { hit: ['seni farklı sanmıştım', 'bana güvenmiyor musun?', 'ben dolandırıcı değilim, sadece sana yardım etmek istedim'], miss: ['sana tamamen güveniyorum', 'sadece sormak istedim'] },
    },

    {
      key: 'task_job_offer',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:urun|siparis|otel|uygulama)\w{0,4} optimize (?:ed|et)\w{0,8}|\bher (?:biri|gorev|urun|siparis)\w{0,3} icin (?:\w+ ){0,4}komisyon|\b(?:her|tum) gorev\w{0,4} (?:sonunda|bitince|bittiginde)\b.{0,40}\b(?:ana ?para|komisyon)/,
        /\b(?:ek is\w{0,5}|ek gelir\w{0,4}|part ?time|yari zamanli|evden (?:calis\w{0,6}|is\w{0,4}|yapilan)|online is\w{0,4}|internetten is\w{0,4}|telefon(?:unuz|un)?dan (?:calis\w{0,6}|yapabil\w{0,8}|kazan\w{0,6}))\b.{0,100}\b(?:begen\w{0,6}|puanla\w{0,6}|yorum\w{0,6}|degerlendir\w{0,8}|takip et\w{0,6}|abone ol\w{0,6}|gorev\w{0,6}|komisyon\w{0,4}|izle\w{0,6})/,
        /\b(?:ek is\w{0,5}|part ?time|yari zamanli|evden (?:calis\w{0,6}|is\w{0,4})|online is\w{0,4}|gunluk odeme\w{0,3})\b.{0,80}\b(?:gunluk|gunde|her gun) (?:\w+ ){0,2}\d[\d.,]{0,6}(?:\s?-\s?\d[\d.,]{0,6})?\s?(?:tl|lira|₺|\$|usdt|dolar)(?![a-z])/,
        /\b(?:video\w{0,6}|otel\w{0,6}|urun\w{0,6}|uygulama\w{0,6}|restoran\w{0,6}|magaza\w{0,6}|kanal\w{0,6}|sayfa\w{0,6}|paylasim\w{0,6}|hesap\w{0,6})\b (?:\w+ ){0,3}(?:begen\w{0,6}|puan\w{0,6}|yorum yaz\w{0,6}|yorum yap\w{0,6}|degerlendir\w{0,8}|takip et\w{0,6}|abone ol\w{0,6}|5 yildiz\w{0,4})\b.{0,80}(?:\bkazan\w{0,6}|\bodeme\w{0,4}|\bkomisyon\w{0,4}|\btl\b|₺|\$|\busdt|\bucret\w{0,4})/,
        /\b(?:gorev|begeni|yorum|puanlama|degerlendirme|siparis|video)\w{0,3} basina (?:\w+ ){0,2}(?:\d|komisyon|odeme|kazan)|\bher (?:begeni|yorum|gorev|puanlama|degerlendirme|video|siparis)\w{0,3} icin (?:\w+ ){0,1}\d[\d.,]{0,6}\s?(?:tl|lira|₺|\$|usdt)/,
        /\b(?:ik|insan kaynaklari|ik uzman\w{0,3}|ise alim\w{0,6}|recruiter|isealim)\b.{0,120}\b(?:ek is|part ?time|yari zamanli|evden|gorev\w{0,6}|gunluk \d|komisyon|telefon(?:unuz|un)?dan)/,
        /\b(?:veri optimizasyon\w{0,4}|siparis optimizasyon\w{0,4}|urun optimizasyon\w{0,4}|siparis(?:leri)? (?:artir|yukselt|boost)\w{0,6}|(?:magaza|urun|otel|uygulama)\w{0,4} (?:puan|siralama|reyting)\w{0,4} (?:artir|yukselt)\w{0,6})/,
      ],
      examples: {
        hit: [
          'Merhaba, evden ek iş var: YouTube videolarını beğenip ekran görüntüsü atıyorsunuz, video başına 25 TL',
          'İK ekibimiz sizi seçti, telefonunuzdan yarı zamanlı, günlük 1.500-3.000 TL kazanç',
          'Otellere Google üzerinden 5 yıldız veriyorsunuz, her değerlendirme için 40 TL ödeme',
          'Part time iş, günde 30 dk, görev başına komisyon alırsınız',
        ],
        miss: [
          'fotoğrafımı puanla lan 😂',
          'Hafta sonları Uber\'de şoförlük yapıyorum, ek iş gibi',
          'Merhaba, İK\'dan yazıyorum, tam zamanlı analist pozisyonu için mülakata davet ediyoruz',
          'Amazon\'a yorum yazdım, kargo çok geç geldi',
        ],
      },
    },
    // ---------------- platform ----------------
    {
      key: 'platform_register',
      stage: 'platform',
      weight: 1.8,
      any: [
        /\btestflight\b|\.apk\b|\bapk (?:dosya|link)\w{0,4}\b/,
        /\b(?:uygulama|platform|site|borsa)\w{0,5} (?:indir|yukle(?!t)|kayit ol|kaydol|uye ol|hesap ac)\w{0,4}\b/,
        /\bplatform\w{0,4} (?:spk|bddk) (?:lisansli|onayli)\b|\b(?:davet|referans) kod\w{0,4}\b|\b(?:fca|sec|finma|cysec|asic)(?:'?\w{0,3})? (?:denetim|lisans|onay|kayit|duzenleme)\w{0,5}|\b(?:borsa|platform|uygulama)\w{0,5}\b.{0,60}\bhesap (?:aciliyor|acin|acabilirsiniz|acman|ac)\b|\bkimlik\w{0,4} (?:on (?:yuz|yuzu)|arka|dogrulamasi bile yok)\w{0,4}|\b(?:invite|invitation|referral) code\b/,
        /\bcalisma bakiye\w{0,4}\b|\bgorev (?:alabilmek|almak) icin\b.{0,60}\b(?:bakiye|yatir|yukle|minimum)\w{0,6}|\b(?:sirket|platform)\w{0,5} [a-z]+ merkezli\b.{0,60}\b(?:temsilci|lisans|kayit|kurulus)\w{0,6}|\bbinlerce (?:turk )?(?:calisan|uye|kullanici|yatirimci)\w{0,6} (?:duzenli )?(?:odeme|kazanc|kar)\w{0,4}/,
      ],
      examples: { hit: ['görev alabilmek için hesabınızda \'çalışma bakiyesi\' olmalı, minimum 500 TL', 'Şirketimiz Londra merkezli, Türkiye temsilciliğimiz kuruluş aşamasında', 'platform FCA denetiminde', 'bu borsada 5 dakikada hesap açılıyor', 'uygulamayı indir ve kayıt ol', 'platform SPK lisanslı', 'davet kodum 88AX'], miss: ['şirketimiz İzmir merkezli bir lojistik firması', 'fotoğrafları drive’dan indir', 'maratona kayıt oldum'] },
    },
    {
      key: 'customer_service',
      stage: 'platform',
      weight: 2,
      any: [/\b(?:musteri hizmetleri|canli destek|destek ekibi|online destek|musteri temsilcisi)\w{0,4}\b.{0,40}\b(?:platform|yatirim|cekim|cuzdan|usdt|telegram|whatsapp|adres)|\b(?:platform|yatirim|cekim|cuzdan)\w{0,5}\b.{0,40}\b(?:musteri hizmetleri|canli destek|destek ekibi|musteri temsilcisi)\w{0,4}\b/],
      examples: { hit: ['yatırım için canlı destekle konuş', 'platformun müşteri hizmetleri telegramda', 'müşteri temsilcisi sana cüzdan adresini verir'], miss: ['bankanın müşteri hizmetleri berbat', 'canlı destek iade yaptı'] },
    },

    // ---------------- deposit ----------------
    {
      key: 'buy_crypto',
      stage: 'deposit',
      weight: 2,
      any: [
        new RegExp(`\\b${CRYPTO}\\b.{0,20}\\b(?:al|satin al|alin)\\b.{0,50}\\b(?:gonder|gonderin|transfer et|yatir|aktar)\\w{0,3}\\b`),
        /\b(?:binance|btcturk|paribu|okx|bybit|p2p)\w{0,5}\b.{0,40}\b(?:al|satin al)\b.{0,40}\b(?:gonder|transfer|yatir|aktar)\w{0,3}\b/,
        /\bcuzdan adres\w{0,3}\b|\b(?:yatirma|deposit) adres\w{0,3}\b/,
        /\b(?:usdt|kripto) ile (?:yukleme|yatirim|odeme) (?:yapil|yap)\w{0,5}|\bbakiye yuklemeniz (?:gerekiyor|lazim|gerek)\b|\byatirim adres\w{0,4}/,
      ],
      examples: { hit: ['platform TL kabul etmiyor, USDT ile yükleme yapılıyor', 'Binance\'tan USDT alıp yatırım adresine gönder', "Binance'ten USDT al ve platforma gönder", 'bu cüzdan adresi, ağ TRC20', 'usdt satın al sonra bu adrese aktar'], miss: ['telefona bakiye yüklemem lazım', 'ekmek al eve gel', 'maile gönder'] },
    },
    {
      key: 'deposit_instructions',
      stage: 'deposit',
      weight: 1.5,
      any: [
        new RegExp(String.raw`\b(?:birikim|ikramiye|emekli ikramiye)\w{0,4} (?:koy|yatir|ekle)\w{0,4}|\bben (?:de )?(?:sana )?${MONEY} (?:ekle|koy|yatir)\w{0,6} hesab|\bbakiye\w{0,4} \d[\d.,]{0,8}\S{0,5} (?:ustunde|uzerinde|ustu|fazla) (?:olursa|olanlar)`),
        new RegExp(`\\b(?:minimum|en az|asgari) (?:yatirim|yatirma|depozito|tutar)\\w{0,4}\\b|\\b(?:en az|minimum) ${MONEY} (?:yatir|yatirman|yatirmalisin|gonder)\\w{0,4}\\b`),
        new RegExp(`\\b${MONEY} (?:daha )?(?:yatir|ekle|gonder|aktar)(?:in|iniz|man|maniz|men|meniz|malisin|melisin|malisiniz|melisiniz|irsan|ersen|irsaniz|erseniz|mak|mek)?\\b.{0,30}\\b(?:hesab|bakiye|cuzdan|platform)\\w{0,5}|\\b(?:papara|havale|eft|fast)\\w{0,4} (?:ile|ile de|uzerinden) (?:gonder|yatir|at)\\w{0,3}\\b.{0,30}\\b(?:yatirim|hesap|platform)`),
        /\b(?:dekont|ekran goruntusu|ss)\w{0,3} (?:at|gonder|iletin|atar misin)\w{0,3}\b/,
        /\b(?:odeme|yatirim|depozito|transfer)\w{0,4} papara\w{0,5}\b|\bpapara\w{0,5}\b.{0,30}\balici (?:adi|ismi)\b|\b(?:yatirim|bakiye|depozito)\w{0,5}\b.{0,10}(?:%|yuzde) ?\d{1,3} bonus\b|\b(?:%|yuzde) ?\d{1,3} bonus\b|\b(?:fazlasiyla|komisyonuyla|karla) (?:iade|geri)\w{0,6}\b|\bcalisma bakiye\w{0,3}\b|\bkomisyon(?:la|uyla|u ile) (?:beraber |birlikte )?geri (?:al|cek)\w{0,8}|\b(?:on odemeli|kombine gorev\w{0,3})\b|\bbakiye\w{0,3} -\s?\d|\bpapara (?:no|numara)\w{0,3}\b|\bben de (?:senin (?:icin|hesabina) )?\d[\d.,]{0,10}(?: [a-z]{2,6})? (?:ekledim|ekleyecegim|koydum|koyacagim)\b|\bseviye (?:atla|atlayan|atlayana|atlarsan|yukselt)\w{0,4}\b.{0,30}\b(?:hediye|bonus|odul)\w{0,3}\b|(?:\d|\busdt|\bdolar|\btl|\bbin)'?\w{0,3} (?:cikarsan|cikarirsan|tamamlarsan|yukseltirsen)\b.{0,15}\b(?:vip|seviye|gold|elite)\b/,
        /\baltin\w{0,6} bozdur\w{0,8}\b.{0,60}\b(?:getiri|kar|yatir|firsat|kazanc)\w{0,4}|\b(?:getiri|kar|yatir|firsat|kazanc)\w{0,4}\b.{0,60}\baltin\w{0,6} bozdur\w{0,8}/,
      ],
      examples: { hit: ['altınları bozdurursanız yeterli olur, %80 getiri ile geri alırsınız', 'seviye atlayana 300 USDT hediye', '4.000 USDT\'ye çıkarsan VIP seviye', 'görev sonunda komisyonla geri alırsınız', 'ben de 2.000 ekledim', 'ödemeyi Papara\'ya yapın', 'yatırımlara %30 bonus', 'minimum yatırım 10.000 TL', '50 bin TL daha yatır hesabına', 'ödemeden sonra dekontu at'], miss: ['altınları bozdurup düğüne harcadık', 'en az su iç', 'pizza parasını havaleyle at', "Wise'tan 1.500 euro gönderdim, yarın hesabında olur"] },
    },
    {
      key: 'deposit_wire',
      stage: 'deposit',
      weight: 1.5,
      any: [/\b(?:sirket|platform|araci kurum|araci sirket|temsilci|temsilcilig|yetkili|danismanlik)\w{0,4} (?:hesabina|ibanina|iban'ina|hesabi|ibani) (?:gonder|yatir|aktar|havale)\w{0,8}\b|\b(?:temsilciligine|araci (?:sirkete|firmaya|kuruma)) (?:gonder|yatir|aktar|havale)\w{0,8}\b|\byurt ?disina (?:direkt|dogrudan) (?:gitmiyor|gitmedigi)\b|\b(?:aciklamaya|aciklama kismina) (?:uye|musteri|yatirimci|hesap) (?:no|numara)\w{0,4}\b/],
      examples: { hit: ['şirket hesabına gönder', 'temsilci hesabına havale yapın', "platformun IBAN'ına yatır"], miss: ['kirayı benim hesabıma at', 'şirketin ofisi nerede'] },
    },

    {
      key: 'prepaid_task',
      stage: 'deposit',
      weight: 2.5,
      any: [
        /\bcalisma bakiye\w{0,4}|\bgorev (?:almak|alabilmek) icin\b.{0,60}\b(?:bakiye|yatir|yukle|minimum)\w{0,6}|\b(?:tamamlamazsaniz|tamamlamazsan|bitirmezseniz|bitirmezsen)\b.{0,40}\b(?:yanar|gider|silinir|iptal)\w{0,4}/,
        /\bkombo (?:gorev|siparis|set|urun)\w{0,4}|\b(?:sansli|birlesik|birlesmis|cift|karma) (?:siparis|gorev)\w{0,4}/,
        /\b(?:bakiye\w{0,4} (?:eksi\w{0,4}|negatif\w{0,2}|eksiye (?:dus|gec)\w{0,4}|ekside)|negatif bakiye\w{0,4}|eksi bakiye\w{0,4})\b/,
        /\b(?:on odemeli|on odeme\w{0,3} (?:gerektiren|ile|isteyen)) (?:gorev|siparis)\w{0,4}|\b(?:gorev|siparis)\w{0,4} (?:icin )?on odeme\w{0,4}/,
        /\b(?:bakiye\w{0,4} yukle\w{0,6}|yukleme yap\w{0,6}|depozito\w{0,4}|para yatir\w{0,6}|on odeme\w{0,4}|odeme yap\w{0,6}|tamamlama tutar\w{0,4})\b.{0,60}\b(?:gorev\w{0,6} (?:devam|tamamla|baslat|ac|bitir)\w{0,6}|komisyon\w{0,4} (?:ac|kilid|al|cek|serbest)\w{0,6}|devam et\w{0,6}|siradaki gorev\w{0,4})/,
        /\b(?:gorev\w{0,6}|siparis\w{0,6}|seti|komisyon\w{0,4}) (?:\w+ ){0,2}(?:devam(?: et\w{0,5})?|tamamla\w{0,6}|baslat\w{0,6}|bitir\w{0,6}|kilidini ac\w{0,6}|ac\w{0,6}|cek\w{0,6}|almak) icin\b.{0,50}\b(?:yukle\w{0,6}|yatir\w{0,6}|on odeme\w{0,4}|depozito\w{0,4}|odeme yap\w{0,6}|tamamla(?:yin|maniz))/,
        /\b(?:vip) ?(?:seviye\w{0,4}|level\w{0,3}|uyelik\w{0,4}|paket\w{0,4})\b.{0,60}\b(?:depozito\w{0,4}|yatir\w{0,6}|yukle\w{0,6})/,
        /\b(?:seti|setleri|gorevleri|siparisleri|tum gorevleri) (?:\w+ ){0,1}tamamla\w{0,8}\b.{0,50}\b(?:cek\w{0,6}|cekim\w{0,3}|maas\w{0,4})|\b(?:maas\w{0,4}|komisyon\w{0,4}|kazanc\w{0,4}) (?:\w+ ){0,2}cek\w{0,6}\b.{0,40}\b(?:set\w{0,4}|gorev\w{0,4}|siparis\w{0,4}) (?:\w+ ){0,1}tamamla/,
        /\bgorev\w{0,4} (?:\w+ ){0,2}baslamak icin\b.{0,40}\b(?:yatir|yukle)\w{0,6}/,
      ],
      examples: {
        hit: ["görev alabilmek için hesabınızda en az 300 TL çalışma bakiyesi olmalı", 
          'Tebrikler, kombo sipariş çıktı! Bakiyeniz eksiye düştü, devam etmek için 2.400 TL yükleyin',
          'Görevlere devam etmek için hesabınıza 150 USDT yatırmanız gerekiyor',
          'Seti tamamlamadan maaş çekimi yapılamıyor, kalan tutarı yatırın',
          'VIP seviye 2 için 500 USDT depozito lazım, komisyon daha yüksek',
        ],
        miss: [
          'Telefonuma 100 TL yükledim, internet paketi aldım',
          'Yeni işte üniforma için depozito aldılar, çıkarken iade ediyorlar',
          'Oyunda elmas paketi aldım 200 TL',
          'Bakiyem az kaldı, akşam market alışverişi yaparım',
        ],
      },
    },
    // ---------------- withdrawal ----------------
    {
      key: 'withdrawal_fee',
      stage: 'withdrawal',
      weight: 3.5,
      any: [
        /\b(?:vergi|teminat|depozito|marj|sigorta)\w{0,4}\b.{0,60}\bcekim\w{0,4}\b|\bcekim\w{0,4}\b.{0,60}\b(?:vergi|teminat|depozito|marj|sigorta)\w{0,4}\b|\b(?:ode|yatir)(?:digin|diginiz|dikten sonra|ildiginda|ndiginde)\w{0,3}\b.{0,30}\bcekim\w{0,4} (?:onaylan|yapil|gerceklesir|acilir|serbest)/,
        /\b(?:vergi|komisyon|ucret(?!siz)|masraf|teminat|depozito|marj|sigorta|ceza)\w{0,4}\b.{0,50}\b(?:cekebilmek|cekmeden|cekebilmen\w{0,4}|cekmek icin|cekim(?:den)? (?:once|icin)|cekim yap(?:madan|abilmek|abilmeniz|abilirsin\w{0,2}|abilirsiniz))\b|\b(?:cekim|cekmek|cekebilmek|cekmeden|cekebilmen)\w{0,4}\b.{0,40}\b(?:vergi|komisyon|ucret(?!siz)|masraf|teminat|depozito|marj)\w{0,4}\b.{0,20}\b(?:ode|yatir|gerek|lazim|sart)\w{0,6}/,
        /\b(?:yatirilmadan|odenmeden|yatirmadan|odemeden|yatirilmazsa|odenmezse)\b.{0,30}\bcekim\w{0,6}|\b(?:analist|hoca|mentor|platform)\w{0,3} payi\b|\bcekim\w{0,4} (?:yapilamiyor|yapilamaz|onaylanmiyor|onaylanmaz)\b.{0,40}\b(?:ucret|yukseltme|uyelik|teminat|vergi)\w{0,4}|\b(?:yukseltme|aktivasyon|seviye atlama) (?:ucreti|bedeli)\b/,
        /\bvergi\w{0,4} (?:ayri|harici|baska|disaridan|ayrica) (?:hesaptan|kaynaktan|odenmeli|odenir|yatirilmali)\b|\b(?:depozito|teminat|vergi)\w{0,4} (?:iki|uc|\d) taksit\w{0,4}|\bcekim icin \d{1,3} lot\b|\bcekim\w{0,8}\b.{0,60}\bvip ?\d\w{0,4}\b.{0,40}\b(?:cik|yuksel|atla)\w{0,6}/,
      ],
      examples: {
        hit: ['vergi ayrı hesaptan ödenmeli, kural bu', 'depozitoyu iki taksitte yatırabilirsiniz', 'çekim yapamamanın sebebi VIP2 olman, VIP3\'e çıkman lazım', 'pay yatırılmadan çekim onaylanmaz', 'üyelik olmadan çekim yapılamıyor, yükseltme ücreti 500 USDT', 'çekim yapmadan önce %20 vergi ödemelisin', 'para çekebilmen için komisyon yatırman gerek', 'vergiyi ödedikten sonra çekim yapabilirsin'],
        miss: ['vergi dairesi ayrı binada', 'bankamatik çekimde küçük bir ücret alıyor ama sorun yok', 'işlem ücreti binde 2, TL çekimi ücretsiz', 'vergi nisandan önce ödenmeli'],
      },
    },
    {
      key: 'account_frozen',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:bakiye|hesap|hesabiniz|fon|paraniz)\w{0,3} (?:\w+ ){0,2}dondurul\w{0,6}/,
        /(?<!banka )\b(?:hesab|bakiye|fon|cuzdan|cekim|para)\w{0,5} (?:donduruldu|bloke|askiya alindi|kilitlendi|inceleme\w{0,4}|incelemede|askida)\b/,
        /\b(?:dondurmay|blokeyi|kilidi|bloke)\w{0,4} (?:kaldir|coz|ac)\w{0,5}\b|\b(?:dogrulama|teminat|aklama|masak|aktivasyon|guven) (?:bedeli|ucreti|depozitosu|teminati|incelemesi|kontrolu)\b|\bkara para aklama\b|\bhesa(?:p|bin|biniz)\w{0,3} (?:kalici olarak )?(?:kapatilacak\w{0,4}|kapaniyor|kapanacak|silinecek|'?pasif)|\bsupheli (?:gordu|gormus|buldu|bulmus)\w{0,3}\b/,
        /\bcekim\w{0,4} (?:kapali|durduruldu|kapatildi)\b|\bhesap (?:kilitli|kisitli)\b|\bhesabiniz (?:gecici olarak )?kisitlan\w{0,6}|\bkisitlama\w{0,4} kaldir\w{0,6}|\bguvenlik hesabina\b|\bkarapara\b/,
      ],
      examples: { hit: ['halka arz öncesi çekimler kapalı, hesap kilitli', 'güvenliğiniz için hesabınız geçici olarak kısıtlanmıştır', 'yatırılmazsa hesap kalıcı olarak kapatılacaktır', 'sistem transferi şüpheli bulmuş', 'hesabınız donduruldu', 'blokeyi kaldırmak için doğrulama ücreti ödeyin', 'MASAK incelemesi nedeniyle fonlar askıya alındı'], miss: ['mağaza pazar günü kapalı', 'telefon dondu yine', 'banka hesabımı bloke etti, kimlik istiyor'] },
    },
    {
      key: 'pay_to_release',
      stage: 'withdrawal',
      weight: 3,
      any: [/\b(?:bakiyeden|kardan|kazanctan) (?:dusulemez|kesilemez|odenemez|mahsup edilemez)\b|\b(?:odeme|yatirim|vergi)\w{0,4} (?:yapinca|yapildiginda|odeyince|odendiginde)\b.{0,30}\b(?:serbest|acilir|cekebilirsin|aktarilir)\w{0,4}|\bben de (?:vergi|komisyon|ucret)\w{0,3} (?:odedim|yatirdim)\b|\bben de (?:gecen (?:yil|ay|sefer) )?(?:odedim|yatirdim)\b|\b(?:teminat|depozito|vergi|komisyon|ucret)\w{0,4} (?:yatir|ode)\w{0,6}\b.{0,25}\b(?:hepsi|para\w{0,3}|hesap\w{0,3}|bakiye\w{0,3}) (?:acilacak|acilir|geri gelecek|geri gelir|serbest)\w{0,4}/,
        /(?:\d[\d.,]{0,12}\s?(?:usdt|tl|dolar|\$|bin)?|biraz) daha (?:yatirirsan|yatirirsaniz|eklersen|eklerseniz|yuklersen|yuklerseniz|odersen|oderseniz)\b.{0,40}\bcek\w{0,8}/,
      ],
      examples: { hit: ['4.000 USDT daha yatırırsan hepsini birden çekebilirsin', 'teminatı yatır, hepsi geri gelecek', 'ben de geçen yıl ödedim', 'vergi bakiyeden düşülemez, yeni yatırım lazım', 'ödeme yapınca hepsi serbest kalır', 'ben de vergiyi ödedim'], miss: ['biraz daha beklersen gelirim', 'elektrik faturasını ödedim', 'para gelince haber ver'] },
    },
    {
      key: 'credit_score',
      stage: 'withdrawal',
      weight: 3,
      any: [/\b(?:guven|kredi|itibar) (?:skor|puan)\w{0,4}\b.{0,60}\b(?:cekim|yatir|teminat|dustu)\w{0,4}/, /\bkredi (?:puani|puanin|puaniniz|skoru|notu)\w{0,3}\b.{0,50}\b(?:cekim|hesap|platform|yatir)\w{0,5}|\b(?:cekim|hesab|platform)\w{0,5}\b.{0,50}\bkredi (?:puani|skoru|notu)\w{0,3}\b/],
      examples: { hit: ['hesabının kredi puanı düşük, yatırım yap', 'çekim için kredi puanı 100 olmalı'], miss: ['kredi notum yükseldi bankada', 'findeks puanım iyi'] },
    },
    {
      key: 'withdrawal_pressure',
      stage: 'withdrawal',
      weight: 1.5,
      any: [/\b(?:yatirilmazsa|odenmezse|odemezsen|odemezseniz|yatirmazsan|yatirmazsaniz)\b.{0,50}\b(?:hesa\w{0,6} (?:don|kapat|kapan|iptal|bloke)\w{0,6}|bakiye\w{0,4} (?:iptal|yanar|gider|silinir)\w{0,6}|yanar|gider)\b/, /\b(?:nakit avans|ihtiyac kredisi|kredi cekersen|kredi cekin|kredi cekebilirsin)\w{0,4}\b|\b(?:borc al|borc iste|kredi cek|kredi kullan|kredi karti)\w{0,3}\b.{0,20}\b(?:aile|arkadas|banka|hemen|yeter)\w{0,4}|\b(?:ailenden|arkadaslarindan|akrabalarindan) (?:borc|para) (?:al|iste)\w{0,3}\b|\byoksa (?:hepsini|her seyi|tum paranı|tum parani) kaybedersin\b|\b(?:tamamlamazsan|tamamlamazsaniz|yatirmazsan|yatirmazsaniz|odemezsen|odemezseniz)\b.{0,20}\b(?:hepsi|paran|paraniz|bakiyen|bakiyeniz|kazancin|kazanciniz) (?:yanar|gider|silinir|sifirlanir)\b|\bdusunecek vakit yok\b/,
        /\b[a-z]+'?(?:ya|ye|a|e) kadar (?:yatirman|odemen|yatirmaniz|odemeniz|yatirmalisin|odemelisin) (?:lazim|gerek)\w{0,4}/,
      ],
      examples: { hit: ['Cuma\'ya kadar yatırman lazım', "ödemezseniz hesap donuyor, bütün bakiye gider", 'bugün tamamlamazsanız hepsi yanar', 'kartından nakit avans çekebilirsin', 'ailenden borç iste, birkaç gün sadece', 'bugün öde yoksa hepsini kaybedersin', 'düşünecek vakit yok!!'], miss: ['Cuma\'ya kadar gelmen lazım', 'merdiveni ödünç alabilir miyim?', 'geçen yıl konut kredisi çektik'] },
    },

    // ---------------- recovery ----------------
    {
      key: 'recovery_offer',
      stage: 'recovery',
      weight: 2.5,
      any: [/\b(?:paranizi|paranı|parani|fonlarinizi|kayiplarinizi|kaybettiginiz parayi|dolandirilan parayi)\b.{0,15}\b(?:geri alabiliriz|geri aliriz|kurtarabiliriz|kurtariyoruz|geri getiririz)\b|\b(?:fon|para|kripto) (?:kurtarma|geri alma)\b|\b(?:kurtarma|takip|avukat|analiz|dosya|vekalet|dava|basvuru) (?:ucreti|bedeli|harci|masrafi|teminati)\b|\b(?:iade|tazmin)\w{0,5}\b.{0,50}\b(?:ucret|masraf|harc|teminat|ag ucreti)\w{0,4}|\bcuzdan\w{0,6} (?:takip|izle|bloke)\w{0,6}|\btoplu dava\b|\bsizin payiniz\b|\betik hacker\b/,
        /\bvarlik kurtarma\b|\bdosya (?:acilis|acma) (?:masraf|ucret|bedel)\w{0,4}|\bbasari (?:halinde|durumunda)\b.{0,40}\b(?:geri alinan|kurtarilan)\w{0,4}|\bbugun odeme yaparsaniz\b.{0,30}\b(?:masraf|ucret)\w{0,4}/,
      ],
      examples: { hit: ['Dosya açılış masrafı 7.500 TL', 'başarı halinde geri alınan tutarın %15i', 'dosya harcı yatırılmalıdır', 'paranın gittiği cüzdanı takip edebilirim', 'toplu dava açılıyor', 'paranızı 48 saatte geri alabiliriz', 'kripto kurtarma hizmeti', 'sadece kurtarma ücreti ödenir'], miss: ['dosya açılışı yarın, avukat gelecek', 'gripten kurtuldum', 'borcunu geri ödedi', 'işlem ücreti ne kadar'] },
    },
    {
      key: 'victim_outreach',
      stage: 'recovery',
      weight: 2,
      any: [/\b(?:dolandiricilik|sahte platform|platform|dolandirici)\w{0,6} (?:magdur)\w{0,8}\b|\bmagdurlar\w{0,4}\b.{0,30}\b(?:platform|dolandir)\w{0,6}|\b(?:siber suclar|siber|dolandiricilik) (?:birimi|sube|masasi|dairesi)\b|\b(?:dosya|sikayet|basvuru) (?:numarasi|no)\b|\b(?:fonlariniz|paraniz|cuzdaniniz) (?:tespit edildi|bulundu|izlendi)\b|\b(?:siber )?magdur\w{0,4} (?:tazmin|fon)\w{0,4}|\b(?:forumdaki|sikayetvardaki|gruptaki) (?:yazini|yazinizi|yorumunu|yorumunuzu|paylasimini)\b|\bsayesinde (?:paramin |kaybimin )?(?:%\s?\d{1,3}'?\w{0,4} )?geri aldim\b/,
        /\bsikayetvar\w{0,6}\b.{0,40}\b(?:yorum|sikayet|paylasim)\w{0,6}\b|\b(?:yorumunuzu|yorumunu|sikayetinizi|sikayetini|paylasiminizi) (?:gorduk|gordum|okuduk|okudum)\b.{0,60}\b(?:platform|fx|borsa|kripto|para|magdur|geri)\w{0,6}/,
      ],
      examples: { hit: ['Şikayetvar\'daki yorumunuzu gördük', 'yorumunuzu gördük, paranızı geri alabiliriz', 'forumdaki yazını gördüm', 'Av. Kerem Bey sayesinde %90\'ını geri aldım', 'Hexamint platformu mağdurlarına ulaşıyoruz', 'siber suçlar birimi, dosya numarası 4471', 'fonlarınız tespit edildi'], miss: ['yorumunu gördüm, çok komikti', 'satış birimi toplantısı var', 'sıra numarası 12'] },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      key: 'me_sent_money',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      any: [new RegExp(`\\b${MONEY}\\b.{0,15}\\b(?:yatirdim|gonderdim|transfer ettim|odedim|aktardim|yolladim)\\b|\\b(?:tum|butun) (?:birikimimi|paramı|parami) (?:yatirdim|gonderdim)\\b`)],
      examples: { hit: ['500 usdt gönderdim', 'dün 20 bin TL yatırdım', 'bütün birikimimi yatırdım'], miss: ['fotoğrafı gönderdim', 'yemek yaptım'] },
    },
    {
      key: 'me_cannot_withdraw',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      any: [/\b(?:paraml|parami|paramı|kazancimi|fonlarimi) (?:cekemiyorum|cekemedim|alamiyorum)\b|\bcekim (?:yapamiyorum|yapamadim|onaylanmiyor|reddedildi)\b|\b(?:vergi|komisyon|ucret)\w{0,4} (?:odememi|yatirmami) (?:istiyorlar|istiyor)\b/],
      examples: { hit: ['paramı çekemiyorum', 'çekim onaylanmıyor', 'vergi ödememi istiyorlar'], miss: ["ATM'den para çektim", 'bugün gelemiyorum'] },
    },

    // ---------------- signs of innocence ----------------
    {
      key: 'scam_awareness',
      stage: 'hook',
      weight: -2,
      any: [
        /\b(?:bu|bunlar|kesin|tam|resmen|acikca) (?:bir )?(?:dolandirici\w{0,4}|dolandiricilik|sahtekar\w{0,4}|tuzak|scam)\b|\b(?:dolandirildim|dolandirildik|dolandirildi|kazıklandım|kaziklandim)\b/,
        /\b(?:engelle|sikayet et|ihbar et)\w{0,3}\b|\b(?:savciliga|polise|emniyete|usom|bddk|spk)(?:'?(?:ya|a|e|ye))? (?:bildir|sikayet|basvur)\w{0,5}\b|\bdomuz kasap\w{0,6}|\bpig ?butcher/,
      ],
      examples: { hit: ['bu kesin dolandırıcılık, engelle', 'geçen yıl dolandırıldım', 'savcılığa şikayet et'], miss: ['ben dolandırıcı değilim, güven bana', 'güven bana, platform güvenli', 'hadi yemek yiyelim'] },
    },
  ],

  reporting: [
    /\b(?:dolandiricilik|dolandirici\w{0,4}|sahtekarlik) (?:bu|bunlar)\b|\b(?:atiyo|istiyo|diyo|yaziyo|ariyo|ekliyo|gonderiyo|vaat ediyo)r?lar\b|\biletildi\s*:|\b(?:ilettim|iletiyorum)\b|\b[a-z]{2,}(?:iyo|uyo)mus\b|\bmesaj\w{0,4}\b(?: \S+){0,3} gel(?:mis|di|iyor)\b|\b(?:telefonuna|telefonuma) (?:\S+ ){0,3}gel(?:mis|di)\b/,
    /\b(?:dedi ki|diyor ki|demis|soyledi|yazdi|yaziyor|istedi|istiyor|teklif etti|oneriyor)\b.{0,5}[:"]|\b(?:biri|birisi|bir adam|bir kadin|bir kiz|adam|kadin|o) (?:bana )?(?:yazdi|dedi|soyledi|istedi|mesaj atti|ekledi)\b/,
    /\b(?:bana|anneme|babama) (?:boyle |soyle |bu )?(?:bir )?mesaj (?:geldi|atti|atildi)\b|\bbu (?:dolandiricilik|normal|gercek|guvenilir|yasal) (?:mi|mı)\s*\?/,
    /\bdiye (?:bir )?(?:reklam|mesaj|ilan|dm|sms|yazan|yaziyor|yazdi|yazdilar|arayan|ariyor|atiyor|atmis|geliyor|gelirse|geldi|teklif)\w{0,5}\b|\b(?:dolandirici\w{0,4}|sahte|guvenilir|mantikli|gercek) (?:mi|mu|midir|mudur)\b/,
    /\b(?:dolandiricilar|sahtekarlar) (?:boyle |bunu )?(?:diyor|yaziyor|istiyor|kullaniyor)\b|\b(?:haber|video|makale) (?:hakkinda|ile ilgili)\b/,
    // Hearsay: a sentence told with the evidential "-(i)yormuş"/"varmış" ("günlük %3 kazandırıyormuş") reports what others say.
    /(?:^|(?<=[.!?\n]\s?))(?=[^.!?\n]{0,150}(?:\b[a-z]{2,}(?:iyor|uyor|acak|ecek)mus\b|\b(?:varmis|yokmus)\b))/,
  ],
};
