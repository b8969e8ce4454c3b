import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createWhatsAppParser, isWhatsAppHeader, parseWhatsApp } from '../../src/format/whatsapp.ts';
import type { ChatExport } from '../../src/format/exports.ts';
import { MAX_MESSAGE_CHARS } from '../../src/format/conversation.ts';

const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const at = (iso: string) => Date.parse(`${iso}Z`);
/** The message that starts on a given source line. */
const onLine = (chat: ChatExport, line: number) => chat.messages.find((m) => m.line === line);
const texts = (chat: ChatExport) => chat.messages.map((m) => m.text);

const FIXTURES = ['whatsapp-android-en-us.txt', 'whatsapp-android-de.txt', 'whatsapp-android-es.txt', 'whatsapp-ios-en-gb.txt', 'whatsapp-ios-us.txt'];

describe('parseWhatsApp on each locale', () => {
  it('reads Android en-US: month/day, 12-hour clock with a narrow no-break space, phone numbers wrapped in direction marks', () => {
    const chat = parseWhatsApp(fixture('whatsapp-android-en-us.txt'));
    expect(chat.problems).toEqual([]);
    expect(chat.participants).toEqual(['+1 415 555 0142', 'Maya Lin']);
    expect(chat.messages).toHaveLength(18);
    expect(onLine(chat, 2)).toMatchObject({ sender: '+1 415 555 0142', time: at('2023-12-28T19:02:00') });
    expect(onLine(chat, 8)?.time).toBe(at('2024-01-02T09:15:00'));
    expect(onLine(chat, 20)?.time).toBe(at('2024-01-13T00:05:00')); // 12:05 AM is just after midnight
    expect(onLine(chat, 22)?.time).toBe(at('2024-01-13T12:30:00')); // 12:30 PM is just after noon
    // The encryption notice (line 1) has no sender and is no message.
    expect(chat.messages[0]!.line).toBe(2);
  });

  it('joins continuation lines, blank ones included, and drops WhatsApp\'s "edited" mark', () => {
    const chat = parseWhatsApp(fixture('whatsapp-android-en-us.txt'));
    expect(onLine(chat, 10)?.text).toBe(
      'You work so hard. My aunt is a senior analyst at an investment firm in Hong Kong.\n' +
        'She taught me short-term crypto trading, I make 20-30% a week on the side\n\n' +
        'Life is easier when your money works for you',
    );
    expect(onLine(chat, 15)?.text).toMatch(/it is regulated$/);
  });

  it('reads Android German: day.month.year, 24-hour clock, an en dash, group notices skipped', () => {
    const chat = parseWhatsApp(fixture('whatsapp-android-de.txt'));
    expect(chat.problems).toEqual([]);
    expect(chat.participants).toEqual(['Mama', 'Jonas', 'Lena Hoffmann']);
    expect(onLine(chat, 12)).toMatchObject({ sender: 'Jonas', time: at('2023-12-31T21:41:00'), text: 'Wo bleibst du? Der Käse schmilzt schon' });
    expect(onLine(chat, 13)?.time).toBe(at('2024-01-01T00:00:00'));
    expect(onLine(chat, 7)?.text).toBe('Ich komme um 18 Uhr.\nSoll ich Wunderkerzen kaufen?');
    expect(texts(chat).join(' ')).not.toMatch(/verschlüsselt|hinzugefügt|erstellt|Sicherheitsnummer/);
    expect(texts(chat).slice(3, 6)).toEqual(['[media]', '[deleted]', '[deleted]']);
    // "Du hast diese Nachricht gelöscht" shows who made the export.
    expect(chat.me).toBe('Lena Hoffmann');
  });

  it('reads Android Spanish: "a. m." / "p. m." with plain, no-break and narrow spaces, and "a.m."', () => {
    const chat = parseWhatsApp(fixture('whatsapp-android-es.txt'));
    expect(chat.problems).toEqual([]);
    expect(chat.messages.map((m) => [m.line, m.time])).toEqual([
      [2, at('2024-01-05T09:41:00')],
      [3, at('2024-01-05T09:58:00')],
      [4, at('2024-01-05T10:02:00')],
      [6, at('2024-01-05T12:15:00')],
      [7, at('2024-01-05T12:16:00')],
      [8, at('2024-01-13T20:30:00')],
      [9, at('2024-01-13T20:45:00')],
    ]);
    expect(onLine(chat, 4)?.text).toBe('[photo]\nMira la vista desde el hotel');
    expect(texts(chat).slice(3, 5)).toEqual(['[media]', '[deleted]']);
  });

  it('reads iOS en-GB: brackets, seconds, CRLF, left-to-right marks and attachments as stand-ins, never file names', () => {
    const chat = parseWhatsApp(fixture('whatsapp-ios-en-gb.txt'));
    expect(chat.problems).toEqual([]);
    expect(chat.participants).toEqual(['Priya Shah', 'Tom Baker']);
    expect(onLine(chat, 2)?.time).toBe(at('2023-12-28T19:02:11'));
    expect(onLine(chat, 3)?.text).toBe("Wouldn't miss it. Team name ideas:\n1. Quiz Team Aguilera\n2. Les Quizerables");
    expect(texts(chat).slice(2, 7)).toEqual(['[photo]', '[photo]', '[video]', '[document]', '[deleted]']);
    const all = texts(chat).join('\n');
    expect(all).not.toMatch(/\.jpg|Menu\.pdf|\u200e|\r/);
    // The encryption notice is written as if Tom sent it, and the missed call is a notice too.
    expect(all).not.toMatch(/encrypted|Missed/);
    expect(chat.me).toBeNull();
  });

  it('reads iOS en-US: month/day, 12-hour clock with seconds, an emoji in a name', () => {
    const chat = parseWhatsApp(fixture('whatsapp-ios-us.txt'));
    expect(chat.problems).toEqual([]);
    expect(chat.participants).toEqual(['Lily 🌸', 'Dan Whitfield']);
    expect(onLine(chat, 10)).toMatchObject({ sender: 'Dan Whitfield', time: at('2024-01-20T23:05:09') });
    expect(onLine(chat, 5)?.time).toBe(at('2024-01-03T07:45:00'));
    expect(texts(chat)).toContain('[sticker]');
  });
});

