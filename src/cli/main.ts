import { parseArgs } from 'node:util';
import { loadNodeClassifier } from '../classifier/node.ts';
import { META_RULES, RULE_SETS } from '../engine/index.ts';
import { FITTED } from '../engine/fitted.generated.ts';
import { ENGINE_VERSION, rulesVersion } from '../engine/version.ts';
import { type Conversation, MAX_MESSAGE_CHARS, MAX_MESSAGES } from '../format/conversation.ts';
import { basename } from 'node:path';
import type { Verdict } from '../engine/types.ts';
import type { ExportFormat } from '../format/exports.ts';
import { type CountryCode, countryFromLocale, REPORT_PLACES } from '../report/places.ts';
import { MAX_EXPORT_BYTES, pickConversations, readChatExport, sniff } from './chat-export.ts';
import { visible } from './escape.ts';
import { evalStream } from './eval.ts';
import { defaultJobs, scanParallel } from './jobs.ts';
import { InputError, openInput, OutputError, writeText } from './io.ts';
import { ReportWriter } from './report.ts';
import { MAX_LINE_BYTES, type ScanOptions, scanOne, scanStream } from './scan.ts';

/** More threads than this only costs memory (a classifier each). */
const MAX_JOBS = 256;

const FORMATS: readonly ExportFormat[] = ['jsonl', 'whatsapp', 'telegram', 'samples'];

const n = (x: number): string => x.toLocaleString('en');

const USAGE = `Usage: redflag scan [FILE|-] [--format F] [--me NAME] [--pretty] [--report FILE.html] [--no-model] [--jobs N]
       redflag eval FILE [--json] [--no-model]

scan: scores conversations and prints one verdict per conversation.
  FILE          a file, or anything readable as one: a FIFO, /dev/stdin, <(zcat chats.jsonl.gz);
                "-" or nothing reads standard input
  --format F    jsonl (default for JSON Lines), whatsapp (a chat export .txt or its .zip),
                telegram (Telegram Desktop's result.json), samples (RedFlag's exported samples);
                told from the input when not given
  --me NAME     in a WhatsApp or Telegram export, the name you appear under: every other
                participant is scored as "them", one conversation each
  --pretty      a readable report: level, timeline of stages, reasons
  --report F    also write a printable evidence report (HTML; print it to PDF in a browser) for
                each conversation warned at medium or high: F, or F-2.html... for several
  --redact      in --report, replace names, phone numbers, e-mails and handles with placeholders
  --country CC  in --report, where to report: a country code such as US, GB, SG (default: from LANG)
  --no-model    heuristics only (skip the bundled classifier)
  --jobs N      scan JSON Lines and samples on N threads (default: one per core, here ${defaultJobs()}): this
                one, and N-1 workers once the input proves long; the same output, in the same order.
                WhatsApp and Telegram exports are scanned on one thread
  --version     print versions
JSON Lines: {"id": "...", "messages": [{"from": "them"|"me", "text": "...", "time"?: "..."}]}
        or: {"id": "...", "text": "..."}   (one message from "them")
Limits: ${MAX_LINE_BYTES / (1024 * 1024)} MB a line, ${n(MAX_MESSAGES)} messages a conversation, ${n(MAX_MESSAGE_CHARS)} characters a message;
  a line over a limit gets an error line in its place. An export is read whole, up to ${MAX_EXPORT_BYTES / (1024 * 1024)} MB.

eval: measures RedFlag on labelled JSON Lines (each line also has "label": "scam" or "benign",
  optionally "lang", and "stage" on messages): precision, recall, F1, false-positive rate and
  warned-by-the-first-pitch, overall and per language. --json prints them as one JSON object.

Exit codes:
  0  all lines scanned (also when the reader stops early, as with | head)
  1  some lines had errors (reported in place)
  2  usage error, or the input could not be read
  3  the output could not be written (e.g. disk full)`;

