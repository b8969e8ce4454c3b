import type { ChatExport, ExportedMessage, ExportProblem } from './exports.ts';
import { MAX_MESSAGE_CHARS } from './conversation.ts';

/**
 * WhatsApp's "Export chat" text, Android (`31/12/2023, 21:41 - Ana: hi`) and
 * iOS (`[31/12/2023, 21:41:07] Ana: hi`), in the date and time forms of the
 * phone's locale. The text has no time zone: times are wall-clock read as UTC.
 */

const SPACE = '[ \\u00A0\\u202F]';
const DATE = String.raw`(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})\.?`;
// East-Asian locales put the half of the day before the time ("午後9:41").
const HALF_BEFORE = '午前|午後|上午|下午|오전|오후';
const TIME = String.raw`(?:(${HALF_BEFORE})${SPACE}?)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?`;
const HALF_AFTER = String.raw`(am|pm|a\.${SPACE}?m\.|p\.${SPACE}?m\.)`;
// Finnish iOS writes "[12.3.2022 klo 14.08.18]".
const STAMP = `${DATE},?${SPACE}+(?:klo${SPACE})?${TIME}${SPACE}*(?:${HALF_AFTER}${SPACE}*)?`;
const ANDROID = new RegExp(`^${STAMP}[-–]${SPACE}(.*)$`, 'i');
const IOS = new RegExp(`^\\[${STAMP}\\]${SPACE}(.*)$`, 'i');
/** Direction marks iOS writes before lines and attachments, and Android around phone numbers. */
const MARKS = /^[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/;
const MARK_OR_SPACE = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\s]/;
const AFTERNOON = new Set(['pm', 'p.m.', '午後', '下午', '오후']);

interface Stamp {
  /** The first two date fields, whose order (day/month or month/day) is decided per file. */
  a: number;
  b: number;
  year: number;
  /** ISO-like dates (year first) always put the month second. */
  yearFirst: boolean;
  hour: number;
  minute: number;
  second: number;
}

interface Header {
  stamp: Stamp;
  halfDay: boolean;
  rest: string;
}

function readHeader(line: string): Header | null {
  const bare = line.replace(MARKS, '');
  const m = (bare.startsWith('[') ? IOS : ANDROID).exec(bare);
  if (!m) return null;
  const [, a, , b, c, before, hour, minute, second, after, rest] = m;
  const half = (before ?? after)?.toLowerCase().replace(/[\s\u00A0\u202F]/g, '');
  let h = Number(hour);
  if (half !== undefined) {
    if (h < 1 || h > 12) return null;
    h = (h % 12) + (AFTERNOON.has(half) ? 12 : 0);
  }
  const yearFirst = a!.length === 4;
  if (!yearFirst && c!.length === 3) return null;
  const year = Number(yearFirst ? a : c);
  const stamp: Stamp = {
    a: Number(yearFirst ? b : a),
    b: Number(yearFirst ? c : b),
    year: year < 100 ? 2000 + year : year,
    yearFirst,
    hour: h,
    minute: Number(minute),
    second: Number(second ?? 0),
  };
  if (stamp.hour > 23 || stamp.minute > 59 || stamp.second > 59) return null;
  return { stamp, halfDay: half !== undefined, rest: rest! };
}

/** Whether a line opens a WhatsApp message or notice. */
export function isWhatsAppHeader(line: string): boolean {
  return readHeader(line) !== null;
}

export interface WhatsAppParser {
  push(line: string, lineNumber: number): void;
  end(): ChatExport;
}

export interface WhatsAppOptions {
  /** The chat's name, when known from elsewhere (the export's file name). */
  title?: string | null;
}

/**
 * Reads an export one line at a time, holding only the message being read
 * (and the messages read so far), so a 50 MB export can be streamed.
 */
