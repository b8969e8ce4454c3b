import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadNodeClassifier } from '../classifier/node.ts';
import { RULE_SETS } from '../engine/index.ts';
import { FITTED } from '../engine/fitted.generated.ts';
import { scanStream } from './scan.ts';

const USAGE = `Usage: redflag scan [FILE|-] [--pretty] [--no-model]

Scans conversations (JSON Lines, one per line) and prints one verdict per line.
  FILE          a .jsonl file; "-" or nothing reads standard input
  --pretty      a readable report instead of JSON lines
  --no-model    heuristics only (skip the bundled classifier)
  --version     print versions
Each line: {"id": "...", "messages": [{"from": "them"|"me", "text": "...", "time"?: "..."}]}
       or: {"id": "...", "text": "..."}   (one message from "them")
Exit code: 0 all lines scanned, 1 some lines had errors (reported in place), 2 usage error.`;

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
  if (values.version) {
    const model = await loadNodeClassifier();
    process.stdout.write(
      [
        `redflag ${VERSION}`,
        `rules: ${RULE_SETS.map((s) => `${s.locale} (${s.rules.length} rules, ${s.meta.length} meta)`).join(', ')}; weights ${FITTED.fitted ? 'fitted on the corpus' : 'hand-set'}`,
        `classifier: ${model.metadata.version}`,
        `training data: sha256 ${model.metadata.trainingDataHash}`,
        '',
      ].join('\n'),
    );
    return 0;
  }
  if (values.help || positionals[0] !== 'scan' || positionals.length > 2) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const file = positionals[1] ?? '-';
  let input: NodeJS.ReadableStream;
  if (file === '-') {
    input = process.stdin;
  } else {
    try {
      const s = await stat(file);
      if (!s.isFile()) throw new Error('not a regular file');
    } catch (e) {
      process.stderr.write(`redflag: cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message}\n`);
      return 2;
    }
    input = createReadStream(file);
  }
  const classifier = values['no-model'] ? undefined : await loadNodeClassifier();
  const summary = await scanStream(input as import('node:stream').Readable, process.stdout, { pretty: values.pretty, classifier });
  if (summary.errors > 0) process.stderr.write(`redflag: ${summary.errors} line(s) could not be scanned; see the "error" lines\n`);
  return summary.errors > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`redflag: internal error: ${(e as Error).message}\n`);
    process.exitCode = 2;
  },
);