const VERSION = ENGINE_VERSION;

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pretty: { type: 'boolean', default: false },
        format: { type: 'string' },
        me: { type: 'string' },
        report: { type: 'string' },
        redact: { type: 'boolean', default: false },
        country: { type: 'string' },
        json: { type: 'boolean', default: false },
        'no-model': { type: 'boolean', default: false },
        jobs: { type: 'string' },
        version: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    process.stderr.write(`redflag: ${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help) return print(`${USAGE}\n`);
  if (values.version) {
    const model = await loadNodeClassifier();
    return print(
      [
        `redflag ${VERSION}`,
        `rules ${rulesVersion()}: ${RULE_SETS.map((s) => `${s.locale} (${s.rules.length})`).join(', ')}, ${META_RULES.length} meta rules; weights ${FITTED.fitted ? 'fitted on the corpus' : 'hand-set'}`,
        `classifier: ${model.metadata.version}`,
        `training data: sha256 ${model.metadata.trainingDataHash}`,
        '',
      ].join('\n'),
    );
  }
  const command = positionals[0];
  if ((command !== 'scan' && command !== 'eval') || positionals.length > 2 || (command === 'eval' && positionals.length !== 2)) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const format = values.format ?? null;
  if (format !== null && !FORMATS.includes(format as ExportFormat)) return usageError(`--format must be one of ${FORMATS.join(', ')}`);
  const country = values.country ? values.country.toUpperCase() : countryFromLocale(process.env.LC_ALL || process.env.LANG || 'en-US');
  if (!(country in REPORT_PLACES)) return usageError(`--country: no report places for "${values.country}"; one of ${Object.keys(REPORT_PLACES).join(', ')}`);
  const jobs = values.jobs === undefined ? defaultJobs() : /^\d+$/.test(values.jobs) ? Number(values.jobs) : 0;
  if (!(jobs >= 1 && jobs <= MAX_JOBS)) return usageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}`);
  const file = positionals[1] ?? '-';
  const where = file === '-' ? 'standard input' : file;
  try {
    // Opened before the model loads, so a wrong path fails at once.
    const input = await openInput(file);
    if (command === 'eval') {
      const classifier = values['no-model'] ? undefined : await loadNodeClassifier();
      const summary = await evalStream(input, process.stdout, process.stderr, { classifier, json: values.json });
      return summary.errors > 0 ? 1 : 0;
    }
    const sniffed = await sniff(input, format as ExportFormat | null);
    const parallel = jobs > 1 && (sniffed.format === 'jsonl' || sniffed.format === 'samples');
    // With --jobs too this thread scans, with this classifier; each worker loads its own.
    const options: ScanOptions = { pretty: values.pretty, classifier: values['no-model'] ? undefined : await loadNodeClassifier() };
    const reports = values.report ? new ReportWriter(values.report, { source: `redflag scan ${file === '-' ? '(standard input)' : basename(file)}`, country: country as CountryCode, redact: values.redact }) : null;
    let errors = 0;
    if (sniffed.format === 'whatsapp' || sniffed.format === 'telegram') {
      const { chats, warnings } = await readChatExport(sniffed.stream, sniffed.format, file === '-' ? null : file);
      for (const w of warnings) process.stderr.write(`${visible(`redflag: ${where}: ${w}`)}\n`);
      // A question needs a person at the terminal, and the export on a file rather than on standard input.
      const picked = await pickConversations(chats, values.me ?? null, file !== '-' && process.stdin.isTTY === true && process.stderr.isTTY === true);
      if (typeof picked === 'string') return usageError(picked);
      for (const conversation of picked) {
        const { verdict, out } = await scanOne(conversation, conversation.id, options);
        await writeText(process.stdout, out);
        await reports?.add(conversation, verdict);
      }
    } else {
      const onVerdict = reports ? (c: Conversation, v: Verdict) => reports.add(c, v) : undefined;
      // --report is written here, in input order: the workers send back the verdicts it needs.
      const summary = parallel
        ? await scanParallel(sniffed.stream, process.stdout, options, { jobs, model: !values['no-model'] }, onVerdict)
        : await scanStream(sniffed.stream, process.stdout, options, onVerdict);
      if (summary.errors > 0) process.stderr.write(`redflag: ${summary.errors} line(s) could not be scanned; see the "error" lines\n`);
      errors = summary.errors;
    }
    if (reports) for (const line of reports.finish()) process.stderr.write(`${visible(line)}\n`);
    return errors > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`${visible(`redflag: cannot read ${where}: ${e.message}`)}\n`);
      return 2;
    }
    return outputFailed(e);
  }
}

function usageError(message: string): number {
  process.stderr.write(`${visible(`redflag: ${message}`)}\n`);
  return 2;
}

/** Prints to standard output: help and --version. */
async function print(text: string): Promise<number> {
  try {
    await writeText(process.stdout, text);
    return 0;
  } catch (e) {
    return outputFailed(e);
  }
}

/** A closed pipe is the reader having had enough (`| head`): no complaint. Any other write failure is exit code 3. */
function outputFailed(e: unknown): number {
  if (!(e instanceof OutputError)) throw e;
  if (e.code === 'EPIPE') return 0;
  process.stderr.write(`redflag: cannot write output: ${e.message}\n`);
  return 3;
}

// Standard error may be a closed pipe too; there is nowhere left to report that.
process.stderr.on('error', () => {});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`redflag: internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
