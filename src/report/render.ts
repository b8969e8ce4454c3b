import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type { EvidenceReport as EvidenceReportData } from './evidence.ts';
import { EvidenceReport } from './EvidenceReport.tsx';

/**
 * The file may be opened from disk long after it was made: it may load nothing,
 * run nothing and submit nothing. Inline styles are its only active content.
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The evidence report as a complete, self-contained HTML document (for
 * `redflag scan --report FILE.html`). No scripts and no print button: the page
 * tells the reader to press Ctrl+P instead.
 */
export function renderEvidenceDocument(report: EvidenceReportData): string {
  const documentTree = h(
    'html',
    { lang: 'en' },
    h(
      'head',
      null,
      h('meta', { charset: 'utf-8' }),
      h('meta', { 'http-equiv': 'Content-Security-Policy', content: REPORT_CSP }),
      h('meta', { name: 'referrer', content: 'no-referrer' }),
      h('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
      h('title', null, `RedFlag evidence report: ${report.title}`),
    ),
    h('body', null, h(EvidenceReport, { report })),
  );
  return `<!doctype html>\n${renderToString(documentTree)}\n`;
}
