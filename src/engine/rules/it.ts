import type { RuleSet } from './types.ts';

// Italian rules. Patterns run on folded text: lower case, no accents ("è" is
// "e", "perché" is "perche", "libertà" is "liberta"); apostrophes stay
// ("l'app", "dell'agente"). Weights are hand-set starting values; the corpus
// fit replaces them.
const APP = '(?:whats ?app|wapp|wa|telegram|tg|instagram|insta|signal|line|wechat|viber|messenger)';
const CRYPTO = '(?:usdt|usdc|tether|crypto|cripto(?:valut[ae])?|bitcoin|btc|eth|ethereum)';
const INVEST = "(?:invest\\w{0,6}|trading|trade|borsa|azioni|forex|oro|crypto|cripto\\w{0,7}|futures|contratti|segnal[ei])";
// An amount with its unit: "3.000 euro", "€500", "5k", "500 usdt", "30%".
const NUM = String.raw`\d[\d,.]{0,12}`;
const MONEY = String.raw`(?:[€$]\s?${NUM}\s?(?:k|mila)?|${NUM}\s?(?:k|mila|euro|eur|€|usdt|usdc|usd|dollari|\$|btc|eth|sterline))(?![a-z0-9])`;
const AMOUNT = String.raw`(?:${MONEY}|(?<![\d.,])\+?\d{1,6}(?:[.,]\d{1,4})?\s?(?:%|per ?cento))`;
const KIN = '(?:zio|zia|cugino|cugina|fratello|sorella|padre|papa|madre|mamma|nonno|nonna|padrino|madrina|mentore|professore|professoressa|prof|maestro|capo|amico|amica)';

