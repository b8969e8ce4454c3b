import type { RuleSet } from './types.ts';

// Vietnamese rules (lừa đảo đầu tư, "sàn" scams, việc nhẹ lương cao, romance scams on Zalo and
// Telegram). Patterns run on folded text: lower case, every diacritic removed and "đ" read as
// "d" ("không" is "khong", "lãi" is "lai", "điểm tín nhiệm" is "diem tin nhiem"). Folding merges
// words ("lãi" profit and "lại" again are both "lai"), so patterns lean on word pairs.
// Amounts: "20 triệu", "5tr", "500k", "1 tỷ", "3 củ", "1000 usdt".
// Weights are hand-set starting values; the corpus fit replaces them.
const APP = '(?:zalo|zl|facebook|fb|messenger|mess|telegram|tele|tg|whats ?app|wa|line|viber|wechat|instagram|ig)';
const INVEST = '(?:dau tu|trade|trading|giao dich|choi coin|coin|crypto|tien ao|chung khoan|co phieu|forex|vang|kiem tien|lam giau)';
const CRYPTO = '(?:usdt|usdc|tether|coin|btc|bitcoin|eth|tien ao|tien dien tu|tien ma hoa)';
// An amount with its unit: "20 trieu", "5tr", "500k", "1 ty", "1000 usdt", "$300".
const AMOUNT = '(?:\\$\\s?\\d[\\d,.]{0,12}|(?<![\\d.,])\\d[\\d,.]{0,12}\\s?(?:trieu|tr|ty|ti|k|nghin|ngan|cu|usdt|usd|do|dong|vnd|d)\\b)';
const KIN = '(?:chu|bac|cau|co|di|duong|anh trai|chi gai|anh ho|chi ho|bo|ba|thay|su phu|mentor|giao su|sep|ban than)';
const ME = '(?:em|anh|chi|minh|toi|tui|to)';
const YOU = '(?:em|anh|chi|ban|c|a|e|co|chu|bac)';