export function createWhatsAppParser(options: WhatsAppOptions = {}): WhatsAppParser {
  const messages: ExportedMessage[] = [];
  const stamps: Stamp[] = [];
  const problems: ExportProblem[] = [];
  const participants = new Set<string>();
  let me: string | null = null;
  let dayFirstVotes = 0;
  let monthFirstVotes = 0;
  let halfDaySeen = false;
  /** Whether any date reads differently day/month and month/day (not year-first, day != month). */
  let orderMatters = false;
  let current: {
    sender: string;
    line: number;
    stamp: Stamp;
    lines: string[];
    chars: number;
    /** The line where the message passed MAX_MESSAGE_CHARS, from which on it is counted, not kept. */
    cutAt: number | null;
    /** A document's name, which Android repeats on the next line. */
    echo: string | null;
  } | null = null;
  /** Undated lines that belong to no message: before the first one, or after a notice. */
  let orphans: { from: number; to: number; afterNotice: boolean } | null = null;
  let seenHeader = false;
  let result: ChatExport | null = null;

  const finishMessage = () => {
    if (!current) return;
    const text = withoutEditedNote(current.lines.join('\n').trimEnd());
    if (current.cutAt !== null) {
      problems.push({
        line: current.line,
        message: `the message is longer than ${MAX_MESSAGE_CHARS.toLocaleString('en')} characters; the rest, from line ${current.cutAt} on, was left out`,
      });
    }
    participants.add(current.sender);
    messages.push({ sender: current.sender, text, time: null, line: current.line });
    stamps.push(current.stamp);
    current = null;
  };

  const finishOrphans = () => {
    if (!orphans) return;
    const { from, to, afterNotice } = orphans;
    const span = from === to ? `line ${from}` : `lines ${from}-${to}`;
    problems.push({
      line: from,
      message: `${span}: no date and time ${afterNotice ? 'after a WhatsApp notice' : 'before the first dated message'}; skipped`,
    });
    orphans = null;
  };

  const orphan = (lineNumber: number) => {
    if (orphans) orphans.to = lineNumber;
    else orphans = { from: lineNumber, to: lineNumber, afterNotice: seenHeader };
  };

  return {
    push(rawLine, lineNumber) {
      if (result) throw new Error('the WhatsApp parser has already ended');
      const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
      const header = readHeader(line);
      if (!header) {
        if (current?.echo != null && current.lines.length === 1 && line.trim().toLowerCase() === current.echo) {
          current.echo = null; // Android repeats a document's name under it; the name is not the sender's words.
        } else if (current) {
          // Beyond the cap further lines are dropped (and reported), so memory stays bounded.
          if (current.cutAt === null && current.chars + line.length + 1 > MAX_MESSAGE_CHARS) current.cutAt = lineNumber;
          if (current.cutAt === null) {
            current.lines.push(line);
            current.chars += line.length + 1;
          }
        } else if (line.trim() !== '') orphan(lineNumber);
        return;
      }
      finishMessage();
      finishOrphans();
      seenHeader = true;
      const { stamp, rest } = header;
      if (!stamp.yearFirst && stamp.a !== stamp.b) {
        orderMatters = true;
        if (stamp.a > 12) dayFirstVotes++;
        if (stamp.b > 12) monthFirstVotes++;
      }
      halfDaySeen ||= header.halfDay;
      // Notices ("Ana added Ben", the encryption notice) have no "Name: " part; a name rarely holds ": ".
      const colon = rest.indexOf(': ');
      if (colon <= 0) return;
      const sender = trimMarks(rest.slice(0, colon));
      const body = rest.slice(colon + 2);
      if (sender === '' || isNotice(sender, body)) return;
      if (isDeletedByMe(body)) me = sender;
      const first = mediaStandIn(body) ?? body;
      const cutAt = first.length > MAX_MESSAGE_CHARS ? lineNumber : null;
      current = { sender, line: lineNumber, stamp, lines: [first.slice(0, MAX_MESSAGE_CHARS)], chars: first.length, cutAt, echo: attachedFileStem(body) };
    },

    end() {
      if (result) return result;
      finishMessage();
      finishOrphans();
      const order = orderMatters ? decideOrder(stamps, dayFirstVotes, monthFirstVotes, halfDaySeen) : { dayFirst: true };
      if (order.problem) problems.push({ line: messages[0]?.line ?? 1, message: order.problem });
      messages.forEach((m, i) => {
        m.time = timeOf(stamps[i]!, order.dayFirst);
        if (m.time === null) problems.push({ line: m.line, message: `the date is not a real date when read ${order.dayFirst ? 'day/month' : 'month/day'}; the message has no time` });
      });
      problems.sort((x, y) => x.line - y.line);
      result = { format: 'whatsapp', title: options.title ?? null, participants: [...participants], messages, problems, me };
      return result;
    },
  };
}

/** A name without the direction marks around it (Android wraps phone numbers in them). */
function trimMarks(name: string): string {
  let start = 0;
  let end = name.length;
  while (start < end && MARK_OR_SPACE.test(name[start]!)) start++;
  while (end > start && MARK_OR_SPACE.test(name[end - 1]!)) end--;
  return name.slice(start, end);
}

