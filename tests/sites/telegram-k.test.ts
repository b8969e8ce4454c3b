import { describe, it } from 'vitest';
import { telegramK } from '../../src/sites/telegram-k.ts';
import { checkAdapterFixtures } from './fixture-check.ts';

describe('telegram-k adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(telegramK);
  });
});