/** A chat of ordinary messages from the given timestamps. */
const chatAt = (stamps: string[], separator = ' - ') => stamps.map((s, i) => `${s}${separator}Ana: message ${i}`).join('\n');

describe('day and month order', () => {
  it('is day/month when a first field is above 12, month/day when a second is', () => {
    expect(parseWhatsApp(chatAt(['03/04/24, 10:00', '13/04/24, 10:00'])).messages[0]!.time).toBe(at('2024-04-03T10:00:00'));
    expect(parseWhatsApp(chatAt(['03/04/24, 10:00', '03/14/24, 10:00'])).messages[0]!.time).toBe(at('2024-03-04T10:00:00'));
  });

  it('otherwise takes the order that keeps the messages in time order, without a problem', () => {
    // Day first: 12 Jan, then 1 Feb. Month first would go back from 1 Dec to 2 Jan.
    const chat = parseWhatsApp(chatAt(['12/01/24, 10:00', '01/02/24, 10:00']));
    expect(chat.messages.map((m) => m.time)).toEqual([at('2024-01-12T10:00:00'), at('2024-02-01T10:00:00')]);
    expect(chat.problems).toEqual([]);
  });

  it('assumes day/month, or month/day with AM/PM, when nothing tells, and says so', () => {
    const dayFirst = parseWhatsApp(chatAt(['03/04/24, 10:00']));
    expect(dayFirst.messages[0]!.time).toBe(at('2024-04-03T10:00:00'));
    expect(dayFirst.problems).toEqual([{ line: 1, message: expect.stringMatching(/assumed day\/month/) }]);
    const monthFirst = parseWhatsApp(chatAt(['03/04/24, 10:00 AM']));
    expect(monthFirst.messages[0]!.time).toBe(at('2024-03-04T10:00:00'));
    expect(monthFirst.problems).toEqual([{ line: 1, message: expect.stringMatching(/assumed month\/day \(the times use AM\/PM\)/) }]);
  });

  it('reports dates that disagree, and leaves the impossible ones without a time', () => {
    const chat = parseWhatsApp(chatAt(['13/01/24, 10:00', '14/01/24, 10:00', '01/15/24, 10:00']));
    expect(chat.messages.map((m) => m.time)).toEqual([at('2024-01-13T10:00:00'), at('2024-01-14T10:00:00'), null]);
    expect(chat.problems.map((p) => p.line)).toEqual([1, 3]);
    expect(chat.problems[0]!.message).toMatch(/disagree.*read as day\/month/);
    expect(chat.problems[1]!.message).toMatch(/not a real date/);
  });

  it('reads year-first dates, four-digit years and a day that does not exist', () => {
    const chat = parseWhatsApp(chatAt(['2023-12-31 21:41', '31/12/2023, 21:42', '30/02/2024, 08:00']));
    expect(chat.messages.map((m) => m.time)).toEqual([at('2023-12-31T21:41:00'), at('2023-12-31T21:42:00'), null]);
  });

  it('has nothing to decide when every date is year-first or has day equal to month', () => {
    expect(parseWhatsApp(chatAt(['2023-12-31 21:41', '2024-01-02 08:00'])).problems).toEqual([]);
    const sameDayAndMonth = parseWhatsApp(chatAt(['01/01/24, 10:00', '02/02/24, 10:00']));
    expect(sameDayAndMonth.problems).toEqual([]);
    expect(sameDayAndMonth.messages[1]!.time).toBe(at('2024-02-02T10:00:00'));
  });

  it('reads Japanese and Chinese half-day markers before the time, and Finnish "klo"', () => {
    expect(parseWhatsApp('2023/12/31 午後9:41 - Ana: こんばんは').messages[0]!.time).toBe(at('2023-12-31T21:41:00'));
    expect(parseWhatsApp('2023/12/31 上午9:41 - Ana: 早').messages[0]!.time).toBe(at('2023-12-31T09:41:00'));
    expect(parseWhatsApp('[31.12.2023 klo 21.41.07] Ana: moi').messages[0]!.time).toBe(at('2023-12-31T21:41:07'));
  });
});

