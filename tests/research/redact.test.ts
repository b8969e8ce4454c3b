import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Message, Reason } from '../../src/engine/types.ts';
import { redactConversation, redactText } from '../../src/research/redact.ts';

const them = (text: string, time?: number): Message => (time === undefined ? { from: 'them', text } : { from: 'them', text, time });

function reason(message: number, evidence: Reason['evidence']): Reason {
  return { rule: 'test_rule', text: 'A test reason.', stage: 'pitch', points: 1, message, evidence };
}

/** Evidence for the first occurrence of `quote` in `text`. */
function evidenceOf(text: string, quote: string): NonNullable<Reason['evidence']> {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error(`"${quote}" is not in "${text}"`);
  return { start, end: start + quote.length, quote };
}

describe('redactText: names', () => {
  it('redacts a full name found by compromise, keeping the place, the family word and the brand', () => {
    expect(redactText("Hi, I'm Ana Lima from Singapore. My aunt works at Binance.")).toBe(
      "Hi, I'm [PERSON_1] from Singapore. My aunt works at Binance.",
    );
  });

  it('gives the first name alone the placeholder of the full name seen earlier', () => {
    const { messages } = redactConversation([them('This is David Chen, nice to meet you'), them('David here again. Did you eat?')], []);
    expect(messages.map((m) => m.text)).toEqual(['This is [PERSON_1], nice to meet you', '[PERSON_1] here again. Did you eat?']);
  });

  it('redacts given names that are also words when capitalised, not the word in lower case', () => {
    expect(redactText('Grace said hi', { names: ['Grace'] })).toBe('[PERSON_1] said hi');
    expect(redactText('by the grace of god', { names: ['Grace'] })).toBe('by the grace of god');
    expect(redactText('Will you call? Will said so.', { names: ['Will'] })).toBe('[PERSON_1] you call? [PERSON_1] said so.');
  });

  it('leaves names that are also words alone when nobody said they are names', () => {
    for (const text of ['Will you call?', 'Grace said hi', 'May I ask you something?', 'Mark my words', 'Bill me later', 'Hope you are well', 'Sunny day today', 'Crystal clear, thanks', 'by the grace of god']) {
      expect(redactText(text)).toBe(text);
    }
  });

  it('takes a capitalised common-word name in the middle of a sentence as a name', () => {
    expect(redactText('I hope Rich is coming')).toBe('I hope [PERSON_1] is coming');
  });

  it('keeps honorifics and family words in front of a name', () => {
    expect(redactText('Mom said to call Uncle Bob')).toBe('Mom said to call Uncle [PERSON_1]');
    expect(redactText('Mr. Wang will help you. Wang is kind')).toBe('Mr. [PERSON_1] will help you. [PERSON_1] is kind');
    expect(redactText('my aunt is an analyst, auntie knows the market')).toBe('my aunt is an analyst, auntie knows the market');
  });

  it('never redacts exchanges, coins, wallets, apps, places, months or days', () => {
    const text =
      'Transfer 5000 USDT from Coinbase to Binance via Trust Wallet on TRC20, or Bitcoin from MetaMask. Add me on WhatsApp, Telegram, LINE or WeChat. ' +
      'I was in Singapore, Hong Kong and Dubai on Monday in January.';
    expect(redactText(text)).toBe(text);
  });

  it('redacts unambiguous first names written in lower case, and the same name in lower case elsewhere', () => {
    expect(redactText('hey jessica how are you')).toBe('hey [PERSON_1] how are you');
    const { messages } = redactConversation([them('hey jessica, how are you doing today?'), them('jessica?')], []);
    expect(messages.map((m) => m.text)).toEqual(['hey [PERSON_1], how are you doing today?', '[PERSON_1]?']);
  });

  it('takes a name found in the conversation elsewhere only with a capital: in another language it may be a word', () => {
    const { messages } = redactConversation([them("Hi, I'm Ada from the club"), them('ada apa? Ada di mana?')], []);
    expect(messages.map((m) => m.text)).toEqual(["Hi, I'm [PERSON_1] from the club", 'ada apa? [PERSON_1] di mana?']);
  });

  it('does not read capitalised words of other languages as names (compromise reads English only)', () => {
    const texts = ['Respekt. Ich hab nur einen Toaster', 'Kalau libur baru ke sana', 'Saya dah book tee time 7.30 pagi kat Saujana', 'Bonjour ! Il pleut aussi à Paris', 'Merhaba! Ben de iyiyim'];
    const { messages } = redactConversation(texts.map((t) => them(t)), []);
    expect(messages.map((m) => m.text)).toEqual(texts);
  });

  it('finds first names it knows in other languages where no sentence starts', () => {
    const { messages } = redactConversation([them('Ciao Marco! Sono qui al bar'), them('Olá Camila, tudo bem?'), them('Merhaba, Ben Ayşe. Ben de iyiyim')], []);
    expect(messages.map((m) => m.text)).toEqual(['Ciao [PERSON_1]! Sono qui al bar', 'Olá [PERSON_2], tudo bem?', 'Merhaba, [PERSON_3]. Ben de iyiyim']);
  });

  it('takes the capitalised word after an honorific or family word as a name, and keeps the honorific', () => {
    expect(redactText("Hi Mr. Thompson, I'm Ava, assistant to Professor Hale. Pak Budi sudah transfer. Datin Sofea will join, my uncle Bob too")).toBe(
      "Hi Mr. [PERSON_1], I'm [PERSON_2], assistant to Professor [PERSON_3]. Pak [PERSON_4] sudah transfer. Datin [PERSON_5] will join, my uncle [PERSON_6] too",
    );
    expect(redactText('Good afternoon. I am Special Agent Daniel Reyes with the FBI. Hasan Bey will call')).toBe(
      'Good afternoon. I am Special Agent [PERSON_1] with the FBI. [PERSON_2] Bey will call',
    );
    for (const text of ['I ate Pizza today', 'Dear Valued Customer, your account is frozen', 'ya kak. Kalau dibiarkan 24 jam akun ditutup', 'the member Benefits page']) {
      expect(redactText(text)).toBe(text);
    }
  });

  it("keeps the possessive after a name and takes an unknown capitalised word before a surname as the first name", () => {
    expect(redactText("I texted Kayla's sister on instagram, she says Kayla is fine")).toBe("I texted [PERSON_1]'s sister on instagram, she says [PERSON_1] is fine");
    const { messages } = redactConversation([them('Please send your full name and UPI id so we can pay you'), them('Anil Kumar, anil.k.1991@oksbi')], []);
    expect(messages[1]!.text).toBe('[PERSON_1], [HANDLE_1]@oksbi');
  });

  it('redacts given names in any script, their parts and any case, as whole words', () => {
    expect(redactText('Дмитрий сказал, что ПЕТРОВ знает', { names: ['Дмитрий Петров'] })).toBe('[PERSON_1] сказал, что [PERSON_1] знает');
    expect(redactText('مرحبا محمد', { names: ['محمد'] })).toBe('مرحبا [PERSON_1]');
    expect(redactText('José García y josé, JOSE o Jose\u0301', { names: ['José García'] })).toBe('[PERSON_1] y [PERSON_1], [PERSON_1] o [PERSON_1]');
    expect(redactText('banana, anagram and ana_lima88 are not Ana', { names: ['Ana'] })).toBe('banana, anagram and ana_lima88 are not [PERSON_1]');
  });

  it('lets a word drop the accents of a name but not add its own', () => {
    expect(redactText('Mình đến sớm, Minh ơi', { names: ['Minh'] })).toBe('Mình đến sớm, [PERSON_1] ơi');
  });

  it('finds names in scripts written without spaces as substrings', () => {
    expect(redactText('李娜说你好', { names: ['李娜'] })).toBe('[PERSON_1]说你好');
    expect(redactText('민수야 뭐해', { names: ['민수'] })).toBe('[PERSON_1]야 뭐해');
  });

  it('matches parts of given names only when they have three letters or more', () => {
    expect(redactText('An Nguyen sent an apple', { names: ['An Nguyen'] })).toBe('[PERSON_1] sent an apple');
  });

  it('ignores a contact saved under a family word: "Mom" identifies nobody and is evidence', () => {
    expect(redactText('Mom said my aunt trades', { names: ['Mom'] })).toBe('Mom said my aunt trades');
  });

  it('takes the capitalised word after "my name is" as a name in any alphabet', () => {
    expect(redactText('my name is Xiaoling, nice to meet you')).toBe('my name is [PERSON_1], nice to meet you');
    expect(redactText('Привет, меня зовут Анна')).toBe('Привет, меня зовут [PERSON_1]');
    expect(redactText('my name is not important')).toBe('my name is not important');
  });
});

