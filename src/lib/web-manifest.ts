/**
 * The web app manifest of each language (/th/manifest.webmanifest, /en/…), which lets Chrome on Android install the
 * site with its name in that language. Pure: src/pages/[locale]/manifest.webmanifest.ts fills in the words.
 */
import type { Locale } from './i18n';

/** The page background of the light scheme (src/styles/base.css), shown behind the icon while the app opens. */
export const manifestBackground = '#fbf8f3';

/** The app icon's files in public/icons/ (drawn by scripts/draw-icons.mjs from the two SVGs). */
export const manifestIcons = [
  { file: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
  { file: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { file: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { file: 'icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
  { file: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

export interface ManifestWords {
  name: string;
  shortName: string;
  description: string;
}

/**
 * The manifest of one language. It opens on that language's home page, and its scope is the whole site (under the
 * base path), so the other language, the quiz and results stay inside the installed app.
 * @example webManifest('en', '/career/', words).start_url // '/career/en/'
 */
export function webManifest(locale: Locale, base: string, words: ManifestWords) {
  const root = base.endsWith('/') ? base : `${base}/`;
  return {
    id: `${root}${locale}/`,
    name: words.name,
    short_name: words.shortName,
    description: words.description,
    lang: locale,
    dir: 'ltr',
    start_url: `${root}${locale}/`,
    scope: root,
    display: 'standalone',
    background_color: manifestBackground,
    theme_color: manifestBackground,
    categories: ['education'],
    icons: manifestIcons.map(({ file, sizes, type, purpose }) => ({
      src: `${root}icons/${file}`,
      sizes,
      type,
      purpose,
    })),
  };
}