describe('lines that are not messages', () => {
  it('reports lines before the first timestamp as one range and parses the rest', () => {
    const chat = parseWhatsApp('Exported from my phone\nby Ana\n\n31/12/2023, 21:41 - Ana: hi\n31/12/2023, 21:42 - Ben: hello');
    expect(chat.problems).toEqual([{ line: 1, message: 'lines 1-2: no date and time before the first dated message; skipped' }]);
    expect(chat.messages.map((m) => [m.line, m.sender, m.text])).toEqual([
      [4, 'Ana', 'hi'],
      [5, 'Ben', 'hello'],
    ]);
  });

  it('skips notices without a sender, notices holding a quoted ": ", and reports text continuing a notice', () => {
    const chat = parseWhatsApp(
      [
        '31/12/2023, 21:40 - You created group "Family"',
        '31/12/2023, 21:40 - Ana changed the subject from "Plans" to "Re: dinner"',
        'stray text',
        '31/12/2023, 21:41 - Ana: note: bring cash',
      ].join('\n'),
    );
    expect(chat.messages.map((m) => [m.sender, m.text])).toEqual([['Ana', 'note: bring cash']]);
    expect(chat.problems).toEqual([{ line: 3, message: expect.stringMatching(/^line 3: no date and time after a WhatsApp notice/) }]);
  });

  it('keeps a message that only mentions a notice word, and one that types the direction mark itself if it is not a notice', () => {
    const chat = parseWhatsApp('[31/12/2023, 21:41:00] Ana: she left early\n[31/12/2023, 21:42:00] Ana: \u200ehi there');
    expect(texts(chat)).toEqual(['she left early', '\u200ehi there']);
  });

  it('takes a security-code notice only when marked, and the encryption notice only at its own length', () => {
    const notice = 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.';
    const long = `${notice}${' So you can safely send me the USDT deposit receipt here.'.repeat(4)}`;
    const chat = parseWhatsApp(
      [
        `[31/12/2023, 21:40:00] Ana: ${notice}`,
        '[31/12/2023, 21:40:01] Ana: \u200eYour security code with Ana changed. Tap to learn more.',
        '[31/12/2023, 21:41:00] Ana: Your security code with the exchange changed, verify it on coinvexa-pro.top',
        `[31/12/2023, 21:42:00] Ana: ${long}`,
      ].join('\n'),
    );
    expect(texts(chat)).toEqual(['Your security code with the exchange changed, verify it on coinvexa-pro.top', long]);
  });

  it('treats hostile text as text: HTML, zero-width characters, a name in right-to-left script', () => {
    const chat = parseWhatsApp('31/12/2023, 21:41 - \u202bنور\u202c: <img src=x onerror=alert(1)> pay\u200bment');
    expect(chat.messages[0]).toMatchObject({ sender: 'نور', text: '<img src=x onerror=alert(1)> pay\u200bment' });
  });
});

