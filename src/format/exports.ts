import { unzipSync } from 'fflate';
import type { Message } from '../engine/types.ts';
import { isWhatsAppHeader } from './whatsapp.ts';

/**
 * Chat exports as people actually hold them (a WhatsApp "Export chat" file or
 * zip, a Telegram Desktop result.json), read into one shape. Pure: no Node
 * APIs, so the same code runs in the CLI and in a browser page.
 */
export type ExportFormat = 'jsonl' | 'whatsapp' | 'telegram' | 'samples';

export interface ExportedMessage {
  sender: string;
  text: string;
  /** Milliseconds since the epoch; WhatsApp's local wall-clock time read as UTC (the export names no zone). */
  time: number | null;
  /** 1-based source line (WhatsApp) or message index (Telegram). */
  line: number;
}

/** A line that was skipped or read with a guess; nothing is dropped without one. */
export interface ExportProblem {
  line: number;
  message: string;
}

export interface ChatExport {
  format: 'whatsapp' | 'telegram';
  title: string | null;
  /** Senders in order of their first message. */
  participants: string[];
  messages: ExportedMessage[];
  problems: ExportProblem[];
  /** The person who made the export, when the export itself shows it ("You deleted this message", Telegram's own account). */
  me?: string | null;
}

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  problem?: string;
}

export function decodeBytes(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return decode(bytes.subarray(3), 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return decode(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decode(bytes.subarray(2), 'utf-16be');
  return decode(bytes, sniffUtf16(bytes) ?? 'utf-8');
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 saved without a BOM: chat exports are full of ASCII (dates, digits,
 * punctuation), whose UTF-16 form has a NUL in every other byte.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const pairs = Math.min(bytes.length, 4096) >> 1;
  if (pairs === 0) return null;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  if (oddNuls >= pairs * 0.3 && evenNuls <= pairs * 0.05) return 'utf-16le';
  if (evenNuls >= pairs * 0.3 && oddNuls <= pairs * 0.05) return 'utf-16be';
  return null;
}

function decode(bytes: Uint8Array, encoding: DecodedText['encoding']): DecodedText {
  try {
    return { text: new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes), encoding };
  } catch {
    const text = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
    const where = encoding === 'utf-8' ? badUtf8Lines(bytes) : '';
    return {
      text,
      encoding,
      problem:
        `the file is not valid ${encoding.toUpperCase()}${where}; the unreadable bytes were replaced with "\uFFFD". ` +
        'If it was saved in another encoding (such as Windows-1252), save it again as UTF-8.',
    };
  }
}

/** " (N lines, the first is line L)": newline bytes never occur inside a UTF-8 sequence, so lines can be checked alone. */
function badUtf8Lines(bytes: Uint8Array): string {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let bad = 0;
  let first = 0;
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    let end = bytes.indexOf(10, start);
    if (end === -1) end = bytes.length;
    try {
      strict.decode(bytes.subarray(start, end));
    } catch {
      bad++;
      first ||= line;
    }
    start = end + 1;
  }
  return ` (${bad} line${bad === 1 ? '' : 's'}, the first is line ${first})`;
}

export function isZip(bytes: Uint8Array): boolean {
  // A local file header, or the end record of an empty archive.
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** A chat text larger than this is refused before inflating it: a zip can claim any size. */
export const MAX_CHAT_BYTES = 256 * 1024 * 1024;

/**
 * The chat text inside a WhatsApp zipped export ("_chat.txt" on iOS, "WhatsApp
 * Chat with X.txt" on Android). Only .txt entries are inflated; photos and
 * videos, often most of the zip, are never decompressed.
 */
export function unzipChat(bytes: Uint8Array): { name: string; bytes: Uint8Array } {
  const tooBig: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (file) => {
        const base = baseName(file.name);
        // Skip macOS resource forks ("__MACOSX/._chat.txt") that ride along when a zip is remade on a Mac.
        if (!base.toLowerCase().endsWith('.txt') || base.startsWith('._') || file.name.startsWith('__MACOSX/')) return false;
        if (file.originalSize > MAX_CHAT_BYTES) tooBig.push(file.name);
        return file.originalSize <= MAX_CHAT_BYTES;
      },
    });
  } catch (e) {
    throw new Error(`this zip file cannot be read (${(e as Error).message}); is it a complete WhatsApp "Export chat" zip?`);
  }
  const names = Object.keys(files);
  if (names.length === 0) {
    throw new Error(
      tooBig.length > 0
        ? `the chat text in this zip is larger than ${MAX_CHAT_BYTES / 1024 / 1024} MB (${tooBig.join(', ')}); unzip it and pass the .txt file`
        : 'this zip holds no .txt chat file; WhatsApp\'s "Export chat" puts one beside the media',
    );
  }
  const name = pickChat(names, files);
  return { name, bytes: files[name]! };
}

