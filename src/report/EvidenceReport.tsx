import { type ComponentChildren, Fragment } from 'preact';
import type { Level } from '../engine/types.ts';
import type { WalletNetwork } from '../engine/wallets.ts';
import {
  type ContactFound,
  type DomainFound,
  EXCERPT_MAX,
  type EvidenceReport as EvidenceReportData,
  type Excerpt,
  type Finding,
  type PlatformJudgement,
} from './evidence.ts';
import { STAGE_LABELS } from './stages.ts';

export interface EvidenceReportProps {
  report: EvidenceReportData;
  /** Shows a "Print or save as PDF" button (the extension page); without it, the text explains Ctrl+P. */
  onPrint?: () => void;
}

/** Section titles, in order: the document's outline. */
export const SECTION_TITLES = [
  'What this is',
  'Timeline',
  'What RedFlag found',
  'Platforms and addresses',
  'The conversation excerpt',
  'Integrity',
  'Where to report',
] as const;

const LEVEL_WORDS: Record<Level, string> = {
  none: 'No warning',
  low: 'Low',
  medium: 'Medium: signs of an investment scam',
  high: 'High: follows a known investment-scam script',
};

const JUDGEMENT_WORDS: Record<PlatformJudgement, string> = {
  reported: 'Reported by victims as a fake trading platform',
  lookalike: 'Imitates a real exchange, broker or wallet',
  suspicious: 'Built the way fake platforms usually are',
  unknown: 'Nothing known either way: check it with your financial regulator, not through their link',
};

const NETWORK_WORDS: Record<WalletNetwork, string> = {
  bitcoin: 'Bitcoin',
  ethereum: 'Ethereum or another network with the same addresses (BNB Smart Chain, Polygon, ...)',
  tron: 'Tron (TRC-20, often used for USDT)',
};

/**
 * The printable evidence report, the same in the extension and in the CLI's
 * static file. Every word from the chat is rendered as text: Preact escapes
 * it, and nothing here sets HTML.
 */
