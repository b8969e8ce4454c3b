import { describe, it } from 'vitest';
import { tinder } from '../../src/sites/tinder.ts';
import { checkAdapterFixtures } from './fixture-check.ts';

describe('tinder adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(tinder);
  });
});
