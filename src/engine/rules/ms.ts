import type { RuleSet } from './types.ts';

// Malay rules (Malaysia: skim pelaburan, "Macau scam" police impersonation, romance scams that move
// to WhatsApp: "tersalah hantar", "confirm untung", "withdraw kena bayar cukai", "akaun dibekukan").
// Formal and chat Malay alike: tak/x, takde, nak, dah, je/jer, kat, lah, awak/you, bank in, RM.
// Indonesian shares many words; these patterns keep to Malay phrasing (duit, ringgit, melabur,
// bagitau, cukai, yuran) and the Indonesian file covers its own. Patterns run on folded text.
// Weights are hand-set starting values; the corpus fit replaces them.
const APP = '(?:whatsapp|wasap|wassap|watsap|ws|wa|telegram|tele|tg|wechat|line|ig|instagram|fb|facebook|messenger)';
const INVEST = '(?:pelaburan|melabur|labur|invest|trading|trade|saham|crypto|kripto|bitcoin|btc|forex|emas|signal|isyarat|robot|platform)';
const CRYPTO = '(?:usdt|usdc|tether|btc|bitcoin|eth|crypto|kripto|syiling)';
// An amount with its unit: "rm5,000", "rm 5k", "5 ribu", "2,000 usdt", "$300", "30%".
const AMOUNT = '(?:rm\\s?\\d[\\d,.]{0,12}\\s?(?:k|ribu|juta)?|(?<![\\d.,])\\d[\\d,.]{0,12}\\s?(?:k|ribu|juta|ringgit|usdt|usd|%)|\\$\\s?\\d[\\d,.]{0,12})(?!\\w)';
const KIN = '(?:pakcik|makcik|uncle|auntie|aunty|mak saudara|pak saudara|sepupu|abang|kakak|ayah|bapa|mak|ibu|mentor|cikgu|senior|bos|boss)';
const MY_KIN = `${KIN} (?:saya|aku|i)`;
const ME = '(?:saya|aku|i)';
const YOU = '(?:awak|you|kau|kak|akak|cik|puan|abang|encik)';

