import { readFileSync } from 'node:fs';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { conversationsFor, decodeBytes, detectFormat, isZip, titleFromFileName, unzipChat, type ChatExport } from '../../src/format/exports.ts';
import { parseWhatsApp } from '../../src/format/whatsapp.ts';
import { parseTelegram } from '../../src/format/telegram.ts';
import { scanConversation } from '../../src/engine/index.ts';

const bytesOf = (name: string) => new Uint8Array(readFileSync(new URL(`fixtures/${name}`, import.meta.url)));
const fixture = (name: string) => new TextDecoder().decode(bytesOf(name));
const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, littleEndian: boolean) => {
  const out = new Uint8Array(text.length * 2);
  const view = new DataView(out.buffer);
  for (let i = 0; i < text.length; i++) view.setUint16(i * 2, text.charCodeAt(i), littleEndian);
  return out;
};
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
};

const CHAT = '31/12/2023, 21:41 - Ana: héllo 🌸\n';

describe('decodeBytes', () => {
  it.each([
    ['UTF-8 without a BOM', utf8(CHAT), 'utf-8'],
    ['UTF-8 with a BOM', concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(CHAT)), 'utf-8'],
    ['UTF-16LE with a BOM', concat(new Uint8Array([0xff, 0xfe]), utf16(CHAT, true)), 'utf-16le'],
    ['UTF-16BE with a BOM', concat(new Uint8Array([0xfe, 0xff]), utf16(CHAT, false)), 'utf-16be'],
    ['UTF-16LE without a BOM', utf16(CHAT, true), 'utf-16le'],
    ['UTF-16BE without a BOM', utf16(CHAT, false), 'utf-16be'],
  ])('reads %s', (_, bytes, encoding) => {
    expect(decodeBytes(bytes)).toEqual({ text: CHAT, encoding });
  });

  it('reads the UTF-16LE fixture (Windows line ends) to the same chat as the UTF-8 one', () => {
    const decoded = decodeBytes(bytesOf('whatsapp-android-en-us-utf16le.txt'));
    expect(decoded.encoding).toBe('utf-16le');
    expect(decoded.problem).toBeUndefined();
    expect(parseWhatsApp(decoded.text)).toEqual(parseWhatsApp(fixture('whatsapp-android-en-us.txt')));
  });

  it('replaces invalid UTF-8 with U+FFFD, keeps the rest, and says on which lines', () => {
    const bytes = concat(utf8('line one\nline two '), new Uint8Array([0xc3, 0x28]), utf8('\nline three\nfour '), new Uint8Array([0xff]), utf8('\n'));
    const decoded = decodeBytes(bytes);
    expect(decoded.text).toBe('line one\nline two \uFFFD(\nline three\nfour \uFFFD\n');
    expect(decoded.problem).toMatch(/not valid UTF-8 \(2 lines, the first is line 2\).*replaced with "\uFFFD"/);
  });

  it('reads an empty file as empty UTF-8', () => {
    expect(decodeBytes(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });
});

/** Sets the compression method of one zip entry, in its local and its central header, to one that cannot be inflated. */
function poison(zip: Uint8Array, entry: string): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = utf8(entry);
  const nameAt = (at: number) => name.every((b, i) => out[at + i] === b);
  for (let at = 0; at + 4 < out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50 && nameAt(at + 30)) view.setUint16(at + 8, 99, true);
    if (signature === 0x02014b50 && nameAt(at + 46)) view.setUint16(at + 10, 99, true);
  }
  return out;
}

