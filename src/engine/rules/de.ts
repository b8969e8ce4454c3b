import type { RuleSet } from './types.ts';

// German rules. Same stages and spirit as en.ts; patterns run on the folded
// text: lower case, umlauts without their dots ("ü" becomes "u": "uber",
// "gebuhr"); key words also accept the typed "ue" ("gebu(?:e)?hr"). "ß" stays
// "ß" (people also type "ss"), and a \b never follows "ß", which is not a word
// character for JavaScript. Weights are hand-set starting values; training
// refits them.
// Words that put a sentence in money territory (used to keep "ich zeig dir wie es geht" about grilling quiet).
const MONEY = '(?:€|euro|usdt|krypto|bitcoin|btc|trading|traden|trade|gold|invest|rendite|gewinn|risiko|signal|plattform|konto|geld|kontrakt)';
const APP = '(?:whats ?app|wa|telegram|tg|signal|line|wechat|viber|snap(?:chat)?|messenger|skype|threema)';
const CRYPTO = '(?:usdt|usdc|tether|krypto(?:wahrung(?:en)?|s)?|kryptos|bitcoins?|btc|eth|ethereum|coins?)';
// An amount with its unit: "3800€", "12.000 euro", "1000 usdt", "7k".
const AMOUNT = '(?:[$€£]\\s?\\d[\\d.,]*|\\d[\\d.,]*\\s?(?:k€|k|tsd|€|euro|eur|usdt|usd|dollar|\\$|btc|eth))(?![a-z])';
// A finance analyst ("Fondsanalystin", "Senior-Analyst", "Analyst bei einer Bank"), not a data or lab analyst.
const ANALYST =
  '(?:(?:finanz|fonds|markt|borsen|krypto|aktien|investment|chef|senior-?|wertpapier|anlage|devisen|gold|rohstoff)analyst(?:in)?\\b|analyst(?:in)? (?:bei|in|an|fu(?:e)?r) (?:einer |der |einem |dem )?(?:gro(?:ß|ss)en |\\w+ )?(?:bank|investmentbank|borse|fonds|vermo(?:e)?gensverwaltung|hedgefonds|zurich|london|hongkong|singapur|new york|frankfurt|wall street|genf|dubai|monaco|shanghai)\\b)';
const KIN =
  '(?:onkel|tante|cousin|cousine|bruder|schwester|vater|papa|mutter|mama|opa|oma|gro(?:ß|ss)vater|neffe|nichte|sohn|tochter|schwager|schwagerin|pate|patenonkel|mentor|mentorin|lehrer|lehrerin|professor|professorin|chef|chefin|freund|freundin|kumpel)';

