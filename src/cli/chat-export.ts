import { createInterface } from 'node:readline/promises';
import { Readable } from 'node:stream';
import { basename } from 'node:path';
import { type ChatExport, conversationsFor, decodeBytes, detectFormat, type ExportFormat, isZip, titleFromFileName, unzipChat } from '../format/exports.ts';
import { parseTelegramAll } from '../format/telegram.ts';
import { parseWhatsApp } from '../format/whatsapp.ts';
import { visible } from './escape.ts';
import { InputError } from './io.ts';

/** A chat export is read whole (a zip or a JSON document cannot be streamed line by line); beyond this it is refused. */
export const MAX_EXPORT_BYTES = 256 * 1024 * 1024;
/** Enough of the input to tell its format. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Reads the start of a stream to tell its format, and gives back a stream that
 * still holds every byte. JSON Lines and sample files stay streamed; exports are then read whole.
 */
export async function sniff(input: Readable, given: ExportFormat | null): Promise<{ format: ExportFormat; stream: Readable }> {
  if (given) return { format: given, stream: input };
  // Reads only until the format is clear: a live stream (a pipe) must not wait for more input than one line.
  const { head, ended } = await readUntil(input, (bytes) => bytes.length >= SNIFF_BYTES || formatOf(bytes, false) !== null);
  // Empty input is an empty JSON Lines file: nothing to scan, no error.
  const format = head.toString('latin1').trim() === '' ? 'jsonl' : formatOf(head, ended || head.length >= SNIFF_BYTES);
  if (!format) throw new InputError('the format could not be told from the start of the input; say it with --format jsonl|whatsapp|telegram|samples');
  // The bytes read go back in front: the scan reads the same stream, which a reader that stops early (| head) can close.
  if (ended) return { format, stream: Readable.from(head.length > 0 ? [head] : []) };
  if (head.length > 0) input.unshift(head);
  return { format, stream: input };
}

/** Reads chunks until `enough` says so or the stream ends, then pauses it. */
function readUntil(input: Readable, enough: (head: Buffer) => boolean): Promise<{ head: Buffer; ended: boolean }> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    const finish = (ended: boolean): void => {
      input.off('data', onData).off('end', onEnd).off('error', onError);
      input.pause();
      resolve({ head: Buffer.concat(parts), ended });
    };
    const onData = (chunk: Buffer): void => {
      parts.push(chunk);
      if (enough(Buffer.concat(parts))) finish(false);
    };
    const onEnd = (): void => finish(true);
    const onError = (e: Error): void => {
      input.off('data', onData).off('end', onEnd).off('error', onError);
      reject(new InputError(e));
    };
    input.on('data', onData).on('end', onEnd).on('error', onError);
  });
}

/**
 * The format of the bytes read so far, judged on complete lines only (null: read
 * more). At the end of what will be read (`final`), an unfinished first line is a
 * long JSON line: Telegram's one-line result.json has keys no conversation line has.
 */
function formatOf(head: Buffer, final: boolean): ExportFormat | null {
  if (isZip(head)) return 'whatsapp';
  const text = decodeBytes(head).text;
  const lastNewline = text.lastIndexOf('\n');
  if (lastNewline !== -1) {
    const found = detectFormat(text.slice(0, lastNewline));
    if (found || !final) return found;
  }
  if (!final) return null;
  if (/^[\uFEFF\s]*\{/.test(text)) return /"(?:date_unixtime|from_id)"\s*:/.test(text) ? 'telegram' : 'jsonl';
  return detectFormat(text);
}

/** The chats of a WhatsApp (.txt or .zip) or Telegram Desktop (result.json) export. */
export async function readChatExport(stream: Readable, format: 'whatsapp' | 'telegram', fileName: string | null): Promise<{ chats: ChatExport[]; warnings: string[] }> {
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > MAX_EXPORT_BYTES) throw new InputError(`the export is larger than ${MAX_EXPORT_BYTES / (1024 * 1024)} MB; split it (a WhatsApp .txt can be cut at any line that starts a message)`);
      parts.push(chunk);
    }
  } catch (e) {
    throw e instanceof InputError ? e : new InputError(e);
  }
  let bytes: Uint8Array = Buffer.concat(parts);
  const warnings: string[] = [];
  // A WhatsApp export names the chat only in its file name ("WhatsApp Chat with Ana.txt"); otherwise the file names the conversations.
  let title = fileName === null ? null : (titleFromFileName(fileName) ?? basename(fileName).replace(/\.(?:txt|zip)$/i, ''));
  if (isZip(bytes)) {
    if (format !== 'whatsapp') throw new InputError('a zip file is read only as a WhatsApp export (--format whatsapp)');
    try {
      const inner = unzipChat(bytes);
      bytes = inner.bytes;
      title = titleFromFileName(inner.name) ?? title;
    } catch (e) {
      throw new InputError((e as Error).message);
    }
  }
  const decoded = decodeBytes(bytes);
  if (decoded.problem) warnings.push(decoded.problem);
  try {
    const chats = format === 'whatsapp' ? [parseWhatsApp(decoded.text, { title })] : parseTelegramAll(decoded.text);
    for (const chat of chats) for (const p of chat.problems) warnings.push(`${chat.title ? `${chat.title}: ` : ''}line ${p.line}: ${p.message}`);
    return { chats, warnings };
  } catch (e) {
    throw new InputError((e as Error).message);
  }
}

export interface ExportConversation {
  id: string;
  other: string;
  messages: ReturnType<typeof conversationsFor>['conversations'][number]['messages'];
}

/**
 * The conversations to score: one per other party. Without `--me` a two-person
 * chat cannot say which side is the user, so an interactive terminal is asked;
 * otherwise the participants are listed and the command stops (exit code 2).
 */
export async function pickConversations(chats: readonly ChatExport[], me: string | null, ask: boolean): Promise<ExportConversation[] | string> {
  const out: ExportConversation[] = [];
  for (const chat of chats) {
    let picked = conversationsFor(chat, me);
    if (picked.problem && me === null && ask && chat.participants.length > 0) {
      const answer = await askWhoIsMe(chat);
      if (answer) picked = conversationsFor(chat, answer);
    }
    if (picked.problem) return `${chat.title ? `${chat.title}: ` : ''}${picked.problem}`;
    out.push(...picked.conversations);
  }
  return out;
}

async function askWhoIsMe(chat: ChatExport): Promise<string | null> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    process.stderr.write(`${visible(`Who are you in ${chat.title ?? 'this chat'}?`)}\n`);
    chat.participants.forEach((p, i) => process.stderr.write(`${visible(`  ${i + 1}. ${p}`)}\n`));
    const answer = (await rl.question('Number or name (Enter to stop): ')).trim();
    if (!answer) return null;
    const n = Number(answer);
    return Number.isInteger(n) && n >= 1 && n <= chat.participants.length ? chat.participants[n - 1]! : answer;
  } finally {
    rl.close();
  }
}
