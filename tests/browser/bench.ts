// `npm run bench:browser`: the built extension in Chromium on a 5,000-message
// WhatsApp-like conversation. Prints figures; asserts nothing.
//   - full first scan: page load until all 5,000 messages are scored
//   - long tasks (over 50 ms) on the page's main thread after load (the page itself is static,
//     so these are the content script's)
//   - a new message appended: time until its warning badge is visible, median and p95
//   - content-script bundle size and extension package size
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { loadCorpus } from '../../src/corpus/load.ts';
import { launch, RELEASE_EXTENSION, ROOT } from './harness.ts';

const N = 5000;
const corpus = loadCorpus(join(ROOT, 'model', 'corpus')).filter((c) => c.lang === 'en');
const lines = corpus.flatMap((c) => c.messages).slice(0, 20000);
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const rows: string[] = [];
for (let i = 0; i < N; i++) {
  const m = lines[i % lines.length]!;
  const mine = m.from === 'me';
  rows.push(
    `<div role="row"><div data-id="${mine ? 'true' : 'false'}_15550100000@c.us_B${i}"><div class="${mine ? 'message-out' : 'message-in'}"><div class="copyable-text"><span class="selectable-text copyable-text">${escape(m.text)}</span></div></div></div></div>`,
  );
}
const page = `<!doctype html><html><head><meta charset="utf-8"><title>WhatsApp</title></head><body><div id="main"><header><span title="Bench">Bench</span></header>
<div role="application" data-testid="conversation-panel-messages">${rows.join('\n')}</div></div>
<script>
window.__longTasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration }); }).observe({ type: 'longtask', buffered: true });
window.__loadedAt = 0; addEventListener('load', () => { window.__loadedAt = performance.now(); });
window.__append = (i, text) => {
  const row = document.createElement('div'); row.setAttribute('role', 'row');
  row.innerHTML = '<div data-id="false_15550100000@c.us_L' + i + '"><div class="message-in"><div class="copyable-text"><span class="selectable-text copyable-text"></span></div></div></div>';
  row.querySelector('span').textContent = text;
  document.querySelector('[role="application"]').append(row);
  return 'false_15550100000@c.us_L' + i;
};
</script></body></html>`;
const file = join(tmpdir(), 'redflag-bench-5000.html');
writeFileSync(file, page);

const session = await launch();
const url = 'https://web.whatsapp.com/';
session.served.set(url, file);
const tab = await session.context.newPage();
await tab.goto(url);
const scanned = await tab.waitForFunction(
  (n) => {
    const status = document.documentElement.getAttribute('data-redflag-status') ?? '';
    return Number(status.split(' ')[1] ?? 0) >= n ? performance.now() - (window as unknown as { __loadedAt: number }).__loadedAt : null;
  },
  N,
  { timeout: 120_000, polling: 20 },
);
const firstScanMs = (await scanned.jsonValue()) as number;

const appendMs: number[] = [];
const scamLines = [
  'You must pay 20% tax before you can withdraw your profit',
  'Your account is frozen, pay the verification deposit to unfreeze it',
  'My uncle is a senior analyst, I can teach you to trade crypto with his signals',
  'Buy USDT on Coinbase and send it to the platform deposit address',
];
for (let i = 0; i < 40; i++) {
  const ms = await tab.evaluate(
    ([k, text]) =>
      new Promise<number>((resolve) => {
        const w = window as unknown as { __append(i: number, t: string): string };
        const t0 = performance.now();
        const key = w.__append(k as number, `${text as string} (${k as number})`);
        const check = (): void => {
          if (document.querySelector(`redflag-badge[data-message-key="${key}"]`)) resolve(performance.now() - t0);
          else if (performance.now() - t0 > 5000) resolve(Number.POSITIVE_INFINITY);
          else requestAnimationFrame(check);
        };
        check();
      }),
    [i, scamLines[i % scamLines.length]!] as const,
  );
  appendMs.push(ms);
}
const longTasks = (await tab.evaluate(() => {
  const w = window as unknown as { __longTasks: Array<{ start: number; duration: number }>; __loadedAt: number };
  return w.__longTasks.filter((t) => t.start >= w.__loadedAt);
})) as Array<{ start: number; duration: number }>;
await session.close();

const sorted = [...appendMs].sort((a, b) => a - b);
const pct = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const contentScript = readFileSync(join(RELEASE_EXTENSION, 'content-scripts', 'content.js'));
let packageBytes = 0;
let packageCompressed = 0;
const walk = (dir: string): void => {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else {
      const bytes = readFileSync(p);
      packageBytes += bytes.length;
      packageCompressed += deflateRawSync(bytes, { level: 9 }).length;
    }
  }
};
walk(RELEASE_EXTENSION);
const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
console.log(`RedFlag in Chromium (${N.toLocaleString('en')}-message conversation, release build ${RELEASE_EXTENSION.replace(ROOT, '')})`);
console.log(`full first scan (load to all messages scored): ${firstScanMs.toFixed(0)} ms   (target: within 3,000 ms)`);
console.log(`long tasks (>50 ms) on the page after load:    ${longTasks.length}${longTasks.length ? ` (longest ${Math.max(...longTasks.map((t) => t.duration)).toFixed(0)} ms)` : ''}   (target: none)`);
const missing = appendMs.filter((ms) => !Number.isFinite(ms)).length;
console.log(`new message to visible warning (${appendMs.length} appends${missing ? `, ${missing} never warned within 5 s` : ''}): median ${pct(0.5).toFixed(0)} ms, p95 ${pct(0.95).toFixed(0)} ms   (target: p95 within 300 ms)`);
console.log(`content script: ${kb(contentScript.length)}, ${kb(gzipSync(contentScript, { level: 9 }).length)} gzipped   (budget: 100 kB gzipped)`);
console.log(`extension package (chrome-mv3): ${kb(packageBytes)}, about ${kb(packageCompressed)} zipped`);