export const de: RuleSet = {
  locale: 'de',
  detect: /\b(?:ich|du|der|das|den|dem|und|nicht|ist|bin|bist|habe|hab|mit|mein|meine|dein|deine|eine|einen|auf|fur|auch|aber|nein|danke|hallo|schon|noch|wie|wenn|dass|mir|dir|mich|dich|sie|wir|ja|gerne|lg)\b/,
  rules: [
    // ---------------- hook ----------------
    {
      key: 'wrong_number',
      stage: 'hook',
      weight: 1,
      opening: true,
      any: [
        /\b(?:ist das|bist du|sind sie|spreche ich mit|ist hier|bin ich bei) (?:frau |herr |herrn |dr\.? |der |die )?(?!(?:so|das|es|da|dran|noch|auch|wirklich|echt|sicher|okay|ok|fertig|wach|zuhause|zu hause|schlimm|normal|serios|legit|wahr|richtig|falsch|gut|schlecht|teuer|billig|sicher|betrug|ein|eine|dein|deine|ihr|ihre|mein|meine|neu|alles|gefahrlich|moglich|erlaubt|legal|nicht|jetzt|schon|dann|denn|hier|sie|er|du)\b)[a-z]+(?: [a-z]+)?\s*\?/,
        /\bfalsche(?:n)? (?:nummer|person|kontakt)\b|\b(?:nummer|kontakt) (?:wohl |leider |anscheinend )?falsch (?:abgespeichert|gespeichert|eingespeichert|notiert|aufgeschrieben|eingetragen)\b/,
        /\bfalsch (?:abgespeichert|gespeichert|eingespeichert|notiert|verbunden)\b|\bverwahlt\b|\bvertippt\b|\bverwechselt worden\b/,
        /\b(?:nummern|kontakte) (?:\w+ )?(?:durcheinander|vertauscht|verwechselt)\b|\b(?:an|bei) (?:die falsche|den falschen|der falschen) (?:person|nummer|adresse|empfanger)\b|\bwar (?:gar )?nicht (?:fu(?:e)?r (?:sie|dich)|an (?:sie|dich)) (?:gedacht|bestimmt)\b/,
        /\b(?:wollte|sollte) (?:eigentlich|nicht) (?:an )?(?:\w+ ){0,2}(?:schreiben|gehen|schicken)\b.{0,60}\b(?:woher|wo) (?:kommst du|kommen sie|wohnst du|wohnen sie)\b/,
      ],
      examples: {
        hit: ['Guten Morgen, ist das Frau Schmidt?', 'Oh nein, sorry!! Hab die Nummer wohl falsch abgespeichert', 'Da hat mir wohl jemand die falsche Nummer gegeben', 'Upps, neues Handy, alle Nummern durcheinander 🙈', 'sorry, die Nachricht war nicht für Sie gedacht'],
        miss: ['ist das so?', 'ich speichere deine Nummer ab', 'die Nachricht war für dich gedacht 😘'],
      },
    },
    {
      key: 'fate',
      stage: 'hook',
      weight: 1,
      any: [
        /\b(?:ist es|war es|ist das|war das|es ist|es war|das ist|das war|nennen wir es|ich glaube an)(?: \w+){0,2} (?:schicksal|bestimmung|fugung)\b/,
        /\bschicksal,? dass wir\b|\bdas schicksal hat uns\b|\bsollte (?:wohl )?so sein\b/,
        /\b(?:kein|ein) zufall,? dass (?:wir|du|sie|ich)\b|\bzufall(?: \w+){0,2},? (?:oder|vielleicht) (?:schicksal|bestimmung)\b|\b(?:falsche nummer|verwahlt|vertippt)\b.{0,60}\b(?:schicksal|bestimmung|sollte so sein)\b/,
      ],
      examples: { hit: ['Vielleicht ist es ja Schicksal haha', 'das sollte wohl so sein', 'ist bestimmt kein Zufall, dass ich mich vertippt habe 😊'], miss: ['das Schicksal der Firma ist ungewiss', 'reiner Zufall, dass der Zug pünktlich war'] },
    },
    {
      key: 'far_away_job',
      stage: 'hook',
      weight: 0.7,
      any: [
        /\b(?:ich (?:bin|arbeite|wohne|lebe)|bin|gerade|derzeit|zurzeit|momentan|aktuell) (?:gerade |derzeit |zurzeit |momentan |aktuell |beruflich )?(?:\w+ ){0,3}(?:in|auf|im) (?:dubai|singapur|hongkong|hong kong|kuala lumpur|malaysia|bangkok|thailand|macau|taiwan|taipeh|shanghai|shenzhen|abu dhabi|katar|doha|einer (?:olplattform|bohrinsel)|ausland)\b(?! (?:im |in den |auf )?urlaub)/,
        /\b(?:olplattform|bohrinsel|offshore-?plattform)\b/,
        /\b(?:bin|sind|derzeit|zurzeit|gerade|momentan) (?:\S+ ){0,6}\w{0,12}(?:projekt|einsatz|auftrag|vertrag|baustelle|mission)(?: \w+){0,2} (?:in|im|auf) (?:dubai|singapur|hongkong|katar|doha|abu dhabi|saudi-arabien|riad|kuwait|syrien|irak|afghanistan|jemen|nigeria|ghana|malaysia|ausland|nahen osten|see)\b/,
        /\b(?:in|im) (?:syrien|irak|afghanistan|jemen|nahen osten|ausland|einsatz) stationiert\b|\b(?:us-?army|us-?armee|marine|un-?mission|uno-?mission|friedensmission|arzte ohne grenzen)\b.{0,40}\b(?:stationiert|im einsatz|arbeite|bin)\b|\b(?:arbeite|bin) (?:als \w+ )?(?:auf (?:einem|einer) (?:schiff|tanker|frachter|containerschiff|kreuzfahrtschiff)|auf see)\b/,
        /\bdeshalb bin ich (?:hier )?in (?:dubai|singapur|hongkong|katar|abu dhabi|malaysia)\b/,
      ],
      examples: { hit: ['Ich bin Daniel, 45, gerade auf einem Projekt in Dubai', 'ich arbeite auf einer Bohrinsel', 'Ich bin Oberst bei der US Army, derzeit in Syrien stationiert', 'im Moment bin ich für ein großes Bauprojekt in Katar'], miss: ['wir waren letztes Jahr in Dubai im Urlaub', 'mein Projekt im Büro ist bald fertig'] },
    },
    {
      key: 'profile_compliment',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      any: [
        /\b(?:dein|deine|ihr|ihre) (?:profil|lacheln|fotos?|bilder?|beitrag|post)\b.{0,40}(?:beruhrt|gefallt|gefallen|angesprochen|aufgefallen|hammer|wunderschon|traumhaft|toll|schon|super|mega|zuckersu(?:ß|ss)|su(?:ß|ss))/,
        /\b(?:du hast|sie haben) (?:ein |eine |so ein |so eine )?(?:wunderscho(?:e)?nes|scho(?:e)?nes|su(?:ß|ss)es|tolles|hubsches|strahlendes|bezauberndes|sympathisches) (?:lacheln|profil|gesicht)\b/,
        /\b(?:auf dem|im) (?:\w+ )?(?:bild|foto)\b.{0,30}(?:su(?:ß|ss)|schon|toll|zuckersu(?:ß|ss)|hubsch)/,
        /\bbist du das (?:wirklich |echt )?(?:auf dem|im) (?:\w+-?)?(?:foto|bild|profilbild)\b/,
        /\b(?:ihr|ihre|ihren|dein|deine|deinen) (?:profil|beitrag|kommentar|worte|post|fotos?)\b (?:\w+ ){0,2}(?:in der|in dem|im|auf|bei) (?:\S+ ){0,3}(?:gesehen|entdeckt|gelesen|bewegt|beruhrt|beeindruckt|aufgefallen)\b/,
        /\b(?:profil|profilbild|foto)\b.{0,40}\b(?:musste|wollte) (?:ich )?(?:ihnen|dir|einfach) (?:\w+ )?schreiben\b/,
      ],
      examples: { hit: ['Bist du das wirklich auf dem Gipfel-Foto? Wow', 'Ihre Worte in der Gruppe haben mich bewegt', 'Ich habe Ihr Profil in der LinkedIn-Gruppe gesehen', 'Hi Sandra, du hast ein wunderschönes Lächeln 😊', 'Ihr Profil hat mich sehr berührt', 'deine Fotos aus Norwegen sind der Hammer'], miss: ['schick mir mal die Fotos vom Urlaub'] },
    },
    {
      key: 'fellow_townsman',
      stage: 'hook',
      weight: 0.8,
      opening: true,
      any: [
        /\b(?:hallo|hi|hey|servus|moin|gru(?:ß|ss) (?:gott|dich))[,! ]{1,3}(?:landsmann|landsfrau|nachbarin|nachbar)\b|\blandsleute\b|\bwir (?:kommen|sind) (?:ja )?(?:beide )?aus der (?:gleichen|selben) (?:stadt|gegend|ecke|region|heimat)\b/,
        /\b(?:hab|habe) (?:gesehen|gelesen),? (?:dass )?(?:du|sie) (?:auch |ja auch )?aus \w+ (?:kommst|kommen|bist|sind)\b|\b(?:du|sie) (?:kommst|kommen|bist|sind) (?:ja |auch |ja auch )aus \w+,? (?:wie ich|genau wie ich|ich auch)\b/,
      ],
      examples: { hit: ['Hallo Landsmann! Hab dich in der Gruppe gesehen', 'hab gesehen, dass du auch aus Kassel kommst 😊', 'Sie kommen ja auch aus Graz, genau wie ich'], miss: ['ich komme aus Kassel', 'mein Nachbar hat heute gegrillt'] },
    },
    {
      key: 'group_add',
      stage: 'hook',
      weight: 1.2,
      any: [
        /\b(?:kostenlose[nr]?|gratis) (?:investment|anlage|trading|borsen|aktien|krypto)[- ]?(?:klasse|kurs|gruppe|seminar|schulung|club)\b|\b(?:investment|anlage|trading|borsen|aktien|krypto)[- ]?(?:klasse|kurs|gruppe|club)\b.{0,30}\b(?:whats ?app|telegram|kostenlos|gratis)\b/,
        /\bassistent(?:in)? (?:von|des) (?:prof\.?|professor|herrn?|dr\.?)\b/,
        /\binteressier(?:st du dich|en sie sich) (?:fur|fuer) (?:borse|aktien|finanzen|krypto|investments?|geldanlage|trading)\b/,
        /\bwillkommen (?:in|im) (?:der|unserer|unserem|dem) (?:\w+ )?(?:aktien|borsen|investment|anlage|trading|krypto|vip|aufgaben|tagesaufgaben|signal|gewinn|vermo(?:e)?gens|vermo(?:e)?gen)\w*[- ]?(?:gruppe|club|community|kanal|klasse|team)\b/,
      ],
      examples: { hit: ['Herzlich willkommen in der Tagesaufgaben-Gruppe', 'Ich bin Assistentin von Prof. Hartmann, er gibt eine kostenlose Investment-Klasse auf WhatsApp', 'Interessierst du dich für Börse und Finanzen?'], miss: ['ich mache einen kostenlosen Yogakurs'] },
    },

    // ---------------- rapport ----------------
    {
      key: 'pet_name',
      stage: 'rapport',
      weight: 0.4,
      any: [/(?<!\b(?:ein|eine|kleiner|so ein) )\b(?:schatz(?:i|ilein)?|liebling|mein(?:e)? (?:liebe(?:r)?|schone(?:r)?|su(?:ß|ss)e(?:r)?|herz|engel|prinzessin|konigin)|hasi)\b/],
      examples: { hit: ['Guten Morgen mein Lieber ☀️', 'Schatz, heute habe ich Glück gehabt'], miss: ['Du bist ein Schatz 🙏', 'die Schatzkarte'] },
    },
    {
      key: 'love_bombing',
      stage: 'rapport',
      weight: 1,
      any: [
        /\bseelenverwandt/,
        /\bunsere (?:gemeinsame )?zukunft\b|\b(?:zukunft|leben) mit dir\b/,
        /\bnoch nie (?:so )?(?:etwas |sowas )?(?:so )?(?:gefuhlt|empfunden)\b|\bkann nicht aufhoren,? an dich zu denken\b/,
        /\b(?:frau|mann|liebe) meines lebens\b|\bmeine zukunftige frau\b|\bmein zukunftiger mann\b/,
        /\b(?:das scho(?:e)?nste|der scho(?:e)?nste (?:moment|teil)|das highlight) (?:an|von|in) meine(?:m|s)? tag(?:es)?\b|\bfreue mich jeden (?:morgen|tag|abend) auf (?:deine|ihre) nachricht(?:en)?\b|\bmehr als (?:nur )?(?:ein freund|freunde)\b|\bals (?:ob|wurden) wir uns (?:schon )?(?:ewig|ewigkeiten|jahre|lange|seit jahren) kennen\b/,
        /\b(?:suche|will|mo(?:e)?chte) (?:eine|einen) (?:ehrliche(?:n)?|treue(?:n)?|aufrichtige(?:n)?) (?:frau|mann|partner(?:in)?) fu(?:e)?r (?:die zukunft|immer|das leben)\b/,
      ],
      examples: { hit: ['ich suche eine ehrliche Frau für die Zukunft', 'ich denke schon an unsere gemeinsame Zukunft', 'mit dir zu schreiben ist das Schönste an meinem Tag', 'es fühlt sich an, als würden wir uns schon ewig kennen'], miss: ['die Zukunft der Firma ist unklar', 'wir sind nur Freunde'] },
    },
    {
      key: 'secrecy',
      stage: 'rapport',
      weight: 2,
      any: [
        /\b(?:sag|erzahl|erzahle|verrat|sagen sie|erzahlen sie) (?:das |es |davon )?(?:deiner|deinen|deinem|ihrer|ihren|ihrem) (?:familie|freunden|freundin|kindern|tochter|sohn|mann|frau|bank|eltern|bruder|schwester)(?: \w+){0,2} (?:nichts|nix|noch nichts)\b/,
        /\b(?:erzahl|sag|verrat)(?:e)? (?:es |das )?(?:niemandem|keinem)\b|\b(?:bleibt|bleiben|behalte|behalt) (?:das |es )?(?:unter uns|fu(?:e)?r dich|geheim)\b|\bunser (?:kleines )?geheimnis\b/,
        /\b(?:deine|ihre) (?:familie|freunde|bank|kinder)(?: \w+)? (?:wurde|wurden|werden|wird) (?:das )?(?:nicht|nie) verstehen\b/,
        /\b(?:lieber|besser) (?:noch )?fu(?:e)?r uns behalten\b|\bbehalt(?:e|en sie)? (?:das|es) (?:lieber |besser )?(?:fu(?:e)?r uns|unter uns|fu(?:e)?r sich)\b|\b(?:sag|sagen sie|erzahl|erzahlen sie) (?:der bank|dem berater|am schalter|einfach)\b.{0,20}\b(?:es|das) (?:ist|sei) fu(?:e)?r (?:eine?n? |die |das |den )?(?:renovierung|reise|urlaub|auto|hochzeit|familie|kauf|umbau)\b|\bbanken mo(?:e)?gen (?:es )?nicht\b/,
      ],
      examples: { hit: ['Sag deiner Familie noch nichts, die würden das nicht verstehen', 'das bleibt unter uns, okay?', 'wenn die Bank fragt, sag einfach, es ist für eine Reise', 'ich würde das lieber für uns behalten'], miss: ['sag deiner Familie schöne Grüße', 'erzähl mal, wie war der Urlaub'] },
    },

    // ---------------- off_platform ----------------
    {
      key: 'move_off_platform',
      stage: 'off_platform',
      weight: 1.2,
      any: [
        new RegExp(`\\b(?:schreib|schreibe|schreiben sie|ruf|kontaktier|kontaktiere|adde|add|meld dich|melde dich|melden sie sich)(?: mir| mich)? (?:lieber |doch |gern |gerne |einfach )?(?:auf|uber|per|bei|via|in) ${APP}\\b`),
        new RegExp(`\\b(?:schreiben|reden|chatten|quatschen|sprechen|unterhalten|weiterschreiben) (?:wir|uns)(?: \\w+){0,3} (?:auf|uber|per|bei|in) ${APP}\\b|\\b(?:wollen|ko(?:e)?nnen|sollen|wurden|mo(?:e)?chten|mo(?:e)?chtest|willst) (?:wir|sie|du)(?: \\w+){0,3} (?:auf|uber|per|bei|in) ${APP}\\b`),
        new RegExp(`\\b(?:hast du|haben sie|nutzt du|benutzt du|bist du auf|bist du bei|sind sie auf) ${APP}\\b`),
        new RegExp(`\\b(?:mein(?:e)?|hier (?:ist )?mein(?:e)?) ${APP}[- ]?(?:nummer|id|name)\\b|\\bmein(?:e)? ${APP} (?:ist|lautet|:)`),
        /\b(?:ich bin|bin) (?:nicht (?:so |sehr |besonders )?oft|selten|kaum|fast nie) (?:hier|auf (?:\w+ )?(?:tinder|bumble|lovoo|parship|insta(?:gram)?|facebook|fb|hinge|badoo|der app|dieser app|der seite|dieser seite|der plattform))\b/,
        /\b(?:hier auf der seite|diese app|die app|diese seite|hier)\b.{0,30}\b(?:so unperso(?:e)?nlich|gesperrt|unsicher)\b/,
        /\b(?:schick|gib|sende|schreib) (?:mir )?(?:mal )?(?:deine|ihre) (?:nummer|handynummer|telefonnummer|whats ?app)\b/,
        new RegExp(`\\b(?:fuge|fug|nehme|lade|hol)(?:e)? (?:ich )?(?:dich|sie) (?:\\w+ ){0,2}(?:hinzu|in die gruppe|in unsere gruppe|in den kanal)\\b|\\b(?:mo(?:e)?chtest du|willst du|magst du|mo(?:e)?chten sie|wollen sie) (?:\\w+ )?in (?:die|unsere|meine) (?:\\w+-?)?gruppe\\b|\\b${APP}-?(?:gruppe|kanal)\\b`),
      ],
      examples: {
        hit: ['Ich bin nicht so oft hier auf Tinder, schreiben wir lieber auf WhatsApp?', 'Lovoo ist hier gesperrt, schreib mir auf Telegram', 'hast du whatsapp?', 'Schick mir deine Nummer, dann füge ich dich hinzu'],
        miss: ['ich schick das gleich noch in die Familiengruppe', 'hab ihn im Vereinschat gefunden'],
      },
    },

    // ---------------- wealth ----------------
    {
      key: 'relative_analyst',
      stage: 'wealth',
      weight: 2.5,
      any: [
        new RegExp(`\\b(?:mein|meine|meinem|meiner) ${KIN}\\b[^.!?]{0,60}?\\b(?:ist|war|arbeitet|arbeitete|als)\\b[^.!?]{0,40}?\\b(?:${ANALYST}|(?:fondsmanager|trader|broker|investmentbanker|vermo(?:e)?gensverwalter|quant|quant-?analyst|quant-?trader)(?:in)?\\b)`),
        new RegExp(`\\b(?:er|sie) ist (?:${ANALYST}|(?:fondsmanager|trader|broker)(?:in)?\\b)`),
        /\b(?:insider|interne|internen|exklusive|exklusiven|vertrauliche|geheime)[- ]?(?:informationen|infos|daten|signale|tipps|kanal)\b|\binsiderwissen\b/,
        /\b(?:sieht|kennt|wei(?:ß|ss)|erkennt) (?:die )?(?:bewegungen|kurse|trends|kurssprunge)(?: \w+){0,3} (?:bevor|im voraus|vorher)\b/,
      ],
      examples: {
        hit: ['Mein Onkel ist Analyst bei einer Bank in Zürich', 'mein cousin ist quant bei nem hedgefonds', 'Meine Tante in Singapur ist Fondsanalystin', 'Er ist Senior-Analyst in Hongkong, er sieht Bewegungen bevor sie passieren'],
        miss: ['mein onkel ist bankberater', 'mein Bruder ist Krankenpfleger', 'mein Cousin ist Informatiker in Singapur'],
      },
    },
    {
      key: 'mentor_pedigree',
      stage: 'wealth',
      weight: 1.5,
      any: [
        new RegExp(`\\b(?:${KIN}|er|sie|herr \\S+|frau \\S+)\\b.{0,40}\\b(?:vorstand|direktor|vizeprasident|partner|chefhandler|chef-?trader|portfoliomanager|fondsmanager|investmentbanker|banker)(?:in)? (?:bei |in |von )?(?:einer |der |einem |dem )?(?:gro(?:ß|ss)en |schweizer |internationalen )?(?:privatbank|investmentbank|gro(?:ß|ss)bank|bank|hedgefonds|fonds|vermo(?:e)?gensverwaltung)\\b`),
        /\b(?:war|arbeitete) (?:\d+|viele|zwanzig|dreißig|drei(?:ss|ß)ig) jahre (?:lang )?(?:bei|in) (?:einer |der )?(?:gro(?:ß|ss)en )?(?:investmentbank|privatbank|gro(?:ß|ss)bank|hedgefonds|goldman|jp ?morgan|morgan stanley|wall street|deutschen bank|ubs|credit suisse)\b/,
        /\b(?:goldman sachs|jp ?morgan|morgan stanley|blackrock|wall street|hedgefonds)\b.{0,60}\b(?:beigebracht|zeigt mir|sagt mir|gibt mir|signale|tipps)\b|\b(?:beigebracht|gezeigt),? (?:wie man )?(?:mit )?(?:gold|aktien|devisen|krypto|forex) (?:zu )?(?:handeln|traden)\b/,
      ],
      examples: {
        hit: ['Mein Mentor ist Vorstand einer Privatbank in Dubai', 'Prof. Weber war 25 Jahre bei einer großen Investmentbank', 'er hat mir beigebracht, mit Gold zu handeln'],
        miss: ['mein Onkel arbeitet bei der Sparkasse am Schalter', 'Papa hat mir beigebracht, wie man Fahrrad fährt'],
      },
    },
    {
      key: 'trading_lifestyle',
      stage: 'rapport',
      weight: 0.8,
      any: [
        /\b(?:nebenbei|nebenher|in meiner freizeit|hobbyma(?:ß|ss)ig) (?:\w+ ){0,2}(?:trade|trad|handle|handele|investiere|mache? (?:ich )?(?:trading|krypto|forex|gold))\b|\b(?:trade|handle|handele|investiere) (?:ich )?(?:\w+ )?nebenbei\b|\bich lebe (?:\w+ )?von (?:meinen )?(?:investments|investitionen|trading|dividenden|kapitalertragen)\b/,
        /\bseitdem (?:mache|handle|trade) ich (?:das|gold|krypto) (?:nebenbei|nebenher)\b|\bmein(?:e)? (?:zweites einkommen|nebeneinkommen) (?:ist|kommt) (?:aus|vom|von) (?:trading|krypto|gold|forex|aktien)\b/,
      ],
      examples: { hit: ['seitdem mache ich das nebenbei', 'ich trade nebenbei ein bisschen Krypto', 'in meiner Freizeit handle ich mit Gold'], miss: ['nebenbei koche ich noch Suppe', 'ich handle mit gebrauchten Möbeln'] },
    },
    {
      key: 'showing_gains',
      stage: 'wealth',
      weight: 1.2,
      any: [
        new RegExp(`\\b(?:habe?|haben|hab)\\b[^.!?]{0,40}?${AMOUNT}[^.!?]{0,40}?\\b(?:gemacht|verdient|gewonnen|rausgeholt|eingenommen)\\b`),
        /\b(?:letzten|diesen|im letzten|vorigen|diese) (?:monat|woche)\b[^.!?]{0,10}?\d[\d.,]*\s?(?:k|€|euro|usdt)?\s?(?:gewinn|plus|profit)\b|\b(?:letzten|diesen) monat \d[\d.,]*\s?(?:k|€|euro|usdt)\b/,
        /\b(?:letzten|diesen|vorigen) (?:monat|woche)\b[^.!?]{0,10}?\d[\d.,]*\s?(?:k|€|euro|usdt|usd|dollar)\b|\b(?:hab|habe|bin) mit \d[\d.,]*\s?(?:k|€|euro|usdt)? (?:angefangen|gestartet),? (?:jetzt|inzwischen|mittlerweile) (?:bei|schon|sind es) \d/,
        /\[screenshot[^\]]{0,40}\b(?:konto|saldo|kontostand|gewinn|depot|wallet|mt[45])\b[^\]]{0,40}\d|\b(?:davon|damit) (?:hab|habe|konnte) ich (?:\w+ ){0,4}(?:bezahlt|gekauft|finanziert|abbezahlt)\b[^.!?]{0,80}?(?:trading|krypto|gold|software|bot\b|signal|pool|rendite|\d\s?%)|(?:trading|krypto|gold|software|bot\b|signal|pool|rendite|%)[^.!?]{0,80}?\b(?:hat mir|davon hab ich) (?:\w+ ){0,4}(?:bezahlt|finanziert)\b/,
        /\bjeden tag gewinn\b|\bweil ich nebenbei\b.{0,25}\b(?:trade|krypto|gold|forex|investiere)\b|\bdadurch kann ich (?:so viel reisen|teilzeit|frei)\b|\bich lebe (?:jetzt )?(?:vom|von) (?:trading|krypto|traden)\b/,
      ],
      examples: {
        hit: ['Stefan, heute war ein super Tag! Ich habe mit Krypto 3800€ gemacht', 'Letzten Monat 22.000 Gewinn', 'diesen monat 7k [screenshot]', 'hab mit 3k angefangen, jetzt bei 11k', '[Screenshot: Depot, Saldo 48.200 USD]', 'mit dem Gold-Trading, davon hab ich mein Auto bezahlt'],
        miss: ['ich hab 50€ für den Kuchen ausgegeben', 'wir haben das Spiel gewonnen', 'davon hab ich mir die Schuhe gekauft', '[Screenshot] schau mal, der Hund'],
      },
    },
    {
      key: 'wealth_signals',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\b(?:gibt|gab|geben|schickt|sendet|teilt|hat)(?: \w+){0,4} (?:signale|kaufsignale|das (?:erste |nachste )?signal|ein (?:gutes |starkes )?signal)\b/,
        /\b(?:gutes|starkes|gro(?:ß|ss)es|erstes|nachstes|neues) signal\b|\bsignale (?:vom|von (?:meinem|meiner|seinem|ihrem)|des (?:professors|onkels|mentors)|sind (?:besser|genauer|starker))\b|\bmit (?:seinem|ihrem|dem) (?:tipp|signal)\b/,
        /\b(?:laut|nach) (?:meinem|meiner) (?:onkel|tante|mentor(?:in)?|vater|professor)\b|\bgro(?:ß|ss)e bewegung\b/,
        /\b(?:software|bot|roboter|programm|strategie|app|tool)\b.{0,60}\b(?:nicht o(?:e)?ffentlich|nur fu(?:e)?r (?:familie|freunde|insider|mitglieder|ausgewahlte)|gibt es nicht (?:o(?:e)?ffentlich|zu kaufen))\b|\b(?:mein|meine) (?:\w+ )?(?:onkel|tante|cousin|cousine|bruder|schwester|mentor)\b.{0,40}\b(?:mitentwickelt|entwickelt|programmiert|gebaut)\b/,
      ],
      examples: { hit: ['er gibt uns in der Familie Signale, wann man kaufen soll', 'mein Onkel hat ein gutes Signal gegeben', 'der Trading-Bot ist nicht öffentlich, nur für Freunde', 'eine Software, die mein Bruder mitentwickelt hat'], miss: ['kein Signal im Tunnel', 'schreib mir auf Signal', 'die App ist jetzt öffentlich im Store'] },
    },

    // ---------------- pitch ----------------
    {
      key: 'offer_to_teach',
      stage: 'pitch',
      weight: 2,
      any: [
        new RegExp(`\\b(?:zeig|zeige|erklar|erklare|bring|bringe)(?: ich)? (?:dir|ihnen|euch)(?: \\w+){0,2} (?:wie man (?:tradet|investiert|handelt|verdient)|das traden|das trading)\\b|\\b(?:zeig|zeige|erklar|erklare)(?: ich)? (?:dir|ihnen|euch)(?: \\w+){0,2} wie (?:es|das) (?:geht|funktioniert)\\b(?:(?=.*${MONEY})|(?<=${MONEY}.*))|\\b(?:kann|konnte|werde|will|mo(?:e)?chte) (?:dir|ihnen|euch) (?:\\w+ ){0,2}beibringen\\b(?:(?=.*${MONEY})|(?<=${MONEY}.*))`),
        new RegExp(`\\b(?:ich|wir) (?:kann|ko(?:e)?nnen|werde|will|mo(?:e)?chte|wurde)(?: \\w+){0,2} (?:dir|ihnen|dich|sie) (?:\\w+ ){0,4}(?:traden|investieren|handeln|${CRYPTO}|trading|borse|gold|forex|geld (?:zu )?verdienen) (?:beibringen|zeigen|erklaren)\\b`),
        /\b(?:ich|wir) (?:mache|machen|ubernehme|ubernehmen) (?:die |alle )?trades fu(?:e)?r (?:dich|sie)\b/,
        /\b(?:folge|folg|befolge|befolg)(?:e|en sie)? (?:einfach )?(?:meinen|meinem|seinen|den) (?:anweisungen|signalen|tipps|anleitungen)\b|\b(?:ich sage|ich sag|sag ich) (?:dir|ihnen) (?:wann|bescheid,? wann) (?:du|sie|man) (?:kaufen|verkaufen|einsteigen)\b/,
        /\b(?:ich sage|ich sag|sag ich|ich zeige|ich zeig) (?:dir|ihnen) (?:genau|ganz genau|jeden schritt|alles),? (?:was|wo|wann|wie) (?:du|sie) (?:\w+ ){0,2}(?:drucken|klicken|kaufen|verkaufen|tippen|eingeben)\b|\b(?:du musst|sie mussen) (?:gar )?nichts (?:verstehen|wissen|konnen)\b.{0,40}\b(?:ich|er|sie) (?:sage|sagt|zeige|zeigt|mache|macht)\b/,
        /\bich (?:fuhre|begleite|leite|helfe) (?:dich|sie) (?:schritt fu(?:e)?r schritt|durch)\b|\bnehm(?:e)? ich (?:dich|sie) mit\b/,
      ],
      examples: {
        hit: ['Ich zeig dir wie es geht, du startest mit 1000€', 'Du legst 2000 an und ich mache die Trades für dich', 'wenn du willst, nehm ich dich mit', 'keine Sorge, ich sag dir genau, was du klicken musst'],
        miss: ['ich zeig dir das Foto später', 'ich nehme dich morgen zum Bahnhof mit', 'Ich zeig dir wie das geht mit dem neuen Grill', 'ich sag dir später, wann du kommen kannst'],
      },
    },
    {
      key: 'offer_to_set_up',
      stage: 'pitch',
      weight: 1.5,
      any: [
        new RegExp(`\\bwenn (?:du|sie) (?:willst|magst|mo(?:e)?chtest|mo(?:e)?chten|wollen),? (?:zeig|zeige|erklar|erklare|bring|bringe|helf|helfe|richte|mach|mache)(?:e)? ich (?:dir|ihnen|dich|sie)\\b(?:(?=.*${MONEY})|(?<=${MONEY}.*))`),
        /\b(?:ich )?(?:richte|ero(?:e)?ffne|mache) (?:dir|ihnen) (?:ein |das )?konto (?:ein|auf)\b/,
      ],
      examples: {
        hit: ['ETF ist gut, aber langsam. Wenn du willst, zeige ich dir wie es geht. Du fängst klein an, 300-500€', 'Mit Kontrakten geht das ganz schnell. Wenn du magst, zeige ich dir das, ganz ohne Druck'],
        miss: ['wenn du willst, zeig ich dir meine Fotos', 'Ich zeig dir wie das geht mit dem neuen Grill'],
      },
    },
    {
      key: 'guaranteed_returns',
      stage: 'pitch',
      weight: 2.5,
      any: [
        /\b(?:garantierte?n?|sichere?n?|feste?n?|stabile?n?) (?:gewinne?|rendite|ertrage?|einnahmen|zinsen|profite?)\b|\b(?:gewinne?|rendite|profit) (?:ist |sind )?(?:garantiert|sicher)\b/,
        /\b(?:ich |wir )?garantiere(?:n)? (?:dir |ihnen |euch )?(?:das|es|dafur|den gewinn)\b(?! nicht)/,
        /\b(?:ohne|keinerlei|null|fast kein|fast ohne|quasi kein|praktisch kein) risiko\b(?! kein)|\brisikofrei\b|\b(?:kannst|ko(?:e)?nnen sie|kann man) (?:gar )?nichts? verlieren\b|\b100 ?% sicher\b/,
      ],
      examples: {
        hit: ['Garantierte Gewinne', 'fast kein Risiko mit den Signalen', 'Ich garantiere das persönlich'],
        miss: ['ohne Risiko kein Gewinn', 'an der Börse gibt es keine Garantie'],
      },
    },
    {
      key: 'high_returns',
      stage: 'pitch',
      weight: 2,
      entity: 'percent',
      any: [
        /(?<!\d)\d+(?:[.,]\d+)?\s?(?:%|prozent)\s?(?:\w{1,40} ){0,3}(?:taglich|am tag|pro tag|jeden tag|die woche|pro woche|wochentlich|pro trade|pro handel|in (?:einem|1|2|3|24|48|zwei|drei) (?:tag|tagen|stunden?|woche|wochen))\b/,
        /\b(?:[3-9]|[1-9]\d)(?:[.,]\d+)?\s?(?:%|prozent) (?:im monat|pro monat|monatlich|jeden monat)\b/,
        /\b(?:rendite|gewinn|ertrag|profit)e? (?:von |bis zu |um die )?(?:[2-9]\d|\d{3,})\s?(?:%|prozent)/,
        /\bin (?:\d{1,2}|zwei|drei|vier|einer|einem) (?:tagen?|wochen?|monat) (?:\w+ ){0,2}(?:[1-9]\d|\d{3,})(?:[.,]\d+)?\s?(?:%|prozent) (?:gebracht|gemacht|plus|rendite|gewinn|verdient)\b|\b(?:[1-9]\d|\d{3,})(?:[.,]\d+)?\s?(?:%|prozent) (?:in|nach|innerhalb von) (?:\d{1,2}|zwei|drei|vier|einer|einem) (?:tagen?|wochen?)\b/,
      ],
      examples: { hit: ['das letzte Programm hat in 2 Wochen 35% gebracht', 'Ich mache ca. 20% im Monat', 'Mit 10.000 Euro verdienen Sie dort 1,5% täglich', '50% in 2 Tagen'], miss: ['Akku bei 3%', 'der ETF hat 7% im Jahr gemacht'] },
    },
    {
      key: 'investment_product',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:\w+-)?kontrakte(?:n)?\b|\bkontrakthandel\b|\b(?:futures|optionen|hebel|margin)[- ]?(?:handel|trading)\b|\bmit hebel\b/,
        /\bliquiditats[- ]?(?:mining|pool)\b|\bliquiditatspool\b|\bliquidity[- ]?(?:mining|pool)\b|\b(?:krypto-?|kurs-?)?arbitrage\b|\bpreisunterschiede (?:\w+ )?(?:aus(?:nutzen|nutzt|genutzt)|zwischen (?:den )?borsen)\b|\b(?:mt4|mt5|metatrader)\b/,
        /\b(?:ki|quant|algo)[- ]?(?:handelssoftware|handelsbot|tradingbot|roboter|strategie)\b|\bki[- ]?bot\b|\bhandels(?:roboter|bot|software)\b|\bquantitative[rn]? handel\b/,
        /\b(?:gold|devisen|rohstoff(?:e)?)[- ]?(?:handel|traden|konto)\b|\b(?:handle|handele|investiere) (?:\w+ ){0,2}(?:in |mit )?gold\b|\bdevisenhandel\b/,
      ],
      examples: { hit: ['heute habe ich 6000€ mit Bitcoin-Kontrakten gemacht', 'Er hat eine KI-Handelssoftware', 'ich handle nebenbei mit Gold'], miss: ['mein Arbeitsvertrag läuft aus', 'eine Goldkette für Mama'] },
    },
    {
      key: 'invitation_to_invest',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:fang|fangst|fangen|start|startest|starten|beginn|beginnst|beginnen) (?:\w+ ){0,2}(?:klein|mit (?:nur |ein paar |etwa |ca\.? )?(?:\d[\d.,]*\s?(?:k|€|euro|usdt|\$|dollar)|\d{3,}))(?![\d.,])/,
        /\bmit (?:nur |schon )?\d[\d.,]*\s?(?:€|euro|usdt|\$) (?:anfangen|starten|einsteigen|beginnen)\b|\b(?:schon|bereits|ab) (?:mit )?\d[\d.,]*\s?(?:€|euro|usdt|\$) (?:geht|kann|reicht|bist du dabei)\b/,
        /\b(?:du legst|sie legen|leg|legen sie) (?:\w+ )?\d[\d.,]*\s?(?:k|€|euro|usdt)? (?:an|ein)\b/,
        /\blass (?:dein|ihr) geld (?:fu(?:e)?r (?:dich|sie) )?arbeiten\b|\bgeld arbeiten lassen\b|\b(?:zusammen|gemeinsam) (?:investieren|traden|geld verdienen)\b/,
        /\b(?:du solltest|sie sollten|solltest du)(?: auch)? (?:mehr|auch mal|es mal) (?:machen|investieren|einzahlen|probieren|versuchen|reinmachen|reinstecken)\b/,
        /\bmit einem (?:kleinen|geringen) betrag\b.{0,40}\d|\b(?:signal|trade|runde|aktion|programm)\b.{0,40}\bmit (?:einem )?(?:kleinen|geringen) betrag\b|\b(?:viele|die meisten) (?:mitglieder|leute|kunden|teilnehmer) (?:fangen|starten|beginnen) mit \d/,
      ],
      examples: {
        hit: ['Du fängst klein an, 300-500€', 'als student ist das perfekt, mit 200€ anfangen', 'Schon mit 1000€ geht es', 'beim nächsten Signal, nur mit einem kleinen Betrag, so 1500', 'die meisten Mitglieder starten mit 500'],
        miss: ['wir fangen um 10 an', 'du solltest mal die Pasta probieren', 'mit einem kleinen Betrag kann man spenden'],
      },
    },
    {
      key: 'pitch_urgency',
      stage: 'pitch',
      weight: 1,
      any: [
        /\balles rein\b|\b(?:jetzt|sofort)\s?!.{0,30}\b(?:long|short|up|down|kaufen|rein|alles)\b/,
        new RegExp(`\\b(?:${CRYPTO}|gold)\\b.{0,15}\\b(?:long|short|up|down)\\b.{0,20}\\b(?:minuten|sekunden|jetzt|alles)\\b`),
        /\b(?:nur noch|noch) \d+ (?:freie )?(?:platze|platz|slots)(?: frei)? (?:in der|in unserer|im|fu(?:e)?r (?:die|das|den)) (?:\w+[- ])?(?:gruppe|vip|kanal|programm|kurs|klasse|aktion)\b|\b(?:verpass|verpasse|verpassen sie) (?:diese|die|nicht|das)(?: \w+)? (?:chance|gelegenheit)\b|\b(?:gro(?:ß|ss)e|einmalige|letzte) (?:chance|gelegenheit)\b/,
        /\bdie frist (?:endet|lauft ab)\b|\bhalte? (?:dein|ihr) handy bereit\b|\bjeder tag warten\b/,
      ],
      examples: { hit: ['Jetzt! BTC long, 5 Minuten, alles rein', 'Am Wochenende gibt es eine große Chance', 'Die Frist endet morgen'], miss: ['ich komme jetzt'] },
    },
    {
      key: 'guilt_trip',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\bich dachte,? (?:du bist|du warst|zwischen uns (?:ist|war|gibt es)|wir (?:haben|hatten|vertrauen))\b.{0,20}\b(?:anders|vertrauen)\b|\b(?:du )?vertraust mir (?:nicht|nie)\b/,
        /\bich bin (?:doch )?kein(?:e)? (?:betru(?:e)?ger(?:in)?|lugner(?:in)?|verbrecher(?:in)?|abzocker(?:in)?)\b|\bhaltst (?:du )?mich fu(?:e)?r (?:eine?n? )?(?:betru(?:e)?ger|lugner)/,
        /\bich (?:will|wollte|mo(?:e)?chte) (?:dir|ihnen) (?:doch )?(?:nur|einfach nur|blo(?:ß|ss)) helfen\b/,
        /\b(?:deine|dein|ihre|ihr) (?:freundin|freund|bruder|schwester|familie|bank|mutter|vater|tochter|sohn)(?: \w+){0,2} (?:ist (?:nur |doch )?eifersuchtig|hat (?:doch )?keine ahnung|versteht (?:das )?nichts|kennt sich (?:da )?nicht aus)\b|\bmeint es (?:nur )?gut,? aber (?:er|sie) (?:kennt sich|versteht|hat)\b/,
        /\b(?:bafin|fma|finma|polizei|verbraucherzentrale|warnliste)\b.{0,50}\b(?:hei(?:ß|ss)t|bedeutet) (?:gar )?nichts\b|\b(?:bafin|fma|finma) (?:kennt|kennen) (?:uns|die plattform|sie) nicht\b/,
      ],
      examples: { hit: ['Deine Freundin ist eifersüchtig. Ich dachte, zwischen uns ist Vertrauen', 'ich bin doch keine Betrügerin', 'deine Tochter meint es gut, aber sie kennt sich nicht aus', 'die BaFin warnt vor vielem, das heißt nichts'], miss: ['ich vertraue dir total', 'die BaFin warnt vor dieser Seite'] },
    },
    {
      key: 'future_together',
      stage: 'pitch',
      weight: 1.2,
      any: [
        /\b(?:passives?|zusatzliches?|zweites?) einkommen\b|\bfinanziell(?:e)? (?:frei(?:heit)?|unabhangig(?:keit)?)\b/,
        /\bnicht mehr so (?:hart|viel) arbeiten\b|\b(?:dass|damit) (?:du|sie) nicht mehr (?:so (?:hart|viel) )?arbeiten (?:musst|mussen)\b|\bim alter gut geht\b|\bfur (?:unsere|deine|ihre) (?:zukunft|rente|altersvorsorge)\b/,
        /\b(?:zusammen|gemeinsam) (?:urlaub machen|verreisen)\b/,
      ],
      examples: { hit: ['Ich möchte, dass du nicht mehr so hart arbeiten musst', 'Ich will dir helfen, finanziell frei zu sein'], miss: ['wir sparen für ein neues Sofa'] },
    },
    {
      key: 'exclusive_access',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:vip|premium|gold)[- ]?(?:level|stufe|gruppe|mitglied(?:schaft)?|konto|kanal|status)\b|\binstitutionelle[sn]? (?:konto|zugang|kontingent)\b|\bwillkommensbonus\b|\bpartner-?plattform\b/,
      ],
      examples: { hit: ['mit 2000 bist du im premium-level', 'Mitglieder bekommen 200 USDT Willkommensbonus'], miss: ['die VIP-Lounge am Flughafen'] },
    },
    {
      key: 'easy_money',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:verdoppel|verdreifach)\w* (?:dein|ihr|sein|mein)(?:e|en)? (?:geld|erspartes|kapital|einsatz|einlage)\b|\b(?:verdoppel|verdreifach)(?:t|n)? sich\b|\b(?:dein|ihr)(?:e|en)? (?:geld|erspartes|kapital|einsatz|einlage)\b.{0,30}\b(?:verdoppel|verdreifach)\w*/,
        /\b(?:verdien|mach)\w* (?:\w+ ){0,3}\d[\d.,]{0,9}(?:\s?(?:-|bis)\s?\d[\d.,]{0,9})?\s?(?:€|euro|usdt|\$|dollar) (?:am|pro|jeden) (?:tag|woche)\b|\b\d[\d.,]{0,9}(?:\s?(?:-|bis)\s?\d[\d.,]{0,9})?\s?(?:€|euro|usdt) (?:pro|am|jeden) tag (?:sind |ist )?(?:normal|drin|locker|realistisch|ganz normal)\b/,
        /\b(?:trefferquote|gewinnquote|erfolgsquote|genauigkeit) (?:von |uber |liegt bei )?\d+\s?%|\bim schlaf\b.{0,20}\b(?:verdien|geld)|\bschnelles geld\b/,
      ],
      examples: { hit: ['du kannst dein Kapital in einem Monat verdoppeln', 'Trefferquote über 90%', 'später sind 200-300 € pro Tag ganz normal'], miss: ['der Laden hat die Preise verdoppelt'] },
    },

    // ---------------- platform ----------------
    {
      key: 'platform_register',
      stage: 'platform',
      weight: 1.8,
      any: [
        /\bdie plattform (?:hei(?:ß|ss)t|nennt sich)\b|\b(?:wir )?(?:benutzen|nutzen|verwenden) (?:die |unsere |eine )plattform\b|\bwir traden auf\b/,
        /\b(?:registrier\w*|anmeld\w*|melde dich an|konto ero(?:e)?ffn\w*|ero(?:e)?ffne ein konto)\b.{0,60}\b(?:kundenservice|kundendienst|support|plattform|link)\b|\bnach (?:der )?(?:registrierung|anmeldung)\b|\bregistrierung uber\b/,
        /\b(?:seriose|regulierte|lizenzierte|offizielle|zuverlassige|legale) (?:plattform|borse|app|broker|handelsplattform)\b|\bplattform (?:ist )?(?:reguliert|lizenziert|serios)\b/,
        /\b(?:wir sind|die plattform ist|sie ist|wir werden) (?:in|auf) (?:singapur|zypern|dubai|hongkong|malta|den seychellen|st\.? vincent|vanuatu|estland|litauen|den usa|london) (?:reguliert|lizenziert|registriert|zugelassen)\b|\b(?:einzahlungsbonus|bonus auf (?:die|deine|ihre) (?:erste )?einzahlung)\b/,
        /\b(?:einladungscode|empfehlungscode|einladungs-code)\b|\b(?:lade|lad|installier\w*) (?:\w+ ){0,2}(?:runter|herunter)\b.{0,30}\bserver\b|\bkonto bei (?:unserer|der|meiner) (?:partner-?)?plattform\b/,
      ],
      examples: {
        hit: ['Wir benutzen die Plattform Nexoria. Du registrierst dich und der Kundenservice hilft dir', 'Siehst du, seriöse Plattform 😊', 'Die Plattform heißt GoldAxis', 'wir sind in Zypern lizenziert, alles legal', 'heute 30% Bonus auf die erste Einzahlung'],
        miss: ['melde dich für den Marathon an', 'lad die Fotos herunter', 'die Bank ist in Deutschland zugelassen'],
      },
    },
    {
      key: 'customer_service',
      stage: 'platform',
      weight: 2,
      any: [
        /\b(?:kundenservice|kundendienst|kundensupport|kundenbetreuung|online-?service)\b.{0,50}\b(?:einzahl\w*|adresse|hilft|gibt dir|gibt ihnen|schickt|aktiviert|erklart|wallet|kryptowahrung)/,
        /\b(?:schreib|schreibst|schreiben sie|kontaktier\w*|melde dich beim|meld dich beim|melden sie sich beim|wende dich an|frag)(?: \w+){0,2} (?:dem |den |beim |an den )?(?:kundenservice|kundendienst|support|kundensupport)\b/,
      ],
      examples: { hit: ['der Kundenservice hilft dir beim Einzahlen', 'Nach der Registrierung schreibst du dem Kundenservice'], miss: ['der Kundenservice vom Möbelhaus war unfreundlich'] },
    },

    // ---------------- deposit ----------------
    {
      key: 'buy_crypto',
      stage: 'deposit',
      weight: 2,
      any: [
        new RegExp(`\\b(?:kauf|kaufst|kaufe|kaufen sie)(?: \\w+){0,3}? (?:${CRYPTO}|sie|die coins)\\b.{0,60}\\b(?:schick|send|u(?:e)?berweis|transferier|einzahl)`),
        /\b(?:schick|schickst|schicken sie|sende|sendest|u(?:e)?berweise|u(?:e)?berweist|transferier\w*)(?: \w+){0,3} (?:an|auf|zu) (?:die|diese|deine|ihre|unsere) (?:\w+-)?(?:adresse|wallet|einzahlungsadresse)\b/,
        /\b(?:einzahlungsadresse|wallet-?adresse|empfangsadresse|usdt-?adresse)\b/,
        new RegExp(`\\b(?:in |per |die |den |als )?${CRYPTO}\\b.{0,20}\\b(?:an|auf|zu) (?:diese|die gleiche|dieselbe|die selbe|die folgende|folgende|meine|unsere|die neue) (?:\\w+-)?(?:adresse|wallet)\\b`),
        new RegExp(`\\b(?:einzahlung|aufladen) (?:geht |lauft |erfolgt )?(?:mit|per|uber|in) ${CRYPTO}\\b`),
      ],
      examples: {
        hit: ['Du kaufst USDT bei Kraken und schickst sie an die Adresse, die der Kundenservice dir gibt', 'Einzahlung geht mit USDT', 'jetzt die USDT an die gleiche Adresse wie letztes mal', '200 € Gebühr in USDT an diese Adresse'],
        miss: ['ich kauf noch Brötchen', 'schick es an meine E-Mail', 'schick das Paket an die gleiche Adresse'],
      },
    },
    {
      key: 'deposit_instructions',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\b(?:mindesteinzahlung|mindesteinlage|mindestbetrag)\b|\bmindestens \d[\d.,]*\s?(?:€|euro|usdt)? ?(?:einzahl\w*|einlage)\b/,
        /\bwenn (?:du|sie) (?:\d[\d.,]*\s?(?:k|€|euro|usdt)?|mehr|noch \w+) (?:reinmachst|einzahlst|einzahlen|investierst|investieren|nachlegst|anlegst|reinsteckst)\b/,
        /\bleg(?:e|en sie)? (?:doch )?(?:noch )?(?:was|etwas|mehr|\d[\d.,]*) (?:drauf|nach|dazu)\b|\bmit \d[\d.,]*\s?(?:€|euro|usdt)? bist du (?:im|in der|dabei)\b/,
        /\bwenn (?:du|sie) (?:noch |jetzt )?(?:die )?\d[\d.,]{0,9}\s?(?:k|€|euro|usdt)? ?(?:dazulegst|dazulegen|drauflegst|drauflegen|nachzahlst|nachzahlen|aufstockst|aufstocken|einzahlst|einzahlen)\b|\b(?:ab|mit) \d[\d.,]{0,9}\s?(?:k|€|euro|usdt|\$)? (?:gibt es|gibts|gibt's|bist du|ist man|bekommst du|bekommen sie|sind sie)\b.{0,30}\b(?:level|stufe|vip|gold|premium|lizenz|paket|bonus|\d\s?%)/,
        /\bfu(?:e)?r jeden (?:euro|dollar|usdt),? (?:den|die) (?:du|sie) (?:einlegst|einlegen|einzahlst|einzahlen|investierst|investieren),? (?:lege|leg|zahle|gebe) ich\b|\bich (?:lege|leg|zahle|gebe) (?:die halfte|den rest|\d[\d.,]{0,9}\s?(?:€|euro|usdt)?) dazu\b/,
      ],
      examples: { hit: ['Wenn du 15.000 reinmachst, können wir zusammen Urlaub machen', 'leg doch noch was drauf, mit 2000 bist du im premium-level', 'wenn du noch 5.000 dazulegst, bist du im VIP', 'ab 3.000 usdt ist man level 2', 'ich lege die Hälfte dazu'], miss: ['leg dich hin und ruh dich aus', 'ab 18 Uhr gibt es Essen'] },
    },
    {
      key: 'deposit_wire',
      stage: 'deposit',
      weight: 1.5,
      any: [/\b(?:uberweis\w*|zahl\w* ein)\b[^.!?]{0,30}\b(?:auf|an) (?:das|ein) (?:firmenkonto|treuhandkonto|verwahrkonto|konto der (?:firma|plattform|gesellschaft)|konto,? das (?:der kundenservice|die plattform|sie))/],
      examples: { hit: ['überweise es auf das Treuhandkonto'], miss: ['ich überweise dir die Miete auf dein Konto'] },
    },

    // ---------------- withdrawal ----------------
    {
      key: 'withdrawal_fee',
      stage: 'withdrawal',
      weight: 3.5,
      any: [
        /\b(?:zahl\w*|bezahl\w*|u(?:e)?berweis\w*|begleich\w*|musst|mussen|muss)\b(?: \S+){0,5} (?:steuern?|gebu(?:e)?hr(?:en)?|\w+gebu(?:e)?hr(?:en)?|provision|kaution|marge|sicherheitsleistung)\b(?: \S+){0,8} (?:vor|bevor|um|damit|fu(?:e)?r) (?:\S+ ){0,3}(?:auszahl\w*|abheben|freigabe|freizuschalten|freischalt\w*|entsperr\w*)/,
        /\b(?:auszahlung|auszahlen|abheben|abhebung)\b(?: \S+){0,8} (?:musst|mussen|muss|zahlen|bezahlen|erfordert|verlangt|kostet)\b(?: \S+){0,5} (?:steuern?|gebu(?:e)?hr(?:en)?|\w+gebu(?:e)?hr(?:en)?|provision|kaution|\d+\s?%)/,
        /\b(?:kapitalertrags?steuer|abgeltungs?steuer|gewinnsteuer|auszahlungsgebu(?:e)?hr|freigabegebu(?:e)?hr|verifizierungsgebu(?:e)?hr|entsperrgebu(?:e)?hr)\b.{0,60}\b(?:vorab|vorher|zuerst|bezahl\w*|zahl\w*|u(?:e)?berweis\w*|extra)\b/,
        /\b(?:steuer|gebu(?:e)?hr)\w*\b.{0,40}\b(?:vorab|im voraus) (?:bezahlt|gezahlt|zahlen|bezahlen|uberwiesen)\b|\b(?:finanzamt|steuerbehorde)\b.{0,40}\b(?:plattform|einbehalten|gezahlt|bezahlt|uberwiesen|separat)\b/,
        /\b(?:liquiditats|sicherheits|margin|gewinn)?(?:reserve|kaution|marge|sicherheit|deposit|garantie(?:summe)?)\b (?:von |in hohe von )?\d{1,3}(?:[.,]\d+)?\s?(?:%|prozent) (?:deines|ihres|des) (?:\w+-)?(?:guthabens|kontostands|gewinns|vermo(?:e)?gens|wallet)\b|\b(?:auszahl\w*|swaps?|abhebung\w*|freigabe)\b.{0,40}\b(?:braucht|brauchst|verlangt|erfordert)\b.{0,30}\b(?:reserve|kaution|sicherheitsleistung|marge|deposit)\b/,
      ],
      examples: {
        hit: ['für Auszahlungen verlangt der Pool eine Reserve von 20%', 'eine Sicherheit von 30% deines Guthabens', 'bei erster auszahlung musst du eine verifizierungsgebühr zahlen, 15% vom kontostand', 'Ja, das ist die Kapitalertragssteuer, wird bei internationalen Plattformen vorab bezahlt', 'vor der auszahlung musst du die gebuehr ueberweisen, erst dann wird freigegeben'],
        miss: ['bei Kraken kostet die Auszahlung per SEPA fast nix', 'davor musst dus in der steuererklärung angeben', 'die Kaution für die Wohnung sind drei Monatsmieten'],
      },
    },
    {
      key: 'pay_to_release',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:muss|mussen) von (?:au(?:ß|ss)en|extern) kommen\b|\b(?:nicht|kann nicht|darf nicht) (?:vom|von dem|aus dem) (?:guthaben|kontostand|gewinn|konto) (?:abgezogen|bezahlt|verrechnet|genommen)\b|\bdas darf die plattform nicht\b|\bkein(?:en)? abzug (?:vom|von dem|aus dem) (?:guthaben|kontostand|gewinn)\b|\bmuss (?:eine )?neue einzahlung\b/,
        /\bdanach (?:geht|wird|ist|kommt) (?:alles|das geld|es)\b.{0,20}\b(?:raus|frei|freigegeben|ausgezahlt|auf (?:deinem|ihrem) konto)\b/,
        /\b(?:zahl|bezahl|u(?:e)?berweis)\w*\b.{0,30}\b(?:und|dann|danach)\b.{0,15}\b(?:ist (?:es|alles|das geld)|geht (?:alles|es)|wird (?:alles|es)|kommt (?:alles|es)|(?:es|alles|das geld) (?:ist|geht|kommt|wird))\b.{0,20}\b(?:da|frei|raus|ausgezahlt)\b/,
        /\b(?:kaution|gebu(?:e)?hr|gebu(?:e)?hren|steuer|sicherheitsleistung)\w*\b.{0,30}\bmit der auszahlung\b/,
        /\bwenn (?:du|sie) (?:\S+ ){0,4}(?:einzahlst|einzahlen|zahlst|zahlen|bezahlst|bezahlen|uberweist|uberweisen|begleichst)\b.{0,40}\b(?:kannst du|ko(?:e)?nnen sie|wird|werden)\b.{0,20}\b(?:auszahlen|abheben|freigegeben|entsperrt|ausgezahlt)\b|\bsobald (?:du|sie) (?:die |das )?(?:\w+ )?(?:reserve|kaution|gebu(?:e)?hr|steuer|sicherheit|marge)\w* (?:\w+ )?(?:einzahlst|einzahlen|zahlst|zahlen|bezahlst|uberweist)\b/,
        /\b(?:reserve|kaution|gebu(?:e)?hr|sicherheit|steuer|marge)\w*\b.{0,40}\b(?:kommt|bekommst du|kriegst du|bekommen sie|erhalten sie) (?:\w+ ){0,3}(?:komplett |vollstandig |alles )?zuru(?:e)?ck\b(?=.{0,60}(?:auszahl|swap|abheb|freigabe))|(?<=(?:auszahl|swap|abheb|freigabe).{0,60})\b(?:reserve|kaution|gebu(?:e)?hr|sicherheit)\w*\b.{0,40}\b(?:kommt|bekommst du|kriegst du|bekommen sie) (?:\w+ ){0,3}zuru(?:e)?ck\b/,
      ],
      examples: { hit: ['Das geht wegen Geldwäschegesetz nicht, muss von außen kommen. Danach geht alles sofort raus', 'Zahl die 3850 und es ist in 1 Tag da', 'Die Kaution bekommen Sie mit der Auszahlung zurück', 'wenn du jetzt die 8.000 einzahlst, kannst du alles auszahlen', 'sobald du die Reserve einzahlst, wird alles freigegeben'], miss: ['ich bekomme die Kaution für die Wohnung zurück', 'wenn du die Miete zahlst, kannst du einziehen'] },
    },
    {
      key: 'credit_score',
      stage: 'withdrawal',
      weight: 3,
      any: [/\b(?:(?:dein|ihr) )?(?:kreditwert|kreditpunkte|kreditscore|vertrauensscore|vertrauenswert|kreditlevel)\b.{0,40}\b(?:sinkt|sinken|fallt|gesenkt|verringert|zu niedrig|abgezogen|verlier\w*|reicht nicht)\b|\b(?:sinkt|fallt|verlierst du) (?:dein |ihr )?(?:kreditwert|kreditpunkte|kreditscore|vertrauenswert)\b/, /\b(?:kredit|vertrauens|bonitats)[- ]?(?:score|punkte|punktzahl)\b.{0,60}\b(?:auszahl|abheb|einzahl|zahl|erhoh|aufstock|konto|zu niedrig|reicht nicht)|\b(?:konto|plattform)\w*\b.{0,30}\b(?:kredit|vertrauens)[- ]?(?:score|punkte)\b/],
      examples: { hit: ['dein Kredit-Score ist zu niedrig für die Auszahlung', 'das Konto hat nur 70 Vertrauenspunkte', 'mach die Bestellung fertig, sonst sinkt dein Kreditwert'], miss: ['meine Schufa ist zum Glück sauber'] },
    },
    {
      key: 'account_frozen',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:konto|guthaben|gelder|vermo(?:e)?gen|wallet|auszahlung|geld)\b(?: \w+){0,2} (?:ist |sind |wurde |wurden |wird |werden )?(?:eingefroren|beschlagnahmt)\b/,
        /\b(?:guthaben|gelder|auszahlung|auszahlungen)\b(?: \w+){0,2} (?:ist |sind |wurde |wurden |wird |werden )?(?:gesperrt|blockiert)\b/,
        /\d[\d.,]{0,11}\s?(?:k|€|euro|usdt|usd|\$) (?:\w+ ){0,3}(?:fu(?:e)?r immer |dauerhaft |endgultig )?(?:gesperrt|eingefroren|blockiert)\b|\bsonst wird (?:ihr|dein) (?:\w+ ){0,5}(?:konto|wallet|guthaben) (?:\S+ ){0,4}(?:gesperrt|eingefroren)\b|\b(?:friert|sperrt) (?:der pool|die plattform|das system|die borse) (?:deine|ihre|dein|ihr) (?:adresse|wallet|konto|guthaben) ein\b|\bwallet (?:\w+ )?(?:synchronisieren|synchronisiert|validieren|entsperren)\b/,
        /\bgeldwa(?:e)?sche(?:pru(?:e)?fung|gesetz|kontrolle|verdacht|uberpru(?:e)?fung|gebu(?:e)?hr|kaution)\b|\b(?:gegen|wegen) geldwa(?:e)?sche\b/,
        /\b(?:entsperr|freischalt|auftau|reaktivier)\w* (?:\w+ )?(?:konto|kontos|guthaben|gelder|auszahlung)\b|\b(?:verifizierungs|freigabe|entsperr|aktivierungs)(?:gebu(?:e)?hr|kaution|einzahlung|zahlung)(?:en)?\b/,
      ],
      examples: { hit: ['Ihr Konto wurde wegen Geldwäscheverdacht eingefroren', 'das ist gegen geldwäsche', 'dann bleiben deine 2.400 USDT für immer gesperrt', 'bitte bestätigen Sie, sonst wird Ihr Konto nach Fristablauf gesperrt'], miss: ['der See ist zugefroren', 'meine Karte ist gesperrt, hab die PIN vergessen'] },
    },
    {
      key: 'withdrawal_pressure',
      stage: 'withdrawal',
      weight: 1.5,
      any: [
        /\b(?:frag|leih|leihe|borg)\w* (?:dir )?(?:\w+ )?(?:bei |von )?(?:deine[rnm]?|ihre[rnm]?) (?:familie|freunden|eltern|bruder|schwester|bank)\b|\b(?:nimm|nehmen sie) (?:doch )?(?:noch|einfach) (?:einen )?(?:kleinen )?(?:kredit|darlehen)\b|\b(?:nimm|nehmen sie) (?:einen )?(?:kleinen kredit|kleinkredit)\b/,
        /\b(?:ist|sind|war) alles (?:weg|verloren)\b|\balles verlieren\b|\bwenn (?:du|sie) jetzt aufhor\w*/,
        /\bnur noch (?:dieser|diesen|ein|einen|der) (?:letzte )?schritt\b|\b(?:das ist|ist) (?:der|die) letzte (?:schritt|chance)\b|\b(?:wirf|werf) (?:doch )?nicht alles weg\b|\balles wegwerfen\b/,
        /\bleih\w* (?:sich|dir|ihnen|es|das|geld)(?: \w+){0,3} (?:bei|von) (?:der |deiner |ihrer )?(?:familie|freunden|eltern|kindern|verwandten)\b/,
      ],
      examples: { hit: ['Frag deine Familie oder nimm noch einen kleinen Kredit. Wenn du jetzt aufhörst, ist alles weg', 'Nur noch dieser Schritt, liebe Monika', 'viele leihen sich das kurz von Freunden', 'das ist die letzte Chance, bitte wirf nicht alles weg'], miss: ['kann ich mir deine Leiter leihen?', 'das war der letzte Zug heute'] },
    },

    // ---------------- recovery ----------------
    {
      key: 'recovery_offer',
      stage: 'recovery',
      weight: 2.5,
      any: [
        /\b(?:geld|gelder|vermo(?:e)?gen|krypto|usdt|verluste|investition|einlagen)(?: \w+){0,3} (?:zuru(?:e)?ckholen|zuru(?:e)?ckgeholt|zuru(?:e)?ckbekommen|zuru(?:e)?ckerhalten|wiederbeschaffen|wiedererlangen|zuru(?:e)?ckzuholen)\b|\bbis zu \d+\s?% (?:zuru(?:e)?ck\w*|erstattet|entschadigt)\b/,
        /\b(?:vermo(?:e)?gens|geld|gelder|krypto|fonds)[- ]?(?:ru(?:e)?ckfu(?:e)?hrung|ru(?:e)?ckholung|wiederbeschaffung)\b|\bru(?:e)?ckholbar\b|\bentschadigungsfonds\b|\berfolgsprovision\b/,
        /\b(?:wallet|gelder|vermo(?:e)?genswerte|krypto|coins)\b.{0,20}\b(?:sichergestellt|beschlagnahmt|eingefroren)\b.{0,60}\b(?:ihr|dein) anteil\b|\b(?:ihr|dein) anteil (?:betragt|liegt bei|sind)\b|\b(?:entschadigungs|ruckzahlungs|erstattungs|ruckforderungs)anspruch\w*\b/,
        /\b(?:bearbeitungs|registrierungs|freigabe|umwandlungs|verfahrens|anmelde|gerichts)gebu(?:e)?hr\w*\b.{0,80}\b(?:ruckzahlung|ruckfuhrung|verfahren|anspruch|entschadigung|erstattung|verwahr\w*)\b|\b(?:ruckzahlung|ruckfuhrung|verfahren|anspruch|entschadigung|erstattung)\w*\b.{0,80}\b(?:bearbeitungs|registrierungs|freigabe|umwandlungs|verfahrens|anmelde)gebu(?:e)?hr|\bgerichtliche kosten\b|\bfur die umwandlung\b.{0,40}\bgebu(?:e)?hr\b/,
      ],
      examples: { hit: ['wir haben dort bereits für 23 Mandanten Gelder zurückgeholt', 'Sie können bis zu 85% zurückbekommen', 'Die Wallet wurde sichergestellt, Ihr Anteil beträgt 9.400 €', 'Ohne die Freigabegebühr verfällt Ihr Rückzahlungsanspruch', 'für die Eröffnung des Verfahrens fällt eine Bearbeitungsgebühr an'], miss: ['ich hole das Paket morgen zurück', 'die Bearbeitungsgebühr für den Reisepass ist gestiegen'] },
    },
    {
      key: 'victim_outreach',
      stage: 'recovery',
      weight: 2,
      any: [
        /\b(?:liste der|unter den) (?:gescha(?:e)?digten|opfern)\b|\bopfer (?:der|von) (?:plattform|betrug)|\bgescha(?:e)?digten? der plattform\b/,
        /\bspezialisiert auf (?:\w+-)?(?:betrug|anlagebetrug|cybercrime|ru(?:e)?ckholung)\b|\bblockchain-?(?:forensik|analyse|ermittlung)\b|\bwallet\b.{0,30}\b(?:einfrieren|sperren) lassen\b/,
        /\b(?:ihre|deine) (?:anzeige|beschwerde|bewertung|beitrag|erfahrung)\b.{0,20}\b(?:forum|verbraucherforum|gelesen|gesehen)\b|\bsicherheitsleistung\b/,
        /\b(?:ihre|deine) (?:anzeige|strafanzeige|meldung|beschwerde)\b.{0,60}\b(?:weitergeleitet|ubermittelt|zugewiesen|bearbeitet)\b|\b(?:kriminal(?:haupt)?kommissar\w*|kripo|lka|bka|europol|interpol|cybercrime-?(?:abteilung|einheit|zentrum|kompetenzzentrum))\b.{0,80}\b(?:wallet|plattform|gelder|ruckzahlung|anteil|gebu(?:e)?hr|anzeige|gescha(?:e)?digte)\b|\b(?:listen|liste) von gescha(?:e)?digten\b|\bruckfuhrungsverfahren\b/,
      ],
      examples: { hit: ['Kanzlei Weber & Partner, spezialisiert auf Krypto-Betrug', 'Sie stehen auf der Liste der Geschädigten der Plattform CoinVerra', 'Ihre Anzeige wurde an unsere Abteilung weitergeleitet', 'Kommissar Braun, LKA, wir haben eine Wallet der Plattform gesperrt'], miss: ['die Opfer des Unwetters bekommen Hilfe', 'die Polizei hat die Straße gesperrt'] },
    },

    {
      key: 'trial_withdrawal',
      stage: 'withdrawal',
      weight: 0.8,
      any: [
        /\b(?:zahl|zahle|heb|hebe|probier|versuch|mach)\w* (?:es |das |dir |doch |mal |einfach |erst ){0,3}(?:\w+ )?(?:aus|ab|eine (?:kleine |test-?)?auszahlung|eine abhebung)\b.{0,30}\b(?:dann|damit|so) (?:siehst du|sehen sie|wei(?:ß|ss)t du|bist du sicher)\b|\b(?:kleine|test-?) ?auszahlung\b.{0,40}\b(?:sicher|echt|funktioniert|zu sehen|testen)\b/,
      ],
      examples: { hit: ['zahl es dir aus, dann siehst du, dass es echt ist', 'mach erst eine kleine Auszahlung, damit du sicher bist', 'probier eine Testauszahlung, dann weißt du, dass es funktioniert'], miss: ['heb Geld ab, dann gehen wir essen', 'zahl es mir zurück, wenn du kannst'] },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      key: 'me_sent_money',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      any: [
        /\b(?:ich )?(?:hab|habe)(?: \w+){0,3}? \d[\d.,]*\s?(?:k|€|euro|usdt|\$)?(?: \w+){0,4} (?:eingezahlt|uberwiesen|geschickt|gesendet|investiert|nachgelegt|bezahlt|reingesteckt|reingemacht|rubergeschickt)\b/,
        /\b\d[\d.,]{0,24}\s?(?:€|euro|usdt) (?:gesendet|uberwiesen|eingezahlt|geschickt)\b|\bhab \d[\d.,]*\s?(?:€|euro|usdt)?(?: \w+){0,2} drin\b/,
      ],
      examples: { hit: ['hab 500€ eingezahlt', 'ok 1000 USDT gesendet', 'Ich habe 10.000 Euro überwiesen'], miss: ['ich hab dir das Foto geschickt'] },
    },
    {
      key: 'me_cannot_withdraw',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      any: [
        /\b(?:kann|konnte) (?:nicht|nichts|kein geld) (?:auszahlen|abheben)\b/,
        /\bauszahl\w*\b.{0,60}\b(?:muss ich|soll ich|ich muss|ich soll|verlangen|wollen)\b.{0,30}\b(?:zahlen|steuern|gebu(?:e)?hr\w*)\b|\bwarum (?:muss ich|soll ich|wird das nicht)\b.{0,40}\b(?:zahlen|abgezogen|einzahlen)\b/,
        /\bkonto (?:ist )?(?:eingefroren|gesperrt)\b/,
      ],
      examples: { hit: ['will auszahlen, kundenservice sagt ich muss vorher 25% steuern zahlen', 'warum wird das nicht einfach vom guthaben abgezogen'], miss: ['ich hebe morgen Bargeld ab'] },
    },

    // ---------------- task scams ----------------
    {
      key: 'task_job_offer',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:videos?|youtube-?videos?|tiktoks?|beitrage|posts|kanale) (?:\w+ ){0,2}(?:liken|abonnieren|anschauen|ansehen|bewerten)\b.{0,80}\b(?:verdien\w*|bezahl\w*|provision|lohn|gehalt|euro|usdt)\b|\b(?:verdien\w*|bezahl\w*|provision)\b.{0,80}\b(?:videos?|beitrage|posts) (?:\w+ ){0,2}(?:liken|abonnieren|anschauen)\b|\blikes? (?:geben|setzen|verteilen|fur videos)\b.{0,80}\b(?:verdien\w*|bezahl\w*|provision|euro)\b/,
        /\b(?:hotels?|produkte?n?|apps?|restaurants?|filme?|shops?) (?:\w+ ){0,2}(?:bewerten|bewertest|bewertet|rezensieren|optimieren)\b.{0,80}\b(?:verdien\w*|bezahl\w*|provision|lohn|gehalt|pro tag|am tag|taglich)\b|\b(?:bewerten|bewertest|bewertet|rezensieren)\b (?:\w+ ){0,2}(?:hotels?|produkte?n?|apps?)\b.{0,60}\b(?:verdien\w*|bezahl\w*|provision)\b/,
        /\bprovision (?:pro|fur jede[ns]?|je|fur jede einzelne) (?:aufgabe|auftrag|bestellung|bewertung|like|video|mission)\b|\b(?:pro|je|fur jede) (?:aufgabe|bewertung|bestellung)\b.{0,20}\bprovision\b/,
        /\b(?:online|einfache|leichte|tagliche|bezahlte|kleine) (?:online-?)?(?:aufgaben|auftrage|tasks|mikrojobs|klickjobs)\b.{0,80}\b(?:provision|verdien\w*|bezahl\w*|pro tag|am tag|taglich)\b/,
        /\b(?:teilzeit|nebenjob|nebenverdienst|minijob|homeoffice|home-office|von zu hause|von daheim|vom handy|von (?:deinem|ihrem) (?:handy|smartphone)|heimarbeit|remote)\b.{0,80}(?:[€$]\s?\d[\d.,]{0,8}|\b\d[\d.,]{0,8}\s?(?:€|euro|usdt|dollar))(?:\s?(?:-|bis)\s?[€$]?\s?\d[\d.,]{0,8}\s?(?:€|euro)?)?\s?(?:(?:pro|am|\/|je|jeden) ?tag|taglich)\b/,
        /\b(?:verdien\w*|bekommst|bekommen sie) (?:bis zu |zwischen |ca\.? )?[€$]?\s?\d[\d.,]{0,8}\s?(?:€|euro|usdt)?(?:\s?(?:-|bis|und)\s?[€$]?\s?\d[\d.,]{0,8}\s?(?:€|euro)?)? (?:pro|am|jeden) tag\b.{0,80}\b(?:minuten|stunden am tag|handy|smartphone|teilzeit|nebenjob|aufgaben|ohne erfahrung|von zu hause)\b/,
        /\b(?:hr|personalabteilung|personalvermittl\w*|recruiter\w*|recruiting|personaler\w*|headhunter)\b.{0,100}\b(?:teilzeit|nebenjob|aufgaben|provision|pro tag|am tag|vom handy|von zu hause|ohne erfahrung)\b/,
        /\b(?:ihren|deinen|ihr|dein) (?:lebenslauf|cv|profil)\b.{0,100}\b(?:teilzeit|nebenjob|aufgaben|provision|pro tag|am tag|von zu hause|vom handy|flexible arbeitszeit\w*)\b/,
        /\b\d[\d.,]{0,9}\s?(?:€|euro|usdt) (?:vorfinanzier\w*|vorstrecken|auslegen)\b.{0,60}\b(?:bekommen sie|bekommst du|erhalten sie|erhaltst du|gibt es) \d[\d.,]{0,9}\s?(?:€|euro|usdt) zuru(?:e)?ck\b/,
        /\b(?:daten|produkt|app|bestell|ranking)-?optimierung\b|\boptimierung (?:von |der )?(?:daten|produkten|bestellungen|apps)\b|\b(?:sichtbarkeit|ranking) (?:von |der )?(?:hotels|produkten|handlern|shops)\b/,
      ],
      examples: {
        hit: [
          'Hallo, wir haben Ihren Lebenslauf auf StepStone gesehen: Nebenjob vom Handy aus, 30 Minuten, Provision pro Aufgabe',
          'du musst nur YouTube-Videos liken und wir bezahlen 3 Euro pro Like',
          'Die Arbeit: Hotels auf unserer Plattform bewerten, für jede Bewertung gibt es Provision',
          'einfache Online-Aufgaben, täglich bis zu 200 € verdienen 💸',
          'Sonderauftrag: Artikel für 80 € vorfinanzieren, nach einer Stunde bekommen Sie 104 € zurück',
        ],
        miss: [
          'Guten Tag, ich bin Recruiterin bei einer Spedition: Analystenstelle in Vollzeit, Vorstellungsgespräch am Dienstag?',
          'am Wochenende fahre ich Uber, bringt ein bisschen was',
          'like mal mein Foto haha',
          'hab dem Mixer bei Amazon 2 Sterne gegeben',
        ],
      },
    },
    {
      key: 'prepaid_task',
      stage: 'deposit',
      weight: 2.5,
      any: [
        /\b(?:kombi|kombinations|combo|glucks?)-?(?:bestellung|auftrag|aufgabe|paket)(?:en|e|s)?\b|\bsonderaufgabe\w*\b.{0,60}\b(?:vorfinanzier\w*|einzahl\w*|aufladen|bezahl\w*|zuruck)/,
        /\b(?:auflad|einzahl|aufgabe|auftrag|bestellung|provision|runde|kombi)\w*\b.{0,80}\b(?:negative[nrs]? (?:betrag|saldo|kontostand|guthaben)|(?:saldo|guthaben|kontostand) (?:ist |steht |wird |liegt )?(?:jetzt )?(?:negativ|im minus|bei -\s?\d))|\b(?:negative[nrs]? (?:betrag|saldo|kontostand|guthaben)|(?:saldo|guthaben|kontostand) (?:ist |steht |wird |liegt )?(?:jetzt )?(?:negativ|im minus|bei -\s?\d)).{0,80}\b(?:auflad|einzahl|aufgabe|auftrag|bestellung|provision|runde|kombi)/,
        /\b(?:vorfinanzier\w*|vorauszahl\w*|vorab (?:zahlen|bezahlen|einzahlen))\b.{0,60}\b(?:aufgaben?|auftrage?|bestellung(?:en)?|produkte?|provision)\b|\b(?:aufgaben?|auftrage?|bestellung(?:en)?)\b.{0,40}\bvorfinanzier\w*/,
        /\b(?:aufgaben|auftrage|bestellungen|runden?|sets?|serie)\b.{0,30}\b(?:abschlie(?:ss|ß)\w*|erledig\w*|fertig machen|beenden|abgeschlossen)\b.{0,40}\b(?:auszahl\w*|abheben|auszuzahlen|abzuheben)/,
        /\b(?:aufladen|einzahlen|aufgeladen|einzahlung)\b.{0,60}\b(?:um (?:weiterzumachen|fortzufahren|freizuschalten)|runde|aufgaben?|auftrage|bestellung)\b|\b(?:level|stufe) \d\b.{0,40}\bprovision\b|\bguthaben fur (?:die )?zuordnung\b/,
      ],
      examples: {
        hit: [
          'Du hast eine Kombi-Bestellung bekommen, dein Saldo ist jetzt negativ, lade 300 auf um weiterzumachen',
          'zahle 100 USDT ein, damit du die vorfinanzierten Aufgaben starten kannst',
          'du musst die restlichen 3 Aufgaben abschließen, dann kannst du dein Gehalt auszahlen',
          'dein Konto ist jetzt Level 2, die Provision verdoppelt sich',
        ],
        miss: [
          'kannst du mir mein Handy aufladen? hab kein Guthaben mehr',
          'das Restaurant will 50 € Kaution für die Arbeitskleidung, ist das normal?',
          'hab schon wieder Edelsteine im Spiel gekauft lol',
          'mach deine Hausaufgaben fertig, dann gehen wir in den Park',
        ],
      },
    },
    // ---------------- signs of innocence ----------------
    {
      key: 'scam_awareness',
      stage: 'hook',
      weight: -2,
      any: [
        /\b(?:das ist|ist das|klingt nach|klingt wie|typisch|klassische[rn]?|bekannte)(?!(?: \S+){0,2} (?:kein|keine|nicht)\b)(?: \S+){0,3}? (?:betrug|betrugsmasche|masche|abzocke|scam|betru(?:e)?ger(?:in)?)\b/,
        /\b(?:blockier|meld)\w* (?:und|&) (?:meld|blockier)\w*|\bverbraucherzentrale\b/,
        /\b(?:ich bin|ich wurde|er wurde|er ist|wurde er|sie wurde)(?: \w+){0,3} (?:abgezockt|reingelegt|betrogen)\b/,
      ],
      examples: { hit: ['Nicht weiter antworten! Das ist diese Masche', 'Einfach blockieren und melden'], miss: ['vertrau mir, die Plattform ist sicher', 'das ist keine Masche'] },
    },
  ],


  reporting: [
    /\bweitergeleitet\b|\bleite (?:ich )?(?:euch|dir|ihnen) (?:das|diese)\b/,
    /\b(?:hat|habe|hab|haben|hatte) (?:eine?|diese|so eine|die gleiche|den gleichen) (?:\S+ ){0,3}\S{0,20}(?:sms|nachricht|mail|e-mail|anruf|whatsapp)\S* (?:bekommen|gekriegt|erhalten)\b|\bhie(?:ß|ss) es\b|\bals (?:er|sie|ich|mein \w+|meine \w+) (?:\w+ ){0,2}(?:auszahlen|abheben|auszahlen lassen) wollte\b|\bhat (?:gesagt|gemeint|geschrieben|erzahlt),?\b/,
    /\b(?:die|der|eine?) (?:\w+ )?(?:frau|mann|typ|kerl|match|dame) (?:von|aus|bei) \w+ (?:sagt|meint|schreibt|behauptet|will)\b|\b(?:jemand|irgendwer|irgendjemand) (?:hat|hatte|will|wollte|schreibt|schrieb)\b|\b(?:ich|er|sie) wurde (?:\S+ ){0,4}(?:in|zu) (?:eine|einer|die|der|den)\b/,
    /\b(?:ist das|ist sowas|ist die|ist der) (?:\w+ )?(?:echt|serios|seriose|legit|real|betrug)\s?\?|\bsoll ich (?:da )?(?:anrufen|antworten|zahlen|klicken)\b|\bwenn (?:euch|dich|sie|ihnen|dir) (?:jemand|einer|eine)\b|\b(?:wir )?fragen (?:sie )?(?:nie|niemals)\b|\bleite (?:das|es|dir|euch) (?:\w+ )?weiter\b|\bweitergeleitet\b/,
    /\b(?:ich|wir|er|sie|mein(?:e)? \w+) (?:habe|hab|hat|haben|bekam|bekommt|kriegt|kriegte) (?:eine?|diese|so eine|die gleiche|den gleichen) (?:\w+ ){0,2}(?:sms|nachricht|mail|e-mail|anruf|whatsapp)\b|\b(?:bekommen|gekriegt|erhalten)\s*:/,
    /\b(?:er|sie|jemand|so ein(?:e)? (?:typ|frau|mann|kerl)|ein(?:e)? (?:typ|frau|mann|kerl)) (?:hat (?:gesagt|geschrieben|gemeint|erzahlt|gefragt)|sagt|sagte|meint|meinte|schreibt|schrieb|behauptet|behauptete|will,? dass|wollte,? dass|fragt|fragte|erzahlt)\b/,
    /\bhat (?:er|sie) (?:gesagt|geschrieben|gemeint|erzahlt)\b|\b(?:die|der) (?:will|wollte),? dass\b|\bdie (?:schreiben|sagen|erzahlen|wollen|behaupten)\b/,
    /\b(?:betru(?:e)?ger|abzocker|scammer)\w*\b.{0,40}\b(?:sagen|schreiben|wollen|fragen|benutzen|erzahlen)\b/,
    /\b(?:artikel|bericht|video|reportage|beitrag|doku) (?:uber|zu)\b|\bstand in der zeitung\b|\bin den nachrichten\b/,
    /\bmein(?:e|em|er)? (?:opa|oma|vater|mutter|papa|mama|onkel|tante|bruder|schwester|freund|freundin|kollege|kollegin|arbeitskollege|arbeitskollegin|nachbar|nachbarin|cousin|cousine|mann|frau)\b.{0,40}\b(?:wurde|ist|hat|wird)(?: \w+){0,3} (?:kontaktiert|angeschrieben|betrogen|abgezockt|reingelegt|hinzugefugt|kennengelernt)\b/,
    /\b(?:schau|guck|kuck|lies) (?:mal|dir das an),? was (?:mir )?(?:\w+ ){0,3}(?:geschrieben|geschickt|geantwortet) hat\b|\b(?:kam|kommt|bekam|kriege|bekomme) (?:heute |gerade |dauernd |standig )?(?:diese|so eine|eine) (?:\w+ )?(?:nachricht|sms|mail)\b|\b(?:ist das|klingt das|ist sowas) (?:ein |eine |nach )?(?:betrug|scam|fake|abzocke|masche)\s?\?/,
    /\bfake-?(?:plattform|gewinne|profil|seite|borse)\b|\bbetrugsmasche\b|\bhei(?:ß|ss)t es (?:dann |plo(?:e)?tzlich )?/,
    /\b(?:ist das|klingt das|ist sowas) (?:normal|serios|echt|legit)\s?\?|\bdann sollst du\b/,
    /\b(?:das ist|ist das|klingt nach) (?:doch |ja |eindeutig |ganz klar |genau )?(?:ein |eine |ne |diese |so ne )?(?:betrug|masche|abzocke|betrugsmasche)\b/,
  ],
};
