import { defineConfig } from 'vitest/config';

// End-to-end tests: build the site, serve it locally and drive Debian's Chromium. One browser, one file at a time:
// the machine has two cores, and parallel browsers would only make timings noisy.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
