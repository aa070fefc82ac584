/**
 * What the service worker keeps for offline use, worked out from the built site's files. Pure: the build
 * integration (src/integrations/service-worker.ts) reads the files and writes the worker.
 */

/**
 * Files that are not pages or page assets: host configuration, the worker itself, link-preview pictures, and the
 * app icon's PNGs (the phone fetches those once, when the site is installed, and keeps them itself). The pictures in
 * illustrations/, the manifests and the icon's SVG are kept: offline pages show their pictures.
 */
const notPrecached = [/^_headers$/u, /^_redirects$/u, /^sw\.js$/u, /(^|\/)preview\.png$/u, /^icons\/.+\.png$/u];

/**
 * The URLs to precache, given the built files (paths relative to the output folder, with "/") and the base path.
 * A folder's index.html is cached under the folder's URL, which is the address people open.
 * @example precacheUrls(['index.html', 'th/quiz/index.html', '_astro/quiz.js', '_headers'], '/jobs/')
 * // ['/jobs/', '/jobs/th/quiz/', '/jobs/_astro/quiz.js']
 */
export function precacheUrls(files: readonly string[], base: string): string[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return files
    .filter((file) => !notPrecached.some((pattern) => pattern.test(file)))
    .map((file) => `${prefix}${file.replace(/(^|\/)index\.html$/u, '$1')}`)
    .sort();
}
