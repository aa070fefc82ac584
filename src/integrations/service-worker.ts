/**
 * Writes the service worker (sw.js, at the site's base) once the site is built: the worker's code from
 * src/service-worker/worker.js, preceded by this build's version (a hash of every file) and its file list.
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
