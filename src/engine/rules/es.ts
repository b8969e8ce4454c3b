import type { RuleSet } from './types.ts';

// Spanish rules (Spain and Latin America: tú, vos and usted forms). Patterns
// run on folded text: lower case, no accents ("inversion", "senal", "dolares").
// Weights are hand-set starting values; the corpus fit replaces them.
const APP = '(?:whats ?app|wsp|wpp|wasap|guasap|telegram|tg|line|wechat|signal|instagram|insta|viber|skype)';
const CRYPTO = '(?:usdt|usdc|tether|cripto(?:s|monedas?)?|bitcoins?|btc|eth|ethereum|monedas)';
const INVEST = '(?:invert\\w*|inversion(?:es)?|trading|tradear|operar|ganar|ganancias?|rentabilidad|rendimientos?|dinero|plata|forex|oro|acciones|futuros|contratos)';
// An amount with its unit: "1.400 usd", "500 dolares", "$300", "30 mil", "32%".
const AMOUNT = '(?:[$€]\\s?\\d[\\d,.]*\\s?(?:k|mil)?|\\d[\\d,.]*\\s?(?:k|mil|lucas|usdt|usd|dolares|euros|pesos|btc|%|por ?ciento))(?!\\w)';
const KIN = '(?:tio|tia|primo|prima|hermano|hermana|padre|papa|madre|mama|abuelo|abuela|padrino|madrina|mentor|mentora|profesor|profesora|profe|maestro|jefe|jefa|amigo|amiga|cunado|cunada)';