function pickChat(names: string[], files: Record<string, Uint8Array>): string {
  if (names.length === 1) return names[0]!;
  // A document shared in the chat can be a .txt too: prefer WhatsApp's own name, then content that reads as a chat.
  const byName = names.filter((n) => baseName(n) === '_chat.txt' || /whatsapp/i.test(baseName(n)));
  if (byName.length === 1) return byName[0]!;
  const byContent = names.filter((n) => detectFormat(decodeBytes(files[n]!.subarray(0, 64 * 1024)).text) === 'whatsapp');
  if (byContent.length === 1) return byContent[0]!;
  throw new Error(`this zip holds several .txt files and it is unclear which is the chat: ${names.join(', ')}; unzip it and pass the chat file`);
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/**
 * The chat's name from an export's file name ("WhatsApp Chat with Ana.txt",
 * "WhatsApp Chat - Ana.zip"), or null when the name says nothing ("_chat.txt").
 */
export function titleFromFileName(fileName: string): string | null {
  const stem = baseName(fileName.replaceAll('\\', '/')).replace(/\.(?:txt|zip)$/i, '');
  const title = /^(?:WhatsApp[- ]Chat (?:with|mit|-)|Chat de WhatsApp con|Conversa do WhatsApp com|Discussion WhatsApp avec) (.+)$/i.exec(stem)?.[1];
  return title?.trim() || null;
}

const SAMPLE_SCHEMA = 'redflag.sample/1';

/** Which reader fits a text, judged from its first non-empty lines; null when none does. */
export function detectFormat(text: string): ExportFormat | null {
  const lines = headLines(text, 50);
  const first = lines[0];
  if (first === undefined) return null;
  if (first.startsWith('{')) {
    const objects = lines.slice(0, 5).map(parseObject);
    const one = objects[0];
    if (one && looksLikeTelegram(one)) return 'telegram';
    if (objects.some((o) => o?.schema === SAMPLE_SCHEMA)) return 'samples';
    // Telegram Desktop pretty-prints result.json: a lone "{" opens it, which no JSON Lines file does
    // (a full export's "chats" can come thousands of lines in, after the contacts).
    if (one === null && (first === '{' || /"(?:messages"\s*:\s*\[|chats"\s*:\s*\{)/.test(lines.join('\n')))) return 'telegram';
    return 'jsonl';
  }
  return lines.some(isWhatsAppHeader) ? 'whatsapp' : null;
}

function headLines(text: string, max: number): string[] {
  const lines: string[] = [];
  for (let start = 0; start < text.length && lines.length < max; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, Math.min(end, start + 100_000)).replace(/^[\uFEFF\u200E]+/, '').trim();
    if (line !== '') lines.push(line);
    start = end + 1;
  }
  return lines;
}

function parseObject(line: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(line);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** A one-line result.json; a RedFlag conversation line also has "messages", but no chat "type" and no "chats". */
function looksLikeTelegram(o: Record<string, unknown>): boolean {
  return (typeof o.chats === 'object' && o.chats !== null) || (Array.isArray(o.messages) && typeof o.type === 'string');
}

export interface ExportConversation {
  id: string;
  other: string;
  messages: Message[];
}

/**
 * One conversation per other participant, as the engine reads them: that
 * participant is "them", `me` is "me". In a group, the other participants'
 * messages are left out of each party's conversation, because the engine
 * judges what one stranger says to you; your own messages stay in every one.
 */
export function conversationsFor(chat: ChatExport, me: string | null): { conversations: ExportConversation[]; problem?: string } {
  const listed = chat.participants.join(', ');
  if (chat.participants.length === 0) return { conversations: [], problem: 'the export holds no messages' };
  const self = me?.trim() || chat.me;
  if (!self) return { conversations: [], problem: `say who you are with --me NAME; participants: ${listed}` };
  const mine = new Set(chat.participants.filter((p) => sameName(p, self)));
  if (mine.size === 0) return { conversations: [], problem: `"${self}" is not among the participants: ${listed}` };
  const conversations = chat.participants
    .filter((p) => !mine.has(p))
    .map((other) => {
      const messages: Message[] = [];
      for (const m of chat.messages) {
        const from = m.sender === other ? 'them' : mine.has(m.sender) ? 'me' : null;
        if (from === null) continue;
        messages.push(m.time === null ? { from, text: m.text } : { from, text: m.text, time: m.time });
      }
      return { id: `${chat.title ?? 'chat'}: ${other}`, other, messages };
    });
  return { conversations };
}

/** Names as a person would type them: any case, stray spaces, full-width or styled letters, or a phone number's digits alone. */
function sameName(a: string, b: string): boolean {
  const key = (s: string) => s.normalize('NFKC').replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
  if (key(a) === key(b)) return true;
  const phone = (s: string) => (/^[+\d\s().-]+$/.test(key(s)) ? key(s).replace(/\D/g, '') : '');
  return phone(a).length >= 7 && phone(a) === phone(b);
}