describe('redactText: phone numbers', () => {
  it.each([
    ['+44 7700 900 123'],
    ['(415) 555-0100'],
    ['+1 (415) 555-0100'],
    ['0917 123 4567'],
    ['+86 138 0013 8000'],
    ['415 555 0100'],
    ['415.555.0100'],
    ['4155550100'],
    ['4 1 5 5 5 5 0 1 0 0'],
    ['４１５ ５５５ ０１００'],
    ['٤١٥٥٥٥٠١٠٠'],
    ['+1\u200B415\u200B555 0100'],
    ['612 345 678'],
  ])('redacts %s', (phone) => {
    expect(redactText(`call me on ${phone} tonight`)).toBe('call me on [PHONE_1] tonight');
  });

  it('gives one number one placeholder in every format, with or without the country code', () => {
    expect(redactText('+1 (415) 555-0100, 4155550100, 415 555 0100 or 0917 123 4567 or +63 917 123 4567')).toBe(
      '[PHONE_1], [PHONE_1], [PHONE_1] or [PHONE_2] or [PHONE_2]',
    );
  });

  it('keeps amounts, percentages, dates, times, years, IP addresses and labelled order numbers', () => {
    const text =
      'I paid $5,000 then 5000 USDT, 2,500.00 and 2500000.00 USDT, total 1.000.000 and 12,500,000 USDT; 12% a day, 1 000 000 won. ' +
      'On 2023-12-31 at 21:41, 31/12/2023, in 2019 2020 2021. Server 192.168.100.200, order #123456789, txid: 9876543210, ZIP 94103-1234, code 123456. ' +
      'Profit went from 1000-2000 to 1.500-3.000 USDT, case 4471/2025.';
    expect(redactText(text)).toBe(text);
  });

  it('splits a date off a number that follows it', () => {
    expect(redactText('on 2023-12-31 4155550100 called')).toBe('on 2023-12-31 [PHONE_1] called');
  });

  it('needs seven digits to be a phone number', () => {
    expect(redactText('room 555 0100 and 555 01 01')).toBe('room [PHONE_1] and [PHONE_2]');
    expect(redactText('code 555 010')).toBe('code 555 010');
  });
});

