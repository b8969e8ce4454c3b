import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { PageController } from '../../src/content/controller.ts';
import type { ScoreRequest, ScoreResponse } from '../../src/scorer/protocol.ts';
import { ThreadScorer } from '../../src/scorer/thread-scorer.ts';
import { whatsapp } from '../../src/sites/whatsapp.ts';
import { loadFixture } from '../sites/fixture-check.ts';

/** A WhatsApp fixture in happy-dom, a real (rules-only) scorer, and every request the page sent. */
function setup(name: 'scam' | 'benign') {
  const window = new Window({ url: whatsapp.exampleUrl, settings: { disableJavaScriptEvaluation: true } });
  const doc = window.document as unknown as Document;
  doc.write(loadFixture(whatsapp, name).html);
  const scorer = new ThreadScorer(null);
  const requests: ScoreRequest[] = [];
  const notScam = new Set<string>();
  const controller = new PageController(whatsapp, doc, {
    score: async (r): Promise<ScoreResponse> => {
      requests.push(structuredClone(r));
      return { ok: true, verdict: await scorer.score(r) };
    },
    isNotScam: async (t) => notScam.has(t),
    setNotScam: async (t, v) => void (v ? notScam.add(t) : notScam.delete(t)),
    saveSample: async () => 'off',
    largeText: false,
  });
  const list = doc.querySelector('[role="application"]')!;
  const row = (id: string, text: string): Element => {
    const r = doc.createElement('div');
    r.setAttribute('role', 'row');
    const item = doc.createElement('div');
    item.setAttribute('data-id', id);
    const span = doc.createElement('span');
    span.className = 'selectable-text';
    span.textContent = text;
    item.append(span);
    r.append(item);
    return r;
  };
  return { doc, controller, requests, list, row };
}

describe('PageController', () => {
  it('sends each message once, appends only new ones, and starts over when history loads above', async () => {
    const { controller, requests, list, row } = setup('scam');
    await controller.scan();
    expect(requests).toHaveLength(1);
    expect(requests[0]!.reset).toBe(true);
    expect(requests[0]!.messages).toHaveLength(10);
    await controller.scan();
    expect(requests).toHaveLength(1); // nothing changed, nothing rescored
    list.append(row('false_15550134471@c.us_NEW1', 'you must pay the tax before you can withdraw'));
    await controller.scan();
    expect(requests[1]!.reset).toBe(false);
    expect(requests[1]!.messages.map((m) => m.key)).toEqual(['false_15550134471@c.us_NEW1']);
    list.prepend(row('false_15550134471@c.us_OLD1', 'hello from last year'));
    await controller.scan();
    expect(requests[2]!.reset).toBe(true);
    expect(requests[2]!.messages[0]!.key).toBe('false_15550134471@c.us_OLD1');
    expect(requests[2]!.messages).toHaveLength(12);
  });

  it('follows a switch to another thread: a new tracker, the old warnings removed', async () => {
    const { doc, controller, requests } = setup('scam');
    await controller.scan();
    expect(doc.querySelectorAll('redflag-badge').length).toBeGreaterThan(0);
    // The site swaps the open chat in place (single-page app): other chat id, other messages.
    const list = doc.querySelector('[role="application"]')!;
    list.replaceChildren();
    const item = doc.createElement('div');
    item.setAttribute('data-id', 'false_15550999999@c.us_AAA1');
    const span = doc.createElement('span');
    span.className = 'selectable-text';
    span.textContent = 'see you at the game tonight!';
    item.append(span);
    list.append(item);
    await controller.scan();
    const last = requests.at(-1)!;
    expect(last.thread).toBe('whatsapp:15550999999@c.us');
    expect(last.reset).toBe(true);
    expect(doc.querySelectorAll('redflag-badge, redflag-banner')).toHaveLength(0);
  });

  it('shows badges and the banner on a scam, none on a benign chat, and never renders message text as HTML', async () => {
    const scam = setup('scam');
    await scam.controller.scan();
    expect(scam.doc.querySelectorAll('redflag-badge').length).toBeGreaterThan(0);
    expect(scam.doc.querySelector('redflag-banner')?.getAttribute('data-level')).toMatch(/medium|high/);
    const benign = setup('benign');
    benign.list.append(benign.row('false_x_HTML', '<img src=x onerror="alert(1)"> <b>hi</b>'));
    await benign.controller.scan();
    expect(benign.doc.querySelectorAll('redflag-badge, redflag-banner')).toHaveLength(0);
    expect(benign.doc.querySelectorAll('img[src="x"], b')).toHaveLength(0);
  });

  it('reports a degraded reader when the site no longer has messages where expected', async () => {
    const { controller, doc } = setup('scam');
    // The site renames its hooks: the text is still there, our selectors find nothing.
    for (const el of doc.querySelectorAll('[data-id]')) el.removeAttribute('data-id');
    for (const el of doc.querySelectorAll('.message-in, .message-out')) el.className = 'x1n2onr6';
    await controller.scan();
    expect(controller.status).toBe('degraded');
    // A new, empty chat is not a degraded reader.
    for (const el of doc.querySelectorAll('[role="row"]')) el.remove();
    await controller.scan();
    expect(controller.status).toBe('ok');
  });
});
