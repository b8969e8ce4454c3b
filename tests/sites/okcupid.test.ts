import { describe, it } from 'vitest';
import { okcupid } from '../../src/sites/okcupid.ts';
import { checkAdapterFixtures } from './fixture-check.ts';

describe('okcupid adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(okcupid);
  });
});
