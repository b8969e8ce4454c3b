import { describe, it } from 'vitest';
import { bumble } from '../../src/sites/bumble.ts';
import { checkAdapterFixtures } from './fixture-check.ts';

describe('bumble adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(bumble);
  });
});
