import { describe, it } from 'vitest';
import { match } from '../../src/sites/match.ts';
import { checkAdapterFixtures } from './fixture-check.ts';

describe('match adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(match);
  });
});
