// `npm run new:site ID "Site name" https://example.com/messages/123`
// Creates a site adapter, its fixtures (scam and benign conversation pages with
// their expected readings) and its test, and registers the adapter. The
// generated adapter and fixture share a generic structure that passes; replace
// both with the real site's markup (semantic hooks first), then run
// `npx vitest run tests/sites/ID.test.ts` and `npm run build && npm run test:browser`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const [id, name, exampleUrl] = process.argv.slice(2);
if (!id || !/^[a-z][a-z0-9-]*$/.test(id) || !name || !exampleUrl?.startsWith('https://')) {
  console.error('usage: npm run new:site ID "Site name" https://site/conversation-url   (ID: lower case, digits, dashes)');
  process.exit(2);
}
const variable = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const host = new URL(exampleUrl).host;
const adapterPath = join(root, 'src', 'sites', `${id}.ts`);
if (existsSync(adapterPath)) {
  console.error(`src/sites/${id}.ts exists already`);
  process.exit(2);
}

writeFileSync(
  adapterPath,
  `import { contentKey, plainText } from './read.ts';
import type { SiteAdapter } from './types.ts';

// ${name}: TODO describe the markup this adapter relies on (which attributes give keys and direction).
export const ${variable}: SiteAdapter = {
  id: '${id}',
  name: '${name}',
  matches: ['https://${host}/*'],
  exampleUrl: '${exampleUrl}',
  thread: ['[data-rf-thread]'],
  message: ['[data-rf-message]'],
  threadId(doc) {
    return new URL(doc.location.href).pathname;
  },
  read(el) {
    const text = plainText(el.querySelector('[data-rf-text]'));
    if (!text) return null;
    return { key: el.getAttribute('data-rf-message') || contentKey(text), from: el.getAttribute('data-rf-from') === 'me' ? 'me' : 'them', text };
  },
};
`,
);

const conversations = JSON.parse(readFileSync(join(root, 'tests', 'sites', 'fixtures', 'conversations.json'), 'utf8')) as Record<
  'scam' | 'benign',
  { messages: Array<{ from: string; text: string }>; flag: number[]; quiet: number[]; live: { from: string; text: string } }
>;
const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fixtureDir = join(root, 'tests', 'sites', 'fixtures', id);
mkdirSync(fixtureDir, { recursive: true });
for (const [kind, c] of Object.entries(conversations)) {
  const rows = c.messages
    .map((m, i) => `    <div data-rf-message="m${i}" data-rf-from="${m.from}"><p data-rf-text>${escape(m.text)}</p></div>`)
    .join('\n');
  writeFileSync(
    join(fixtureDir, `${kind}.html`),
    `<!doctype html>
<!-- TODO: replace with a sanitised reproduction of ${name}'s real message markup (fictional people only). -->
<html lang="en"><head><meta charset="utf-8"><title>${escape(name)}</title></head><body>
  <main data-rf-thread>
${rows}
  </main>
<script>
// Test hook: appends a message the way the site does.
window.__fixture = { append(from, text) {
  const n = document.querySelectorAll('[data-rf-message]').length;
  const row = document.createElement('div'); row.setAttribute('data-rf-message', 'live' + n); row.setAttribute('data-rf-from', from);
  const p = document.createElement('p'); p.setAttribute('data-rf-text', ''); p.textContent = text;
  row.append(p); document.querySelector('[data-rf-thread]').append(row);
} };
</script>
</body></html>
`,
  );
  writeFileSync(join(fixtureDir, `${kind}.expected.json`), `${JSON.stringify({ threadId: new URL(exampleUrl).pathname, ...c }, null, 1)}\n`);
}

writeFileSync(
  join(root, 'tests', 'sites', `${id}.test.ts`),
  `import { describe, it } from 'vitest';
import { ${variable} } from '../../src/sites/${id}.ts';
import { checkAdapterFixtures } from './fixture-check.ts';

describe('${id} adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(${variable});
  });
});
`,
);

// Register, keeping the list alphabetical.
const registryPath = join(root, 'src', 'sites', 'registry.ts');
const registry = readFileSync(registryPath, 'utf8');
const imports = [...registry.matchAll(/^import \{ (\w+) \} from '\.\/([\w-]+)\.ts';$/gm)].map((m) => ({ variable: m[1]!, file: m[2]! }));
const all = [...imports, { variable, file: id }].sort((a, b) => a.file.localeCompare(b.file));
const updated = registry
  .replace(/^import \{ \w+ \} from '\.\/[\w-]+\.ts';\n/gm, '')
  .replace("import type { SiteAdapter } from './types.ts';\n", `import type { SiteAdapter } from './types.ts';\n${all.map((a) => `import { ${a.variable} } from './${a.file}.ts';`).join('\n')}\n`)
  .replace(/export const ADAPTERS: readonly SiteAdapter\[\] = \[[^\]]*\];/, `export const ADAPTERS: readonly SiteAdapter[] = [${all.map((a) => a.variable).join(', ')}];`);
writeFileSync(registryPath, updated);
console.log(`created src/sites/${id}.ts, tests/sites/${id}.test.ts and tests/sites/fixtures/${id}/; registered in src/sites/registry.ts`);