describe('unzipChat', () => {
  const zip = bytesOf('whatsapp-ios.zip');

  it('recognises a zip', () => {
    expect(isZip(zip)).toBe(true);
    expect(isZip(utf8(CHAT))).toBe(false);
    expect(isZip(new Uint8Array([0x50]))).toBe(false);
  });

  it("picks iOS's _chat.txt, whose text is the chat", () => {
    const chat = unzipChat(zip);
    expect(chat.name).toBe('_chat.txt');
    // Compared as parsed chats, so a checkout that changes the fixture's CRLF line ends changes nothing.
    expect(parseWhatsApp(decodeBytes(chat.bytes).text)).toEqual(parseWhatsApp(fixture('whatsapp-ios-en-gb.txt')));
    expect(decodeBytes(chat.bytes).text).toContain('\r\n');
  });

  it('never inflates the media beside the chat', () => {
    // If the photo were inflated, its unknown compression method would throw.
    expect(unzipChat(poison(zip, '00000012-PHOTO-2023-12-28-19-10-45.jpg')).name).toBe('_chat.txt');
    expect(() => unzipChat(poison(zip, '_chat.txt'))).toThrow(/cannot be read \(.*compression/);
  });

  it('picks an Android chat by its name, or by its content, among other .txt files', () => {
    const chat = utf8(CHAT);
    const notes = utf8('shopping list\nmilk\n');
    expect(unzipChat(zipSync({ 'notes.txt': notes, 'WhatsApp Chat with Ana.txt': chat })).name).toBe('WhatsApp Chat with Ana.txt');
    expect(unzipChat(zipSync({ 'notes.txt': notes, 'export/chat.txt': chat })).name).toBe('export/chat.txt');
    expect(() => unzipChat(zipSync({ 'a.txt': chat, 'b.txt': chat }))).toThrow(/several \.txt files.*a\.txt, b\.txt/);
  });

  it('ignores macOS resource forks', () => {
    expect(unzipChat(zipSync({ '__MACOSX/._chat.txt': utf8('junk'), '_chat.txt': utf8(CHAT) })).name).toBe('_chat.txt');
  });

  it('says so when there is no .txt inside, or the zip is cut short', () => {
    expect(() => unzipChat(zipSync({ 'photo.jpg': new Uint8Array([1, 2, 3]) }))).toThrow(/no \.txt chat file/);
    expect(() => unzipChat(zip.subarray(0, zip.length >> 1))).toThrow(/this zip file cannot be read \(.+\); is it a complete WhatsApp "Export chat" zip\?/);
  });
});

describe('titleFromFileName', () => {
  it.each([
    ['WhatsApp Chat with Ana Souza.txt', 'Ana Souza'],
    ['/downloads/WhatsApp Chat - Family 🎄.zip', 'Family 🎄'],
    ['C:\\Users\\me\\WhatsApp-Chat mit Jonas.txt', 'Jonas'],
    ['Chat de WhatsApp con Lucía.txt', 'Lucía'],
    ['_chat.txt', null],
    ['result.json', null],
  ])('%s -> %s', (name, title) => {
    expect(titleFromFileName(name)).toBe(title);
  });
});

describe('detectFormat', () => {
  it.each([
    ['whatsapp-android-en-us.txt', 'whatsapp'],
    ['whatsapp-android-de.txt', 'whatsapp'],
    ['whatsapp-android-es.txt', 'whatsapp'],
    ['whatsapp-ios-en-gb.txt', 'whatsapp'],
    ['whatsapp-ios-us.txt', 'whatsapp'],
    ['telegram-personal.json', 'telegram'],
    ['telegram-full-export.json', 'telegram'],
  ])('%s -> %s', (name, format) => {
    expect(detectFormat(fixture(name))).toBe(format);
  });

  it('tells JSON Lines conversations, RedFlag samples and one-line Telegram exports apart', () => {
    expect(detectFormat('{"id": "a", "messages": [{"from": "them", "text": "hi"}]}\n{"id": "b", "text": "yo"}')).toBe('jsonl');
    expect(detectFormat('{"schema": "redflag.sample/1", "id": "s1"}\n')).toBe('samples');
    expect(detectFormat('{"name": "Ana", "type": "personal_chat", "id": 1, "messages": []}')).toBe('telegram');
    expect(detectFormat('{"about": "x", "chats": {"list": []}}')).toBe('telegram');
    const contacts = Array.from({ length: 200 }, (_, i) => `  {"first_name": "C${i}"},`).join('\n');
    expect(detectFormat(`{\n "about": "x",\n "contacts": {"list": [\n${contacts}\n ]},\n "chats": {"list": []}\n}`)).toBe('telegram');
  });

  it('finds WhatsApp after some stray lines, and nothing in plain text', () => {
    expect(detectFormat('\uFEFFsaved from my phone\n\n' + CHAT)).toBe('whatsapp');
    expect(detectFormat('Dear Ana,\nsee you at 21:41.\n')).toBeNull();
    expect(detectFormat('\n  \n')).toBeNull();
  });
});

describe('conversationsFor', () => {
  const scam = parseWhatsApp(fixture('whatsapp-android-en-us.txt'));
  const family = parseWhatsApp(fixture('whatsapp-android-de.txt'), { title: 'Familie Hoffmann' });
  const friends = parseWhatsApp(fixture('whatsapp-ios-en-gb.txt'));

  it('makes the other party "them" and me "me", with times', () => {
    const { conversations, problem } = conversationsFor(scam, '  maya LIN ');
    expect(problem).toBeUndefined();
    expect(conversations.map((c) => [c.id, c.other])).toEqual([['chat: +1 415 555 0142', '+1 415 555 0142']]);
    const [first, second] = conversations[0]!.messages;
    expect(first).toEqual({ from: 'them', text: expect.stringMatching(/^Hi Maya, it's Jessica/), time: Date.parse('2023-12-28T19:02:00Z') });
    expect(second).toMatchObject({ from: 'me', text: 'Oh hi! Yes I remember. No problem at all' });
    expect(conversations[0]!.messages).toHaveLength(scam.messages.length);
  });

  it('matches me written in full-width letters, or a phone number without its spaces', () => {
    expect(conversationsFor(scam, 'Ｍａｙａ Ｌｉｎ').conversations.map((c) => c.other)).toEqual(['+1 415 555 0142']);
    expect(conversationsFor(scam, '+14155550142').conversations.map((c) => c.other)).toEqual(['Maya Lin']);
  });

  it('makes one conversation per other member of a group, leaving out the third party\'s messages', () => {
    const { conversations } = conversationsFor(family, 'Lena Hoffmann');
    expect(conversations.map((c) => c.id)).toEqual(['Familie Hoffmann: Mama', 'Familie Hoffmann: Jonas']);
    const withMama = conversations[0]!.messages;
    expect(withMama.map((m) => m.from)).toEqual(['them', 'me', 'them', 'them', 'me', 'me', 'them']);
    expect(withMama.map((m) => m.text).join(' ')).not.toMatch(/Raclette|Käse/);
  });

  it('uses the person the export itself names when no one is given', () => {
    expect(family.me).toBe('Lena Hoffmann');
    expect(conversationsFor(family, null).conversations).toHaveLength(2);
    expect(conversationsFor(family, '').conversations).toHaveLength(2);
  });

  it('asks who you are when neither you nor the export says', () => {
    expect(conversationsFor(friends, null)).toEqual({ conversations: [], problem: 'say who you are with --me NAME; participants: Priya Shah, Tom Baker' });
  });

  it('names the participants when you are not among them', () => {
    expect(conversationsFor(friends, 'Kevin')).toEqual({ conversations: [], problem: '"Kevin" is not among the participants: Priya Shah, Tom Baker' });
  });

  it('says when the export holds no messages', () => {
    const empty: ChatExport = { format: 'whatsapp', title: null, participants: [], messages: [], problems: [] };
    expect(conversationsFor(empty, 'Ana')).toEqual({ conversations: [], problem: 'the export holds no messages' });
  });

  it('gives the engine what it needs: the scripted chats warn, the ordinary ones do not', () => {
    const level = (chat: ChatExport, me: string | null) => conversationsFor(chat, me).conversations.map((c) => scanConversation(c.messages).level);
    expect(level(scam, 'Maya Lin')).toEqual([expect.stringMatching(/^(?:medium|high)$/)]);
    expect(level(parseWhatsApp(fixture('whatsapp-ios-us.txt')), 'Dan Whitfield')).toEqual([expect.stringMatching(/^(?:medium|high)$/)]);
    expect(level(parseTelegram(fixture('telegram-personal.json')), null)).toEqual([expect.stringMatching(/^(?:medium|high)$/)]);
    expect(level(friends, 'Tom Baker')).toEqual(['none']);
    expect(level(family, null)).toEqual(['none', 'none']);
  });
});
