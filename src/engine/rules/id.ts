import type { RuleSet } from './types.ts';

// Indonesian rules (investasi bodong, robot trading and binary option schemes, romance scams that
// move to WhatsApp: "salah kirim", "dijamin untung", "wd harus bayar pajak", "akun dibekukan").
// Formal and chat Indonesian alike: gue/gw, nggak/gak/ga, udah, aja, banget/bgt, tf, wd, jt, rb.
// Malay shares many words; these patterns keep to Indonesian phrasing (uang, rupiah, investasi,
// bilang, kasih tau) and the Malay file covers its own. Patterns run on folded text (lower case).
// Weights are hand-set starting values; the corpus fit replaces them.
const APP = '(?:wa|whatsapp|whats app|watsap|line|telegram|tele|tg|wechat|ig|instagram|fb|facebook|messenger)';
const INVEST = '(?:investasi|invest|trading|trade|trading|saham|crypto|kripto|bitcoin|btc|forex|emas|sinyal|robot|bot|platform|aplikasi trading)';
const CRYPTO = '(?:usdt|usdc|tether|btc|bitcoin|eth|crypto|kripto|koin)';
// An amount with its unit: "rp 5 juta", "5jt", "500rb", "2.000 usdt", "$300", "30%".
const AMOUNT = '(?:rp\\.?\\s?\\d[\\d.,]{0,12}\\s?(?:rb|ribu|jt|juta|m|miliar)?|(?<![\\d.,])\\d[\\d.,]{0,12}\\s?(?:rb|ribu|jt|juta|miliar|usdt|usd|dolar|dollar|%)|\\$\\s?\\d[\\d.,]{0,12})(?!\\w)';
const KIN = '(?:om|tante|paman|bibi|pakde|bude|sepupu|kakak|abang|ayah|bapak|papa|ibu|mama|mentor|dosen|senior|bos)';
const MY_KIN = `${KIN}(?:ku| (?:aku|saya|gue|gw))`;
const ME = '(?:aku|saya|gue|gw)';
const YOU = '(?:kamu|km|kak|kakak|lo|lu|anda|mbak|mas|bang|sayang)';

