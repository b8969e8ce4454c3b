import { describe, it } from 'vitest';
import { linkedin } from '../../src/sites/linkedin.ts';
import { checkAdapterFixtures } from './fixture-check.ts';

describe('linkedin adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(linkedin);
  });
});
