import { describe, it } from 'vitest';
import { instagram } from '../../src/sites/instagram.ts';
import { checkAdapterFixtures } from './fixture-check.ts';

describe('instagram adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(instagram);
  });
});