describe('redactText: e-mail addresses', () => {
  it('redacts addresses, compared without case, unicode local parts included', () => {
    expect(redactText('Mail ana.lima@Gmail.com or ANA.LIMA@gmail.com, or josé.garcía@correo.es.')).toBe('Mail [EMAIL_1] or [EMAIL_1], or [EMAIL_2].');
  });

  it('reads spelled-out addresses at a mail provider, and any bracketed spelling', () => {
    expect(redactText('write to ana.lima at gmail dot com or ana.lima@gmail.com')).toBe('write to [EMAIL_1] or [EMAIL_1]');
    expect(redactText('mail ana[at]coinmail[dot]net')).toBe('mail [EMAIL_1]');
  });

  it('leaves "someone at a platform dot something" to the researchers (it may be the platform)', () => {
    expect(redactText('support at coinvexa dot pro')).toBe('support at coinvexa dot pro');
  });

  it('does not read the "@" of an address as a handle', () => {
    const { counts } = redactConversation([them('ana@gmail.com')], []);
    expect(counts).toEqual({ EMAIL: 1 });
  });
});

describe('redactText: messaging handles', () => {
  it('replaces the handle and keeps the app: @, t.me/, wa.me/, app ids', () => {
    expect(redactText('Add me @ana_lima88 or t.me/ana_lima88 or https://t.me/Ana_Lima88 — my telegram is ana_lima88')).toBe(
      'Add me @[HANDLE_1] or t.me/[HANDLE_1] or https://t.me/[HANDLE_1] — my telegram is [HANDLE_1]',
    );
    expect(redactText('whatsapp wa.me/15555550100 or +1 555 555 0100')).toBe('whatsapp wa.me/[PHONE_1] or [PHONE_1]');
    expect(redactText('line id: somo_123, wechat: mia_88, kakao id = minsu77, 微信：abc123, LINE ID: ส้มโอ123')).toBe(
      'line id: [HANDLE_1], wechat: [HANDLE_2], kakao id = [HANDLE_3], 微信：[HANDLE_4], LINE ID: [HANDLE_5]',
    );
  });

  it('redacts handles in other scripts and with hyphens, and the person in a UPI payment address', () => {
    expect(redactText('пиши @анна_лима or @tasha-renee-j')).toBe('пиши @[HANDLE_1] or @[HANDLE_2]');
    expect(redactText('pay rahul.p@okaxis')).toBe('pay [HANDLE_1]@okaxis');
  });

  it('redacts the person in profile links and keeps the site', () => {
    expect(redactText('see instagram.com/ana.lima.88 and https://www.facebook.com/ana.lima.123?ref=x')).toBe(
      'see instagram.com/[HANDLE_1] and https://www.facebook.com/[HANDLE_2]?ref=x',
    );
  });

  it('keeps platform domains and links, with their digits, and mentions of services', () => {
    const text = 'Go to coinvexa-pro.top or https://app.example-trade.vip/login?uid=12345678, follow @binance and mail @latticelabs.xyz';
    expect(redactText(text)).toBe(text);
  });

  it('does not read ordinary words after an app name as handles', () => {
    const text = 'my line is busy, telegram is down, the bottom line: send money. Line: we need more';
    expect(redactText(text)).toBe(text);
  });
});

