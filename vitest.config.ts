import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    // Real-browser tests run separately (vitest.browser.config.ts), after the build.
    exclude: ['tests/browser/**', 'node_modules/**'],
    environment: 'node',
    // Interface text comes from the browser's i18n in the extension; here, from the English catalogue.
    setupFiles: ['tests/setup.ts'],
    testTimeout: 30_000,
  },
});
