// @ts-check
/**
 * Mutation testing (`npm run test:mutation`): Stryker changes the code under src/lib and src/stores one small
 * edit at a time and runs the unit and component tests against each change; a change no test notices marks a
 * test that checks too little. It is slow, so it runs by hand, not in CI. Incremental mode keeps each mutant's
 * last result in reports/ (git-ignored) and reruns only those whose code or tests changed since.
 * For a few files: `npx stryker run --mutate src/lib/result-code.ts,src/stores/quiz.ts`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  mutate: ['src/lib/**/*.ts', 'src/stores/**/*.ts', '!src/**/*.d.ts'],
  // Not copied into Stryker's sandbox: build output and earlier reports; no unit test reads them.
  ignorePatterns: ['/dist', '/tests/e2e/output', '/reports', '/bench/results*.json'],
  testRunner: 'vitest',
  // The unit and component projects only; the end-to-end tests have their own config and build the site.
  vitest: { configFile: 'vitest.config.ts' },
  concurrency: 2,
  // Each run starts jsdom for the store and component tests; on a busy two-core machine that alone can pass the
  // default 5 s allowance, and a mutant would then count as caught (timed out) although no test failed.
  timeoutMS: 20_000,
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['html', 'clear-text', 'progress'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
};