describe('redactText: street addresses', () => {
  it.each([
    ['221B Baker Street, London NW1 6XE'],
    ['1600 Pennsylvania Ave NW, Washington, DC 20500'],
    ['Calle Mayor 12'],
    ['Hauptstraße 5, 10115'],
    ['12 rue de Rivoli'],
  ])('redacts %s with its postal code', (address) => {
    expect(redactText(`I live at ${address}. Visit me`)).toBe('I live at [ADDRESS_1]. Visit me');
  });

  it('needs a street word: numbers before capitalised words stay', () => {
    const text = 'I have 3 Great Danes, 5000 USDT in Binance, Level 3 VIP, Sitzplatz 49, and sent it via Binance 5000 times in Spring 2023';
    expect(redactText(text)).toBe(text);
  });
});

describe('redactText: what researchers need stays', () => {
  it('keeps wallet addresses, even where a handle or an id would start', () => {
    const text = 'send to @TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t or 0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed, wechat: 0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaed, bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4';
    expect(redactText(text)).toBe(text);
  });
});

describe('redactConversation', () => {
  const conversation: Message[] = [
    them('Hi, I am Ana Lima. Call me on +1 415 555 0100', 1_700_000_000_000),
    { from: 'me', text: 'Hi Ana! mine is 0917 123 4567, and yours is (415) 555-0100?', time: '2023-11-14T22:13:20Z' },
    them('Ana here. Email ana@x.com. Deposit 5000 USDT to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t now'),
  ];

  it('keeps order, senders and times, numbers placeholders by first appearance and counts distinct values', () => {
    const result = redactConversation(conversation, []);
    expect(result.messages).toEqual([
      { from: 'them', text: 'Hi, I am [PERSON_1]. Call me on [PHONE_1]', time: 1_700_000_000_000 },
      { from: 'me', text: 'Hi [PERSON_1]! mine is [PHONE_2], and yours is [PHONE_1]?', time: '2023-11-14T22:13:20Z' },
      { from: 'them', text: '[PERSON_1] here. Email [EMAIL_1]. Deposit 5000 USDT to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t now' },
    ]);
    expect(result.counts).toEqual({ PERSON: 1, PHONE: 2, EMAIL: 1 });
    expect(JSON.stringify(result.counts)).not.toContain('Ana');
  });

  it('numbers a person by where they first appear, even when only a later message reveals the name', () => {
    const { messages } = redactConversation([them('Did Jessica Wong call?'), them('Call 4155550100'), them('This is Mike Brown, Jessica is busy')], []);
    expect(messages.map((m) => m.text)).toEqual(['Did [PERSON_1] call?', 'Call [PHONE_1]', 'This is [PERSON_2], [PERSON_1] is busy']);
  });

  it('does not change its input', () => {
    const copy = structuredClone(conversation);
    const reasons = [reason(2, evidenceOf(conversation[2]!.text, 'Deposit 5000 USDT'))];
    const reasonsCopy = structuredClone(reasons);
    redactConversation(conversation, reasons, { names: ['Ana'] });
    expect(conversation).toEqual(copy);
    expect(reasons).toEqual(reasonsCopy);
  });

  it('moves evidence past earlier replacements in the same message', () => {
    const text = conversation[2]!.text;
    const { messages, reasons } = redactConversation(conversation, [reason(2, evidenceOf(text, 'Deposit 5000 USDT'))]);
    const evidence = reasons[0]!.evidence!;
    expect(evidence.quote).toBe('Deposit 5000 USDT');
    expect(messages[2]!.text.slice(evidence.start, evidence.end)).toBe('Deposit 5000 USDT');
  });

  it('grows evidence that cuts into a replaced name to the whole placeholder, and redacts what it quotes', () => {
    const text = conversation[0]!.text;
    const partial = { start: text.indexOf('Lima'), end: text.indexOf('Lima') + 2, quote: 'Li' }; // inside the name
    const overlapping = evidenceOf(text, 'Ana Lima. Call'); // name and words after it
    const covering = evidenceOf(text, 'Call me on +1 415 555 0100');
    const { messages, reasons } = redactConversation(conversation, [reason(0, partial), reason(0, overlapping), reason(0, covering), reason(1, null)]);
    const redacted = messages[0]!.text;
    expect(reasons.map((r) => r.evidence?.quote ?? null)).toEqual(['[PERSON_1]', '[PERSON_1]. Call', 'Call me on [PHONE_1]', null]);
    for (const r of reasons) if (r.evidence) expect(redacted.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.quote);
    expect(reasons.map((r) => r.message)).toEqual([0, 0, 0, 1]);
    expect(reasons[0]).toMatchObject({ rule: 'test_rule', text: 'A test reason.', stage: 'pitch', points: 1 });
  });

  it('clamps evidence that runs past its message', () => {
    const { messages, reasons } = redactConversation([them('Call 4155550100')], [reason(0, { start: 5, end: 99, quote: '' })]);
    expect(reasons[0]!.evidence).toEqual({ start: 5, end: messages[0]!.text.length, quote: '[PHONE_1]' });
  });

  it('refuses reasons pointing at no message and messages without text, with a clear error', () => {
    expect(() => redactConversation([them('hi')], [reason(3, null)])).toThrow(/reason 0 .*points at message 3, but the conversation has 1/);
    expect(() => redactConversation([{ from: 'them' } as unknown as Message], [])).toThrow(/message 0 has no text/);
    expect(() => redactConversation([them('hi')], [], { names: 'Ana' as unknown as string[] })).toThrow(/names must be an array of strings/);
  });

  it('gives every conversation its own table; redactText starts afresh', () => {
    expect(redactText('Call 4155550100')).toBe('Call [PHONE_1]');
    expect(redactText('Call 9175550100')).toBe('Call [PHONE_1]');
  });
});

