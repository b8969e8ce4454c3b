import type { Readable } from 'node:stream';
import { InputError } from './io.ts';

export interface Line {
  /** 1-based line number. */
  number: number;
  /** The line's text, or null when it could not be read (see `problem`). */
  text: string | null;
  problem?: string;
}

/**
 * Splits a byte stream into lines without ever holding more than one line
 * (capped at `maxBytes`) in memory. An over-long line or invalid UTF-8 is
 * reported as a problem on that line; reading goes on with the next one.
 * A read error (EIO, EISDIR...) ends the lines with an InputError.
 */
export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<Line> {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let number = 0;
  const finish = (): Line => {
    number++;
    const bytes = size;
    const chunks = parts;
    parts = [];
    size = 0;
    if (overflow) {
      overflow = false;
      return { number, text: null, problem: `line is longer than ${formatBytes(maxBytes)} (at least ${formatBytes(bytes)}); it was skipped` };
    }
    try {
      return { number, text: decoder.decode(Buffer.concat(chunks)).replace(/\r$/, '') };
    } catch {
      return { number, text: null, problem: 'line is not valid UTF-8' };
    }
  };
  // Only the stream's own errors land here: a consumer that stops early ends the
  // generator with return(), which for-await passes on to the stream (closing it).
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let from = 0;
      for (;;) {
        const nl = chunk.indexOf(10, from);
        const end = nl === -1 ? chunk.length : nl;
        if (end > from) {
          size += end - from;
          if (size > maxBytes) overflow = true;
          else parts.push(chunk.subarray(from, end));
        }
        if (nl === -1) break;
        yield finish();
        from = nl + 1;
      }
    }
  } catch (e) {
    throw new InputError(e);
  }
  if (size > 0 || overflow) yield finish();
}

function formatBytes(n: number): string {
  return n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${n} bytes`;
}
