import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Unit tests of pure code and content run in Node; component tests render Svelte components in jsdom.
// End-to-end tests in real Chromium have their own config (vitest.e2e.config.ts): they build the site.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        plugins: [svelte()],
        // The browser build of Svelte: components mount in jsdom instead of rendering to a string.
        resolve: { conditions: ['browser'] },
        test: { name: 'components', include: ['tests/components/**/*.test.ts'], environment: 'jsdom' },
      },
    ],
  },
});
