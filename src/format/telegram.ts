import type { ChatExport, ExportedMessage, ExportProblem } from './exports.ts';

/**
 * Telegram Desktop's JSON export: one chat's result.json
 * (`{"name", "type", "id", "messages": [...]}`) or a whole account's
 * (`{"personal_information", "chats": {"list": [...]}, "left_chats": {...}}`).
 */

type Json = Record<string, unknown>;

const NOT_TELEGRAM = 'is this a Telegram Desktop export (result.json)?';

/** Every chat in the export, in the order the file lists them. */
export function parseTelegramAll(text: string): ChatExport[] {
  let root: unknown;
  try {
    root = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message}); ${NOT_TELEGRAM}`);
  }
  if (!isObject(root)) throw new Error(`the JSON is not an object; ${NOT_TELEGRAM}`);
  const selfId = ownUserId(root);
  if (Array.isArray(root.messages)) return [parseChat(root, selfId)];
  const lists = [root.chats, root.left_chats].filter(isObject).map((c) => c.list);
  if (lists.length === 0 || !lists.every(Array.isArray)) throw new Error(`no "messages" list and no "chats" list in the JSON; ${NOT_TELEGRAM}`);
  return (lists as unknown[][]).flat().map((chat, i) => (isObject(chat) ? parseChat(chat, selfId) : notAChat(i)));
}

/** The one chat in a single-chat export (or a full export that holds only one). */
export function parseTelegram(text: string): ChatExport {
  const chats = parseTelegramAll(text);
  if (chats.length === 1) return chats[0]!;
  throw new Error(chats.length === 0 ? 'the Telegram export holds no chats' : `this Telegram export holds ${chats.length} chats, not one; read them all`);
}

function notAChat(index: number): ChatExport {
  return { format: 'telegram', title: null, participants: [], messages: [], problems: [{ line: index + 1, message: `chat ${index + 1} of the list is not an object; skipped` }] };
}

/** A full export names its owner; their messages carry "from_id": "user<id>". */
function ownUserId(root: Json): string | null {
  const info = root.personal_information;
  const id = isObject(info) ? info.user_id : undefined;
  return typeof id === 'number' || typeof id === 'string' ? `user${id}` : null;
}

function parseChat(chat: Json, selfId: string | null): ChatExport {
  const title = typeof chat.name === 'string' ? chat.name : null;
  const problems: ExportProblem[] = [];
  const messages: ExportedMessage[] = [];
  const names = new SenderNames(problems);
  if (!Array.isArray(chat.messages)) {
    problems.push({ line: 0, message: `chat ${JSON.stringify(title ?? chat.id ?? '?')} has no "messages" list; skipped` });
  }
  const list: unknown[] = Array.isArray(chat.messages) ? chat.messages : [];
  let me: string | null = null;
  list.forEach((raw, i) => {
    const line = i + 1;
    const problem = (message: string) => problems.push({ line, message: `message ${line}${isObject(raw) && raw.id !== undefined ? ` (id ${String(raw.id)})` : ''}: ${message}` });
    if (!isObject(raw)) return problem('not an object; skipped');
    if (raw.type === 'service') return; // "Ana joined", pinned messages, calls: not anyone's words.
    if (raw.type !== 'message') problem(`unknown type ${JSON.stringify(raw.type)}; read as a message`);
    const sender = names.of(raw, problem);
    if (selfId !== null && raw.from_id === selfId) me = sender;
    const text = textOf(raw, problem);
    const media = mediaStandIn(raw);
    messages.push({ sender, text: media === null ? text : text === '' ? media : `${media} ${text}`, time: timeOf(raw, problem), line });
  });
  const participants = names.inOrder();
  // In a personal chat the chat is named after the other person, so whoever else speaks is the one who exported it.
  if (me === null && chat.type === 'personal_chat' && title !== null && participants.length === 2 && participants.includes(title)) {
    me = participants.find((p) => p !== title) ?? null;
  }
  return { format: 'telegram', title, participants, messages, problems, me };
}

/**
 * Display names, kept apart by account: anyone can take the name of someone
 * else in the chat (the person exporting included), and their messages must
 * not be read as that person's.
 */
class SenderNames {
  private readonly byAccount = new Map<string, string>();
  private readonly accountOf = new Map<string, string>();
  private readonly order: string[] = [];

  constructor(private readonly problems: ExportProblem[]) {}

  of(raw: Json, problem: (message: string) => void): string {
    let name: string;
    if (raw.from === null) name = 'Deleted account';
    else if (typeof raw.from === 'string' && raw.from.trim() !== '') name = raw.from.trim();
    else {
      name = typeof raw.from_id === 'string' ? raw.from_id : 'Unknown sender';
      problem(`no sender name ("from"); read as "${name}"`);
    }
    const account = typeof raw.from_id === 'string' ? raw.from_id : `name:${name}`;
    const known = this.byAccount.get(account);
    if (known !== undefined) return known;
    if (this.accountOf.has(name) && raw.from !== null) {
      const original = name;
      name = `${name} (${account})`;
      problem(`a second account (${account}) uses the name "${original}"; called "${name}" here`);
    }
    this.byAccount.set(account, name);
    if (!this.accountOf.has(name)) {
      this.accountOf.set(name, account);
      this.order.push(name);
    }
    return name;
  }

  inOrder(): string[] {
    return [...this.order];
  }
}

/** "text" is a string, or an array of strings and entities ({"type": "link", "text": "..."}) read in order. */
function textOf(raw: Json, problem: (message: string) => void): string {
  const joined = joinText(raw.text);
  if (joined !== null) return joined;
  const fromEntities = joinText(raw.text_entities);
  problem(
    raw.text === undefined
      ? `no "text"${fromEntities === null ? '; read as empty' : '; read from "text_entities"'}`
      : `"text" is neither a string nor a list of text pieces${fromEntities === null ? '; read as empty' : '; read from "text_entities"'}`,
  );
  return fromEntities ?? '';
}

function joinText(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (!Array.isArray(value)) return null;
  let text = '';
  for (const piece of value) {
    if (typeof piece === 'string') text += piece;
    else if (isObject(piece) && typeof piece.text === 'string') text += piece.text;
    else return null;
  }
  return text;
}

const MEDIA_TYPES: Record<string, string> = {
  sticker: '[sticker]',
  voice_message: '[voice]',
  video_message: '[video]',
  video_file: '[video]',
  animation: '[gif]',
  audio_file: '[audio]',
};

/** A short stand-in for what the message carries besides text ("[photo]"); the file's path is never kept. */
function mediaStandIn(raw: Json): string | null {
  if (raw.photo !== undefined) return '[photo]';
  if (typeof raw.media_type === 'string') return MEDIA_TYPES[raw.media_type] ?? '[media]';
  if (raw.file !== undefined) return '[file]';
  if (raw.location_information !== undefined) return '[location]';
  if (raw.contact_information !== undefined) return '[contact]';
  if (raw.poll !== undefined) return '[poll]';
  return null;
}

/** date_unixtime is the true instant; "date" (local time, no zone) is read as UTC when it is missing. */
function timeOf(raw: Json, problem: (message: string) => void): number | null {
  const unix = raw.date_unixtime;
  if ((typeof unix === 'string' && /^\d{1,12}$/.test(unix)) || (typeof unix === 'number' && Number.isInteger(unix))) return Number(unix) * 1000;
  const date = raw.date;
  if (typeof date === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?$/.test(date)) {
    const time = Date.parse(`${date}Z`);
    if (Number.isFinite(time)) return time;
  }
  problem(`no readable date ("date_unixtime" or "date"); the message has no time`);
  return null;
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
