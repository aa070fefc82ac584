/**
 * Writes the service worker (sw.js, at the site's base) once the site is built: the worker's code from
 * src/service-worker/worker.js, preceded by this build's version (a hash of every file) and its file list. Then
 * lets the worker's registration, the one inline script every page carries (src/components/OfflineSupport.astro),
 * run under the _headers file's policy: it adds the script's hash there, as Astro does in each page's <meta>.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { precacheUrls } from '../lib/offline';

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** The policy's hash of each distinct inline script that runs, in the pages given. */
function inlineScriptHashes(pages: readonly string[]): string[] {
  const hashes = new Set<string>();
  for (const html of pages)
    for (const match of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gu)) {
      if (/\btype="(?!module"|text\/javascript")/u.test(match[1] ?? '')) continue;
      hashes.add(
        `'sha256-${createHash('sha256')
          .update(match[2] ?? '')
          .digest('base64')}'`,
      );
    }
  return [...hashes].sort();
}

/** Adds the hashes to every `script-src` of a _headers file, which allows only the site's own files. */
function allowInHeaders(root: string, hashes: readonly string[]) {
  const path = join(root, '_headers');
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace(/script-src 'self'(?=;|$)/gmu, `script-src 'self' ${hashes.join(' ')}`.trim()));
}

export function serviceWorker(): AstroIntegration {
  let base = '/';
  return {
    name: 'front-back-office:service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = filesUnder(root)
          .map((path) => relative(root, path).split(sep).join('/'))
          .sort();
        // First, so the worker's version is made from the finished _headers too.
        const pages = files.filter((file) => file.endsWith('.html'));
        allowInHeaders(root, inlineScriptHashes(pages.map((file) => readFileSync(join(root, file), 'utf8'))));
        const urls = precacheUrls(files, base);
        const hash = createHash('sha256');
        for (const file of files) hash.update(file).update(readFileSync(join(root, file)));
        const version = hash.digest('hex').slice(0, 12);
        const worker = readFileSync(new URL('../service-worker/worker.js', import.meta.url), 'utf8');
        const notFound = `${base.endsWith('/') ? base : `${base}/`}404.html`;
        writeFileSync(
          join(root, 'sw.js'),
          `const VERSION = ${JSON.stringify(version)};\nconst PRECACHE = ${JSON.stringify(urls)};\n` +
            `const NOT_FOUND = ${JSON.stringify(notFound)};\n${worker}`,
        );
      },
    },
  };
}
