#!/usr/bin/env node
// The CLI runs from JavaScript built ahead of time (`npm run build:cli`, which `npm ci` and
// `npm run build` run): a start costs Node plus loading the modules, with nothing compiled at
// run time. While the sources are newer than that build (someone editing src/), it runs the
// TypeScript directly through tsx instead: slower to start, same results.
import { readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// main.js starts scan-worker.js, built beside it, for `scan --jobs`.
const built = new URL('../../.output/cli/main.js', import.meta.url);

function builtIsFresh() {
  let builtAt;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    return false;
  }
  const src = fileURLToPath(new URL('..', import.meta.url));
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && statSync(`${entry.parentPath}/${entry.name}`).mtimeMs > builtAt) return false;
  }
  return true;
}

if (builtIsFresh()) {
  await import(built.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