export const it: RuleSet = {
  locale: 'it',
  // Frequent Italian words and chat spellings that English chat does not use.
  detect:
    /\b(?:che|sono|sei|gli|della|delle|dello|una|uno|anche|perche|cosa|grazie|bene|molto|tutto|sempre|ancora|oggi|domani|adesso|qui|dove|quando|lui|noi|voi|mio|tuo|tua|tesoro|caro|cara|allora|quindi|pero|niente|nulla|vero|davvero|buongiorno|buonasera|buonanotte|boh|cmq|xke|xche|nn|sto|stai|siamo|siete|fatto|fare|essere|avere|questo|questa|quello|quella|gia|piu|poi|tanto|proprio|forse|magari|insieme|soldi|lavoro|scusa|scusi|prego|certo|comunque|sai|vuoi|puoi|posso|voglio|devo|andiamo|vediamo|bellissima|mamma|figlio|anch'io|c'e|un po|tutti|nostro|vostro|loro|riesco|chiedono|non|mi|ti|tuoi|miei|mie|nel|nella|sul|sulla|dei|alla|dal|dalla|degli|hanno|abbiamo|avete|fai|faccio|vivo|devi|serve|conto|ogni|giorno|anni|zia|zio|stasera|mai|io|fidi|pensavo|dopo|prima|con|ci|ciao|bella|bello)\b/,
  rules: [
    // ---------------- hook ----------------
    {
      key: 'wrong_number',
      stage: 'hook',
      weight: 1,
      opening: true,
      any: [
        /(?<!dato (?:il|un) )\b(?:numero|persona|chat|contatto) sbagliat[oa]\b|\bho sbagliato (?:numero|persona|chat|contatto|a scrivere)\b|\b(?:salvato|segnato) male (?:il|tuo|suo) numero\b/,
        /\b(?:scusi|scusa|mi scusi|perdoni|perdonami|pardon)\b.{0,30}\b(?:pensavo|credevo) (?:che )?(?:fosse|foste|eri|fossi)\b/,
        /\b(?:lei e|e lei|parlo con|sei|e) (?:il |la )?(?:signor|signora|sig\.?|sig\.ra|dott\.?|dottor|dottoressa|avvocato|avv\.?|ing\.?|ingegner|architetto) [a-z]+(?: [a-z]+)?\s*\?|(?<!qual )\be il numero (?:di|del|della) (?!(?:tuo|suo|mio|stanza|camera|telefono|volo|conto|carta|casa|ufficio|cellulare|tessera|serie|pratica|ordine|prenotazione|posto|tavolo)\b)[a-z]+(?: [a-z]+)?\s*\?/,
      ],
      examples: {
        hit: ['Buongiorno, lei è il signor Rossi?', 'scusi, ho sbagliato numero', 'Mi scusi, pensavo fosse la mia parrucchiera', 'è il numero di Marco?'],
        miss: ['sei a casa?', 'ci vediamo domani'],
      },
    },
    {
      key: 'fate',
      stage: 'hook',
      weight: 1,
      any: [/\b(?:non e|non e stato|non puo essere) (?:un |per )?caso\b|\b(?:e|era|sara|forse e|credo nel) (?:il )?destino\b|\bil destino ci ha (?:fatto incontrare|uniti|fatti incontrare)\b|\bdestinati a conoscerci\b/],
      examples: { hit: ['forse è destino', 'non è un caso che ci siamo conosciuti', 'il destino ci ha fatto incontrare'], miss: ['il destino del viaggio è Lisbona', 'per caso hai le chiavi?'] },
    },
    {
      key: 'far_away_job',
      stage: 'hook',
      weight: 0.7,
      any: [
        /\b(?:lavoro|vivo|abito|sto|mi trovo|sono)(?: adesso| ora| attualmente)? (?:a|in|su) (?:singapore|dubai|hong ?kong|kuala lumpur|malesia|bangkok|thailandia|macao|taiwan|shanghai|shenzhen|abu dhabi|qatar|una piattaforma petrolifera|una nave)\b/,
        /\bsono (?:un )?(?:medico militare|chirurgo militare|ingegnere su una piattaforma|ingegnere offshore|capitano di una nave)\b|\b(?:vivo|lavoro|abito|mi divido|faccio avanti e indietro) tra [a-z]+ e (?:singapore|dubai|hong ?kong|abu dhabi|kuala lumpur|bangkok|shanghai|shenzhen|doha|qatar|macao|taiwan)\b/,
      ],
      examples: { hit: ['vivo tra Lugano e Abu Dhabi', 'adesso lavoro a Singapore', 'vivo a Dubai da due anni', 'sono ingegnere su una piattaforma petrolifera'], miss: ["siamo andati a Singapore l'anno scorso", 'mio fratello vive a Dubai'] },
    },
    {
      key: 'profile_compliment',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      any: [
        /\bho (?:visto|notato|trovato) (?:il tuo|il suo|le tue|le sue) (?:profilo|foto|fotografie|pagina|post)\b|\bmi (?:piace|piacciono|e piaciuto|sono piaciute) (?:il tuo|il suo|le tue|le sue) (?:profilo|foto|sorriso)\b/,
        /\b(?:hai|ha) (?:un )?(?:bel|bellissimo|dolce) sorriso\b|\bsembri (?:una persona |un uomo |una donna )?(?:molto )?(?:gentile|dolce|simpatic[oa]|elegante|sincer[oa])\b|\bsembra (?:una persona|un uomo|una donna) (?:molto )?(?:gentile|dolce|simpatic[oa]|elegante|sincer[oa]|buon[oa])\b/,
      ],
      examples: { hit: ['ho visto il tuo profilo e sembri una persona gentile', 'hai un bel sorriso', 'mi piacciono le tue foto'], miss: ['hai visto le mie foto del viaggio?', 'sembri stanco oggi'] },
    },
    {
      key: 'fellow_townsman',
      stage: 'hook',
      weight: 0.8,
      opening: true,
      any: [
        /\b(?:siamo|sei|sono) (?:anche io |anch'io )?(?:della|dello|di) (?:stessa|stesso) (?:citta|paese|regione|zona|quartiere)\b|\b(?:compaesan[oia]|conterrane[oia])\b|\bho visto che (?:segui|sei (?:nel|nella|iscritt)|commenti)\b|\bho visto (?:il tuo|un tuo) (?:commento|post)\b/,/\b(?:compaesan[oa]|paesan[oa]|conterrane[oa])\b|\banche (?:tu|lei) (?:sei|e) (?:di|de) [a-z]{3,}(?: [a-z]{3,})?\s*\?|\bsiamo dello stesso paese\b/],
      examples: { hit: ['siamo della stessa citta!', 'ho visto che segui la pagina di cucina', 'ho visto il tuo commento nel gruppo', 'ciao compaesana! ti ho vista nel gruppo', 'anche tu sei di Bari?', 'siamo dello stesso paese, che bello'], miss: ['vivo nella stessa casa da anni', 'io sono di Bari', 'il paese è piccolo'] },
    },
    {
      key: 'group_add',
      stage: 'hook',
      weight: 1.5,
      any: [
        /\b(?:gruppo|canale|club|community|comunita) (?:gratuit[oa] |privat[oa] )?(?:di|del|per|sul|sugli) (?:investiment[oi]|investitori|trading|azioni|borsa|cripto\w{0,7}|crypto|forex|segnali)\b/,
        /\b(?:assistente|segretari[oa]|collaboratore|collaboratrice) (?:del |della )?(?:professor[e]?|professoressa|prof|analista|dottor|dottoressa|dott|mentore)\b/,
        /\b(?:corso|lezioni|webinar|seminario|formazione) (?:gratuit[oaei]|gratis) (?:di|sul|sugli|sulla) (?:trading|investiment[oi]|borsa|cripto\w{0,7}|crypto|forex)\b/,
      ],
      examples: {
        hit: ['ti abbiamo aggiunto al gruppo gratuito di investimento', "sono l'assistente del professor Bianchi", 'stasera corso gratuito di trading'],
        miss: ['ti ho aggiunto al gruppo della cena', 'lezioni gratuite di yoga'],
      },
    },

    // ---------------- rapport ----------------
    {
      key: 'pet_name',
      stage: 'rapport',
      weight: 0.4,
      any: [/\b(?:amore mio|amor mio|tesoro mio|vita mia|cuore mio|tesoro|dolcezza|principessa|cucciol[oa]|piccola mia|bambola)\b|\b(?:buongiorno|buonanotte|ciao|notte|come stai|mi manchi),? (?:amore|cara|caro|piccola|bella|bello)\b/],
      examples: { hit: ['buongiorno amore', 'come hai dormito tesoro?', 'mi manchi, vita mia'], miss: ["l'amore per i cani è grande", 'la vita è breve'] },
    },
    {
      key: 'love_bombing',
      stage: 'rapport',
      weight: 1,
      any: [
        /\bnon ho mai provato (?:questo|una cosa (?:cosi|del genere)|nulla di simile|niente di simile)\b|\bmai (?:sentito|provato) (?:cosi|questo) per nessun[ao]\b/,
        /\banima gemella\b|\b(?:il )?nostro futuro insieme\b|\b(?:la )?nostra vita insieme\b/,
        /\bnon (?:ho )?mai (?:provato|sentito) (?:niente |nulla )?(?:del genere|cosi)\b|\bnon (?:smetto|riesco a smettere) di pensarti\b|\bti penso (?:sempre|continuamente|tutto il giorno)\b/,
        /\b(?:mia futura moglie|mio futuro marito)\b|\bpassare (?:tutta )?la (?:mia )?vita con te\b|\banche se ci conosciamo (?:da )?(?:poco|pochi giorni|un giorno|due giorni|tre giorni|una settimana|ieri)\b|\bsei (?:cosi )?divers[oa] (?:dagli altri|dalle altre|da tutti|da tutte)\b|\bparlare con te mi fa (?:stare )?(?:bene|sentire vivo|sentire viva)\b/,
      ],
      examples: { hit: ['non ho mai provato questo per nessuno', 'non ho mai provato una cosa cosi', 'ti penso anche se ci conosciamo da poco', 'sei diversa dalle altre', 'credo che tu sia la mia anima gemella', 'non smetto di pensarti', 'voglio passare la vita con te'], miss: ['non ho mai provato il sushi', "il futuro dell'azienda è incerto", 'ci penso e ti faccio sapere'] },
    },
    {
      key: 'secrecy',
      stage: 'rapport',
      weight: 2,
      any: [
        /\bnon (?:dirlo|dire niente|dire nulla|raccontarlo|parlarne|dire) a nessuno\b.{0,40}\b(?:investiment\w{0,2}|soldi|piattaforma|guadagn\w{0,4}|trading|segnal[ei]|conto|zi[oa]|profitt\w{0,2}|app)\b|\b(?:investiment\w{0,2}|soldi|piattaforma|guadagn\w{0,4}|trading|segnal[ei]|profitt\w{0,2})\b.{0,40}\bnon (?:dirlo|dire niente|dire nulla|raccontarlo|parlarne) a nessuno\b|\bnon (?:dirlo|dire niente|dire nulla|raccontarlo|parlarne|dire) (?:alla tua famiglia|ai tuoi|ai tuoi figli|a tuo marito|a tua moglie|ai tuoi amici|alla banca|in banca)\b/,
        /\b(?:resti|rimanga|rimane|teniamolo) tra (?:noi|di noi|me e te)\b|\b(?:e )?(?:il )?nostro (?:piccolo )?segreto\b/,
        /\b(?:la tua famiglia|i tuoi|i tuoi figli|tuo figlio|tua figlia|tuo marito|tua moglie|la banca|i tuoi amici) non (?:capirebbe|capirebbero|capira|capiranno|capisce|capiscono)\b|\b(?:di|dite|dica|digli|dille) (?:alla banca |in banca |semplicemente |solo )(?:che )?(?:sono|e|servono|li usi) per\b|\ble banche fanno (?:sempre )?(?:domande|storie)\b/,
      ],
      examples: { hit: ['dì semplicemente che sono per lavori in casa', 'della piattaforma per ora non dirlo a nessuno', 'che resti tra noi', 'non dire niente alla tua famiglia, non capirebbe'], miss: ['saluta la tua famiglia', 'non dirmi che te ne sei dimenticato', 'domani vado dal medico, non dirlo a nessuno per favore'] },
    },

    // ---------------- off_platform ----------------
    {
      key: 'move_off_platform',
      stage: 'off_platform',
      weight: 1.2,
      any: [
        new RegExp(`\\b(?:scrivimi|aggiungimi|contattami|chiamami|cercami|messaggiami) (?:su|in|via) ${APP}\\b|\\b(?:passiamo|spostiamoci|continuiamo|sentiamoci|parliamo|scriviamoci) (?:\\w+ ){0,2}(?:su|in|a) ${APP}\\b`),
        new RegExp(`\\b(?:hai|ha|usi|usa) ${APP}(?: (?:o|oppure) ${APP})?\\s*\\?|\\b(?:salva|salvati|salvi|memorizza) (?:pure )?(?:il mio |questo |il )?numero\\b|\\b(?:continuiamo|sentiamoci|scriviamoci|spostiamoci|passiamo) (?:su|in) (?:${APP}|un'altra app|telefono)\\b|\\b(?:mi dai|mi lasci|mi passi|dammi) il tuo (?:numero|${APP}|contatto|cellulare)\\b|\\b(?:mi da|mi lascia|posso avere) il suo (?:numero|${APP}|contatto|cellulare)\\b`),
        /\b(?:qui|su quest[ao] (?:app|sito)) (?:non )?(?:entro|vengo) (?:quasi )?(?:mai|poco|raramente)\b|\b(?:entro|vengo) (?:raramente|poco|quasi mai) (?:qui|su quest[ao] (?:app|sito))\b/,
      ],
      examples: {
        hit: ['hai WhatsApp o Telegram?', 'salva il numero così mi trovi', 'scrivimi su WhatsApp', 'passiamo su Telegram, qui entro poco', 'hai Telegram?', 'mi dai il tuo numero?'],
        miss: ['ti ho mandato le foto su whatsapp ieri', 'la linea del treno era piena'],
      },
    },

    // ---------------- wealth ----------------
    {
      key: 'relative_analyst',
      stage: 'wealth',
      weight: 2.5,
      any: [
        new RegExp(`\\b(?:mio|mia|il mio|la mia) ${KIN}(?: \\w+){0,6} (?:e|era|fa|lavora come|lavora da) (?:un |una |l')?(?:\\w+ )?(?:analista|stratega|gestore|gestrice|trader|broker|consulente finanziari[oa]|espert[oa] di (?:borsa|cripto\\w{0,7}|mercati|oro|forex))\\b`),
        new RegExp(`\\b(?:mio|mia) ${KIN}(?: \\w+){0,4} (?:mi )?(?:da|dà|passa|manda|condivide|dice|ha dato|ha passato) (?:i |le |dei |delle )?(?:segnali|dritte|informazioni|analisi|previsioni)\\b`),
        /\b(?:informazioni|notizie|segnali|dati) (?:riservat[ie]|privilegiat[ie]|interne|esclusiv[ie]|dall'interno)\b/,
        new RegExp(`\\b(?:mio|mia) ${KIN}\\b.{0,50}\\b(?:analista|stratega|gestore di fondi|gestrice di fondi|senior trader|broker)\\b|\\b(?:mio|mia) ${KIN}\\b.{0,50}\\b(?:mi|ci) (?:passa|da|manda|ha passato|ha dato|dice|fa avere) (?:le |i |delle |dei )?(?:informazioni|segnali|dritte|analisi|previsioni)\\b|\\b(?:mio|mia) ${KIN}(?: [a-z]+)? (?:ha chiuso|mi ha fatto (?:chiudere|aprire|entrare)|aveva ragione) (?:un'operazione|l'operazione|su|sul|sull')`),
      ],
      examples: {
        hit: ['mia cugina a Londra, lei lavora come analista', 'mio zio lavora lì, mi passa le informazioni giuste', 'mia zia aveva ragione sull\'oro', 'mia zia è analista senior in una banca', 'mio zio mi passa i segnali ogni giorno', 'abbiamo informazioni riservate sul mercato'],
        miss: ['mia zia viene a trovarci sabato', 'mio fratello è infermiere'],
      },
    },
    {
      key: 'showing_gains',
      stage: 'wealth',
      weight: 1.2,
      any: [
        /\b(?:screenshot|screen|prova|prove)\b.{0,10}\b(?:dei |del |di )?(?:profitt|guadagn|prelievi)\w*/,
        new RegExp(`\\b(?:ho guadagnato|abbiamo guadagnato|ho fatto|ho preso|ho portato a casa|mi sono portat[oa] a casa)(?: quasi| circa| piu di| oltre)? ${AMOUNT}.{0,40}\\b(?:oggi|ieri|questa settimana|questo mese|in (?:un|una|\\d+) (?:giorno|giorni|ora|ore|settimana|operazion[ei])|con (?:il |la |le |i )?(?:${INVEST}|${CRYPTO}|segnal[ei]))`),
        new RegExp(`\\b(?:con|grazie a) (?:il |la |le |i |gli )?(?:${INVEST}|${CRYPTO})\\b.{0,30}\\b(?:ho guadagnato|ho fatto) ${AMOUNT}`),
        /\b(?:oggi|ieri) (?:un )?\+\d{1,6}(?:[.,]\d{1,4})?\s?%|\b(?:mi sono comprat[oa]|ho comprato) (?:una |la |un |il )?(?:casa|macchina|porsche|rolex|tesla|villa)\b.{0,30}\b(?:trading|crypto|cripto|forex|investiment)/,
        /\b(?:saldo|bilancio|profitto|reward|guadagno)(?: giornaliero| totale| di oggi)?:? \+?\d[\d.,]{0,12}\s?(?:usdt|usdc|usd|btc|eth)\b|(?:^|[\s:,(])\+\s?\d[\d.,]{0,10}\s?(?:usdt|usdc|usd|euro|€|\$|btc|eth)(?![a-z])/,
        /\b(?:l'ho|li ho|le ho|l'abbiamo|ho) (?:pagat[oaie]|comprat[oaie]|pres[oaie]) (?:\w+ ){0,2}(?:cosi|con i guadagni|con il trading|con le (?:sue )?analisi|con i segnali|con i profitti|grazie al trading)\b|\b(?:mining|staking|trading|bot|robot)\b.{0,30}\bmi paga (?:l'affitto|le bollette|i viaggi|tutto)\b/,
      ],
      examples: {
        hit: ['ecco lo screenshot dei profitti di oggi', 'guarda le prove dei guadagni dei membri', 'saldo 120.400 USDT', 'operazione chiusa +2.300 USD', "l'ho pagata con i guadagni di un mese", 'ho guadagnato 3.000 euro questa settimana con le crypto', 'oggi +32%', 'mi sono comprata la macchina col trading'],
        miss: ['mandami lo screen del bonifico', 'ho fatto 3 km di corsa oggi', 'abbiamo vinto la partita'],
      },
    },
    {
      key: 'wealth_signals',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\bsegnal[ei]\b (?:del|della|dello|di) (?:mio |mia |nostro |nostra )?(?:insegnante|maestro|professore|prof|mentore|mentor|zio|zia|analista|coach|tutor)\b/,
        /\b(?:il |i )?segnal[ei] (?:dello zio|della zia|del professor[e]?|del prof|del mentore|dell'analista)\b|\b(?:zio|zia|mentore|professore|prof|analista) (?:mi )?(?:ha dato|da|manda|ha mandato) (?:un |il )?segnale\b/,
        /\b(?:aspetta|aspettate|segui|seguite) (?:il mio|i miei) segnal[ei]\b|\bsegnale (?:forte|di acquisto|di vendita|di ingresso|vip)\b|\b(?:ti mando|ti do|ti invio|ti passo|vi mando|vi do) il segnale\b|\b(?:stasera|domani|oggi) alle \d{1,2}(?:[:.]\d{2})?\b.{0,30}\bsegnale\b|\bsegnale\b.{0,30}\b(?:tieni il telefono|tieniti liber|tieniti pront|stai pront)\w{0,2}/,
      ],
      examples: { hit: ['segui i segnali del mio insegnante', 'aspetta il segnale del professore', 'stasera alle 21 ti mando il segnale', "c'è il segnale, tieni il telefono vicino", 'aspetta il mio segnale domani alle 10', 'oggi lo zio mi ha dato un segnale', 'segnale di acquisto su oro'], miss: ['niente segnali nel gruppo', 'qui non prende il segnale', 'scrivimi su Signal'] },
    },
    {
      key: 'mentor_pedigree',
      stage: 'wealth',
      weight: 1.5,
      any: [
        new RegExp(`\\b(?:${KIN}|mentore|lui|lei|ex|era|ha lavorato)\\b.{0,40}\\b(?:goldman|jp ?morgan|morgan stanley|blackrock|wall street(?! journal)|hedge fund|banca d'affari|banca d'investimento|banca di investimento|senior trader|gestore di fondi|gestore di un fondo|capo analista)\\b`),
        /\b(?:\d{2}|venti|trenta) anni di esperienza\b|(?<!non )\b(?:autorizzat[oa]|registrat[oa]|regolamentat[oa]) (?:dalla )?consob\b|\b(?:non sbaglia|non sbagliamo|raramente sbaglia|raramente sbagliamo) (?:quasi )?(?:mai)?\b|\b(?:vent'anni|trent'anni|vent anni) (?:in|di) (?:banca|borsa|finanza|trading)\b/,
        new RegExp(`\\b(?:mio|mia) ${KIN}(?: \\w+){0,2} mi (?:ha insegnato|insegna) (?:a )?(?:investire|fare trading|il trading|tutto|${INVEST})`),
      ],
      examples: {
        hit: ['vent\'anni in banca d\'investimento, non sbaglia quasi mai', 'il mio mentore era senior trader da Goldman', 'il professore ha 20 anni di esperienza', 'mia zia mi ha insegnato a investire'],
        miss: ['mio padre mi ha insegnato a pescare', 'il prof di storia è simpatico', 'broker non autorizzato Consob'],
      },
    },
    {
      key: 'trading_lifestyle',
      stage: 'rapport',
      weight: 0.8,
      any: [/\bnel (?:tempo libero|mio tempo libero) (?:faccio|mi occupo di) (?:trading|investimenti|forex|crypto)\b|\b(?:faccio|mi occupo di) (?:trading|investimenti) (?:nel tempo libero|come secondo lavoro|di lato)\b|\bvivo (?:di rendita|dei miei investimenti|di trading)\b|\bfaccio (?:anche )?trading (?:la sera|di sera|dopo il lavoro|nel weekend)\b/],
      examples: { hit: ['nel tempo libero faccio trading', 'vivo dei miei investimenti', 'faccio trading come secondo lavoro'], miss: ['nel tempo libero faccio yoga', 'vivo del mio stipendio'] },
    },
    {
      key: 'trial_withdrawal',
      stage: 'withdrawal',
      weight: 0.8,
      any: [/\b(?:prova|prova a|fai|fai un) (?:un )?(?:prelievo|prelevare|ritirare)\b.{0,30}\bper (?:vedere|verificare|essere sicur[oa]|controllare)\b|\bprova a (?:ritirare|prelevare) (?:\d|una piccola|un po|qualcosa|una parte)|\bfai un (?:piccolo )?prelievo di prova\b/],
      examples: { hit: ['prova a prelevare 100 euro per vedere che arrivano', 'fai un prelievo piccolo per verificare', 'prova a ritirare qualcosa per essere sicura'], miss: ['vado a prelevare al bancomat', 'prova questa torta'] },
    },

    // ---------------- pitch ----------------
    {
      key: 'offer_to_teach',
      stage: 'pitch',
      weight: 2,
      any: [
        /\bti (?:posso |potrei |voglio |vorrei )?(?:insegnare|insegno|mostrare|mostro|spiegare|spiego|guidare|guido|aiutare|aiuto)\b(?: \w+){0,3} (?:a |come )?(?:investire|fare trading|tradare|guadagnare (?:con|soldi)|operare)\b/,
        /\b(?:segui|seguite) (?:le mie|i miei) (?:istruzioni|indicazioni|consigli|operazioni|passi)\b|\bti dico (?:io )?quando (?:comprare|vendere|entrare|investire)\b|\bti guido passo passo\b/,
      ],
      examples: {
        hit: ['ti posso insegnare a investire in crypto', 'segui le mie istruzioni e guadagni', 'ti dico io quando comprare'],
        miss: ['ti insegno a fare la pasta', 'segui il mio profilo di ricette'],
      },
    },
    {
      key: 'offer_to_set_up',
      stage: 'pitch',
      weight: 1.5,
      any: [/\bti (?:apro|creo|configuro|attivo) (?:io )?(?:il |un )?(?:conto|account|portafoglio|wallet)\b|\b(?:dammi|mandami) (?:la (?:tua )?password|le (?:tue )?credenziali)\b.{0,20}\b(?:faccio io|opero io|trado io)\b|\b(?:opero|faccio trading|investo) (?:io )?(?:per te|al posto tuo)\b/],
      examples: { hit: ['ti apro io il conto stasera', 'dammi la password e faccio io', 'faccio trading per te'], miss: ['ti apro io la porta', 'dammi la password del wifi'] },
    },
    {
      key: 'guaranteed_returns',
      stage: 'pitch',
      weight: 2.5,
      any: [/(?<!(?:promett\w{1,4}|promesse di) )\b(?:guadagn[oi]|profitt[oi]|rendiment[oi]|rendita|interess[ei]) (?:\w+ )?(?:garantit[oi]|sicur[oi]|assicurat[oi]|fiss[oi])\b|\b(?:senza|zero|nessun) rischi[o]?\b|\brischio zero\b|\bnon (?:puoi|potrai|si puo) perdere\b|\b\d{1,3} ?% (?:sicur[oa]|garantit[oa])\b|\bse (?:perdi|perde|va male)\b.{0,25}\b(?:te li |glieli |li )?(?:rimborso|ridò|rido|restituisco|copro|ripago|metto io)\b|\bcopert[oa] da (?:assicurazione|garanzia)\b/],
      examples: { hit: ['se perdi te li rimborso io', '12% garantito in 60 giorni', 'guadagno garantito, senza rischi', 'non puoi perdere con questo', 'rendimento fisso e sicuro al 100% sicuro'], miss: ['gruppi che promettono rendimenti garantiti', 'in borsa non c’è niente di garantito', 'nelle crypto il rischio c’è sempre'] },
    },
    {
      key: 'high_returns',
      stage: 'pitch',
      weight: 2,
      any: [
        /(?<![\d.,])\d{1,6}(?:[.,]\d{1,4})?\s?(?:%|per ?cento)\s?(?:\w+ ){0,3}(?:al giorno|giornalier[oa]|ogni giorno|a settimana|settimanale|ogni settimana|per operazione|a operazione|ad operazione|per segnale|a segnale|in (?:un|una|1|2|3|24|48) (?:giorno|giorni|ora|ore|settimana))\b/,
        /\b(?:rendiment[oi]|guadagn[oi]|profitt[oi]|ritorn[oi]|interess[ei])(?: giornalier[oi]| settimanal[ei])? (?:\w+ ){0,2}(?:[2-9]\d|\d{3,})\s?%|(?<![\d.,])(?:[3-9]|[1-9]\d)\s?% (?:al mese|mensile|ogni mese)\b/,
      ],
      examples: { hit: ['tra il 15 e il 30% a operazione', 'guadagni il 3% al giorno', 'rendimento fino al 300%', '15% al mese'], miss: ['batteria al 3%', "l'inflazione è al 6% annuo"] },
    },
    {
      key: 'easy_money',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:raddoppiare|raddoppi|raddoppia|triplicare|moltiplicare) (?:i tuoi|il tuo|i suoi|il suo) (?:soldi|capitale|investimento|risparmi)\b|\b(?:trasformare|trasformi) \d[\d.,]{0,9} in \d[\d.,]{0,9}\b/,
        new RegExp(`\\b(?:guadagnare|guadagni|guadagnerai|guadagna) ${MONEY} (?:al|ogni|a) (?:giorno|settimana)\\b`),
        /\b(?:percentuale di successo|win ?rate|tasso di successo|precisione)(?: \w+){0,2} (?:del |di |oltre il |sopra il )?\d{1,3}\s?%|\b(?:rendita passiva|reddito passivo|liberta finanziaria|indipendenza finanziaria)\b/,
        new RegExp(`\\b${MONEY} (?:per (?:ogni )?|a |ad )(?:like|video|recensione|compito|task|ordine|valutazione|mi piace)\\b|\\b(?:per (?:ogni )?|a )(?:like|video|recensione|compito|task)\\b.{0,10}${MONEY}|\\bcon il \\d{1,3}\\s?% in piu\\b|\\b(?:\\d{1,4}-)?${MONEY} al giorno\\b.{0,40}\\b(?:nessuna esperienza|da remoto|da casa|part[ -]time)\\b|\\b(?:nessuna esperienza|da remoto|da casa|part[ -]time)\\b.{0,40}${MONEY} al giorno\\b`),
      ],
      examples: { hit: ['2€ per ogni like', 'ti torna tutto con il 30% in più', 'puoi raddoppiare i tuoi soldi in un mese', 'guadagni 500 euro al giorno', 'percentuale di successo del 95%'], miss: ["il supermercato ha raddoppiato il prezzo dell'olio", 'vado al lavoro ogni giorno'] },
    },
    {
      key: 'invitation_to_invest',
      stage: 'pitch',
      weight: 1.5,
      any: [
        new RegExp(`\\b(?:dovresti|potresti|puoi|vuoi|ti va di|perche non) (?:\\w+ ){0,2}(?:provare|iniziare|investire|entrare|partecipare|unirti)\\b(?: \\w+){0,4} (?:${INVEST}|${CRYPTO}|con me|insieme|anche tu)\\b`),
        new RegExp(`\\b(?:investiamo|facciamo trading|guadagniamo) insieme\\b|\\b(?:inizia|comincia|parti|iniziare|cominciare|provare|si parte) (?:con|da) (?:poco|una piccola somma|una cifra piccola|una piccola cifra|pochi soldi|${MONEY})|\\bsi parte piano\\b|\\bti faccio provare\\b`),
      ],
      examples: { hit: ['ti faccio provare con una cifra piccola', 'dovresti provare anche tu a investire', 'investiamo insieme per il nostro futuro', 'inizia con 500 euro'], miss: ['dovresti provare la pizza di mia madre', 'comincia dal primo capitolo'] },
    },
    {
      key: 'future_together',
      stage: 'pitch',
      weight: 1.2,
      any: [/\bper il nostro futuro\b|\bper (?:la nostra|il nostro) (?:casa|matrimonio|viaggio di nozze)\b|\bcosi non (?:dovrai|devi|dovresti) piu lavorare\b|\blavori (?:troppo|tanto)\b.{0,30}\b(?:investi|guadagn|rendita)/],
      examples: { hit: ['lo facciamo per il nostro futuro', 'così non dovrai più lavorare', 'mettiamo da parte per la nostra casa'], miss: ['risparmiamo per un divano nuovo', 'per la cena porto il vino'] },
    },
    {
      key: 'investment_product',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:contratti (?:a |di )?\d+ secondi|contratti perpetui|futures|opzioni binarie|leva finanziaria|con leva|trading con leva|trading di contratti)\b|\b(?:mining|pool) di liquidita\b|\bstaking\b/,
        /\b(?:bot|robot) (?:di trading|quantitativ[oi]|con intelligenza artificiale|ai)\b|\btrading (?:quantitativo|automatico|con ia|con l'ia)\b|\bmt4\b|\bmt5\b|\bmetatrader\b|\bforex\b|\barbitraggio\b|\bxau(?:usd)?\b|\bdurata \d{1,3} (?:secondi|sec|s)\b|\b(?:compra|vendi|call|put) (?:oro|btc|bitcoin|eth|petrolio)\b.{0,30}\b(?:secondi|importo)\b/,
      ],
      examples: { hit: ['faccio trading di contratti su bitcoin', 'il mining di liquidità paga ogni giorno', 'il nostro bot di trading lavora per te'], miss: ["il contratto d'affitto scade presto", 'una collana d’oro per la mamma'] },
    },
    {
      key: 'pitch_urgency',
      stage: 'pitch',
      weight: 1,
      any: [/\b(?:restano|rimangono) (?:solo )?(?:\d+|pochi|pochissimi|due|tre) posti\b|\bci sono solo (?:\d+|pochi|pochissimi|due|tre) posti\b|\bnon (?:perdere|lasciarti sfuggire) (?:questa|quest'|l')?\s?(?:occasione|opportunita)\b|\bultima (?:occasione|possibilita|chiamata)\b|\b(?:entro|fino a) (?:venerdi|sabato|domenica|lunedi|stasera|domani|mezzanotte) (?:si chiude|chiude|chiudono|poi chiude)\b|\b(?:adesioni|iscrizioni|posti) (?:chiudono|si chiudono|chiude)\b|\b(?:le )?occasioni non aspettano\b|\b(?:devi|bisogna) (?:depositare|investire|versare|pagare) (?:oggi|subito|entro|adesso)\b/],
      examples: { hit: ['entro venerdì si chiude', 'le adesioni chiudono domenica', 'restano solo 3 posti nel gruppo VIP', 'non perdere questa occasione', 'devi depositare oggi'], miss: ['restano solo 3 biscotti', 'non perdere il treno'] },
    },
    {
      key: 'exclusive_access',
      stage: 'pitch',
      weight: 1.5,
      any: [/\bconto istituzionale\b|\b(?:azioni|quote|assegnazion[ei]) (?:dell'|di )?ipo\b|\bipo riservat[ao]\b|\bcopy ?trading\b|\b(?:gruppo|canale|livello|membri|conto|piano|compiti|fondo) (?:vip|premium|oro|platino|riservat[oi])\b|\briservat[oa] a pochi\b|\b(?:clienti|conti|membri|utenti|investitori) con almeno (?:[€$]\s?)?\d/],
      examples: { hit: ['il professore apre un conto istituzionale a pochi studenti', 'nel gruppo VIP diamo 5 segnali al giorno', 'faccio copy trading per pochi amici'], miss: ["la sala vip dell'aeroporto era bella", 'ho aperto un conto in banca'] },
    },
    {
      key: 'guilt_trip',
      stage: 'pitch',
      weight: 1.5,
      any: [/\bpensavo (?:che )?(?:tu )?fossi divers[oa]\b|\bnon ti fidi (?:di me)?\b|\bnon sono (?:un |una )?(?:truffator[ei]|truffatrice|ladr[oa]|bugiard[oa])\b|\b(?:volevo|voglio|cercavo) solo (?:di )?aiutarti\b|\bdopo tutto quello che (?:ho fatto|ti ho dato)\b/],
      examples: { hit: ['pensavo fossi diversa', 'non ti fidi di me?', 'non sono un truffatore, volevo solo aiutarti'], miss: ['mi fido di te completamente', 'volevo solo chiederti una cosa'] },
    },

    // ---------------- platform ----------------
    {
      key: 'platform_register',
      stage: 'platform',
      weight: 1.8,
      any: [
        /\btestflight\b|\.apk\b|\bfile apk\b|\b(?:carta d'identita|documento|patente|passaporto) (?:fronte e retro|e selfie)\b/,
        /\b(?:scarica|scaricare|installa|installare|registrati|registrarti|iscriviti|apri|aprire|crea|creare)\b(?: \w+){0,3} (?:l'app|app|applicazione|piattaforma|exchange|conto sulla piattaforma|account sulla piattaforma)\b/,
        /\b(?:la|questa|nostra) piattaforma (?:e )?(?:regolamentata|autorizzata|sicura|ufficiale|legale|registrata)\b|\bcodice (?:invito|di invito|referral)\b/,
      ],
      examples: { hit: ["carica la carta d'identità fronte e retro", "scarica l'app e registrati", 'la piattaforma è regolamentata', 'usa il mio codice invito 88AX'], miss: ['scarica le foto dal drive', 'mi sono iscritta alla maratona'] },
    },
    {
      key: 'customer_service',
      stage: 'platform',
      weight: 2,
      any: [/\b(?:servizio clienti|assistenza clienti|supporto clienti|customer service|assistenza online)\b.{0,40}\b(?:piattaforma|deposito|prelievo|wallet|portafoglio|usdt|telegram|whatsapp|indirizzo)|\b(?:piattaforma|deposito|prelievo|wallet|portafoglio)\b.{0,40}\b(?:servizio clienti|assistenza clienti|supporto clienti|customer service)\b/],
      examples: { hit: ["per il deposito contatta il servizio clienti", "l'assistenza clienti ti dà l'indirizzo del wallet", 'il servizio clienti della piattaforma è su telegram'], miss: ['il servizio clienti del supermercato è pessimo', "l'assistenza clienti mi ha rimborsato"] },
    },

    // ---------------- deposit ----------------
    {
      key: 'buy_crypto',
      stage: 'deposit',
      weight: 2,
      any: [
        /\b(?:invia|manda|trasferisci|invii|mandare|inviare|trasferire)\b.{0,15}\b(?:usdt|btc|eth|crypto|bitcoin)\b.{0,25}\b(?:indirizzo|wallet|address|portafoglio)\b|\bindirizzo (?:del )?(?:wallet|usdt|deposito|trc ?20)\b/,
        new RegExp(`\\b(?:compra|compri|comprare|acquista|acquistare)(?: \\w+){0,2} (?:\\d[\\d,.]{0,10}\\s?)?(?:usdt|usdc|tether|btc|bitcoin|eth|crypto|cripto)\\b.{0,60}\\b(?:invia|inviali|invialo|inviare|manda|mandali|mandalo|trasferisci|trasferire|deposita|depositare|ricarica)\\b`),
        /\b(?:binance|coinbase|kraken|young platform|bitpanda|p2p)\b.{0,50}\b(?:invia|inviali|invialo|inviare|manda|trasferisci|deposita)\b/,
        /\bindirizzo (?:del )?(?:wallet|portafoglio|deposito)\b|\btrc ?-?20\b|\berc ?-?20\b|\bricarica(?:re)? (?:il )?(?:conto|saldo) (?:sulla|della) piattaforma\b/,
      ],
      examples: { hit: ['invia gli usdt a questo indirizzo', 'ecco l\'indirizzo del wallet per il deposito', 'compra USDT su Binance e inviali alla piattaforma', "questo è l'indirizzo del wallet, rete TRC20", 'ricarica il conto sulla piattaforma'], miss: ['mandami il tuo indirizzo di casa', 'ho comprato il pane e sono tornato', 'mandalo per email'] },
    },
    {
      key: 'deposit_instructions',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\bricarica\b.{0,25}\b(?:usdt|eur|euro|\d+)\b.{0,20}\b(?:sul|nel|al) (?:conto|wallet|portafoglio|account)\b|\b(?:passa|passare|sali|salire|upgrade)\b.{0,10}\b(?:a |al )?(?:vip|livello) ?\d\b.{0,30}\b(?:deposit|ricaric|versa)|\b(?:sei|entri|passi|sali)\b (?:ora |adesso |gia )?(?:nel|al|a) (?:livello (?:oro|gold|platino|argento|vip)|vip ?\d)\b/,
        /\b(?:deposito|investimento|versamento|importo) minimo\b|\b(?:il )?minimo (?:per (?:entrare|iniziare|partecipare) )?(?:e )?(?:di )?(?:[€$]\s?\d|\d[\d.,]{0,10}\s?(?:€|euro|usdt))|\b(?:mi mandi|mandami|inviami|mi invii) (?:la ricevuta|la contabile|lo screenshot)\b|\bcausale:? '?(?:ricarica|deposito|investimento)\b|\b(?:aggiungo|metto|verso|aggiungero|mettero) (?:io )?(?:i |il )?(?:[€$]\s?)?\d[\d.,]{0,8}(?: mila| euro| usdt)?(?: che mancano)? (?:sul tuo conto|nel tuo conto|sul conto)\b|\banch'io (?:il versamento|ho versato|ho messo|ho aggiunto)\b.{0,30}\b(?:tuo conto|conto)\b/,
        new RegExp(`\\b(?:versa|deposita|metti|aggiungi|carica|ricarica|trasferisci) (?:altri |ancora |almeno )?${MONEY}.{0,30}\\b(?:conto|saldo|wallet|portafoglio|piattaforma|piano|bonus)\\b`),
        /\b(?:mandami|inviami) (?:lo )?(?:screenshot|la ricevuta|la contabile) (?:del bonifico|quando|dopo)\b/,
      ],
      examples: { hit: ['devi fare una ricarica di 2000 usdt sul conto', 'passa a vip 3 con un deposito di 10.000', 'ricevuti, ora sei nel livello oro', 'io aggiungo i 5 mila che mancano sul tuo conto', 'il minimo per entrare è 5.000€', 'causale: deposito + codice', 'il deposito minimo è 1.000 euro', 'versa altri 1.000 euro sul conto', 'mandami lo screenshot del bonifico'], miss: ['ho fatto una ricarica di 20 euro sul telefono', 'sei al livello 5 del gioco?', 'il minimo sindacale', 'metti 10 euro di benzina'] },
    },
    {
      key: 'deposit_wire',
      stage: 'deposit',
      weight: 1.5,
      any: [/\b(?:bonifico|versamento|trasferimento|invia|manda|trasferisci)\b.{0,30}\b(?:sul |al |nel )?(?:conto|iban) (?:della societa|dell'azienda|aziendale|della piattaforma|dell'agente|del consulente|del broker)\b|\b(?:bonifico|versamento) (?:al nostro|alla nostra|al) (?:agente|referente|rappresentante|partner|intermediario|societa partner)\b|\b(?:intestato a|beneficiario:?)\b.{0,40}\b(?:srl|s\.r\.l|ltd|spa|llc)\b|\b(?:cosi )?eviti le commissioni estere\b/],
      examples: { hit: ['bonifico al nostro agente in Italia', 'beneficiario: Alfa Pagamenti srl', 'fai il bonifico sul conto della società', "invia all'IBAN dell'agente... cioè sul conto dell'agente", 'trasferisci sul conto aziendale'], miss: ["mandami l'affitto sul mio conto", "l'ufficio della società è a Milano"] },
    },

    // ---------------- withdrawal ----------------
    {
      key: 'withdrawal_fee',
      stage: 'withdrawal',
      weight: 3.5,
      any: [
        /\b(?:tass[ae]|impost[ae]|commission[ei]|spese|deposito|cauzione|garanzia|margine|penale|assicurazione)\b(?: [\w%]+){0,8} (?:prima di|per|per poter) (?:\w+ ){0,2}(?:prelevare|ritirare|sbloccare|ricevere i (?:tuoi|suoi) soldi)\b/,
        /\b(?:per |prima di )?(?:prelevare|ritirare|il prelievo)\b(?: \w+){0,6} (?:devi|deve|bisogna|occorre|serve) (?:\w+ ){0,2}(?:pagare|versare|depositare)\b/,
      ],
      examples: {
        hit: ['per prelevare devi pagare le tasse del 20%', 'bisogna versare una cauzione prima di prelevare', 'commissione del 10% per poter prelevare'],
        miss: ['binance trattiene una piccola commissione di rete', 'devo pagare il bollo entro aprile'],
      },
    },
    {
      key: 'account_frozen',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /(?<!la banca (?:mi )?ha )\b(?:conto|fondi|saldo|account|prelievo|wallet|portafoglio) (?:\w+ ){0,2}(?:e |sono |e stato |sono stati |viene |verra )?(?:congelat[oi]|bloccat[oi]|sospes[oi]|in revisione|sotto verifica)\b/,
        /\b(?:sbloccare|scongelare|riattivare) (?:il |i )?(?:conto|fondi|saldo|prelievo)\b|\b(?:verifica|controllo|deposito) antiriciclaggio\b|\b(?:deposito|commissione|tassa|quota) di (?:verifica|garanzia|sblocco)\b/,
      ],
      examples: { hit: ['il tuo conto è congelato', 'serve un deposito di sblocco per scongelare i fondi', 'verifica antiriciclaggio in corso'], miss: ['mi si è bloccato il telefono', 'la banca mi ha bloccato la carta'] },
    },
    {
      key: 'pay_to_release',
      stage: 'withdrawal',
      weight: 3,
      any: [/\bnon (?:si )?(?:puo|possono) (?:detrarre|scalare|pagare|togliere) dal (?:saldo|profitto|capitale|conto)\b|\bdopo il (?:pagamento|versamento)\b.{0,30}\b(?:sbloccat|sblocco|rilasciat|prelevare|ricevi)\w{0,4}|\banch'io ho pagato (?:la tassa|le tasse|la commissione)\b|\bpaghi e (?:sblocchi|prelevi|ricevi) tutto\b/],
      examples: { hit: ['non si può detrarre dal saldo, serve un nuovo versamento', 'dopo il pagamento i fondi vengono sbloccati', "anch'io ho pagato la tassa"], miss: ['ho pagato la bolletta ieri', 'dopo il pagamento ti mando la ricevuta del negozio'] },
    },
    {
      key: 'credit_score',
      stage: 'withdrawal',
      weight: 3,
      any: [/\bpunteggio (?:di credito|creditizio)\b.{0,60}\b(?:prelev|conto|piattaforma|deposit)|\b(?:prelev\w{0,5}|conto)\b.{0,60}\bpunteggio (?:di credito|creditizio)\b/],
      examples: { hit: ['il punteggio di credito del conto è basso, devi depositare', 'per prelevare serve un punteggio di credito di 100'], miss: ['il mio punteggio di credito in banca è salito', 'ho pagato la carta di credito'] },
    },
    {
      key: 'withdrawal_pressure',
      stage: 'withdrawal',
      weight: 1.5,
      any: [/\b(?:chiedi|fatti dare|fatti prestare|prendi) (?:un |dei |i )?(?:prestito|soldi in prestito|soldi|finanziamento)\b.{0,30}\b(?:famiglia|amici|parenti|banca|carta)\b|\b(?:chiedi|prendi|fai) (?:un )?(?:prestito|finanziamento)\b|\baltrimenti (?:perdi|perderai|perdete) tutto\b|\bse (?:ritiri|prelevi|togli i soldi) (?:ora|adesso|subito)\b.{0,30}\b(?:perdi|perderai)\b|\bil capitale deve restare\b|\bnon c'e tempo per pensare\b/],
      examples: { hit: ['fatti prestare i soldi dalla famiglia, sono pochi giorni', 'paga oggi altrimenti perdi tutto', "non c'è tempo per pensare!!"], miss: ['mi presti la scala?', "abbiamo preso il mutuo l'anno scorso"] },
    },

    // ---------------- recovery ----------------
    {
      key: 'recovery_offer',
      stage: 'recovery',
      weight: 2.5,
      any: [/\b(?:recuperare|recuperiamo|recupereremo|recupero|riprendere|riavere) (?:i tuoi |i suoi |il tuo |il suo |tutti i |i |il )?(?:fondi|soldi|denaro|investimento|crypto|cripto|bitcoin|usdt)(?: pers[oi]| rubat[oi]| truffat[oi])?\b|\brecupero (?:fondi|crediti crypto|cripto)\b|\bhacker etico\b|\b(?:commissione|parcella|spese|quota) (?:di|per il) (?:recupero|tracciamento|sblocco|adesione)\b|\b(?:sono|siano|risultano) recuperabili\b|\b(?:a|dopo il) recupero avvenuto\b|\bclass action\b|\bspese (?:di cancelleria|legali|di pratica)\b|\b(?:fondi|usdt|soldi) (?:\w+ )?sequestrat[ie]\b|\b(?:tracciato|rintracciato|individuato) (?:il wallet|i portafogli|il portafoglio|i wallet)\b|\bvalutazione gratuita del (?:caso|tuo caso|suo caso)\b/],
      examples: { hit: ['i suoi 14.300 USDT sono recuperabili', 'stiamo organizzando una class action', 'quota di adesione 290€', 'possiamo recuperare i tuoi fondi persi in 48 ore', 'servizio di recupero fondi', 'un hacker etico mi ha restituito tutto'], miss: ['mi sono ripresa dall’influenza', 'recupero la lezione domani'] },
    },
    {
      key: 'victim_outreach',
      stage: 'recovery',
      weight: 2,
      any: [/\bvittim[ae] (?:della piattaforma|di truffa|di truffe|di frode)\b|\bpolizia postale\b.{0,40}\b(?:fondi|recupero|pratica|pagare|commissione)|\b(?:unita|reparto|ufficio|dipartimento|sezione|nucleo|squadra) (?:contro |per |di )?(?:le |i )?(?:frodi|truffe|crimini informatici|reati informatici|recupero)\b|\b(?:gruppo|chat|canale) '?vittime\b|\b(?:database|elenco|lista) (?:delle )?vittime\b|\bdevolut[ie] allo stato\b|\bnumero (?:di )?(?:pratica|denuncia|fascicolo)\b|\babbiamo (?:rintracciato|localizzato) i (?:tuoi|suoi) fondi\b/],
      examples: { hit: ['dal database delle vittime risulta', 'sezione crimini informatici della polizia', 'contattiamo le vittime della piattaforma Hexamint', 'numero di pratica 4471, ufficio frodi', 'abbiamo rintracciato i suoi fondi'], miss: ['domani riunione con il reparto vendite', 'numero di telefono del dentista'] },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      key: 'me_sent_money',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      any: [new RegExp(`\\b(?:ho (?:gia )?(?:inviato|mandato|versato|depositato|trasferito|pagato|investito|messo)|ho fatto un bonifico di) (?:altri |i |gli )?(?:${MONEY}|usdt|cripto|crypto|i miei risparmi|tutti i miei risparmi)`)],
      examples: { hit: ['ho inviato 500 usdt', 'ho già versato 2.000 euro', 'ho messo tutti i miei risparmi'], miss: ['ti ho mandato la foto', 'ho pagato io la cena'] },
    },
    {
      key: 'me_cannot_withdraw',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      any: [/\bnon (?:riesco a|posso|mi fanno|mi lasciano) (?:prelevare|ritirare|riavere i miei soldi)\b|\bperche non posso (?:prelevare|ritirare)\b|\bmi chiedono di (?:pagare|versare|depositare)\b/],
      examples: { hit: ['non riesco a prelevare i miei soldi', 'mi chiedono di pagare una tassa del 15% prima', 'perché non posso prelevare?'], miss: ['vado a prelevare al bancomat', 'non riesco a venire oggi'] },
    },

    // ---------------- task scams ----------------
    {
      key: 'task_job_offer',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:metti|mettere|mettendo|mette|lasci|lasciare|dai|dare) (?:un |i |dei )?(?:like|mi piace|cuoricini)\b.{0,40}\b(?:video|youtube|tiktok|instagram|post|link|canali)\b.{0,80}\b(?:pag\w*|guadagn\w*|commission\w*|compenso|euro|usdt)\b|\b(?:pag\w*|guadagn\w*|commission\w*|compenso|\d+\s?€)\b.{0,80}\b(?:like|mi piace) (?:a |ai |al |alle |sui |su )?(?:\w+ ){0,2}(?:video|youtube|tiktok|post|link|canali)\b/,
        /\b(?:valut\w*|recension\w*|recensire|votare|voti|dare (?:le )?stelle a) (?:\w+ ){0,2}(?:hotel|prodott[oi]|app|applicazioni|ristoranti|film|negozi)\b.{0,80}\b(?:commission\w*|guadagn\w*|pag\w*|compenso|stipendio|al giorno)\b/,
        /\bcommission\w* (?:per|su|di|a) ogni (?:valutazione|compito|ordine|recensione|like|video|attivita|missione)\b|\bogni (?:valutazione|compito|ordine|recensione|like) (?:ti |le )?(?:da|vale|paga|frutta)\b/,
        /\b(?:compiti|missioni|attivita|lavoretti|incarichi|task) (?:giornalier\w*|quotidian\w*|online|semplici|facili|retribuit\w*|pagat\w*|speciali|da casa|dal telefono|dal cellulare)\b.{0,80}\b(?:commission\w*|guadagn\w*|pag\w*|compenso|stipendio|al giorno)\b/,
        /\b(?:part[- ]?time|lavoro da casa|lavorare da casa|smart working|da remoto|dal (?:tuo |suo )?(?:telefono|cellulare|smartphone)|collaborator\w* (?:part|online|da casa))\b.{0,80}(?:[€$]\s?\d[\d.,]{0,8}|\b\d[\d.,]{0,8}\s?(?:€|euro|usdt|dollari))(?:\s?(?:-|a)\s?[€$]?\s?\d[\d.,]{0,8}\s?(?:€|euro)?)?\s?(?:al|ogni|per|a) giorno\b/,
        /\b(?:guadagn\w*|compenso|paga|pagato|stipendio) (?:fino a |anche |tra |da |di )?[€$]?\s?\d[\d.,]{0,8}\s?(?:€|euro|usdt)?(?:\s?(?:-|a|e)\s?[€$]?\s?\d[\d.,]{0,8}\s?(?:€|euro)?)? (?:al|ogni|per|a) giorno\b.{0,80}\b(?:minuti|ore al giorno|telefono|cellulare|part[- ]?time|compiti|like|nessuna esperienza|da casa)\b/,
        /\b(?:hr|risorse umane|recruiter|recruiting|selezione del personale|reclutat\w*|selezionatric\w*)\b.{0,100}\b(?:part[- ]?time|compiti|commission\w*|al giorno|da casa|dal (?:telefono|cellulare)|nessuna esperienza)\b/,
        /\b(?:visto|ricevuto|trovato|letto) (?:il )?(?:suo|tuo) (?:cv|curriculum|profilo)\b.{0,100}\b(?:part[- ]?time|compiti|commission\w*|al giorno|da casa|orari flessibili|dal (?:telefono|cellulare))\b/,
        /\bottimizzazione (?:dei |di |degli )?(?:dati|prodotti|ordini|app|ranking)\b|\b(?:visibilita|posizionamento|ranking) (?:degli |dei |di )?(?:hotel|prodotti|negozi|commercianti|venditori)\b/,
      ],
      examples: {
        hit: [
          "Salve, abbiamo visto il suo CV su Indeed, offriamo un lavoro part-time dal cellulare, si guadagnano 200€ al giorno",
          'metti like ai video di YouTube e ti paghiamo 3 euro a video',
          'il lavoro è valutare hotel sulla piattaforma, ogni valutazione ti dà una commissione',
          'compiti giornalieri semplici, guadagni fino a 400€ al giorno 💰',
        ],
        miss: [
          "Buongiorno, sono una recruiter di un'azienda di logistica: posizione da analista, RAL 35k, colloquio martedì?",
          'nel weekend faccio le consegne con Glovo, tiro su qualcosa',
          'metti like alla mia foto dai 😂',
          'ho lasciato una recensione da 2 stelle al frullatore su Amazon',
        ],
      },
    },
    {
      key: 'prepaid_task',
      stage: 'deposit',
      weight: 2.5,
      any: [
        /\b(?:ordine|ordini|pacchetto|compito|prodotto|set) (?:combo|combinat[oi]|fortunat[oi]|d'oro|dorat[oi])\b|\b(?:pacchetto|ordine|il|un|hai un) combo\b|\bcombo (?:vale|di \d|da \d)/,
        /\b(?:ricaric|deposit|compit|ordin|combo|complet|valutazion)\w*\b.{0,80}\bsaldo (?:e |va |diventa |risulta |e diventato |in |ora )?(?:negativo|-\s?[€$]?\s?\d)|\bsaldo (?:e |va |diventa |risulta |e diventato |in |ora )?(?:negativo|-\s?[€$]?\s?\d).{0,80}\b(?:ricaric|deposit|compit|ordin|combo|complet|valutazion)/,
        /\b(?:prepagat\w*|pagamento anticipato|anticipare|anticipi|prefinanzi\w*)\b.{0,40}\b(?:compiti|compito|ordin[ei]|prodott[oi]|commission\w*|missioni)\b|\b(?:compiti|ordini) prepagat[ie]\b/,
        /\b(?:complet\w*|finisc\w*|finire|termin\w*) (?:\w+ ){0,3}(?:compiti|ordini|set|serie|insieme|valutazioni|round|missioni)\b.{0,60}\b(?:prelev\w*|ritir\w*|incass\w*|ricevere lo stipendio)/,
        /\b(?:ricaric\w*|deposit\w*|versa\w*)\b.{0,60}\bper (?:continuare|sbloccare|completare|finire|proseguire|riprendere) (?:\w+ ){0,2}(?:compiti|ordini|set|valutazioni|commission\w*|stipendio)\b|\b(?:ricaric\w*|deposit\w*)\b.{0,60}\blivello\b.{0,40}\bcommission\w*/,
      ],
      examples: {
        hit: [
          'ti è uscito un ordine combo, il saldo è negativo: ricarica 300 per continuare',
          'deposita 100 USDT per iniziare i compiti prepagati',
          'completa gli ultimi 3 compiti e poi puoi prelevare tutto lo stipendio',
          'se ricarichi 150 passi al livello Gold e le commissioni raddoppiano',
        ],
        miss: [
          'mi fai una ricarica sul telefono? ho finito il credito',
          'al ristorante vogliono 50 euro di cauzione per la divisa, è normale?',
          'ho comprato le gemme nel gioco, 20 euro buttati lol',
          'finisci i compiti di matematica e poi andiamo al parco',
        ],
      },
    },
    // ---------------- signs of innocence ----------------
    {
      key: 'scam_awareness',
      stage: 'hook',
      weight: -2,
      any: [
        /\b(?:e|questa e|sembra|e chiaramente|e sicuramente|e una) (?:una )?(?:truffa|fregatura|frode|raggiro)\b|\b(?:sono|sono dei|e un|e una) (?:truffator[ei]|truffatrice)\b(?<!non (?:sono|e) (?:un |una )?truffat\w{3,4})/,
        /\bmi hanno (?:truffat[oa]|fregat[oa])\b|\bsono stat[oa] truffat[oa]\b|\b(?:denuncia|denuncialo|segnala|segnalalo)\b.{0,30}\b(?:polizia|postale|carabinieri|banca|consob)\b|\bbloccal[oa]\b|\bpig ?butcher/,
      ],
      examples: { hit: ['è una truffa, bloccalo', 'mi hanno truffata l’anno scorso', 'denuncialo alla polizia postale'], miss: ['non sono un truffatore, fidati', 'fidati, la piattaforma è sicura', 'andiamo a mangiare'] },
    },
  ],

  reporting: [
    /\b(?:lui|lei|il tipo|la tipa|un tizio|una tizia|questo tizio|questa tizia|sta persona|quella persona) (?:mi )?(?:ha|aveva) (?:detto|scritto) che\b/,
    /\b(?:mi ha detto|mi ha scritto|mi ha chiesto|mi ha proposto|mi ha mandato|gli ha detto|le ha detto|mi dice|mi scrive|mi chiede|dice che|diceva che|scrive che)\b/,
    /\b(?:ho ricevuto|mi e arrivato|mi e arrivata) (?:questo|un|questa|uno strano) (?:messaggio|sms|mail)\b|\b(?:e|sara) (?:una truffa|normale|legale|vero|affidabile)\s*\?/,
    /\bmi e arrivat[oa]\b|\b(?:ti|vi) (?:inoltro|giro)\b|\binoltrato\b|\bmi hai (?:girato|inoltrato|mandato)\b|\b(?:e|sara) (?:una truffa|normale|legale|vero|affidabile) (?:questa|questo)\s*\?/,
    /\b(?:i truffatori|le truffe) (?:dicono|scrivono|chiedono|usano)\b|\b(?:articolo|notizia|video|servizio) (?:sulle|sulla|su|sui)\b/,
  ],
};
