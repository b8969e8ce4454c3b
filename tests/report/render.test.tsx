// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Message } from '../../src/engine/types.ts';
import { buildEvidence } from '../../src/report/evidence.ts';
import { EvidenceReport, SECTION_TITLES } from '../../src/report/EvidenceReport.tsx';
import { renderEvidenceDocument } from '../../src/report/render.ts';
import { evidenceInput, PHONE, SCAM, TRON } from './conversation.ts';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const HOSTILE_TITLE = 'Chat with <b>Anna</b> "</title><script>alert(2)</script>';

// The script with markup and invisible characters in the other party's words, where quotes and the excerpt show them.
const HOSTILE: Message[] = [
  ...SCAM.slice(0, 7),
  { from: 'them', text: `Register on coinvexa-pro.top ${SCRIPT} Telegram: @coinvexa_support`, time: '2026-01-07T12:00:00Z' },
  { from: 'them', text: `${IMG} Send 5000 USDT to this TRC20 address: ${TRON}`, time: '2026-01-08T12:00:00Z' },
  { from: 'me', text: 'I sent it </td></tr></table><h2>Integrity</h2>', time: '2026-01-08T13:00:00Z' },
  { from: 'them', text: 'To with\u200Bdraw your profit you must pay 20% tax first \u202Eoof', time: '2026-01-20T12:00:00Z' },
];

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('renderEvidenceDocument', () => {
  const report = buildEvidence(evidenceInput(HOSTILE, { title: HOSTILE_TITLE }));
  const html = renderEvidenceDocument(report);
  const doc = parse(html);

  it('is a complete document: doctype, language, charset first, the strict CSP', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(doc.head.firstElementChild?.getAttribute('charset')).toBe('utf-8');
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toContain("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(csp).not.toMatch(/script-src|unsafe-eval/);
  });

  it('holds no live markup from the chat: it is all text', () => {
    expect(html.toLowerCase()).not.toContain('<script');
    expect(html.toLowerCase()).not.toContain('<img');
    expect(html).not.toContain('<b>Anna</b>');
    expect(doc.querySelectorAll('script, img, iframe, object, embed, link, base, form, b').length).toBe(0);
    for (const el of doc.querySelectorAll('*')) for (const attr of el.getAttributeNames()) expect(attr.startsWith('on')).toBe(false);
    // The user's own "</table><h2>" did not end the excerpt or add a section.
    expect([...doc.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([...SECTION_TITLES]);
  });

  it('shows the chat exactly as written, invisible characters and all', () => {
    // A cell's own text, without the note about invisible characters.
    const cells = [...doc.querySelectorAll('table.excerpt td.text')].map((td) =>
      [...td.childNodes]
        .filter((node) => node.nodeType === node.TEXT_NODE)
        .map((node) => node.textContent)
        .join(''),
    );
    for (const index of [7, 8, 9, 10]) expect(cells).toContain(HOSTILE[index]!.text);
    expect(doc.title).toBe(`RedFlag evidence report: ${HOSTILE_TITLE}`);
    expect(doc.body.textContent).toContain(IMG);
    expect(doc.body.textContent).toContain('contains 2 invisible characters');
  });

  it('has every section, the hash and how it was made, and the places to report', () => {
    for (const title of SECTION_TITLES) expect(html).toContain(`<h2>${title}</h2>`);
    expect(doc.querySelector('code.hash')?.textContent).toBe(report.integrity.hash);
    expect(doc.body.textContent).toContain(report.integrity.method);
    expect(doc.body.textContent).toContain('0300 123 2040');
    expect(doc.querySelector('footer')?.textContent).toContain(`RedFlag ${report.engine.version}; rules ${report.engine.rules}`);
    for (const label of ['First contact', 'Moved to another app', 'Shows of wealth', 'Investment offer', 'Trading platform or app', 'Deposits', 'Fees or taxes to withdraw']) {
      expect(doc.querySelector('ol.timeline')?.textContent).toContain(label);
    }
    expect(doc.body.textContent).toContain(TRON);
    expect(doc.body.textContent).toContain(PHONE);
    const flagged = [...doc.querySelectorAll('table.excerpt tr.flagged td.num')].map((td) => Number(td.textContent) - 1);
    expect(flagged).toEqual(report.findings.map((f) => f.message));
  });

  it('has no button to press in a static file; it says how to print instead', () => {
    expect(doc.querySelector('button')).toBeNull();
    expect(doc.body.textContent).toContain('Ctrl+P');
  });

  it('keeps its style sheet intact (server rendering escapes quotes and ampersands)', () => {
    const css = doc.querySelector('style')?.textContent ?? '';
    expect(css).toContain('@media print');
    expect(css).toContain('@page');
    expect(css).not.toMatch(/&(?:quot|amp|lt|gt);/);
  });

  it('a redacted report shows no name or phone number from the conversation', () => {
    const redacted = renderEvidenceDocument(buildEvidence(evidenceInput(SCAM, { redact: true, redactNames: ['Margaret'] })));
    for (const secret of ['Jenny', 'Margaret', 'Anna', PHONE, '415 555', '212 555 0199', 'coinvexa_support']) expect(redacted).not.toContain(secret);
    const text = parse(redacted).body.textContent ?? '';
    expect(text.match(/Withheld \(redacted report\)/g)).toHaveLength(2);
    expect(text).toContain('redacted, exactly as shown');
    expect(text).toContain(TRON);
    expect(text).toContain('coinvexa-pro.top');
  });
});

describe('EvidenceReport in the extension page', () => {
  afterEach(cleanup);

  it('offers a print button that calls onPrint, and renders hostile text as text', () => {
    const onPrint = vi.fn();
    const { container } = render(<EvidenceReport report={buildEvidence(evidenceInput(HOSTILE))} onPrint={onPrint} />);
    fireEvent.click(screen.getByRole('button', { name: 'Print or save as PDF' }));
    expect(onPrint).toHaveBeenCalledOnce();
    expect(container.querySelectorAll('script, img').length).toBe(0);
    expect(container.textContent).toContain(SCRIPT);
    expect(screen.queryByText(/Ctrl\+P/)).toBeNull();
  });
});
