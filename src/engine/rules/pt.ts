import type { RuleSet } from './types.ts';

// Brazilian Portuguese rules. Patterns run on folded text: lower case, no
// accents ("nao", "voce", "deposito", "saque"); chat shorthand ("vc", "q",
// "pra", "tb", "hj") is written into the patterns. Weights are hand-set
// starting values; the corpus fit replaces them.
const APP = '(?:whats ?app|whats|zap|zapzap|wpp|telegram|telegran|tg|line|wechat|signal|insta|instagram)';
const CRYPTO = '(?:usdt|usdc|tether|cripto(?:s|moedas?|ativos?)?|bitcoins?|btc|eth|ethereum|moedas)';
const INVEST = '(?:invest\\w*|trade|trading|operar|opera\\w*|lucr\\w*|ganhar|rend\\w*|retorno|dinheiro|grana|forex|ouro|acoes|cripto\\w*|mercado)';
// An amount with its unit: "R$ 2.000", "9 mil reais", "500 usdt", "27%".
const AMOUNT = '(?:r?[$€]\\s?\\d[\\d,.]*\\s?(?:k|mil)?|\\d[\\d,.]*\\s?(?:k|mil|reais|conto|usdt|usd|dolares|euros|btc|%|por ?cento)(?: reais| dolares| euros)?)(?!\\w)';
const KIN = '(?:tia|tio|primo|prima|irmao|irma|pai|mae|avo|padrinho|madrinha|mentor|mentora|professor|professora|prof|chefe|antigo chefe|ex[- ]chefe|colega|amigo|amiga|cunhado|cunhada)';