describe('hostile text', () => {
  it('sees through zero-width characters inside names and numbers, and replaces them with the name', () => {
    expect(redactText('An\u200Ba here, call +1\u200B415\u200C555\u200D0100', { names: ['Ana'] })).toBe('[PERSON_1] here, call [PHONE_1]');
  });

  it('sees through look-alike letters inside a Latin name', () => {
    expect(redactText('\u0410na says hi', { names: ['Ana'] })).toBe('[PERSON_1] says hi');
  });

  it('treats HTML as text', () => {
    expect(redactText('<b>Ana</b> <img src=x onerror="alert(4155550100)">', { names: ['Ana'] })).toBe('<b>[PERSON_1]</b> <img src=x onerror="alert([PHONE_1])">');
  });

  it('finishes 100,000-character messages quickly (linear time)', () => {
    const hostile = [
      "Hi, I'm Ana Lima. Call +1 415 555 0100 or ana@gmail.com, t.me/ana_88, 221B Baker Street. Deposit 5000 USDT. ",
      'Jessica Brown met Mike Wong 12. ',
      '1 ', '1.', 'a@', 'a@a.', 'Abc ', '12 Abc ', '+1 ', '(1) ', 'telegram: ', '@abc ', 'a at gmail dot ', 'A\u200B', '\u0410na ', 'Mr ', 'uncle Bob ', 'pak ', 'Ciao Marco ',
    ];
    for (const unit of hostile) {
      const text = unit.repeat(Math.ceil(100_000 / unit.length)).slice(0, 100_000);
      const t0 = performance.now();
      redactText(text);
      // Linear work takes well under a second here; quadratic work on 100,000 characters takes minutes.
      expect(performance.now() - t0, JSON.stringify(unit)).toBeLessThan(3_000);
    }
  }, 60_000);
});

