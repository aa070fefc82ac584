import { defineConfig } from 'vitest/config';

// End-to-end tests: build the site, serve it locally and drive Debian's Chromium. One browser, one file at a time:
// the machine has two cores, and parallel browsers would only make timings noisy.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    // Tests a file marks concurrent (each page of the site, visited once) run two at a time: one a core.
    maxConcurrency: 2,
    // A condition polled for (expect.poll) may take a few seconds to come true on a loaded 2-core machine.
    expect: { poll: { timeout: 15_000 } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