export const vi: RuleSet = {
  locale: 'vi',
  // Frequent Vietnamese words as typed without accents (none of them is an English chat word).
  detect:
    /\b(?:khong|hok|hong|dc|duoc|dk|nhung|cung|nhe|nha|nhi|nhen|vay|nguoi|tien|chua|thoi|nhieu|biet|muon|cua|voi|toi|minh|lam|roi|dau|nay|gi|vang|chao|chuc|anh|chi|ban|cho|nua|luon|lai|yeu|thuong|giup|hihi|huhu|troi|xin|ngay|moi|thi|nhu|khi|vao|len|xuong|nao|sau|truoc|rat|qua|hay|ai|cam on|hom nay|ngay mai|bao nhieu|the nao|tai sao|bay gio|duoc khong|di lam|an com|gia dinh|trieu)\b/,
  rules: [
    // ---------------- hook ----------------
    {
      key: 'wrong_number',
      stage: 'hook',
      weight: 1,
      opening: true,
      any: [
        /\bco phai (?:la )?(?:(?:so|sdt|zalo|so dien thoai) (?:cua )?)?(?:anh|chi|em|co|chu|bac|ong|ba|ban|thay|sep|giam doc|gd) [a-z]+(?: [a-z]+)? (?:khong|ko|k|hong|hok)\b/,
        /\b(?:nham|lon) (?:so|nguoi|sdt|so dien thoai|zalo)\b|\b(?:gui|nhan|nhan tin|goi|ket ban|add|luu) (?:nham|lon)\b|\b(?:thu ky|tro ly) (?:luu|ghi|dua) (?:nham|sai) so\b/,
        /\b(?:luu|bam|go) (?:sai|nham|lon)(?: \d| mot)? (?:so|sdt)\b|\bdoi so ma (?:khong|ko|k|chua) bao\b/,
      ],
      examples: {
        hit: ['chắc mình lưu sai số rồi, xin lỗi nha', 'chắc bạn ấy đổi số mà không báo mình', 'Chào chị, có phải chị Lan không ạ?', 'Ôi xin lỗi em nhắn nhầm số', 'Xin lỗi, mình gửi nhầm người rồi', 'Có phải anh Minh ko?'],
        miss: ['lưu số anh chưa?', 'có phải mai họp không?', 'em ăn cơm chưa'],
      },
    },
    {
      key: 'fate',
      stage: 'hook',
      weight: 1,
      any: [/\b(?:chac|cung|that|co le|vay) (?:la )?(?:co )?duyen(?: phan| so)?\b|\bduyen phan\b|\bdinh menh\b|\btroi (?:sap dat|dinh|cho)\b|\bkhong phai (?:la )?tinh co\b/],
      examples: { hit: ['nhắn nhầm mà quen nhau chắc là có duyên', 'có lẽ đây là định mệnh', 'không phải tình cờ đâu'], miss: ['cô ấy nói chuyện rất có duyên', 'mai đi học nhé'] },
    },
    {
      key: 'far_away_job',
      stage: 'hook',
      weight: 0.7,
      any: [
        /\b(?:tren|o|ngoai) gian khoan\b|\bgian khoan dau\b|\bbac si (?:cua )?lien hop quoc\b|\blien hop quoc\b.{0,20}\b(?:bac si|quan y|gin giu hoa binh)\b/,
        /\b(?:toi|em|anh|minh|tui)(?: \w+){0,2} (?:song|lam viec|lam|o|sinh song|cong tac|dinh cu) (?:o|tai|ben) (?:singapore|sing|han quoc|nhat ban|my|uc|dubai|hong kong|hk|dai loan|malaysia|campuchia|nuoc ngoai|trung dong|syria|yemen|gian khoan)\b/,
        /\b(?:quan nhan|si quan|linh) (?:my|lien hop quoc)\b|\bbac si (?:lien hop quoc|quan doi my|chien truong)\b|\bky su (?:dau khi|gian khoan)\b/,
        /\b(?:song|lam viec|lam|o|sinh song|cong tac|dinh cu|lon len|sang|qua) (?:o |tai |ben )?(?:singapore|sing|han quoc|nhat ban|nhat|my|uc|dubai|hong kong|hk|dai loan|dai bac|malaysia|kuala lumpur|campuchia|nuoc ngoai|trung dong|syria|yemen|gian khoan|melbourne|sydney|cali|california|canada|duc|phap|london|seoul|ansan|tokyo|osaka|bangkok|thuong hai|texas|new york|trung lich)(?: \w+){0,2} (?:duoc )?(?:gan |hon |)(?:\d+|may) nam (?:roi|nay|nay roi)\b/,
        /\b(?:lon len|dinh cu|dang lam|dang o|lam viec|sinh song) (?:o|tai|ben) (?:singapore|han quoc|nhat|my|uc|cali|california|canada|dubai|dai loan|malaysia|kuala lumpur|melbourne|sydney|syria|yemen)\b|\bquan doi my\b|\bgin giu hoa binh\b/,
      ],
      examples: { hit: ['Anh là bác sĩ của Liên Hợp Quốc ở Syria', 'Anh đang làm việc trên giàn khoan dầu ngoài biển', 'giờ mình ở Melbourne 5 năm rồi', 'anh lớn lên ở Cali, lâu rồi chưa về', 'em đang làm việc ở Singapore', 'anh là bác sĩ Liên Hợp Quốc', 'mình sống ở Dubai mấy năm rồi'], miss: ['Anh làm ở ngân hàng', 'tuần sau mình bay đi Tokyo chơi', 'năm ngoái nhà mình đi du lịch Singapore', 'quà Hàn Quốc đẹp quá'] },
    },
    {
      key: 'profile_compliment',
      stage: 'hook',
      weight: 0.5,
      opening: true,
      any: [
        /\b(?:dang|post|chia se) (?:trong|tren|o) (?:nhom|group|trang)\b.{0,40}\b(?:ngon qua|dep qua|xinh qua|hay qua|ngon ghe|dep ghe)\b|\b(?:em|chi|ban) (?:de thuong|le phep|lich su|tu te) (?:ghe|qua the|qua)\b/,/\b(?:xem|thay|nhin|doc) (?:qua )?(?:trang ca nhan|profile|anh dai dien|facebook|fb|trang|hinh|anh) (?:cua )?(?:ban|anh|chi|em)\b|\b(?:anh|hinh|nu cuoi) (?:cua )?(?:ban|chi|anh|em) (?:dep|xinh|de thuong|sang)\b|\b(?:trong|nhin) (?:ban|chi|anh|em) (?:rat |that )?(?:hien|tot bung|de men|phuc hau)\b/,
        /\bchao nguoi dep\b|\b(?:anh|hinh) (?:cua )?(?:em|chi|ban)(?: \w+){0,4} (?:dep|xinh|sang chanh) (?:qua|the|ghe|vay|lam)\b|\b(?:em|chi|ban) (?:that|rat|trong) (?:thanh lich|quy phai|sang trong|duyen dang)\b|\bthay ho so (?:cua )?(?:ban|em|chi|anh)\b/,
      ],
      examples: { hit: ['món bánh chị đăng trong nhóm nhìn ngon quá', 'xin chào người đẹp', 'ảnh bạn đi Đà Lạt đẹp quá', 'mình xem trang cá nhân của bạn thấy rất thích', 'nụ cười của chị đẹp quá', 'nhìn anh rất hiền'], miss: ['ảnh này đẹp ghê', 'gửi mình ảnh hôm qua nhé', 'em đổi ảnh đại diện rồi'] },
    },
    {
      key: 'group_add',
      stage: 'hook',
      weight: 1.2,
      any: [
        /\b(?:duoc chon|lot) vao whitelist\b|\bwhitelist (?:mint|nft|presale)\b/,
        /\bnhom (?:zalo |telegram |tele )?(?:dau tu|chung khoan|co phieu|crypto|coin|tai chinh|phan tich|giao dich)\b|\b(?:phong hoc|lop hoc|khoa hoc) (?:dau tu|chung khoan|co phieu|trade|crypto)\b/,
        /\btro ly (?:cua )?(?:thay|giao su|chuyen gia|chu tich|co van)\b|\b(?:khoa hoc|lop) (?:\w+ ){0,2}mien phi\b.{0,30}\b(?:dau tu|chung khoan|co phieu|crypto)\b/,
        /\bchao mung (?:ban|anh|chi|em|cac ban|moi nguoi) (?:den voi|vao|gia nhap) (?:nhom|cong dong|kenh)\b|\bcong dong (?:crypto|dau tu|chung khoan|coin|trader)\b|\bnhom nhiem vu\b|\blivestream phan tich\b|\bthay (?:\w+ ){0,2}(?:gui|cho|chia se) (?:\d{1,2}(?:-\d{1,2})? )?tin hieu\b/,
      ],
      examples: { hit: ['ví của bạn được chọn vào whitelist mint', 'chào mừng bạn đến với cộng đồng đầu tư của thầy', 'tối nay thầy livestream phân tích thị trường', 'em mời chị vào nhóm Zalo đầu tư chứng khoán', 'em là trợ lý của thầy Hùng', 'lớp học chứng khoán miễn phí mỗi tối'], miss: ['chào mừng bạn đến với lớp yoga', 'vào nhóm zalo lớp 12A nha', 'khóa học tiếng Anh miễn phí'] },
    },

    {
      key: 'fellow_townsman',
      stage: 'hook',
      weight: 0.8,
      opening: true,
      any: [
        /\b(?:thay|gap) (?:anh|chi|em|ban|co|chu|bro|ong|ba) (?:hay )?(?:binh luan|comment|hoi|dang bai|chia se|post)\b.{0,40}\b(?:trong|o|tren) (?:nhom|group|hoi|kenh|server|cong dong)\b/,/\b(?:dong huong|cung que|nguoi cung que|xa que phai thuong)\b|\b(?:thay|gap|biet den) (?:anh|chi|em|ban|co|chu|bro|ong) (?:trong|o|tren) (?:nhom|group|hoi|kenh|video|clip)\b|\bcung (?:la )?nguoi (?:ha noi|hai duong|nghe an|thai binh|nam dinh|thanh hoa|quang nam|hue|mien tay|xu nghe|[a-z]+ [a-z]+) (?:a|ha|ne|day|do|nen)\b/],
      examples: { hit: ['thấy bạn hay hỏi về coin trong group nên nhắn', 'chào anh, em cũng người Hải Dương nè', 'em thấy chị trong nhóm mẹ bỉm nên nhắn làm quen', 'mình là đồng hương đó'], miss: ['em về quê ăn tết', 'thấy chị đăng ảnh đẹp ghê'] },
    },

    // ---------------- rapport ----------------
    {
      key: 'pet_name',
      stage: 'rapport',
      weight: 0.4,
      any: [/\b(?:(?:em|anh) yeu(?! (?:em|anh|minh|ban|nhieu|lam|qua|ca|nguoi|con|cau|thich|cau|di)\b)|cung oi|bao boi|vo yeu|chong yeu|cung cua anh|cuc cung|ba xa|ong xa)\b/],
      examples: { hit: ['chào buổi sáng em yêu', 'cưng ơi ăn sáng chưa', 'vợ yêu ngủ ngon nha'], miss: ['em bé nhà bên khóc hoài', 'bạn yêu thích món gì'] },
    },
    {
      key: 'love_bombing',
      stage: 'rapport',
      weight: 1,
      any: [
        /\bchua (?:gap|gap mat|thay mat|gap nhau)\b(?: \w+){0,4} (?:yeu|thuong|phai long)\b|\bkhong the song thieu (?:em|anh)\b/,/\b(?:tri ky|nua kia|nguoi dinh menh|tuong lai cua (?:chung ta|hai dua|hai ta|tui minh))\b|\bchua (?:bao gio|tung) (?:co )?cam giac (?:nhu )?(?:the nay|vay)\b|\b(?:luc nao|suot ngay) cung (?:nghi|nho) (?:ve|toi)? ?(?:em|anh)\b|\b(?:song|o ben nhau) (?:tron doi|ca doi|mai mai)\b|\bket hon voi (?:em|anh)\b/,
        /\btinh yeu (?:tu xa|qua mang|dich thuc)\b|\bben canh nguoi (?:toi|anh|em) yeu\b/,
      ],
      examples: { hit: ['Anh không thể sống thiếu em', 'Chưa gặp mà anh đã yêu em rồi', 'em có tin vào tình yêu từ xa không?', 'em là tri kỷ của anh', 'anh đang nghĩ về tương lai của chúng ta', 'chưa bao giờ có cảm giác như thế này'], miss: ['Chưa gặp bạn ấy bao giờ', 'tương lai công ty chưa rõ', 'đám cưới bạn em vui lắm'] },
    },
    {
      key: 'secrecy',
      stage: 'rapport',
      weight: 2,
      any: [
        /\bchi (?:hai dua|hai ta|tui minh|chung minh)(?: minh)? biet\b|\bbi mat (?:cua )?(?:hai dua|hai ta|chung ta|tui minh)\b|\b(?:dung|khong duoc|dung co) (?:ke|noi|khoe|tiet lo) (?:cho |voi )?(?:ai|nguoi nha|gia dinh|vo|chong|con|ban be)\b/,
        /\b(?:dung|khong duoc|ko duoc|dung co|dung vo) (?:noi|ke|cho|de) (?:voi |cho )?(?:gia dinh|nguoi nha|vo|chong|con|con cai|ngan hang|ai)(?: biet)?\b/,
        /\bbi mat (?:cua )?(?:hai dua|chung ta|hai ta|rieng)\b|\b(?:gia dinh|ngan hang|nguoi nha) (?:se )?(?:khong|ko) (?:hieu|hieu duoc)\b|\bngan hang (?:co )?hoi thi\b.{0,20}\b(?:noi|bao|tra loi)\b/,
        /\b(?:dung|dung co|khong duoc) (?:noi|ke) (?:chuyen )?(?:\w+ ){0,3}voi ai\b|\bchi (?:chia se|noi) (?:voi|cho) (?:nguoi than|nguoi quen|nguoi than quen) thoi\b/,
      ],
      examples: { hit: ['Đừng kể với gia đình nha', 'Chuyện này chỉ hai đứa mình biết thôi', 'em đừng kể chuyện tụi mình với ai nha', 'đừng nói với gia đình nhé, họ không hiểu đâu', 'đây là bí mật của hai đứa mình', 'ngân hàng hỏi thì nói là tiền sửa nhà'], miss: ['Kể cho mẹ nghe chuyện hôm qua chưa', 'nói với gia đình là mình gửi lời hỏi thăm', 'đừng nói vậy mà'] },
    },
    {
      key: 'trading_lifestyle',
      stage: 'rapport',
      weight: 0.8,
      any: [
        /\bthu nhap (?:tu|nho) (?:trade|trading|crypto|coin|dau tu|chung khoan|vang|quy)\b|\bphan lon thu nhap\b.{0,30}\b(?:quy|crypto|coin|trade|dau tu)\b/,
        new RegExp(`\\b(?:lam them|ngoai gio|thoi gian ranh|luc ranh|ngoai cong viec|viec phu)\\b(?: \\w+){0,3} (?:dau tu|trade|choi coin|giao dich|lam trader)\\b`),
        /\bsong bang (?:dau tu|trade|nghe trade|tien lai)\b|\b(?:em|anh|minh|toi) la (?:trader|nha dau tu)\b|\b(?:em|anh|minh|toi) (?:dang )?(?:lam|choi) (?:trade|trader) (?:full|toan thoi gian)\b/,
        /\b(?:thu nhap|kiem them|tien) (?:them )?tu (?:trade|dau tu|crypto|coin|chung khoan|vang|forex)\b/,
      ],
      examples: { hit: ['ngoài lương mình còn thu nhập từ trade coin', 'ngoài lương mình có thu nhập từ trade crypto', 'ngoài giờ làm em có đầu tư thêm', 'giờ anh sống bằng đầu tư thôi', 'mình là trader tự do'], miss: ['đầu tư có khó không nhỉ', 'ngoài giờ em đi tập gym'] },
    },

    // ---------------- off_platform ----------------
    {
      key: 'move_off_platform',
      stage: 'off_platform',
      weight: 1.2,
      any: [
        new RegExp(`\\b(?:ket ban|add|them|kb) (?:\\w+ )?${APP}\\b|\\b(?:cho|xin) (?:minh |em |anh |toi |chi )?(?:xin )?(?:so |nick |id )?(?:${APP}|sdt|so dien thoai|so dt)\\b`),
        new RegExp(`\\b(?:nhan tin|chat|noi chuyen|trao doi|lien lac|nt|ib|inbox) (?:\\w+ )?(?:qua|tren|bang|o) ${APP}\\b`),
        new RegExp(`\\b${APP} (?:cua )?(?:minh|em|anh|toi|chi) (?:la|:)|\\b(?:ban|anh|chi|em) (?:co )?(?:dung |xai |choi )?${APP} (?:khong|ko|k|hong)\\b`),
        /\b(?:app|ung dung|trang) nay (?:minh |em |anh |toi )?(?:it|khong hay|hiem khi|ko hay) (?:vao|dung|online|xem|on)\b/,
        new RegExp(`\\b(?:ba|ong|may|cau|bro|co|chu|ban|anh|chi|em) co ${APP} (?:khong|ko|k|hong|hok)\\b|\\b(?:chuyen|qua|sang|doi|nhay) (?:qua |sang )?${APP} (?:noi chuyen|nhan tin|chat|cho tien|duoc khong|nhe|nha|di)\\b|\\bvao nhom ${APP}\\b|\\bnhan (?:tin )?(?:qua )?${APP} (?:kem|cho|de)\\b`),
      ],
      examples: { hit: ['bà có Telegram không, qua đó nói chuyện', 'mình chuyển sang WhatsApp được không anh?', 'ông vào nhóm tele là thấy', 'app này em ít vào, cho em xin Zalo nhé', 'mình nói chuyện qua Telegram nhé', 'zalo của em là 0901234567', 'anh có dùng Zalo không?'], miss: ['em gửi ảnh qua zalo rồi đó', 'zalo dạo này lag quá'] },
    },

    // ---------------- wealth ----------------
    {
      key: 'relative_analyst',
      stage: 'wealth',
      weight: 2.5,
      any: [
        new RegExp(`\\b${KIN} (?:cua )?(?:em|anh|minh|toi|tui)(?: \\w+){0,6} (?:la|lam) (?:\\w+ ){0,2}(?:chuyen gia|nha phan tich|chuyen vien phan tich|quan ly quy|trader|giam doc dau tu|co van dau tu)\\b`),
        /\b(?:thong tin|tin|nguon tin|du lieu) noi bo\b|\btin noi gian\b|\bbiet truoc (?:xu huong|gia|thi truong|song)\b/,
        new RegExp(`\\b${KIN} (?:cua |ho )?(?:em|anh|chi|minh|toi|tui)(?: \\w+){0,4} (?:la|lam|lam viec|lam o|o) (?:\\w+ ){0,3}(?:phan tich|quy dau tu|quy dau co|cong ty chung khoan)\\b|\\b${KIN} (?:cua |ho )?(?:em|anh|chi|minh|toi|tui) (?:chi|day|huong dan|dan) (?:cho )?(?:\\w+ ){0,3}(?:cach )?(?:dau tu|trade|danh vang|choi coin)\\b`),
        /\bco thong tin truoc\b|\bbiet (?:tin|thong tin) truoc\b/,
      ],
      examples: { hit: ['dì chị làm phân tích cho quỹ bên Hồng Kông', 'anh họ mình làm ở quỹ đầu tư bên Singapore', 'bạn em có thông tin trước khi ra tin', 'chú của em làm chuyên gia phân tích ở Hồng Kông', 'cô em là quản lý quỹ, có thông tin nội bộ', 'bên anh biết trước xu hướng thị trường'], miss: ['chị họ em làm y tá', 'chú em mới lên chơi', 'anh trai em là y tá'] },
    },
    {
      key: 'showing_gains',
      stage: 'wealth',
      weight: 1.2,
      any: [
        /\b(?:anh chup|chup man hinh|screenshot|hinh) (?:\w+ ){0,2}(?:loi nhuan|tien lai|rut tien thanh cong|so du tai khoan)\b|\b(?:khong phai|ko phai|k phai|hong phai) (?:de |la )?khoe\b|\b(?:ko|khong|k) khoe (?:dau|nha)\b|\bthu nhap(?: \w+){0,3} (?:den tu|tu|nho) (?:\w+ ){0,2}(?:trade|dau tu|crypto|coin|quy|arbitrage|forex|chung khoan)\b/,
        /\bso du\b.{0,12}\d[\d.,]{2,12}\s?(?:usd|usdt|do)\b|\blich su rut\b|\bnhan lai thang\b|\bbao cao hieu suat\b|\bloi nhuan di len deu\b|\bhop dong\b.{0,30}\b\d{2,3} (?:ngan|nghin) do\b/,
        new RegExp(`\\b(?:lai|loi|kiem|kiem duoc|thu ve|an|an duoc|lai duoc|loi nhuan) (?:duoc )?(?:hon |gan |tam |khoang |toi |den )?${AMOUNT}.{0,30}\\b(?:hom nay|hom qua|tuan nay|thang nay|1 ngay|mot ngay|trong \\d+ (?:ngay|gio|phut)|nho (?:dau tu|trade|coin|thay|chu|co|tin hieu|lenh)|tu (?:dau tu|trade|coin|vang|lenh))\\b`),
        new RegExp(`\\bloi nhuan (?:hom nay|tuan nay|thang nay|hom qua)? ?(?:la |duoc |len toi |len den )?${AMOUNT}|\\b(?:${INVEST})\\b.{0,30}\\b(?:lai|kiem duoc|loi) (?:duoc )?(?:hon |gan |khoang )?${AMOUNT}`),
        /\b(?:loi nhuan|lai|tien lai|tien loi|lai hom nay|so du)\b[^\n\d]{0,25}\+\s?\d|\bkhoe lai\b|\bbao lai (?:\d|tu|hon|gan)|\b(?:ca nhom|ai cung|nguoi nao cung|anh em) (?:deu )?(?:lai|an|thang|chot) (?:\d|hon|dam|to|lon|deu)|\bca nhom (?:deu )?an\b/,
        new RegExp(`${AMOUNT} (?:tien )?(?:loi|lai)\\b|\\btien lai tu (?:dao|trade|dau tu|coin|crypto|vang)\\b|\\b\\d[\\d.,]{0,8}\\s?(?:usdt|usd|trieu|tr)\\s?\\/\\s?ngay\\b`),
      ],
      examples: { hit: ['Phần lớn thu nhập của anh đến từ quỹ crypto', 'Anh kể không phải để khoe đâu', 'Gửi em xem ảnh chụp lợi nhuận', 'tài khoản của anh số dư 250.000 USD', 'lợi nhuận tháng này +2.300 USDT', 'thầy cho mã này cả nhóm đều ăn', 'tháng rồi được hơn 40 triệu tiền lời', 'hôm nay em lãi được 20 triệu nhờ đầu tư', 'lợi nhuận tuần này là 35tr', 'trade vàng hôm qua kiếm được 5000 usdt'], miss: ['Gửi em ảnh chụp hôm đi biển', 'lãi ngân hàng thấp quá', 'lại 20 nghìn tiền gửi xe', 'tháng này đi làm thêm kiếm được 3 triệu'] },
    },
    {
      key: 'mentor_pedigree',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\bmentor\b.{0,25}\bkem\b|\bquy dau tu cua\b.{0,30}\b(?:anh ho|chi ho|chu|cau|bac|co|di|ong anh|ba chi)\b/,
        new RegExp(`\\b(?:${KIN} (?:cua )?(?:em|anh|minh|toi|tui)|ong ay|ba ay|thay ay|thay)\\b.{0,40}\\b(?:goldman|jp ?morgan|morgan stanley|blackrock|pho wall|wall street|quy phong ho|ngan hang dau tu)\\b|\\b(?:goldman|pho wall|wall street|quy phong ho) ra\\b|\\bxuat than (?:tu )?(?:goldman|pho wall|wall street|quy|ngan hang dau tu)\\b`),
        /\b(?:hon |gan )?\d+ nam kinh nghiem (?:dau tu|giao dich|trade|phan tich|tren thi truong)\b/,
        /\b(?:thay|chu|bac|anh ay|chi ay|ong ay|mentor) (?:tung|da|dang|tung la|nguyen la) (?:lam |la )?(?:giam doc|truong phong|pho giam doc|chuyen gia|trader|quan ly) (?:phan tich|dau tu|quy|moi gioi|khoi|cua|tai|o)\b|\b(?:dieu hanh|quan ly|sang lap) quy\b/,
      ],
      examples: { hit: ['thầy từng làm giám đốc phân tích công ty chứng khoán', 'giờ thầy điều hành quỹ riêng', 'thầy em từng làm ở Goldman Sachs', 'thầy có 30 năm kinh nghiệm đầu tư', 'chú em xuất thân từ phố Wall'], miss: ['cổ phiếu Goldman dạo này thế nào', 'bố em là giáo viên'] },
    },
    {
      key: 'wealth_signals',
      stage: 'wealth',
      weight: 1.5,
      any: [
        /\btin hieu (?:mua|ban|vao lenh|giao dich|dau tu|long|short)\b|\b(?:cho|doi|theo) tin hieu (?:cua )?(?:thay|chu|co|em|anh|toi|chuyen gia|minh)\b/,
        /\b(?:diem|gio) vao lenh\b|\b(?:theo|nghe) lenh (?:cua )?(?:thay|chu|co|chuyen gia|em|anh)\b|\bvao lenh theo\b|\bkeo thom\b|\bbao keo\b|\bchot lenh\b/,
        /\b(?:danh|vao lenh|trade|choi|dau tu) theo (?:thay|chu|co|di|anh ho|chi ho|mentor|he thong|tin hieu|lenh)\b|\b(?:it khi|chua bao gio|chua tung|khong bao gio) thua\b|\bchua thua lenh\b|\blenh nao cung (?:thang|lai|an|chuan)\b|\btin hieu (?:chuan|chinh xac|ngon|rat chuan)\b|\bthay (?:cho|bao|goi y) ma\b/,
      ],
      examples: { hit: ['mình đánh theo hệ thống của anh ấy ít khi thua', 'hôm nay thầy cho mã HPG', 'tín hiệu chuẩn lắm', 'cứ theo tín hiệu của thầy là thắng', 'tối nay 9h em báo điểm vào lệnh', 'mai có kèo thơm'], miss: ['đi theo thầy chủ nhiệm ra sân', 'chỗ này mất tín hiệu điện thoại', 'bật đèn tín hiệu rẽ trái'] },
    },

    // ---------------- pitch ----------------
    {
      key: 'offer_to_teach',
      stage: 'pitch',
      weight: 2,
      any: [
        new RegExp(`\\b${ME} (?:se |co the )?(?:huong dan|chi|day|dan|ho tro|cam tay chi viec)(?: cho)? ${YOU}\\b(?: \\w+){0,4} (?:${INVEST})\\b`),
        /\bcam tay chi viec\b|\bchi can (?:lam theo|nghe theo|theo) (?:huong dan|em|anh|toi|minh|thay)\b|\blam theo (?:em|anh|minh|toi) (?:la|thi|se) (?:co lai|duoc|an|thang)\b/,
        new RegExp(`\\b(?:de|cho) ${ME} (?:huong dan|chi|kem|dan)(?: cho)? ${YOU}\\b|\\b${ME} (?:se )?(?:dan|keo) ${YOU} vao nhom\\b`),
      ],
      examples: { hit: ['em mở tài khoản để anh hướng dẫn em', 'chị dẫn em vào nhóm', 'em sẽ hướng dẫn chị đầu tư từng bước', 'anh chỉ cần làm theo hướng dẫn của em', 'em cầm tay chỉ việc luôn'], miss: ['em sẽ hướng dẫn chị nấu món này', 'làm theo công thức này nhé'] },
    },
    {
      key: 'guaranteed_returns',
      stage: 'pitch',
      weight: 2.5,
      any: [
        /\bkhong (?:duoc|loi|thang|an) (?:thi )?em den\b|\bem (?:se )?den (?:anh|chi|ban) (?:gap doi|lai)?\b/,
        /\bcam ket (?:loi nhuan|lai|hoan von|khong lo|100|co lai|an toan)\b|\bdam bao (?:loi nhuan|lai|khong lo|co lai|an toan 100|100)\b|\bbao (?:lo|von)\b/,
        /\bkhong (?:co )?(?:bat ky )?rui ro\b|\b(?:khong|ko) (?:the|bao gio|bi) lo\b|\bchac chan (?:co lai|thang|loi nhuan|an|sinh loi)\b|\b100 ?% (?:co lai|thang|an toan|loi nhuan)\b|\blo (?:thi )?(?:em|anh|minh|toi) (?:chiu|den|tra|bu)\b/,
      ],
      examples: { hit: ['bên em cam kết lợi nhuận, không có rủi ro', 'chắc chắn có lãi', 'lỗ thì em đền'], miss: ['có gì bạn báo lại cho chúng tôi nhé', 'đầu tư thì phải chấp nhận rủi ro', 'không có gì chắc chắn cả'] },
    },
    {
      key: 'high_returns',
      stage: 'pitch',
      weight: 2,
      any: [
        /\b(?:moi ngay|hang ngay|1 ngay|mot ngay|moi tuan|hang tuan|1 tuan|mot tuan|moi lenh|1 lenh|mot lenh|moi phien)\b (?:\w+ ){0,2}(?:tu |tren |khoang |toi |den )?\d+(?:[.,]\d+)?\s?(?:%|phan tram)/,
        /\blai suat \d+(?:[.,]\d+)?\s?% ?(?:\/|moi |mot )?(?:ngay|tuan)\b|\b(?:loi nhuan|sinh loi) (?:len den |toi |den |khoang |tren )?(?:[2-9]\d|\d{3,})\s?(?:%|phan tram)|\blai (?:len den|toi|tren) (?:[2-9]\d|\d{3,})\s?(?:%|phan tram)|\b(?:[3-9]|[1-9]\d)(?:[.,]\d+)?\s?% (?:moi thang|mot thang|hang thang|\/ ?thang)\b/,
      ],
      examples: { hit: ['mỗi ngày lãi 3%', 'lợi nhuận lên đến 300%', 'lãi suất 1.5%/ngày'], miss: ['tao chốt ETH lãi 30% rồi', 'pin còn 3%', 'lãi suất tiết kiệm 5% một năm'] },
    },
    {
      key: 'investment_product',
      stage: 'pitch',
      weight: 1,
      any: [
        /\bhop dong (?:tuong lai|quyen chon|giay|coin|btc)\b|\bgiao dich (?:ky quy|hop dong|quyen chon|phai sinh|vang|ngoai hoi|forex)\b|\bforex\b|\bphai sinh\b|\bquyen chon nhi phan\b|\bbinary option\b/,
        /\b(?:dao|khai thac) (?:coin|thanh khoan)\b|\bpool thanh khoan\b|\bstaking\b|\bbot (?:ai|giao dich|trade)\b|\bgiao dich tu dong\b|\bmt4\b|\bmt5\b|\bmetatrader\b|\barbitrage\b|\bchenh lech gia\b|\bvang (?:the gioi|xau)\b|\bxau\b/,
      ],
      examples: { hit: ['em chơi hợp đồng tương lai bitcoin', 'bot AI giao dịch tự động 24/7', 'tải MT5 về nhé'], miss: ['hợp đồng thuê nhà hết hạn rồi', 'mua dây chuyền vàng tặng mẹ'] },
    },
    {
      key: 'invitation_to_invest',
      stage: 'pitch',
      weight: 1.5,
      any: [
        new RegExp(`\\b${YOU} (?:co muon|muon|thu|co thich) (?:\\w+ ){0,2}(?:dau tu|trade|tham gia|choi coin|giao dich)\\b|\\bcung nhau (?:dau tu|kiem tien|lam giau|trade)\\b`),
        /\bbat dau (?:voi|tu) (?:so von |so tien |muc )?(?:nho|it|\d[\d,.]*\s?(?:trieu|tr|k|usdt|usd))\b|\bvon (?:it|nho) (?:cung|van) (?:duoc|choi|lam)\b|\bthu (?:voi )?(?:so von nho|mot it|\d[\d,.]*\s?(?:trieu|tr|k|usdt))\b/,
        new RegExp(`\\bbat dau (?:voi |tu )?(?:\\d[\\d.,]{0,12}\\s?(?:dai te|te|won|yen|man|usdt|usd|trieu|tr)\\b)|\\bgoi (?:\\w+ )?\\d[\\d.,]{0,6}\\s?(?:trieu|tr|usdt|usd)\\b.{0,40}\\bgoi\\b`),
      ],
      examples: { hit: ['em bắt đầu 20.000 Đài tệ thôi', 'gói Basic 10 triệu, gói Pro 30 triệu', 'chị có muốn thử đầu tư không?', 'mình cùng nhau kiếm tiền nhé', 'bắt đầu với 5 triệu thôi'], miss: ['chị có muốn thử món này không', 'bắt đầu với bài tập nhẹ'] },
    },
    {
      key: 'pitch_urgency',
      stage: 'pitch',
      weight: 1,
      any: [
        /\bchi con \d+ (?:suat|slot|cho|vi tri)\b|\b(?:so luong|suat|cho) co han\b|\bdung bo lo (?:co hoi|dip|keo)\b|\bco hoi (?:chi co mot|hiem co|khong de|cuoi cung)\b/,
        /\b(?:han chot|het han) (?:la )?(?:hom nay|toi nay|ngay mai)\b|\bphai (?:nap|vao lenh|dau tu|chuyen) (?:ngay|gap|luon|lien)\b/,
        /\b(?:chi )?(?:giu|danh|nhan|co) (?:cho )?\d+ (?:nguoi|suat|slot|thanh vien)\b|\bco hoi (?:nay )?(?:\d+|mot) nam (?:chi )?co\b|\bbo lo (?:dot|dip|lan|co hoi|keo) nay\b|\b(?:uu dai|khuyen mai|suat) (?:chi )?(?:het|den|keo dai den|chot) (?:thu|ngay|hom nay|cuoi|toi)\b|\bkhoa so\b|\bhet gio la (?:suat|slot)\b/,
      ],
      examples: { hit: ['ưu đãi hết thứ 6 này ạ', 'thầy chỉ giữ cho 20 người thôi', 'cuối tháng nhóm khóa sổ rồi', 'nhóm VIP chỉ còn 3 suất', 'đừng bỏ lỡ cơ hội này', 'phải nạp ngay trước 9h'], miss: ['chỉ còn 3 cái bánh thôi', 'hạn chót nộp bài là thứ 6'] },
    },
    {
      key: 'offer_to_set_up',
      stage: 'pitch',
      weight: 1.5,
      any: [
        new RegExp(`\\b${ME} (?:se )?(?:mo|tao|dang ky|lap) tai khoan (?:giup|ho|cho)\\b|\\b(?:dang ky|tao tai khoan|mo tai khoan) (?:giup|ho) ${YOU}\\b|\\b${ME} (?:vao lenh|giao dich|thao tac|trade) (?:giup|ho|thay)\\b`),
        /\bgui (?:tai khoan|mat khau|pass|thong tin dang nhap) (?:cho )?(?:em|anh|minh|toi)\b/,
      ],
      examples: { hit: ['em sẽ tạo tài khoản giúp chị', 'anh gửi mật khẩu cho em, em vào lệnh giúp', 'em giao dịch hộ anh cho'], miss: ['em sẽ đặt bàn giúp chị', 'gửi ảnh cho em xem'] },
    },
    {
      key: 'future_together',
      stage: 'pitch',
      weight: 1.2,
      any: [
        /\b(?:dau tu|tien dien tu|crypto|coin)\b.{0,50}\btuong lai (?:cua )?(?:chung ta|hai dua|minh)\b/,/\bvi tuong lai (?:cua )?(?:chung ta|hai dua|hai ta|tui minh)\b|\btu do tai chinh\b|\bthu nhap thu dong\b|\bkhong can (?:di lam|lam viec vat va|vat va)\b|\b(?:nghi viec|bo viec) (?:cung duoc|thoai mai|cung khong sao)\b/,
        /\bcung (?:nhau )?xay dung tuong lai\b|\b(?:ve|o) chung (?:nha|mot nha) co von\b/,
      ],
      examples: { hit: ['anh đầu tư tiền điện tử để dành cho tương lai chúng ta', 'mình cùng xây dựng tương lai nha em', 'mình cố gắng vì tương lai của chúng ta', 'em muốn anh có thu nhập thụ động', 'có lãi rồi không cần đi làm nữa'], miss: ['tiết kiệm để mua ghế sofa', 'em mệt muốn nghỉ phép'] },
    },
    {
      key: 'guilt_trip',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:anh|em|chi|ban) (?:khong|ko|k) tin (?:em|anh|toi|minh)\b|\b(?:em|anh|toi|minh) khong phai (?:la )?(?:lua dao|ke lua dao|scam)\b|\bnghi (?:em|anh|toi|minh) (?:la )?(?:lua dao|ke lua dao)\b/,
        /\b(?:em|anh|toi|minh) chi muon (?:giup|tot cho) (?:anh|em|chi|ban)\b|\bthat vong ve (?:anh|em|ban|chi)\b|\b(?:em|anh) tuong (?:anh|em) khac\b/,
      ],
      examples: { hit: ['sao anh không tin em?', 'em chỉ muốn giúp anh thôi', 'anh nghĩ em là lừa đảo à?'], miss: ['cảm ơn anh đã tin em', 'em không tin nổi phim này hay vậy'] },
    },
    {
      key: 'exclusive_access',
      stage: 'pitch',
      weight: 1.5,
      any: [/\b(?:nhom|tai khoan|goi|thanh vien|cap|phong) vip\b|\btai khoan (?:to chuc|dinh che)\b|\b(?:co phieu|suat) (?:noi bo|ipo)\b|\bcopy ?trade\b|\bchi danh cho (?:nguoi|thanh vien|khach) (?:than|dac biet|duoc chon|vip)\b/,
        /\bchi (?:nhan|danh cho) (?:nguoi quen|nguoi than|nguoi duoc gioi thieu)\b|\bsuat (?:mua )?(?:gia )?uu dai\b|\bphan bo suat\b|\bphong lenh\b/,
      ],
      examples: { hit: ['nhóm chỉ nhận người quen giới thiệu', 'thầy được phân bổ suất giá ưu đãi', 'nhóm VIP mỗi ngày 5 tín hiệu', 'thầy mở tài khoản tổ chức cho vài người', 'suất IPO nội bộ'], miss: ['phòng chờ thương gia sân bay đẹp', 'vé VIP concert hết rồi'] },
    },
    {
      key: 'easy_money',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:lai|tien lai|loi nhuan) (?:\w+ ){0,3}(?:tu dong )?(?:ve|vao) vi\b|\b(?:lai|tien|loi nhuan)(?: \w+){0,6} khong can lam gi\b|\b(?:ngoi|nam) (?:khong|ngu|choi) (?:cung )?(?:co tien|ra tien|kiem tien|an lai)\b/,
        /\b(?:x2|x3|x5|x10) (?:tai khoan|von|tien)\b|\b(?:nhan|gap) (?:doi|ba) (?:so )?(?:tien|von)\b|\bty le (?:thang|chien thang|chinh xac) (?:tren |len den )?\d+ ?%/,
        /\b(?:moi ngay|1 ngay|mot ngay) (?:kiem|lai|an|bo tui) (?:\w+ )?\d[\d,.]*\s?(?:trieu|tr|cu)\b|\bviec nhe luong cao\b|\bkiem tien (?:de dang|nhanh chong|tai nha|khong kho)\b|\bngoi (?:nha|mot cho) (?:cung )?kiem (?:tien|trieu)\b/,
        /\b\d+ (?:phut|gio|tieng) sau (?:\w+ ){0,3}(?:nhan|hoan|tra|ve) (?:lai |ve )?(?:ca )?(?:\d|goc|von)|\bhoa hong (?:cang|gap|\d+ ?%)|\b(?:don|nhiem vu) (?:tra truoc|combo)\b|\bdon (?:cang|\w+ cang) (?:lon|cao) hoa hong\b|\bhoan (?:lai )?100 ?% (?:kem|va|ca)\b|\bca goc (?:lan|va|ca|kem) (?:lai|loi)\b|\bvon luan chuyen\b|\btien de ra tien\b/,
        /\b(?:lam|viec) (?:online )?tai nha\b.{0,60}\b\d[\d.,]{0,8}\s?(?:k|tr|trieu)\b|\bmoi (?:like|luot|don|nhiem vu|video) (?:\w+ ){0,2}\d[\d.,]{0,6}\s?(?:k|nghin|ngan)\b|\bthu nhap \d[\d.,]{0,6}\s?(?:k|tr|trieu)\s?-\s?\d[\d.,]{0,6}\s?(?:k|tr|trieu)\s?\/\s?ngay\b/,
      ],
      examples: { hit: ['Ngồi không cũng có tiền', 'Lãi mỗi ngày tự động về ví', 'chuyển 300k, 10 phút sau nhận về 390k', 'đơn càng lớn hoa hồng càng cao', 'làm xong rút cả gốc lẫn lãi', 'mỗi like được 10k nha', 'tháng trước em x2 tài khoản', 'tỷ lệ thắng trên 90%', 'việc nhẹ lương cao, mỗi ngày kiếm 2 triệu'], miss: ['Hôm nay không cần làm gì hết', '10 phút sau anh về tới', 'giá rau tăng gấp đôi', 'kiếm tiền khó lắm'] },
    },

    {
      key: 'task_job_offer',
      stage: 'pitch',
      weight: 1.5,
      any: [
        /\b(?:tuyen|can|tim) (?:\w+ )?(?:ctv|cong tac vien|nhan vien part ?-?time|nguoi lam online)\b.{0,80}\b(?:online|tai nha|dien thoai|like|tha tim|follow|danh gia|nhiem vu|hoa hong|\/ngay|moi ngay|phut)\b|\bctv (?:lam )?(?:online|tai nha|danh gia|like|tha tim|tuong tac)\b/,
        /\b(?:like|tha tim|follow|theo doi|subscribe|dang ky kenh|danh gia|binh luan)\b.{0,50}\b(?:chup (?:man hinh|anh man hinh)|hoa hong|moi (?:like|luot|don|nhiem vu) (?:\w+ )?\d|nhan luong|tra luong|\d[\d.,]{0,6}\s?(?:k|nghin|ngan)\b)/,
        /\b(?:moi|1|mot) (?:like|luot (?:like|danh gia|xem|follow)|don danh gia|nhiem vu|video|review|danh gia) (?:\w+ ){0,3}\d[\d.,]{0,6}(?:\s?-\s?\d[\d.,]{0,6})?\s?(?:k|nghin|ngan|d|dong)\b/,
        /\b(?:thu nhap|kiem|luong) (?:tu )?\d[\d.,]{0,6}\s?(?:k|tr|trieu|nghin)?\s?-\s?\d[\d.,]{0,6}\s?(?:k|tr|trieu)\s?\/\s?ngay\b|\bnhan luong trong ngay\b|\bmoi ngay (?:chi )?(?:can )?\d{1,3}\s?(?:-\s?\d{1,3}\s?)?phut\b/,
        /\b\d (?:nhiem vu|don) dau (?:tien )?(?:mien phi|free)\b|\bnhiem vu (?:dau tien|mien phi|\d (?:da|duoc)|hom nay)\b|\bhoa hong nhiem vu\b|\btang tuong tac (?:cho|cua) (?:cac )?(?:nha ban hang|shop|cua hang|kenh)\b|\b(?:duoc|da) (?:he thong )?(?:chon|lua chon) ngau nhien\b/,
        /\bho so (?:cua )?(?:anh|chi|ban|em) (?:tren|o) (?:topcv|vietnamworks|linkedin|facebook|careerlink)\b.{0,60}\b(?:online|tai nha|part ?-?time|ctv|nhiem vu)\b|\bgui (?:minh |em |chi )?(?:stk|so tai khoan)\b.{0,30}\bnhan hoa hong\b/,
      ],
      examples: {
        hit: [
          'bên mình tuyển CTV làm online tại nhà, chỉ cần điện thoại',
          'thả tim video rồi chụp màn hình gửi lại, mỗi like 12k',
          'mỗi lượt đánh giá khách sạn được 30-70k',
          'thu nhập 200k-800k/ngày, mỗi ngày chỉ cần 30 phút',
          'bạn thử 3 nhiệm vụ đầu miễn phí nha',
          'gửi mình STK để nhận hoa hồng nhé',
        ],
        miss: [
          'công ty em tuyển kế toán full-time, phỏng vấn thứ 2',
          'anh chạy Grab thêm cuối tuần',
          'nhớ like và follow kênh của em nha',
          'quán này đánh giá 5 sao trên Google đó',
        ],
      },
    },
    // ---------------- platform ----------------
    {
      key: 'platform_register',
      stage: 'platform',
      weight: 1.8,
      any: [
        /\b(?:bam|nhan|click|vao|mo) (?:vao )?(?:link|duong link|duong dan)(?: \w+){0,2} (?:de )?(?:tai|cai|dang ky)\b|\b(?:khong|ko|k) (?:co |dua |dua len |len )?(?:tren |len )?(?:ch play|app store|appstore|google play)\b|\bdung ban web\b/,
        /\bgiay phep quoc te\b|\bcong ty me (?:o|tai) (?:dubai|singapore|my|anh|sip|cayman)\b/,
        /\btestflight\b|\.apk\b|\bfile apk\b/,
        /\b(?:tai|cai|tai ve|cai dat) (?:app|ung dung)(?: \w+){0,4} (?:dang ky|tao tai khoan|mo tai khoan)\b|\b(?:dang ky|tao|mo) (?:tai khoan )?(?:tren|o|vao|tai) (?:san|app|nen tang|web|trang)\b/,
        /\b(?:san|nen tang|app)\b.{0,30}\bma (?:gioi thieu|moi)\b|\b(?:san|nen tang) (?:nay )?(?:uy tin|hop phap|duoc cap phep|co giay phep|chinh thong)\b|\bsan (?:my|singapore|anh)\b/,
        /\b(?:vao|chon) (?:muc|tab|phan) (?:hop dong|giao dich|nap tien|tai san)\b|\bchon (?:thoi gian|ky han) \d+ (?:giay|s)\b|\b(?:nap|bo) (?:goi nho|it|\d+ ?(?:usdt|usd|trieu|tr)?) (?:de |roi )?(?:chay|choi|lam|dung) thu\b|\b(?:domain|ten mien|web) (?:cu|moi) (?:bi|cua|nen)\b/,
      ],
      examples: { hit: ['Sàn quốc tế nên không có trên CH Play, dùng bản web', 'Bấm vào link này tải app về', 'vào mục Hợp đồng rồi chọn thời gian 60 giây', 'cứ nạp 100 chạy thử 1 tuần', 'chị tải app về rồi đăng ký tài khoản nhé', 'sàn này uy tín, được cấp phép ở Mỹ', 'đăng ký trên sàn nhập mã giới thiệu 8QX2'], miss: ['Bấm vào link này xem video', 'nhập mã giới thiệu Shopee giảm 50k', 'tải ảnh về máy đi'] },
    },
    {
      key: 'customer_service',
      stage: 'platform',
      weight: 2,
      any: [
        /\b(?:bo phan ho tro|cskh|cham soc khach hang)\b.{0,40}\bhuong dan (?:\w+ )?nap tien\b/,
        /\b(?:cskh|cham soc khach hang|bo phan ho tro|nhan vien ho tro)\b(?: \w+){0,5} (?:de |khi )?(?:nap|rut|vi|dia chi vi|so tai khoan|stk)\b/,
        /\b(?:cskh|cham soc khach hang|ho tro) (?:cua |ben )?(?:san|nen tang|app)\b|\b(?:lien he|nhan tin|ib|inbox) (?:voi )?(?:cskh|bo phan ho tro) (?:de|khi)\b/,
        /\bcong (?:ho tro|xu ly|giai quyet) (?:danh rieng|khu vuc|cua binance|cua san)\b|\bnap qua cskh\b|\bcskh (?:trong|tren) app\b/,
      ],
      examples: { hit: ['nhắn bộ phận hỗ trợ trong app, họ hướng dẫn em nạp tiền', 'đây là cổng hỗ trợ dành riêng cho khu vực Việt Nam', 'nạp qua CSKH trong app nhé', 'liên hệ CSKH để nạp tiền nhé', 'CSKH của sàn sẽ gửi số tài khoản', 'ib bộ phận hỗ trợ để rút'], miss: ['cskh shopee trả lời chậm quá', 'nhân viên hỗ trợ ở quán rất dễ thương'] },
    },

    // ---------------- deposit ----------------
    {
      key: 'buy_crypto',
      stage: 'deposit',
      weight: 2,
      any: [
        /\bnap (?:vao|den|qua) dia chi vi\b|\bchuyen (?:\w+ ){0,2}(?:vao|den|qua) dia chi (?:vi|nay)\b/,
        new RegExp(`\\bmua (?:\\d[\\d,.]*\\s?)?${CRYPTO}\\b(?: \\w+){0,6} (?:roi )?(?:chuyen|gui|nap|rut) (?:\\w+ )?(?:sang|vao|ve|len|qua)\\b`),
        /\b(?:binance|remitano|okx|bybit|mexc|p2p)\b.{0,40}\b(?:chuyen|gui|nap|rut) (?:\w+ )?(?:sang|vao|ve|len|qua)\b|\bdia chi vi\b|\bvi (?:nap|usdt)\b/,
        /\b(?:ben |nguoi |cho )ban usdt\b|\bchuyen (?:thang )?vao vi (?:app|san|cua san)\b/,
      ],
      examples: { hit: ['Vui lòng nạp vào địa chỉ ví TRC20 sau', 'chị chuyển tiền cho người bán USDT, họ chuyển thẳng vào ví app', 'mua USDT trên Binance rồi chuyển sang ví của sàn', 'đây là địa chỉ ví nạp', 'gửi vào ví nạp nhé'], miss: ['Gửi hàng tới địa chỉ nhà mình', 'mua rau rồi về nấu cơm', 'gửi địa chỉ nhà cho mình'] },
    },
    {
      key: 'deposit_instructions',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\b(?:can|phai) nap (?:them )?(?:tien )?(?:vao )?(?:tai khoan|tk|vi|san|he thong|app)\b(?: \w+){0,3} (?:de|moi|thi moi) (?:tiep tuc|mo khoa|kich hoat|rut|lam tiep|hoan thanh|nang cap|len hang)\b|\b(?:nap|bo) them (?:\w+ ){0,3}(?:la|thi|de) (?:tai khoan )?(?:len|nang) (?:hang|cap|vip|level)\b/,
        /\b(?:hau het|da so|moi nguoi) (?:anh em |chi em )?(?:trong nhom )?(?:deu )?vao \d|\bmuc an toan nhat\b/,
        /\bnap (?:toi thieu|it nhat)\b|\btoi thieu (?:la )?\d[\d,.]{0,12}\s?(?:trieu|tr|usdt|ty)\b/,
        /\bnap (?:them )?\d[\d,.]*\s?(?:trieu|tr|k|usdt|usd|ty)\b.{0,20}\b(?:vao|len) (?:san|tai khoan|vi|app|nen tang)\b|\bnap (?:them )?\d[\d,.]*\s?usdt\b|\bnap (?:xong|roi) (?:thi )?(?:chup|gui) (?:man hinh|anh|bill)\b/,
        /\bnap (?:them |bu |tiep )(?:\w+ ){0,4}\d[\d.,]{0,12}|\bnap\b.{0,30}\b(?:vao|len|qua) (?:app|san|vi app|he thong|nen tang|cskh)\b|\b(?:lenh|lan) (?:dau|dau tien) (?:nen )?vao \d+ ?% so du\b|\bchuan bi (?:von|san von|tien von)\b/,
        /\bnap (?:\w+ ){0,3}\d[\d.,]{2,12}\s?(?:d|dong|vnd)\b/,
      ],
      examples: { hit: ['Nạp thêm 20 triệu là lên hạng VIP', 'Bạn cần nạp tiền vào tài khoản để tiếp tục làm', 'hầu hết anh em trong nhóm vào 1000-3000', 'chị nạp thêm 2.000.000đ nha', 'nạp bù phần thiếu là 3.100.000', 'tuần sau có phòng lệnh lớn, bạn chuẩn bị vốn nhé', 'nạp tối thiểu 10 triệu', 'chị nạp 5000 usdt trước', 'nạp xong chụp màn hình gửi em'], miss: ['Con cần nạp tiền điện thoại', 'phí tối thiểu 2 USD, trừ vào tiền nhận', 'nạp 100k tiền điện thoại', 'tối thiểu 18 tuổi mới được vào'] },
    },
    {
      key: 'deposit_wire',
      stage: 'deposit',
      weight: 1.5,
      any: [
        /\btai khoan (?:ca nhan|rieng) (?:cua )?(?:ke toan|nhan vien|quan ly|truong phong|dai ly|thu quy|admin|tro ly|ben em)\b/,/\bchuyen khoan (?:vao|den|qua) (?:so tai khoan|stk|tai khoan) (?:cong ty|ben em|chi dinh|trung gian|bao lanh|cua (?:cong ty|bo phan|san))\b|\btai khoan (?:trung gian|chi dinh|bao lanh) (?:cua )?(?:san|cong ty|nen tang)?/,
        /\b(?:stk|so tai khoan)\b.{0,50}\b(?:cong ty|cty|tnhh)\b|\b(?:tai khoan|stk) (?:ke toan|cong ty|dai ly|doi tac|thu ho)\b|\bdai ly (?:chinh thuc )?(?:cua )?san\b|\bnoi dung (?:ghi|ck|chuyen khoan)(?: la)? .{0,3}(?:ma|nap|hs|ctv)\b/,
      ],
      examples: { hit: ['Chuyển khoản vào tài khoản cá nhân của kế toán', 'chị chuyển vào STK 1234 5678 ACB - CONG TY TNHH AN PHAT nha', 'nộp qua tài khoản kế toán của quỹ', 'đây là đại lý chính thức của sàn', 'chị chuyển khoản vào tài khoản công ty nhé', 'chuyển khoản vào stk chỉ định', 'tiền sẽ qua tài khoản trung gian của sàn'], miss: ['Chuyển vào tài khoản cá nhân của chị nha', 'chuyển vào STK Lan: VCB 0123 nha mọi người', 'chuyển khoản tiền nhà cho chủ trọ', 'gửi stk để mình chuyển tiền ăn'] },
    },

    {
      key: 'prepaid_task',
      stage: 'deposit',
      weight: 2.5,
      any: [
        /\bnap bu\b(?: \w+){0,2} (?:so am|so du am|phan am|phan thieu|cho du)\b|\b(?:so du|tai khoan) (?:bi )?am\b/,
        /\b(?:don|nhiem vu) (?:combo|tra truoc|may man|dac biet|ghep|gop)\b|\bcombo \d (?:nhiem vu|don)\b|\b(?:lucky|combo|merged) (?:order|task)s?\b/,
        /\bso du (?:bi |da )?am\b|\btai khoan (?:bi )?am (?:tien|\d)/,
        /\b(?:nap|nap them|chuyen them|bu them)\b.{0,50}\b(?:nhiem vu|don (?:hang )?(?:tiep|con lai|cuoi|nay)|hoa hong|mo khoa)\b|\bnhiem vu\b.{0,50}\b(?:nap|nap them|bu them|nap tien)\b/,
        /\b(?:hoan thanh|lam xong|lam het) (?:ca |du |het )?(?:\d )?(?:don|nhiem vu|bo nhiem vu)\b.{0,40}\b(?:moi (?:duoc )?rut|nhan ve|rut (?:duoc|tien)|nhan hoa hong)\b|\b(?:he thong )?huy (?:mat )?hoa hong\b/,
      ],
      examples: {
        hit: ['Tài khoản bị âm nên phải nạp thêm', 'Bạn chỉ cần nạp bù số âm là hoàn thành đơn', 
          'tiếp theo là đơn combo, chị nạp 2 triệu để làm nhiệm vụ 1',
          'số dư của bạn đang bị âm, nạp thêm để mở khóa hoa hồng',
          'hoàn thành cả 3 đơn mới được rút nha',
          'nhiệm vụ trả trước, hoàn lại gốc kèm 30%',
        ],
        miss: ['Nhiệt độ âm mấy độ rồi', 
          'nạp thẻ điện thoại 100k giúp em',
          'em làm xong bài tập rồi mẹ ơi',
          'game này nạp tiền mua skin thôi',
        ],
      },
    },
    // ---------------- withdrawal ----------------
    {
      key: 'withdrawal_fee',
      stage: 'withdrawal',
      weight: 3.5,
      any: [
        /\b(?:nop|dong|nap|chuyen|dat) (?:\w+ ){0,2}(?:ky quy|tien coc|bao lanh|phi|thue)(?: \w+){0,4} (?:de|moi|thi moi|roi moi) (?:duoc )?(?:giai phong|mo khoa|rut|giai ngan|kich hoat|go phong toa)\b|\b(?:thue|phi|ky quy)\b[^.!?\n]{0,40} truoc khi (?:rut|giai ngan|nhan tien)\b/,
        /\b(?:muon |de |truoc khi |muon duoc )?rut(?: (?:tien|von|loi nhuan))?\b(?: \w+){0,8} (?:phai|can) (?:nop|dong|dat coc|chuyen|nap|thanh toan) (?:\w+ ){0,3}(?:thue|phi|tien coc|ky quy|bao lanh|dat coc|\d+\s?%)/,
        /\b(?:dong|nop|dat|thanh toan) (?:thue|phi|coc|tien coc|ky quy|bao lanh)\b(?: \w+){0,6} (?:moi|thi moi|de|roi moi) (?:duoc )?(?:rut|giai ngan|mo khoa)\b|\bthue thu nhap ca nhan\b|\bphi rut tien (?:phai|can) (?:nop|dong|chuyen) (?:truoc|rieng)\b/,
        /\bphi (?:kich hoat|mo khoa|xac minh|nang cap|giai ngan|bao chung|sua loi|xu ly lenh rut|rut tien truoc)\b|\brut (?:tien )?(?:thi )?(?:tai khoan )?(?:phai|can) (?:len|nang cap|dat) (?:cap|vip|hang)|\bnap (?:them )?(?:\w+ ){0,3}(?:de )?nang cap (?:tai khoan|vip|cap)\b/,
      ],
      examples: { hit: ['Phải nộp thuế thu nhập 10% trước khi rút', 'Cần nộp tiền ký quỹ để giải phóng tài khoản', 'nạp phí kích hoạt 10% số tiền rút', 'muốn rút thì tài khoản phải lên VIP3', 'phải nộp phí sửa lỗi mới giải phóng được', 'muốn rút tiền thì chị phải nộp thuế 20%', 'nộp phí bảo lãnh rồi mới được rút', 'phải đóng thuế thu nhập cá nhân trước'], miss: ['Nhớ đóng tiền điện trước khi đi nha', 'phí xử lý hồ sơ visa 500k', 'rút tiền ATM mất phí 1100đ', 'đóng thuế nhà đất rồi'] },
    },
    {
      key: 'credit_score',
      stage: 'withdrawal',
      weight: 3,
      any: [/\bdiem (?:tin nhiem|uy tin)\b|\bdiem tin dung\b.{0,40}\b(?:rut|tai khoan|san|nap)\b/],
      examples: { hit: ['điểm tín nhiệm của chị thấp nên không rút được', 'nạp thêm để khôi phục điểm uy tín', 'điểm tín dụng dưới 100 thì không rút'], miss: ['điểm thi của em cao', 'điểm tín dụng CIC của mình ổn'] },
    },
    {
      key: 'account_frozen',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\b(?:tai khoan|von|tien|vi|loi nhuan|so du) (?:cua (?:anh|chi|em|ban|quy khach) )?(?:da |dang |se )?bi (?:dong bang|phong toa|tam khoa|dinh chi|khoa rut)\b/,
        /\b(?:dong bang|phong toa) (?:tai khoan|von|tien|so du)\b|\brua tien\b|\bgiai (?:bang|toa|phong toa) (?:tai khoan|von|tien)\b/,
        /\b(?:thu hoi|tich thu|phong toa|khoa|treo) (?:toan bo )?so du\b|\bso du (?:bi|se bi) (?:treo|thu hoi|khoa)\b|\btai khoan (?:\w+ ){0,2}bi khoa tam thoi\b|\blenh rut (?:\w+ ){0,4}(?:bi )?(?:tam giu|treo|tu choi|dong bang)\b|\btreo tien\b|\bdanh dau rui ro\b/,
      ],
      examples: { hit: ['lệnh rút của quý khách đang bị tạm giữ', 'hệ thống sẽ thu hồi toàn bộ số dư', 'ví của bạn bị đánh dấu rủi ro', 'tài khoản của chị đã bị đóng băng', 'nghi ngờ rửa tiền nên tạm khóa', 'muốn giải băng tài khoản phải nộp phí'], miss: ['tài khoản facebook bị khóa rồi', 'tủ lạnh đóng băng hết đồ'] },
    },
    {
      key: 'pay_to_release',
      stage: 'withdrawal',
      weight: 3,
      any: [
        /\bkhong (?:the )?(?:tru|khau tru) (?:vao |tu |truc tiep )?(?:so du|loi nhuan|tai khoan|von|tien goc)\b|\b(?:nop|dong|chuyen|nap) (?:xong|du)\b(?: \w+){0,4} (?:se |la |thi )?(?:rut|giai ngan|mo khoa|nhan) (?:duoc )?(?:ngay|het|toan bo|luon)\b/,
        /\b(?:em|anh|toi|minh) cung (?:da )?(?:dong|nop)\b(?: \w+){0,5} (?:roi |xong )?(?:moi |thi )?rut (?:duoc|dc)\b|\b(?:phi|thue|tien coc|ky quy) (?:se )?(?:duoc )?hoan (?:lai|tra)\b/,
        /\b(?:nop|dong|chuyen|nap)(?: \w+){1,2} (?:xong|du)\b(?: \w+){0,4} (?:se |la |thi )?(?:rut|giai ngan|mo khoa|nhan) (?:duoc )?(?:ngay|het|toan bo|luon)\b|\b(?:phi|thue) (?:phai )?(?:nop|dong|chuyen) (?:tu )?(?:nguon|tai khoan) (?:ben ngoai|khac)\b|\b(?:tien )?bao chung\b|\bhoan (?:tra|lai) (?:sau|trong) \d+ ?(?:h|gio|tieng)\b/,
      ],
      examples: { hit: ['nộp phí xong là rút được hết', 'cần nộp bảo chứng 500 USDT', 'phí phải nộp từ nguồn bên ngoài', 'thuế không thể trừ vào số dư', 'nộp xong là rút được toàn bộ luôn', 'em cũng đóng phí rồi mới rút được'], miss: ['đóng tiền điện xong rồi', 'nộp bài xong là về'] },
    },
    {
      key: 'withdrawal_pressure',
      stage: 'withdrawal',
      weight: 1.5,
      any: [
        /\b(?:vay|muon) (?:tam|nong) (?:nguoi nha|ban be|bo me|ho hang|app|ngan hang|cong ty tai chinh)\b|\bvay (?:app|tin dung|online|app tai chinh)\b/,
        /\bvay (?:muon |tam |them )?(?:ban be|nguoi than|gia dinh|ngan hang|app|online|nong|tin dung|ai do)\b|\b(?:cam|ban) (?:nha|xe|so do)\b/,
        /\b(?:em|anh|minh|toi) (?:gop|cho muon|ho tro|bu|cho vay) (?:them )?(?:mot nua|mot phan|mot it|mot chut|\d[\d,.]*\s?(?:tr|trieu|k|usdt)?)\b.{0,20}\b(?:con lai|phan con lai)\b|\bneu (?:khong|ko|k) (?:nop|dong|nap)\b(?: \w+){0,6} (?:mat (?:het|trang|toan bo)|bi (?:tich thu|dong bang|khoa))\b|\bkhong con thoi gian\b/,
        /\b(?:khong|ko|k) (?:nop|dong|nap)\b(?: \w+){0,6} (?:mat (?:het|trang|toan bo)|bi (?:tich thu|dong bang|khoa))\b|\bxoay (?:them|tien|tam|xo)\b|\b(?:khong|ko) (?:ai )?cuu (?:duoc|noi)\b|\bqua han (?:thi|la)\b/,
      ],
      examples: { hit: ['em vay tạm người nhà đi, rút ra trả liền', 'em cố xoay thêm đi', 'không nộp thì 100 triệu mất trắng', 'quá hạn thì không ai cứu được', 'chị thử vay bạn bè xem', 'nếu không nộp thì sẽ mất hết', 'cầm sổ đỏ cũng được mà'], miss: ['xoay người sang trái', 'mượn cái thang nhé', 'bán đồ cũ trên chợ tốt'] },
    },
    {
      key: 'trial_withdrawal',
      stage: 'withdrawal',
      weight: 0.8,
      any: [/\b(?:rut thu|thu rut)\b|\brut (?:mot it|it|mot khoan nho|\d[\d,.]*\s?(?:k|tr|trieu|usdt)) (?:de |cho )?(?:kiem tra|thu|yen tam|xem)\b/,
        /\b(?:bam |thu )?rut (?:\d[\d,.]{0,8}\s?(?:k|tr|trieu|usdt)) thu\b/,
      ],
      examples: { hit: ['chị bấm rút 5 triệu thử nha', 'chị rút thử 500k xem', 'rút 100 usdt để kiểm tra', 'thử rút một ít cho yên tâm'], miss: ['rút tiền ATM chưa', 'rút kinh nghiệm lần sau'] },
    },

    // ---------------- recovery ----------------
    {
      key: 'recovery_offer',
      stage: 'recovery',
      weight: 2.5,
      any: [
        /\bphi bao lanh\b|\bnop cho toa\b|\bdoi tuong rut mat tien\b|\bho so (?:se )?bi dinh chi\b|\bcan bo thu ly\b|\bhet trace\b|\btool (?:chay )?(?:ton|mat) phi\b/,/\blay lai (?:tien|so tien|von)(?: \w+){0,2} (?:bi )?(?:lua|mat|chiem doat)\b|\bthu hoi (?:tien|von|tai san|so tien)\b|\bho tro (?:lay lai|thu hoi) (?:tien|von)\b|\bhacker (?:mu trang|trang)\b|\bphi (?:thu hoi|xu ly ho so|luat su)\b/,
        /\bty le (?:thanh cong|thu hoi)\b|\byeu cau hoan tra\b|\bphi (?:mo ho so|ho so|giam dinh|bao lanh tu phap|dong bang|freeze|chay tool)\b|\bthu hoi thanh cong\b|\bfreeze\b|\b(?:doi|lay lai|nhan) boi thuong\b|\bnhan lai \d+ ?% so tien\b|\bchia se man hinh\b/,
      ],
      examples: { hit: ['phí bảo lãnh là nộp cho tòa, có biên lai', 'tỷ lệ thành công khoảng 80%', 'chị đóng phí mở hồ sơ trước', 'mình làm việc với sàn để freeze ví', 'bên em hỗ trợ lấy lại tiền bị lừa', 'thu hồi tài sản trong 48 giờ', 'phí thu hồi là 10%'], miss: ['em hồi phục sau cảm rồi', 'shopee hoàn tiền rồi'] },
    },
    {
      key: 'victim_outreach',
      stage: 'recovery',
      weight: 2,
      any: [/\bnan nhan (?:cua|bi lua|lua dao)\b|\bho tro nan nhan\b|\b(?:phong|doi|cuc) (?:canh sat|an ninh mang|phong chong toi pham)\b|\bma (?:ho so|vu viec|vu an)\b|\btruy vet (?:dong tien|tai san|vi|so tien)\b/,
        /\b(?:tai khoan|vi) (?:cua )?doi tuong\b|\bdanh sach (?:nan nhan|bi thiet hai)\b|\bbi thiet hai \d|\btien (?:hoan tra|boi hoan)\b|\bkhoan boi hoan\b|\btruy vet duoc\b|\bvi trung gian\b|\btxid\b|\btheo dong tien\b/,
      ],
      examples: { hit: ['ngân hàng đã phong tỏa tài khoản của đối tượng', 'bạn có tên trong danh sách nạn nhân', 'gửi mình TXID các lần nạp', 'chúng tôi hỗ trợ nạn nhân của sàn Hexamint', 'mã vụ việc của chị là 4471', 'đã truy vết dòng tiền'], miss: ['mã đơn hàng của chị là 4471', 'xem tin tức tai nạn chưa'] },
    },

    // ---------------- the user's own words (context only) ----------------
    {
      key: 'me_sent_money',
      stage: 'deposit',
      weight: 1,
      from: 'me',
      any: [/\b(?:da |vua |moi )?(?:nap|chuyen|gui|dau tu|bo) (?:them |het |vao )?(?:\d[\d,.]*\s?(?:trieu|tr|ty|k|usdt|usd)\b|usdt|het tien|tien tiet kiem)/],
      examples: { hit: ['em nạp 50tr rồi', 'đã chuyển 2000 usdt', 'em bỏ hết tiền tiết kiệm vào rồi'], miss: ['em gửi ảnh rồi', 'chuyển nhà xong chưa'] },
    },
    {
      key: 'me_cannot_withdraw',
      stage: 'withdrawal',
      weight: 1.5,
      from: 'me',
      any: [/\b(?:khong|ko|k|chua) rut (?:duoc|dc|ra)\b|\brut (?:tien )?(?:khong|ko|k) (?:duoc|dc)\b|\bbat (?:em|anh|toi|minh|chi) (?:nop|dong|nap) (?:them|thue|phi)\b/],
      examples: { hit: ['sao em không rút được tiền', 'rút tiền ko được', 'họ bắt em nộp thuế mới cho rút'], miss: ['mai em đi rút tiền', 'rút kinh nghiệm nhé'] },
    },

    // ---------------- signs of innocence ----------------
    {
      key: 'scam_awareness',
      stage: 'hook',
      weight: -2,
      any: [
        /\b(?:cai|vu|app|trang|nhom|bon|tui|may cai) (?:day|do|nay|kia) (?:la )?lua (?:day|do|dao|roi)\b/,
        /\b(?<!khong phai |ko phai |k phai |chang phai )(?:la|dung la|chac chan la|ro rang la|chac la|dich thi|ro la) lua (?:dao|dao roi)\b|\blua dao (?:roi|day|do|ha|a|kia)\b|\b(?:toi|em|minh|tui|me|bo|ban|chi|anh|co ay|anh ay|chi ay|ong|ba|nguoi quen) (?:cung |tung |da )?bi lua\b|\bscam (?:roi|day|do)\b|\bmo lon\b/,
        /\bbao (?:cong an|canh sat|an ninh)\b|\bto cao\b|\bchan (?:no|so nay|ngay|di|luon)\b/,
      ],
      examples: { hit: ['đừng, cái đấy lừa đấy', 'cái này là lừa đảo rồi, chặn ngay', 'mẹ mình bị lừa năm ngoái', 'báo công an đi'], miss: ['sàn này an toàn chị yên tâm', 'em không phải lừa đảo đâu'] },
    },
  ],

  reporting: [
    /\btu xung\b|\bmao danh\b|\bgia danh\b|\b(?:co|lai co) (?:may|nhieu|vai|mot so) (?:trang|acc|tai khoan|nhom|nguoi|ben|dich vu)\b|\b(?:no|ho|chung no|ben do|ben kia|tui no|may thang do) (?:lai |con )?(?:bat|doi|keu|bao|yeu cau)\b|\b(?:lai|thi) bat (?:dong|nop|nap|chuyen|dat coc)\b/,
    /\b(?:roi|sau do|xong|luc sau) (?:ho |no |bon no |tui no )?bat (?:minh |nguoi ta |ban |em |chi |anh |vo |chong )?(?:nap|chuyen|dong|gui)\b/,
    /\b(?:anh ta|co ta|han|nguoi do|ong ta|ba ta|nguoi ta|ai do|1 nguoi|mot nguoi|thang do|con do|ong ay|ba ay) (?:noi|bao|nhan|nhan tin|ru|moi|keu|hua|bao la|noi la|gui)\b/,
    /\b(?:co nguoi|ai do|so la) (?:nhan tin|goi|ket ban|ru|moi|add)\b|\b(?:toi|em|minh|anh|chi|tui) (?:nhan duoc|vua nhan|moi nhan) (?:tin nhan|tin|cuoc goi)\b/,
    /\b(?:cai nay|vay|nhu vay|the nay|nhu the nay) (?:co phai )?(?:la )?lua dao (?:khong|ko|k|ha)\b|\bco phai lua dao\b|\bco uy tin (?:khong|ko|k)\b/,
    /\b(?:xem|check|coi) (?:ho|giup) (?:\w+ ){0,2}co (?:dang tin|that|uy tin)\b|\b(?:tin nhan|cuoc goi|tin) (?:lua dao|gia mao|scam)\b|\b(?:ho|bo ho) (?:bao|noi|nhan|keu|hua|moi|du) (?!nhau)|\b(?:co ai|ai) (?:nhan duoc|gap|bi) (?:tin|vu|cai)|\b(?:t|tao|m|may|tui|em|minh|bo|me|ba|con) (?:nhan duoc|vua nhan|moi nhan|duoc ai|bi ai) (?:\w+ )?(?:tin nhan|tin|them vao|add)\b/,
    /\b(?:bai bao|tin tuc|video|clip|phong su) (?:ve|noi ve|canh bao)\b/,
    /\b(?:me|bo|ba|ong|ban|chi|anh|em|co|chu|dong nghiep) (?:toi|em|minh|tui) (?:bi|da bi|vua bi) (?:lua|moi|ru|add|them)\b/,
  ],
};
