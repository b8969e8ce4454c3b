import { defineConfig } from 'vitest/config';

// Real-browser tests: Debian's Chromium with the built extension (npm run build first).
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    environment: 'node',
    testTimeout: 90_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
