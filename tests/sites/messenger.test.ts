import { describe, it } from 'vitest';
import { messenger } from '../../src/sites/messenger.ts';
import { checkAdapterFixtures } from './fixture-check.ts';

describe('messenger adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(messenger);
  });
});
