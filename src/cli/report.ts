import { writeFile } from 'node:fs/promises';
import { levelAtLeast, type Verdict } from '../engine/types.ts';
import type { Conversation } from '../format/conversation.ts';
import type { CountryCode } from '../report/places.ts';
import { OutputError } from './io.ts';

export interface ReportOptions {
  /** What the report says it was made from ("redflag scan chat.zip"). */
  source: string;
  country: CountryCode;
  redact: boolean;
}

/**
 * `--report FILE.html`: an evidence report for each conversation warned at
 * medium or high, written as it is scanned (nothing is held back): FILE.html
 * for the first, FILE-2.html and on for the next ones.
 */
export class ReportWriter {
  private readonly written: string[] = [];

  constructor(
    private readonly target: string,
    private readonly options: ReportOptions,
  ) {}

  async add(conversation: Conversation, verdict: Verdict): Promise<void> {
    if (!levelAtLeast(verdict.level, 'medium')) return;
    // Loaded on first use: a scan without --report never pays for the renderer.
    const [{ buildEvidence }, { renderEvidenceDocument }] = await Promise.all([import('../report/evidence.ts'), import('../report/render.ts')]);
    const html = renderEvidenceDocument(
      buildEvidence({ title: conversation.id, messages: conversation.messages, verdict, source: this.options.source, createdAt: new Date(), country: this.options.country, redact: this.options.redact }),
    );
    const path = numbered(this.target, this.written.length + 1);
    try {
      await writeFile(path, html);
    } catch (e) {
      throw new OutputError(e);
    }
    this.written.push(path);
  }

  /** What to tell the user at the end (on standard error). */
  finish(): string[] {
    if (this.written.length === 0) return ['redflag: no evidence report written: no conversation was warned at medium or high'];
    return this.written.map((p) => `redflag: evidence report written to ${p} (open it in a browser and print it to PDF)`);
  }
}

/** report.html, report-2.html, report-3.html... */
export function numbered(target: string, n: number): string {
  if (n === 1) return target;
  const dot = target.lastIndexOf('.');
  return dot > target.lastIndexOf('/') ? `${target.slice(0, dot)}-${n}${target.slice(dot)}` : `${target}-${n}`;
}