export const ms: RuleSet = {
  locale: 'ms',
  // Frequent Malay words, chat forms included (tak, takde, nak, dah, jer, kat, lah, camne).
  detect:
    /\b(?:tak|takde|tiada|boleh|awak|korang|saya|kita|lah|sangat|betul|macam mana|camne|duit|ringgit|kat|nak|dah|jer|sikit|cakap|sebab|pasal|ni|tu|bagi|nanti|esok|semalam|mcm|dgn|yg|tgk|tengok|pergi|balik|tapi|kalau|pun|dengan|untuk|apa|kenapa|bila|mana|berapa|terima kasih|selamat|jom|kau|engkau|akak|abang|encik|puan|wang|rm\d*|kan|lagi|sudah|belum|orang|buat|ambil|dekat|sini|situ|untung|sehari|anda|dalam|akaun|kami|sila|telah|tidak|jika|selepas|daripada|kepada|perlu|mesti|cukai|yuran|pengeluaran|dibekukan|diperlukan|baki|ini|itu|akan|juga|atau|kerana|sebelum|adalah|bayaran|syarikat|ahli|tugasan)\b/,
  rules: [
    // ---------------- hook ----------------
    {
      key: 'wrong_number',
      stage: 'hook',
      weight: 1,
      opening: true,
      any: [
        /\b(?:ni|ini|betul ke ni|ni betul) (?:nombor |no )?(?:encik|en|puan|pn|cik|abang|bang|kak|akak|dato|datuk|doktor|dr|tuan) [a-z]+(?: [a-z]+)? ?(?:ke|kan|bukan)?\s*\?/,
        /\b(?:ter)?salah (?:hantar|nombor|number|orang|mesej|send|whatsapp|wasap)\b|\btersalah (?:send|mesej)\b|\bsetiausaha (?:saya|aku) (?:salah|tersalah) (?:simpan|save|bagi)\b/,
      ],
      examples: {
        hit: ['Hai, ni Encik Ahmad ke?', 'Eh maaf tersalah hantar 🙏', 'sorry salah nombor, ingatkan kawan saya', 'ni kak Aminah kan?'],
        miss: ['jawapan awak salah tu', 'esok mesyuarat pukul berapa?'],
      },
    },
    {
      key: 'fate',
      stage: 'hook',
      weight: 1,
      any: [/\b(?:mungkin|memang|dah|sudah|ni|ini) (?:ini |dah )?(?:jodoh|takdir|ketentuan)\b|\bditakdirkan (?:berjumpa|bertemu|kenal|jumpa)\b|\bbukan (?:satu )?kebetulan\b/],
      examples: { hit: ['tersalah hantar tapi dapat kenal, mungkin jodoh', 'kita ditakdirkan berjumpa', 'ini bukan kebetulan'], miss: ['kebetulan saya pun ada kat mall', 'bila nak kahwin? jodohnya mana?'] },
    },
    {
      key: 'far_away_job',
      stage: 'hook',
      weight: 0.7,
      any: [
        /\b(?:saya|aku|i|sekarang|tengah)(?: \w+){0,2} (?:kerja|bekerja|tinggal|menetap|bertugas) (?:di|kat|dekat) (?:dubai|hong ?kong|shanghai|london|new york|kapal|pelantar minyak|rig minyak|syria|yaman|pangkalan tentera)\b/,
        /\b(?:tentera|askar) (?:amerika|as|pbb|un)\b|\bdoktor (?:pbb|un|tentera amerika)\b|\bjurutera (?:minyak|pelantar|offshore)\b/,
      ],
      examples: { hit: ['saya sekarang kerja di Dubai', 'i tinggal kat Hong Kong dah 5 tahun', 'saya doktor PBB yang bertugas di Syria'], miss: ['tahun lepas bercuti ke Dubai', 'ole-ole dari Hong Kong cantik'] },
    },
    {
      key: 'profile_compliment',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      any: [
        /\b(?:gambar|post|video|komen)\b.{0,40}\b(?:cantik|lawa|menarik|menyentuh hati) (?:sangat|sgt|gila)\b|\b(?:cantik|lawa|menarik) (?:sangat|sgt|gila) (?:gambar|view|post)\b|\bterbaca komen (?:awak|cikgu|encik|puan|akak|kak)\b/,
        /\b(?:senyuman|gambar|profil|profile)(?: awak| encik| cik| puan| kak| you)?\b.{0,30}\b(?:cantik sangat|buat hari saya|menarik perhatian|comel sangat)\b|\bprofil(?:e)? (?:awak|you|encik) (?:cakap|kata|tulis)\b/,
        /\b(?:tengok|tgk|nampak|lihat) (?:profile|profil|gambar|dp|fb|ig) (?:awak|you|cik|puan|akak|kak)\b|\b(?:senyuman|dp)(?: awak| you)? (?:sangat |sgt )?(?:cantik|manis|handsome|kacak|lawa)\b|\bnampak (?:baik|peramah|lemah lembut) (?:orangnya|sangat|sgt)\b/],
      examples: { hit: ['gambar kat Cameron tu cantik sangat', 'saya terbaca komen cikgu pasal anak murid', 'saya tengok profile awak, nampak baik orangnya', 'senyuman awak sangat manis', 'nampak peramah sangat'], miss: ['hantar gambar semalam', 'tukar dp baru ke?'] },
    },
    {
      key: 'group_add',
      stage: 'hook',
      weight: 1.2,
      any: [
        /\bnombor (?:encik|puan|anda|awak|cik) (?:dicadangkan|dipilih) (?:oleh )?sistem\b.{0,60}\bpelaburan\b/,
        /\b(?:ditambah|dimasukkan) (?:ke )?(?:dalam )?(?:kumpulan|group|grup)\b.{0,40}\b(?:saham|pelaburan|trading|forex|crypto|kripto|akademi|isyarat|signal)|\b(?:akademi|kelas) (?:saham|pelaburan|trading|forex)\b/,
        /\b(?:group|grup|kumpulan) (?:whatsapp |wasap |telegram )?(?:pelaburan|saham|trading|crypto|kripto|forex|melabur)\b|\bpembantu (?:kepada )?(?:profesor|prof|dato|datuk|tan sri|mentor)\b/,
        /\b(?:kelas|kursus|webinar) (?:pelaburan|saham|trading|crypto|kripto|forex)\b.{0,30}\b(?:percuma|free)\b/,
      ],
      examples: { hit: ['Kami dah masukkan awak dalam group pelaburan saham', 'saya pembantu kepada Dato Hisham', 'kelas trading percuma setiap malam'], miss: ['group whatsapp kelas tadika', 'kelas memasak percuma hujung minggu'] },
    },
    {
      key: 'fellow_townsman',
      stage: 'hook',
      weight: 0.8,
      opening: true,
      any: [
        /\borang (?:kampung|negeri|tempat) (?:yang )?sama\b|\b(?:sekampung|senegeri|satu kampung|satu negeri|sama kampung)\b|\bsama2 orang\b|\bsesama (?:orang|perantau|anak) (?:kita|malaysia|melayu|[a-z]+)\b/,
        /\b(?:nampak|tengok|baca) (?:komen|post|posting|status) (?:awak|kau|ko|you|u|akak|abang|adik|puan|encik|sis|bro) (?:dalam|kat|dekat|di) (?:group|grup|kumpulan|page|fb)\b/,
      ],
      examples: { hit: ['kita orang kampung sama rupanya', 'wah kita senegeri, saya pun orang kelantan', 'saya nampak komen akak kat group resepi'], miss: ['balik kampung raya nanti', 'orang ramai kat pasar'] },
    },

    // ---------------- rapport ----------------
    {
      key: 'pet_name',
      stage: 'rapport',
      weight: 0.4,
      any: [/\b(?:sayang(?! (?:sekali|sangat|betul|nya)\b)|sayangku|syg|intan payung|buah hati)\b/],
      examples: { hit: ['selamat pagi sayang', 'buah hati dah makan?', 'syg buat apa tu'], miss: ['sayang sekali awak tak dapat datang', 'sayangnya awak tak datang', 'buah tembikai ni sedap'] },
    },
    {
      key: 'love_bombing',
      stage: 'rapport',
      weight: 1,
      any: [/\b(?:belahan jiwa|soulmate|jodoh saya|masa depan kita(?: berdua)?|hidup bersama (?:selamanya|sampai tua))\b|\btak pernah rasa (?:macam|seperti) (?:ni|ini)\b|\bselalu (?:fikir|teringat|ingat) (?:pasal )?(?:awak|you)\b|\bkahwin dengan (?:awak|you)\b/],
      examples: { hit: ['awak belahan jiwa saya', 'saya selalu fikir pasal masa depan kita berdua', 'tak pernah rasa macam ni'], miss: ['masa depan syarikat tak jelas', 'pergi kenduri kahwin kawan'] },
    },
    {
      key: 'secrecy',
      stage: 'rapport',
      weight: 2,
      any: [
        /\bjangan (?:bagitau|bagitahu|beritahu|cerita|cakap|bgtau|habaq)(?: dulu)?(?: kat| dekat| pada| kepada)? (?:keluarga|family|famili|suami|isteri|anak|sesiapa|bank|orang lain)\b/,
        /\bjangan (?:share|kongsi|sebar|bagi) (?:link|pautan|group|grup)\b.{0,30}\b(?:orang luar|sesiapa|orang lain)\b/,
        /\bjangan (?:bagitau|bagitahu|beritahu|cakap|cerita|bgtau|bagi tau)(?: \w+){0,2} (?:kat|pada|dengan|kepada) (?:keluarga|family|suami|isteri|anak|anak-anak|bank|mak ayah|parents)\b/,
        /\brahsia kita(?: berdua)?\b|\b(?:keluarga|family|bank) (?:tak|tidak) (?:akan )?faham\b|\bkalau (?:bank|pihak bank) tanya\b.{0,20}\b(?:cakap|jawab|bagitau)\b/,
      ],
      examples: { hit: ['jangan bagitau keluarga dulu tau', 'jangan cerita kat suami pasal ni', 'jangan bagitau dulu kat family, diorang tak akan faham', 'ini rahsia kita berdua', 'kalau bank tanya cakap je untuk ubah suai rumah'], miss: ['jangan lupa bagitau mak nanti', 'kirim salam kat family awak', 'jangan cakap macam tu'] },
    },
    {
      key: 'trading_lifestyle',
      stage: 'rapport',
      weight: 0.8,
      any: [/\b(?:part time|sampingan|masa lapang|selain kerja|kerja sampingan)(?: \w+){0,3} (?:melabur|pelaburan|trading|trade|main saham|main crypto|forex)\b|\b(?:saya|aku|i) (?:seorang )?(?:trader|pelabur)(?: (?:sepenuh masa|full ?time|bebas))?\b|\bhidup (?:dengan|dari|hasil) (?:pelaburan|trading)\b/],
      examples: { hit: ['selain kerja saya buat trading emas', 'saya seorang trader sepenuh masa', 'sekarang hidup hasil pelaburan je'], miss: ['pelaburan ni susah ke?', 'masa lapang saya suka memasak'] },
    },

    // ---------------- off_platform ----------------
    {
      key: 'move_off_platform',
      stage: 'off_platform',
      weight: 1.2,
      any: [
        /\b(?:add|save|simpan) (?:whatsapp|wechat|wa|telegram|tele|nombor|no) (?:saya|aku|i)\b/,
        new RegExp(String.raw`\b${APP} lebih (?:cepat|senang|mudah|laju|selamat)\b`),
        new RegExp(String.raw`\b(?:notification|notifikasi|noti) (?:\w+ ){0,2}(?:selalu |asyik )?(?:delay|lambat)\b|\bkalau nak sambung,? ${APP}\b|\bsambung (?:kat |dekat |dalam )?${APP}\b`),
        new RegExp(String.raw`\b(?:add|masukkan|tambah|join)\b.{0,20}\b(?:group|grup|kumpulan) ${APP}\b|\b(?:group|grup|kumpulan) ${APP} (?:khas|vip|ahli)\b|\bbagi nombor (?:awak|you|kau|ko|akak)\b.{0,20}\b(?:mesej|whatsapp|wasap|call)\b`),
        new RegExp(`\\b(?:boleh (?:saya |i )?(?:dapat|minta|ambil)|bagi|minta|share)(?: \\w+){0,2} (?:no |nombor |number |id )?${APP}\\b(?! (?:kawan|member|mak|ayah|abang|kakak|adik|boss|bos|dia)\\b)`),
        new RegExp(`\\b(?:sembang|chat|borak|berbual|hubungi|contact)(?: \\w+){0,2} (?:kat|di|dalam|melalui|guna|through|on) ${APP}\\b`),
        new RegExp(`\\b(?:ada|guna|pakai) ${APP} (?:tak|x|ke)\\b|\\b${APP} (?:saya|aku|i)(?: (?:ialah|adalah))?\\s?:`),
        /\bjarang (?:buka|guna|pakai|on) (?:app|aplikasi|apps) ni\b|\b(?:app|aplikasi) ni (?:saya |aku |i )?jarang (?:buka|guna)\b/,
      ],
      examples: { hit: ['add whatsapp saya ya', 'saya jarang buka app ni, boleh saya dapat nombor whatsapp?', 'jom sembang kat telegram', 'whatsapp saya: 012-345 6789', 'awak ada wechat tak?'], miss: ['save gambar saya', 'gambar dah hantar guna emel', 'whatsapp down lagi'] },
    },

    // ---------------- wealth ----------------
    {
      key: 'relative_analyst',
      stage: 'wealth',
      weight: 2.5,
      any: [
        new RegExp(String.raw`\b${MY_KIN}\b.{0,30}\b(?:analis|analyst|pakar saham|pengurus dana|fund manager|trader)\b.{0,40}\b(?:tip|tips|isyarat|signal|maklumat dalaman|info)\b`),
        new RegExp(`\\b${MY_KIN}(?: \\w+){0,6} (?:ialah |adalah |seorang |kerja sebagai |jadi )?(?:penganalisis|analyst|pengurus dana|fund manager|trader|pakar (?:pelaburan|saham|kewangan)|broker|remisier)\\b`),
        /\b(?:maklumat|info) dalaman\b|\binsider\b|\b(?:bocoran|tip) (?:saham|harga|pasaran)\b|\btahu (?:dulu|awal) (?:harga|pergerakan|pasaran)\b/,
      ],
      examples: { hit: ['pakcik saya analis kat bank pelaburan, dia bagi tip setiap hari', 'uncle saya penganalisis di firma pelaburan', 'auntie saya fund manager, dia dapat info dalaman', 'kami dapat tip saham sebelum naik'], miss: ['uncle saya datang esok', 'kakak saya jururawat'] },
    },
    {
      key: 'showing_gains',
      stage: 'wealth',
      weight: 1.2,
      any: [
        /\b(?:screenshot|ss|bukti) (?:profit|untung|keuntungan|withdraw|pengeluaran)\b|\b(?:profit|untung) (?:ahli|member|student)\b|\bmember\b.{0,25}\bwithdraw\b.{0,10}rm ?\d/,
        /\b(?:trade|trading|dagangan|saham|emas|forex|kripto|crypto|pool|signal)\b.{0,30}\buntung (?:usd|rm|usdt|\$)\s?\d|\buntung (?:usd|rm|usdt|\$)\s?\d[\d,.]{0,12}\b.{0,30}\b(?:trade|trading|emas|forex|kripto|crypto|signal|screenshot)\b|\broi\b.{0,15}\+\s?\d|\bbeli\b.{0,30}\b(?:cash|tunai)\b.{0,20}\bhasil (?:pool|trading|pelaburan|crypto|kripto|forex|emas)\b/,
        /\b(?:dia|beliau|mentor|cikgu|dato) ajar saya\b.{0,50}\b(?:beli kereta|beli rumah|untung|beli kondo)\b/,
        new RegExp(String.raw`\b(?:ahli|member|peserta)(?: vip)? (?:dapat|raih|buat) (?:untung|keuntungan|profit) (?:purata |sebanyak )?${AMOUNT}|\b(?:untung|keuntungan|profit) (?:purata |sebanyak )?\d[\d.,]{0,6}\s?% (?:minggu|bulan|hari)\b|\[(?:screenshot|tangkap layar|gambar)[^\]]{0,60}(?:\+\s?rm|untung|profit|usdt|baki rm)`),
        new RegExp(String.raw`\b(?:tutup|close) \d+ trade\b.{0,15}\b(?:semua|semuanya) (?:untung|profit|hijau)\b|\b(?:untung besar|dapat tempias)\b.{0,40}\b(?:dagangan|trading|trade|pelaburan|emas|saham|crypto|kripto)\b|\b(?:dagangan|trading|pelaburan|pool|node)\b.{0,40}\b(?:untung besar|dapat tempias)\b`),
        new RegExp(`\\b${INVEST}\\b.{0,30}\\b(?:untung|profit|dapat|hasil) (?:dalam |sekitar |hampir |lebih )?${AMOUNT}`),
        new RegExp(`\\b(?:untung|profit|keuntungan)(?: \\w+){0,2} (?:sekitar |hampir |lebih )?${AMOUNT}.{0,30}\\b(?:dari|guna|ikut|melalui) (?:${INVEST}|uncle|auntie|mentor)\\b`),
      ],
      examples: { hit: ['ni screenshot profit ahli hari ini', 'member kita withdraw rm2,400 berjaya', 'baru tutup trade emas, untung USD 1,500', 'beli kereta cash hasil pool ni je', 'trading emas hari ni saya untung rm15,000', 'profit 2,000 usdt minggu ni ikut signal uncle', 'main crypto seminggu dapat 30%'], miss: ['screenshot resit bayaran ya', 'jual kuih hari ni untung rm200', 'dapat diskaun rm50 hari ni'] },
    },
    {
      key: 'mentor_pedigree',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\bbekas pengurus dana\b|\bbank pelaburan selama \d+ tahun\b/,
        new RegExp(`\\b(?:${MY_KIN}|beliau|dia)\\b.{0,40}\\b(?:goldman|jp ?morgan|morgan stanley|blackrock|wall street|hedge fund|bank pelaburan|bekas trader|bekas pengurus dana)\\b`),
        /\bpengalaman \d+ tahun (?:dalam |di )?(?:trading|pelaburan|pasaran saham|bursa|pasaran modal)\b/,
      ],
      examples: { hit: ['uncle saya dulu kerja di Goldman Sachs', 'mentor kami ada pengalaman 20 tahun dalam pasaran saham', 'beliau bekas trader hedge fund'], miss: ['saham goldman macam mana', 'ayah saya cikgu sekolah'] },
    },
    {
      key: 'wealth_signals',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\b(?:dato|datuk|prof|cikgu|mentor|sifu|tuan guru)'? (?:\w+ )?(?:cadangkan|suruh|syorkan) beli\b|\banalisis hari ini oleh\b/,
        /\b(?:follow|ikut) (?:signal|isyarat) (?:dia|beliau|mentor|kawan|cikgu|dato)\b|\b(?:kawan|member|rakan|kenalan) (?:saya|aku) (?:tu |ni )?(?:analyst|penganalisis|trader|fund manager|pengurus dana)\b/,
        new RegExp(String.raw`\b(?:beli|dah beli|baru beli|pakai|dah pakai) (?:kondo|condo|rumah|banglo|alphard|vellfire|bmw|merc|porsche|kereta baru)\b.{0,60}\b(?:sebab|dari|hasil|ilmu|pelaburan|trading|dagangan|pool|node|crypto|kripto)\b|\bduit (?:boleh )?(?:bekerja|kerja) untuk (?:kita|kau|awak|you)\b`),
        /\b(?:isyarat|signal) (?:beli|jual|trading|masuk|entry|dari (?:uncle|auntie|mentor|profesor|prof|dato))\b|\b(?:tunggu|ikut) (?:isyarat|signal|arahan) (?:dari |daripada )?(?:saya|aku|uncle|auntie|mentor|profesor|prof|dato)\b|\btitik (?:masuk|entry)\b/],
      examples: { hit: ['hari ni Dato\' cadangkan beli kaunter tu', 'tunggu signal dari uncle dulu', 'malam ni ada isyarat beli', 'ikut arahan saya pukul 9'], miss: ['signal telefon teruk kat sini', 'ikut arahan cikgu'] },
    },

    // ---------------- pitch ----------------
    {
      key: 'offer_to_teach',
      stage: 'pitch',
      weight: 2,
      any: [
        /\b(?:saya|aku|i) (?:ajar|ajarkan|tunjuk|bimbing) (?:\w+ )?(?:step by step|langkah demi langkah|sampai pandai|cara beli|tekan beli|cara trade|cara main)\b/,
        new RegExp(`\\b${ME} (?:boleh |akan |nak |sedia )?(?:ajar|ajarkan|bimbing|tolong|tunjuk|guide|bantu) ${YOU}?(?: \\w+){0,4} (?:melabur|pelaburan|trading|trade|main saham|crypto|kripto|buat duit|cari duit|dapat untung|forex)\\b`),
        new RegExp(`\\b(?:hanya |cuma |just )?ikut (?:je |saja )?(?:arahan|cara|step) ${ME}\\b`),
      ],
      examples: { hit: ['saya boleh ajar awak trading dari kosong', 'i bimbing you buat duit', 'awak cuma ikut je arahan saya'], miss: ['saya ajar awak masak rendang', 'ikut resipi ni'] },
    },
    {
      key: 'guaranteed_returns',
      stage: 'pitch',
      weight: 2.5,
      any: [
        /\btak rugi\b.{0,25}\b(?:emas|selamat|syariah|untung)\b|\bpatuh syariah\b.{0,30}\b(?:untung|pulangan|selamat)\b/,
        /\b(?:dijamin|confirm|pasti|100 ?%) (?:untung|profit|menang|balik modal)\b|\b(?:tanpa|tiada|takde|tak ada|zero|sifar) risiko\b/,
        /\b(?:tak|tidak) (?:mungkin|akan) rugi\b|\b(?:untung|modal|keuntungan) (?:dijamin|terjamin|selamat 100)\b|\bkalau rugi (?:saya|aku|i) (?:yang )?(?:ganti|tanggung|bayar balik)\b/,
      ],
      examples: { hit: ['confirm untung, takde risiko', 'modal dijamin selamat', 'kalau rugi saya yang ganti'], miss: ['pelaburan mesti ada risiko', 'dijamin sedap nasi lemak ni'] },
    },
    {
      key: 'high_returns',
      stage: 'pitch',
      weight: 2,
      any: [
        new RegExp(String.raw`\b(?:transfer|bank in|deposit|masukkan|letak) ${AMOUNT}\b.{0,40}\b(?:pulangkan|pulangan|dapat balik|untung) ${AMOUNT}|\b(?:komisen|untung|pulangan) \d+\s?(?:-\s?\d+)?\s?%|\buntung ${AMOUNT} dalam \d+ (?:minit|jam)\b`),
        /\b(?:sehari|setiap hari|tiap hari|harian|seminggu|setiap minggu|mingguan|per ?trade)\b (?:\w+ ){0,2}\d+(?:\.\d+)? ?(?:%|peratus)/,
        /(?<!diskaun |potongan |promosi |off )(?<![\d.,])\d+(?:\.\d+)? ?(?:%|peratus) (?:sehari|setiap hari|tiap hari|seminggu|setiap minggu|dalam \d+ (?:hari|jam))\b/,
        /(?<![\d.,])(?:[3-9]|[1-9]\d)(?:\.\d+)? ?(?:%|peratus) (?:sebulan|setiap bulan|tiap bulan)\b|\b(?:pulangan|keuntungan|untung|return) (?:sehingga |sampai |mencapai |sekitar )?(?:[2-9]\d|\d{3,}) ?(?:%|peratus)/,
      ],
      examples: { hit: ['pulangan harian 3%', 'boleh dapat 5% sehari', 'pulangan sehingga 300%'], miss: ['bateri tinggal 3%', 'diskaun 50% sehari je', 'dividen ASB 5% setahun'] },
    },
    {
      key: 'investment_product',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:trading|trade|dagangan) (?:kontrak|niaga hadapan|futures|opsyen|margin|emas|forex|matawang|komoditi)\b|\bkontrak (?:niaga hadapan|crypto|kripto|bitcoin|btc|saat)\b|\bbinary option\b|\bopsyen binari\b|\bforex\b/,
        /\b(?:perlombongan|mining) kecairan\b|\bliquidity mining\b|\bstaking\b|\brobot trading\b|\bbot (?:trading|ai)\b|\btrading (?:automatik|auto|ai)\b|\bmt4\b|\bmt5\b|\bmetatrader\b|\barbitraj\b|\bxau/,
      ],
      examples: { hit: ['saya main kontrak bitcoin', 'robot trading jalan sendiri 24 jam', 'download MT5 dulu'], miss: ['kontrak sewa rumah dah tamat', 'beli rantai emas untuk mak'] },
    },
    {
      key: 'invitation_to_invest',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\bcuba (?:la |lah )?(?:labur|melabur|invest)\b|\brm\s?\d[\d,.]{0,8} pun boleh\b/,
        /\b(?:nak|mahu|berminat|jom|cuba|try)(?: \w+){0,2} (?:melabur|labur|pelaburan|invest|trading|trade)\b(?: \w+){0,3} ?(?:sekali|bersama|dengan (?:saya|aku)|tak|x|ke|\?)/,
        /\b(?:melabur|trading|cari duit|buat duit) (?:sama-sama|bersama|together)\b|\bmodal (?:kecil|sikit|sedikit)\b|\bmula(?:kan)? (?:dengan|dari|dgn) (?:modal )?(?:rm\s?\d[\d,.]{0,12}\s?(?:k|ribu)?|\d[\d,.]{0,12}\s?(?:k|ribu|usdt|usd|ringgit))\b/,
      ],
      examples: { hit: ['cuba la labur sikit dulu, RM500 pun boleh', 'awak nak cuba melabur dengan saya?', 'modal kecil pun boleh', 'mula dengan rm500 dulu'], miss: ['jom cuba nasi lemak kat situ', 'mula dari awal balik'] },
    },
    {
      key: 'pitch_urgency',
      stage: 'pitch',
      weight: 1,
      any: [
        /\bslot\b.{0,25}\btinggal \d{1,2}\b|\btawaran (?:ni |ini )?(?:sampai|hingga|tamat) (?:isnin|selasa|rabu|khamis|jumaat|sabtu|ahad)\b/,
        /\bslot (?:promosi )?(?:tinggal sikit|terhad|hampir penuh|pukul \d+ \w+ tutup|tutup)\b|\blepas \d+\s?hb minimum naik\b|\bbonus pendaftaran (?:habis|tamat)\b|\btawaran ini sah \d+ jam\b/,
        /\b(?:slot|kuota|tempat) (?:vip |member |ahli |ahli vip |member vip )?(?:terhad|tinggal \d+|hampir penuh)\b|\b(?:tinggal|hanya|cuma) \d+ (?:slot|kuota)\b|\bpeluang (?:terakhir|keemasan)\b|\bjangan (?:lepaskan|lepas|terlepas) peluang\b|\b(?:kena|mesti|wajib) (?:deposit|masuk duit|transfer|bank in|melabur) (?:hari ni|hari ini|sekarang|segera|cepat)\b/],
      examples: { hit: ['slot bulan ni tinggal 2 je', 'slot VIP tinggal 3', 'ini peluang terakhir', 'kena deposit hari ni sebelum pukul 9'], miss: ['promosi tamat esok', 'tinggal 2 keping kek'] },
    },
    {
      key: 'offer_to_set_up',
      stage: 'pitch',
      weight: 1.5,
      any: [
        new RegExp(`\\b${ME} (?:boleh |akan |nak )?(?:tolong |bantu )?(?:buatkan|bukakan|daftarkan|set ?up|setup) (?:akaun|account)\\b|\\b${ME} (?:yang )?(?:tradekan|uruskan|jalankan|operate) (?:akaun|dana|duit) (?:awak|you)\\b`),
        new RegExp(`\\bbagi (?:password|kata laluan|pin|username) (?:kat|pada|kepada) ${ME}\\b`),
      ],
      examples: { hit: ['saya tolong bukakan akaun ya', 'nanti i yang uruskan akaun you', 'bagi password kat saya, saya setkan'], miss: ['saya buatkan kopi ya', 'saya tolong pindah rumah esok'] },
    },
    {
      key: 'future_together',
      stage: 'pitch',
      weight: 1.2,
      any: [/\b(?:demi|untuk) masa depan kita(?: berdua)?\b|\bkebebasan kewangan\b|\bfinancial freedom\b|\bpassive income\b|\bpendapatan pasif\b|\b(?:tak|tidak) (?:perlu|payah) (?:kerja|kerja keras|penat kerja) lagi\b|\bboleh (?:berhenti kerja|resign|pencen awal)\b/],
      examples: { hit: ['ini semua demi masa depan kita berdua', 'saya nak awak ada pendapatan pasif', 'nanti awak tak payah kerja lagi'], miss: ['simpan duit nak beli sofa', 'penat kerja nak bercuti'] },
    },
    {
      key: 'guilt_trip',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:awak|you|kau) (?:tak|tidak|x) (?:percaya|caya) (?:kat |pada |dengan )?(?:saya|aku|i)\b|\b(?:saya|aku|i) bukan (?:scammer|penipu|kaki tipu)\b|\b(?:ingat|fikir|anggap) (?:saya|aku|i) (?:ni )?(?:scammer|penipu)\b/,
        /\b(?:saya|aku|i) (?:cuma|hanya|just) (?:nak|mahu|ingin) (?:tolong|bantu)\b|\bkecewa (?:dengan|dgn) (?:awak|you)\b/,
      ],
      examples: { hit: ['awak tak percaya saya ke?', 'saya bukan scammer sayang', 'saya cuma nak tolong awak'], miss: ['terima kasih sebab percaya saya', 'kecewa dengan filem tu'] },
    },
    {
      key: 'exclusive_access',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\bkumpulan tertutup\b|\bahli terhad\b|\bplatform (?:dagangan )?institusi\b|\btak perlu (?:akaun )?cds\b/,
        /\bvip(?:[iea]|\s?\d)\b/,
        /\b(?:signal|isyarat) vip\b|\bgroup isyarat\b|\bahli vip\b/,
        /\b(?:group|grup|kumpulan|ahli|member|akaun|kelas|tahap) vip\b|\bakaun institusi\b|\b(?:saham|kuota|peruntukan) ipo\b|\bcopy ?trad(?:e|ing)\b|\bkhas untuk (?:orang|ahli|member) (?:terpilih|tertentu|rapat)\b/],
      examples: { hit: ['ni kumpulan tertutup, ahli terhad', 'ahli VIP dapat 5 signal sehari', 'profesor buka akaun institusi untuk beberapa orang', 'ada kuota IPO khas untuk ahli terpilih'], miss: ['lounge vip airport selesa', 'tiket konsert dah habis'] },
    },
    {
      key: 'easy_money',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:tugasan|task) (?:prepaid|pendahuluan|gabungan|bertuah|combo)\b|\b(?:prepaid|combo) (?:task|tugasan|order)\b|\bpesanan gabungan\b/,
        /\b(?:modal|duit|dana|akaun) (?:jadi |boleh jadi |naik )?(?:2|3|5|10|dua|tiga|sepuluh) ?(?:x|kali ganda)\b|\b(?:win ?rate|kadar kemenangan|ketepatan) (?:atas |lebih |sampai )?\d+ ?%/,
        /\b(?:sehari|setiap hari|tiap hari) (?:boleh )?(?:dapat|untung|buat) (?:rm\s?\d[\d,.]{0,12}\s?(?:k|ribu)?|\d[\d,.]{0,12}\s?(?:k|ribu|ringgit))(?!\s?%)\b|\bkerja (?:mudah|senang|dari rumah) (?:gaji|pendapatan) (?:besar|lumayan|ribu-ribu)\b|\bduit (?:mudah|senang) masuk\b/,
      ],
      examples: { hit: ['sebulan modal jadi 2x ganda', 'win rate atas 90%', 'sehari boleh dapat rm2,000'], miss: ['harga barang naik dua kali ganda', 'kerja dari rumah best'] },
    },

    {
      key: 'task_job_offer',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\btugasan (?:hari ni|hari ini|baru) (?:dah |telah |sudah )?dibuka\b|\b(?:pm|mesej|whatsapp) saya untuk (?:dapatkan|ambil) tugasan\b/,
        /\b(?:kerja|kerjaan|jawatan|peluang|job) (?:part ?-?time|sambilan|separuh masa|online|dari rumah|freelance|remote)\b.{0,80}\b(?:like|follow|subscribe|rating|review|ulasan|tugasan|komisen|komisyen|sehari|guna telefon|dari rumah|\d{1,3}\s?(?:minit|min)\b)/,
        /\b(?:like|follow|subscribe|rating|ulasan|review|bagi bintang)\b.{0,50}\b(?:komisen|komisyen|dibayar|bayaran|gaji|satu tugasan|setiap tugasan|per tugasan|rm\s?\d)/,
        /(?:rm\s?)?\d[\d,.]{0,8}(?:\s?-\s?(?:rm\s?)?\d[\d,.]{0,8})? ?(?:per|\/|setiap|satu) ?(?:tugasan|task|like|video|ulasan|review|rating)\b|\b(?:satu|setiap|per) tugasan (?:rm\s?)?\d/,
        /\b(?:dipilih|terpilih) (?:secara )?(?:rawak|random)\b|\bnombor (?:anda|awak|encik|puan|cik|kak|akak) (?:dipilih|terpilih)\b/,
        /\btugasan (?:percuma|pertama|harian|percubaan|\d(?:\s?-\s?\d{1,2})?:)|\bgroup tugasan\b|\bkumpulan tugasan\b|\b(?:mentor|resepsionis|admin) (?:kerja sambilan|tugasan)\b/,
        /\b(?:dapat|gaji|pendapatan|untung|buat|earn) (?:rm\s?)?\d[\d,.]{0,8}(?:\s?-\s?(?:rm\s?)?\d[\d,.]{0,8})? ?(?:sehari|setiap hari|per hari|\/hari|a day)\b.{0,60}\b(?:telefon|phone|rumah|online|part ?-?time|sambilan|minit|tugasan|like)\b|\b(?:telefon|phone|rumah)\b.{0,40}\b\d{1,3}\s?(?:-\s?\d{1,3}\s?)?minit sehari\b/,
        /\b(?:optimasi|pengoptimuman) (?:data|pesanan|produk|kedai|aplikasi)\b|\b(?:boost|tingkatkan) (?:pesanan|order|jualan|rating) (?:merchant|kedai|pelanggan)\b/,
        /\b(?:bagi|hantar|berikan) (?:nama bank|nombor akaun)\b.{0,40}\b(?:terima bayaran|komisen|bayaran rm)/,
      ],
      examples: {
        hit: ['tugasan hari ni dah dibuka, PM saya untuk dapatkan tugasan', 
          'Hai, kami cari pekerja part time, like video je dapat komisen',
          'satu tugasan RM8, boleh buat guna telefon',
          'nombor awak dipilih secara rawak oleh sistem kami',
          'boleh dapat RM100-RM300 sehari, kerja dari rumah 15 minit je',
          'cuba tugasan percuma dulu, follow channel dan hantar screenshot',
        ],
        miss: [
          'ada kerja part time kat kedai mamak, interview hari Isnin',
          'aku grab sambilan hujung minggu',
          'jangan lupa like dan subscribe channel aku',
          'bagi rating filem tu berapa?',
        ],
      },
    },
    // ---------------- platform ----------------
    {
      key: 'platform_register',
      stage: 'platform',
      weight: 1.8,
      any: [
        /\b(?:download|muat turun|install|pasang) (?:app|apps|aplikasi)\b.{0,20}\b(?:melalui|guna|dari|kat|dekat|pakai) (?:link|pautan)\b/,
        /\b(?:berlesen|berdaftar) (?:di|dengan) (?:\w+ )?(?:st\.? vincent|vanuatu|seychelles|mauritius)\b|\btak (?:letak|ada) (?:di|kat|dalam) play ?store\b|\bbrowser dalam (?:trust ?wallet|metamask|tokenpocket)\b|\bjoin pool\b|\baudit certik\b/,
        /\b(?:daftar|register|sign up)\b.{0,30}\bkod (?:rujukan|jemputan|referral|invite)\b|\bkod (?:rujukan|jemputan|referral|invite) (?:aku|saya|i)\b|\bbonus (?:pendaftaran|daftar)\b|\b(?:gambar|salinan) ic\b.{0,30}\b(?:selfie|depan belakang|kyc)\b|\bkyc macam bank\b|\bhantar screenshot id akaun\b|\bdomain baru\b/,
        /\btestflight\b|\.apk\b|\bfail apk\b/,
        /\b(?:download|muat turun|install|pasang) (?:app|aplikasi|apps)(?: \w+){0,4} (?:daftar|register|buka akaun)\b|\b(?:daftar|register|buka akaun) (?:di|dalam|kat|dekat) (?:platform|aplikasi|app|laman web)\b/,
        /\b(?:platform|aplikasi|laman web)(?: \w+){0,4} kod (?:jemputan|rujukan|referral)\b|\b(?:platform|aplikasi)(?: ni| ini)? (?:sah|berlesen|berdaftar|diiktiraf)\b/,
      ],
      examples: { hit: ['download apps melalui link ni', 'app ni tak ada kat Play Store, download guna link', 'download app tu lepas tu daftar akaun', 'platform ni berlesen di Amerika', 'daftar kat platform guna kod jemputan 8QX2'], miss: ['download app mysejahtera kat play store', 'guna kod referral shopee', 'download gambar dari drive'] },
    },
    {
      key: 'customer_service',
      stage: 'platform',
      weight: 2,
      any: [
        /\btanya (?:cs|customer service|khidmat pelanggan) (?:dalam|kat|dekat) (?:app|aplikasi|platform)\b/,
        /\b(?:cs|customer service|khidmat pelanggan|perkhidmatan pelanggan)\b(?: \w+){0,5} (?:untuk |nak )?(?:deposit|withdraw|pengeluaran|keluarkan duit|akaun penerima|alamat wallet|tambah nilai)\b|\b(?:hubungi|contact|chat|tanya) (?:cs|customer service|khidmat pelanggan) (?:platform|aplikasi|app)\b/],
      examples: { hit: ['hubungi khidmat pelanggan untuk deposit', 'chat CS platform untuk alamat wallet', 'tanya customer service app pasal withdraw'], miss: ['cs shopee lambat balas', 'tanya kedai pasal pos'] },
    },

    // ---------------- deposit ----------------
    {
      key: 'buy_crypto',
      stage: 'deposit',
      weight: 2,
      any: [
        /\b(?:hantar|transfer|pindah|deposit)\b (?:\d[\d.,]{0,10} ?)?(?:usdt|btc|eth|crypto|kripto)\b.{0,25}\b(?:alamat|address|wallet|dompet)\b|\balamat (?:wallet|dompet|deposit)\b/,
        new RegExp(`\\b(?:beli|tukar) (?:\\d[\\d,.]*\\s?)?${CRYPTO}\\b(?: \\w+){0,6} (?:lepas tu|pastu|kemudian|lepastu|terus|dan) (?:hantar|transfer|pindah|pindahkan|deposit|send)\\b`),
        /\b(?:luno|tokenize|mx global|binance|bybit|okx|p2p)\b.{0,40}\b(?:hantar|transfer|pindah|send) (?:ke|kat)\b|\balamat (?:wallet|dompet)\b|\btrc ?-?20\b|\berc ?-?20\b/,
      ],
      examples: { hit: ['hantar usdt ke alamat ni', 'ni alamat wallet untuk deposit', 'beli USDT kat Luno lepas tu hantar ke alamat platform', 'ni alamat wallet untuk deposit', 'guna rangkaian TRC20'], miss: ['hantar alamat rumah kat sini', 'beli roti lepas tu balik rumah', 'hantar alamat rumah awak'] },
    },
    {
      key: 'deposit_instructions',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\b(?:top ?up|tambah nilai|isi semula|reload|deposit|masukkan)\b.{0,40}\b(?:naik|upgrade|capai|masuk) (?:ke )?(?:tahap|level|vip|peringkat) ?(?:\d|gold|emas|platinum|silver|vip)\b|\b(?:top ?up|tambah nilai|deposit)\b (?:minimum |min )?rm ?\d[\d,.]{0,8} (?:untuk|utk|bagi) (?:level|tahap|vip)\b|\btambah nilai (?:akaun|baki|wallet|dompet)\b/,
        /\b(?:jangan lupa|dah transfer|sudah transfer|dah bayar) baki\b|\bperuntukan (?:\w+ )?dibatalkan\b/,
        /\bsila (?:buat )?(?:bayaran|pembayaran|transfer|deposit) sebelum\b|\bselebihnya (?:esok|nanti|minggu depan|lusa)\b|\bperuntukan (?:ipo )?(?:untuk (?:encik|puan|anda|awak) )?(?:dah |telah )?lulus\b|\bdeposit pengesahan\b|\bdompet transit\b/,
        /\bevent (?:khas|istimewa|terhad)\b.{0,40}\b(?:keuntungan|untung|bonus|pulangan) \d+\s?%|\bkalau modal besar sikit\b/,
        new RegExp(String.raw`\bminimum (?:event|deposit|topup|top up|pelaburan|modal|masuk) ${AMOUNT}|\bpinjam (?:koperasi|along|bank|kawan|member)\b`),
        new RegExp(String.raw`\b(?:tambah|topup|top up|masukkan) (?:sampai |lagi )?${AMOUNT}\b.{0,40}\b(?:baru boleh|untuk|lepas|supaya)\b|\b(?:perlu|kena|mesti) tambah ${AMOUNT}|\bhantar resit (?:selepas|lepas) (?:bayar|transfer|bank in)\b|\bsistem bagi masa \d+ jam\b`),
        new RegExp(String.raw`\bpinjam (?:dengan|dari|daripada|kat) (?:suami|isteri|kawan|keluarga|mak|ayah)\b|\btugasan seterusnya ${AMOUNT}`),
        /\b(?:minimum|minima|min) (?:deposit|pelaburan|modal|topup|top up)\b|\b(?:deposit|pelaburan|modal) (?:minimum|minima|min) (?:rm\s?)?\d|\b(?:deposit|masukkan|masuk) (?:lagi |tambah |dulu )?(?:rm\s?\d[\d,.]{0,12}\s?(?:k|ribu)?|\d[\d,.]{0,12}\s?(?:usdt|usd))(?: \w+){0,3} (?:dalam |ke |kat )?(?:akaun|platform|wallet|app)\b|\b(?:deposit|masukkan) (?:lagi |tambah )?\d[\d,.]{0,12}\s?usdt\b/],
      examples: { hit: ['top up rm3,000 lagi akaun naik ke tahap gold', 'tambah nilai akaun 500 usdt dulu ya', 'top up minimum rm100 untuk level 1', 'sila buat bayaran sebelum 3 petang hari ni', 'transfer separuh hari ni, selebihnya esok', 'minimum deposit rm1,000', 'deposit dulu rm5,000 dalam akaun', 'masukkan lagi 1000 usdt'], miss: ['top up prepaid rm30 je', 'tambah nilai touch n go rm50', 'bank in rm50 untuk yuran kelas', 'umur minimum 18 tahun'] },
    },
    {
      key: 'deposit_wire',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\bakaun (?:merchant|peniaga|ejen|pengurusan dana)\b|\bke akaun (?:maybank|cimb|public bank|rhb|bank islam|hong leong|ambank|bsn)\b.{0,40}\b(?:atas nama|a\.n\.?|sdn bhd|enterprise|resources|trading)\b|\bakaun syarikat (?:tengah|sedang) (?:audit|dibekukan|diselenggara)\b/,
        /\bakaun (?:penjaga|custodian|amanah) (?:kami|syarikat)?|\bsyarikat penjaga\b|\bsemua ahli bayar ke akaun\b/,
        /\b(?:pindahkan|transfer|bank in|bayar)\b.{0,30}\bakaun (?:penjaga|amanah|syarikat|custodian|korporat)\b|\bakaun (?:penjaga|amanah) (?:kami|yang saya)\b/,
        /\b(?:transfer|bank in|pindah|masukkan) (?:duit |wang )?(?:ke |kat |dalam )?akaun (?:syarikat|company|yang ditetapkan|ejen|agent|pihak ketiga)\b|\bakaun (?:syarikat|pihak ketiga|yang ditetapkan) (?:ini|ni|berikut)\b/],
      examples: { hit: ['transfer ke akaun merchant kami', 'transfer rm2,000 ke akaun maybank 5140 8822 atas nama seri bahagia resources', 'bayaran melalui akaun penjaga kami', 'bank in ke akaun syarikat ya', 'transfer ke akaun yang ditetapkan', 'masukkan duit dalam akaun pihak ketiga ni'], miss: ['transfer ke maybank aku nanti', 'bank in kat akaun saya je untuk kongsi makan', 'nombor akaun maybank awak apa?'] },
    },

    {
      key: 'prepaid_task',
      stage: 'deposit',
      weight: 2.5,
      any: [
        /\btugasan (?:prabayar|gabungan|combo|kombinasi|istimewa|bertuah)\b|\bpesanan (?:bertuah|gabungan|istimewa)\b|\b(?:lucky|combo|merged) (?:order|task)s?\b/,
        /\bbaki (?:\w+ )?(?:negatif|minus|jadi negatif)\b|\b(?:negatif|minus) (?:baki|rm)\b/,
        /\b(?:top ?up|tambah nilai|topup|reload|recharge|deposit|bayar|masukkan duit)\b.{0,50}\b(?:tugasan|komisen|komisyen)\b|\b(?:tugasan|komisen|komisyen)\b.{0,50}\b(?:top ?up|tambah nilai|topup|recharge|deposit)\b/,
        /\b(?:siapkan|habiskan|selesaikan|lengkapkan) (?:dulu )?(?:semua |baki )?(?:tugasan|set)(?:nya)?\b.{0,50}\b(?:keluarkan|withdraw|komisen|gaji|bayaran)\b/,
        /\b(?:klik|tekan) (?:\W{0,2})(?:mula tugasan|start task|ambil pesanan|grab order)\b/,
      ],
      examples: {
        hit: [
          'tahniah dapat tugasan bertuah! top up RM300 dulu baru boleh sambung',
          'baki awak jadi negatif, kena tambah nilai untuk teruskan tugasan',
          'siapkan semua tugasan dulu baru boleh keluarkan komisen',
          'sila log masuk dan tekan Mula tugasan',
        ],
        miss: [
          'top up touch n go dulu nak bayar tol',
          'tugasan sekolah anak aku banyak gila',
          'baki akaun aku tinggal sikit',
        ],
      },
    },
    // ---------------- withdrawal ----------------
    {
      key: 'withdrawal_fee',
      stage: 'withdrawal',
      weight: 3.5,
      any: [
        /\byuran (?:pelepasan|nyahbeku|pengaktifan|jaminan|pengesahan)\b|\b(?:margin|jaminan|deposit jaminan|wang jaminan|cukai)\b.{0,30}\b(?:baru|sebelum|supaya|untuk) (?:boleh )?(?:keluarkan|dikeluarkan|withdraw|tarik|pengeluaran)/,
        /\b(?:untuk|nak|sebelum|kalau nak) (?:keluarkan|mengeluarkan|withdraw|tarik|pengeluaran)\b.{0,40}\b(?:kena|perlu|mesti|wajib) (?:bayar|membayar|transfer|deposit|jelaskan|selesaikan)\b/,
        /\b(?:baki|saldo)\b.{0,40}\b(?:mesti|perlu|kena) (?:ada )?(?:sekurang-?kurangnya|minimum|minima)\b|\bpengesahan nod\b|\bverify node\b/,
        /\b(?:cukai|yuran|caj|fee)\b.{0,40}\b(?:mesti|perlu|kena|wajib) dibayar (?:dahulu|dulu)\b|\bbayaran dari baki akaun tidak dibenarkan\b|\b(?:saya|aku|i) pun (?:kena )?bayar cukai\b|\b(?:pengeluaran|withdraw) melebihi\b.{0,50}\b(?:vip|naik taraf)\b|\b(?:topup|top up|bayar)\b.{0,25}\bnaik taraf\b/,
        /\b(?:withdraw|pengeluaran|keluarkan duit|keluarkan wang|tarik duit|cash out)\b(?![^.!?\n]{0,30}\batm\b)(?: \w+){0,8} (?:kena|perlu|mesti|wajib|harus) (?:bayar|transfer|deposit|bank in|jelaskan) (?:\w+ ){0,3}(?:cukai|yuran|caj|fee|bayaran|deposit|margin|jaminan|\d+ ?%)/,
        /\b(?:bayar|jelaskan|bank in|transfer) (?:dulu )?(?:cukai|yuran|caj|fee|jaminan|deposit jaminan|denda)\b(?: \w+){0,6} (?:baru|supaya|untuk|barulah) (?:boleh )?(?:withdraw|keluarkan|dikeluarkan|tarik|cash out)\b|\bcukai (?:pendapatan|keuntungan|untung)\b(?: \w+){0,6} (?:bayar|dibayar|dijelaskan)\b/,
      ],
      examples: { hit: ['bayar yuran pelepasan dana dulu', 'kena bayar cukai dulu sebelum pengeluaran', 'bayar margin 20% baru boleh keluarkan duit', 'untuk keluarkan duit, awak kena bayar cukai 10% dulu', 'baki wallet mesti sekurang-kurangnya 5,000 USDT untuk pengesahan', 'kalau nak withdraw kena bayar cukai 20% dulu', 'bayar dulu yuran jaminan baru boleh keluarkan', 'cukai keuntungan kena dibayar dulu'], miss: ['yuran sekolah anak dah bayar', 'keluarkan duit kat atm bank lain kena bayar caj rm1', 'bayar cukai jalan esok'] },
    },
    {
      key: 'credit_score',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\bskor kredit\b|\bmarkah kredit\b|\byuran pemulihan\b/,
        /\b(?:skor|markah|mata) (?:kredit|kepercayaan)\b.{0,40}\b(?:withdraw|pengeluaran|keluarkan|akaun|deposit|100)\b|\b(?:withdraw|pengeluaran|akaun)\b.{0,40}\b(?:skor|markah|mata) (?:kredit|kepercayaan)\b/],
      examples: { hit: ['skor kredit akaun awak rendah, tak boleh withdraw', 'markah kepercayaan kena 100 untuk pengeluaran', 'withdraw gagal sebab skor kredit rendah'], miss: ['skor ctos rendah, loan kereta tak lulus', 'markah periksa dah keluar'] },
    },
    {
      key: 'account_frozen',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:akaun|dana|baki|duit)\b.{0,20}\b(?:kena |telah |akan |dah |automatik )?(?:freeze|frozen|dibekukan|dibeku|dikunci)\b|\bnyahbeku\b|\bunfreeze\b/,
        /\banti-?pengubahan wang haram\b|\bakaun pengesahan\b/,
        /\bdeposit (?:nyahbeku|jaminan|aml)\b|\b(?:pengubahan wang haram|money laundering)\b|\bdana (?:akan )?dirampas\b|\b(?:modal|dana|akaun|baki) (?:\w+ )?(?:terkunci|dikunci)\b|\bbaki negatif\b/,
        /\b(?:akaun|dana|duit|baki|aset|wallet|keuntungan)(?: awak| anda| you| cik| puan)? (?:telah |sudah |dah |sedang |akan )?(?:dibekukan|dibeku|beku|disekat|digantung)\b/,
        /\b(?:disyaki|dikesan|dicurigai) (?:terlibat )?(?:dengan )?(?:pengubahan wang haram|money laundering|aktiviti haram)\b|\b(?:buka|nyahsekat|unfreeze) (?:akaun|dana)\b|\b(?:yuran|caj|bayaran) (?:nyahsekat|pembukaan akaun|unfreeze|pengesahan)\b/,
      ],
      examples: { hit: ['akaun awak kena freeze sebab aktiviti luar biasa', 'dana puan akan dibekukan', 'akaun awak telah dibekukan', 'akaun anda disyaki terlibat pengubahan wang haram', 'bayar yuran nyahsekat dulu'], miss: ['ayam dalam peti dah beku', 'akaun fb kena hack', 'ais dalam peti dah beku'] },
    },
    {
      key: 'pay_to_release',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:lepas|selepas|bila|sebaik) (?:je |sahaja )?(?:bayar|jelaskan|settle)\b.{0,30}\b(?:boleh|dapat) (?:dikeluarkan|keluarkan|withdraw|tarik|dicairkan)\b/,
        /\bkalau tak bayar\b.{0,20}\btak (?:boleh|dapat) (?:keluar|withdraw|keluarkan)\b|\bdari sumber luar\b|\bbaki yang dibekukan\b/,
        /\bbayar (?:cukai|yuran|caj|fee|denda) (?:tu |ni )?(?:dulu|dahulu)\b.{0,30}\b(?:selesai|lepas|keluar|dilepaskan|boleh withdraw)\b/,
        /\b(?:perlu|kena) tambah rm\s?\d[\d,.]{0,12}\b.{0,20}\b(?:kosongkan|lengkapkan|selesaikan)\b|\bselesaikan yuran\b.{0,30}\b(?:duit|dana|wang) balik\b/,
        /\b(?:tak|tidak|x) (?:boleh|dapat) (?:potong|tolak|ditolak|dipotong) (?:dari|daripada) (?:baki|keuntungan|untung|akaun|modal)\b|\b(?:lepas|selepas|sebaik) (?:bayar|jelaskan|transfer|bank in)\b(?: \w+){0,4} (?:terus |semua |seluruh )?(?:dana |duit )?(?:boleh (?:withdraw|keluarkan|dikeluarkan)|dilepaskan|dikeluarkan)\b/,
        /\b(?:saya|aku|i) (?:pun|juga) (?:dah |pernah )?bayar\b(?: \w+){0,5} (?:baru |lepas tu |lepastu )?(?:boleh )?(?:withdraw|keluarkan)\b|\b(?:cukai|yuran|deposit|jaminan) (?:tu |itu )?(?:akan )?(?:dipulangkan|dikembalikan|refund)\b/,
      ],
      examples: { hit: ['lepas bayar yuran tu, semua duit boleh dikeluarkan terus', 'cukai tak boleh potong dari baki', 'lepas bayar terus semua dana boleh withdraw', 'saya pun bayar dulu baru boleh keluarkan'], miss: ['lepas bayar bil terus tidur', 'duit baki tak cukup'] },
    },
    {
      key: 'withdrawal_pressure',
      stage: 'withdrawal',
      weight: 1.5,
      any: [
        /\bpinjam (?:la |lah )?(?:dengan|dari|daripada|kat) (?:kawan|family|famili|keluarga|mak|ayah|adik|abang|kakak|saudara|along)\b/,
        /\bkalau (?:puan|encik|awak|you|akak|kak|kau|ko) (?:report|lapor)\b.{0,40}\b(?:dikunci|dibekukan|ditutup|tak boleh bantu)\b|\bsaya boleh tolong separuh\b|\bawak cari separuh\b/,
        /\b(?:cuba |pergi )(?:pinjam|hutang)\b|\bboleh (?:pinjam|hutang) (?:dari|daripada|dengan|kat)\b|\bpinjam (?:dulu|je|saja) (?:dari|daripada|kat|dengan) (?:kawan|keluarga|family|saudara|mak ayah|bank|along)\b|\bpinjam(?:an)? along\b|\bpajak (?:rumah|kereta|emas|geran)\b/,
        /\bkalau (?:tak|tidak|x) (?:bayar|transfer|bank in|deposit)\b(?: \w+){0,6} (?:hilang|hangus|dirampas|dibekukan|lebur)\b|\b(?:tak|tiada) masa (?:nak |untuk )?fikir\b|\b(?:saya|aku|i) (?:tambah|bantu|pinjamkan|bagi) (?:separuh|sebahagian|\d[\d,.]{0,12}\s?(?:k|ribu|usdt)?)\b.{0,20}\bbaki(?:nya)?\b/,
      ],
      examples: { hit: ['pinjam la dengan kawan atau family dulu', 'cuba pinjam dari keluarga dulu', 'kalau tak bayar semua dana awak hangus', 'saya tambah separuh, bakinya awak cari'], miss: ['saya pinjam buku dari kawan', 'nak jual kereta lama'] },
    },
    {
      key: 'trial_withdrawal',
      stage: 'withdrawal',
      weight: 0.8,
      any: [/\b(?:cuba|test|try|uji) (?:withdraw|keluarkan|pengeluaran)\b|\b(?:withdraw|keluarkan) (?:sikit|sedikit|kecil|rm\s?\d[\d,.]*|\d[\d,.]*\s?(?:usdt|usd))(?: dulu)? (?:untuk|nak|utk) (?:test|uji|cuba|buktikan|tengok)\b/],
      examples: { hit: ['cuba withdraw dulu rm100', 'keluarkan sikit untuk test', 'try withdraw dulu biar yakin'], miss: ['keluarkan duit kat atm', 'cuba tarik nafas dalam'] },
    },

    // ---------------- recovery ----------------
    {
      key: 'recovery_offer',
      stage: 'recovery',
      weight: 2.5,
      any: [
        /\bpenipu boleh (?:alihkan|pindahkan|keluarkan) (?:dana|duit|wang)\b/,
        /\bforensik (?:blockchain|kripto|digital)\b|\bjejak dompet\b|\b(?:bantu|membantu) (?:lebih )?\d+ mangsa\b|\bpenilaian kes\b|\bpeluang pemulihan\b|\byuran (?:permulaan|pendahuluan)\b|\bdaripada jumlah kerugian\b|\bakaun sindiket\b|\bdilupuskan jika tidak dituntut\b/,
        /\bunit pemulihan\b|\bpemulangan dana\b|\b(?:yuran|caj) (?:pentadbiran|pemprosesan|guaman|tuntutan)\b|\bfail tuntutan\b|\bsijil pelepasan\b|\bpakar (?:forensik|kes penipuan|pemulihan)\b|\bdapat balik semua\b.{0,40}\bbantuan\b/,
        /\b(?:duit|wang|dana)(?: \w+){0,2} (?:yang )?(?:kena tipu|ditipu|hilang|dilarikan)\b.{0,30}\b(?:balik|semula|dipulangkan|dikembalikan)\b|\b(?:pemulihan|recovery|tuntut balik|dapatkan semula) (?:dana|duit|wang)\b|\bhacker (?:beretika|putih)\b|\b(?:yuran|caj|bayaran) (?:pemulihan|peguam|pengesanan)\b/],
      examples: { hit: ['pasukan forensik blockchain kami boleh jejak dompet penipu', 'yuran permulaan 10% daripada jumlah kerugian', 'kami boleh dapatkan semula duit yang kena tipu', 'perkhidmatan pemulihan dana crypto', 'yuran pengesanan 10% dulu'], miss: ['dah sembuh dari demam', 'shopee dah refund duit'] },
    },
    {
      key: 'victim_outreach',
      stage: 'recovery',
      weight: 2,
      any: [
        /\b(?:anda|awak|encik|puan|tuan) (?:adalah |pernah jadi )?mangsa (?:penipuan|scam|pelaburan)\b/,
        /\bhilang duit (?:dalam|kat|sebab) (?:scam|penipuan|pelaburan)\b|\bpernah jadi mangsa\b|\bdana (?:rm\s?\d[\d,.]{0,12} )?yang (?:puan|encik|awak|anda) hilang\b|\bpegawai (?:dari|daripada) bank negara\b/,
        /\b(?:para |kepada |menghubungi |membantu |bantu )mangsa (?:penipuan|scam|pelaburan|platform|macau scam)\b|\b(?:unit|bahagian|jabatan|pasukan) (?:siber|jenayah komersial|jenayah siber)\b|\bnombor (?:kes|laporan|rujukan kes)\b|\b(?:jejak|mengesan|kesan) (?:dana|aliran dana|wallet|transaksi)\b/],
      examples: { hit: ['anda mangsa penipuan pelaburan? kami dari unit pemulihan', 'kami membantu mangsa penipuan platform Hexamint', 'nombor kes awak 4471', 'pasukan kami dah kesan aliran dana'], miss: ['nombor tracking parcel berapa', 'tengok berita kemalangan'] },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      key: 'me_sent_money',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      any: [/\b(?:transfer|bank in|deposit|masukkan|labur|invest|hantar) (?:lagi |sebanyak |semua )?(?:rm\s?\d[\d,.]{0,12}\s?(?:k|ribu)?|\d[\d,.]{0,12}\s?(?:k|ribu|juta|usdt|usd|ringgit)\b|usdt|semua simpanan|duit simpanan)/],
      examples: { hit: ['dah transfer rm50,000', 'saya deposit lagi 1000 usdt', 'dah masukkan semua simpanan'], miss: ['dah hantar gambar', 'transfer pemain bola musim ni'] },
    },
    {
      key: 'me_cannot_withdraw',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      any: [/\b(?:tak|tidak|x|belum) (?:boleh|dapat|lepas) (?:withdraw|keluarkan|dikeluarkan)\b|\b(?:withdraw|pengeluaran)(?: saya| aku)? (?:gagal|ditolak|pending|tak lepas|tak boleh|x boleh)\b|\b(?:disuruh|diminta|kena) (?:bayar|transfer|bank in|deposit) (?:cukai|yuran|caj|fee|lagi)\b/],
      examples: { hit: ['kenapa duit saya tak boleh keluarkan', 'withdraw saya gagal', 'saya kena bayar cukai dulu'], miss: ['esok saya keluarkan duit kat atm', 'withdraw lancar je'] },
    },

    // ---------------- signs of innocence ----------------
    {
      key: 'scam_awareness',
      stage: 'hook',
      weight: -2,
      any: [
        /\b(?:ni|ini|tu|itu|confirm|memang|sah|mesti|nampak macam) (?!bukan |tak |tidak )(?:\w+ )?(?:scam|penipuan|penipu|tipu)\b|\bskim cepat kaya\b|\bmacau scam\b/,
        /\b(?:saya|aku|mak|ayah|kawan|member|abang|kakak|pakcik|makcik) (?:dah |pernah |pun )?(?:kena tipu|tertipu|ditipu|kena scam)\b|\b(?:report|lapor|buat laporan) (?:kat |pada |ke )?(?:polis|pdrm|bank negara|nsrc)\b|\bsemak ?mule\b|\bnsrc\b|\b(?:call|hubungi|telefon) 997\b|\b(?:block|blok|sekat) (?:je|saja|nombor tu)\b/,
      ],
      examples: { hit: ['ni confirm scam, block je', 'ini skim cepat kaya', 'mak saya pernah kena tipu macam ni'], miss: ['platform ni selamat', 'saya bukan penipu'] },
    },
  ],

  reporting: [
    /\bayat (?:dorang|diorang|depa|dia|mereka|scammer|penipu)\b|\b(?:nyaris|hampir) kena (?:tipu|scam)\b/,
    /\bada (?:orang\b|sorang\b|seorang\b|akaun\b|'[^']{1,25}'|"[^"]{1,25}")[^.!?]{0,40}\b(?:ajak|share|kongsi|tawar|dm|mesej|pm)\b|\bkatanya\b|\b(?:ko|korang|awak|kau) rasa\s*\?|\bscam ke (?:ni|tu)\b|\bkononnya\b/,
    /\b(?:dia|orang tu|lelaki tu|perempuan tu|seseorang|ada orang|pelaku|mamat tu|minah tu) (?:cakap|kata|bagitau|suruh|minta|ajak|tawarkan|offer|janji|hantar)\b/,
    /\b(?:saya|aku|i) (?:dapat|terima) (?:mesej|sms|whatsapp|wasap|dm)\b/,
    /\b(?:ni|ini|tu|betul ke) (?:scam|penipuan|tipu|legit|selamat) (?:ke|tak|kan)?\s*\?/,
    /\b(?:berita|artikel|video|post) (?:tentang|pasal|mengenai)\b/,
    /\b(?:mak|ayah|kawan|member|abang|kakak|adik|pakcik|makcik|nenek|atuk)(?: saya| aku)? (?:kena|ditipu|tertipu|dimesej|diajak|dimasukkan)\b/,
  ],
};
