/**
 * What WhatsApp itself writes into an exported chat, in the languages seen so
 * far: the half of the day in time stamps, the direction marks and spaces
 * around names and stamps, system notices ("Ana added Ben", the encryption
 * notice, missed calls), and the stand-ins for media, deleted and edited
 * messages. This is data that grows with every new locale, kept apart from
 * the line parser (whatsapp.ts) so that a new language's words rarely touch
 * the parser.
 */

// ---- Time stamps and names ----

/** Spaces in stamps: plain, no-break or narrow no-break, as the phone's locale writes them. */
export const SPACE = '[ \\u00A0\\u202F]';
// East-Asian locales put the half of the day before the time ("午後9:41").
export const HALF_BEFORE = '午前|午後|上午|下午|오전|오후';
export const HALF_AFTER = String.raw`(am|pm|a\.${SPACE}?m\.|p\.${SPACE}?m\.)`;
/** The halves of the day that add twelve hours. */
export const AFTERNOON = new Set(['pm', 'p.m.', '午後', '下午', '오후']);
/** Direction marks iOS writes before lines and attachments, and Android around phone numbers. */
export const MARKS = /^[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/;
export const MARK_OR_SPACE = /[\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\s]/;

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

/** Whether a "Name: text" line is one of WhatsApp's notices rather than a message. */
export function isNotice(sender: string, body: string): boolean {
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
export function mediaStandIn(body: string): string | null {
  const key = placeholderKey(body);
  const fileName = ATTACHED.exec(key)?.[1] ?? FILE_ATTACHED.exec(key)?.[1];
  if (fileName !== undefined) return kindOfFile(fileName);
  if (DELETED_BY_ME.has(key)) return '[deleted]';
  return PLACEHOLDERS.get(key) ?? (DOCUMENT.test(key) ? '[document]' : null);
}

export function attachedFileStem(body: string): string | null {
  return FILE_ATTACHED.exec(placeholderKey(body))?.[1]?.replace(/\.[^.]*$/, '') ?? null;
}

export function isDeletedByMe(body: string): boolean {
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
export function withoutEditedNote(text: string): string {
  return text.replace(/ ?<(?:This message was edited|Diese Nachricht wurde bearbeitet|Se editó este mensaje\.?)>$/, '');
}
