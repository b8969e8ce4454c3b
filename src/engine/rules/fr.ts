import type { RuleSet } from './types.ts';

// French rules. Same stages and spirit as en.ts; patterns run on the folded
// text (lower case, accents removed: "deja", "numero", "recuperer"). Apostrophes
// may be straight or curly, or dropped ("j'ai", "j’ai", "jai"). Weights are
// hand-set starting values; training refits them.
const APP = '(?:whats ?app|wa|telegram|tg|signal|line|wechat|viber|snap(?:chat)?|messenger|skype)';
const CRYPTO = '(?:usdt|usdc|tether|cryptos?|cryptomonnaies?|crypto-monnaies?|bitcoins?|btc|eth|ethereum)';
// An amount with its unit: "4200€", "9 000 €", "300 euros", "1000 usdt", "30k".
const AMOUNT = '(?:[$€£]\\s?\\d[\\d ,.]*|\\d[\\d ,.]*\\s?(?:k€|k|€|euros?|balles|usdt|usd|dollars?|\\$|btc|eth))(?![a-z])';
const KIN =
  '(?:oncle|tonton|tante|tata|cousin|cousine|frere|soeur|pere|mere|papa|maman|neveu|niece|parrain|marraine|mentor|mentore|prof|professeur|professeure|coach|patron|patronne|grand-pere|grand-mere|ami|amie|pote)';