export function parseWhatsApp(text: string, options: WhatsAppOptions = {}): ChatExport {
  const parser = createWhatsAppParser(options);
  let lineNumber = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    parser.push(text.slice(start, end), ++lineNumber);
    start = end + 1;
  }
  return parser.end();
}

/**
 * Day/month or month/day, for the whole file: a first field above 12 can only
 * be a day, a second one only a day too. Without such a date, the order that
 * keeps the messages in time order wins; failing that, it is a guess.
 */
function decideOrder(stamps: Stamp[], dayFirstVotes: number, monthFirstVotes: number, halfDay: boolean): { dayFirst: boolean; problem?: string } {
  if (dayFirstVotes > 0 && monthFirstVotes > 0) {
    const dayFirst = dayFirstVotes >= monthFirstVotes;
    return {
      dayFirst,
      problem: `the dates disagree on the order of day and month (${dayFirstVotes} can only be day/month, ${monthFirstVotes} only month/day); read as ${dayFirst ? 'day/month' : 'month/day'}`,
    };
  }
  if (dayFirstVotes > 0 || monthFirstVotes > 0) return { dayFirst: dayFirstVotes > 0 };
  const backwardsDayFirst = backwardSteps(stamps, true);
  const backwardsMonthFirst = backwardSteps(stamps, false);
  if (backwardsDayFirst !== backwardsMonthFirst) return { dayFirst: backwardsDayFirst < backwardsMonthFirst };
  // A 12-hour clock is mostly the US's, which writes the month first.
  const dayFirst = !halfDay;
  return {
    dayFirst,
    problem: `no date shows whether it is day/month or month/day; assumed ${dayFirst ? 'day/month' : 'month/day (the times use AM/PM)'}`,
  };
}

function backwardSteps(stamps: Stamp[], dayFirst: boolean): number {
  let steps = 0;
  let previous = -Infinity;
  for (const stamp of stamps) {
    const time = timeOf(stamp, dayFirst);
    if (time === null) steps++;
    else {
      if (time < previous) steps++;
      previous = time;
    }
  }
  return steps;
}

function timeOf(s: Stamp, dayFirst: boolean): number | null {
  const [day, month] = s.yearFirst || !dayFirst ? [s.b, s.a] : [s.a, s.b];
  const time = Date.UTC(s.year, month - 1, day, s.hour, s.minute, s.second);
  // Date.UTC rolls 31/02 over into March; a real date survives the round trip.
  const back = new Date(time);
  return month >= 1 && month <= 12 && back.getUTCDate() === day && back.getUTCMonth() === month - 1 ? time : null;
}

// ---- What a message's text says about itself: notices, media, deletions ----

/**
 * The encryption notice, which iOS files under the other person's (or the
 * group's) name, with or without a direction mark. Only a message of about
 * the notice's length is taken for it.
 */
const ENCRYPTION_NOTICE =
  /^(?:Messages and calls are end-to-end encrypted|Messages to this (?:group|chat)(?: and calls)? are now secured with end-to-end encryption|Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt|Los mensajes y las llamadas están cifrados de extremo a extremo|Les messages et les appels sont chiffrés de bout en bout)/i;
/**
 * Other notices ("Ana added Ben", "Missed voice call", a changed security
 * code), which iOS writes as if sent by someone, with a direction mark first.
 * Only marked text is taken for one, so a message that merely says "she left"
 * or "your security code with the bank changed" stays a message.
 */
const MARKED_NOTICES =
  /(?:^|\s)(?:added|removed|left|joined|created|changed|hinzugefügt|entfernt|verlassen|beigetreten|erstellt|geändert|añadió|eliminó|salió|se unió|creó|cambió)(?=[\s.,!:]|$)|^(?:Missed (?:voice|video) call|Verpasster (?:Sprach|Video)anruf|Llamada perdida)/i;