export const es: RuleSet = {
  locale: 'es',
  // Common Spanish words, so these rules run once a conversation shows Spanish.
  detect:
    /\b(?:hola+|holi|por|para|pero|porque|como|esta|estas|estoy|eres|sos|soy|tengo|tienes|puedes|quieres|gracias|usted|vos|los|las|una|del|mas|muy|hoy|mi|nos|donde|cuando|bueno|buen|buenas|buenos|perdon|perdona|disculpa|disculpe|senor|senora|tambien|dinero|plata|ahora|aca|aqui|vale|pues|eso|esto|nada|algo|hay|hace|hacer|mucho|claro|jaja+|jeje+|che|oye|igual|amor|wey|guey|el|cuenta|retiro|luego|entonces|cuanto|debes|debe|ustedes|tu saldo|tu cuenta|tus fondos)\b|[¿¡ñ]/,
  rules: [
    // ---------------- hook ----------------
    {
      key: 'wrong_number',
      stage: 'hook',
      weight: 1,
      opening: true,
      any: [
        /\b(?:numero|mensaje|chat|persona) equivocad[oa]\b|\bme equivoque de (?:numero|persona|chat)\b|\b(?:te|se) (?:has|ha) equivocado\b/,
        /\b(?:menudo|que|perdon(?:a|e)? el|disculpa el) despiste\b/,
        /\b(?:perdon|perdona|perdone|disculpa|disculpe|lo siento)\b.{0,30}\b(?:pense|crei|creia) (?:que|q) (?:eras|era usted|usted era|eras tu)\b/,
        /\b(?:eres|sos|es usted|hablo con|hablo con el|hablo con la) (?:tu |el |la )?(?:senor |senora |senorita |sr\.? |sra\.? |dr\.? |dra\.? |don |dona )?[a-z]+\s*\?/,
        /\b(?:me (?:pasaron|dieron|anotaron|guardaron)|(?:la |el |mi )?(?:secretari[oa]|asistente|recepcionista) me (?:dio|paso|anoto)) mal (?:el|tu|su|este) numero\b|\ble confirmo (?:la|su) cita\b/,
        /\b(?:mi (?:asistente|secretari[oa])|me pasaron) (?:me )?(?:guardo|anoto|dio|paso) (?:mal )?(?:tu|el|este) numero\b|\bguarde mal (?:tu|el) numero\b/,
      ],
      examples: {
        hit: ['Hola, ¿eres Marta?', 'uy perdona!! menudo despiste el mío', 'Perdón, pensé que eras mi dentista', 'Disculpe, número equivocado'],
        miss: ['¿eres de Madrid o de fuera?', 'te llamo luego, estoy en el médico'],
      },
    },
    {
      key: 'fate',
      stage: 'hook',
      weight: 1,
      any: [
        /\b(?:no es|no fue|no sera) (?:por )?casualidad\b|\b(?:es|fue|sera|debe ser|cosas del|creo en el) destino\b/,
        /\bel destino nos (?:unio|junto|presento)\b|\b(?:estabamos )?destinados a conocernos\b/,
      ],
      examples: { hit: ['bueno, igual no es casualidad jeje', 'creo en el destino, no en las casualidades'], miss: ['el destino del viaje es Lisboa'] },
    },
    {
      key: 'far_away_job',
      stage: 'hook',
      weight: 0.7,
      any: [
        /\b(?:vivo|trabajo|estoy|resido|soy) (?:ahora |actualmente |viviendo |trabajando )?(?:en|de) (?:singapur|dubai|hong ?kong|kuala lumpur|malasia|bangkok|macao|taiwan|shanghai|shenzhen|abu dabi|qatar|catar|una plataforma petrolera|el extranjero)\b/,
        /\bsoy de (?:singapur|hong ?kong|taiwan|taichung|taipei|kaohsiung|shanghai|shenzhen|canton|malasia|dubai)\b/,
        /\b(?:estoy|trabajo|vivo)\b.{0,30}\ben (?:singapur|dubai|hong ?kong|kuala lumpur|malasia|taiwan|shanghai|una plataforma petrolera|alta mar)\b/,
      ],
      examples: { hit: ['soy de Singapur pero mi mamá es argentina', 'trabajo en Dubái desde hace dos años'], miss: ['fuimos a Singapur el año pasado'] },
    },
    {
      key: 'profile_compliment',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      any: [
        /\b(?:vi|he visto|mire|encontre) (?:tu|tus|su|sus) (?:perfil|fotos?|publicaci\w+|pagina)\b|\bme (?:encanto|encantaron|gusto|gustaron) (?:tu|tus|su|sus) (?:foto|fotos|perfil)\b/,
        /\b(?:tienes|tenes|tiene) (?:pinta|cara) de (?:emprendedor|buena persona|persona amable)\b|\b(?:pareces|parece|se te ve) (?:muy )?(?:amable|simpatic[oa]|elegante|buena persona)\b/,
      ],
      examples: { hit: ['vi tus fotos de la Patagonia y me morí', 'Tú tienes pinta de emprendedor'], miss: ['¿viste mis fotos del viaje?'] },
    },
    {
      key: 'group_add',
      stage: 'hook',
      weight: 1.5,
      opening: true,
      any: [
        /\b(?:te|lo|la|le|los) (?:agregamos|agregue|agrego|anadimos|anadi|anadio|sumamos|invitamos|incluimos) (?:a|al|en) (?:nuestro |un |el )?(?:grupo|club|canal|comunidad)\b.{0,50}\b(?:inversion\w*|inversores|trading|acciones|cripto\w*|forex|profesor|capital|analisis)\b/,
        /\b(?:grupo|club|canal|comunidad) (?:gratuito |gratis |privado |vip )?de (?:inversion|inversores|trading|acciones|cripto\w*|forex)\b/,
        /\b(?:asistente|ayudante|secretari[oa]) del (?:profesor|maestro|analista|doctor|dr|mentor)\b|\b(?:te|le) escribo del grupo\b|\bdel equipo del (?:dr|doctor|profesor|mentor)\b/,
        /\b(?:le|te|lo|la) (?:anadimos|agregamos|sumamos) al grupo de (?:alumnos|estudiantes|inversores|miembros)\b|\baprende a invertir\b/,
        /\bsu numero (?:llego|fue registrado|nos llego|fue seleccionado)\b.{0,40}\b(?:campana|anuncio|seminario|curso|educacion financiera|inversion)\b/,
      ],
      examples: { hit: ["Su número llegó por nuestra campaña de educación financiera", 'Lo agregamos a nuestro grupo gratuito de inversión', 'Soy Sofía, asistente del profesor Ricardo'], miss: ["su número llegó tarde a la lista", 'te agregué al grupo de la cena del viernes'] },
    },

    // ---------------- rapport ----------------
    {
      key: 'pet_name',
      stage: 'rapport',
      weight: 0.4,
      any: [/\b(?:mi amor|amor mio|(?<!\b(?:e|molto|troppo|piu|cosi|che|tanto|proprio|davvero|un po) )carino(?! (?:il|lo|la|i|gli|le|quel\w*|questo|questa|pero|ma)\b)(?!\s?!)|mi vida|mi cielo|corazon|mi reina|mi rey|(?<!\b(?:el|al|del|un|este|ese|santo|en el|azul|gracias al) )cielo(?! (?:azul|nublado|despejado|gris|esta|estaba)\b)|(?<!\b(?:el|un|del|al|se|no|que|la|lo|su) )bebe(?! (?:agua|mucho|vino|cerveza|alcohol|cafe|leche|de|del|y|nada|poco)\b)|mi princesa|preciosa|precioso|guapa|guapo)\b/],
      examples: { hit: ['buenos días mi amor', 'cómo dormiste cariño?'], miss: ['me encanta el amor de los perros', 'la vida es corta', 'el cielo está nublado hoy', 'Carino! La cucina è minuscola'] },
    },
    {
      key: 'love_bombing',
      stage: 'rapport',
      weight: 1,
      any: [
        /\balma gemela\b|\bnuestro futuro (?:juntos|los dos)\b|\bnuestra vida juntos\b/,
        /\bnunca (?:habia |he )?sentido (?:algo )?(?:asi|esto)\b|\bno (?:dejo|puedo dejar) de pensar en (?:ti|vos)\b/,
        /\b(?:mi futur[oa] (?:espos[oa]|marido|mujer))\b|\b(?:eres|sos) (?:la persona|el hombre|la mujer) de mi vida\b/,
      ],
      examples: { hit: ['creo que eres mi alma gemela', 'no dejo de pensar en ti'], miss: ['el futuro de la empresa es incierto'] },
    },
    {
      key: 'secrecy',
      stage: 'rapport',
      weight: 2,
      any: [
        /\bno (?:se lo |le |les )?(?:digas|cuentes|comentes|menciones|contes|digás|contés) (?:nada )?(?:a (?:tu |tus |su |sus )?(?:familia|amig[oa]s?|hij[oa]s|espos[oa]|marido|mujer|novi[oa]|banco|nadie)|nada a nadie)\b/,
        /\bno lo (?:cuentes|digas|contes|comentes)\b(?! a mi)/,
        /\b(?:es|esto es) (?:medio |un |nuestro )?secreto\b|\bentre (?:tu y yo|vos y yo)\b|\b(?:queda|que quede|q quede|quede|esto queda) entre nosotros\b|\bnuestro (?:pequeno )?secreto\b/,
        /\b(?:tu familia|el banco|tus amigos|tus hijos) no (?:lo )?(?:va|van) a entender\b|\b(?:tu familia|el banco|tus amigos) no (?:lo )?(?:entiende|entienden|entenderia|entenderian)\b/,
        /\b(?:diles|dile|digale|digales|di) (?:al banco |a tu banco )?que (?:si,? )?(?:que )?(?:es|son) (?:para (?:ahorro|un regalo|la casa|un carro|un coche|la familia|familia|vacaciones|una reforma)|un (?:regalo|prestamo familiar))\b|\bsi (?:el|tu|su) banco (?:te |le )?pregunta\b|\bno le cuente a nadie\b/,
        /\ben (?:el )?concepto\b.{0,20}\b(?:regalo|prestamo|familia|ahorro)\b.{0,40}\bbanco\b|\b(?:si no|sino) el banco (?:te |le )?pregunta\b/,
      ],
      examples: { hit: ["Pon en concepto 'regalo' que si no el banco pregunta", "Diles que sí, que es para ahorro", 'pero es medio secreto, no lo cuentes', 'no le digas a tu familia todavía, no lo van a entender'], miss: ["el concepto de la fiesta es regalo sorpresa", "dile que es para mañana la reunión", 'dile a tu familia que los saludo', 'no me digas que se te olvidó'] },
    },

    // ---------------- off_platform ----------------
    {
      key: 'move_off_platform',
      stage: 'off_platform',
      weight: 1.2,
      any: [
        new RegExp(`\\b(?:me pasas|me pasa|pasame|pasa(?:me)?|dame|me das|me da|mandame|me mandas|me compartes|compartime|regalame) (?:tu|su) (?:${APP}|numero|telefono|celu|celular|movil)\\b`),
        new RegExp(`\\b(?:agregame|anademe|escribeme|escribime|hablame|llamame|contactame|buscame|sigueme) (?:a|al|en|por) ${APP}\\b`),
        new RegExp(`\\b(?:hablemos|charlemos|sigamos|pasemos|seguimos|hablamos|charlamos) (?:\\w+ ){0,3}(?:por|en|a) ${APP}\\b`),
        new RegExp(`\\b(?:tienes|tenes|tiene|usas|usa) ${APP}\\s*\\?`),
        /\b(?:aca|aqui|esta app|esta aplicacion|esta pagina) (?:casi )?(?:no|nunca) (?:entro|uso|abro|reviso)\b|\bcasi no (?:entro|uso|abro) (?:aca|aqui|esta app|esta aplicacion)\b/,
        new RegExp(`\\b(?:esta app|la app|tinder|bumble|instagram|${APP}) me (?:borra|elimina|bloquea) los mensajes\\b|\\bla app (?:va a )?(?:expira|vence|se cierra|caduca)`),
        new RegExp(`\\bmi ${APP}(?: es| id)?\\b`),
      ],
      examples: {
        hit: ['acá casi no entro, me pasás tu whatsapp?', 'agrégame a Telegram', 'hablemos mejor por WhatsApp', '¿tienes Telegram?'],
        miss: ['te lo mandé por whatsapp ayer', 'la línea del metro iba llena'],
      },
    },

    // ---------------- wealth ----------------
    {
      key: 'relative_analyst',
      stage: 'wealth',
      weight: 2.5,
      any: [
        new RegExp(`\\bmi ${KIN}(?: \\w+){0,8} (?:es|era|trabaja (?:como|de|en)|fue) (?:un |una |el |la )?(?:\\w+ )?(?:analista|estratega|gestor[a]?|trader|corredor[a]?|broker|asesor[a]? financier[oa]|expert[oa] (?:en|de) (?:inversion\\w*|bolsa|cripto\\w*|mercados?|oro|forex))`),
        /\b(?:trabaja|trabajaba) (?:en|para) un (?:fondo de inversion|banco de inversion|hedge fund)\b.{0,60}\banalista\b|\bes analista de (?:cripto\w*|mercados?|bolsa|inversion\w*|oro|datos financieros)\b/,
        new RegExp(`\\bmi ${KIN}(?: \\w+){0,4} (?:me )?(?:da|dio|pasa|paso|manda|mando|comparte|dice|dijo) (?:las |la |unas |sus )?(?:senal(?:es)?|datos|informacion|analisis|predicciones)\\b`),
        /\b(?:informacion|datos|noticias|senales) (?:privilegiad[oa]s?|intern[oa]s?|exclusiv[oa]s?|de dentro|de adentro)\b/,
        /\binformacion (?:del mercado )?que (?:los demas|nadie|otros) no tienen?\b|\binformacion privilegiada\b|\bque trabaja en un fondo\b/,
      ],
      examples: {
        hit: ["Mi tío tiene información del mercado que los demás no tienen", "un amigo que trabaja en un fondo en Dubái", 'mi tío trabaja en un fondo de inversión hace 15 años, es analista de cripto', 'mi tía es analista senior en un banco', 'tenemos información privilegiada del mercado'],
        miss: ["mi amigo trabaja en una panadería", 'mi tía viene el fin de semana', 'mi hermano es enfermero'],
      },
    },
    {
      key: 'showing_gains',
      stage: 'wealth',
      weight: 1.2,
      any: [
        new RegExp(`\\b(?:gane|ganamos|saque|sacamos|hice|me gane|llevo ganad[oa]s?) (?:casi |unos |unas |mas de |como |hasta )?${AMOUNT}.{0,40}\\b(?:hoy|ayer|esta semana|este mes|en (?:el mercado|la bolsa|bolsa)|en (?:una|un|\\d+) (?:hora|horas|dia|dias|tarde|operacion\\w*|minutos)|con (?:el |la )?(?:${INVEST}|${CRYPTO}|senal\\w*))`),
        /\b(?:hoy|ayer) (?:\w+ )?\d[\d,.]*\s?(?:%|usdt|usd|dolares) de (?:ganancia|beneficio|rendimiento)\b/,
        /\b(?:ganancia|beneficio|rendimiento)s? de \d[\d,.]*\s?(?:%|usdt|usd|dolares|euros)\b.{0,20}\b(?:hoy|esta semana|este mes|en (?:un|una) (?:dia|semana|hora))\b/,
        /\b(?:todo|todo esto|lo logre) (?:gracias al?|por el|por la|con el|con la) (?:forex|trading|cripto\w*|oro|bolsa)\b|\bgracias a (?:el|ella|mi tio|mi tia|mi mentor) me compre\b/,
        /\b(?:me da|me deja|gano|saco) (?:como |unos |unas |casi |mas de )?\d[\d,.]*\s?(?:mil )?(?:usdt|usd|dolares|euros|pesos)? (?:al|por|cada) (?:mes|semana|dia)\b|\bsin hacer nada\b|\b(?:llevo|voy por) (?:\d[\d,.]*\s?(?:€|euros|usd|usdt|dolares)|recuperado)\b/,
        /\b(?:hoy|ahora) (?:manejo|tengo|me compre) un (?:m4|m3|lambo\w*|ferrari|porsche|rolex|mercedes|bmw)\b/,
        /\[(?:captura|screenshot|foto|pantallazo|imagen)[^\]]{0,80}\b(?:retiro|ganancias?|recompensas?|saldo|beneficios?|usdt)\b/,
        /\b(?:semana|mes|hoy|ayer|operacion\w*|oro|cripto\w*|trading|senal)\b[^.!?]{0,30}\b(?:saque|gane|ganamos|hemos ganado|he ganado)\s(?:\$\s?)?\d[\d.,]{0,10}\s?(?:mil )?(?:dolares|usd|usdt|euros|pesos|€)\b|\bya voy (?:por )?\+?\s?\d[\d.,]{0,10}\s?(?:%|€|euros|usdt|dolares)/,
        /\bme compre (?:el|un|una|mi|este|esta|esto)\b.{0,60}\b(?:beneficios|ganancias|operaciones|trading|inversion\w*|cripto|mineria|rendimientos)\b|\bcon (?:lo de|las ganancias de|los beneficios de) (?:este mes|esta semana|las operaciones|mis inversiones|trading)\b|\bya le pague la casa\b/,
      ],
      examples: {
        hit: ["la semana pasada saqué 900 dólares", "este año ya voy +62%", "me compré el piso con los beneficios de las operaciones", 'hoy gané 1,400 usd en 2 operaciones', 'hoy 32% de ganancia', 'hoy manejo un M4 y todo por el forex'],
        miss: ["saqué 20 dólares del cajero", "me compré un piso en Madrid", 'gané 3 partidas de pádel hoy', 'ganamos el torneo'],
      },
    },
    {
      key: 'wealth_signals',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\b(?:tio|tia|mentor|profesor|profe|maestro|analista|coach)\b.{0,30}\bsenal(?:es)?\b(?! de (?:wifi|tv|movil|celular|cobertura))/,
        /\b(?:la|una|sus|las|mis) senal(?:es)? (?:es|de hoy|de compra|de venta|de entrada|fuerte|grande|vip)\b|\bhoy la senal\b/,
        /\b(?:te|le|les) (?:paso|mando|envio|doy|aviso) (?:la|las) senal(?:es)?\b|\b(?:espera|sigue|segui|seguir) (?:mi|la|mis|las) senal(?:es)?\b/,
        /\b(?:entramos|entrar|entra) (?:en )?(?:compra|venta)\b|\b(?:compra|venta) (?:de \w+ )?a \d+ segundos\b/,
        /\bme (?:manda|pasa|da|envia) (?:la|las) senal(?:es)?\b|\bte paso la senal\b/,
      ],
      examples: { hit: ["mi prima me manda la señal y entro en oro", 'amiga hoy mi tío me dio una señal', 'mañana 10:30 te paso la señal', 'Hoy la señal es compra de SOL a 60 segundos'], miss: ["no me llega la señal del wifi", 'aquí no hay señal de móvil', 'escríbeme por Signal'] },
    },

    {
      key: 'mentor_pedigree',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\b(?:profesor|profesora|mentor|mentora|tio|tia|doctor|dr|maestro)\b.{0,60}\b(?:wall street|goldman|jp ?morgan|morgan stanley|blackrock|hedge fund|fondos? de (?:inversion|nueva york|cobertura)|gestor de fondos|fue gestor|banco de inversion|catedratico|\d+ anos de experiencia)\b/,
        new RegExp(`\\bmi ${KIN}(?: \\w+){0,4} me (?:enseno|ha ensenado|ensena|explico) (?:mucho|a invertir|a operar|trading|todo)\\b`),
        /\b(?:datos|informacion) (?:\w+ ){0,3}(?:que|q) (?:la gente|nadie|otros) (?:normal )?no (?:ve|tiene|sabe)\b/,
        /\b(?:ha dado|dio|rindio|genero) (?:un )?\d[\d,.]*\s?% (?:este mes|esta semana|hoy)\b/,
        /\btrabajo \d+ anos en (?:fondos|wall street|bancos? de inversion|la bolsa)\b/,
      ],
      examples: {
        hit: ["El profe trabajó 25 años en fondos en Nueva York", 'El profesor tiene 20 años de experiencia y fue gestor en fondos de Nueva York', 'hasta q mi tía me enseñó a invertir', 'él tiene datos del mercado q la gente normal no ve'],
        miss: ["trabajó 25 años en la fábrica", 'mi papá me enseñó a pescar', 'el profesor de historia es muy majo'],
      },
    },
    {
      key: 'trading_lifestyle',
      stage: 'rapport',
      weight: 0.8,
      any: [
        /\b(?:en mis ratos libres|en mi tiempo libre|aparte|tambien) (?:hago|me dedico al?) (?:trading|inversiones|forex)\b|\bhago (?:trading|inversiones) en mi tiempo libre\b/,
        /\b(?:trabajo en|me dedico al?) (?:el )?trading\b|\bmanejo mis (?:propias )?inversiones\b|\bvivo de (?:mis inversiones|las inversiones|el trading)\b/,
        /\bme dedico a (?:las )?(?:inversiones|invertir|trading|cripto\w*)\b|\bhago trading de\b|\bmanejo mis inversiones\b/,
      ],
      examples: { hit: ["Me dedico a inversiones en cripto", "hago trading de oro con el equipo", 'yo trabajo en moda y en mis ratos libres hago trading', 'tengo una empresa pequeña y manejo mis inversiones'], miss: ["me dedico a la docencia", 'en mis ratos libres hago yoga'] },
    },
    {
      key: 'trial_withdrawal',
      stage: 'withdrawal',
      weight: 0.8,
      any: [/\b(?:intenta|prueba|haz|hace|pedi|pide) (?:un )?retir(?:ar|o) (?:de )?(?:\$\s?)?\d[\d,.]*\s?(?:usdt|usd|dolares|euros)? para (?:que|q) (?:veas|vea|compruebes)\b/],
      examples: { hit: ['ahora intenta retirar 100 para q veas q sí llega'], miss: ['voy a retirar 100 del cajero'] },
    },

    // ---------------- pitch ----------------
    {
      key: 'offer_to_teach',
      stage: 'pitch',
      weight: 2,
      any: [
        /\b(?:te|le|les) (?:puedo |podria |voy a |quiero |me gustaria )?(?:ensenar|mostrar|explicar|guiar|ayudar|enseno|muestro|explico|guio|ayudo)\b(?: \w+){0,4} (?:a |como |para )?(?:invertir|operar|tradear|hacer trading|ganar (?:dinero|plata|con)|sacar un extra)\b/,
        /\b(?:ensenarte|mostrarte|explicarte|guiarte|ayudarte|ensenarle|mostrarle|guiarle)\b(?: \w+){0,3} (?:a |como |para )?(?:invertir|operar|tradear|hacer trading|ganar (?:dinero|plata|con))\b/,
        /\bpor (?:que|q) no te (?:enseno|muestro|explico|ayudo)\b|\b(?:yo )?te (?:digo|aviso|dire) cuando (?:entrar|comprar|vender|operar|invertir)\b/,
        /\b(?:solo )?(?:sigue|segui|siga|seguir) mis (?:instrucciones|indicaciones|pasos|operaciones|consejos)\b/,
        /\bsi (?:quieres|queres|quiere) (?:te|le) (?:enseno|muestro|explico|ayudo|guio)\b|\b(?:yo )?(?:te|le) guio paso a paso\b|\b(?:la hora|el momento) y la direccion (?:que|q) (?:te|le) (?:digo|diga)\b|\byo opero contigo\b|\b(?:te|le) (?:puedo )?abr(?:o|ir) una cuenta\b/,
        /\byo (?:opero|invierto|tradeo) por (?:ti|vos|usted)\b|\bte (?:puedo )?(?:meter|incluir|sumar|agregar) (?:al|en el) (?:programa|plan|grupo|equipo)\b/,
      ],
      examples: {
        hit: ['¿por qué no te enseño lo que hago? yo te digo cuándo entrar', 'te puedo enseñar a invertir en cripto', 'sigue mis instrucciones y vas a ganar'],
        miss: ['te puedo enseñar a hacer tortilla', 'sigue mi cuenta de recetas'],
      },
    },
    {
      key: 'guaranteed_returns',
      stage: 'pitch',
      weight: 2.5,
      any: [
        /\b(?:ganancias?|beneficios?|rentabilidad|rendimientos?|ingresos?|retornos?|intereses?) (?:\w+ )?(?:garantizad[oa]s?|asegurad[oa]s?|fij[oa]s|estables|segur[oa]s)\b/,
        /\b(?:sin|cero|ningun|nada de) riesgo\b|\b100 ?% (?:segur[oa]|garantizad[oa]|ganancia)\b/,
        /\bno (?:vas|va|van) a perder\b|\bno (?:se )?puede(?:s)? perder\b|\bte devuelvo (?:tu|la|el) (?:plata|dinero|inversion)\b/,
        /\bgarantiza(?:mos|n)? (?:el|su|tu) (?:capital|inversion|dinero)\b|\bla empresa lo cubre\b/,
      ],
      examples: {
        hit: ['conmigo no vas a perder', 'ganancias garantizadas, sin riesgo', 'te devuelvo 1.000 en 7 días o te devuelvo tu plata'],
        miss: ['en bolsa nunca hay nada garantizado', 'todo tiene riesgo en cripto'],
      },
    },
    {
      key: 'high_returns',
      stage: 'pitch',
      weight: 2,
      entity: 'percent',
      any: [
        /\b\d+(?:[.,]\d+)?\s?%\s?(?:\w+ ){0,3}(?:diario|diaria|al dia|por dia|cada dia|semanal|a la semana|por semana|cada semana|por operacion|en (?:un|una|1|2|3|24|48) (?:dia|dias|hora|horas|semana))\b/,
        /\b(?:rendimiento|rentabilidad|ganancia|retorno|beneficio|interes)(?:es)? (?:diari[oa] |semanal |mensual )?(?:(?:de|del|hasta|un|el|casi|mas de) )*(?:[2-9]\d|\d{3,})\s?%/,
        /\b(?:[3-9]|[1-9]\d)(?:[.,]\d+)?\s?% (?:mensual|al mes|por mes|cada mes)\b/,
      ],
      examples: { hit: ['ganas un 3% diario', 'rentabilidad de hasta 300%'], miss: ['me queda 3% de batería', 'el fondo indexado dio 7% el año pasado'] },
    },
    {
      key: 'easy_money',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:duplicar|duplique|duplico|triplicar|triplico|multiplicar) (?:tu|su|la|el|mi|sus|tus) (?:dinero|plata|capital|inversion|ahorros|cuenta)\b/,
        /\b(?:convertir|convertis|convierte|convertimos|hacer) (?:\$\s?)?\d[\d,.]* en (?:\$\s?)?\d[\d,.]*\b|\bte devuelvo (?:\$\s?)?\d[\d,.]*\s?(?:mil|usd|dolares|usdt)? en \d+ dias\b/,
        /\b(?:ganar|ganas|ganes|sacar|sacas|sacar un extra de) (?:\$\s?)?\d[\d,.]*\s?(?:usdt|usd|dolares|euros|pesos)? (?:al|por|cada) (?:dia|semana)\b/,
        /\ben (?:un|una|\d+) (?:mes|semana|semanas|dias) (?:se )?(?:duplica|triplica)\b|\b(?:se )?(?:duplica|triplica) en (?:un|una|\d+) (?:mes|semana|semanas|dias)\b/,
        /\b\d+\s?% de (?:acierto|efectividad|exito)\b|\b(?:sus|mis|los) alumnos ganaron\b|\b(?:tasa de acierto|efectividad|porcentaje de exito) (?:de |del |superior al |mayor al )?\d+\s?%/,
        /\b(?:ingresos? pasivos?|ingreso extra|sacar un extra|libertad financiera|independencia financiera)\b/,
        /\b\d+\s?% de (?:acierto|aciertos|efectividad)\b|\bganaron (?:en promedio |de media )?(?:un )?\d+\s?%/,
      ],
      examples: { hit: ["el mentor tiene 94% de acierto", "sus alumnos ganaron en promedio 40%", 'con poco capital podés sacar un extra en dólares', 'eso de convertir 100 en 1000', 'tasa de acierto del 95%'], miss: ["el 50% de la clase aprobó", 'el súper duplicó el precio del aceite'] },
    },
    {
      key: 'invitation_to_invest',
      stage: 'pitch',
      weight: 1.5,
      any: [
        new RegExp(`\\b(?:deberias|podrias|puedes|podes|quieres|queres|te gustaria|te animas|le interesa|te interesa|por (?:que|q) no|vamos a|probemos)(?: \\w+){0,2} (?:probar|empezar|invertir|participar|entrar|unirte|abrir una cuenta|ganar)\\b(?: \\w+){0,5} (?:${INVEST}|${CRYPTO}|conmigo|juntos|con poco)\\b`),
        /\b(?:empieza|empeza|empiezas|empezas|empiece|empezar|comienza|comenza|comenzar|arranca|arrancar) (?:con|por) (?:[a-z]+,? ){0,2}(?:\$\s?)?\d[\d,.]*\s?(?:k|mil|usdt|usd|dolares|euros|pesos)?\b|\b(?:empieza|empeza|empiezas|empezas|empiece|empezar|comenzar|arrancar) (?:con|por) (?:un )?(?:poco|poquito|algo pequeno)\b/,
        /\bcon poco (?:capital|dinero|plata)\b|\bsi (?:pones|pone|pongas|invertis|inviertes) mas,? mas (?:ganas|gana|ganancia)\b/,
        /\b(?:ganar (?:dinero|plata)|invertir) juntos\b|\bpara nuestro futuro\b/,
        /\b(?:le pregunto si te puede incluir|te puede incluir)\b|\ble interesa (?:participar|invertir|unirse)\b/,
      ],
      examples: {
        hit: ['empezá con 1000 usd y vemos', 'ahora si ponés más, más ganás', 'Le interesa participar?', 'podríamos invertir juntos para nuestro futuro'],
        miss: ['deberías probar la paella de mi madre', 'avísame cuando empieces'],
      },
    },
    {
      key: 'investment_product',
      stage: 'pitch',
      weight: 1,
      any: [
        /\bcontratos? (?:de |a )?(?:\d+ )?segundos\b|\b(?:trading|operaciones) (?:de |con )?(?:contratos|futuros|opciones|apalancamiento|metales|oro)\b|\bapalancad[oa]s?\b/,
        /\b(?:mineria|pool|fondo) de liquidez\b|\bstaking\b|\bcontrato (?:de )?(?:btc|eth|bitcoin|sol)\b|\b(?:arriba|abajo|sube|baja)'? \d+ segundos\b|\ba \d+ segundos\b|\balta frecuencia\b/,
        /\b(?:bot|robot)s? (?:de trading|cuantitativo|de ia|de inteligencia artificial)\b|\btrading (?:cuantitativo|con ia|automatico)\b/,
        /\bxau(?:\/?usd)?\b|\bmt4\b|\bmt5\b|\bmeta ?trader\b|\barbitraje\b/,
        /\b(?:el|del|en|de) forex\b/,
        /\b(?:en|de) tu propia billetera\b|\bnunca sale de tu billetera\b|\bel nodo te paga\b|\bte conectas al nodo\b/,
      ],
      examples: { hit: ["dejas tus USDT en tu propia billetera y te conectas al nodo", 'trabajo en trading de metales, XAU/USD', 'bajate MetaTrader 5', 'la minería de liquidez paga cada día'], miss: ["perdí mi billetera en el bus", 'mi contrato de alquiler vence pronto', 'un collar de oro para mamá'] },
    },
    {
      key: 'pitch_urgency',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:solo|quedan|nada mas) (?:quedan )?(?:\d+|pocos|pocas|unos pocos) (?:cupos|lugares|plazas|puestos)\b/,
        /\bno (?:te )?(?:pierdas|dejes pasar|desaproveches) (?:esta|la|esa) (?:oportunidad|ocasion|chance)\b/,
        /\b(?:la )?(?:oportunidad|oferta|promocion|ventana) (?:termina|cierra|vence|se acaba)\b|\b(?:hoy es el )?ultimo dia para (?:invertir|entrar|depositar|unirte)\b/,
        /\bultima oportunidad\b|\b(?:el|los) cupos? se (?:cierra|cierran|acaba|acaban)\b|\bguarda el cupo\b|\bla oportunidad es (?:esta semana|hoy|ahora|manana)\b/,
        /\b(?:tienes|tenes|tiene|hay) (?:que|q) (?:depositar|invertir|pagar|entrar|decidir) (?:hoy|ya|ahora|antes de|rapido|cuanto antes)\b/,
      ],
      examples: { hit: ['solo quedan 3 cupos en el grupo VIP', 'no pierdas esta oportunidad'], miss: ['solo quedan 3 galletas jaja'] },
    },
    {
      key: 'exclusive_access',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\bplan (?:oro|vip|premium|platino|diamante|de crecimiento)\b|\b(?:grupo|canal|cuenta|nivel|miembros?) vip\d?\b|\bcanal privado\b|\b\d+\s?% de lo (?:que|q) (?:ganaste|ganes|ganas|gane)\b/,
        /\bcuenta institucional\b|\b(?:senales|acciones|cupo) (?:de |para )?(?:la )?(?:ipo|opv|salida a bolsa)\b|\bcopy ?trading\b/,
        /\bclases (?:gratis|gratuitas)\b.{0,40}\b(?:reputacion|profesor|inversion)\b|\b(?:el profesor|la profesora) (?:esta dando|da) (?:las )?clases\b/,
      ],
      examples: { hit: ['El profesor recomienda subir al plan Oro con 5.000 USDT', 'en el grupo VIP damos 5 señales al día'], miss: ['la sala vip del aeropuerto estaba bien'] },
    },
    {
      key: 'guilt_trip',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\bpense (?:que|q) (?:eras|fueras) (?:diferente|distint[oa])\b|\b(?:sos|eres) (?:igual|como) (?:que |q )?todos\b|\bdespues de todo lo (?:que|q) te (?:di|he dado|ayude)\b/,
        /\bno (?:confias|confias|confia) en mi\b|\bpor (?:que|q) no (?:confias|confia) en mi\b|\bconfias en mi\s*\?/,
        /\bno soy (?:un[a]? )?(?:estafador[a]?|ladron[a]?|mentiros[oa])\b|\b(?:me llamas|me dices|crees (?:que|q) soy) (?:un[a]? )?(?:estafador[a]?|ladron[a]?|mentiros[oa])\b/,
        /\bsolo (?:queria|quiero|intento|intentaba) ayudarte\b|\btu (?:primo|amigo|hermano|familia|novio|novia|esposo|esposa) (?:sigue|seguira|es) pobre\b|\blos ricos (?:toman|asumen) riesgos\b|\bse quedan pobres\b|\blo hago por (?:ti|vos|usted),? no por mi\b|\bno necesito tu (?:dinero|plata)\b|\bcambiar tu vida\b/,
      ],
      examples: { hit: ['después de todo lo que te di, sos igual que todos', 'Tu primo sigue pobre verdad?', 'solo quería ayudarte'], miss: ['confío en ti totalmente'] },
    },

    // ---------------- platform ----------------
    {
      key: 'platform_register',
      stage: 'platform',
      weight: 1.8,
      any: [
        /\btestflight\b|\.apk\b|\barchivo apk\b/,
        /\b(?:abrir|abre|abri|abra|crear|crea|creas|create|te creas|registrarte|registrate|te registras|registrese|descarga|descargar|descargate|bajate|baja|instala|instalar)\b(?: \w+){0,4} (?:app|aplicacion|plataforma|exchange|servidor)\b/,
        /\b(?:abrir|abre|abri|abra|crear|crea|creas|te creas) (?:una |tu |su )?cuenta (?:en|de) (?:la |esta |nuestra |mi )?(?:plataforma|app|aplicacion|exchange)\b/,
        /\b(?:la|esta|nuestra) plataforma (?:es |esta )?(?:regulada|segura|oficial|licenciada|confiable|legal)\b|\bplataforma (?:de nuestro socio|oficial|regulada|asociada)\b|\b(?:esta|es) regulada (?:en|por)\b/,
        /\bcodigo de (?:invitacion|referido|referencia)\b|\bbusca(?:r)? el servidor\b/,
      ],
      examples: {
        hit: ['Necesita abrir cuenta en la plataforma de nuestro socio', 'te registrás en la plataforma y el soporte te pasa la billetera', 'usa mi código de invitación 88AX'],
        miss: ['descarga las fotos del drive', 'me inscribí en la maratón'],
      },
    },
    {
      key: 'customer_service',
      stage: 'platform',
      weight: 2,
      any: [
        /\b(?:contacta|contacte|escribe|escribi|escriba|habla|hable|pregunta|preguntale|consulta)(?:le)? (?:con |a |al )?(?:el |la )?(?:servicio al cliente|atencion al cliente|soporte|servicio tecnico|agente|asesor de la plataforma)\b/,
        /\b(?:el )?(?:soporte|servicio al cliente|atencion al cliente)\b.{0,30}\b(?:te|le) (?:pasa|da|envia|manda|confirma|dara|pasara)\b|\b(?:direccion|billetera|wallet) (?:del|que te da el|q te da el) (?:servicio al cliente|soporte)\b|\bsoporte en el chat\b/,
        /\b(?:su|tu) (?:gestor|asesor|agente) (?:asignado|personal|de cuenta)\b|\bdireccion (?:que|q) (?:te|le) (?:da|de|dara|pase|pasa) (?:el|la|su|tu) (?:gestor|soporte|asesor|servicio|agente)\b/,
      ],
      examples: { hit: ['enviarlo a la dirección del servicio al cliente', 'lo enviás a la billetera q te da el soporte en el chat de la web'], miss: ['la atención al cliente del súper fue pésima'] },
    },

    // ---------------- deposit ----------------
    {
      key: 'buy_crypto',
      stage: 'deposit',
      weight: 2,
      any: [
        new RegExp(`\\b(?:compra|compras|compra|comprar|compre|consigue)(?: \\w+){0,2} (?:\\d[\\d,.]*\\s?)?(?:usdt|usdc|tether|btc|bitcoin|eth|cripto)\\b.{0,60}\\b(?:envia|enviar|enviarlo|enviala|envias|mandas|mandalo|manda|mandar|transfiere|transferir|deposita|depositar)\\b`),
        /\b(?:compra|compras|comprar|compre)\b.{0,40}\b(?:binance|p2p|exchange|coinbase|buda|bitso|lemon|kraken)\b.{0,40}\b(?:envia|enviar|enviarlo|envias|mandas|manda|mandalo|transfier\w*|deposit\w*)\b/,
        /\b(?:cargar|carga|recargar|recarga|recargue) (?:el )?saldo\b|\brecargar? (?:la )?cuenta\b/,
        /\b(?:direccion|billetera|wallet) (?:de deposito|de la plataforma|para (?:cargar|depositar))\b|\btrc ?-?20\b.{0,30}\b(?:envia|manda|deposit|transfer)|\b(?:envia|manda|deposit\w*|transfer\w*)\b.{0,30}\btrc ?-?20\b/,
      ],
      examples: {
        hit: ['comprás en Binance con pesos por P2P y lo enviás a la billetera', 'Para cargar saldo puede comprar USDT en Buda', 'esta es la dirección de depósito'],
        miss: ['compré pan y lo llevé a casa', 'mándamelo por correo'],
      },
    },
    {
      key: 'deposit_instructions',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\b(?:deposito|inversion|monto|aporte) minimo\b|\bminimo (?:de )?(?:\$\s?)?\d[\d,.]*\s?(?:k|mil|usdt|usd|dolares|euros|pesos|clp|mxn|cop|ars)?\b/,
        /\b(?:el deposito (?:es|se hace)|los depositos son|los depositos se hacen) (?:en|por|con) (?:usdt|cripto|bitcoin|transferencia)\b/,
        /\b(?:me|nos) (?:mandas|mandan|envias|envian|pasas|transferis|transfieres|depositas) (?:\w+ )?(?:por|en|a|via) (?:nequi|daviplata|bizum|mercado ?pago|yape|plin|transferencia|usdt|pix|zelle|paypal)\b/,
        /\b(?:deposita|depositar|depositen|deposite|agrega|agregar|pon|poner|mete|meter|transfiere|transferir) (?:otros |mas |al menos )?(?:\$\s?)?\d[\d,.]*\s?(?:k|mil|usdt|usd|dolares|euros)?\b.{0,30}\b(?:cuenta|saldo|billetera|plataforma|plan|bono)\b/,
        /\b(?:mandame|enviame|pasame) (?:la )?captura (?:cuando|despues|al)\b/,
        /\btransferencia a:? [a-z]+ [a-z]+ (?:sl|sa|llc|ltd|sas|sac)\b|\ba nombre (?:de|del) (?:la empresa|el asesor|el despacho|el tesorero)\b|\bte lo (?:reflejo|refleja|acredito|acredita) en (?:la plataforma|la app|tu cuenta)\b|\bcuenta (?:nequi |bancaria )?del tesorero\b/,
        /\b(?:el|al) (?:asesor|asesora|gestor|gestora)\b.{0,30}\b(?:compra|te compra|le compra) (?:los )?(?:usdt|cripto|bitcoin)\b|\bentramos (?:en compra|en venta|juntos)\b|\bprimera operacion juntos\b|\bbono (?:de|en|por) (?:los )?depositos?\b/,
        /\b(?:el )?minimo (?:es|son|de) (?:\$\s?)?\d[\d.,]{0,10}\s?(?:mil )?(?:usdt|usd|dolares|euros|pesos)\b|\bdeposito minimo\b/,
      ],
      examples: { hit: ["Transferencia a: Nordbridge Payments SL, IBAN ES63", "en cuanto llegue te lo reflejo en la plataforma", "manda el dinero al asesor y él compra los USDT por ti", "mañana a las 15:30 entramos en compra", "el mínimo es 10,000 usdt", 'Mínimo 500.000 CLP', 'el depósito es en USDT', 'Me mandas por Nequi o en USDT'], miss: ["el mínimo es que me avises", "transferencia a mi hermana hecha", 'el mínimo de la tarjeta es bajo', 'compra huevos de camino'] },
    },

    // ---------------- withdrawal ----------------
    {
      key: 'withdrawal_fee',
      stage: 'withdrawal',
      weight: 3.5,
      any: [
        /\b(?:impuesto|impuestos|comision|comisiones|tasa|tarifa|cargo|garantia|margen|deposito|multa|seguro|cuota)\b(?: \w+){0,8} (?:antes de|para|y (?:despues|luego)|y asi) (?:\w+ ){0,2}(?:retirar|sacar|liberar|desbloquear|cobrar|recibir (?:tu|su|el) dinero)\b/,
        /\b(?:retirar|retiro|sacar la plata|sacar el dinero)\b(?: \w+){0,8} (?:requiere|necesita|exige|hay (?:que|q) pagar|tienes (?:que|q) pagar|debe pagar|debes pagar|tenes (?:que|q) pagar)\b/,
        /\b(?:impuesto|comision|tasa) (?:de|por) retiro\b|\bretiro anticipado\b|\bimpuesto (?:a las ganancias|sobre (?:la|las) ganancias?|internacional)\b/,
        /\b(?:debe|debes|tenes q(?:ue)?|tienes q(?:ue)?|hay q(?:ue)?) pagar(?:se|la|lo)? (?:por separado|aparte|antes)\b/,
        /\b(?:lo|la) pagas? y (?:ya )?(?:puedes|podes|puede) retirar\b|\bcuando (?:pagues|pague|pagas) (?:el|la|los) (?:impuesto|comision|tasa|deposito|garantia)\b/,
      ],
      examples: {
        hit: ['Si retira antes del día 30 hay comisión por retiro anticipado del 10% y debe pagarse por separado', 'tienes que pagar el 20% de impuesto antes de retirar'],
        miss: ['binance cobra una pequeña comisión de red', 'hay que pagar el impuesto del coche en abril'],
      },
    },
    {
      key: 'account_frozen',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:cuenta|fondos|saldo|activos|retiro|billetera|dinero)\b(?: \w+){0,3} (?:esta |estan |fue |fueron |queda |quedo |sera )?(?:congelad[oa]s?|bloquead[oa]s?|suspendid[oa]s?|retenid[oa]s?|confiscad[oa]s?|en revision)\b|\b(?:cuenta|fondos|saldo)\b(?: \w+){0,2} se (?:congelara|congela|bloqueara|bloquea|confiscara)\b/,
        /\bbloqueara (?:la|su|tu) cuenta\b|\b(?:descongelar|desbloquear|liberar|activar) (?:la |su |tu )?(?:cuenta|fondos|saldo|retiro)\b/,
        /\bdeposito de (?:verificacion|garantia|seguridad|desbloqueo)\b|\b(?:verificacion|revision) (?:antilavado|de lavado)\b|\bno tiene margen suficiente\b/,
        /\b(?:garantia|deposito) de (?:verificacion|desbloqueo|seguridad)\b|\bcuenta (?:fue |ha sido |esta |quedo )?(?:marcada|restringida|limitada)\b|\b(?:congelo|bloqueo|congela|bloquea) (?:tu|su|la) cuenta\b|\bse cierra (?:definitivamente|para siempre)\b|\bcierre definitivo\b/,
      ],
      examples: {
        hit: ["Tu cuenta fue marcada por inconsistencia", "El sistema congeló tu cuenta", "si vas a la policía tu cuenta se cierra definitivamente", 'Requiere depósito de verificación de 20%', 'si no completa la verificación el sistema bloqueará la cuenta', 'su cuenta está congelada'],
        miss: ["la tienda cierra a las 9", 'se me congeló el móvil otra vez'],
      },
    },
    {
      key: 'pay_to_release',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:se libera|liberan|liberamos|se liberara|se desbloquea) (?:todo|el total|tus fondos|sus fondos|el dinero|la plata|el saldo)\b|\b(?:deposites|deposite|pagues|pague) y (?:liberan|se libera|te liberan)\b/,
        /\bno (?:se )?puede(?:n)? (?:descontar|deducir|pagar) del (?:saldo|beneficio|capital|las ganancias)\b|\b(?:es|son) reembolsables?\b/,
        /\byo tambien pague\b.{0,30}\b(?:saque|retire|la primera vez)\b|\b(?:despues|luego) ya no (?:piden|te piden|cobran) mas\b/,
        /\b(?:el deposito|la garantia|la comision|el pago) se (?:le |te )?devuelve\b|\bse (?:le |te )?devuelve (?:junto )?con el retiro\b|\b(?:antilavado|anti ?blanqueo)\b/,
        /\bregulaciones de (?:singapur|hong ?kong|dubai|la plataforma)\b/,
        /\b(?:yo )?tambien (?:lo |la )?(?:pague|tuve (?:que|q) pagar(?:lo|la)?)\b|\ba mi (?:me )?(?:paso|toco) (?:igual|lo mismo)\b.{0,60}\b(?:pague|retiro|comision|impuesto|deposito)\b/,
        /\b(?:devuelve|devuelven|devolvera|devolveran|reembolsa\w*|regresa\w*) (?:todo )?(?:junto )?(?:con|al) (?:tu|su|el) (?:saldo|retiro|ganancias?|capital)\b|\bdevuelven (?:con )?todo\b|\b(?:junto|todo junto) con (?:la comision|tu saldo|su saldo|el retiro)\b|\bse suma (?:a|al) (?:tu|su) saldo\b|\bretiras? todo junto\b/,
        /\bsub(?:ir|es|e|a|as) (?:a |de )?nivel (?:\w+|\d)\b.{0,40}\b(?:deposit\w*|recarg\w*|usdt|pag\w*)|\b(?:deposit\w*|recarg\w*)\b.{0,40}\bsub(?:ir|es|e) (?:a |de )?nivel\b|\bsupera el limite de (?:tu|su) nivel\b/,
        /\bcomision de (?:liquidacion|retiro|desbloqueo|liberacion)\b|\bqueda liberad[oa]\b|\b(?:fondo|dinero|deposito|pago) extern[oa]\b|\btiene (?:que|q) (?:venir|ser) de (?:una cuenta|fondos?) (?:tuya|suya|externa|nuev[oa])\b/,
        /\btiene (?:que|q) venir de fuera (?:para (?:comprobar|verificar|demostrar)|de la plataforma|de otra cuenta)\b|\bsub(?:ir|es|e) (?:a |de )?nivel \d\b.{0,30}\b(?:pasar|meter|poner|mandar|depositar|recargar)\b/,
      ],
      examples: {
        hit: ["tiene que venir de fuera para comprobar que eres la titular", "para subir a nivel 2 te conviene pasar 1.500 más", "Yo también lo pagué la primera vez", "se te devolverá junto con tu saldo total", "debes subir a nivel Oro con un depósito adicional", "tiene que venir de una cuenta tuya, fondo externo", 'Son 148 USDT, después se libera el total', 'mi tío dice q deposites y liberan todo', 'yo también pagué cuando saqué la primera vez'],
        miss: ["tiene que venir de fuera de la ciudad", "te devuelvo el libro mañana", "subí de nivel en el juego jaja", 'pagué la luz ayer'],
      },
    },
    {
      key: 'withdrawal_pressure',
      stage: 'withdrawal',
      weight: 1.5,
      any: [
        /\b(?:pide|pedi|pidele|pidas|pedir|pedile) (?:plata |dinero )?prestad[oa]\b|\b(?:fijate|mira|busca) si alguien te presta\b|\bpide(?:le)? un prestamo\b|\bsaca(?:r)? un prestamo\b/,
        /\bsi no (?:pagas|pagan|paga|depositas|deposita|completas|completa)\b.{0,40}\b(?:perdes|pierdes|pierde|perderas|perdera|perdido|bloquea\w*|congela\w*)\b|\b(?:perdes|pierdes) todo\b/,
        /\byo pongo\b.{0,20}\bde mi parte\b|\bconsigue lo (?:que|q) puedas\b/,
        /\bte presto (?:la mitad|una parte|el resto|algo)\b|\bvende(?:s)? algo\b/,
        /\bpid(?:a|e|an|ele) prestado\b|\bpedir prestado\b|\bno (?:lo|la|los) (?:deje|dejes|dejen) perder\b/,
      ],
      examples: { hit: ["Pida prestado a un familiar", "Tiene 72 horas, no lo deje perder", 'fijate si alguien te presta, si no perdés todo', 'Pide prestado a tu cucha o vende algo'], miss: ["me prestas tu lápiz?", 'me prestas tu escalera?'] },
    },
    {
      key: 'credit_score',
      stage: 'withdrawal',
      weight: 3,
      any: [/\b(?:baja|bajo|sube|subir|subio) (?:el |tu |su )?(?:puntaje|puntuacion)\b|\bsubirlo a 100\b/, /\b(?:puntaje|puntuacion|puntos|calificacion) de credito\b.{0,60}\b(?:retir|cuenta|plataforma|deposit)|\b(?:retir\w*|cuenta)\b.{0,60}\b(?:puntaje|puntuacion|puntos) de credito\b/,
        /\brestaur\w* (?:el |tu |su )?(?:credito|puntaje|puntos)\b/,
      ],
      examples: { hit: ["si restauras el crédito te devuelven todo", 'su puntuación de crédito es baja, deposite para poder retirar', 'eso baja el puntaje, tienes q depositar para subirlo a 100'], miss: ["restauré la foto vieja", 'mi puntaje de crédito subió al pagar la tarjeta'] },
    },

    // ---------------- recovery ----------------
    {
      key: 'recovery_offer',
      stage: 'recovery',
      weight: 2.5,
      any: [
        /\b(?:recuperar|recuperamos|recuperaremos|recupere|rescatar) (?:tu |su |el |los |todo (?:tu |su |el )?)?(?:dinero|plata|fondos|inversion|activos|cripto\w*|usdt|bitcoin)(?: perdid[oa]s?| robad[oa]s?| estafad[oa]s?)?\b/,
        /\brecuperacion de (?:fondos|activos|dinero|cripto\w*)\b|\bhacker etico\b|\bforense (?:blockchain|digital)\b/,
        /\b(?:honorarios|tarifa|comision|tasa) (?:de|por) (?:recuperacion|rastreo|gestion legal|abogado|tramite)\b/,
        /\brecuperacion (?:financiera|de criptomonedas|de estafas)\b|\bfondos perdidos\b|\b(?:gastos|honorarios|tasas) (?:de (?:gestion|apertura|tramite)|judiciales)\b|\b(?:pagaderos?|pagar|cobramos) por adelantado\b|\babrir el expediente\b|\bhonorarios de apertura\b/,
      ],
      examples: { hit: ["los gastos de gestión son de 500 USD pagaderos por adelantado", "ha identificado movimientos de sus fondos perdidos", 'podemos recuperar su dinero perdido en 48 horas', 'un hacker ético me devolvió todo'], miss: ["recuperé mis fotos perdidas", 'ya me recuperé de la gripe'] },
    },
    {
      key: 'victim_outreach',
      stage: 'recovery',
      weight: 2,
      any: [
        /\b(?:victimas? de|contactamos a las victimas|ayudamos a (?:las )?victimas)\b/,
        /\b(?:unidad|departamento|division|brigada|oficina|centro) (?:de|contra) (?:delitos|ciberdelitos|delitos financieros|fraudes?|estafas|recuperacion)\b/,
        /\b(?:numero de|su) (?:caso|expediente|denuncia)\b|\b(?:rastreamos|localizamos|encontramos) (?:sus|tus|los) fondos\b|\bfondos (?:localizados|rastreados|recuperados|congelados por la policia)\b/,
        /\b(?:bufete|despacho|abogados?|firma)\b.{0,30}\bespecializad\w* en (?:estafas|fraudes|recuperacion|cripto\w*)\b|\b(?:hemos|ya) rastreado\b|\brastrea(?:r|mos|n)? (?:las |los |la )?(?:transacciones|fondos|billeteras?)\b|\bperitos? en blockchain\b|\bcongelacion judicial\b|\bcongelar (?:los )?fondos\b|\bfondos rastreables\b/,
      ],
      examples: { hit: ["Somos un bufete especializado en estafas de criptomonedas", "Hemos rastreado la billetera que le robó", "un equipo de peritos en blockchain", 'Contactamos a las víctimas de la plataforma Hexamint', 'rastreamos sus fondos, número de caso 4471'], miss: ["rastreamos el paquete de Amazon", 'mañana tengo reunión del departamento de ventas'] },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      key: 'me_sent_money',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      any: [
        /\b(?:ya )?(?:mande|envie|deposite|transferi|pague|puse|invert[ií]|recargue|meti) (?:los |las |otros |el |mis |unos |como )?(?:\$\s?)?(?:\d[\d,.]*\s?(?:k|mil|usdt|usd|dolares|euros|pesos)?|usdt|cripto|plata|dinero|ahorros)\b/,
        /\bcompre \d[\d,.]* (?:usdt|usd|btc)\b.{0,30}\b(?:mande|envie)\b/,
      ],
      examples: { hit: ['listo, mande 1000 usdt', 'deposite 550 usdt', 'ya pague los 148'], miss: ['te mandé la foto'] },
    },
    {
      key: 'me_cannot_withdraw',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      any: [
        /\bno (?:puedo|pude|me deja|me dejan|logro) (?:retirar|sacar|cobrar)\b|\bpor (?:que|q) no puedo (?:retirar|sacar)\b/,
        /\bme (?:piden|pide|dicen q(?:ue)? tengo q(?:ue)?) (?:pagar|depositar|un[a]? (?:impuesto|comision|deposito|garantia))\b/,
      ],
      examples: { hit: ['me dicen q tengo q pagar una comisión del 15% antes', 'no puedo retirar mi dinero'], miss: ['voy a sacar plata del cajero'] },
    },

    // ---------------- task scams ----------------
    {
      key: 'task_job_offer',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:dar|das|da|dale|les das|le das|poner|pones|darle) (?:un |los )?(?:like|likes|me gusta|manito)\b.{0,40}\b(?:videos?|publicaciones|posts?|youtube|tiktok|instagram|links?|enlaces)\b.{0,80}\b(?:pago|pagamos|pagan|ganas|ganar|comision|cobras|cobrar|soles|pesos|dolares|euros|usdt)\b/,
        /\b(?:calific\w*|valor(?:ar|as|a|ando)|evalu(?:ar|as|a|ando)|resenar|resenas|puntu(?:ar|as|a|ando)) (?:\w+ ){0,2}(?:hoteles?|productos?|apps?|aplicaciones|restaurantes|peliculas|videos|tiendas)\b.{0,80}\b(?:comision(?:es)?|ganas|ganar|gana|pago|pagan|cobras|salario|sueldo|por dia|al dia|diarios?)\b/,
        /\bcomision(?:es)? (?:por|de|en) (?:cada )?(?:tarea|pedido|orden|valoracion|calificacion|resena|like|video|mision)\b|\b(?:cada|por) (?:tarea|valoracion|calificacion|resena|like) (?:te )?(?:da|paga|pagan|ganas|vale)\b/,
        /\b(?:tareas|misiones|trabajitos) (?:en linea|online|simples|sencillas|faciles|diarias|pagadas|remuneradas|desde (?:casa|el celular|el movil|tu celular))\b.{0,80}\b(?:comision(?:es)?|ganas|ganar|pago|pagan|cobras|sueldo|salario|por dia|al dia|diarios?)\b/,
        /\b(?:medio tiempo|tiempo parcial|part ?time|trabajo (?:desde casa|remoto|online|en linea|desde (?:el|tu) (?:celular|movil|telefono))|desde (?:tu|el) (?:celular|movil))\b.{0,80}(?:(?:[$€]|s\/)\s?\d[\d.,]{0,8}|\b\d[\d.,]{0,8}\s?(?:dolares|euros|pesos|soles|usd|usdt|lucas|mil))(?:\s?(?:-|a)\s?(?:[$€]|s\/)?\s?\d[\d.,]{0,8}\s?(?:dolares|euros|pesos|soles|usd|usdt)?)?\s?(?:al|por|cada|\/) ?dia\b/,
        /\b(?:ganar|ganas|gana|ganan|cobras?|pagamos) (?:hasta |entre |de )?(?:(?:[$€]|s\/)\s?)?\d[\d.,]{0,8}(?:\s?(?:-|a|y)\s?(?:[$€]|s\/)?\s?\d[\d.,]{0,8})?\s?(?:dolares|euros|pesos|soles|usd|usdt)?\s?(?:al|por|cada) dia\b.{0,80}\b(?:minutos|horas al dia|celular|movil|medio tiempo|tiempo parcial|tareas|sin experiencia)\b/,
        /\b(?:rrhh|recursos humanos|reclutador\w*|reclutamiento|seleccion de personal|headhunter)\b.{0,100}\b(?:medio tiempo|tiempo parcial|part ?time|tareas|comision(?:es)?|por dia|al dia|pago diario|desde (?:casa|el celular|tu celular))\b/,
        /\b(?:vimos|recibimos|tenemos|encontramos|revisamos) (?:tu|su) (?:cv|curriculum|hoja de vida|perfil)\b.{0,100}\b(?:medio tiempo|tiempo parcial|part ?time|tareas|comision(?:es)?|por dia|al dia|desde casa|horario flexible)\b/,
        /\boptimizacion de (?:datos|productos|pedidos|apps?|aplicaciones|ranking)\b|\b(?:posicionamiento|visibilidad|ranking) de (?:los |las )?(?:hoteles|productos|comerciantes|tiendas|apps)\b/,
      ],
      examples: {
        hit: [
          'Hola! vimos tu CV en Computrabajo, tenemos un trabajo de medio tiempo desde el celular, ganas 50 dólares al día',
          'solo les das like a unos videos de youtube y te pagamos 3 dólares por cada uno',
          'el trabajo es calificar hoteles en la app, ganas comisión por cada valoración, unos 30 minutos',
          'tareas online sencillas, pago diario, sin experiencia 💸',
        ],
        miss: [
          'Buenas, soy reclutadora de una empresa de logística, el puesto es de analista con sueldo anual y entrevista el martes',
          'los findes manejo Uber y saco unos pesos extra',
          'dale like a mi foto jaja',
          'le puse una reseña de 2 estrellas a la licuadora en Amazon',
        ],
      },
    },
    {
      key: 'prepaid_task',
      stage: 'deposit',
      weight: 2.5,
      any: [
        /\b(?:tarea|pedido|orden|producto|paquete|set) (?:combinad[ao]|combo|fusionad[ao]|premiad[ao]|de la suerte|dorad[ao])\b|\bte (?:toco|salio|cayo) (?:un |una )?(?:combo|combinad[ao])\b/,
        /\b(?:recarg|deposit|tarea|pedido|orden|combo|complet)\w*\b.{0,80}\bsaldo (?:es |esta |queda |quedo |aparece |sale |en )?(?:negativo|-\s?[$€]?\s?\d)|\bsaldo (?:es |esta |queda |quedo |aparece |sale |en )?(?:negativo|-\s?[$€]?\s?\d).{0,80}\b(?:recarg|deposit|tarea|pedido|orden|combo|complet)/,
        /\b(?:prepag\w*|pago anticipado|adelantar el pago|adelantas el pago)\b.{0,40}\b(?:tareas?|pedidos?|ordenes|comision(?:es)?|mision(?:es)?)\b|\b(?:tareas?|pedidos?|ordenes) prepagad[ao]s?\b/,
        /\b(?:completa|completar|completas|completes|termina|terminar|terminas|termines|finaliza|finalizar) (?:\w+ ){0,3}(?:tareas?|pedidos?|ordenes|set|conjunto|ronda|serie)\b.{0,50}\b(?:retir\w*|cobrar|cobras|sacar (?:tu|el|su) (?:dinero|sueldo|salario|plata))/,
        /\b(?:recarga|recargar|recargas|recargues|deposita|depositar|depositas)\b.{0,40}\bpara (?:continuar|desbloquear|completar|terminar|seguir|liberar|cobrar) (?:\w+ ){0,2}(?:tareas?|pedidos?|ordenes|comision(?:es)?|sueldo|salario)\b|\b(?:recarg|deposit)\w*\b.{0,60}\b(?:nivel|vip)\b.{0,40}\bcomision|\bcomision(?:es)?\b.{0,40}\b(?:nivel|vip)\b.{0,40}\b(?:recarg|deposit)\w*/,
        /\b(?:tarea|mision) (?:especial|de bienestar|del comerciante|grupal|de grupo)\b.{0,60}\b(?:pagas|paga|adelantas|adelanta|depositas|deposita|recargas|recarga|recibes)\b/,
        /\btarea (?:de )?combinacion\b|\b(?:tarea|orden)\b.{0,30}\bdevuelve (?:s\/ ?|\$ ?)?\d/,
        /\brecargar saldo\b.{0,60}\b(?:tareas?|hoteles|sistema|comision)\b|\bla recarga (?:vuelve|se devuelve|te la devuelven)\b|\bte devuelve \d[\d.,]{0,8} ?\+ ?\d/,
      ],
      examples: {
        hit: ["solo tienes que recargar saldo antes para que el sistema te asigne hoteles", "Empieza con 100 €, al terminar te devuelve 100 + 38 de comisión", "le van a dar la tarea de combinación", "la siguiente tarea es de 800, te devuelve 1,040", 
          'te tocó un pedido combinado, tu saldo quedó negativo, recarga 300 para continuar',
          'deposita 100 USDT para empezar las tareas prepagadas',
          'completa las 3 tareas que faltan y ya puedes retirar tu sueldo',
          'si recargas 200 subes a nivel VIP y la comisión se duplica',
        ],
        miss: ["tengo que recargar saldo del celular", "la tarea de mate es difícil", 
          'me recargas el celular? me quedé sin saldo',
          'en el restaurante piden un depósito de 50 por el uniforme, es normal?',
          'compré gemas en el juego otra vez jaja',
          'termina la tarea de mate y vamos al parque',
        ],
      },
    },
    // ---------------- signs of innocence ----------------
    {
      key: 'scam_awareness',
      stage: 'hook',
      weight: -2,
      any: [
        /\b(?:es|eso es|esto es|parece|suena a|huele a|seguro es|claramente|obviamente|total) (?:una |un )?(?:estafa|fraude|timo|cuento del tio)\b/,
        /\b(?:las estafas (?:son|de)|(?:paginas?|plataformas?|apps?|webs?) (?:truchas?|falsas?)|(?:el|la|un|una) tipic[oa] (?:grupo|estafa|cuento|caso))\b/,
        /\bmatanza de cerdos\b|\bpig ?butchering\b|\b(?:no es real|no caigan|no caigas|para (?:que|q) no caigan)\b/,
        /\b(?:me|le|nos|te|la|lo|los) (?:estafaron|timaron)\b|\b(?:fue|fui|fuimos) (?:estafad[oa]s?|victimas?)\b/,
        /\b(?:denunciar|denuncialo|denuncia|denuncie|reportar|reportalo)\b.{0,30}\b(?:policia|fiscalia|banco|plataforma|app)\b/,
        /\b(?:bloquealo|bloqueala|bloquea(?:lo|la)?|bloquee) (?:a (?:ese|esa|ese numero)|ese numero|ya)\b|\bte bloqueo\b/,
      ],
      examples: { hit: ['eso es una estafa, bloquéalo ya', 'les comparto esto para q no caigan', 'a mi tía la estafaron el año pasado'], miss: ['confía en mí, esta plataforma es segura'] },
    },
  ],


  reporting: [
    /(?:^|\s)[a-z]+(?: [a-z]+)?:\s?['"“«‘]|\b(?:me llego|recibi|le llego|me mandaron|me escribieron) (?:este|esta|estos|un|una|el mismo|lo mismo)\b[^.!?]{0,30}:/,
    /\breenviad[oa]s?\b|\b(?:les|te|os|se lo) reenvio\b|\breenvio (?:esto|este)\b|\b(?:les|te) (?:paso|comparto) (?:esto|este mensaje)\b/,
    /\b(?:me|le|nos|les) (?:llego|llegaron|mandaron|enviaron|escribieron) (?:un|una|este|esta|estos|estas|el mismo|la misma) (?:\w+ ){0,2}(?:mensaje|sms|mail|correo|whatsapp|audio)s?\b|\b(?:recibi|recibio|recibimos) (?:un|una|este|esta) (?:\w+ ){0,2}(?:mensaje|sms|mail|correo)\b/,
    /\b(?:el|ella|ellos|ellas|alguien|un tipo|una tipa|una chica|un chico|una mujer|un hombre|una senora|un senor|esa persona|ese tipo|esa chica|ese chico|un desconocido|una desconocida) (?:me |le |les |te )?(?:dijo|dice|decia|escribio|escribe|pidio|pide|insiste|quiere que|aseguraba|asegura|mando|manda)\b/,
    /\bun[a]? (?:companer[oa]|amig[oa]|conocid[oa]|vecin[oa]|colega|tipo|chica|chico|senor|senora)\b.{0,40}\b(?:me|le|nos) (?:dijo|dice|recomendo|recomienda|insiste|escribio|pidio)\b/,
    /\b(?:le|les|me|nos) (?:decian|decia|escribian|pedian|prometian|ofrecian)\b|\b(?:te|les) (?:escriben|dicen q(?:ue)?|piden|prometen|ofrecen|hacen)\b/,
    /\b(?:estafa|estafas|estafador|estafadores|fraude|fraudes|timo)\b.{0,40}\b(?:dicen|dijo|piden|usan|escriben|prometen|hacen)\b/,
    /\bningun[a]? (?:plataforma|banco|exchange|empresa|broker|policia|abogad[oa])\b.{0,40}\b(?:pide|cobra|exige|piden|cobran)\b/,
    /\b(?:noticia|articulo|video|reportaje|documental|nota) (?:sobre|de|acerca de)\b/,
    /\b(?:es|sera|suena) (?:normal|legal|real|confiable|una estafa) (?:esto|eso)\s*\?|\besto es (?:normal|legal|real|una estafa)\s*\?/,
    /\bmi (?:mama|madre|papa|padre|abuela|abuelo|tia|tio|hermana|hermano|amiga|amigo|prima|primo|vecina|vecino|companera|companero|esposa|esposo)\b.{0,40}\b(?:le escribieron|la agregaron|lo agregaron|la estafaron|lo estafaron|le paso|perdio)\b/,
  ],
};