export const fr: RuleSet = {
  locale: 'fr',
  detect: /\b(?:je|j'ai|tu|il|elle|nous|vous|les|des|du|une|est|suis|pas|qui|quoi|mon|mes|ton|ta|tes|cette|avec|dans|mais|oui|merci|bonjour|salut|coucou|tres|aussi|bien|c'est|t'es|ca|moi|toi|slt|mdr|bisous)\b/,
  rules: [
    // ---------------- hook ----------------
    {
      key: 'wrong_number',
      stage: 'hook',
      weight: 1,
      opening: true,
      any: [
        /\b(?:c['’ ]?est bien|vous etes bien|tu es bien|t['’ ]?es bien|je parle bien a|je suis bien (?:chez|avec)) (?:m\.? |mme |madame |monsieur |mlle |mademoiselle |docteur |dr |maitre )?(?!(?:ca|cela|ce|ici|vrai|toi|vous|lui|elle|normal|possible|sur|sure|le bon|la bonne|ton|ta|votre|mon|ma)\b)[a-z]+(?: [a-z]+)?\s*\?/,
        /\b(?:faux|mauvais) (?:numero|num|contact)\b|\btrompee?s? de (?:numero|num|personne|contact|destinataire)\b/,
        /\b(?:mal|pas bien) (?:note|noter|notee|enregistre|enregistrer|enregistree|recopie|recopier|copie|sauvegarde)r? (?:le|ton|votre|ce|son) (?:numero|num|contact)\b|\bnumero (?:mal|pas bien) (?:note|enregistre|recopie)\b/,
        /\b(?:a|ai|as|ont) du se tromper\b|\bdesolee? du derangement\b/,
      ],
      examples: {
        hit: ['Bonjour, c’est bien Thomas ?', "Oh pardon !! J'ai dû mal noter le numéro au mariage de mon cousin", 'Oups, excusez-moi, mauvais numéro !', 'Une amie m’a donné ce numéro, elle a dû se tromper'],
        miss: ["c'est bien ça, merci", 'je note ton numéro pour samedi'],
      },
    },
    {
      key: 'fate',
      stage: 'hook',
      weight: 1,
      any: [
        /\b(?:c['’ ]?est|c['’ ]?etait|ce doit etre|peut-etre|sans doute|surement|j['’ ]?appelle ca|je crois au|je crois en le) (?:le |un |peut-etre le |sans doute le )?(?:destin|signe du destin)\b/,
        /\ble (?:hasard|destin) (?:fait bien les choses|nous a (?:reunis|fait se rencontrer|mis sur))\b|\bc['’ ]?etait ecrit\b/,
      ],
      examples: { hit: ["C'est peut-être le destin haha", 'le hasard fait bien les choses'], miss: ["le destin de l'entreprise est incertain"] },
    },
    {
      key: 'far_away_job',
      stage: 'hook',
      weight: 0.7,
      any: [
        /\bje (?:vis|travaille|habite|bosse|suis (?:base|basee|installee?|en poste|en mission|expatriee?)) (?:actuellement |en ce moment |maintenant |depuis \w+ ans )?(?:a|en|au|aux|sur|dans) (?:dubai|singapour|hong ?kong|kuala lumpur|malaisie|bangkok|thailande|macao|taiwan|taipei|shanghai|shenzhen|abu dhabi|qatar|doha|une plateforme petroliere|un petrolier|l['’ ]?etranger|mer du nord)\b/,
        /\bje suis (?:actuellement |en ce moment |encore |toujours |cette semaine )?(?:a|en) (?:dubai|singapour|hong ?kong|kuala lumpur|malaisie|bangkok|macao|shanghai|shenzhen|abu dhabi|doha) (?:pour (?:le|mon) (?:travail|boulot|job)|en mission|en deplacement)\b/,
        /\b(?:ingenieure? |je travaille )sur une plate-?forme petroliere\b|\bplate-?forme petroliere en mer\b/,
      ],
      examples: { hit: ['je vis à Dubaï en ce moment', 'Je suis ingénieur sur une plateforme pétrolière en mer du Nord'], miss: ["on est allés à Singapour l'an dernier"] },
    },
    {
      key: 'profile_compliment',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      any: [
        /\b(?:ton|votre) (?:profil|sourire|photo|post)\b.{0,25}\b(?:m['’ ]?a (?:touchee?|plu|attiree?|interpellee?|donne envie)|est (?:magnifique|superbe|splendide|charmant))/,
        /\b(?:tu as|t['’ ]?as|vous avez) (?:un |une |de )?(?:tres |si |vraiment |trop )?(?:joli|jolie|jolies|beau|belle|belles|magnifique|magnifiques|superbe|superbes|charmant) (?:profil|sourire|photos?|regard)\b/,
        /\b(?:trop |tres |vraiment |si )?(?:belles|magnifiques|superbes|jolies) (?:tes|vos) photos\b|\b(?:vu|decouvert|croise|remarque) (?:ton|votre) (?:profil|compte|post|photo)\b/,
        /\b(?:tu as|vous avez) l['’ ]?air (?:d['’ ]?(?:un|une) (?:homme|femme|personne) )?(?:tres |si )?(?:gentil|gentille|sincere|doux|douce|bienveillante?|cultivee?|elegante?)\b/,
      ],
      examples: { hit: ["Bonjour Gérard, votre profil m'a touchée", 'trop belles tes photos de rando'], miss: ["t'as vu mes photos de vacances ?"] },
    },
    {
      key: 'group_add',
      stage: 'hook',
      weight: 1.2,
      any: [
        /\b(?:cours|formation|classe|masterclass|seminaire|groupe|club) (?:gratuite?s? )?(?:d['’ ]?investissement|de trading|de bourse|crypto|d['’ ]?analyse)(?: gratuite?)?\b.{0,40}\b(?:gratuit|gratuite|offert|rejoindre|t['’ ]?ajoute|vous ajoute|whats ?app|telegram)/,
        /\b(?:assistante?|secretaire) (?:du|de) (?:professeur|prof|m\.|monsieur|dr)\b/,
        /\b(?:tu t['’ ]?interesses?|vous vous interessez|ca t['’ ]?interesse|ca vous interesse) (?:a la|au|aux|a l['’ ]?) ?(?:bourse|investissement|trading|crypto|marches|finance)/,
      ],
      examples: { hit: ["Je suis l'assistante du professeur Martin, il donne un cours d'investissement gratuit sur WhatsApp", 'Vous vous intéressez à la bourse ?'], miss: ['je donne un cours de yoga gratuit samedi'] },
    },

    // ---------------- rapport ----------------
    {
      key: 'pet_name',
      stage: 'rapport',
      weight: 0.4,
      any: [
        /\b(?:ma (?:cherie|puce|princesse|reine|douce|chouchoute)|mon (?:cheri|coeur|amour|ange|prince|roi|tresor|bebe|chou)|cherie?)\b(?!-)|\bbebe(?=\s*(?:[,!?…]|$))/,
        /\b(?:ma belle|mon beau)(?=\s*(?:[,.!?;:)…]|$|je |j['’]|tu |t['’]|on |ca |comment |bien |et ))/,
      ],
      examples: { hit: ['Bonjour ma belle, ici il fait 4 degrés', 'Bravo mon cœur ❤️'], miss: ['ma belle-soeur arrive demain', 'mon beau-frère est là', 'ma belle maison'] },
    },
    {
      key: 'love_bombing',
      stage: 'rapport',
      weight: 1,
      any: [
        /\b(?:mon |ma )?ame[- ]soeur\b/,
        /\bnotre (?:avenir|futur|vie) ensemble\b|\bconstrui\w* notre (?:avenir|futur)\b/,
        /\bje n['’ ]?ai jamais (?:ressenti|eprouve) (?:ca|cela|une chose pareille|ca pour personne)\b|\bjamais ressenti ca\b/,
        /\b(?:la femme|l['’ ]?homme|l['’ ]?amour) de ma vie\b|\bma future (?:femme|epouse)\b|\bmon futur (?:mari|epoux)\b/,
        /\bje (?:ne )?(?:peux|arrive) (?:pas|plus) (?:a )?(?:m['’ ]?empecher de|arreter de) penser a (?:toi|vous)\b/,
      ],
      examples: { hit: ["Je veux qu'on construise notre avenir ensemble", "je crois que tu es mon âme sœur"], miss: ["l'avenir de l'entreprise se joue cette année"] },
    },
    {
      key: 'secrecy',
      stage: 'rapport',
      weight: 2,
      any: [
        /\b(?:ne (?:le |la |les |en )?dis (?:rien|pas)|n['’ ]?en (?:parle|parlez|dis) (?:pas|rien)|ne (?:dites|racontez) (?:rien|pas)|pas besoin d['’ ]?en parler|inutile d['’ ]?en parler)(?: de ca| de tout ca)? (?:a|avec) (?:ta|votre|tes|vos|ton) (?:famille|fille|fils|enfants|mari|femme|amis|amies|proches|banque|banquier|conseiller|soeur|frere|parents)\b/,
        /\b(?:garde|gardez|gardons) (?:ca|cela|le|la|tout ca|notre \w+) (?:pour (?:toi|vous|nous)|secret|secrete|entre nous)\b|\bnotre petit secret\b|\bque ca reste entre nous\b/,
        /\b(?:ta|votre) (?:famille|banque|fille|fils|entourage) (?:ne )?(?:comprendrai(?:t|ent)|va pas comprendre|ne comprendra pas)\b/,
        /\b(?:dites|dis) a (?:la|ta|votre) banque (?:que )?c'?est pour\b|\bles banques n'aiment pas\b/,
      ],
      examples: { hit: ["Dites à la banque que c'est pour un bateau", "N'en parle pas à ta famille pour l'instant", 'garde ça entre nous ok ?'], miss: ["dis à ta sœur que c'est pour demain", 'dis bonjour à ta famille de ma part', 'ne dis rien, je devine'] },
    },

    // ---------------- off_platform ----------------
    {
      key: 'move_off_platform',
      stage: 'off_platform',
      weight: 1.2,
      any: [
        new RegExp(`\\b(?:ajoute|ecris|contacte|appelle|rejoins|retrouve)[- ]?(?:moi|nous) (?:sur|via|par) ${APP}\\b`),
        new RegExp(`\\b(?:on (?:peut|pourrait|continue|parle|discute|passe|se parle|s['’ ]?ecrit)|parlons|continuons|passons|si on (?:parlait|passait|continuait)|tu veux (?:qu['’ ]?on )?(?:parler|discuter|continuer|passer)|vous voulez (?:continuer|parler|discuter))(?: \\w+){0,3} (?:sur|par|via|a) ${APP}\\b`),
        new RegExp(`\\b(?:tu as|t['’ ]?as|vous avez|as-tu|avez-vous|tu utilises|vous utilisez|t['’ ]?es sur|tu es sur|vous etes sur) ${APP}\\b`),
        new RegExp(`\\bmon (?:${APP}|num(?:ero)?(?: de (?:telephone|tel|portable))?)(?: \\w+)? (?:c['’ ]?est|est|:)`),
        new RegExp(`\\bje prefere (?:parler sur |ecrire sur )?${APP}\\b`),
        /\bje (?:ne )?(?:viens|vais|suis|passe) (?:pas|plus|rarement|jamais) (?:tres |trop |si )?(?:souvent |beaucoup )?(?:ici|sur (?:ce site|cette (?:appli|application|app|plateforme)|tinder|meetic|bumble|hinge|badoo|happn|insta(?:gram)?|facebook|fb|le site|l['’ ]?appli|l['’ ]?app))\b/,
        /\bpas (?:tres |trop )?a l['’ ]?aise (?:avec|sur) (?:ce site|cette (?:appli|application|app|plateforme))\b/,
        /\b(?:donne|envoie|passe|laisse)[- ]?(?:moi )?(?:ton|votre) (?:num|numero|06|whats ?app|telegram|tel|portable)\b/,
        new RegExp(`\\b(?:groupe|canal|chaine) ${APP}\\b|\\b${APP} (?:groupe|canal)\\b|\\bje (?:t['’ ]?|vous )ajoute (?:dans|au|a) (?:un |le |notre |mon )?(?:groupe|canal)\\b`),
        /\b(?:tu me donnes|donne-moi|tu peux me donner|vous me donnez|vous pouvez me donner) (?:ton|votre) (?:whats\w*|telegram|numero|snap|insta)\b|\bje me connecte (?:tres )?peu\b|\b(?:vous|te) contacter (?:sur|via|par) (?:whats\w*|telegram|signal)\b/,
      ],
      examples: {
        hit: ["Je me connecte très peu sur Tinder, tu me donnes ton WhatsApp ?", "Il va vous contacter sur WhatsApp", 'Je ne viens pas souvent sur Tinder, on peut parler sur WhatsApp ?', 'tu as Telegram ?', 'Je préfère WhatsApp, les SMS c’est pas pratique', "j'ai un groupe WhatsApp avec des gars, je t'ajoute ?"],
        miss: ["tu me donnes le sel ?", "je l'ai vu sur le statut whatsapp de julie", 'la ligne 4 est en panne'],
      },
    },

    // ---------------- wealth ----------------
    {
      key: 'relative_analyst',
      stage: 'wealth',
      weight: 2.5,
      any: [
        new RegExp(`\\b(?:mon|ma) ${KIN}\\b[^.!?]{0,60}?\\b(?:est|etait|travaille comme|travaille chez|bosse comme|qui est) (?:un |une |le |la )?(?:grand |grande |tres bon |tres bonne |ancien |ancienne )?(?:analyste(?! (?:de donnees|data|programmeur|qualite|informatique|securite|cyber|biologique|medical|medicale|de laboratoire|systeme|fonctionnel))|trader|tradeur|tradeuse|gestionnaire de (?:fonds|portefeuille)|gerante? de fonds|stratege|courtier|courtiere|expert(?:e)? (?:en|de la) (?:bourse|finance|crypto|trading|marches?))`),
        /\b(?:il|elle) est (?:un |une )?(?:grand |grande |ancien |ancienne |senior )?analyste (?:financiere?|senior|en chef|chez (?!orange|sfr|free)|dans (?:une|la) (?:banque|fonds)|a (?:wall street|la city|geneve|zurich|londres|hong ?kong|singapour|new york|monaco|dubai)|de marche|crypto|en bourse)\b/,
        /\b(?:informations?|infos?|donnees|signaux|tuyaux|conseils) (?:privilegiee?s?|internes?|exclusi(?:ve|f)s?|confidentiel(?:le)?s?|d['’ ]?inities?)\b/,
        /\b(?:connait|sait|voit|prevoit|devine|anticipe) (?:les|des) (?:mouvements?|tendances?|hausses?|baisses?)(?: \w+){0,4} (?:a l['’ ]?avance|avant (?:tout le monde|les autres|qu['’ ]?ils))/,
        /\bdes informations que (?:les autres|les petits epargnants|personne|le public)\b|\binformations privilegiees\b/,
      ],
      examples: {
        hit: ["Mon ami a des informations que les petits épargnants n'ont pas", 'c’est grâce à mon oncle, il est analyste financier à Genève', "Il est analyste chez une grosse banque à Hong Kong", 'il connaît les mouvements des crypto à l’avance'],
        miss: ["j'ai des informations sur le train", 'mon oncle est boulanger à Lyon', 'mon beau-frère il est conseiller en gestion de patrimoine'],
      },
    },
    {
      key: 'showing_gains',
      stage: 'wealth',
      weight: 1.2,
      any: [
        new RegExp(`\\bj['’ ]?ai (?:fait|gagne|empoche|encaisse|pris|sorti) (?:plus de |pres de |environ |presque )?\\+?${AMOUNT}[^.!?]{0,40}?\\b(?:bitcoin|btc|crypto|trading|trade|or|forex|contrats?|aujourd['’ ]?hui|cette semaine|ce mois|hier|ce matin|en (?:une|un|\\d+) (?:apres-midi|journee|jour|jours|heures?|semaine|nuit))`),
        /\b(?:ce mois-?ci|aujourd['’ ]?hui|cette semaine|hier|ce matin|en une journee)\s?:?\s?\+\s?\d[\d ,.]*\s?(?:k€|€|euros|usdt|\$)/,
        new RegExp(`\\b(?:je me fais|je gagne|je touche|ca me rapporte|il me rapporte|elle me rapporte) (?:environ |pres de |plus de |au moins )?${AMOUNT} (?:par|chaque|tous les|toutes les) (?:jour|semaine|mois)`),
        /\bj['’ ]?ai (?:double|triple) (?:mon|mes) (?:epargne|capital|argent|economies|mise)\b/,
        /\bje gagne en (?:un|une) (?:mois|semaine|jour) ce que je gagnais en\b|\bje vis (?:du|de la|grace au|grace a la) (?:trading|crypto|bourse)\b|\b(?:quitte|quitter) (?:mon )?(?:job|travail|boulot|emploi) grace (?:au|a la|a l['’ ]?) ?(?:trading|crypto|bourse|forex|or)\b/,
        /\[(?:capture d'ecran|capture|screenshot|photo)[^\]]{0,80}(?:\+\s?\d|\b(?:solde|gains?|recompenses?|benefices?|profits?)\b)/,
        /(?:^|\s)\+\s?(?:[1-9]\d|\d{3})(?:[.,]\d+)?\s?% (?:depuis|cette|ce|en|l'annee)\b|\b(?:a fait|ai fait|gagne|pris) \+?\d+(?:[.,]\d+)?\s?% (?:cette annee|ce mois|depuis|l'annee derniere|en \w+)|\b(?:me rapporte|je gagne|je touche)\b.{0,15}\d+(?:[.,]\d+)?\s?% par (?:jour|semaine|mois)\b|\bca m'a paye (?:un|une|mon|ma)\b|\bgrace a ca (?:que )?j'ai (?:pu|achete|paye)\b/,
      ],
      examples: {
        hit: ["J'ai fait +28% depuis janvier", "Ça a fait 31% cette année", "il me rapporte 2% par jour", "[capture d'écran : +1 240 USDT aujourd'hui]", "Journée de fou aujourd'hui, j'ai fait +4200€ sur le bitcoin", "j'ai gagné 9 000€ en une après-midi", 'je me fais 300€ par semaine en dormant'],
        miss: ["[photo du chat]", "la météo annonce +3 degrés", "j'ai fait 240€ de plus-value", "j'ai gagné le match hier"],
      },
    },
    {
      key: 'wealth_signals',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\b(?:donne|donnent|envoie|envoient|partage|partagent|a donne|m['’ ]?a donne)(?: \w+){0,2} (?:des |les |ses |un |de |mes )?(?:bons? |gros |nouveaux |meilleurs )?(?:signal|signaux)\b/,
        /\b(?:les |ses |des |mes )?signaux (?:de (?:mon|ma|son|sa|notre) \w+|du (?:prof|professeur|mentor|groupe|coach)|tous les jours|quotidiens|vip|premium|sont (?:encore )?meilleurs)\b|\b(?:bon|gros|prochain|nouveau|excellent) signal\b/,
        /\b(?:attends?|attendez|suis|suivez|suivre|copie|copier|on copie) (?:mon|le|son|ses|les|mes) (?:signal|signaux)\b/,
        /\b(?:gros|grand|enorme|important) mouvement (?:la semaine prochaine|demain|ce week-end|bientot|sur (?:le|la|les) (?:bitcoin|btc|crypto|marche|or))\b/,
        /\b(?:elle|il|mon oncle|ma tante|le prof|le professeur|le mentor) (?:donne|envoie|passe) des signaux\b/,
      ],
      examples: { hit: ["elle donne des signaux tous les jours, on copie", 'Il me donne les signaux, je suis juste', 'mon oncle dit qu’il y a un gros mouvement la semaine prochaine'], miss: ["il donne des cours de piano", "pas de signal dans la montagne", 'écris-moi sur Signal'] },
    },

    // ---------------- pitch ----------------
    {
      key: 'offer_to_teach',
      stage: 'pitch',
      weight: 2,
      any: [
        new RegExp(`\\b(?:je|on|il|elle|mon oncle|ma tante) (?:peux|peut|pourrais|pourra|vais|va|veux) (?:t['’ ]?|te |vous )(?:apprendre|montrer|guider|expliquer|former|accompagner|initier)(?: a| comment)?(?: \\w+){0,5} (?:investir|trader|trade|gagner|placer|${CRYPTO}|trading|bourse|forex|l['’ ]?or|contrats?|marches?|argent)\\b`),
        /\b(?:je|on) (?:peux|peut|pourrais|vais) (?:t['’ ]?|te |vous )(?:apprendre|montrer|guider|initier|accompagner|former)(?=\s*(?:[,.!?]|$|si |on |c['’ ]?est |tu |pas a pas|etape))/,
        /\b(?:suis|suivez|suivre|tu suis|il suffit de suivre|juste suivre) (?:mes|les|ses) (?:instructions|consignes|indications|ordres)\b/,
        /\bque je (?:t['’ ]?|te |vous )(?:apprenne|montre|explique|guide|forme|initie)(?: a| comment)?(?: \w+){0,3} (?:investir|trader|trade|la crypto|les cryptos|le trading|la bourse|gagner de l['’ ]?argent)\b/,
        /\bje (?:te|vous) (?:dirai|dis|previens|previendrai) quand (?:acheter|vendre|entrer|investir|miser)\b/,
        /\bje (?:te|vous) (?:guide|guiderai|accompagne|accompagnerai)(?=\s*(?:[,.!?]|$|pas a pas|etape par etape|pour (?:le|ton|votre|tes|vos|les) (?:depot|premier|trade|investissement)))/,
      ],
      examples: {
        hit: ['Si tu veux je peux t’apprendre, on commence petit', 'Je peux te montrer, c’est simple.', 'Tu ouvres un compte et je te guide', 'je peux t’apprendre à investir en crypto'],
        miss: ['je peux t’apprendre à faire des crêpes', 'je te montre les photos demain'],
      },
    },
    {
      key: 'guaranteed_returns',
      stage: 'pitch',
      weight: 2.5,
      any: [
        /\b(?:gains?|rendements?|profits?|benefices?|revenus?|interets?) (?:sont |est )?(?:garantie?s?|assuree?s?|stables et garantis|surs)\b/,
        /(?<!(?:rendements?|gains?|profits?|placements?|investissements?) )\b(?:presque |quasi(?:ment)? )?sans (?:aucun )?risque\b(?! de (?:pluie|neige|orage|bouchons?))|\b(?:zero|aucun) risque\b(?! (?:que|qu['’ ]?|de pluie))|\brisque zero\b(?! n['’ ]?existe)/,
        /\b(?:tu ne|vous ne|on ne|tu|on) (?:peux|pouvez|peut) pas perdre\b|\bje ne (?:te|vous) ferai(?:s)? jamais perdre\b|\b100 ?% (?:sur|securise|garanti|gagnant|fiable)\b|\bje (?:te|vous) (?:le )?garantis\b/,
      ],
      examples: {
        hit: ['Il prend 10 000€ minimum mais c’est sans risque, les gains sont garantis', 'zéro trading, zéro risque', 'je ne te ferais jamais perdre de l’argent'],
        miss: ["il n'y a pas de rendement sans risque", 'le risque zéro n’existe pas'],
      },
    },
    {
      key: 'high_returns',
      stage: 'pitch',
      weight: 2,
      entity: 'percent',
      any: [
        /(?<!\d)\d+(?:[.,]\d+)?\s?%\s?(?:\w+ ){0,3}(?:par jour|par semaine|chaque jour|chaque semaine|tous les jours|quotidien|quotidiens|par trade|par operation|a chaque (?:fois|trade|operation)|en (?:un|une|1|2|3|24|48) (?:jour|jours|heures?|semaine))/,
        /\b(?:[3-9]|[1-9]\d)(?:[.,]\d+)?\s?% (?:par mois|chaque mois|mensuels?)\b/,
        /\b(?:rendements?|gains?|profits?|roi|interets?) (?:de |d['’ ]?environ |jusqu['’ ]?a |de plus de )?(?:[2-9]\d|\d{3,})\s?%/,
        /\b(?:rendement|gain|profit|interet|revenu)s? (?:journaliers?|quotidiens?|hebdomadaires?) (?:de )?\d+(?:[.,]\d+)?\s?%/,
      ],
      examples: { hit: ['il me rapporte 2% par jour', 'on gagne 20 à 30% à chaque fois', 'tu touches 1,5% par jour'], miss: ['batterie à 3%', "l'inflation est à 2% par an"] },
    },
    {
      key: 'investment_product',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:trading|trade) (?:de |des |sur (?:les )?)?(?:contrats?|futures|options|marge)\b|\bcontrats? (?:de )?(?:\d+ ?s(?:ec(?:ondes)?)?|perpetuels?|a terme)\b|\beffet de levier\b|\bfais? les contrats\b/,
        /\bminage de liquidite\b|\b(?:pool|staking) (?:de liquidite|defi)\b|\bminage (?:defi|usdt)\b/,
        /\b(?:robot|bot|algorithme|logiciel) (?:de trading|quantitatif|d['’ ]?arbitrage|avec (?:l['’ ]?)?ia|ia)\b|\btrading (?:quantitatif|algorithmique|automatique|ia|par ia)\b|\bquant(?:itatif)? ia\b/,
        /\b(?:trading|trade|trader|investir|investissement) (?:sur |dans |de )?(?:l['’ ]?or|le forex|les devises)\b|\b(?:le|du|au|en) forex\b|\bd['’ ]?arbitrage\b/,
        /\b(?:reste|restent) dans (?:ton|mon|votre|son) (?:propre )?portefeuille\b|\bne quitte jamais (?:ton|mon|votre) portefeuille\b|\bminage de liquidite\b|\btu (?:cliques|clique) (?:sur )?[\"«]?(?:approuver|rejoindre|autoriser)\b/,
      ],
      examples: { hit: ["l'argent reste dans TON portefeuille", "Tu cliques sur approuver", 'tu fais les contrats avec moi', 'avec le minage de liquidité', "j'utilise un robot de trading avec IA", 'grâce au trading sur l’or'], miss: ["mon portefeuille est resté dans la voiture", 'mon contrat de travail finit en juin', 'une bague en or pour maman'] },
    },
    {
      key: 'invitation_to_invest',
      stage: 'pitch',
      weight: 1.5,
      any: [
        new RegExp(`\\b(?:tu (?:devrais|peux|pourrais)|vous (?:devriez|pouvez|pourriez)|essaie|essayez|on (?:commence|peut commencer)|tu commences|vous commencez|commence|commencez)(?: \\w+){0,2} (?:avec|par) (?:seulement |juste |un petit |une petite )?(?:${AMOUNT}|\\d{3,}|un petit montant|une petite somme|peu)`),
        /\b(?:on|tu|vous) commencez? (?:petit|doucement|tout doucement|par un petit)\b|\bcommencer petit\b/,
        /\bl['’ ]?argent qui dort\b|\bfaire fructifier (?:ton|votre|tes|vos) (?:argent|epargne|economies|capital)\b|\bfaire travailler (?:ton|votre) argent\b/,
        new RegExp(`\\b(?:investir|trader|gagner de l['’ ]?argent|investissons) ensemble\\b|\\bje veux (?:t['’ ]?|vous )aider a (?:investir|gagner|placer|faire fructifier)\\b|\\b(?:tu veux|vous voulez|ca te dit|ca vous dit)(?: \\w+){0,2} (?:investir|trader|essayer le trading|essayer (?:la|les) ${CRYPTO})\\b`),
        /\bcommence(?:z)? (?:petit|par un petit montant|avec un petit montant)\b/,
      ],
      examples: {
        hit: ["Commence petit, 500€", 'Si tu veux tu peux essayer avec 500€', 'Tu commences avec 1000€ et tu fais les contrats avec moi', "l'argent qui dort ne rapporte rien"],
        miss: ["commence par la salade", 'tu devrais essayer les pâtes', 'on commence à 20h'],
      },
    },
    {
      key: 'pitch_urgency',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:plus que|seulement|il reste|il ne reste que|reste) \d+ (?:places?|slots?)(?: \w+){0,3} (?:dans le groupe|vip|pour (?:le |la |l['’ ]?)(?:groupe|programme|session|offre|formation|cours|compte|canal))\b|\bplaces? limitees?\b/,
        /\b(?:ne rate|ne manque|rate|manque|ne laisse) pas (?:passer )?(?:cette|l['’ ]?|une telle) ?(?:occasion|opportunite|chance)\b|\b(?:grosse|enorme|derniere|rare) (?:opportunite|occasion)\b/,
        /\b(?:il faut|tu dois|vous devez) (?:deposer|investir|acheter|payer|agir|mettre) (?:aujourd['’ ]?hui|maintenant|tout de suite|avant|immediatement|vite)\b/,
        new RegExp(`\\b(?:achat|achete|achetez|vends|vente|entre|entrez|mets|mise)\\b[^.!?]{0,25}\\b(?:${CRYPTO}|hausse|baisse)\\b[^.!?]{0,25}\\bmaintenant\\b|\\b(?:a la hausse|a la baisse)\\b[^.!?]{0,20}\\bmaintenant\\b|\\btout le solde\\b|\\bplus (?:on|vous|tu) attend(?:s|ez)?,? plus\\b`),
      ],
      examples: { hit: ['Vite ! Achat BTC maintenant, 10 minutes, tout le solde', 'Prêt ? Contrat 60 secondes, ETH à la hausse, maintenant !', 'ne rate pas cette opportunité'], miss: ['il reste 3 parts de gâteau', 'je pars maintenant'] },
    },
    {
      key: 'guilt_trip',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\bje (?:pensais|croyais) que (?:tu etais|t['’ ]?etais|vous etiez) (?:different|differente)\b|\bje (?:pensais|croyais) qu['’ ]?(?:il y avait|on avait|nous avions) (?:une )?(?:belle )?(?:relation de )?confiance\b/,
        /\b(?:tu ne|tu|vous ne) (?:me )?(?:fais|faites) (?:pas|plus|jamais) confiance\b/,
        /\bje (?:ne )?suis pas (?:un |une )?(?:arnaqueu(?:r|se)|escroc|menteu(?:r|se)|voleu(?:r|se))\b|\b(?:me traites?|me prends?) (?:de|pour) (?:un |une )?(?:menteu(?:r|se)|arnaqueu(?:r|se)|escroc)\b/,
        /\bje (?:voulais|veux) (?:juste|seulement|simplement) (?:t['’ ]?|vous )aider\b|\bje (?:t['’ ]?|vous )ai aidee? (?:gratuitement|a gagner)\b|\bc['’ ]?est (?:ta|votre) perte\b|\bj['’ ]?offre pas ca a tout le monde\b|\bje (?:ne )?propose pas ca a tout le monde\b/,
        /\b(?:ta|votre) (?:fille|fils|famille|soeur|frere|amie?|banque|copine|mere|pere|entourage)(?: \w+){0,2} (?:ne )?(?:me connait pas|(?:connait|comprend|y connait) rien (?:a la finance|a l['’ ]?investissement|au trading|a la crypto|aux marches))\b/,
      ],
      examples: { hit: ['Je t’ai aidée gratuitement et tu me traites de menteur ?', 'Ta fille ne connaît rien à la finance.', "C'est dommage, j'offre pas ça à tout le monde"], miss: ['je te fais confiance pour samedi'] },
    },
    {
      key: 'future_together',
      stage: 'pitch',
      weight: 1.2,
      any: [
        /\b(?:revenus? passifs?|complement de revenu|liberte financiere|independance financiere)\b/,
        /\bpour (?:notre avenir|notre futur|ta retraite|votre retraite|notre maison|notre mariage|nous deux)\b/,
        /\b(?:tu merites mieux que|plus besoin de travailler|ne plus (?:avoir a )?travailler|arreter de travailler|te tuer au travail|tu travailles trop)\b/,
        /\b(?:partir|aller) en vacances ensemble\b/,
      ],
      examples: { hit: ['Tu mérites mieux que de te tuer au travail pour un petit salaire', 'je voulais juste vous aider pour votre retraite'], miss: ['on économise pour un nouveau canapé'] },
    },
    {
      key: 'exclusive_access',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:groupe|canal|niveau|compte|mode|statut|membres?|offre|palier) (?:vip|gold|premium|platine|diamant)\b|\bcompte institutionnel\b|\bcopie de trades?\b/,
        /\bpasses? au niveau \d\b|\b(?:seulement|uniquement|juste) (?:pour|aux) (?:les )?(?:gens|personnes|membres) (?:de confiance|selectionnes|choisis)\b/,
      ],
      examples: { hit: ['tu veux passer au niveau Gold ?', 'le robot passe en mode VIP', 'tu passes au niveau 2 avec 2%'], miss: ['le salon VIP de l’aéroport'] },
    },
    {
      key: 'easy_money',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:doubler|tripler|double|triple|x2|x3|x10) (?:ton|votre|son|leur|mon) (?:argent|capital|epargne|mise|investissement)\b/,
        new RegExp(`\\b(?:gagner|gagne|gagnes|se faire|te faire) (?:facilement )?${AMOUNT} (?:par|chaque|tous les) (?:jour|semaine)\\b`),
        /\btaux de (?:reussite|gain|victoire) (?:de |d['’ ]?environ |superieur a |au-dessus de )?\d+\s?%|\ben dormant\b|\bargent facile\b/,
        /\bje (?:le |la |les )?double\b.{0,20}\b(?:depuis|de mon|avec mon)\b/,
      ],
      examples: { hit: ["Tout ce que vous mettez, je le double depuis mon compte", 'tu peux doubler ton capital en un mois', 'taux de réussite de 90%'], miss: ["je double la recette", 'le magasin a doublé ses prix'] },
    },

    // ---------------- platform ----------------
    {
      key: 'platform_register',
      stage: 'platform',
      weight: 1.8,
      any: [
        /\b(?:telecharge|telecharger|installe|installer|installez|telechargez)(?: \w+){0,2} (?:via|avec|par|depuis) (?:testflight|le fichier apk|l['’ ]?apk|ce lien)\b|\bfichier apk\b/,
        /\b(?:la|notre|cette|sa|ma) plateforme\b.{0,60}\b(?:inscri[st]|inscri(?:re|vez)|cree[sz]? (?:un|ton|votre) compte|ouvr(?:e|es|ez) (?:un|ton|votre) compte)/,
        /\b(?:inscris[- ]toi|inscrivez[- ]vous|tu t['’ ]?inscris|vous vous inscrivez|cree[sz]? (?:un|ton|votre) compte|ouvre[sz]? (?:un|ton|votre) compte|tu ouvres un compte|telecharge[sz]? l['’ ]?(?:appli|application|app))\b.{0,60}\b(?:service client|le lien|code|plateforme|depot)\b/,
        /\bplateforme\b[^.!?]{0,40}\b(?:regulee|agreee|licenciee|serieuse|fiable|legale|officielle|securisee|reglementee)\b/,
        /\bcode (?:d['’ ]?invitation|de parrainage|parrain)\b|\b(?:connecte|connecter|connectes|connectez|relie|relier) (?:ton|votre) (?:portefeuille|wallet)\b/,
      ],
      examples: {
        hit: ['On utilise la plateforme Veltrax, tu t’inscris et le service client t’explique tout', 'Tu vois ? Plateforme sérieuse.', 'tu connectes ton portefeuille sur le site'],
        miss: ['inscris-toi au marathon', 'télécharge les photos du drive'],
      },
    },
    {
      key: 'customer_service',
      stage: 'platform',
      weight: 2,
      any: [
        /\b(?:contacte|contactez|contacter|ecris|ecrivez|ecrire|demande|demandez|parle|parlez|passe par|passez par)(?: a| au| avec)? (?:le |au |du )?(?:service client|support client|conseiller en ligne|service apres-vente)\b/,
        /\bservice client\b[^.!?]{0,40}\b(?:depot|deposer|adresse|activer|activera|explique|expliquera|guide|aide|te donne|vous donne|envoie|t['’ ]?explique|est (?:hyper |tres )?reactif)/,
      ],
      examples: { hit: ['Inscris-toi, puis contacte le service client pour le dépôt', 'Le service client est hyper réactif'], miss: ['le service client de mon opérateur est nul'] },
    },

    // ---------------- deposit ----------------
    {
      key: 'buy_crypto',
      stage: 'deposit',
      weight: 2,
      any: [
        new RegExp(`\\bachet\\w* (?:de l['’ ]?|l['’ ]?|des |du |les |tes |\\d[\\d ,.]*\\s?)?(?:${CRYPTO})\\b[^.!?]{0,60}\\b(?:envoi|transfer|depos|vire)`),
        /\b(?:envoie|envoies|envoyez|envoyer|transfere|transferes|transferez|transferer|depose|deposes|deposez|deposer|vire|vires|virez)(?:-le|-les| les| le| l['’ ]?| tes| vos)? ?(?:usdt |fonds )?(?:a|sur|vers|dans) (?:l['’ ]?adresse|le portefeuille (?:de|du|qu)|la plateforme|ton compte (?:sur la plateforme|de trading))\b/,
        /\badresse (?:de depot|du portefeuille|de portefeuille|usdt|trc20|erc20|de (?:ton|votre) compte)\b/,
        /\b(?:recharge|recharger|recharges|rechargez|alimente|alimenter|alimentez|approvisionne|approvisionner) (?:ton|votre|le) compte\b|\bdeposer (?:des |de l['’ ]?)?(?:usdt|fonds|crypto)\b/,
      ],
      examples: {
        hit: ["Pour déposer tu achètes de l'USDT sur Coinbase et tu l'envoies à l'adresse de ton compte", 'Achète de l’USDT sur Binance, envoie-le à l’adresse que le service client te donne'],
        miss: ["j'ai acheté du pain", 'envoie-le à mon adresse mail'],
      },
    },
    {
      key: 'deposit_instructions',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\b(?:depot|investissement|montant|mise) minimum\b|\bminimum (?:de )?\d[\d ,.]*\s?(?:€|euros?|usdt|\$)? ?pour (?:le robot|ouvrir|commencer|activer)\b/,
        /\bsi (?:tu|vous) (?:mets|mettez|ajoutes|ajoutez|deposes|deposez|investis|investissez|rajoutes|rajoutez) (?:encore )?(?:\d[\d ,.]*|plus|davantage)\b/,
        /\b(?:tu devrais|vous devriez|il faut|faut) (?:en )?(?:mettre|deposer|investir|ajouter|rajouter) (?:plus|davantage|encore|un peu plus|\d)/,
        /\bdepot (?:de )?\d[\d ,.]*\s?(?:€|euros?|usdt|\$)?[^.!?]{0,30}\b(?:niveau|signaux|vip|gold|bonus)\b/,
        /\ba partir de \d[\d ]{0,8}\s?(?:usdt|usdc|€|euros)\b.{0,40}\b(?:niveau|palier|robot|vip|par jour)\b|\benvoie-les (?:dans|sur|a) (?:ce|mon|notre|le) (?:portefeuille|wallet)\b|\btu (?:les )?envoies sur ton wallet\b/,
      ],
      examples: { hit: ["à partir de 20 000 USDT le robot passe à 3% par jour", "achète 2 000€ d'USDC et envoie-les dans ce portefeuille", 'Tu devrais mettre plus cette fois', 'si tu mets 2000, tu passes au niveau 2', 'dépôt 5000 et les signaux sont encore meilleurs'], miss: ["à partir de demain", 'mets le gâteau au four'] },
    },
    {
      key: 'deposit_wire',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\b(?:virement|vire[sz]?|virer|transfere[sz]?|transferer)\b[^.!?]{0,20}\b(?:sur|au|vers|a) (?:le )?compte (?:de la (?:societe|plateforme|entreprise)|qu['’ ]?(?:ils|on) (?:te|vous) (?:donne|donnent|indique|indiquent)|du (?:partenaire|notaire|conseiller)|sequestre)\b/,
      ],
      examples: { hit: ['faire un virement au compte qu’ils te donnent'], miss: ['je fais le virement du loyer au proprio'] },
    },

    // ---------------- withdrawal ----------------
    {
      key: 'withdrawal_fee',
      stage: 'withdrawal',
      weight: 3.5,
      any: [
        /\b(?:pay\w*|verse\w*|regle\w*|depose\w*|dois|doit|devez|faut|exige\w*|demande\w*|reclame\w*)\b(?: \S+){0,5}? (?:d['’]|l['’])?(?:taxes?|impots?|frais|commissions?|caution|depot de garantie|marge|penalites?|flat tax)\b(?: \S+){0,8} (?:avant|pour|afin de|avant de) (?:\S+ ){0,3}(?:retir\w*|le retrait|ton retrait|votre retrait|debloquer|deblocage|liberer|recuperer (?:ton|votre|l['’ ]?)argent)/,
        /\b(?:retrait|retirer)\b[^.!?]{0,50}?\b(?:demande|exige|necessite|payer|paye[sz]?|verser)\b[^.!?]{0,30}?(?:\b|d['’]|l['’])(?:taxes?|impots?|frais|commissions?|caution|\d+ ?%)/,
        /\b(?:taxes?|impots?) (?:sur les )?plus-values?\b.{0,80}\b(?:ne peu\w* pas|payer|paye|avant|preleve)\b/,
        /\breserve de liquidite\b|\bflat tax\b.{0,40}\b(?:retrait|avant|source)\b|\btaxe (?:anti-?blanchiment|de sortie)\b|\b(?:regler|payer|acquitter)\b.{0,30}\bfrais de (?:transfert|deblocage|liberation|mainlevee|dedouanement|conversion|traitement)\b|\bfrais de (?:mainlevee|dedouanement|deblocage|liberation)\b/,
      ],
      examples: {
        hit: ["le pool demande une réserve de liquidité de 30%", "il faut d'abord régler la flat tax de 30% à la source", "Il reste seulement à régler les frais de transfert interbancaire de 12%", 'pour le premier retrait la plateforme demande des frais de vérification de 10% du solde', 'tu dois payer 18% d’impôts avant le retrait', 'c’est la taxe sur les plus-values internationales, elle ne peut pas être prise sur le compte'],
        miss: ["les frais de port sont offerts", 'Kraken prend des petits frais de réseau', "t'as déclaré tes plus-values aux impôts ?"],
      },
    },
    {
      key: 'pay_to_release',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\bne peu\w* pas (?:etre )?(?:prise?s?|deduite?s?|prelevee?s?|retenue?s?) (?:sur|du|de) (?:le |ton |votre |l['’ ])?(?:compte|solde|gains|benefices)\b|\b(?:ne (?:permet|peut) pas|impossible) de (?:deduire|prelever) (?:les |la |ces )?(?:frais|taxes?|impots?)\b|\b(?:il faut|doit etre|doivent etre|doit venir d['’ ]?)(?:un |une )?(?:nouveau depot|nouveau versement|versement exterieur)\b|\b(?:doit|doivent) venir de l['’ ]?exterieur\b/,
        /\b(?:paye|payez|payes|regle|reglez|verse|versez)\b[^.!?]{0,30}\b(?:et|puis|apres|ensuite)\b[^.!?]{0,30}\b(?:debloque|liberes?|sur ton compte|sur votre compte|c['’ ]?est fini|tu recois|vous recevez|c['’ ]?est regle)/,
        /\b(?:tout|le compte|les fonds|ton argent|votre argent) (?:est|sera|seront) (?:debloques?|liberes?)\b/,
        /\b(?:rembourses?|restitues?|rendus?) avec le retrait\b|\b(?:frais|caution|depot) (?:te |vous )?(?:sera|seront|est) (?:rembourses?|rendue?s?|restitues?)\b|\bprouver que le compte (?:t['’ ]?|vous )appartient\b/,
        /\bne (?:peut|peuvent|pouvons) pas (?:la |le |les |l')?(?:prendre|deduire|prelever|retirer|payer) (?:sur|du|de|depuis) (?:le |votre |ton )?(?:solde|capital|gains|benefices)\b/,
        /\b(?:revient|reviendra|reviennent|rembourses?|remboursees?|rendue?s?|restitue\w*) (?:avec|en meme temps que) (?:l'|le |la |votre |ton |ta )?(?:echange|virement|retrait|solde|capital)\b|\bj'ai du le (?:faire|payer) aussi\b|\bmoi aussi j'ai (?:paye|du payer)\b/,
      ],
      examples: { hit: ["La plateforme ne peut pas la prendre sur le solde", "La réserve te revient avec l'échange", "Ils vous seront remboursés avec le virement", 'Paye et dans 24h c’est sur ton compte', 'C’est la dernière étape, après tout est débloqué', 'oui, mais c’est remboursé avec le retrait'], miss: ["je ne peux pas prendre le train demain", "j'ai payé l'électricité hier"] },
    },
    {
      key: 'credit_score',
      stage: 'withdrawal',
      weight: 3,
      any: [/\b(?:score|note|points?|cote) de (?:credit|confiance|credibilite)\b(?! (?:immobilier|auto|conso))/],
      examples: { hit: ['ton score de crédit est trop bas pour retirer', 'il faut remonter vos points de crédit à 100'], miss: ['mon crédit immobilier est accepté'] },
    },
    {
      key: 'account_frozen',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:compte|fonds|solde|retraits?|argent|portefeuille|actifs)(?: \w+){0,2} (?:est |sont |a ete |ont ete |sera |seront |va etre )?(?:gelee?s?|figee?s?|sous (?:controle|enquete|verification))\b/,
        /\b(?:fonds|retraits?|solde|actifs) (?:est |sont |a ete |ont ete |sera |seront )?(?:bloquee?s?|suspendue?s?)\b/,
        /\banti-?blanchiment\b|\b(?:frais|depot|caution) de (?:deblocage|degel|verification|securite|liberation|garantie)\b/,
        /\b(?:debloquer|degeler|liberer|reactiver) (?:ton|votre|le|les) (?:compte|fonds|retrait|argent|solde)\b/,
        /\b(?:adresse|compte|portefeuille) (?:est |sera )?marquee?s? (?:comme )?a risque\b|\b(?:gele|bloque|suspend) (?:ton|votre) (?:adresse|compte|portefeuille)\b/,
        /\bmarque (?:ton|votre) (?:adresse|compte|portefeuille) comme a risque\b/,
      ],
      examples: { hit: ["le pool marque ton adresse comme à risque", "ton adresse est marquée à risque", "Le pool gèle ton adresse demain", 'votre compte est gelé pour contrôle anti-blanchiment', 'payez les frais de déblocage pour débloquer votre compte'], miss: ["je marque ton adresse dans le carnet", "le lac est gelé", 'les canalisations ont gelé cette nuit'] },
    },
    {
      key: 'withdrawal_pressure',
      stage: 'withdrawal',
      weight: 1.5,
      any: [
        /\b(?:emprunte|empruntez|emprunter|demande|demandez)(?: de l['’ ]?argent)? (?:a|aupres de) (?:ta|votre|tes|vos) (?:famille|amis|parents|soeur|frere|enfants|proches|banque)\b|\b(?:prends|prenez|tu peux prendre|vous pouvez prendre|fais|faites) (?:un |une )?(?:petit )?(?:credit|pret)(?: conso| a la consommation| personnel)?\b/,
        /\b(?:tu vas|vous allez|tu risques de|vous risquez de) (?:pas )?tout perdre\b|\bc['’ ]?est la derniere etape\b/,
        /\bje (?:peux|vais) (?:mettre|avancer|payer) (?:\d[\d ,.]*\s?(?:€|euros?|usdt)?|une partie)\b[^.!?]{0,30}\b(?:le reste|t['’ ]?aider)\b/,
        /\bje (?:peux|vais) te preter \d|\bsi tu (?:abandonnes|arretes|ne payes pas)\b.{0,30}\b(?:perdu|perds|gele|bloque)\b/,
      ],
      examples: { hit: ["Je peux te prêter 2 000 pour la réserve", "Si tu abandonnes maintenant, tout est perdu", 'Tu vas pas tout perdre pour 3000€ quand même ?', 'Je peux mettre 3000 pour t’aider, tu mets le reste ?'], miss: ["je peux te prêter mon vélo", 'on peut prendre un café ?'] },
    },

    // ---------------- recovery ----------------
    {
      key: 'recovery_offer',
      stage: 'recovery',
      weight: 2.5,
      any: [
        /\b(?:recuper\w*|recouvr\w*|restitu\w*) (?:jusqu['’ ]?a \d+ ?% de )?(?:vos|tes|les|des|leurs?|votre|ton) (?:fonds|pertes|actifs|avoirs|argent|cryptos?|cryptomonnaies|usdt|bitcoins?|investissements?)\b/,
        /\b(?:recuperation|recouvrement|restitution) (?:des |de |d['’ ])?(?:fonds|actifs|avoirs|cryptos?)\b|\bfonds (?:sont )?recuperables\b|\b(?:a|apres) la recuperation\b|\bfonds d['’ ]?indemnisation\b/,
        /\b(?:frais|honoraires) (?:d['’ ]?enregistrement|de recuperation|judiciaires|d['’ ]?ouverture de dossier)\b/,
      ],
      examples: { hit: ['nous avons déjà récupéré des fonds sur cette même plateforme', 'vous pouvez récupérer jusqu’à 80% de vos pertes'], miss: ['je me suis bien récupéré de la grippe'] },
    },
    {
      key: 'victim_outreach',
      stage: 'recovery',
      weight: 2,
      any: [
        /\bvictimes? (?:de la plateforme|du site|d['’ ]?(?:une|la|l['’ ]?) ?(?:arnaque|escroquerie|fraude) (?:crypto|aux crypto\w*|a l['’ ]?investissement|en ligne|au trading|sur internet))\b|\bliste (?:de|des) victimes\b|\bvictimes ont (?:deja )?ete (?:remboursees|indemnisees)\b/,
        /\bspecialisee?s? (?:en|dans) (?:la )?(?:fraude|escroquerie|arnaque|recuperation|recouvrement)\b|\b(?:analyse|enquete|expertise|tracage) (?:blockchain|on-chain)\b|\b(?:trace|tracer|tracons|retrace) (?:les|vos|tes) (?:usdt|fonds|cryptos?|transactions)\b/,
        /\b(?:votre|ton) (?:temoignage|plainte|message|post|avis) sur (?:le |un )?(?:forum|groupe|site)\b|\b(?:liberation|deblocage|restitution) des fonds\b|\b(?:portefeuille|wallet) (?:est |a ete )?(?:identifie|localise)\b/,
        /\bdossier d'indemnisation\b|\breverses? au tresor\b|\bredistribuee? aux autres victimes\b|\bdossier sera (?:forclos|cloture)\b|\bcellule de cybercriminalite\b|\bsaisi les serveurs\b|\bvotre part est de\b|\bvotre plainte (?:concernant|contre)\b/,
      ],
      examples: { hit: ["votre dossier d'indemnisation sera clôturé et les fonds reversés au Trésor", "Nous avons saisi les serveurs de Goldvista, votre part est de 5 800 000 FCFA", 'avocats spécialisés en fraude aux cryptomonnaies', 'Votre nom figure sur une liste de victimes de la plateforme Veltrax'], miss: ["ma part de gâteau", 'les victimes de la tempête ont été relogées'] },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      key: 'me_sent_money',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      any: [
        new RegExp(`\\bj['’ ]?ai (?:deja |encore |aussi )?(?:mis|envoye|depose|transfere|vire|investi|paye|fait un virement de|rajoute|ajoute)(?: encore| de plus| \\w+){0,2} (?:${AMOUNT}|\\d{3,}|mes economies|tout)`),
        new RegExp(`\\b(?:ok |c['’ ]?est )?(?:envoye|depose|vire|transfere)e?s? ${AMOUNT}`),
      ],
      examples: { hit: ["bon j'ai mis 300€ pour voir", 'ok envoyé 1000 USDT', "j'ai fait un virement de 2000€"], miss: ["j'ai envoyé la photo"] },
    },
    {
      key: 'me_cannot_withdraw',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      any: [
        /\bje (?:ne )?(?:peux|arrive) (?:pas|plus) (?:a )?(?:retirer|recuperer mon argent|sortir mon argent)\b|\bimpossible de retirer\b/,
        /\b(?:je dois|on me demande de|ils veulent que je|il faut que je) (?:payer|verser|deposer)\b[^.!?]{0,40}\b(?:retrait|retirer|debloquer)\b/,
        /\b(?:ils|on) (?:me )?(?:demande|demandent|veulent|reclame|reclament)(?: \w+){0,3} (?:\d[\d ,.]*\s?(?:€|euros?|usdt|%)?|des frais|des impots|une taxe|une caution)\b|\bmon compte est gele\b/,
      ],
      examples: { hit: ['le service client dit que je dois payer 18% d’impôts avant le retrait', 'pourquoi je peux pas retirer ?'], miss: ['je vais retirer du liquide au distributeur'] },
    },

    // ---------------- task scams ----------------
    {
      key: 'task_job_offer',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:liker|likez|likes?|mettre (?:des |un )?(?:likes?|j'aime|pouces)|mettez (?:des |un )?(?:likes?|j'aime)|s'abonner a|vous abonner a|regarder) (?:\w+ ){0,2}(?:videos?|youtube|tiktok|instagram|publications|chaines)\b.{0,80}\b(?:remuner\w*|pay\w*|gagn\w*|commission|salaire|euros?|fcfa|usdt)\b|\b(?:remuner\w*|pay\w*|gagn\w*|commission)\b.{0,80}\b(?:liker|likez|mettre des likes|j'aime) (?:\w+ ){0,2}(?:videos?|youtube|tiktok|publications)\b/,
        /\b(?:not(?:er|ez|ant)|evalu(?:er|ez|ant)|commenter|donner (?:un |des )?avis (?:sur|a)|attribuer des etoiles a) (?:\w+ ){0,2}(?:hotels?|produits?|applis?|applications?|restaurants?|films?|boutiques?)\b.{0,80}\b(?:remuner\w*|pay\w*|gagn\w*|commission|salaire|par jour)\b/,
        /\bcommission (?:par|sur chaque|pour chaque|a chaque|de chaque) (?:tache|commande|evaluation|avis|like|video|mission|note)\b|\bchaque (?:evaluation|tache|commande|avis|like) (?:vous |te )?(?:rapporte|donne|paie|vaut)\b/,
        /\b(?:taches|missions|micro-?taches|petites missions) (?:en ligne|simples|faciles|quotidiennes|journalieres|remunerees|payees|depuis (?:chez vous|la maison|votre telephone|ton telephone))\b.{0,80}\b(?:remuner\w*|pay\w*|gagn\w*|commission|salaire|par jour)\b/,
        /\b(?:temps partiel|mi-temps|teletravail|a domicile|depuis (?:chez (?:vous|toi)|(?:votre|ton) (?:telephone|portable|smartphone))|travail en ligne|emploi en ligne)\b.{0,80}(?:[€$]\s?\d[\d.,]{0,8}|\b\d{1,3}(?:[ .,]?\d{3}){0,2}\s?(?:€|euros?|fcfa|usdt|dollars))(?:\s?(?:-|a)\s?[€$]?\s?\d{1,3}(?:[ .,]?\d{3}){0,2}\s?(?:€|euros?|fcfa)?)?\s?(?:par|\/|chaque) ?jour\b/,
        /\b(?:gagn\w*|remuner\w*|toucher|touchez) (?:jusqu'a |entre |de )?[€$]?\s?\d{1,3}(?:[ .,]?\d{3}){0,2}\s?(?:€|euros?|fcfa|usdt)?(?:\s?(?:-|a|et)\s?[€$]?\s?\d{1,3}(?:[ .,]?\d{3}){0,2}\s?(?:€|euros?|fcfa)?)? (?:par|chaque) jour\b.{0,80}\b(?:minutes|heures par jour|telephone|portable|temps partiel|taches|sans experience|a domicile)\b/,
        /\b(?:rh|ressources humaines|recruteu\w*|recrutement|chargee? de recrutement|cabinet de recrutement)\b.{0,100}\b(?:temps partiel|mi-temps|taches|commission|par jour|a domicile|depuis (?:chez vous|votre telephone)|sans experience)\b/,
        /\b(?:vu|recu|trouve|consulte) (?:votre|ton) (?:cv|profil|candidature)\b.{0,100}\b(?:temps partiel|mi-temps|taches|commission|par jour|a domicile|horaires flexibles|depuis (?:chez vous|votre telephone))\b/,
        /\boptimisation (?:de |des )?(?:donnees|produits|commandes|applis?|applications|classement)\b|\b(?:visibilite|classement|referencement) (?:des |de )?(?:hotels|produits|marchands|commercants|boutiques)\b/,
      ],
      examples: {
        hit: [
          'Bonjour, nous avons vu votre CV sur Indeed, poste à temps partiel depuis votre téléphone, 150 € par jour',
          'il suffit de liker des vidéos YouTube et on vous paie 3 euros par like',
          'le travail consiste à noter des hôtels sur la plateforme, commission pour chaque évaluation',
          'petites missions en ligne simples, payées chaque jour, sans expérience 💸',
        ],
        miss: [
          "Bonjour, je suis chargée de recrutement chez un transporteur : poste d'analyste en CDI, entretien mardi ?",
          'le week-end je fais des livraisons Uber Eats pour arrondir',
          'like ma photo stp mdr',
          "j'ai laissé un avis 2 étoiles sur le mixeur sur Amazon",
        ],
      },
    },
    {
      key: 'prepaid_task',
      stage: 'deposit',
      weight: 2.5,
      any: [
        /\bcommandes? (?:groupees?|combinees?|combo|fusionnees?|chanceuses?|porte-bonheur|dorees?|en or)\b|\b(?:taches?|missions?) (?:combinees?|combo)\b|\bcombo\b.{0,40}\b(?:commande|tache|commission|solde)\b/,
        /\b(?:recharg|depos|tache|commande|combo|valid)\w*\b.{0,80}\bsolde (?:est |devient |affiche |passe |reste |est passe )?(?:en )?(?:negatif|a -|-\s?\d)|\bsolde (?:est |devient |affiche |passe |reste |est passe )?(?:en )?(?:negatif|a -|-\s?\d).{0,80}\b(?:recharg|depos|tache|commande|combo|valid)/,
        /\b(?:prepa(?:ye[rz]?|iement|yant)|paiement anticipe|prefinanc\w*)\b.{0,40}\b(?:taches?|commandes?|commission|missions?)\b|\b(?:taches?|commandes?) prepayees?\b|\bavancez\b.{0,40}\bpour (?:la|une|chaque) (?:commande|tache|mission)\b/,
        /\b(?:termin\w*|complet\w*|finir|finissez|finis|valider|validez) (?:\w+ ){0,3}(?:taches|commandes|serie|lot|set|missions|evaluations)\b.{0,60}\b(?:retir\w*|encaiss\w*|toucher|recuperer (?:votre|ton) (?:salaire|argent|commission))/,
        /\b(?:recharg\w*|depos\w*)\b.{0,60}\bpour (?:continuer|debloquer|terminer|finir|valider|poursuivre|reprendre) (?:\w+ ){0,2}(?:taches?|commandes?|missions?|commission|salaire)\b|\b(?:recharg\w*|depos\w*)\b.{0,60}\bniveau\b.{0,40}\bcommission/,
        /\b(?:tache|mission) (?:speciale|du marchand|de groupe)\b.{0,60}\b(?:avance\w*|pay\w*|depos\w*|recharg\w*|recev\w*)\b/,
        /\bavance(?:z|r)? \d[\d ]{0,8}\s?(?:fcfa|€|euros|usdt)\b.{0,60}\brecev\w*\b|\btache speciale\b/,
      ],
      examples: {
        hit: ["avancez 5 000 FCFA pour la commande et recevez 6 500 FCFA", 
          'vous avez une commande combinée, votre solde est négatif, rechargez 300 pour continuer',
          'déposez 100 USDT pour débloquer les tâches prépayées',
          'terminez les 3 tâches restantes et vous pourrez retirer votre salaire',
          'si tu recharges 200 tu passes au niveau VIP et la commission double',
        ],
        miss: ["avance 5 minutes", 
          'tu peux recharger mon forfait ? je suis à court de data',
          'le resto demande une caution de 50 € pour la tenue, c’est normal ?',
          "j'ai encore acheté des gemmes dans le jeu mdr",
          'finis tes devoirs et après on va au parc',
        ],
      },
    },
    // ---------------- signs of innocence ----------------
    {
      key: 'scam_awareness',
      stage: 'hook',
      weight: -2,
      any: [
        /\b(?:c['’ ]?est|c['’ ]?etait|ca ressemble a|on dirait|typiquement|classique,?) (?:(?:exactement|clairement|carrement|encore|bien|totalement|typiquement|sans doute|surement) )?(?:une |un |de l['’ ]?|l['’ ]?)?(?:arnaque|escroquerie|arnaqueu(?:r|se)|escroc|fraude)s?\b/,
        /\barnaque (?:au|du|aux) (?:faux numero|sentiment|crypto|trading|faux conseiller)\b|\bbrouteurs?\b|\barnaque a 100 ?%/,
        /(?<!(?:avez|avons|as|a|ai|ont) )\b(?:signale|signalez|signaler)[- ](?:le|la|les|au|a la|sur|ce|cette)\b|\b33700\b|\bpharos\b|\bcybermalveillance\b/,
        /\b(?:me suis|s['’ ]?est|se sont|t['’ ]?es|nous sommes) fait (?:avoir|arnaquer|escroquer|plumer)\b/,
        /\bbloque[- ](?:le|la|les)(?=\s*(?:[,.!?]|$| et | tout de suite| direct))/,
      ],
      examples: { hit: ["c'est exactement l'arnaque pig butchering", 'mon cousin s’est fait avoir comme ça', 'tu peux signaler au 33700'], miss: ['fais-moi confiance, cette plateforme est sûre', "c'est pas une arnaque"] },
    },
  ],


  reporting: [
    /(?:^|\s)[a-z]+(?: [a-z]+)?:\s?['"“«‘]|\b(?:j'ai recu|on m'a envoye|elle a recu|il a recu|ma mere a recu|mon pere a recu) (?:ce|cette|ces|un|une|le meme|la meme)\b[^.!?]{0,30}:/,
    /\btransfere\b(?=\s?[:\]])|\bmessage transfere\b|\bje (?:vous|te) partage (?:ce|cette)\b/,
    /\b(?:a|ai|avons|ont|as|avez) (?:recu|eu) (?:un|une|ce|cet|cette|des|le meme|la meme) (?:\S+ ){0,3}(?:sms|texto|message|mail|appel|whatsapp|courrier|dm)s?\b|\bon (?:m['’ ]?a|lui a|leur a|t['’ ]?a|nous a) (?:dit|demande|propose|explique|ecrit|envoye)\b|\bquand (?:il|elle|j['’ ]?ai|mon \w+|ma \w+) (?:a )?voulu (?:retirer|recuperer|encaisser)\b|\b(?:un (?:mec|gars|type|homme|monsieur)|une (?:femme|fille|meuf|dame)) (?:\S+ ){0,3}(?:me|m['’ ]?a|lui|lui a|t['’ ]?a|te) (?:dit|ecrit|propose|raconte|explique)\b/,
    /\b(?:il|elle|ils|elles|on|quelqu['’ ]?un) (?:me|te|lui|leur|nous) (?:dit|dis|disent|raconte|explique|ecrit|propose)\b|\b(?:je (?:te |vous )?(?:transfere|fais suivre)|regarde(?:z)? ce (?:que|qu['’ ]?)|on m['’ ]?a (?:transfere|envoye|fait suivre))\b/,
    /\b(?:c['’ ]?est|est-ce que c['’ ]?est|ca a l['’ ]?air|c['’ ]?est pas) (?:vrai|reel|serieux|une vraie|un vrai|legal|fiable)\b.{0,20}\?|\bje dois (?:repondre|rappeler|payer|cliquer)\s?\?|\bpetit message de prevention\b|\bsi (?:quelqu['’ ]?un|on) (?:vous|te) (?:contacte|demande|propose|promet)\b|\bne (?:vous |te )?demandera jamais\b/,
    /\b(?:j['’ ]?ai|on a|il a|elle a|(?:ma|mon) \w+ a) (?:recu|eu) (?:un|une|ce|cet|cette|le meme|la meme|des) (?:\w+ ){0,2}(?:sms|texto|message|mail|appel|whatsapp|courrier)s?\b|\bd['’ ]?apres (?:elle|lui|eux|le message|le sms)\b/,
    /\b(?:il|elle|ils|elles|quelqu['’ ]?un|un (?:mec|gars|type|homme|monsieur)|une (?:femme|fille|meuf|dame)|ce (?:mec|type|gars|monsieur)|cette (?:femme|fille|meuf|dame)) (?:m['’ ]?a dit|t['’ ]?a dit|lui a dit|disent|a dit|ont dit|me demande|lui demande|veut que|voulait que|pretend|pretendait|raconte|racontait|m['’ ]?a propose|lui a propose|t['’ ]?a propose|m['’ ]?a parle|lui a parle|t['’ ]?a parle|m['’ ]?a envoye|t['’ ]?a envoye|t['’ ]?envoient|te reclament|reclament)\b/,
    /\b(?:arnaqueu(?:r|rs|se|ses)|escrocs?|brouteurs?)\b.{0,40}\b(?:disent|dit|demandent|utilisent|racontent|envoient|font|reviennent)\b/,
    /\b(?:article|reportage|video|emission|documentaire|podcast) (?:sur|a propos)\b|\benvoye special\b|\bcomplement d['’ ]?enquete\b|\bsur les reportages\b/,
    /\b(?:mot pour mot|ses mots exacts|capture de (?:ses|leurs) messages)\b/,
    /\b(?:c['’ ]?est|est-ce que c['’ ]?est|ca te parait|ca vous parait) (?:normal|legit|fiable|serieux|une arnaque)\s?\?/,
    /\b(?:mon|ma) (?:pere|papa|mere|maman|grand-pere|grand-mere|papi|mamie|oncle|tante|frere|soeur|ami|amie|pote|cousin|cousine|collegue|voisin|voisine|mari|femme)\b.{0,40}\b(?:s['’ ]?est fait|a ete|se fait|vient d['’ ]?etre) (?:contactee?|arnaquee?|avoir|escroquee?|ajoutee?|ciblee?|abordee?)\b/,
    /\bc['’ ]?est (?:toujours |forcement |100 ?% |clairement |exactement )?(?:une |de l['’ ]|l['’ ])?arnaque\b|\bsi (?:un jour )?(?:quelqu['’ ]?un|un \S+|une \S+|on) (?:\S+ )?(?:te|vous) (?:contacte|demande|propose|parle|ecrit)\b/,
    /\bqui (?:me|te|lui|leur) (?:dit|demande|propose|raconte|parle)\b|\bune? certaine? (?!temps|nombre|moment|age|montant|niveau|point|somme|quantite|periode|epoque|maniere|facon|duree)[a-z]+|\bde faux (?:gains|profits|sites?|numeros?|conseillers?)\b|\bfaux (?:site|conseiller|service client)\b/,
  ],
};
