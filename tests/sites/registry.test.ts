import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ADAPTERS, adapterFor, ALL_MATCHES, matchPattern } from '../../src/sites/registry.ts';
import { FIXTURE_NAMES, FIXTURES } from './fixture-check.ts';

const here = fileURLToPath(new URL('.', import.meta.url));

describe('site registry', () => {
  it('has unique ids, kept in alphabetical order', () => {
    const ids = ADAPTERS.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort());
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it.each(ADAPTERS.map((a) => [a.id, a] as const))('%s: has fixtures, a test, valid patterns and an example URL it matches', (id, adapter) => {
    for (const name of FIXTURE_NAMES) {
      expect(existsSync(join(FIXTURES, id, `${name}.html`)), `${id}/${name}.html`).toBe(true);
      expect(existsSync(join(FIXTURES, id, `${name}.expected.json`)), `${id}/${name}.expected.json`).toBe(true);
    }
    expect(existsSync(join(here, `${id}.test.ts`)), `tests/sites/${id}.test.ts`).toBe(true);
    expect(adapter.matches.length).toBeGreaterThan(0);
    for (const p of adapter.matches) expect(p).toMatch(/^https:\/\/(\*\.)?[a-z0-9.-]+\/.*$/);
    expect(adapterFor(adapter.exampleUrl)).toBe(adapter);
    expect(adapter.thread.length).toBeGreaterThan(0);
    expect(adapter.message.length).toBeGreaterThan(0);
  });

  it('asks for chat sites only: no pattern matches every site', () => {
    for (const p of ALL_MATCHES) expect(p).not.toMatch(/^(\*|https?):\/\/\*\//);
  });

  it('matches URLs as browsers do', () => {
    expect(matchPattern('https://web.whatsapp.com/*', 'https://web.whatsapp.com/')).toBe(true);
    expect(matchPattern('https://*.messenger.com/*', 'https://www.messenger.com/t/1')).toBe(true);
    expect(matchPattern('https://*.messenger.com/*', 'https://messenger.com/t/1')).toBe(true);
    expect(matchPattern('https://*.messenger.com/*', 'https://evilmessenger.com/t/1')).toBe(false);
    expect(matchPattern('https://www.facebook.com/messages/*', 'https://www.facebook.com/profile')).toBe(false);
    expect(matchPattern('https://web.whatsapp.com/*', 'http://web.whatsapp.com/')).toBe(false);
    expect(adapterFor('https://example.com/')).toBeNull();
  });
});