export const id: RuleSet = {
  locale: 'id',
  // Frequent Indonesian words, chat forms included (gue, nggak, banget, dong, udah, wkwk).
  detect:
    /\b(?:gue|gw|lu|loe|nggak|ngga|gak|enggak|gk|banget|bgt|kak|sih|dong|aja|udah|udh|gimana|yang|yg|ini|itu|ada|tidak|tdk|sudah|sdh|belum|blm|bisa|mau|saya|aku|kamu|kita|kalian|dia|mereka|juga|jg|atau|tapi|karena|krn|kalau|kalo|apa|kenapa|kok|deh|nih|tuh|yuk|ayo|makasih|mbak|pak|bu|sayang|bagaimana|dimana|kapan|berapa|lagi|sama|dengan|dgn|untuk|utk|buat|dari|pada|jadi|nanti|sekarang|besok|kemarin|uang|duit|rupiah|juta|ribu|terima kasih|selamat|banyak|emang|beneran|ngapain|kayak|gitu|gini|lalu|kirim|beli|harus|biar|terus|kasih|bayar|tunggu|per hari|cuma|hanya|akan|sedang|masih|hari ini|pakai|pake|tolong|maaf|wkwk\w*|anda|dalam|akun|penarikan|pencairan|pajak|saldo|setor|setelah|kami|silakan|tetap|biaya|rekening|tugas|korban|pengembalian)\b/,
  rules: [
    // ---------------- hook ----------------
    {
      key: 'wrong_number',
      stage: 'hook',
      weight: 1,
      opening: true,
      any: [
        /\b(?:ini|apa ini|apakah ini) (?:benar |bener |betul )?(?:nomor(?:nya)?|nomer(?:nya)?|no|wa(?:nya)?) (?:pak |bu |bapak |ibu |mas |mbak |kak |bang |om |tante |dok )?[a-z]+\b.{0,40}\?/,
        /\bsalah (?:tulis|catat|ketik|simpan|save) (?:nomor|nomer|no)\b|\b(?:nomor|nomer)(?:nya)? (?:\w+ ){0,3}(?:ternyata|kayaknya|mungkin) (?:salah|keliru|beda satu angka)\b|\b(?:nomor|nomer)(?:nya)? beda satu angka\b|\bganti (?:nomor|nomer) (?:gak|nggak|ga|tidak) bilang\b/,
        /\b(?:ini|apakah ini|benar ini|betul ini|bener ini) (?:dengan |nomor |nomernya |nomornya |nomer )?(?:pak|bu|ibu|bapak|mas|mbak|kak|bang|om|tante|dokter|dr) [a-z]+(?: [a-z]+)? ?(?:ya|kan|bukan)?\s*\?/,
        /\bsalah (?:kirim|sambung|nomor|nomer|orang|chat|kontak)\b|\b(?:nomor|nomer)(?:nya)? (?:salah|keliru) (?:simpan|save|catat)\b|\bsekretaris (?:saya|aku) salah (?:simpan|catat|kasih)\b/,
      ],
      examples: {
        hit: ['halo, ini benar nomornya bu ratih yang mau survei?', 'waduh maaf, nomornya kayaknya beda satu angka', 'maaf mungkin saya salah catat nomor', 'Halo, ini dengan Pak Budi ya?', 'Eh maaf kak salah kirim 🙏', 'maaf salah sambung, kirain temen aku', 'ini bu Sari kan?'],
        miss: ['ini nomor baru aku ya', 'jawaban kamu salah tuh', 'besok rapat jam berapa?'],
      },
    },
    {
      key: 'fate',
      stage: 'hook',
      weight: 1,
      any: [/\b(?:mungkin|pasti|namanya|ini|sudah|udah|emang) (?:ini )?(?:jodoh|takdir)\b|\b(?:sudah |udah )?ditakdirkan (?:bertemu|ketemu|kenal)\b|\bbukan (?:sebuah )?kebetulan\b|\bjodoh (?:kita|ga kemana|gak kemana|nggak kemana|tidak kemana)\b/],
      examples: { hit: ['salah kirim tapi malah kenalan, mungkin ini jodoh', 'kita ditakdirkan ketemu', 'ini bukan kebetulan kak'], miss: ['kebetulan aku juga lagi di mall', 'kapan nikah? jodohnya mana?'] },
    },
    {
      key: 'far_away_job',
      stage: 'hook',
      weight: 0.7,
      any: [
        /\b(?:anjungan|rig) minyak lepas pantai\b|\b(?:dokter|perawat) (?:\w+ )?relawan (?:pbb|unicef|who)\b|\bkerja di perusahaan (?:trading|tambang|minyak) di (?:kuala lumpur|singapura|singapore|hong kong|dubai|taiwan)\b/,
        /\b(?:aku|saya|gue|gw|sekarang|lagi|masih)(?: \w+){0,2} (?:kerja|bekerja|tinggal|menetap|bertugas|dinas) (?:di|ke) (?:singapura|singapore|dubai|shanghai|london|new york|kapal pesiar|anjungan minyak|rig minyak|suriah|yaman|pangkalan militer)\b/,
        /\b(?:tentara|prajurit) (?:amerika|as|pbb)\b|\bdokter (?:pbb|militer amerika)\b|\binsinyur (?:minyak|offshore|anjungan)\b/,
      ],
      examples: { hit: ['saya insinyur di anjungan minyak lepas pantai', 'aku sekarang kerja di Singapura', 'saya tinggal di Dubai sudah 5 tahun', 'saya dokter PBB yang bertugas di Suriah'], miss: ['tahun lalu liburan ke Singapura', 'oleh-oleh dari Dubai bagus'] },
    },
    {
      key: 'profile_compliment',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      any: [
        /\b(?:liat|lihat|baca) (?:komen|komentar|postingan|foto|story|status)(?:an)? (?:kakak|kak|kamu|anda|mbak|mas|abang|bang|ibu|bapak)\b|\bfoto profil(?:nya|mu| kakak| kamu| anda)\b/,
        /\b(?:foto|postingan|posting|konten|video)\b.{0,30}\b(?:kamu|kakak|ibu|bapak|mas|mbak|anda)\b.{0,25}\b(?:indah|cantik|keren|bagus|lucu) (?:banget|bgt|sekali)\b|\bsuka (?:banget|bgt|sekali) (?:sama |dengan )?(?:postingan|foto|konten|video)\b|\b(?:anggrek|kucing|anjing|tanaman|masakan|kue)(?:nya)? (?:kamu |kakak |ibu |bapak |anda )?(?:cantik|lucu|indah|keren) (?:banget|bgt|sekali)\b/,
        /\b(?:senyum|senyuman|foto|fotonya)(?:mu| kamu| kakak| kak)?\b.{0,25}\b(?:manis|cantik|ganteng|keren) (?:banget|bgt|sekali)\b/,
        /\b(?:lihat|liat|ngeliat|melihat) (?:profil|foto|pp|fb|ig|instagram) (?:kamu|kakak|kak|mbak|mas|anda|km)\b|\b(?:foto|senyum|pp)(?:nya|mu)? (?:kamu |kakak |anda )?(?:cantik|manis|ganteng|bagus) (?:banget|sekali|bgt)\b|\bkelihatan(?:nya)? (?:baik|ramah|lembut) (?:banget|sekali|bgt|orangnya)\b/],
      examples: { hit: ['aku liat komen kakak di postingan resep', 'foto profilnya kayak di bali ya', 'foto pantai yang kakak posting indah sekali', 'suka banget sama postingan kamu soal kopi', 'aku lihat profil kamu, kayaknya orangnya baik', 'senyum kakak manis banget', 'kelihatannya ramah banget'], miss: ['ganti foto profil dulu ah', 'kirim foto kemarin dong', 'ganti pp baru ya?'] },
    },
    {
      key: 'group_add',
      stage: 'hook',
      weight: 1.2,
      any: [
        /\bgrup ini gratis\b|\bcukup pantau (?:saja |aja )?dulu\b|\b(?:prof|profesor|dosen|mentor|guru|analis) (?:\w+ )?(?:bisa )?bantu (?:analisa|analisis|cek saham)\b/,
        /\bselamat bergabung\b.{0,40}\b(?:investor|investasi|saham|trading|cuan|crypto|kripto|sinyal)/,
        /\bgrup (?:wa |whatsapp |telegram |tele )?(?:investasi|saham|trading|crypto|kripto|forex|belajar saham|edukasi saham)\b|\basisten (?:dari )?(?:profesor|prof|pak|bu|dosen|mentor|analis)\b/,
        /\b(?:kelas|kursus|webinar|edukasi) (?:investasi|saham|trading|crypto|kripto)\b.{0,30}\b(?:gratis|free|gabung)\b/,
      ],
      examples: { hit: ['grup ini gratis, cukup pantau saja dulu', 'Kakak sudah kami masukkan ke grup investasi saham', 'saya asisten Prof. Hendra', 'kelas saham gratis tiap malam, yuk gabung'], miss: ['grup wa alumni SMA rame banget', 'kelas yoga gratis hari minggu'] },
    },

    {
      key: 'fellow_townsman',
      stage: 'hook',
      weight: 0.8,
      opening: true,
      any: [
        /\b(?:sama-sama|sama2|samasama) (?:orang|asli|dari|perantau)\b|\b(?:sekota|satu kota|seasal)\b|\bsesama (?:orang|perantau|tki|pmi|wni)\b/,
        /\b(?:lihat|liat|melihat|ngeliat) (?:\w+ ){0,2}di (?:grup|group|channel|komunitas|server|forum)\b/,
        /\b(?:sekampung|satu kampung|sedaerah|satu daerah|orang sekampung)\b|\b(?:kakak|kamu|mas|mbak|bapak|ibu|anda) (?:juga )?orang [a-z]+ (?:juga|ya)\b.{0,30}\b(?:grup|group|video|postingan|komunitas)\b/,
      ],
      examples: {
        hit: ['wah kita sama2 orang medan', 'sesama perantau harus saling bantu', 'halo kak, aku lihat kakak di grup pecinta tanaman', 'wah kita sekampung ternyata', 'liat lo di channel trading kemarin'],
        miss: ['sama-sama kak, makasih juga', 'grup alumni rame banget', 'aku orang Medan asli'],
      },
    },
    // ---------------- rapport ----------------
    {
      key: 'pet_name',
      stage: 'rapport',
      weight: 0.4,
      any: [/\b(?:sayangku|beb|bebeb|cintaku)\b|\b(?:hai|halo|pagi|malam|met pagi|selamat pagi|selamat malam|makasih|iya|udah makan|lagi apa|kangen) sayang\b|^sayang\s?[,!?]|^sayang$/],
      examples: { hit: ['pagi sayang, udah bangun?', 'bebeb lagi apa?', 'kangen sayang'], miss: ['sayang banget kamu gak ikut', 'yang penting sehat'] },
    },
    {
      key: 'love_bombing',
      stage: 'rapport',
      weight: 1,
      any: [
        /\b(?:belum|tidak|ga|gak|nggak|ngga) pernah (?:merasa|ngerasa|ngerasain|merasakan) (?:seperti|kayak|kaya|begini|begitu)\b/,/\b(?:belahan jiwa|soulmate|jodohku|masa depan (?:kita|kita berdua)|hidup bersama(?:mu)? selamanya)\b|\b(?:gak|nggak|tidak|ga) pernah (?:ngerasa|merasa) (?:kayak|seperti) (?:gini|ini)\b|\bselalu (?:mikirin|memikirkan|kepikiran) (?:kamu|km)\b|\b(?:nikah|menikah) (?:sama|dengan) (?:kamu|km)\b/],
      examples: { hit: ['aku belum pernah merasa seperti ini', 'kamu belahan jiwa aku', 'aku sering mikirin masa depan kita berdua', 'aku gak pernah ngerasa kayak gini'], miss: ['belum pernah ke bali', 'masa depan perusahaan belum jelas', 'datang ke nikahan temen'] },
    },
    {
      key: 'secrecy',
      stage: 'rapport',
      weight: 2,
      any: [
        /\bjangan (?:bilang|kasih tau|kasih tahu|cerita|kasitau|kasi tau|kabarin|beritahu|bilangin)(?: dulu)? (?:keluarga|istri|suami|anak|anak-anak|bank|orang lain|siapapun)\b|\b(?:kalau|kalo|jika|klo) (?:bank|teller|cs bank)\b.{0,20}\b(?:tanya|nanya)\b|\bjangan sebut(?:kan)? (?:nama )?(?:platform|investasi|trading|kripto|crypto)\b|\brahasia (?:ya|kita|kita berdua)\b/,
        /\bjangan (?:cerita|bilang|kasih tau|kasih tahu) (?:ke |sama )?siapa-?siapa\b/,
        /\bjangan (?:bilang|kasih tau|kasih tahu|kasitau|cerita|ngomong|beritahu)(?: \w+){0,2} (?:ke|sama|pada|kepada) (?:keluarga|suami|istri|anak|anak-anak|bank|orang tua|ortu)\b/,
        /\brahasia (?:kita|kita berdua|berdua)\b|\b(?:keluarga|bank)(?:mu)? (?:gak|nggak|tidak|ga) (?:akan )?(?:ngerti|mengerti|paham)\b|\bkalau (?:ditanya|bank nanya|pihak bank tanya)\b.{0,20}\b(?:bilang|jawab)\b/,
      ],
      examples: { hit: ['jangan bilang keluarga dulu ya', 'kalo bank nanya bilang aja beli aset pribadi', 'ini rahasia kita berdua ya', 'jangan bilang dulu ke keluarga ya, mereka gak akan ngerti', 'ini rahasia kita berdua', 'kalau ditanya bank bilang aja buat renovasi rumah'], miss: ['jangan bilang aku gak bilang ya wkwk', 'salam buat keluarga ya', 'jangan bilang gitu dong'] },
    },
    {
      key: 'trading_lifestyle',
      stage: 'rapport',
      weight: 0.8,
      any: [/\b(?:sampingan|kerja sampingan|di waktu luang|waktu senggang|selain kerja|iseng)(?: \w+){0,3} (?:investasi|trading|trade|main saham|main crypto|main kripto|forex)\b|\b(?:aku|saya|gue|gw) (?:seorang |adalah )?(?:trader|investor)(?: (?:full ?time|profesional|independen))?\b|\bhidup dari (?:investasi|trading)\b/],
      examples: { hit: ['selain kerja aku juga trading crypto', 'saya seorang trader full time', 'sekarang hidup dari investasi aja'], miss: ['investasi itu susah ya', 'sampingan jualan kue'] },
    },

    // ---------------- off_platform ----------------
    {
      key: 'move_off_platform',
      stage: 'off_platform',
      weight: 1.2,
      any: [
        /\b(?:add|ad|save|simpan|sv) (?:wa|whatsapp|line|tele|telegram|ig|nomor|nomer|no) ?(?:aku|saya|gue|gw|ku)\b/,
        /\bchat (?:duluan |aja |saja ){0,2}(?:ke|di) (?:nomorku|nomor ?ku|nomor (?:aku|saya|gue)|wa ?ku|wa (?:aku|saya))\b/,
        new RegExp(String.raw`\bkita (?:${APP}|chat di ${APP}|ngobrol di ${APP}) (?:aja|saja|yuk)\b|\b(?:bicara|berbicara|ngomong|bicaranya) (?:\w+ )?(?:lewat|via|di|pakai) ${APP}\b|\bjarang buka (?:tantan|tinder|bumble|litmatch|omi|facebook|fb|instagram|ig)\b`),
        new RegExp(String.raw`\b(?:dm|chat|hubungi|kontak|japri|pc)\b.{0,25}\b(?:di|lewat|via|ke) ${APP}\b.{0,30}\b(?:aja|saja|secara pribadi|pribadi|langsung)\b|\b(?:secara pribadi|pribadi) (?:di|lewat|via) ${APP}\b|\b(?:pengaduan|keluhan|bimbingan) (?:dilayani |dilanjut )?(?:lewat|via|di) ${APP}\b`),
        new RegExp(String.raw`\b(?:sudah|udah|udh) (?:download|instal|install|pasang) ${APP}(?:nya)?\b|\b(?:download|instal|install) ${APP}(?:nya)? (?:dulu|aja|ya)\b`),
        new RegExp(`\\b(?:minta|boleh minta|bagi|kasih|kirim)(?: \\w+){0,2} (?:nomor |nomer |no |id |kontak )?${APP}\\b(?! (?:temen|teman|adik|kakak|ibu|ayah|mama|papa|pacar|bos|dia)\\b)`),
        new RegExp(`\\b(?:chat|ngobrol|lanjut|pindah|hubungi|kontak|ngobrolnya)(?: \\w+){0,2} (?:di|ke|lewat|via|pakai|pake) ${APP}\\b`),
        new RegExp(`\\b${APP} (?:aku|saya|gue|gw)(?: (?:ini|adalah))?\\s?:|\\b(?:punya|pakai|pake|main) ${APP} (?:gak|nggak|ga|tidak|kan)\\b`),
        /\bjarang (?:buka|pakai|pake|online di) (?:aplikasi|app|apk|web) ini\b|\b(?:aplikasi|app) ini jarang (?:aku |saya )?(?:buka|pakai|pake)\b/,
      ],
      examples: { hit: ['add wa aku ya kak', 'jarang buka Tinder, kita WA aja ya?', 'kita bicara lewat Telegram saja', 'aku jarang buka aplikasi ini, boleh minta nomor WA?', 'lanjut ngobrol di telegram aja yuk', 'WA aku: 0812 3456 7890', 'kamu punya line gak?'], miss: ['aku save foto kamu', 'fotonya udah aku kirim lewat email', 'wa lagi error nih'] },
    },

    // ---------------- wealth ----------------
    {
      key: 'relative_analyst',
      stage: 'wealth',
      weight: 2.5,
      any: [
        new RegExp(`\\b${MY_KIN}(?: \\w+){0,6} (?:adalah |itu |jadi |kerja sebagai |seorang )?(?:analis|manajer investasi|fund manager|trader|ahli (?:investasi|saham|keuangan)|pakar (?:investasi|saham)|broker)\\b`),
        /\b(?:informasi|info|data) dalam\b|\binsider\b|\bbocoran (?:saham|harga|sinyal|pasar)\b|\btahu duluan (?:harga|pergerakan|pasar)\b/,
      ],
      examples: { hit: ['om aku analis di perusahaan sekuritas', 'tanteku fund manager, dapat info dalam', 'kita dapat bocoran saham sebelum naik'], miss: ['om aku datang besok', 'kakak aku perawat'] },
    },
    {
      key: 'showing_gains',
      stage: 'wealth',
      weight: 1.2,
      any: [
        /\b(?:screenshot|ss|bukti) (?:profit|cuan|keuntungan|penarikan|wd|withdraw|pencairan)\b|\b(?:profit|cuan) (?:member|anggota|teman-teman|tim)\b/,
        /\b(?:kompensasi|warisan|gaji|bonus|kontrak)\b.{0,30}\b\d[\d.,]{0,6} (?:juta|ribu) (?:dolar|dollar|usd|euro|pound)\b/,
        /\b(?:rata-?rata|rata2) (?:naik|untung|profit|cuan) \d{1,3}\s?%|\bwd \d[\d.,]{0,8}\s?(?:jt|juta|rb|ribu)\b.{0,12}\bcair\b/,
        new RegExp(String.raw`\[(?:screenshot|tangkapan layar|foto|photo)[^\]]{0,80}(?:profit|untung|komisi|cuan|usdt|\+\s?rp)|\bportofolio (?:aku|saya|gue|gw) (?:sekarang )?${AMOUNT}|\b(?:semua|semuanya) dari (?:sinyal|signal|trading|robot|mentor)\b`),
        new RegExp(String.raw`\b(?:bisa )?(?:beliin|beli|bangun|bangunin) (?:mama|ibu|ortu|orang tua)?\s?(?:rumah|mobil)\b.{0,40}\b(?:trading|sistem|sinyal|kripto|crypto|investasi)\b|\b(?:trading|sistem trading|kripto|crypto|sinyal)\b.{0,60}\b(?:bangun|beli|beliin) rumah\b|\b(?:sampingan|hasil) (?:kripto|crypto|trading|saham) (?:lebih gede|lebih besar) dari gaji\b|\bgaji\b.{0,25}\bcuma (?:tambahan|sampingan)\b`),
        new RegExp(`\\b${INVEST}\\b.{0,30}\\b(?:untung|profit|cuan|dapet|dapat|menghasilkan|hasilnya) (?:sekitar |hampir |lebih dari |udah |sudah )?${AMOUNT}`),
        new RegExp(`\\b(?:untung|profit|cuan|keuntungan)(?: \\w+){0,2} (?:sekitar |hampir |lebih dari )?${AMOUNT}.{0,30}\\b(?:dari|pakai|pake|lewat|ikut) (?:${INVEST}|om|tante|mentor|sinyal)\\b`),
      ],
      examples: { hit: ['ini screenshot profit member hari ini', 'bukti wd anggota grup kemarin', 'bot aku rata-rata naik 15% sebulan', 'trading emas hari ini aku untung 15 juta', 'profit 2.000 usdt minggu ini dari sinyal om', 'main crypto seminggu cuan 30%'], miss: ['bukti transfer bayar kos', 'jualan hari ini untung 200rb', 'dapet diskon 50rb hari ini'] },
    },
    {
      key: 'mentor_pedigree',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\bmentor (?:aku|saya|gue|gw|ku)\b.{0,40}\b(?:ngajarin|mengajari|ajarin|ngajari)\b.{0,20}\b(?:trading|saham|forex|emas|kripto|crypto|xau)/,
        new RegExp(`\\b(?:${MY_KIN}|beliau|dia)\\b.{0,40}\\b(?:goldman|jp ?morgan|morgan stanley|blackrock|wall street|hedge fund|bank investasi|mantan trader|mantan fund manager)\\b`),
        /\bpengalaman \d+ tahun (?:di )?(?:trading|investasi|pasar modal|bursa|saham)\b|\b\d+ tahun (?:pengalaman )?(?:di )?(?:pasar modal|bursa saham|wall street)\b/,
      ],
      examples: { hit: ['om aku dulu kerja di Goldman Sachs', 'mentor kami pengalaman 20 tahun di pasar modal', 'beliau mantan trader hedge fund'], miss: ['saham goldman gimana ya', 'ayah aku guru SD'] },
    },
    {
      key: 'wealth_signals',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\bsinyal (?:dari )?(?:guru|mentor|om|tante|prof|profesor|coach|analis)\b|\b(?:guru|mentor|om|prof|coach)(?: saya| aku| gue|ku)? (?:kasih|kirim|kasi|beri|bagi) sinyal\b/,
        new RegExp(String.raw`\b(?:paman|om|tante|mentor|profesor|prof)(?: aku| saya|ku| gue)? sinyalnya (?:akurat|jitu|tepat)\b|\bhampir (?:gak|ga|nggak|tidak) pernah (?:loss|rugi)\b|\breal bukan settingan\b`),
        /\bsinyal (?:beli|jual|trading|entry|masuk|dari (?:om|tante|mentor|profesor|prof|analis))\b|\b(?:tunggu|ikut|ikuti|ikutin) (?:sinyal|arahan|instruksi|aba-aba) (?:dari )?(?:aku|saya|gue|om|tante|mentor|profesor|prof|analis|beliau)\b|\btitik (?:entry|masuk)\b|\bjam entry\b/],
      examples: { hit: ['ikuti sinyal dari mentor saya', 'om aku kasih sinyal jam 9', 'tunggu sinyal dari om ya', 'nanti malam ada sinyal beli', 'ikuti instruksi saya jam 9'], miss: ['sinyal hp jelek di sini', 'sinyal hp jelek banget di sini', 'ikuti arahan dosen pembimbing'] },
    },

    // ---------------- pitch ----------------
    {
      key: 'offer_to_teach',
      stage: 'pitch',
      weight: 2,
      any: [
        /\b(?:aku|saya|gue|gw) (?:ajarin|ajari|bimbing) (?:cara )?(?:trading|trade|investasi|main saham|main kripto)\w{0,3}\b/,
        /\b(?:aku|saya|gue|gw) (?:ajarin|ajari|bimbing|pandu|temenin) (?:dari awal|step by step|pelan-?pelan|sampai bisa)\b/,
        /\baku bimbing\b|\bsaya bimbing\b|\b(?:aku|saya|gue) (?:ajarin|ajarkan|bimbing|pandu) (?:pelan-pelan|pelan pelan|step by step|tiap klik|sampai bisa)\b/,
        new RegExp(`\\b${ME} (?:bisa |akan |mau |siap )?(?:ajarin|ajari|ajarkan|bimbing|bantu|arahkan|arahin|ngajarin) ${YOU}?(?: \\w+){0,4} (?:investasi|trading|trade|main saham|crypto|kripto|cari cuan|cari uang|dapat profit|forex|cuan)\\b`),
        new RegExp(`\\b(?:tinggal|cukup) (?:ikutin|ikuti|ikut) (?:arahan|instruksi|cara) ${ME}\\b`),
      ],
      examples: { hit: ['aku ajarin cara tradingnya, gampang kok', 'tenang, aku ajarin dari awal sampai bisa', 'aku bisa ajarin kamu trading dari nol', 'saya bimbing kakak cari cuan', 'kamu tinggal ikutin arahan aku'], miss: ['aku ajarin kamu masak rendang', 'ikuti resep ini ya'] },
    },
    {
      key: 'guaranteed_returns',
      stage: 'pitch',
      weight: 2.5,
      any: [
        /\bgaransi modal (?:kembali|balik)\b|\bmodal (?:dijamin )?kembali 100\s?%/,
        /\b(?:dijamin|pasti|100 ?%) (?:untung|profit|cuan|balik modal|menang)\b|\b(?:tanpa|tidak ada|gak ada|nggak ada|ga ada|zero|nol) (?:resiko|risiko)\b|\banti rugi\b/,
        /\b(?:gak|nggak|tidak|ga) (?:mungkin|bakal|akan) rugi\b|\b(?:profit|keuntungan|modal) (?:dijamin|terjamin|aman 100)\b|\bkalau rugi (?:aku|saya|gue) (?:yang )?(?:ganti|tanggung)\b/,
      ],
      examples: { hit: ['ada garansi modal kembali kalau rugi', 'dijamin untung kak, tanpa risiko', 'modal dijamin aman', 'kalau rugi saya yang ganti'], miss: ['investasi pasti ada risikonya', 'dijamin enak deh baksonya'] },
    },
    {
      key: 'high_returns',
      stage: 'pitch',
      weight: 2,
      any: [
        new RegExp(String.raw`\b(?:top ?up|transfer|setor|modal)\b.{0,20}${AMOUNT}.{0,25}\b(?:balik|kembali)\b.{0,5}${AMOUNT}|\b(?:komisi|bunga(?:nya)?|profit|untung) (?:jadi |naik jadi )?\d[\d.,]{0,4}\s?% (?:sehari|per hari|tiap hari)\b|\b(?:ambil|kerjain) tugas ${AMOUNT}\b.{0,15}\bbalik\b`),
        /\b(?:per ?hari|perhari|sehari|tiap hari|setiap hari|harian|per ?minggu|seminggu|tiap minggu|mingguan|per ?trade|sekali trade)\b (?:\w+ ){0,2}\d+(?:[.,]\d+)? ?(?:%|persen)/,
        /(?<!diskon |promo |potongan |cashback |off )(?<![\d.,])\d+(?:[.,]\d+)? ?(?:%|persen) (?:per ?hari|perhari|sehari|tiap hari|setiap hari|per ?minggu|seminggu|tiap minggu|dalam \d+ (?:hari|jam))\b/,
        /(?<![\d.,])(?:[3-9]|[1-9]\d)(?:[.,]\d+)? ?(?:%|persen) (?:per ?bulan|sebulan|tiap bulan|setiap bulan)\b|\b(?:profit|keuntungan|return|imbal hasil) (?:sampai |hingga |mencapai |sekitar )?(?:[2-9]\d|\d{3,}) ?(?:%|persen)/,
      ],
      examples: { hit: ['profit harian 3% kak', 'bisa 5% per hari', 'keuntungan mencapai 300%'], miss: ['baterai tinggal 3%', 'diskon 50% sehari aja', 'bunga deposito 4% setahun'] },
    },
    {
      key: 'investment_product',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:trading|trade) (?:kontrak|futures|opsi|margin|emas|forex|valas|komoditas)\b|\bkontrak (?:berjangka|crypto|kripto|bitcoin|btc|detik)\b|\bbinary option\b|\bopsi biner\b|\bforex\b/,
        /\b(?:mining|penambangan) likuiditas\b|\bliquidity mining\b|\bstaking\b|\brobot trading\b|\bbot (?:trading|ai|kuantitatif)\b|\btrading (?:otomatis|ai|kuantitatif)\b|\bmt4\b|\bmt5\b|\bmetatrader\b|\barbitrase\b|\bxau/,
      ],
      examples: { hit: ['aku main kontrak bitcoin', 'robot trading jalan otomatis 24 jam', 'download MT5 dulu ya'], miss: ['kontrak kerja habis bulan depan', 'beli kalung emas buat ibu'] },
    },
    {
      key: 'invitation_to_invest',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\bmulai (?:dari )?\d[\d.,]{0,10}\s?(?:usdt|rb|ribu|jt|juta) (?:aja|saja|dulu)\b|\bcoba (?:aja |saja )?(?:rp\.?\s?)?\d[\d.,]{0,10}\s?(?:usdt|rb|ribu|jt|juta)? dulu\b/,
        /\b(?:mau|pengen|tertarik|yuk|ayo|cobain|coba) (?:\w+ ){0,2}(?:investasi|invest|trading|trade)\b(?: \w+){0,3} ?(?:bareng|sama aku|sama saya|gak|nggak|ga|tidak|yuk|dong|juga|\?)/,
        /\b(?:investasi|trading|cari cuan|cari uang) bareng\b|\bmodal (?:kecil|sedikit|receh)\b|\bmulai (?:dari|dengan|aja dengan|aja dari) (?:modal )?(?:rp\.?\s?)?\d[\d.,]{0,12}\s?(?:rb|ribu|jt|juta|usdt|usd)\b/,
      ],
      examples: { hit: ['mulai 100 usdt aja dulu', 'coba aja 300 dulu, aku temenin', 'kakak mau coba investasi bareng aku?', 'modal kecil juga bisa kok', 'mulai dari 500rb aja dulu'], miss: ['mau coba bakso di sana ga?', 'mulai dari nol lagi'] },
    },
    {
      key: 'pitch_urgency',
      stage: 'pitch',
      weight: 1,
      any: [
        /\b(?:bonus|kuota|slot|jatah)\b.{0,30}\b(?:berakhir|ditutup|tutup|habis) (?:malam ini|hari ini|besok|jumat|tanggal \d{1,2})\b/,
        /\bslot (?:hari ini |hanya )?tinggal \d+\b|\bcuma minggu ini\b|\bsayang kalau dilewatkan\b|\b(?:peluang|kesempatan) emas\b/,
        /\b(?:slot|kuota|tempat) (?:vip |member |member vip )?(?:terbatas|tinggal \d+|sisa \d+|hampir penuh)\b|\b(?:tinggal|sisa|hanya) \d+ (?:slot|kuota)\b|\bkesempatan (?:terakhir|langka)\b|\bjangan sampai (?:ketinggalan|terlewat|nyesel)\b|\b(?:harus|wajib) (?:deposit|depo|transfer|tf|setor|invest) (?:hari ini|sekarang|segera|secepatnya)\b/],
      examples: { hit: ['promo bonus 10% berakhir malam ini ya', 'slot VIP tinggal 3', 'ini kesempatan terakhir kak', 'harus deposit hari ini sebelum jam 9'], miss: ['promo berakhir besok', 'tinggal 2 potong kue'] },
    },
    {
      key: 'offer_to_set_up',
      stage: 'pitch',
      weight: 1.5,
      any: [
        new RegExp(`\\b${ME} (?:bisa |akan |mau )?(?:bantu |bantuin )?(?:buatin|bikinin|daftarin|bukain|bukakan|daftarkan) (?:akun|rekening)\\b|\\b${ME} (?:yang )?(?:tradingin|operasikan|jalankan|mainkan) (?:akun|dana)(?:nya| kamu| kakak)?\\b`),
        new RegExp(`\\bkirim (?:password|kata sandi|pin|akun|username)(?:nya)? (?:ke|sama) ${ME}\\b`),
      ],
      examples: { hit: ['aku bantu daftarin akun ya', 'nanti saya yang operasikan akunnya', 'kirim password ke aku biar aku yang atur'], miss: ['aku bikinin kopi ya', 'aku bantu pindahan besok'] },
    },
    {
      key: 'future_together',
      stage: 'pitch',
      weight: 1.2,
      any: [
        /\bmasa depan (?:bareng|bersama|kita)\b.{0,40}\b(?:akun|investasi|trading|modal)\b/,
        /\b(?:demi|untuk|buat) masa depan (?:kita|kita berdua)\b|\bkebebasan finansial\b|\bfinancial freedom\b|\bpassive income\b|\bpenghasilan pasif\b|\b(?:gak|nggak|tidak|ga) (?:perlu|usah) (?:kerja|capek kerja|kerja keras) lagi\b|\bbisa (?:resign|pensiun dini|berhenti kerja)\b/],
      examples: { hit: ['ini demi masa depan kita berdua', 'aku pengen kamu punya passive income', 'nanti kamu gak perlu kerja lagi'], miss: ['nabung buat beli sofa', 'capek kerja pengen liburan'] },
    },
    {
      key: 'guilt_trip',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:kamu|km|kak|kakak|lo|lu) (?:gak|nggak|tidak|ga|tdk) percaya (?:sama |dengan )?(?:aku|saya|gue)\b|\b(?:aku|saya|gue) (?:bukan|bkn) (?:penipu|scammer|orang jahat)\b|\b(?:nganggap|menganggap|pikir|kira) (?:aku|saya|gue) (?:penipu|scammer)\b/,
        /\b(?:aku|saya|gue) (?:cuma|hanya|cuman) (?:mau|ingin|pengen) (?:bantu|nolong|membantu)\b|\bkecewa (?:banget )?(?:sama|dengan) (?:kamu|kakak|km)\b/,
      ],
      examples: { hit: ['kamu gak percaya sama aku?', 'aku bukan penipu sayang', 'aku cuma mau bantu kamu'], miss: ['makasih udah percaya sama aku', 'aku kecewa sama filmnya'] },
    },
    {
      key: 'exclusive_access',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:naik|jadi|ke|upgrade) (?:level )?vip(?:\s?\d|[iea])?\b|\bjatah (?:ipo|saham)\b.{0,30}\b(?:ditutup|terbatas|slot)\b|\bsisihkan \d+ slot\b/,
        /\baplikasi institusi\b|\b(?:jatah|alokasi) saham (?:lebih dulu|duluan|khusus)\b|\bnaik level vip\s?\d?\b|\bvip\s?\d\b|\bupgrade (?:pro|vip|gold|level)\b/,
        /\b(?:grup|member|anggota|akun|kelas|level|paket) vip\b|\bakun institusi(?:onal)?\b|\b(?:saham|jatah|kuota) ipo\b|\bcopy ?trad(?:e|ing)\b|\bkhusus (?:untuk |buat )?(?:orang|member|anggota) (?:terpilih|tertentu|dekat|spesial)\b/],
      examples: { hit: ['member VIP dapat 5 sinyal sehari', 'profesor buka akun institusi untuk beberapa orang', 'ada jatah IPO khusus member'], miss: ['lounge vip bandara nyaman', 'tiket konser kelas festival habis'] },
    },
    {
      key: 'easy_money',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\bkomisi \d+ tugas\b|\b(?:sudah )?kembali plus komisi\b|\bkomisi per (?:review|tugas|order|like)\b/,
        /\btugas (?:prabayar|gabungan|berbayar|combo)\b|\bpesanan (?:keberuntungan|gabungan|beruntung)\b|\bmakin besar tugas\b|\bsehari bisa dapat\b|\bmodal putar\b/,
        /\b(?:modal|uang|dana|saldo|akun) (?:jadi |bisa jadi |naik )?(?:2|3|5|10|dua|tiga|sepuluh) ?(?:x|kali lipat)\b|\b(?:win ?rate|tingkat kemenangan|akurasi) (?:di atas |lebih dari |sampai )?\d+ ?%/,
        /\b(?:sehari|per ?hari|tiap hari) (?:bisa )?(?:dapat|dapet|hasilin|menghasilkan|untung) (?:rp\.?\s?)?\d[\d.,]{0,12}\s?(?:rb|ribu|jt|juta)\b|\bkerja (?:santai|ringan|dari rumah) (?:gaji|penghasilan|hasil) (?:besar|jutaan|tinggi)\b|\bcuan (?:mudah|gampang|instan)\b/,
      ],
      examples: { hit: ['sebulan modal jadi 2x lipat', 'win rate di atas 90%', 'sehari bisa dapat 2 juta'], miss: ['harga cabai naik 2 kali lipat', 'kerja dari rumah enak ya'] },
    },

    {
      key: 'task_job_offer',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:kerja|kerjaan|pekerjaan|lowongan|loker|job|peluang) (?:sampingan|paruh waktu|part ?-?time|online|dari rumah|freelance|remote)\b.{0,80}\b(?:like|follow|subscribe|rating|review|ulasan|tugas|komisi|per tugas|gaji harian|dari hp|pakai hp|modal hp|tanpa modal|\d{1,3}\s?(?:menit|mnt))\b/,
        /\b(?:like|nge-?like|follow|subscribe|rating|kasih bintang|ulasan|review)\b.{0,50}\b(?:komisi|dibayar|bayaran|gaji|per tugas|langsung cair|(?:rp\.?\s?)\d|\d[\d.,]{0,8}\s?(?:rb|ribu)\b)/,
        /(?:rp\.?\s?)?\d[\d.,]{0,8}\s?(?:rb|ribu|k)?(?:\s?-\s?(?:rp\.?\s?)?\d[\d.,]{0,8}\s?(?:rb|ribu|k)?)? ?(?:per|\/|tiap|setiap) ?(?:tugas|task|like|video|review|ulasan|rating)\b/,
        /\b(?:terpilih|dipilih) (?:secara )?(?:acak|random)\b|\bnomor (?:kakak|anda|kamu|ibu|bapak|mas|mbak) terpilih\b/,
        /\btugas (?:pertama|harian|gratis|percobaan|\d(?:\s?-\s?\d{1,2})?:)|\bmasa percobaan\b.{0,40}\bkomisi\b|\b(?:mentor|resepsionis|admin) (?:kerja sampingan|tugas)\b/,
        /\b(?:gaji|penghasilan|cuan|dapat|dapet|hasil) (?:harian )?(?:rp\.?\s?)?\d[\d.,]{0,8}\s?(?:rb|ribu|jt|juta|k)?(?:\s?-\s?(?:rp\.?\s?)?\d[\d.,]{0,8}\s?(?:rb|ribu|jt|juta|k)?)? ?(?:per ?hari|sehari|tiap hari|\/hari)\b.{0,60}\b(?:hp|handphone|rumah|online|sampingan|santai|menit|tugas)\b|\bgaji harian\b.{0,40}\b(?:tugas|like|hp|rumah|sampingan)\b/,
        /\b(?:kerja|sampingan|tugas)\b.{0,40}\btanpa (?:modal|biaya pendaftaran)\b|\b(?:optimasi|optimalisasi) (?:data|pesanan|produk|toko|aplikasi)\b|\b(?:boost|boosting|naikkan|dongkrak) (?:pesanan|order|penjualan|rating) (?:merchant|toko|klien)\b/,
        /\bkirim (?:nama,? )?(?:dan )?(?:nomor )?(?:dana|ovo|gopay|rekening|nama bank)\b.{0,40}\bkomisi/,
      ],
      examples: {
        hit: [
          'Halo kak, ada kerja sampingan dari HP, cuma like video dapat komisi',
          'Rp10.000 per tugas kak, langsung cair ke DANA',
          'nomor kakak terpilih secara acak dari sistem kami',
          'penghasilan 200rb-800rb per hari, kerja santai dari rumah 20 menit aja',
          'tugas pertama: follow akun toko ini lalu screenshot',
        ],
        miss: [
          'ada lowongan full time di Indomaret, interview hari Senin',
          'rating film itu berapa sih?',
          'aku ngojek sampingan tiap Sabtu',
          'jangan lupa like dan subscribe channel aku ya',
        ],
      },
    },
    // ---------------- platform ----------------
    {
      key: 'platform_register',
      stage: 'platform',
      weight: 1.8,
      any: [
        /\b(?:download|unduh|install|pasang) (?:aplikasi(?:nya)?|apk|app)\b.{0,20}\b(?:lewat|dari|melalui|via|pakai) (?:link|tautan)\b|\bbukan aplikasi (?:umum|biasa)\b|\b(?:tidak|gak|ga|nggak) ada di (?:play ?store|app ?store)\b/,
        /\bplatform mitra\b|\bsaldo demo\b|\b(?:klik|tekan) ['\"]?(?:join node|receive voucher)\b|\bbrowser (?:di )?(?:wallet|dompet)\b|\bdapp browser\b|\bportal verifikasi\b|\bleverage (?:sampai |hingga )?1:\d{3,4}\b|\bregulator (?:vanuatu|seychelles|mauritius|st\.? vincent)\b/,
        /\baplikasi (?:[a-z]+ ){0,3}institusi\b|\bbukan sekuritas biasa\b/,
        /\btetap instal(?:l)?\b|\bapk\b.{0,30}\b(?:install|instal|pasang)\b|\b(?:install|instal|pasang) (?:file )?apk\b|\btidak ada di (?:play ?store|app ?store)\b/,
        /\btestflight\b|\.apk\b|\bfile apk\b/,
        /\b(?:download|unduh|install|instal) (?:aplikasi|app|apk)(?:nya)?(?: \w+){0,4} (?:daftar|registrasi|buat akun|bikin akun)\b|\b(?:daftar|registrasi|buat akun|bikin akun) (?:di|ke) (?:platform|aplikasi|app|web|situs)\b/,
        /\b(?:platform|aplikasi|situs|web)(?: \w+){0,4} kode (?:undangan|referral|referal|invite)\b|\b(?:platform|aplikasi)(?: ini)? (?:legal|resmi|terdaftar|berizin|diawasi)\b/,
      ],
      examples: { hit: ['download aplikasinya lewat link ini ya', 'itu bukan aplikasi umum di play store', 'daftar dulu aja, ada saldo demo 50 usdt', 'buka link dari browser wallet lalu klik Join Node', 'download aplikasinya terus daftar akun ya', 'platform ini resmi terdaftar di Amerika', 'daftar di platform pakai kode undangan 8QX2'], miss: ['download aplikasi gojek di play store', 'pakai kode referral shopee dong', 'download foto dari drive'] },
    },
    {
      key: 'customer_service',
      stage: 'platform',
      weight: 2,
      any: [
        /\b(?:deposit|penarikan|wd|withdraw|setor)\b.{0,30}\b(?:hanya |cuma )?(?:melalui|lewat|via|hubungi|minta ke) (?:cs|customer service|admin|layanan pelanggan)\b|\b(?:minta|tanya) (?:ke|sama) cs\b|\bcs resmi (?:platform|kami)\b/,/\b(?:cs|customer service|layanan pelanggan)\b(?: \w+){0,5} (?:untuk |buat )?(?:deposit|depo|withdraw|wd|penarikan|tarik dana|rekening tujuan|alamat wallet|isi saldo)\b|\b(?:hubungi|chat|kontak|tanya) (?:ke )?(?:cs|customer service|layanan pelanggan) (?:platform|aplikasi|web)\b/],
      examples: { hit: ['semua deposit hanya melalui cs ya', 'minta ke cs dulu nomor rekeningnya', 'hubungi CS platform untuk deposit', 'chat customer service buat minta alamat wallet', 'tanya CS aplikasi soal wd'], miss: ['cs bank bilang kartunya dikirim besok', 'cs shopee lama balasnya', 'tanya admin toko soal ongkir'] },
    },

    // ---------------- deposit ----------------
    {
      key: 'buy_crypto',
      stage: 'deposit',
      weight: 2,
      any: [
        new RegExp(`\\b(?:kirim|transfer|tf|deposit|depo|setor)\\b (?:\\d[\\d.,]{0,10} ?)?${CRYPTO}\\b.{0,25}\\b(?:alamat|address|wallet|dompet)\\b|\\balamat (?:wallet|dompet|deposit|usdt|trc ?20)\\b|\\bwallet address\\b`),
        /\b(?:jaringan|network) (?:tron|trc ?-?20|erc ?-?20|bep ?-?20|bsc)\b|\bisi (?:usdt|kripto|crypto) ke (?:wallet|dompet)\b/,
        new RegExp(`\\b(?:beli|membeli|tuker|tukar) (?:\\d[\\d.,]*\\s?)?${CRYPTO}\\b(?: \\w+){0,6} (?:terus|lalu|kemudian|trus|abis itu|baru) (?:kirim|transfer|tf|deposit|depo|pindahin|pindahkan|wd)\\b`),
        /\b(?:indodax|tokocrypto|pintu|binance|bybit|okx|p2p)\b.{0,40}\b(?:kirim|transfer|tf|pindahin|pindahkan) (?:ke|ke alamat)\b|\balamat (?:wallet|dompet|deposit)\b|\btrc ?-?20\b|\berc ?-?20\b/,
      ],
      examples: { hit: ['kirim usdt ke alamat ini ya', 'ini alamat wallet khusus akun kakak', 'pilih jaringan TRON ya, jangan salah', 'beli USDT di Indodax terus kirim ke alamat platform', 'ini alamat wallet deposit ya', 'pakai jaringan TRC20'], miss: ['kirim alamat rumah dong', 'beli pulsa terus kirim kodenya', 'kirim alamat rumah ya'] },
    },
    {
      key: 'deposit_instructions',
      stage: 'deposit',
      weight: 1.5,
      any: [
        new RegExp(`${AMOUNT}.{0,40}\\b(?:naik|upgrade|masuk|jadi) (?:ke )?(?:level|vip|tingkat|member) ?(?:\\d|gold|platinum|silver|vip)\\b|\\b(?:level|vip) ?\\d\\b.{0,30}\\b(?:deposit|depo|setor|top ?up|isi saldo)\\b`),
        new RegExp(`\\b(?:isi ulang|isi|top ?up|topup|recharge)(?: saldo)? (?:akun|dompet|wallet)(?: (?:trading|investasi|kakak|kak|anda|kamu|mas|mbak|bapak|ibu|bpk))?\\b.{0,25}(?:${CRYPTO}|\\d)|\\brecharge\\b.{0,20}\\b(?:akun|saldo|minimal|usdt)\\b|\\bkurang\\b.{0,20}\\b(?:${CRYPTO}|rb|jt|juta)\\b.{0,10}\\blagi\\b.{0,25}\\b(?:genap|bonus|vip|level)\\b`),
        /\bkalau saldo(?:nya)? \d[\d.,]{0,10}\s?(?:usdt|rb|ribu|jt|juta)? (?:bisa )?(?:naik|masuk) (?:ke )?(?:level|vip)\b/,
        /\b(?:share|kirim|kirimkan|bagikan) (?:txid|tx hash|hash transaksi)\b|\bkalau (?:di)?tambah(?:in)? (?:jadi |lagi )?\d[\d.,]{0,10}\s?(?:usdt|rb|ribu|jt|juta)\b|\btambah(?:in|kan)? \d[\d.,]{0,10}\s?(?:usdt|rb|ribu|jt|juta)? (?:biar|supaya|agar) (?:naik |masuk )?(?:level|vip)\b|\bminimal \d[\d.,]{0,10}\s?(?:usdt|rb|ribu|jt|juta) (?:biar|supaya|agar|untuk) (?:masuk |naik )?(?:level|vip)\b|\b(?:lunasi|melunasi) sebagian\b/,
        new RegExp(String.raw`\b(?:saldo|deposit|setoran) (?:akun )?minimal ${AMOUNT}|\b(?:melunasi|lunasi|setor|transfer) (?:sebagian )?(?:dulu )?${AMOUNT}.{0,20}\b(?:dalam \d+ jam|hari ini|sebelum jam)\b`),
        new RegExp(String.raw`\b(?:tambahin|tambah|isi|setor|top ?up) (?:selisih(?:nya)? )?${AMOUNT}\b.{0,40}\b(?:biar|supaya|agar|untuk)\b|\bisi selisih(?:nya)?\b|\btahap \d ${AMOUNT}|\bkirim bukti(?: transfer)?\b|\bberita:? kode\b`),
        new RegExp(String.raw`\bpinjam (?:teman|temen|saudara|keluarga|ortu)\b|\b(?:pinjol|paylater|pinjaman online)\b.{0,20}\b(?:dulu|aja)\b|\bkalau (?:kamu|km|kakak|kak) isi \d`),
        /\b(?:minimal|min|minimum) (?:deposit|depo|setor|topup|top up|investasi|modal)\b|\b(?:deposit|depo|investasi|modal) (?:minimal|min|minimum) (?:rp\.?\s?)?\d|\b(?:deposit|depo) (?:lagi |tambah |dulu )?(?:rp\.?\s?)?\d[\d.,]{0,12}\s?(?:rb|ribu|jt|juta|usdt|usd)\b/],
      examples: { hit: ['top up 3 juta lagi biar akun naik ke level gold', 'isi ulang saldo akun trading 500 usdt dulu', 'recharge minimal 1 juta ya kak', 'setelah transfer, share TXID ya', 'tambahin 1.000 biar naik level 3', 'minimal deposit 1 juta', 'depo dulu 5jt ya kak', 'deposit lagi 1000 usdt biar naik level'], miss: ['top up diamond ML 100rb dong', 'isi ulang pulsa 50rb', 'top up gopay 50rb dulu', 'minimal umur 17 tahun'] },
    },
    {
      key: 'deposit_wire',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\b(?:rekening|nomor|nomer|akun|no) (?:agen|perwakilan)(?: resmi| lokal| pembayaran)?\b|\bagen pembayaran\b/,
        /\brekening agen(?: lokal)?\b/,
        /\brekening (?:bendahara|penampungan|perusahaan|admin|keuangan)\b/,
        /\btransfer (?:ke |ke rekening )?(?:rekening )?(?:perusahaan|pt|kantor|yang ditunjuk|penampung|agen)\b|\brekening (?:penampung|perusahaan|yang ditunjuk|atas nama (?:perusahaan|pt|cv))\b/],
      examples: { hit: ['transfer ke rekening agen lokal aja ya', 'top up via dana ke nomor agen', 'transfer ke rekening perusahaan ya', 'dana masuk ke rekening penampung dulu', 'transfer ke rekening yang ditunjuk admin'], miss: ['agen travel umroh dekat rumah', 'transfer ke rekening aku aja buat patungan', 'rekening bca kamu apa?'] },
    },

    {
      key: 'prepaid_task',
      stage: 'deposit',
      weight: 2.5,
      any: [
        /\btugas (?:prabayar|gabungan|berbayar|combo|kombinasi|spesial|keberuntungan)\b|\bpesanan (?:keberuntungan|gabungan|beruntung|kombinasi)\b|\b(?:lucky|combo|merged) (?:order|task)s?\b/,
        /\bsaldo (?:\w+ ){0,2}(?:minus|negatif)\b|\b(?:minus|negatif) (?:saldo|rp)\b/,
        /\b(?:top ?up|isi ulang|recharge|isi saldo|deposit|depo|setor|bayar)\b.{0,50}\b(?:tugas|komisi)\b|\b(?:tugas|komisi)\b.{0,50}\b(?:top ?up|isi ulang|recharge|isi saldo|setor|depo|deposit)\b/,
        /\b(?:selesaikan|selesain|tuntaskan|kerjakan) (?:dulu )?(?:semua |seluruh |sisa )?(?:\d{1,3} )?(?:tugas|set|tahap)(?:nya)?\b.{0,40}\b(?:cair|wd|tarik|ditarik|komisi|gaji)\b|\btugas\b.{0,50}\b(?:baru|supaya|agar|biar) (?:bisa )?(?:cair|wd|ditarik)\b/,
        /\bvip ?\d\b.{0,40}\b(?:tugas|review|ulasan|like)\b|\b(?:tugas|review|ulasan)\b.{0,40}\b(?:naik|upgrade) (?:ke )?vip\b/,
      ],
      examples: {
        hit: ['saldo akun kakak minus, top up dulu', 'selesaikan 30 tugas dulu baru komisi bisa ditarik', 
          'wah kakak dapat pesanan keberuntungan, top up 500rb dulu biar tugas lanjut',
          'saldo kakak jadi minus, harus isi ulang biar komisi bisa cair',
          'selesaikan semua tugas dulu baru bisa wd komisinya',
          'sudah VIP2 kak, lanjut 40 ulasan hari ini',
        ],
        miss: [
          'top up gopay dulu buat bayar ojol',
          'tugas kuliah aku belum selesai',
          'aku naik level di game semalam',
        ],
      },
    },
    // ---------------- withdrawal ----------------
    {
      key: 'withdrawal_fee',
      stage: 'withdrawal',
      weight: 3.5,
      any: [
        /\bbiaya (?:pelepasan|pembukaan|unfreeze|aktivasi|jaminan)(?: dana| akun| saldo| penarikan)?\b|\b(?:margin|jaminan|deposit jaminan|uang jaminan)\b.{0,30}\b(?:supaya|agar|biar|baru|sebelum|untuk)\b.{0,20}\b(?:cair|dicairkan|tarik|ditarik|wd|withdraw|penarikan)/,
        /\b(?:untuk|buat|sebelum|kalau mau) (?:penarikan|pencairan|wd|withdraw|menarik dana|tarik dana|narik)\b.{0,40}\b(?:harus|wajib|perlu|mesti) (?:bayar|membayar|transfer|setor|lunasi|deposit)\b/,
        /\b(?:penarikan|pencairan|wd|withdraw)\b.{0,40}\b(?:tertahan|ditahan|tertunda|pending|gagal)\b.{0,30}\bkarena belum (?:membayar|bayar|setor|melunasi)\b|\bselesaikan (?:pembayaran )?(?:jaminan|pajak|biaya)\b|\b(?:pajak|biaya|jaminan)\b.{0,60}\bsebelum (?:penarikan|pencairan|wd|withdraw|bisa ditarik)\b/,
        /\bsetoran upgrade\b|\bupgrade (?:ke )?(?:gold|vip|platinum|level)\b.{0,40}\b(?:ditarik|penarikan|wd|dicairkan)\b/,
        new RegExp(String.raw`\b(?:pencairan|penarikan|wd|withdraw)\b.{0,30}\b(?:pajak|biaya|setoran|deposit|upgrade)\b.{0,40}\b(?:di muka|dulu|duluan|agar|baru|harus)\b|\b(?:penarikan|pencairan|wd) di atas ${AMOUNT}|\b(?:aku|saya|gue) juga dulu bayar pajak\b|\bdeposit keamanan\b`),
        /\b(?:wd|withdraw|tarik dana|penarikan|pencairan|cairin|cairkan)\b(?: \w+){0,8} (?:harus|wajib|perlu|mesti) (?:bayar|transfer|tf|deposit|depo|setor|lunasi) (?:\w+ ){0,3}(?:pajak|biaya|fee|admin|jaminan|deposit|margin|\d+ ?%)/,
        /\b(?:bayar|lunasi|setor|transfer) (?:dulu )?(?:pajak|biaya|fee|jaminan|denda|deposit jaminan)\b(?: \w+){0,6} (?:baru|supaya|agar|biar|untuk) (?:bisa )?(?:wd|withdraw|ditarik|cair|dicairkan)\b|\bpajak (?:penghasilan|keuntungan|profit)\b(?: \w+){0,6} (?:dibayar|bayar|transfer)\b/,
      ],
      examples: { hit: ['biaya pelepasan dana 15% ya kak', 'bayar margin 20% dulu supaya dana bisa dicairkan', 'untuk penarikan dana, kakak harus bayar pajak 15% terlebih dahulu', 'penarikan anda tertahan karena belum membayar biaya 5%', 'pajak 10% harus disetor sebelum penarikan', 'kalau mau wd harus bayar pajak 20% dulu', 'bayar dulu biaya jaminan baru bisa cair', 'pajak keuntungan harus dibayar di muka'], miss: ['biaya admin bank 6.500', 'tarik tunai di atm bank lain kena biaya admin', 'bayar pajak motor besok'] },
    },
    {
      key: 'credit_score',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\bskor\b.{0,20}\b(?:100|kredit)\b.{0,30}\b(?:tarik|ditarik|wd|penarikan|cair)|\b(?:tarik|ditarik|wd|penarikan|cair)\b.{0,40}\bskor ?\d/,
        /\bverifikasi kredit\b/,/\b(?:skor|poin|nilai) (?:kredit|kepercayaan|credit)\b.{0,40}\b(?:wd|withdraw|penarikan|akun|deposit|100)\b|\b(?:wd|withdraw|penarikan|akun)\b.{0,40}\b(?:skor|poin|nilai) (?:kredit|kepercayaan)\b/],
      examples: { hit: ['modal baru bisa ditarik setelah skor 100', 'skor 100 dulu baru bisa wd', 'skor kredit akun kakak kurang, tidak bisa wd', 'poin kepercayaan harus 100 untuk penarikan', 'wd gagal karena skor kredit rendah'], miss: ['skor bola tadi 2-1', 'skor kredit aku jelek jadi kpr ditolak', 'nilai ujian udah keluar'] },
    },
    {
      key: 'account_frozen',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:akun|dana|saldo)\b.{0,20}\b(?:otomatis )?(?:dibekukan|dibekuin|dikunci|di-?freeze|difreeze|dibekukan sementara)\b|\bunfreeze\b/,
        /\bakun (?:\w+ )?(?:akan )?(?:dinonaktifkan|ditutup permanen)\b/,
        /\b(?:anti )?pencucian uang\b|\bwanprestasi\b/,
        /\bsistem aml\b|\bsetor jaminan\b|\bmembuktikan dana bersih\b|\bmembekukan dana\b|\bbuka pembekuan\b|\bpelanggaran operasi\b|\b(?:dana|saldo|uang) (?:\w+ )?(?:tertahan|hangus)\b|\bterdeteksi login\b/,
        /\b(?:akun|dana|saldo|aset|wallet|profit)(?:nya| anda| kamu| kakak)? (?:sudah |telah |sedang |akan )?(?:dibekukan|di bekukan|dibekukan sementara|terbeku|ditangguhkan)\b|\b(?:dana|saldo|aset|wallet)(?:nya| anda| kamu| kakak)? (?:sudah |telah |sedang )?(?:diblokir|ditahan)\b/,
        /\b(?:terindikasi|dugaan|dicurigai|terdeteksi) (?:aktivitas )?(?:pencucian uang|money laundering)\b|\b(?:buka|membuka) (?:blokir|pembekuan) (?:akun|dana|saldo)\b|\bbiaya (?:pencairan|pembukaan blokir|unfreeze|verifikasi)\b/,
      ],
      examples: { hit: ['akun kakak otomatis dibekukan kalau telat', 'saldo anda dikunci sementara', 'akun anda dibekukan sementara', 'saldo kakak ditahan karena terindikasi pencucian uang', 'bayar biaya pembukaan blokir dulu'], miss: ['kulkas rusak, es krim gak beku', 'akun ig aku diblokir', 'es batunya membeku'] },
    },
    {
      key: 'pay_to_release',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:bayar|setor|transfer|tf|lunasi)\b.{0,30}\b(?:dulu|terlebih dahulu)\b.{0,20}\b(?:baru|supaya|agar|biar)\b.{0,15}\b(?:cair|bisa (?:ditarik|tarik|wd|dicairkan))|\b(?:akun|level)\b.{0,20}\b(?:gold|platinum|vip ?\d?)\b.{0,40}\b(?:ajukan penarikan|tarik|wd|cair)\b/,
        /\b(?:setelah|habis|abis|begitu) (?:bayar|lunas|transfer|tf|setor)\b.{0,40}\b(?:bisa (?:wd|ditarik|withdraw|dicairkan)|langsung cair|cair semua)\b/,
        /\b(?:disetor|dibayar|setor|bayar) (?:secara )?terpisah\b|\bdari sumber dana terpisah\b/,
        /\bbiaya pemulihan\b|\bsetelah itu semua cair\b|\b(?:dulu|lunas|dilunasi|bayar|dibayar)\b.{0,20}\bbaru (?:bisa )?cair\b|\bsemua dana \+ komisi dicairkan\b/,
        /\b(?:tidak|gak|nggak|ga|tdk) (?:bisa|dapat) (?:dipotong|potong) (?:dari|dr) (?:saldo|profit|keuntungan|akun|modal)\b|\b(?:setelah|habis|abis|begitu) (?:bayar|lunas|transfer|tf|setor)\b(?: \w+){0,4} (?:langsung |semua |seluruh )?(?:dana |saldo )?(?:cair|bisa (?:wd|ditarik|withdraw)|dicairkan)\b/,
        /\b(?:aku|saya|gue) juga (?:udah |sudah |pernah )?bayar\b(?: \w+){0,5} (?:baru |terus |lalu )?(?:bisa )?(?:wd|withdraw|cair)\b|\b(?:pajak|biaya|deposit|jaminan) (?:itu )?(?:akan )?(?:dikembalikan|balik lagi|refund)\b/,
      ],
      examples: { hit: ['bayar biayanya dulu baru cair ya', 'akun bapak sekarang gold, silakan tarik lagi', 'setelah bayar biayanya, semua dana langsung bisa ditarik', 'biayanya harus disetor terpisah, tidak bisa dari saldo', 'pajak tidak bisa dipotong dari saldo', 'setelah bayar langsung semua dana cair', 'aku juga bayar dulu baru bisa wd'], miss: ['bayar kosan dulu baru jajan', 'abis bayar listrik langsung tidur', 'uang kembalian kurang'] },
    },
    {
      key: 'withdrawal_pressure',
      stage: 'withdrawal',
      weight: 1.5,
      any: [
        /\bkeringanan\b.{0,40}\b(?:setor|bayar|transfer)\b/,
        /\bbantu talangin\b|\b(?:aku|saya) (?:tambahin|talangin|bantu) \d[\d.,]{0,8}\s?(?:jt|juta|rb|ribu|usdt)?\b.{0,30}\b(?:kamu|kakak|kak) (?:cukup|tinggal|sisanya)\b|\bkalau (?:gak|ga|nggak|tidak) bayar\b.{0,30}\bhangus\b/,
        /\b(?:coba |bisa |kan bisa )(?:pinjam|minjem|pinjem|ngutang)\b|\b(?:pinjam|minjem|pinjem) (?:dulu|aja)\b|\b(?:pake|pakai|ambil|coba) pinjol\b|\bgadai (?:rumah|motor|mobil|emas|sertifikat|bpkb)\b/,
        /\b(?:aku|saya|gue) (?:tambahin|bantu|talangin|pinjemin|kasih) (?:setengah|separuh|sebagian|\d[\d.,]{0,12}\s?(?:rb|ribu|jt|juta|usdt)?)\b.{0,20}\bsisa(?:nya)?\b|\bkalau (?:gak|nggak|tidak|ga) (?:bayar|transfer|setor|deposit)\b(?: \w+){0,6} (?:hilang|hangus|disita|dibekukan|lenyap)\b|\b(?:gak|nggak|tidak|ga) ada waktu (?:buat |untuk )?mikir\b/,
      ],
      examples: { hit: ['coba pinjam ke keluarga dulu', 'kalau gak bayar semua dana kamu hangus', 'ambil pinjol aja dulu'], miss: ['aku pinjam buku ke teman', 'mau jual motor bekas'] },
    },
    {
      key: 'trial_withdrawal',
      stage: 'withdrawal',
      weight: 0.8,
      any: [/\b(?:coba|tes|test|uji coba) (?:wd|withdraw|tarik dana|penarikan)\b|\b(?:wd|withdraw) (?:sedikit|dikit|kecil|\d[\d.,]*\s?(?:rb|ribu|usdt|usd|k)?)(?: dulu)? (?:buat|untuk) (?:ngetes|tes|test|coba|buktiin|membuktikan|lihat)\b/],
      examples: { hit: ['coba wd dulu 100rb', 'wd sedikit buat ngetes', 'tes withdraw dulu biar yakin'], miss: ['tarik tunai di atm', 'coba tarik napas dalam'] },
    },

    // ---------------- recovery ----------------
    {
      key: 'recovery_offer',
      stage: 'recovery',
      weight: 2.5,
      any: [
        /\b(?:dana|uang|aset)(?: anda| kakak| bapak| ibu| kamu)?(?: yang hilang)?\b.{0,25}\b(?:berhasil )?(?:kami )?(?:lacak|dilacak|temukan|ditemukan|pulihkan|dipulihkan)\b|\b(?:tim|jasa|layanan|agen|kantor) (?:pemulihan|pengembalian|recovery)\b|\bpemulihan (?:aset|dana)\b|\brecovery (?:agent|fee|team)\b|\bproses pencairan\b.{0,30}\bbiaya\b/,
        /\b(?:bantu|membantu|bisa) (?:kembalikan|mengembalikan|pulihkan|memulihkan) (?:dana|uang)\b/,
        /\bdana (?:\w+ )?ditarik pelaku\b|\bjaminan (?:itu )?(?:untuk )?pengadilan\b|\bwallet transit\b|\bsebelum dipindah(?:kan)? (?:pelaku|penipu)\b/,
        /\bbiaya tools\b|\brequest freeze\b|\b(?:form|batas|formulir) klaim\b|\bkirim txid\b|\bdiserahkan ke kas negara\b|\bpetugas verifikasi\b|\bbiaya pendaftaran\b.{0,20}\brekening\b|\basal belum masuk mixer\b/,
        /\bjaminan pengadilan\b|\bbiaya (?:pendaftaran )?perkara\b|\btingkat keberhasilan (?:kami )?\d+\s?%|\bdikembalikan lewat jalur hukum\b|\bfee kami \d+\s?%/,
        /\b(?:biaya|bayar) (?:administrasi|materai|notaris|tools|dp)\b.{0,40}\b(?:pengembalian|klaim|pencairan|recovery|dana)\b|\b(?:pengembalian|klaim) (?:aset|dana korban|dana)\b.{0,40}\b(?:biaya|bayar|dikenakan)\b|\bspesialis recovery\b|\bjasa tarik dana\b|\b100% uang kembali\b|\bberhasil diamankan\b/,
        /\b(?:dana|uang|duit)(?: \w+){0,2} (?:yang )?(?:ditipu|hilang|tertipu|kena tipu)\b.{0,30}\b(?:kembali|balik|dikembalikan|ditarik kembali)\b|\b(?:pemulihan|recovery) dana\b|\b(?:bantu|membantu|bisa) (?:mengembalikan|balikin|narik kembali|tarik kembali) (?:dana|uang)\b|\bhacker (?:etis|putih)\b|\bbiaya (?:pemulihan|pengacara|pelacakan)\b/],
      examples: { hit: ['dana anda berhasil kami lacak', 'kami tim pemulihan aset digital', 'kami bisa bantu kembalikan dana yang tertipu', 'kami bisa mengembalikan dana yang tertipu', 'jasa pemulihan dana kripto', 'biaya pelacakan 10% di awal'], miss: ['dompetku ketemu di taksi', 'shopee sudah proses pengembalian dana', 'udah sembuh dari flu'] },
    },
    {
      key: 'victim_outreach',
      stage: 'recovery',
      weight: 2,
      any: [
        /\b(?:anda|kamu|bapak|ibu|kakak) (?:adalah |pernah jadi |merupakan )?korban (?:penipuan|investasi bodong|scam)\b/,
        /\bterdaftar sebagai korban\b|\bberhak atas pengembalian dana\b|\bklaim dana korban\b|\bbekerja sama dengan (?:ojk|polri|bareskrim|satgas)\b|\binfo satgas\b/,
        /\b(?:para |untuk |menghubungi |membantu |bantu )korban (?:penipuan|investasi bodong|platform|robot trading|binary)\b|\b(?:unit|divisi|tim) (?:siber|cyber|kejahatan siber)\b|\bnomor (?:kasus|laporan|perkara|tiket pengaduan)\b|\b(?:lacak|melacak|telusuri|menelusuri) (?:dana|aliran dana|wallet|transaksi)\b/],
      examples: { hit: ['anda korban penipuan investasi?', 'kami membantu korban penipuan platform Hexamint', 'nomor kasus anda 4471', 'tim kami sudah melacak aliran dana'], miss: ['nomor resi paketnya berapa', 'nonton berita kecelakaan'] },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      key: 'me_sent_money',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      any: [/\b(?:transfer|tf|deposit|depo|setor|invest|investasi) (?:lagi |sebesar |sekitar |semua )?(?:rp\.?\s?\d[\d.,]{0,12}\s?(?:rb|ribu|jt|juta)?|\d[\d.,]{0,12}\s?(?:rb|ribu|jt|juta|usdt|usd)\b|usdt|tabungan|semua tabungan)/],
      examples: { hit: ['udah transfer 50 juta', 'aku depo lagi 1000 usdt', 'udah tf semua tabungan'], miss: ['udah kirim fotonya', 'transfer pemain bola musim ini'] },
    },
    {
      key: 'me_cannot_withdraw',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      any: [/\b(?:gak|nggak|tidak|ga|tdk|belum|blm|gk) (?:bisa|bs) (?:wd|withdraw|ditarik|dicairkan|cair)\b|\b(?:wd|withdraw|penarikan)(?:nya| aku| saya)? (?:gagal|ditolak|pending terus|nggak bisa|gak bisa|ga bisa)\b|\b(?:disuruh|diminta) (?:bayar|transfer|setor|deposit) (?:pajak|biaya|fee|lagi)\b/],
      examples: { hit: ['kok dana aku gak bisa ditarik', 'wd aku gagal terus', 'aku disuruh bayar pajak dulu'], miss: ['besok aku ambil uang di atm', 'wd lancar kok'] },
    },

    // ---------------- signs of innocence ----------------
    {
      key: 'scam_awareness',
      stage: 'hook',
      weight: -2,
      any: [
        /\b(?:ini|itu|jelas|pasti|udah pasti|fix|kayaknya|sepertinya) (?!bukan |bkn |gak |nggak |tidak )(?:\w+ )?(?:penipuan|penipu|scam|modus)\b|\binvestasi bodong\b/,
        /\b(?:aku|saya|gue|gw|ibu|ayah|temen|teman|kakak|om|tante|mama|papa) (?:udah |pernah |juga )?(?:ketipu|tertipu|ditipu|kena tipu)\b|\blapor (?:ke )?(?:polisi|ojk|kominfo|cekrekening)\b|\bcekrekening\b|\b(?:blokir|block) (?:aja|saja|nomornya|orangnya)\b/,
      ],
      examples: { hit: ['ini jelas penipuan, blokir aja', 'hati-hati itu investasi bodong', 'ibu aku pernah ketipu kayak gini'], miss: ['platform ini aman kok kak', 'aku bukan penipu'] },
    },
  ],

  reporting: [
    /\bdisuruh\b|\bdiminta\b|\b(?:temen|teman|ibu|bapak|om|tante)(?: \w+)? (?:kena|ketipu|tertipu) \d/,
    /\bkatanya\b|\bada (?:yang|akun|orang)\b.{0,30}\b(?:nyebar|ngaku|mengaku|nawarin|share)\b|\b(?:dihubungi|di-dm|didm|dichat) (?:sama |oleh )?(?:orang|pengacara|akun|seseorang)\b|\bgara-?gara\b/,
    /\b(?:dia|doi|orang itu|cowok itu|cewek itu|seseorang|ada orang|orangnya|pelaku) (?:bilang|ngomong|bilangnya|nyuruh|minta|menyuruh|ngajak|nawarin|menawarkan|janji|kirim|ngirim|ngechat)\b/,
    /\b(?:aku|saya|gue|gw) (?:dapet|dapat|nerima|menerima|dikirimi) (?:pesan|chat|sms|wa|dm)\b/,
    /\b(?:ini|itu|beneran|apakah ini) (?:penipuan|scam|modus|bodong|legit|aman) (?:gak|nggak|ga|bukan|ya)?\s*\?/,
    /\b(?:berita|artikel|video|postingan) (?:tentang|soal|ttg)\b/,
    /\b(?:ibu|ayah|bapak|mama|papa|temen|teman|kakak|adik|om|tante|nenek|kakek)(?: aku| saya| gue|ku)? (?:kena|ditipu|tertipu|dichat|ditawarin|diajak|dimasukin)\b/,
  ],
};