describe('media stand-ins', () => {
  it.each([
    ['<Media omitted>', '[media]'],
    ['<Medien ausgelassen>', '[media]'],
    ['<Multimedia omitido>', '[media]'],
    ['\u200eimage omitted', '[photo]'],
    ['\u200eaudio omitted', '[audio]'],
    ['\u200e<attached: 00000012-PHOTO-2023-12-31-21-41-07.jpg>', '[photo]'],
    ['\u200e<attached: 00000013-AUDIO-2023-12-31-21-41-07.opus>', '[audio]'],
    ['Plan • \u200e2 pages \u200e<attached: 00000014-Plan.pdf>', '[document]'],
    ['PTT-20231231-WA0007.opus (file attached)', '[audio]'],
    ['This message was deleted', '[deleted]'],
    ['You deleted this message', '[deleted]'],
    ['\u200eThis message was deleted.', '[deleted]'],
  ])('%s -> %s', (body, standIn) => {
    expect(texts(parseWhatsApp(`[31/12/2023, 21:41:07] Ana: ${body}`))).toEqual([standIn]);
  });

  it('drops the document name Android repeats under it, but keeps a real caption', () => {
    const doc = parseWhatsApp('31/12/2023, 21:41 - Ana: Contract.pdf (file attached)\nContract\n31/12/2023, 21:42 - Ana: IMG-20231231-WA0001.jpg (file attached)\nLook');
    expect(texts(doc)).toEqual(['[document]', '[photo]\nLook']);
  });

  it('marks who deleted their own message as the person who exported', () => {
    expect(parseWhatsApp('31/12/2023, 21:41 - Ben: hi\n31/12/2023, 21:42 - Ana: You deleted this message').me).toBe('Ana');
  });
});

describe('the streaming parser', () => {
  it.each(FIXTURES)('gives the same result as the whole-text parser on %s', (name) => {
    const text = fixture(name);
    const parser = createWhatsAppParser();
    text.split('\n').forEach((line, i) => parser.push(line, i + 1));
    expect(parser.end()).toEqual(parseWhatsApp(text));
  });

  it('returns the same result when ended twice and refuses lines after the end', () => {
    const parser = createWhatsAppParser({ title: 'Family' });
    parser.push('31/12/2023, 21:41 - Ana: hi', 1);
    const first = parser.end();
    expect(parser.end()).toBe(first);
    expect(first.title).toBe('Family');
    expect(() => parser.push('more', 2)).toThrow(/already ended/);
  });

  it('stops keeping a message at the size limit and reports it', () => {
    const parser = createWhatsAppParser();
    parser.push('31/12/2023, 21:41 - Ana: start', 1);
    const long = 'x'.repeat(1000);
    const lines = Math.ceil(MAX_MESSAGE_CHARS / 1000) + 5;
    for (let i = 0; i < lines; i++) parser.push(long, i + 2);
    parser.push('31/12/2023, 21:42 - Ana: next', lines + 2);
    const chat = parser.end();
    expect(chat.messages[0]!.text.length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
    expect(chat.messages[1]!.text).toBe('next');
    expect(chat.problems).toEqual([{ line: 1, message: expect.stringMatching(/longer than 100,000 characters; the rest, from line \d+ on, was left out/) }]);
  });

  it('reads a 50,000-message chat', () => {
    const lines: string[] = [];
    for (let i = 0; i < 50_000; i++) {
      const day = 1 + (Math.floor(i / 2000) % 28);
      lines.push(`${day}/${1 + (Math.floor(i / 56_000) % 12)}/24, ${i % 24}:${String(i % 60).padStart(2, '0')} - ${i % 3 === 0 ? 'Ana' : 'Ben'}: message ${i}`);
      if (i % 10 === 0) lines.push('a second line');
    }
    const chat = parseWhatsApp(lines.join('\n'));
    expect(chat.messages).toHaveLength(50_000);
    expect(chat.participants).toEqual(['Ana', 'Ben']);
    expect(chat.messages[10]!.text).toBe('message 10\na second line');
    expect(chat.messages.every((m) => m.time !== null)).toBe(true);
  });
});

describe('isWhatsAppHeader', () => {
  it.each([
    ['12/31/23, 9:41\u202fPM - Ana: text', true],
    ['31.12.23, 21:41 – Ana: text', true],
    ['\u200e[31/12/2023, 21:41:07] Ana: text', true],
    ['[12/31/23, 9:41:07 PM] Ana: text', true],
    ['[31.12.23, 21:41:07] Ana: text', true],
    ['2023-12-31 21:41 - Ana: text', true],
    ['31/12/2023, 9:41 p.\u00a0m. - Ana: text', true],
    ['12/31/23, 13:41 PM - Ana: hour 13 with PM', false],
    ['31/12/2023, 25:41 - Ana: hour 25', false],
    ['Meet me on 31/12/2023, 21:41 - ok?', false],
    ['{"id": 1}', false],
  ])('%s -> %s', (line, expected) => {
    expect(isWhatsAppHeader(line)).toBe(expected);
  });
});
