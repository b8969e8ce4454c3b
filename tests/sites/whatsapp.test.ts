import { describe, it } from 'vitest';
import { whatsapp } from '../../src/sites/whatsapp.ts';
import { checkAdapterFixtures } from './fixture-check.ts';

describe('whatsapp adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(whatsapp);
  });
});
