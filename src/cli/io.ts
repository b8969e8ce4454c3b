import { fstatSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable, Writable } from 'node:stream';

/** The input could not be opened or read (exit code 2). */
export class InputError extends Error {
  constructor(reason: unknown) {
    super(describeSystemError(reason));
  }
}

/** The output could not be written: a closed pipe (EPIPE) or a real failure such as a full disk. */
export class OutputError extends Error {
  readonly code: string | undefined;
  constructor(reason: unknown) {
    super(describeSystemError(reason));
    this.code = (reason as NodeJS.ErrnoException).code;
  }
}

/** "no space left on device (ENOSPC)" from Node's "ENOSPC: no space left on device, write". */
export function describeSystemError(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const { code } = e as NodeJS.ErrnoException;
  if (code === undefined || !e.message.startsWith(`${code}: `)) return e.message;
  return `${e.message.slice(code.length + 2).replace(/, \w+(?: '.*')?$/, '')} (${code})`;
}

/**
 * Standard input ("-") or a file. Anything read() can read is accepted: a
 * regular file, a FIFO, /dev/fd/N from `<(zcat x.gz)`, a device. Only a
 * directory is refused (as standard input, Node would read it as empty).
 */
export async function openInput(file: string): Promise<Readable> {
  // /dev/stdin is taken as "-": opening it fails (ENXIO) when standard input is a socket.
  if (file === '-' || file === '/dev/stdin') {
    if (fstatSync(0).isDirectory()) throw new InputError('it is a directory');
    return process.stdin;
  }
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (e) {
    throw new InputError(e);
  }
  if ((await handle.stat()).isDirectory()) {
    await handle.close();
    throw new InputError('it is a directory');
  }
  // Nothing is read until the scan starts, so no read error can go unheard meanwhile.
  return handle.createReadStream();
}

/**
 * Writes text and waits until the stream has taken it, so a slow reader slows
 * the scan (back-pressure). A failed write rejects with an OutputError.
 */
export function writeText(output: Writable, text: string): Promise<void> {
  // The failure also comes as an 'error' event, which crashes Node unless something
  // listens; the write's callback is what reports it.
  if (!output.listeners('error').includes(ignore)) output.on('error', ignore);
  return new Promise((resolve, reject) => {
    output.write(text, (e) => (e ? reject(new OutputError(e)) : resolve()));
  });
}

const ignore = (): void => {};