export const pt: RuleSet = {
  locale: 'pt',
  // Common Portuguese words and chat shorthand, so these rules run once a conversation shows Portuguese.
  detect:
    /\b(?:voce|voces|vc|vcs|nao|meu|minha|pra|muito|obrigad[oa]|oi+e*|ola|tudo|bem|tambem|tb|tbm|kk+|isso|ele|ela|hj|aqui|agora|quero|tenho|seu|sua|nossa|gente|entao|bom dia|boa tarde|boa noite|desculpa|dinheiro|grana|dos|pelo|pela|ao|aos|sao|esse|essa|depois|tem|vai|ser|senhor|senhora|uma|fazer|estou|e ai|saque|levantamento|corretora|liberacao|prezad[oa]|minimo e)\b/,
  rules: [
    // ---------------- hook ----------------
    {
      key: 'wrong_number',
      stage: 'hook',
      weight: 1,
      opening: true,
      any: [
        /\b(?:numero|contato|pessoa) errad[oa]\b|\bfoi engano\b|\berrei (?:o numero|de numero|a pessoa|o contato)\b|\bmandei (?:pra|para|pro) (?:a |o )?(?:pessoa|numero|contato) errad[oa]\b/,
        /\b(?:me passou|me passaram|me deu|me deram|anotei|salvei) (?:o (?:seu )?numero |seu numero )?errad[oa]\b|\b(?:cartao|agenda)\b.{0,30}\bnumero errado\b/,
        /\b(?:e|eh|fala com|falo com) (?:a |o )?(?:sr\.? |sra\.? |dr\.? |dra\.? |dona |seu )?[a-z]+\s*\?/,
        /\bobrigad[oa] por (?:responder|avisar)\b|\btem gente (?:que|q) nem responde\b|\b(?:e|eh|aqui e) (?:a|o) [a-z]+ d[ao] (?:academia|escola|trabalho|igreja|faculdade|clinica|escritorio|consultorio)\b/,
        /\bconfirmad[oa] (?:a |o )?(?:reuniao|consulta|visita|horario|entrega)\b|\b(?:confirmo|confirmando) (?:a |sua |o seu )?(?:reuniao|consulta|horario)\b/,
      ],
      examples: {
        hit: ['obrigada por responder, tem gente que nem responde né', 'aiii desculpa, número errado então 😅 ela me passou errado', 'é a Carla?', 'Bom dia Sr. Ricardo, confirmada a reunião amanhã às 10h no escritório?'],
        miss: ['te vejo às 5', 'é longe daqui?'],
      },
    },
    {
      key: 'fate',
      stage: 'hook',
      weight: 1,
      any: [/\b(?:nao foi|nao e|nada e) (?:por )?acaso\b|\b(?:foi|e|deve ser|coisa do|acredito no) (?:o )?destino\b|\bo destino (?:nos )?(?:uniu|juntou|quis)\b/],
      examples: { hit: ['talvez não foi por acaso 😊', 'acho que foi o destino'], miss: ['qual o destino da viagem?'] },
    },
    {
      key: 'far_away_job',
      stage: 'hook',
      weight: 0.7,
      any: [
        /\b(?:trabalho|moro|estou|vivo|passo (?:metade do ano|uns meses)|sou) (?:\w+ ){0,2}(?:em|no|na|num|numa|de) (?:singapura|dubai|hong ?kong|kuala lumpur|malasia|taiwan|taipei|xangai|shenzhen|macau|catar|plataforma de petroleo|navio|alto mar)\b/,
        /\bengenheir[oa] offshore\b|\b\d+ dias embarcad[oa]\b|\btrabalho embarcad[oa]\b|\bsou de (?:hong ?kong|singapura|taiwan|xangai|dubai)\b/,
      ],
      examples: { hit: ['trabalho em Dubai faz 3 anos', 'moro em Fortaleza mas passo metade do ano em Dubai', 'sou de Hong Kong mas minha mãe é brasileira'], miss: ['fomos pra Dubai nas férias'] },
    },
    {
      key: 'profile_compliment',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      any: [/\b(?:adorei|amei|curti|vi) (?:o )?(?:seu|teu|seus|teus|suas|tuas) (?:perfil|fotos?|stories|posts?|reels)\b|\b(?:vc|voce) (?:parece|tem cara de) (?:ser )?(?:muito )?(?:gentil|legal|simpatic[oa]|empreendedor[a]?)\b/],
      examples: { hit: ['oii Gabriel! adorei seu perfil', 'vi seus stories em Jeri'], miss: ['viu minhas fotos da viagem?'] },
    },
    {
      key: 'group_add',
      stage: 'hook',
      weight: 1.5,
      opening: true,
      any: [
        /\b(?:foi|foram) adicionad[oa]s? (?:a|ao|no|na) (?:nosso |nossa )?(?:grupo|clube|canal|comunidade|turma)\b|\b(?:te|vc|voce) (?:adicionei|adicionamos|coloquei|colocamos) (?:no|ao|na) (?:grupo|clube|canal|turma)\b.{0,40}\b(?:investimento|investidores|acoes|cripto\w*|trading|sinais|professor|mentor)/,
        /\b(?:assistente|secretaria|auxiliar) d[oa] (?:professor|professora|prof|mentor|doutor|dr|analista)\b|\bgrupo (?:gratuito|vip|exclusivo) de (?:investimento|investidores|acoes|cripto\w*|trading)\b/,
        /\b(?:vi que|vi q) (?:vc|voce|o senhor|a senhora) (?:entrou|comentou|curtiu|se inscreveu|se cadastrou)\b.{0,40}\b(?:canal|grupo|post|anuncio)\b|\b(?:braco direito|equipe) d[oa] (?:mentor|dr|doutor|professor|prof)\b|\bse cadastrou no anuncio\b/,
        /\bseu numero (?:veio|saiu) de uma lista\b|\b(?:aulas|mentoria|curso) (?:sao |e |esta )?(?:gratuit[oa]s?|gratis)\b/,
      ],
      examples: { hit: ['Sou a Larissa, assistente do Professor Henrique. Vc foi adicionado ao grupo gratuito', 'Seu número veio de uma lista de interessados'], miss: ['te adicionei no grupo do churrasco'] },
    },

    // ---------------- rapport ----------------
    {
      key: 'pet_name',
      stage: 'rapport',
      weight: 0.4,
      any: [/\b(?:meu amor|amor|meu bem|querid[oa]|minha vida|meu lindo|minha linda|meu orgulho|(?:bom dia|boa noite|oi|oie) (?:lind[oa]|gat[oa]|princesa|vida))\b/],
      examples: { hit: ['bom dia meu amor', 'bom dia lindo ☀️', 'pede o saque pelo site amor'], miss: ['bom dia, tudo certo?', 'bebe água e come alguma coisa', 'que profissão linda'] },
    },
    {
      key: 'love_bombing',
      stage: 'rapport',
      weight: 1,
      any: [
        /\balma gemea\b|\bnosso futuro juntos\b|\bconstruir uma vida (?:com|junt)\b|\bnao paro de pensar em (?:vc|voce|ti)\b/,
        /\bnunca senti (?:isso|algo assim)\b|\b(?:vc|voce) e (?:a mulher|o homem|a pessoa) da minha vida\b|\bmeu futuro (?:marido|esposo)\b|\bminha futura (?:esposa|mulher)\b/,
      ],
      examples: { hit: ['quero construir uma vida com alguém que tenha estabilidade', 'acho que vc é minha alma gêmea'], miss: ['o futuro da empresa é incerto'] },
    },
    {
      key: 'secrecy',
      stage: 'rapport',
      weight: 2,
      any: [
        /\bnao (?:conta|fala|comenta|diz|conte|fale) (?:nada )?(?:pra|para|com|a) (?:sua |seu |seus |suas |a |o )?(?:familia|amig[oa]s?|filh[oa]s?|marido|esposa|mulher|namorad[oa]|banco|ninguem|gerente)\b/,
        /\bfica entre (?:a gente|nos|nos dois)\b|\b(?:e|eh) (?:nosso )?segredo\b|\bsegredo nosso\b/,
        /\b(?:sua familia|seus amigos|o banco|seu gerente) nao (?:vai|vao) entender\b/,
      ],
      examples: { hit: ['mas não conta pra ninguém tá', 'não fala nada pra sua família ainda, fica entre a gente'], miss: ['conta pra sua mãe que mandei beijo', 'não fala assim kkk'] },
    },
    {
      key: 'trading_lifestyle',
      stage: 'rapport',
      weight: 0.8,
      any: [
        /\btrabalho com (?:analise de investimentos|investimentos?(?: descentralizados)?|trading|trade|mercado financeiro|mercado de (?:ouro|cripto|acoes)|cripto\w*|consultoria financeira)\b/,
        /\b(?:vivo|me sustento) (?:de|com) (?:investimentos|trade|trading|cripto)\b|\bme da muita liberdade\b|\bhj vivo disso\b|\bhoje vivo disso\b|\bno meu tempo livre (?:eu )?(?:opero|invisto|faco trade)\b|\b(?:e|eh) o que me sustenta\b|\bsou trader ha \d+ anos\b/,
        /\bvivo de (?:um )?(?:robo|trading|investimentos|cripto)\b|\bsou trader\b|\binvisto ha (?:anos|\d+ anos)\b|\btrabalho com (?:investimentos|mercado de ouro|trading|cripto)/,
      ],
      examples: { hit: ["Hoje vivo de um robô de IA", "sou trader há 6 anos", "trabalho com investimentos descentralizados", 'trabalho com análise de investimentos numa empresa de lá', 'eu trabalho com investimentos descentralizados'], miss: ["trabalho com vendas", 'trabalho com vendas numa loja'] },
    },

    // ---------------- off_platform ----------------
    {
      key: 'move_off_platform',
      stage: 'off_platform',
      weight: 1.2,
      any: [
        new RegExp(`\\b(?:me passa|passa|me da|manda|me manda) (?:o |teu |seu )?(?:seu |teu )?(?:${APP}|numero|telefone|contato|cel)\\b`),
        new RegExp(`\\b(?:me chama|me chame|me add|me adiciona|me adicione|me procura|fala comigo) (?:no|pelo|por|la no) ${APP}\\b`),
        new RegExp(`\\b(?:vamos|bora|podemos|melhor) (?:conversar|falar|continuar|trocar ideia) (?:no|pelo|por) ${APP}\\b|\\bmeu ${APP} (?:e|eh)\\b`),
        new RegExp(`\\b(?:tem|usa|voce tem|vc tem|vc usa) ${APP}\\s*\\?`),
        /\bquase nao (?:entro|uso|abro) (?:aqui|esse app|este app|essa rede|o app)\b|\b(?:aqui|esse app) (?:quase )?nunca (?:entro|uso)\b|\b(?:o app|o tinder|o insta|instagram) (?:apaga|some com|bloqueia) as mensagens\b/,
        /\b(?:continuar|falar|conversar) (?:por aqui )?(?:no|pelo|por) (?:whats\w*|zap|telegram)\b|\bpensou (?:sobre|no) (?:o )?(?:whats\w*|zap|telegram)\b/,
      ],
      examples: { hit: ["vou continuar por aqui no WhatsApp, que é mais prático", "Já pensou sobre o WhatsApp?", 'quase não entro aqui, me chama no whats?', 'me passa seu zap?', 'vamos conversar pelo telegram'], miss: ["falar com o gerente", 'me passa o sal', 'mandei no whats ontem'] },
    },

    // ---------------- wealth ----------------
    {
      key: 'relative_analyst',
      stage: 'wealth',
      weight: 2.5,
      any: [
        new RegExp(`\\b(?:meu|minha) ${KIN}(?: \\w+){0,6} (?:e|eh|era|foi|trabalha como|trabalha em|trabalha num|trabalha numa) (?:um |uma |num |numa |o |a )?(?:\\w+ )?(?:analista|trader|gestor[a]?|estrategista|operador[a]?|especialista em (?:investimentos?|bolsa|cripto\\w*|mercado))`),
        new RegExp(`\\b(?:meu|minha) ${KIN}(?: \\w+){0,3} (?:me )?(?:passa|passou|manda|mandou|da|deu|compartilha) (?:os |as |uns |umas |um |uma |o |a )?(?:sinal|sinais|dados|informac\\w*|dicas?|entradas|analises)\\b`),
        /\b(?:ela|ele) (?:e|eh) (?:analista|gestor[a]?|trader|estrategista)\b(?: \w+){0,2} (?:de|do|da|num|numa|em) (?:um |uma )?(?:banco|gestora|fundo|corretora|mercado|cripto\w*)\b|\bsabe quando o mercado vai (?:subir|cair)\b/,
        /\binformac(?:ao|oes) (?:privilegiad|intern|de dentro)\w*\b|\bdados (?:privilegiados|internos)\b/,
        /\be analista (?:senior|chefe)\b|\btem acesso a informacoes\b.{0,30}\b(?:antes do mercado|privilegiad\w*|institucional)\b/,
        /\b(?:tem|recebe) (?:os )?dados do mercado antes\b/,
      ],
      examples: {
        hit: ["meu tio tem os dados do mercado antes", "É analista sénior num banco em Hong Kong", "o professor tem acesso a informações de fluxo institucional antes do mercado", 'meu tio é analista num banco de investimento em Hong Kong, ele me passa os sinais', 'minha tia me passou um sinal'],
        miss: ["tem os dados do censo", "ela é analista de RH", 'minha tia é enfermeira', 'meu tio passou aqui ontem'],
      },
    },
    {
      key: 'mentor_pedigree',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\b(?:professor|prof|mentor|tio|tia|doutor|dr|chefe|ele|ela)\b.{0,60}\b(?:faria lima|wall street|goldman|jp ?morgan|gestor de fundos?|gestora de fundos?|banco de investimento|fundo de investimento|\d+ anos de (?:experiencia|mercado))\b/,
        /\b(?:um|o) metodo com (?:meu|minha) (?:antigo chefe|ex[- ]chefe|mentor|tio|tia)\b|\bindice de acerto\b|\b\d+\s?% de (?:acerto|assertividade)\b/,
      ],
      examples: { hit: ['O professor foi gestor de fundos na Faria Lima por 18 anos', 'tenho um método com meu antigo chefe'], miss: ['meu chefe me deu folga hoje'] },
    },
    {
      key: 'showing_gains',
      stage: 'wealth',
      weight: 1.2,
      any: [
        new RegExp(`\\b(?:ganhei|lucrei|fiz|tirei|faturei|fechei (?:o mes|a semana|o dia) com) (?:uns |umas |quase |mais de |tipo |so )?${AMOUNT}.{0,40}\\b(?:hoje|hj|ontem|essa semana|esse mes|no mercado|na bolsa|de lucro|em (?:uma|um|\\d+) (?:hora|horas|dia|dias|minutos|min|operac\\w*)|em (?:cripto\\w*|bitcoin|ouro|acoes|forex|usdt|day ?trade)|com (?:o |a )?(?:${INVEST}|${CRYPTO}|sinal))`),
        /\bfechei o mes com (?:r[$s]\s?)?\d[\d,.]*\s?(?:k|mil)?\b|\blucro de \d[\d,.]*\s?% em \d+ min/,
        /\b(?:to|estou|tou|tô) ganhando (?:uns |umas |tipo |quase )?\d|\b(?:rendeu|lucrou|lucrei) (?:r[$s]\s?)?\d[\d,.]*.{0,20}\b(?:essa semana|hoje|hj|esse mes|no mes|por dia)\b|\+\s?r[$s]\s?\d/,
        /(?:^|\s)\+\s?\d[\d,.]*\s?% (?:aqui|hoje|hj)\b|\b(?:resultado do dia|olha o resultado)\b/,
        /\[(?:print|foto|screenshot|captura)[^\]]{0,80}(?:\+\s?(?:r[$s]\s?)?\d|\b(?:saldo|lucro|rendimento|ganho|recompensa|pix recebido)\b)/,
        /\b(?:ja )?tirei (?:uns |umas )?\d[\d.,]{0,8}\s?(?:mil|k|reais|usdt)\b|\bfechei (?:o |a |uma )?(?:\w+ ){0,2}com \+\s?\d|\b(?:rendeu|lucrei|ganhei|faturei)\s(?:r[$s]\s?)?\d[\d.,]{0,8}\s?(?:%|mil|reais|usdt|k)?\s(?:essa semana|esta semana|esse mes|este mes|mes passado|hoje|ontem)\b|\b(?:mes passado|essa semana|esse mes) (?:o robo )?rendeu\b/,
        /\b(?:hoje |hj )?vivo disso\b|\bme sustenta\b|\b(?:operacoes|investimentos|robo|trading)\b.{0,30}\bpagam (?:as )?(?:minhas )?contas\b|\btudo pago com (?:os )?investimentos\b|\bquitei\b.{0,40}\bcom (?:isso|o robo|o trading|as operacoes)\b|\bso com (?:o )?(?:ouro|trading|cripto|robo)\b/,
        /\bgracas a (?:ele|ela|isso|o robo|meu tio|minha tia)\b.{0,20}\b(?:quitei|comprei|paguei)\b/,
      ],
      examples: { hit: ["Graças a ele eu quitei meu apartamento esse ano", "olha só [print: +R$ 7.940 em 5 dias]", "Esse mês já tirei 22 mil", "Fechei o trimestre com +32% na carteira", "comecei com 200 reais e hj vivo disso", "as operações com o meu mentor pagam as minhas contas", 'hj foi um dia ótimo, ganhei uns 9 mil reais no mercado', 'fechei o mês com 12 mil euros de lucro', 'lucro de 27% em 15 min'], miss: ["graças a deus deu tudo certo", "[foto da praia]", "fechei a porta com a chave", 'ganhei o jogo kkk', 'fiz 30 anos ontem'] },
    },
    {
      key: 'wealth_signals',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\b(?:tio|tia|mentor|professor|prof|analista|chefe)\b.{0,30}\bsina(?:l|is)\b/,
        /\b(?:te|vos|lhe) (?:passo|mando|envio|dou|aviso) (?:o |os |as )?(?:sinal|sinais|entradas?)\b|\b(?:seguir|segue|sigo|siga) (?:os|o) (?:sinais|sinal)\b|\bsinal grande\b/,
        /\b(?:entramos|entrar|entra|entramos juntos) (?:em \w+ )?(?:as|amanha|hoje|hj) \d|\bentramos juntos\b|\bprimeira entrada\b/,
        /\b(?:me da|da-me|me passa|me manda|manda-me) (?:os )?sinais\b/,
        /\b(?:ele|ela|meu tio|minha tia|o professor|o mentor|a professora) (?:manda|passa|da) o sinal\b/,
      ],
      examples: { hit: ["Eu só opero quando ele manda o sinal", "Ele dá-me os sinais e eu opero ouro", 'amanhã 14h te passo o sinal', 'sexta vai ter um sinal grande do meu tio', 'Hoje entramos em ETH às 20h'], miss: ["ele manda um abraço", "me passa o sal", 'aqui não pega sinal de celular'] },
    },

    // ---------------- pitch ----------------
    {
      key: 'offer_to_teach',
      stage: 'pitch',
      weight: 2,
      any: [
        new RegExp(`\\b(?:posso|vou|quero|deixa eu) (?:te |lhe )?(?:ensinar|mostrar|guiar|ajudar)(?: \\w+){0,4} (?:a |como )?(?:investir|operar|ganhar|fazer trade|trade|cripto\\w*|${CRYPTO})\\b`),
        /\bse (?:quiser|quizer) (?:eu )?(?:te |lhe )?(?:ensino|guio)\b|\bse (?:quiser|quizer) (?:eu )?(?:te |lhe )?(?:mostro|ajudo|explico)\b.{0,30}\b(?:funciona|investir|operar|ganhar|o que eu faco|cripto\w*|trade)\b|\bte (?:ensino|mostro|explico) como funciona\b|\bposso te (?:ensinar|guiar)\b/,
        /\beu (?:opero|invisto) (?:junto|por (?:vc|voce|ti)|pra (?:vc|voce))\b|\bte passo as entradas\b|\bsegue (?:minhas|as minhas) (?:instrucoes|orientacoes|entradas)\b|\beu (?:te )?(?:ajudo|guio) (?:passo a passo|na chamada)\b/,
        /\bposso (?:abrir|criar|fazer) (?:uma |sua )?conta (?:pra|para) (?:vc|voce)\b|\bfaco o cadastro (?:pelo senhor|pela senhora|pra (?:vc|voce)|por (?:vc|voce))\b|\bfaco a gestao da sua (?:banca|conta|carteira)\b|\bdeixar (?:vc|voce) seguir\b|\b(?:se ela|se ele) te ensina\b/,
      ],
      examples: { hit: ['se quiser te ensino, é fácil', 'posso te ensinar, vc abre sua conta e eu opero junto contigo', 'Se quiser te mostro como funciona'], miss: ['te ensino a fazer bolo', 'se quiser te mostro as fotos'] },
    },
    {
      key: 'guaranteed_returns',
      stage: 'pitch',
      weight: 2.5,
      any: [
        /\b(?:lucros?|retornos?|rendimentos?|ganhos?|juros) (?:\w+ )?(?:garantid[oa]s?|cert[oa]s?|fix[oa]s? (?:todo|por) dia)\b|\bgarant(?:imos|o|e) (?:o |seu )?(?:lucro|capital|retorno)\b/,
        /\bsem (?:nenhum )?risco\b|\bnao tem como perder\b|\brisco zero\b|\b(?:e|eh) bem segur[oa]\b|\b100\s?% segur[oa]\b|\bpor isso (?:e|eh) segur[oa]\b|\bgarantia de 100\s?%/,
        /\bse (?:perder|nao der certo|der errado),? (?:eu )?(?:te )?devolvo\b|\bte devolvo (?:do meu bolso|tudo)\b/,
        /\bse (?:perderes|perder|voce perder|vc perder) eu cubro\b|\bo risco e zero\b|\bnunca fechei um mes no vermelho\b/,
      ],
      examples: { hit: ["Se perderes eu cubro", "o risco é zero", 'é lucro garantido', 'não tem como perder', 'o dinheiro não sai da sua carteira, por isso é seguro'], miss: ["se perder o ônibus me liga", 'todo investimento tem risco'] },
    },
    {
      key: 'high_returns',
      stage: 'pitch',
      weight: 2,
      entity: 'percent',
      any: [
        /\b\d+(?:[.,]\d+)?\s?%\s?(?:\w+ ){0,3}(?:ao dia|por dia|todo dia|todos os dias|diarios?|a semana|por semana|semanal|por operacao|em (?:um|uma|1|2|3|24|48) (?:dia|dias|hora|horas|semana))\b/,
        /\b(?:rendimento|retorno|lucro|juros)s? (?:diari[oa]s? |semanal |mensal )?(?:(?:de|ate|uns|umas|tipo) )*(?:[2-9]\d|\d{3,})\s?%/,
        /\b(?:[3-9]|[1-9]\d)(?:[.,]\d+)?\s?% (?:ao mes|por mes|mensal|todo mes)\b/,
      ],
      examples: { hit: ['eu ganho uns 2% ao dia', 'retorno de até 300%'], miss: ['bateria em 3%', 'o CDI rendeu 11% no ano'] },
    },
    {
      key: 'easy_money',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:renda extra|renda passiva|liberdade financeira|independencia financeira|mudar de vida|mudar sua vida)\b/,
        /\bo dinheiro (?:podia|pode|vai|poderia) trabalhar (?:por|pra) (?:ele|ela|vc|voce|voces|ti)\b|\bsem fazer nada\b/,
        /\b(?:fazer|ganhar|tirar|faturar) (?:r[$s]\s?)?\d[\d,.]*\s?(?:reais|mil)? (?:por|ao|todo) dia\b|\bem \d+ dias te devolvo\b|\bte devolvo (?:r[$s]\s?)?\d/,
        /\b(?:dobrar|dobra|triplicar|multiplicar) (?:o |seu |teu |sua |tua )?(?:dinheiro|capital|grana|investimento|saldo)\b|\bem (?:um|uma|\d+) (?:mes|semana|dias) (?:dobra|triplica)\b/,
        /\bse (?:tivesse|tivesses|voce tivesse|vc tivesse) colocado\b|\bse (?:voce |vc )?colocar \d[\d.,]{0,8}\s?(?:mil)? agora\b|\binflacao come\b/,
      ],
      examples: { hit: ["se tivesse colocado 5 mil seriam 1.800", "se você colocar 3 mil agora, no fim do ano tem o dinheiro", 'é a chance de mudar de vida', 'o dinheiro podia trabalhar por ele', 'procurando renda extra?'], miss: ["se tivesse chovido", 'o preço da gasolina dobrou'] },
    },
    {
      key: 'invitation_to_invest',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:comeca|comecar|comece|comeco|testa|testar|teste|entra|entrar) (?:com|por) (?:[a-z]+,? ){0,2}(?:r[$s]\s?)?\d[\d,.]*\s?(?:k|mil|reais|usdt|dolares)?\b|\b(?:da|da pra|pode) (?:pra )?comecar com pouco\b|\bcomeca com pouco\b/,
        new RegExp(`\\b(?:quer|bora|vamos|que tal|pensa em|deveria|devia) (?:\\w+ ){0,2}(?:investir|comecar|entrar|participar|testar|operar)\\b(?: \\w+){0,4} (?:${INVEST}|${CRYPTO}|comigo|junt[oa]s?)\\b`),
        /\b(?:investir|ganhar dinheiro|operar) junt[oa]s\b|\bpro nosso futuro\b/,
      ],
      examples: { hit: ['dá pra começar com pouco, tipo 2 mil', 'começa com uns 5 mil reais', 'bora investir juntos pro nosso futuro'], miss: ['começa com o arroz', 'quer ir no cinema comigo?'] },
    },
    {
      key: 'investment_product',
      stage: 'pitch',
      weight: 1,
      any: [
        /\bcontratos? (?:de )?(?:btc|bitcoin|eth|cripto|segundos)\b|\b\d+ ?s(?:eg(?:undos)?)?\b.{0,15}\b(?:compra|venda|saldo todo)\b|\bsaldo todo\b/,
        /\bmineracao de liquidez\b|\b(?:pool|piscina) de liquidez\b|\bconecta (?:num|no|a) pool\b|\bstaking\b/,
        /\brobo (?:de ia|de trading|de investimento|quantitativo|trader)\b|\btrading (?:quantitativo|com ia|automatico)\b|\barbitragem\b|\bopcoes binarias\b/,
        /\b(?:mercado|trading|trade|operar|opero|opera) (?:de|com|no|em) (?:ouro|forex|metais)\b|\bxau(?:\/?usd)?\b|\bmt[45]\b|\bmeta ?trader\b/,
      ],
      examples: { hit: ['eu trabalho com mercado de ouro', 'BTC compra, 60s, saldo todo', 'vc já ouviu falar em mineração de liquidez?'], miss: ['comprei um anel de ouro'] },
    },
    {
      key: 'pitch_urgency',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:so|somente|apenas) (?:restam |tem |temos )?(?:\d+|poucas|umas) vagas\b|\bultimas vagas\b|\bultima chance\b|\b(?:vaga|vagas) (?:fecha|fecham|acaba|acabam)\b/,
        /\bnao (?:perde|perca|deixa passar) (?:essa|esta|a) (?:oportunidade|chance)\b|\b(?:oportunidade|oferta|promocao|prazo) (?:acaba|termina|fecha|vence) (?:hoje|hj|amanha|agora)\b/,
        /\bultimo dia d[ao] (?:promocao|oferta|inscric\w+)\b|\babriu (?:so )?mais \d+ vagas\b/,
        /\bprazo\b.{0,30}\b(?:acaba|termina|vence|encerra) (?:hoje|hj|amanha|agora)\b/,
        /\b(?:tem|precisa|tem que|precisa) (?:que )?(?:depositar|investir|pagar|decidir) (?:hoje|hj|agora|ate amanha|rapido)\b/,
      ],
      examples: { hit: ['última chance, só restam 3 vagas', 'O prazo para o bloqueio acaba hoje'], miss: ['a padaria fecha hoje às 8'] },
    },
    {
      key: 'exclusive_access',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:turma|grupo|canal|plano|nivel) (?:vip|premium|ouro|diamante|exclusiv[oa])\d?\b|\bvaga na turma\b/,
        /\b(?:sinais|acoes|cotas) (?:de |do )?ipo\b|\bconta institucional\b|\bcopy ?trad(?:e|ing)\b|\baporte minimo\b|\bupgrade (?:pro|para o|pra o|pra) (?:ouro|vip|premium|diamante|nivel)\b|\bso ensina quem eu indico\b/,
      ],
      examples: { hit: ['O professor liberou vaga na turma VIP com sinais de IPO, aporte mínimo R$ 20 mil'], miss: ['a sala vip do aeroporto é boa'] },
    },
    {
      key: 'guilt_trip',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:vc|voce) (?:ta|esta) desconfiando de mim\b|\bdepois de tudo (?:que|q) (?:a gente viveu|eu fiz|fiz por (?:vc|voce)|te dei)\b|\bque decepcao\b|\b(?:vc|voce) nao confia em mim\b/,
        /\beu (?:to|estou|so) tentando te ajudar\b|\beu faria isso por (?:vc|voce)\b|\bnao sou (?:golpista|ladr\w+|mentiros[oa])\b/,
        /\bquem nao arrisca nao petisca\b|\b(?:reclame aqui|o banco|a cvm)\b.{0,20}\b(?:e|eh) cheio de concorrente\b|\b(?:ficam|fica) pobre\b|\bachei (?:que|q) (?:eramos|a gente era) (?:amig[oa]s|parceir[oa]s)\b/,
      ],
      examples: { hit: ['vc tá desconfiando de mim? depois de tudo que a gente viveu?', 'Quem não arrisca não petisca'], miss: ['eu confio em você'] },
    },

    // ---------------- platform ----------------
    {
      key: 'platform_register',
      stage: 'platform',
      weight: 1.8,
      any: [
        /\btestflight\b|\.apk\b|\barquivo apk\b/,
        /\b(?:se cadastra|cadastra|cadastrar|cadastre-se|se cadastre|cria|criar|crie|abre|abrir|abra|baixa|baixar|baixe|instala|instalar|loga|logar)\b(?: \w+){0,4} (?:plataforma|corretora|exchange|servidor)\b/,
        /\bplataforma (?:parceira|oficial|regulamentada|autorizada)\b|\b(?:e|eh|ta|esta) regulamentada (?:nos|na|no|pela|pelo)\b|\bcodigo de (?:convite|indicacao)\b/,
        /\b(?:cvm|banco central|receita) nao (?:regula|fiscaliza)\b|\babrir conta pelo link\b/,
        /\bbaixa (?:a |o )?(?:trust ?wallet|meta ?trader|mt[45])\b/,
        /\babrir (?:a )?conta pelo link\b|\bfaco o cadastro (?:pelo senhor|pela senhora|por voce|por vc|pra voce)\b/,
      ],
      examples: { hit: ["vc só precisa abrir conta pelo link do mentor", "eu faço o cadastro pelo senhor", 'primeiro cria conta na plataforma que meu tio usa', 'Vc precisa abrir conta na plataforma parceira', 'baixa a Trust Wallet'], miss: ["abrir a conta no banco", 'baixa o app do banco', 'abre a janela'] },
    },
    {
      key: 'customer_service',
      stage: 'platform',
      weight: 2,
      any: [
        /\b(?:fala|falar|fale|chama|chamar|contata|contatar|contate|pergunta|procura)(?: com)? (?:o |a )?(?:suporte|atendimento|gerente de conta|gerente|financeiro|sac)\b/,
        /\b(?:suporte|atendimento|gerente de conta|gerente|consultor|financeiro)\b.{0,25}\b(?:te passa|vai te passar|te manda|te envia|passar|confirmou)\b|\bendereco (?:do|que o) (?:suporte|gerente|atendimento)\b|\bregra da corretora\b/,
      ],
      examples: { hit: ['o gerente de conta te passa o endereço', 'manda pro endereço do suporte'], miss: ['o atendimento da loja foi péssimo'] },
    },

    // ---------------- deposit ----------------
    {
      key: 'buy_crypto',
      stage: 'deposit',
      weight: 2,
      any: [
        new RegExp(`\\b(?:compra|comprar|compre|compras)\\b(?: \\w+){0,3} (?:${CRYPTO}|na binance|no mercado bitcoin|pelo pix)\\b.{0,60}\\b(?:manda|mandar|mande|envia|enviar|envie|transfere|transferir|deposita|depositar)\\b`),
        /\b(?:manda|mande|envia|envie|transfere) (?:pro|para o|pra o|no) endereco\b|\bendereco (?:de deposito|da carteira da plataforma|trc ?-?20)\b/,
        /\b(?:recarrega|recarregar|carregar|carrega) (?:o |sua |a )?(?:saldo|conta)\b/,
      ],
      examples: { hit: ['vc compra USDT na Binance pelo Pix e manda pro endereço de depósito da plataforma'], miss: ['comprei pão e mandei pra casa'] },
    },
    {
      key: 'deposit_instructions',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\b(?:deposito|aporte|investimento|valor) minimo\b|\bminimo (?:de )?(?:r[$s]\s?)?\d[\d,.]*\s?(?:k|mil|reais|usdt|dolares)?\b/,
        /\b(?:o|os) depositos? (?:e|eh|sao|faz|se faz) (?:via|com|por|em) (?:usdt|pix|cripto|bitcoin|ted)\b|\bconta da empresa\b|\bintermediador(?:a)? de pagamento\b/,
        /\b(?:deposita|depositar|deposite|coloca|colocar|coloque|poe|por) (?:mais )?(?:r[$s]\s?)?\d[\d,.]*\s?(?:k|mil|reais|usdt|dolares)?\b.{0,30}\b(?:conta|saldo|carteira|plataforma|libera|nivel)\b|\b(?:so|e so) depositar mais\b|\bdepositar a partir de (?:r[$s]\s?)?\d/,
        /\baprova (?:que|q) (?:e|eh) (?:a )?autorizac\w+\b|\bautorizacao do contrato\b/,
        /\bconta (?:de )?custodia\b|\bcustodiante\b|\b(?:manda|mandar|envia|enviar|mande) (?:o )?comprovante (?:aqui|no atendimento|pra mim|que eu)\b|\bchave (?:pix )?(?:do|da) (?:agente|intermediadora|parceir[oa])\b|\bpix (?:pra|para|pro) (?:a |o )?(?:intermediadora|agente|parceir[oa]|carteira parceira|nosso parceiro)\b|\bconverte (?:em|na hora|para) usdt\b|\bcai (?:em|como) usdt\b/,
        /\bte passo o sinal\b|\b(?:hoje|hj|amanha) (?:as )?\d{1,2}(?::\d\d|h\d{0,2})?\s?(?:h )?(?:tem|sai|te passo o) sinal\b|\bentramos juntos\b|\bprimeira entrada\b|\bmanda o sinal\b|\bativ[ae] o robo\b|\bo minimo e (?:r[$s]\s?)?\d|\bquem (?:sobe|tiver|colocar|depositar) (?:pra |para |acima de )?\d[\d.,]{0,8}\s?(?:mil )?(?:usdt|reais)?\b.{0,30}\bganha\b/,
        /\b(?:depositar|coloca|coloque|comeca|comecar|investir|voce coloca|vc coloca) a partir de (?:r[$s]\s?)?\d/,
      ],
      examples: { hit: ["Você coloca a partir de R$ 300", "transferência para a conta de custódia", "Depois é só mandar o comprovante aqui que eu já ativo o robô", "faz um Pix pra chave do agente", "amanhã 14h te passo o sinal", "O mínimo é R$ 2.000, pode ser pelo Pix", 'O depósito é por Pix na conta da empresa de pagamentos parceira. Mínimo R$ 1.000', 'aprova que é a autorização do contrato'], miss: ["a partir de amanhã", "o sinal do celular caiu", "a entrada do prédio", 'o mínimo do cartão é baixo'] },
    },

    // ---------------- withdrawal ----------------
    {
      key: 'withdrawal_fee',
      stage: 'withdrawal',
      weight: 3.5,
      any: [
        /\b(?:imposto|taxa|tarifa|deposito|caucao|margem|garantia|comissao|multa|iof)\b(?: \w+){0,8} (?:antes de|antes do|pra|para) (?:\w+ )?(?:sacar|liberar|desbloquear|o saque|retirar|receber)\b/,
        /\b(?:saques?|retiradas?)\b(?: \w+){0,8} (?:tem|tem que|precisa|exige|cobra)\b(?: \w+){0,3} (?:taxa|imposto|deposito|\d+\s?%)|\btaxa de saque\b(?! no pix)(?!.{0,15}\bnao tem\b)/,
        /\b(?:paga|pago|pagar) a parte\b|\bprecisa ser depositad[oa] antes\b/,
        /\bplataforma recolhe\b|\bimposto sobre ganho de capital\b.{0,60}\b(?:antecipad\w*|antes|liberacao|saque)\b/,
      ],
      examples: {
        hit: ["a plataforma recolhe e repassa", "pagamento antecipado do imposto sobre ganho de capital antes da liberação", 'precisa pagar 20% de imposto antes de sacar', 'saques antes de 30 dias têm taxa de saque de 12%, paga à parte'],
        miss: ["o imposto de renda é em abril", 'paguei o imposto do carro', 'acho q não tem taxa de saque no pix'],
      },
    },
    {
      key: 'account_frozen',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:conta|saldo|fundos|valores|saque|carteira|dinheiro)\b(?: \w+){0,3} (?:e |esta |ta |foi |vai ser |fica |sera )?(?:congelad[oa]s?|bloquead[oa]s?|suspens[oa]s?|retid[oa]s?|encerrad[oa]|em auditoria|em analise)\b|\bsaldo perdido\b/,
        /\bdeposito de (?:verificacao|garantia|seguranca|desbloqueio)\b|\bsuspeita de lavagem\b|\b(?:descongelar|desbloquear|liberar) (?:a |sua |o seu |seu )?(?:conta|saldo|saque)\b|\bconfirmar a titularidade\b/,
        /\b(?:saque|levantamento|resgate)\b(?: \w+){0,3} (?:foi |esta |ficou )?(?:suspens[oa]|retid[oa])\b|\b(?:setor|equipa|equipe|departamento) de (?:compliance|conformidade)\b/,
        /\bo sistema congela\b/,
      ],
      examples: { hit: ["Se não completar, o sistema congela tudo", "O seu levantamento foi suspenso pela equipa de conformidade", "seu saque foi retido pelo setor de compliance", 'é necessário um depósito de verificação de 25% do valor', 'a conta é bloqueada por 180 dias para auditoria'], miss: ["o freezer congela tudo", "o jogo foi suspenso pela chuva", 'meu celular travou de novo'] },
    },
    {
      key: 'pay_to_release',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\bpaga (?:que|q) libera\b|\b(?:e so|so) (?:pagar|depositar)\b.{0,40}\blibera\b|\blibera(?:m)? tudo\b|\b(?:o valor|o deposito|a taxa) volta junto com o saque\b|\b(?:e|eh) (?:100\s?% )?reembolsavel\b/,
        /\bnao (?:da|pode) (?:pra |para )?descontar do saldo\b|\b(?:depois|apos) (?:disso|do primeiro saque) nao (?:tem mais nada|cobra mais|cobram mais)\b/,
        /\bsai tudo junto\b|\bdepositar pra restaurar\b|\blibera(?:m)? (?:no mesmo dia|na hora)\b|\brecurso (?:externo|de fora)\b/,
        /\bregra de compliance\b|\bpolitica deles pra contas novas\b|\b(?:e|eh) normal pra saque grande\b/,
        /\bnao pode (?:ser )?(?:descontad[oa]|deduzid[oa]|abatid[oa]|tirad[oa]) d[oa] (?:saldo|lucro|capital|valor)\b|\btaxa de (?:liberacao|desbloqueio|cambio e custodia|custodia)\b|\bpagamento antecipado (?:da|do|de)\b/,
        /\beu (?:mesmo|mesma|tambem|ja) paguei\b.{0,40}\b(?:saque|taxa|imposto|levantamento|resgate|primeiro|comeco)\b|\b(?:taxa|imposto|saque|levantamento|resgate)\b.{0,60}\beu (?:mesmo|mesma|tambem|ja) paguei\b|\beu ja passei por isso\b/,
        /\bcaucao de \d+\s?%|\b(?:devolvid[oa]|devolve|devolvem|volta) (?:junto|juntamente) com (?:o|a|seu|sua|teu|tua) (?:capital|saque|saldo|lucro|levantamento)\b|\bdevolvem com juros\b|\bvolta tudo\b|\be garantia,? nao (?:e )?taxa\b|\bpaga (?:e|que) (?:em \d+ ?h(?:oras)? )?(?:cai|libera|volta|sai) tudo\b/,
        /\b(?:pra|para) (?:sacar|levantar|resgatar)\b.{0,30}\b(?:subir|nivel|vip|ouro|upgrade)\b|\bsubir (?:pra|para) (?:o )?(?:nivel|vip|ouro|prata)\b.{0,40}\b(?:usdt|mil|deposit\w*|carreg\w*|\d)/,
      ],
      examples: {
        hit: ["a taxa de liberação não pode ser descontada do saldo", "eu mesmo paguei no meu primeiro saque", "uma caução de 25% do saldo, que será devolvida juntamente com o capital", "pra sacar precisa subir pra Ouro, são mais 5 mil", "Paga e em 24h cai tudo na sua conta", 'ah é normal pra saque grande, paga que libera na hora', 'o valor volta junto com o saque', 'é só depositar mais 4.000 e libera tudo'],
        miss: ["eu também paguei a conta do bar", "o senhorio quer a caução até sexta", "volta logo amor", 'paguei a conta de luz ontem'],
      },
    },
    {
      key: 'withdrawal_pressure',
      stage: 'withdrawal',
      weight: 1.5,
      any: [
        /\b(?:faz|faca|pega|pegar|pede|pedir|fazer) (?:um )?emprestimo\b|\bpede emprestado\b|\bno cartao de credito\b.{0,20}\b(?:paga|pagar|deposita)\b/,
        /\b(?:vc|voce) perde tudo\b|\bse (?:vc |voce )?nao (?:pagar|depositar|completar)\b.{0,40}\b(?:perde|congelad|bloquead|expira|some)\w*\b|\bos rendimentos expiram\b/,
        /\b(?:e|eh) so (?:por )?(?:uns|alguns|poucos) dias\b|\bse (?:o |a )?(?:imposto|taxa|deposito) nao for pag[oa]\b|\b(?:entao|vai),? perde tudo\b|\beu te ajudo com (?:r[$s]\s?)?\d/,
        /\beu (?:mesmo )?(?:ja )?paguei (?:uma vez|tambem|quando)\b|\beu (?:ponho|coloco|empresto) (?:a metade|uma parte|\d+)\b/,
        /\b(?:coloquei|coloco|ponho|pus|empresto|emprestei) \d[\d.,]{0,8}\s?(?:mil )?(?:meus|dos meus|do meu bolso)\b|\bempresa (?:adianta|cobre) \w+|\bemprestimo (?:pessoal|consignado|no banco|no nubank)\b|\bpega(?:r)? (?:um )?emprestimo\b/,
      ],
      examples: { hit: ["Eu já coloquei 2 mil meus pra te ajudar", "Vc pode pegar um empréstimo pessoal no Nubank", 'faz um empréstimo no app do banco', 'se não pagar a conta vai ser congelada e vc perde tudo'], miss: ["o empréstimo do livro", 'me empresta a caneta'] },
    },
    {
      key: 'credit_score',
      stage: 'withdrawal',
      weight: 3,
      any: [/\b(?:pontuacao|score|nota|pontos) de credito\b|\b(?:baixa|baixou|subir|aumentar) (?:a |sua )?(?:pontuacao|score)\b/,
        /\b(?:sistema|plataforma) (?:tirou|desconta|descontou|baixou|reduziu) (?:seus |os |teus )?pontos\b|\brecuperar (?:os |seus )?pontos\b/,
      ],
      examples: { hit: ["o sistema tirou pontos, fala com o atendimento pra recuperar os pontos", 'sua pontuação de crédito está baixa, deposite para sacar'], miss: ["o time perdeu pontos no jogo", 'a pontuação do jogo foi boa'] },
    },
    {
      key: 'trial_withdrawal',
      stage: 'withdrawal',
      weight: 0.8,
      any: [/\b(?:faz|faca|tenta|pede) (?:um )?saque (?:de )?(?:r[$s]\s?)?\d[\d,.]*\s?(?:usdt|reais|dolares)? (?:pra|para) (?:vc|voce)? ?(?:ver|conferir)\b/],
      examples: { hit: ['faz um saque de 100 pra vc ver que cai na Binance'], miss: ['vou fazer um saque no caixa'] },
    },

    // ---------------- recovery ----------------
    {
      key: 'recovery_offer',
      stage: 'recovery',
      weight: 2.5,
      any: [
        /\brecuperar (?:o |os |seu |seus |sua |todo o )?(?:dinheiro|valor|valores|fundos|investimento|criptoativos|prejuizo)\b|\brecuperacao de (?:valores|fundos|ativos|criptoativos|dinheiro)\b/,
        /\brastreio de (?:criptoativos|valores|cripto\w*)\b|\bindice de sucesso\b|\bso paga no exito\b|\bhonorarios\b|\bhacker\b.{0,30}\b(?:recuper|devolv)\w*/,
        /\bfrase (?:de recuperacao|semente|secreta)\b|\bseed phrase\b|\b12 palavras\b|\bcontrato de recuperacao\b|\brastreio reverso\b|\b(?:ja )?recuperei mais de \d+/,
        /\b(?:conseguimos|podemos|vamos) (?:localizar|recuperar|rastrear) (?:os |seus |o )?(?:valores|fundos|dinheiro)\b/,
        /\b(?:no|por) exito\b|\bvalor recuperado\b|\bcustas (?:de protocolo|processuais|iniciais)\b|\btaxa de abertura\b/,
      ],
      examples: { hit: ["Trabalhamos no êxito: 20% do valor recuperado", "pagar as custas de protocolo internacional", 'conseguimos recuperar seu dinheiro em 72h', 'Temos parceria para rastreio de criptoativos. Nosso índice de sucesso é de 92%'], miss: ["o exame deu tudo certo", 'recuperei o sono'] },
    },
    {
      key: 'victim_outreach',
      stage: 'recovery',
      weight: 2,
      any: [
        /\b(?:lista de vitimas|consta (?:na|como) (?:lista|vitima)|vimos sua reclamacao)\b/,
        /\b(?:divisao|delegacia|departamento|unidade|nucleo) de (?:crimes? (?:ciberneticos|digitais|financeiros)|fraudes?|recuperacao)\b|\badvocacia digital\b/,
        /\btaxa de (?:custodia|abertura|liberacao|processamento|desbloqueio)\b|\bcustas processuais\b|\bcustodiante\b|\b(?:criptoativos|valores|bens) apreendidos\b|\bvoltam para a uniao\b|\bbloqueio judicial\b|\b(?:esta|ta|valor) custodiad[oa]\b|\bcertificado de origem\b/,
        /\b(?:ja )?rastreamos\b|\bvalores? (?:bloqueados?|congelados?) em (?:seu|teu) nome\b|\bbase de vitimas\b|\bclientes lesados\b|\bprocesso coletivo\b|\bempresa de pericia\b|\breversao dos fundos\b|\boab\/[a-z]{2} \d/,
        /\bsaldo rastreado\b|\bbloqueou as carteiras\b|\bcooperacao internacional\b|\bprazo (?:para o bloqueio|da exchange|para entrar com o pedido)\b/,
      ],
      examples: { hit: ["Seu cadastro consta com saldo rastreado de 41.300 USDT", "O prazo para o bloqueio acaba hoje", "Já rastreamos as carteiras e há valores bloqueados em seu nome", "já temos 46 clientes lesados num processo coletivo", 'aqui é o agente Ferreira da Divisão de Crimes Cibernéticos. A senhora consta na lista de vítimas', 'há uma taxa de abertura de R$ 2.800'], miss: ["o prazo da entrega acaba hoje", "o processo seletivo da empresa", 'a divisão da conta do bar ficou 50 pra cada'] },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      key: 'me_sent_money',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      any: [/\b(?:mandei|enviei|depositei|transferi|paguei|coloquei|investi|fiz o pix(?: de)?)\b.{0,20}(?:\d|\busdt\b|\breais\b|\br\$)/],
      examples: { hit: ['pronto, mandei 2 mil usdt', 'paguei os 640 reais da taxa'], miss: ['mandei a foto'] },
    },
    {
      key: 'me_cannot_withdraw',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      any: [
        /\bnao (?:consigo|consegui|deixam|deixa) (?:sacar|retirar|tirar)\b|\btentei sacar e (?:bloquearam|travou|deu erro)\b/,
        /\b(?:tao|estao|ta|esta) pedindo (?:taxa|imposto|deposito|pra (?:pagar|depositar))\b|\btenho (?:que|q) pagar (?:uma )?(?:taxa|imposto)\b/,
      ],
      examples: { hit: ['diz q tenho q pagar taxa de saque de 10% antes', 'tentei sacar e bloquearam'], miss: ['vou sacar dinheiro no caixa'] },
    },

    // ---------------- task scams ----------------
    {
      key: 'task_job_offer',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:curtir|curte|curtindo|curta|dar like|da like|dando like|dar gosto|seguir|assistir|assistindo) (?:\w+ ){0,2}(?:videos?|youtube|tiktok|instagram|posts?|publicacoes|canais)\b.{0,80}\b(?:ganh\w*|pag\w*|comissao|reais|euros|usdt)\b|\b(?:ganh\w*|pag\w*|comissao|r[$s]\s?\d)\b.{0,80}\b(?:curtir|curtindo|dar like|dando like|like) (?:\w+ ){0,2}(?:videos?|youtube|tiktok|posts?)\b/,
        /\b(?:avaliar|avalia|avalias|avaliando|avalie|classificar|classificando|dar nota a) (?:\w+ ){0,2}(?:hoteis|hotel|produtos?|apps?|aplicativos|aplicacoes|restaurantes|filmes|lojas)\b.{0,80}\b(?:comissao|comissoes|ganh\w*|pag\w*|salario|por dia|ao dia)\b/,
        /\bcomissao (?:por|em|de|a) (?:cada )?(?:avaliacao|tarefa|pedido|ordem|encomenda|like|video|missao)\b|\b(?:missao|tarefa) (?:de hoje |diaria )?(?:sao|e|e de) \d+ (?:avaliacoes|tarefas|pedidos|likes|videos)\b/,
        /\b(?:tarefas|missoes|tarefinhas) (?:online|simples|faceis|diarias|pagas|remuneradas|em casa|pelo celular|pelo telemovel)\b.{0,80}\b(?:comissao|comissoes|ganh\w*|pag\w*|salario|por dia|ao dia)\b/,
        /\b(?:meio periodo|meio expediente|part[- ]?time|tempo parcial|trabalho (?:em casa|remoto|online|pelo celular|pelo telemovel)|home office|renda extra|pelo (?:celular|telemovel))\b.{0,80}(?:(?:r\$|€|\$)\s?\d[\d.,]{0,8}|\b\d[\d.,]{0,8}\s?(?:reais|euros|usdt|dolares|conto))(?:\s?(?:-|a)\s?(?:r\$|€)?\s?\d[\d.,]{0,8}\s?(?:reais|euros)?)?\s?(?:por|ao|\/|cada) ?dia\b/,
        /\b(?:ganh\w*|receb\w*|fatur\w*) (?:ate |entre |de )?(?:(?:r\$|€|\$)\s?)?\d[\d.,]{0,8}(?:\s?(?:-|a|e)\s?(?:r\$|€)?\s?\d[\d.,]{0,8})?\s?(?:reais|euros|usdt)? (?:por|ao|cada) dia\b.{0,80}\b(?:minutos|horas por dia|celular|telemovel|meio periodo|tarefas|sem experiencia|em casa)\b/,
        /\b(?:rh|recursos humanos|recrutador\w*|recrutamento|selecao de pessoal)\b.{0,100}\b(?:meio periodo|part[- ]?time|tempo parcial|tarefas|comissao|por dia|ao dia|em casa|pelo celular|sem experiencia)\b/,
        /\b(?:vimos|recebemos|encontramos|analisamos) (?:o )?(?:seu|teu) (?:cv|curriculo|perfil)\b.{0,100}\b(?:meio periodo|part[- ]?time|tempo parcial|tarefas|comissao|por dia|ao dia|em casa|horario flexivel)\b/,
        /\botimizacao de (?:dados|produtos|pedidos|apps?|aplicativos|ranking)\b|\b(?:visibilidade|ranking|posicionamento) (?:dos |das |de )?(?:hoteis|produtos|lojas|comerciantes|lojistas)\b/,
      ],
      examples: {
        hit: [
          'Oi! Vimos seu currículo na Catho, temos vaga de meio período pelo celular, dá pra ganhar R$ 300 por dia',
          'é só curtir uns vídeos do YouTube e a gente paga 5 reais por curtida',
          'o trabalho é avaliar hotéis na plataforma e ganhas comissão por cada avaliação',
          'tarefas online simples, pagamento por dia, sem experiência 💸',
        ],
        miss: [
          'Olá, sou recrutadora de uma empresa de logística, a vaga é de analista CLT com entrevista na terça',
          'no fim de semana eu rodo de Uber pra fazer uma grana',
          'curte minha foto aí kkk',
          'deixei uma avaliação de 2 estrelas pro liquidificador na Amazon',
        ],
      },
    },
    {
      key: 'prepaid_task',
      stage: 'deposit',
      weight: 2.5,
      any: [
        /\b(?:pedido|tarefa|encomenda|produto|conjunto|ordem) (?:combinad[oa]|combo|premiad[oa]|da sorte|dourad[oa]|sortud[oa])\b|\b(?:caiu|saiu|veio) (?:um |uma )?(?:combo|pedido combinado|tarefa combinada)\b/,
        /\b(?:recarreg|carreg|deposit|tarefa|pedido|encomenda|combo|complet)\w*\b.{0,80}\bsaldo (?:fica |ficou |esta |e |vai ficar |negativ|no vermelho|-)|\bsaldo (?:fica |ficou |esta |e |vai ficar )?(?:negativo|no vermelho|-\s?(?:r\$|€)?\s?\d).{0,80}\b(?:recarreg|carreg|deposit|tarefa|pedido|encomenda|combo|complet)|\b(?:recarreg|deposit)\w*\b.{0,40}\bzerar o saldo\b/,
        /\b(?:pre-?pag\w*|pagamento antecipado|adiantar o pagamento|adianta o pagamento)\b.{0,40}\b(?:tarefas?|pedidos?|encomendas?|comissao|comissoes|missoes)\b|\b(?:tarefas?|pedidos?) pre-?pag[oa]s\b/,
        /\b(?:complet\w*|termin\w*|finaliz\w*|fechar) (?:\w+ ){0,3}(?:tarefas?|pedidos?|encomendas|conjunto|serie|rodada|set|avaliacoes)\b.{0,60}\b(?:sac\w*|retir\w*|levant\w*|receber (?:o |seu |teu )?(?:salario|dinheiro|comissao))/,
        /\b(?:recarreg\w*|deposit\w*|carregar)\b.{0,60}\bpara (?:continuar|desbloquear|completar|terminar|liberar|seguir|concluir) (?:\w+ ){0,2}(?:tarefas?|pedidos?|encomendas|comissao|comissoes|salario)\b|\b(?:recarreg\w*|deposit\w*)\b.{0,60}\bnivel\b.{0,40}\bcomiss(?:ao|oes)\b/,
        /\bsubir (?:para|pra) o nivel (?:vip ?)?\d\b.{0,40}\b(?:carreg\w*|recarreg\w*|deposit\w*|usdt)\b|\bquem carrega ganha\b/,
      ],
      examples: {
        hit: ["Se quiseres subir para o nível VIP1 e ganhar o dobro, carregas 100 USDT", 
          'caiu um pedido combinado, seu saldo ficou negativo, recarrega 300 pra continuar',
          'deposita 100 USDT para começar as tarefas pré-pagas',
          'completa as 3 tarefas que faltam e aí você pode sacar o salário',
          'se recarregar 200 sobe pro nível VIP e a comissão dobra',
        ],
        miss: ["subir para o nível 2 do jogo", 
          'recarrega meu celular? fiquei sem crédito',
          'o restaurante pede um depósito de 50 pelo uniforme, é normal?',
          'comprei gemas no jogo de novo kkk',
          'termina a tarefa de matemática e vamos no parque',
        ],
      },
    },
    // ---------------- signs of innocence ----------------
    {
      key: 'scam_awareness',
      stage: 'hook',
      weight: -2,
      any: [
        /\b(?:e|eh|isso e|isso eh|parece|e um|e o|certeza que e) (?:um )?golpe\b|\bgolpe (?:do|da) (?:abate|numero errado|pix|falso)\b|\babate de porcos\b|\bpig ?butchering\b/,
        /\bgolpistas?\b|\b(?:cai|caiu|caimos) (?:num|no|em um) golpe\b|\bfui (?:golpead[oa]|enganad[oa])\b/,
        /\b(?:denuncia|denunciar|registra um b\.?o|boletim de ocorrencia)\b|\bbloqueia (?:ele|ela|esse|essa|o numero)\b/,
      ],
      examples: { hit: ['isso é golpe, bloqueia ele', 'isso é o golpe do abate de porcos'], miss: ['confia em mim, a plataforma é segura'] },
    },
  ],


  reporting: [
    /(?:^|\s)[a-z]+(?: [a-z]+)?:\s?['"“«‘]|\brecebi (?:igualzinho|igual|isso|esta|essa|este|esse|uma|um|a mesma)\b[^.!?]{0,30}:|\b(?:um cara|uma mina|uma mulher|um homem|alguem|uma pessoa|um tipo|uma tipa) me (?:chamou|mandou|escreveu|ligou)\b|\bdizendo (?:que|q)\b|\bquem (?:falar|disser|pedir|cobrar|te pedir|te cobrar)\b/,
    /\bencaminhad[oa]s?\b|\b(?:te|vos|lhes) encaminho\b|\bencaminhando (?:isso|essa|esse)\b|\brepassando (?:isso|essa|esse)\b/,
    /\b(?:recebi|recebeu|recebemos|chegou|chegaram) (?:um|uma|esse|essa|este|esta|o mesmo|a mesma) (?:\w+ ){0,2}(?:mensagem|sms|email|e-mail|zap|whats|audio|ligacao)\b|\bme mandaram (?:isso|esse|essa|um|uma)\b/,
    /\b(?:ele|ela|eles|elas|alguem|um cara|uma mina|uma moca|uma mulher|um homem|uma pessoa|esse cara|essa mulher|essa pessoa|um desconhecido|uma desconhecida|o cara|a mina) (?:me |lhe |te )?(?:disse|falou|fala|diz|mandou|manda|pediu|pede|prometeu|promete|insiste|ofereceu)\b/,
    /\b(?:um|uma) (?:mulher|homem|cara|mina|moca|pessoa|perfil|gringo|gringa)\b.{0,30}\b(?:q|que) (?:falou|disse|pediu|mandou|chamou|prometeu)\b|\bpediram (?:taxa|pra ela|pra ele|imposto)\b|\bninguem (?:me )?(?:pedindo|pede|pediu)\b/,
    /\b(?:um|uma) (?:colega|amig[oa]|conhecid[oa]|vizinh[oa]|cara|mina)\b.{0,40}\b(?:me )?(?:disse|falou|indicou|mandou|promete|prometeu)\b/,
    /\b(?:golpe|golpes|golpista|golpistas|fraude)\b.{0,40}\b(?:manda|mandam|pede|pedem|promete|prometem|usa|usam|falam|dizem)\b/,
    /\bmandaram (?:pra|para) mim\b|\b(?:meu|minha) (?:primo|prima|tio|tia|mae|pai|vo|avo|irma|irmao|amig[oa]|colega|vizinh[oa])\b.{0,40}\b(?:ta num grupo|recebeu|caiu|foi enganad[oa]|perdeu)\b/,
    /\bnenhum[a]? (?:corretora|banco|plataforma|empresa|policia|advogad[oa]|exchange)\b.{0,40}\b(?:pede|cobra|exige|pedem|cobram)\b/,
    /\b(?:reportagem|materia|noticia|video) (?:sobre|do|da)\b|\bisso (?:e|eh) normal\s*\?|\b(?:e|eh) golpe\s*\?/,
  ],
};
