import svelte from '@astrojs/svelte';
import type { AstroIntegration } from 'astro';

/**
 * Astro's Svelte integration without its loader for `client:` islands. The site hydrates its one Svelte island itself
 * (src/components/quiz/QuizIsland.astro) and no page uses a `client:` directive, yet the loader was still built as
 * an entry of its own: sharing Svelte's runtime with the quiz, it would make the bundler split that runtime into a
 * file apart from the quiz's. Components still render on the server as before.
 */
export function svelteWithoutLoader(options: Parameters<typeof svelte>[0]): AstroIntegration {
  const integration = svelte(options);
  const setup = integration.hooks['astro:config:setup'];
  return {
    ...integration,
    hooks: {
      ...integration.hooks,
      'astro:config:setup': async (params) =>
        setup?.({
          ...params,
          addRenderer: ({ name, serverEntrypoint }) => params.addRenderer({ name, serverEntrypoint }),
        }),
    },
  };
}
