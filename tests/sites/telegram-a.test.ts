import { describe, it } from 'vitest';
import { telegramA } from '../../src/sites/telegram-a.ts';
import { checkAdapterFixtures } from './fixture-check.ts';

describe('telegram-a adapter', () => {
  it('reads the thread, directions, texts and stable keys from its fixtures', () => {
    checkAdapterFixtures(telegramA);
  });
});
