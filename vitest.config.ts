import { defineConfig } from 'vitest/config';

// Unit tests of pure code and content. End-to-end tests in real Chromium have their own config
// (vitest.e2e.config.ts) because they build the site and need a browser.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
  },
});