const MAX_NOTICE_CHARS = 240;
/** Notices that hold a quoted name which may contain ": " ("Ana changed the subject to "Re: dinner""). */
const NAME_CHANGE = /\b(?:changed (?:the (?:subject|group name|group description)|this group's)|hat den (?:Betreff|Gruppennamen)|cambió (?:el asunto|el nombre))/;

function isNotice(sender: string, body: string): boolean {
  if (NAME_CHANGE.test(sender)) return true;
  const bare = body.replace(MARKS, '');
  if (bare.length > MAX_NOTICE_CHARS) return false;
  if (ENCRYPTION_NOTICE.test(bare)) return true;
  return bare !== body && mediaStandIn(body) === null && MARKED_NOTICES.test(bare);
}

const PLACEHOLDERS = new Map<string, string>([
  ...['<media omitted>', '<medien ausgelassen>', '<multimedia omitido>', '<médias omis>', '<mídia oculta>', '<省略影音内容>'].map((k) => [k, '[media]'] as const),
  ...['image omitted', 'photo omitted', 'bild weggelassen', 'imagen omitida'].map((k) => [k, '[photo]'] as const),
  ...['video omitted', 'video weggelassen', 'video omitido', 'vídeo omitido'].map((k) => [k, '[video]'] as const),
  ...['audio omitted', 'audio weggelassen', 'audio omitido'].map((k) => [k, '[audio]'] as const),
  ...['sticker omitted', 'sticker weggelassen', 'sticker omitido'].map((k) => [k, '[sticker]'] as const),
  ...['gif omitted', 'gif weggelassen', 'gif omitido'].map((k) => [k, '[gif]'] as const),
  ...['contact card omitted', 'kontaktkarte weggelassen', 'tarjeta de contacto omitida'].map((k) => [k, '[contact]'] as const),
  ...['this message was deleted', 'diese nachricht wurde gelöscht', 'se eliminó este mensaje', 'este mensaje fue eliminado'].map((k) => [k, '[deleted]'] as const),
]);
const DELETED_BY_ME = new Set(['you deleted this message', 'du hast diese nachricht gelöscht', 'eliminaste este mensaje']);
/** iOS names the document before the placeholder ("Plan.pdf • 2 pages document omitted"); the name is left out. */
const DOCUMENT = /(?:^|\s)(?:document omitted|dokument weggelassen|documento omitido)$/;
// iOS puts a document's name and page count first: "Plan • 2 pages <attached: 00000003-Plan.pdf>".
const ATTACHED = /(?:^|\s)<(?:attached|anhang|adjunto|pièce jointe|anexo) ?: ?([^<>]+)>$/;
const FILE_ATTACHED = /^(\S.*?) \((?:file attached|datei angehängt|archivo adjunto|fichier joint|arquivo anexado)\)$/;

function placeholderKey(body: string): string {
  return body.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').trim().toLowerCase().replace(/\.$/, '');
}

/** A short stand-in for a media or deleted message ("[photo]"), never the file's name; null for ordinary text. */
function mediaStandIn(body: string): string | null {
  const key = placeholderKey(body);
  const fileName = ATTACHED.exec(key)?.[1] ?? FILE_ATTACHED.exec(key)?.[1];
  if (fileName !== undefined) return kindOfFile(fileName);
  if (DELETED_BY_ME.has(key)) return '[deleted]';
  return PLACEHOLDERS.get(key) ?? (DOCUMENT.test(key) ? '[document]' : null);
}

function attachedFileStem(body: string): string | null {
  return FILE_ATTACHED.exec(placeholderKey(body))?.[1]?.replace(/\.[^.]*$/, '') ?? null;
}

function isDeletedByMe(body: string): boolean {
  return DELETED_BY_ME.has(placeholderKey(body));
}

/** From WhatsApp's own file names (00000012-PHOTO-..., IMG-2023...-WA0001, PTT-...) or the extension. */
function kindOfFile(name: string): string {
  if (/-sticker-|^stk-|\.was$/.test(name)) return '[sticker]';
  if (/-gif-/.test(name)) return '[gif]';
  if (/-video-|^vid-|\.(?:mp4|mov|3gp|mkv|webm)$/.test(name)) return '[video]';
  if (/-audio-|^aud-|^ptt-|\.(?:opus|m4a|mp3|aac|ogg|wav)$/.test(name)) return '[audio]';
  if (/-photo-|^img-|\.(?:jpe?g|png|heic|webp|gif)$/.test(name)) return '[photo]';
  if (/-contact-|\.vcf$/.test(name)) return '[contact]';
  return '[document]';
}

/** Newer exports mark edited messages at the end; the mark is WhatsApp's, not the sender's words. */
function withoutEditedNote(text: string): string {
  return text.replace(/ ?<(?:This message was edited|Diese Nachricht wurde bearbeitet|Se editó este mensaje\.?)>$/, '');
}
