// @ts-check
import { defineConfig } from 'astro/config';
import { finishHtml } from './src/integrations/finish-html.ts';
import { pageChunkGroups } from './src/integrations/page-chunks.ts';
import { svelteWithoutLoader } from './src/integrations/svelte-without-loader.ts';
import { serviceWorker } from './src/integrations/service-worker.ts';

/**
 * The site is served from the root by default. Static hosts that serve it from a sub-path (GitHub Pages project
 * sites: https://user.github.io/repository/) build with BASE_PATH=/repository/ so every link and asset carries it.
 * SITE_URL is the public origin; canonical and hreflang links must be absolute, so a deploy sets it.
 */
const basePath = process.env.BASE_PATH ?? '/';
const siteUrl = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site: siteUrl,
  base: basePath,
  output: 'static',
  // Every page is a folder with index.html, so URLs end in a slash on every static host alike.
  trailingSlash: 'always',
  // Stylesheets are always files, never inlined <style>: with the header CSP (public/_headers) allowing only this
  // site's files, an inlined style or script would be blocked.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // discloseVersion off: no version stamp on window, a few bytes less in a page with a tight budget.
  // finishHtml: key terms kept whole in Thai headings, tables in boxes that scroll; before the service worker
  // hashes the finished files.
  integrations: [svelteWithoutLoader({ compilerOptions: { discloseVersion: false } }), finishHtml(), serviceWorker()],
  vite: {
    build: {
      // Scripts too: even a tiny one (the copy button's) is a file. The one exception is the service worker's
      // registration (src/components/OfflineSupport.astro), on every page: inline, so pages that run nothing else
      // make no request for it; its hash joins the policy in the _headers file (src/integrations/service-worker.ts).
      assetsInlineLimit: (file) => /(?:^|\/)OfflineSupport\.astro_astro_type_script_/u.test(file),
      // Which file each module goes in follows from which page scripts load it, never from file names
      // (src/integrations/page-chunks.ts).
      rolldownOptions: { output: { codeSplitting: { groups: pageChunkGroups() } } },
    },
  },
  i18n: {
    locales: ['th', 'en'],
    defaultLocale: 'th',
    routing: {
      prefixDefaultLocale: true,
      // "/" is a real page where the visitor picks a language; a redirect would be blank without JavaScript.
      redirectToDefaultLocale: false,
    },
  },
  // Every page carries a Content-Security-Policy <meta>: scripts and styles only from this site (Astro adds the
  // hashes of what it bundles), nothing from anywhere else, no plugins, forms only to this site. public/_headers
  // repeats it as a header, with frame-ancestors, which a <meta> cannot carry.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
      ],
    },
  },
  // No code blocks on the site; Shiki would colour them with inline styles, which the CSP forbids.
  markdown: { syntaxHighlight: false },
  // No prefetch script, no dev toolbar in builds: explainer pages must ship zero JavaScript.
  prefetch: false,
  devToolbar: { enabled: false },
});
