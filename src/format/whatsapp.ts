import type { ChatExport, ExportedMessage, ExportProblem } from './exports.ts';
import { MAX_MESSAGE_CHARS } from './conversation.ts';
import { AFTERNOON, HALF_AFTER, HALF_BEFORE, MARKS, MARK_OR_SPACE, SPACE, attachedFileStem, isDeletedByMe, isNotice, mediaStandIn, withoutEditedNote } from './whatsapp-text.ts';

/**
 * WhatsApp's "Export chat" text, Android (`31/12/2023, 21:41 - Ana: hi`) and
 * iOS (`[31/12/2023, 21:41:07] Ana: hi`), in the date and time forms of the
 * phone's locale. The text has no time zone: times are wall-clock read as UTC.
 * What WhatsApp writes into the text itself (notices, media stand-ins, AM/PM
 * words) is in whatsapp-text.ts.
 */

const DATE = String.raw`(\d{1,4})([./-])(\d{1,2})\2(\d{2,4})\.?`;
const TIME = String.raw`(?:(${HALF_BEFORE})${SPACE}?)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?`;
// Finnish iOS writes "[12.3.2022 klo 14.08.18]".
const STAMP = `${DATE},?${SPACE}+(?:klo${SPACE})?${TIME}${SPACE}*(?:${HALF_AFTER}${SPACE}*)?`;
const ANDROID = new RegExp(`^${STAMP}[-–]${SPACE}(.*)$`, 'i');
const IOS = new RegExp(`^\\[${STAMP}\\]${SPACE}(.*)$`, 'i');

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