describe('properties', () => {
  const longDigitRuns = (s: string): number => (s.normalize('NFKC').match(/\d{7,}/g) ?? []).length;

  it('never throws, never adds long digit runs, and keeps remapped evidence in bounds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 60 }), fc.stringMatching(/^[\d +().-]{0,24}$/)), { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: -5, max: 120 }), fc.integer({ min: -5, max: 120 }))),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
        (texts, spans, names) => {
          const messages = texts.map((t) => them(t));
          const reasons = spans.map(([m, a, b]) => reason(m % messages.length, { start: a, end: b, quote: '' }));
          const result = redactConversation(messages, reasons, { names });
          expect(result.messages).toHaveLength(messages.length);
          result.messages.forEach((m, i) => expect(longDigitRuns(m.text)).toBeLessThanOrEqual(longDigitRuns(texts[i]!)));
          for (const r of result.reasons) {
            const text = result.messages[r.message]!.text;
            const e = r.evidence!;
            expect(0 <= e.start && e.start <= e.end && e.end <= text.length).toBe(true);
            expect(e.quote).toBe(text.slice(e.start, e.end));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('redacts phone numbers in any grouping amid ordinary words', () => {
    const phone = fc
      .tuple(fc.option(fc.constantFrom('+1 ', '+44 ', '+86 ', '+63 '), { nil: '' }), fc.array(fc.stringMatching(/^\d{2,4}$/), { minLength: 3, maxLength: 4 }), fc.constantFrom(' ', '-', '.', ' - '))
      .map(([country, groups, separator]) => country + groups.join(separator))
      .filter((p) => {
        const digits = p.replace(/\D/g, '');
        // What reads as something else is kept by design: years in a row, thousands ("1 000 000",
        // "123.456.789", "12.345.67"), dates ("12-05-2023", "2023.12.05") and IP addresses.
        const readsAsSomethingElse =
          /^(?:(?:19|20)\d\d\D*)+$/.test(p) ||
          / 000$/.test(p) ||
          /^\d{1,3}(?:\.\d{3})+(?:\.\d{1,2})?$/.test(p) ||
          /^\d{1,3}(?:\.\d{1,3}){3}$/.test(p) ||
          /(?<!\d)(?:\d{4}[-.]\d{1,2}[-.]\d{1,2}|\d{1,2}[-.]\d{1,2}[-.]\d{2,4})(?!\d)/.test(p);
        return digits.length >= 7 && digits.length <= 15 && !readsAsSomethingElse;
      });
    const word = fc.constantFrom('call', 'me', 'on', 'my', 'number', 'is', 'tonight', 'ok', 'whatsapp');
    fc.assert(
      fc.property(fc.array(word, { maxLength: 4 }), phone, fc.array(word, { maxLength: 4 }), (before, number, after) => {
        const text = [...before, number, ...after].join(' ');
        const out = redactText(text);
        expect(out).toContain('[PHONE_1]');
        expect(out).not.toContain(number);
      }),
      { numRuns: 300 },
    );
  });
});
