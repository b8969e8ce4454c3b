import { describe, it } from 'vitest';
import { plentyOfFish } from '../../src/sites/plenty-of-fish.ts';
import { checkAdapterFixtures } from './fixture-check.ts';

describe('plenty-of-fish adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(plentyOfFish);
  });
});
