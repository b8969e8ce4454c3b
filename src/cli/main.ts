import { parseArgs } from 'node:util';
import { loadNodeClassifier } from '../classifier/node.ts';
import { META_RULES, RULE_SETS } from '../engine/index.ts';
import { FITTED } from '../engine/fitted.generated.ts';
import { MAX_MESSAGE_CHARS, MAX_MESSAGES } from '../format/conversation.ts';
import { InputError, openInput, OutputError, writeText } from './io.ts';
import { MAX_LINE_BYTES, scanStream } from './scan.ts';

const n = (x: number): string => x.toLocaleString('en');

const USAGE = `Usage: redflag scan [FILE|-] [--pretty] [--no-model]

Scans conversations (JSON Lines, one per line) and prints one verdict per line.
  FILE          a .jsonl file, or anything readable as one: a FIFO, /dev/stdin,
                <(zcat chats.jsonl.gz); "-" or nothing reads standard input
  --pretty      a readable report instead of JSON lines
  --no-model    heuristics only (skip the bundled classifier)
  --version     print versions
Each line: {"id": "...", "messages": [{"from": "them"|"me", "text": "...", "time"?: "..."}]}
       or: {"id": "...", "text": "..."}   (one message from "them")
Limits: ${MAX_LINE_BYTES / (1024 * 1024)} MB a line, ${n(MAX_MESSAGES)} messages a conversation, ${n(MAX_MESSAGE_CHARS)} characters a message;
  a line over a limit gets an error line in its place.
Exit codes:
  0  all lines scanned (also when the reader stops early, as with | head)
  1  some lines had errors (reported in place)
  2  usage error, or the input file could not be read
  3  the output could not be written (e.g. disk full)`;

const VERSION = '0.1.0';

async function main(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        pretty: { type: 'boolean', default: false },
        'no-model': { type: 'boolean', default: false },
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
        `rules: ${RULE_SETS.map((s) => `${s.locale} (${s.rules.length})`).join(', ')}, ${META_RULES.length} meta rules; weights ${FITTED.fitted ? 'fitted on the corpus' : 'hand-set'}`,
        `classifier: ${model.metadata.version}`,
        `training data: sha256 ${model.metadata.trainingDataHash}`,
        '',
      ].join('\n'),
    );
  }
  if (positionals[0] !== 'scan' || positionals.length > 2) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = positionals[1] ?? '-';
  const where = file === '-' ? 'standard input' : file;
  try {
    // Opened before the model loads, so a wrong path fails at once.
    const input = await openInput(file);
    const classifier = values['no-model'] ? undefined : await loadNodeClassifier();
    const summary = await scanStream(input, process.stdout, { pretty: values.pretty, classifier });
    if (summary.errors > 0) process.stderr.write(`redflag: ${summary.errors} line(s) could not be scanned; see the "error" lines\n`);
    return summary.errors > 0 ? 1 : 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`redflag: cannot read ${where}: ${e.message}\n`);
      return 2;
    }
    return outputFailed(e);
  }
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