export function EvidenceReport({ report, onPrint }: EvidenceReportProps) {
  const [whatThisIs, timeline, found, platforms, excerpt, integrity, whereToReport] = SECTION_TITLES;
  const ranked = report.findings
    .flatMap(({ message, findings }) => findings.map((finding) => ({ message, finding })))
    .sort((a, b) => b.finding.points - a.finding.points || a.message - b.message);
  return (
    <main class="rf-evidence" lang="en">
      <style>{STYLES}</style>
      <header>
        <p class="brand">RedFlag</p>
        <h1>Evidence report</h1>
        <dl class="facts">
          <dt>Created</dt>
          <dd>{displayTime(report.createdAt)}</dd>
          <dt>Source</dt>
          <dd>{report.source}</dd>
          <dt>Conversation</dt>
          <dd>{report.title}</dd>
          <dt>Level</dt>
          <dd class={`level level-${report.level}`}>
            {LEVEL_WORDS[report.level]} (the findings below add up to {report.score.toFixed(2)} points)
          </dd>
          {report.redaction && (
            <>
              <dt>Redacted</dt>
              <dd>Names, phone numbers, e-mail addresses, handles and street addresses in the chat were replaced with placeholders{redactionCounts(report.redaction.counts)}.</dd>
            </>
          )}
        </dl>
        {onPrint ? (
          <button type="button" class="print no-print" onClick={onPrint}>
            Print or save as PDF
          </button>
        ) : (
          <p class="no-print hint">To print this report or save it as a PDF, press Ctrl+P (⌘P on a Mac) and choose a printer or “Save as PDF”.</p>
        )}
      </header>

      <section>
        <h2>{whatThisIs}</h2>
        <p>
          RedFlag, an open-source program, made this report on the person’s own device from a conversation they chose. It is an automated assessment: it
          shows which steps of a known investment-scam script (often called “pig butchering”) the conversation matches, and quotes the words that match. It
          is not proof of a crime, and a human should read the conversation itself. Nothing was sent anywhere: RedFlag works without a network connection.
        </p>
      </section>

      <section>
        <h2>{timeline}</h2>
        {report.timeline.length === 0 ? (
          <p>No step of the script was recognised.</p>
        ) : (
          <ol class="timeline">
            {report.timeline.map((entry) => (
              <li key={entry.stage}>
                <strong>{STAGE_LABELS[entry.stage]}</strong>: from message {entry.message + 1}
                {entry.time !== null && `, ${displayTime(entry.time)}`}
              </li>
            ))}
          </ol>
        )}
      </section>

      <section>
        <h2>{found}</h2>
        {ranked.length === 0 ? (
          <p>RedFlag found no sign of a scam in this conversation.</p>
        ) : (
          <table class="found">
            <colgroup>
              <col class="w-points" />
              <col />
              <col />
              <col class="w-num" />
            </colgroup>
            <thead>
              <tr>
                <th scope="col">Points</th>
                <th scope="col">Finding</th>
                <th scope="col">Words quoted</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {ranked.map(({ message, finding }) => (
                <tr key={`${message}:${finding.rule}`}>
                  <td class="num">{finding.points.toFixed(2)}</td>
                  <td>
                    {finding.text} <span class="note">({STAGE_LABELS[finding.stage]})</span>
                  </td>
                  <td class="quote">{quoteOf(finding)}</td>
                  <td class="num">{message + 1}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section>
        <h2>{platforms}</h2>
        <p>From the other person’s messages, each listed once with the message where it first appeared.</p>
        <h3>Web addresses</h3>
        {report.domains.length === 0 ? <p>None found.</p> : <DomainTable domains={report.domains} />}
        <h3>Wallet addresses</h3>
        <FoundTable
          items={report.wallets}
          headings={['Address (checksum verified)', 'Network']}
          rowKey={(w) => w.address}
          cells={(w) => (
            <>
              <td>
                <code>{w.address}</code>
              </td>
              <td>{NETWORK_WORDS[w.network]}</td>
            </>
          )}
        />
        <h3>Amounts</h3>
        <FoundTable
          items={report.amounts}
          headings={['As written', 'Read as']}
          rowKey={(a) => `${a.message}:${a.written}`}
          cells={(a) => (
            <>
              <td class="text">{a.written}</td>
              <td>{a.amount === null ? '' : `${a.amount.toLocaleString('en')}${a.currency ? ` ${a.currency.toUpperCase()}` : ''}`}</td>
            </>
          )}
        />
        <h3>Phone numbers</h3>
        <ContactTable contacts={report.phones} />
        <h3>Handles and app contacts</h3>
        <ContactTable contacts={report.handles} />
      </section>

      <section>
        <h2>{excerpt}</h2>
        <ExcerptTable excerpt={report.excerpt} flagged={new Set(report.findings.map((f) => f.message))} />
      </section>

      <section>
        <h2>{integrity}</h2>
        <dl class="facts">
          <dt>SHA-256</dt>
          <dd>
            <code class="hash">{report.integrity.hash}</code>
          </dd>
          <dt>Messages hashed</dt>
          <dd>
            {report.integrity.messageCount}: the excerpt above, {report.integrity.redacted ? 'redacted, exactly as shown' : 'not redacted, exactly as shown'}
          </dd>
          <dt>What was hashed</dt>
          <dd>{report.integrity.method}</dd>
        </dl>
        <p>Keep the original conversation (the phone, or an export of the chat): from it anyone can recompute this hash and check that the excerpt was not changed.</p>
      </section>

      <section>
        <h2>{whereToReport}</h2>
        <p>Places for: {report.places.country}. If money is still leaving, call your bank or exchange first.</p>
        <ul class="places">
          {report.places.places.map((place) => (
            <li key={place.name}>
              <strong>{place.name}</strong>: {place.how}
            </li>
          ))}
        </ul>
      </section>

      <footer>
        RedFlag {report.engine.version}; rules {report.engine.rules}; rule weights {report.engine.ruleWeights}
        {report.engine.model !== null && `; classifier ${report.engine.model}`}. All times are UTC.
      </footer>
    </main>
  );
}

function DomainTable({ domains }: { domains: readonly DomainFound[] }) {
  return (
    <table>
      <colgroup>
        <col />
        <col />
        <col class="w-num" />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">Address</th>
          <th scope="col">What RedFlag knows</th>
          <th scope="col">Message</th>
        </tr>
      </thead>
      <tbody>
        {domains.map((d) => (
          <tr key={d.host}>
            <td>
              <code>{d.host}</code>
              {d.written !== d.host && <span class="note"> written as “{d.written}”</span>}
            </td>
            <td>
              {JUDGEMENT_WORDS[d.judgement]}
              {d.brand !== null && ` (${d.brand})`}
              {d.why !== null && `: ${d.why}`}
            </td>
            <td class="num">{d.message + 1}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ContactTable({ contacts }: { contacts: readonly ContactFound[] | null }) {
  if (contacts === null) return <p>Withheld (redacted report).</p>;
  return <FoundTable items={contacts} headings={['As written']} rowKey={(c) => `${c.message}:${c.written}`} cells={(c) => <td class="text">{c.written}</td>} />;
}

/** Things found in the chat, one row each, with the message where each first appeared as the last column. */
function FoundTable<T extends { message: number }>(props: { items: readonly T[]; headings: readonly string[]; rowKey: (item: T) => string; cells: (item: T) => ComponentChildren }) {
  if (props.items.length === 0) return <p>None found.</p>;
  return (
    <table>
      <colgroup>
        {props.headings.map((h) => (
          <col key={h} />
        ))}
        <col class="w-num" />
      </colgroup>
      <thead>
        <tr>
          {props.headings.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
          <th scope="col">Message</th>
        </tr>
      </thead>
      <tbody>
        {props.items.map((item) => (
          <tr key={props.rowKey(item)}>
            {props.cells(item)}
            <td class="num">{item.message + 1}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function ExcerptTable({ excerpt, flagged }: { excerpt: Excerpt; flagged: ReadonlySet<number> }) {
  if (excerpt.messages.length === 0) return <p>The conversation is empty.</p>;
  const gapBefore = new Map(excerpt.omitted.map((gap) => [gap.to + 1, gap] as const));
  const gapAtEnd = excerpt.omitted.find((gap) => gap.to === excerpt.total - 1);
  const trimmed = excerpt.omitted.some((gap) => gap.from > 0);
  const gapRow = (gap: { from: number; to: number }) => (
    <tr key={`gap-${gap.from}`} class="gap">
      <td colSpan={4}>{gapText(gap, gap.from === 0)}</td>
    </tr>
  );
  return (
    <>
      <p>
        {excerpt.messages.length === excerpt.total
          ? `All ${excerpt.total} messages of the conversation.`
          : `${excerpt.messages.length} of the conversation’s ${excerpt.total} messages, from a few before the first finding to the end.`}
        {trimmed && ` To keep it printable, past ${EXCERPT_MAX} messages the excerpt keeps every message with a finding, the message either side of it and the latest messages; rows in italics say what is left out.`}{' '}
        Text is exactly as received; “Them” is the other person; a message with a finding has its number in bold.
      </p>
      <table class="excerpt">
        <colgroup>
          <col class="w-index" />
          <col class="w-time" />
          <col class="w-who" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">Time</th>
            <th scope="col">Who</th>
            <th scope="col">Message</th>
          </tr>
        </thead>
        <tbody>
          {excerpt.messages.map((m) => {
            const gap = gapBefore.get(m.index);
            return (
              <Fragment key={m.index}>
                {gap && gapRow(gap)}
                <tr class={flagged.has(m.index) ? `${m.from} flagged` : m.from}>
                  <td class="num">{m.index + 1}</td>
                  <td>{m.time === null ? '' : displayTime(m.time)}</td>
                  <td>{m.from === 'them' ? 'Them' : 'Me'}</td>
                  <td class="text">
                    {m.text}
                    {m.invisibleCharacters > 0 && (
                      <span class="note">
                        {' '}
                        [contains {m.invisibleCharacters} invisible character{m.invisibleCharacters === 1 ? '' : 's'}]
                      </span>
                    )}
                  </td>
                </tr>
              </Fragment>
            );
          })}
          {gapAtEnd && gapRow(gapAtEnd)}
        </tbody>
      </table>
    </>
  );
}

function gapText({ from, to }: { from: number; to: number }, opening: boolean): string {
  const count = to - from + 1;
  const which = count === 1 ? `Message ${from + 1}` : `Messages ${from + 1} to ${to + 1}`;
  return opening ? `${which} (before the first finding) not shown.` : `${which} not shown (${count} message${count === 1 ? '' : 's'}).`;
}

function quoteOf(finding: Finding): string {
  return finding.quote === null ? '(a pattern across several messages)' : `“${finding.quote}”`;
}

const REDACTED_KINDS: Record<string, [one: string, many: string]> = {
  PERSON: ['name', 'names'],
  PHONE: ['phone number', 'phone numbers'],
  EMAIL: ['e-mail address', 'e-mail addresses'],
  HANDLE: ['handle', 'handles'],
  ADDRESS: ['street address', 'street addresses'],
};

function redactionCounts(counts: Partial<Record<string, number>>): string {
  const parts = Object.entries(counts)
    .filter((entry): entry is [string, number] => entry[1] !== undefined && entry[1] > 0)
    .map(([kind, n]) => {
      const [one, many] = REDACTED_KINDS[kind] ?? [kind.toLowerCase(), kind.toLowerCase()];
      return `${n} ${n === 1 ? one : many}`;
    });
  return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
}

/** ISO times as "2026-01-31 18:05 UTC"; a time the chat gave in another form, as given. */
function displayTime(time: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::(\d{2}))?(?:\.\d+)?Z$/.exec(time);
  if (!m) return time;
  return `${m[1]} ${m[2]}${m[3] && m[3] !== '00' ? `:${m[3]}` : ''} UTC`;
}

// No double quotes or ampersands: server rendering escapes text, and <style> does not unescape.
const STYLES = `
.rf-evidence { color-scheme: light; color: #111; background: #fff; font: 11pt/1.45 system-ui, -apple-system, Segoe UI, Roboto, Arial, sans-serif; max-width: 190mm; margin: 0 auto; padding: 12px 16px 24px; }
.rf-evidence .brand { margin: 0; font-weight: bold; color: #a40000; letter-spacing: 0.05em; }
.rf-evidence h1 { font-size: 20pt; margin: 0 0 8px; }
.rf-evidence h2 { font-size: 14pt; margin: 22px 0 6px; padding-bottom: 2px; border-bottom: 1px solid #888; break-after: avoid; page-break-after: avoid; }
.rf-evidence h3 { font-size: 11.5pt; margin: 12px 0 4px; break-after: avoid; page-break-after: avoid; }
.rf-evidence p { margin: 4px 0 8px; }
.rf-evidence .facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 12px; margin: 8px 0; }
.rf-evidence .facts dt { font-weight: bold; }
.rf-evidence .facts dd { margin: 0; overflow-wrap: anywhere; }
.rf-evidence .level-high, .rf-evidence .level-medium { font-weight: bold; }
.rf-evidence table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 4px 0 10px; }
.rf-evidence th, .rf-evidence td { border: 1px solid #aaa; padding: 3px 6px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.rf-evidence th { background: #eee; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.rf-evidence thead { display: table-header-group; }
.rf-evidence tr, .rf-evidence li, .rf-evidence dd { break-inside: avoid; page-break-inside: avoid; }
.rf-evidence .w-num { width: 6.5em; }
.rf-evidence .w-index { width: 3.5em; }
.rf-evidence .w-points { width: 4.5em; }
.rf-evidence .w-time { width: 9.5em; }
.rf-evidence .w-who { width: 4.5em; }
.rf-evidence .num { text-align: right; font-variant-numeric: tabular-nums; }
.rf-evidence .text, .rf-evidence .quote { white-space: pre-wrap; overflow-wrap: anywhere; word-break: break-word; }
.rf-evidence tr.them td { background: #fff; }
.rf-evidence tr.me td { background: #f4f4f4; }
.rf-evidence tr.flagged td.num { font-weight: bold; border-left: 4px solid #111; }
.rf-evidence tr.gap td { font-style: italic; text-align: center; color: #444; }
.rf-evidence .note { color: #555; font-size: 0.9em; }
.rf-evidence code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 0.95em; overflow-wrap: anywhere; word-break: break-all; }
.rf-evidence .places li { margin-bottom: 4px; }
.rf-evidence footer { margin-top: 24px; padding-top: 6px; border-top: 1px solid #888; font-size: 9pt; color: #444; }
.rf-evidence .print { font: inherit; font-weight: bold; padding: 8px 16px; margin: 8px 0; border: 2px solid #111; border-radius: 6px; background: #fff; color: #111; cursor: pointer; }
.rf-evidence .print:focus-visible { outline: 3px solid #1a56db; outline-offset: 2px; }
.rf-evidence .hint { padding: 6px 10px; border: 1px dashed #888; }
@page { margin: 15mm 12mm; }
@media print {
  html, body { background: #fff !important; color: #000 !important; }
  .rf-evidence { max-width: none; margin: 0; padding: 0; font-size: 10pt; color: #000; }
  .rf-evidence .no-print { display: none !important; }
  .rf-evidence th, .rf-evidence tr.me td { background: none; }
  .rf-evidence th, .rf-evidence td { border-color: #666; }
}
`;
