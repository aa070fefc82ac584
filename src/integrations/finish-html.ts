/**
 * Last touches to every built page, where they apply to headings and tables from any source (Markdown, the UI
 * strings, components): Thai key terms kept whole in headings (src/lib/keep-together.ts), and tables with their
 * columns declared up front, in a named box that scrolls sideways on a narrow phone (src/lib/table-regions.ts).
 * Listed before the service worker in astro.config.mjs, so the worker's version is made from the finished files.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { keepTermsTogether } from '../lib/keep-together';
import { declareTableColumns, wrapTablesInRegions } from '../lib/table-regions';

function htmlFilesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFilesUnder(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

export function finishHtml(): AstroIntegration {
  return {
    name: 'front-back-office:finish-html',
    hooks: {
      'astro:build:done': ({ dir }) => {
        for (const path of htmlFilesUnder(fileURLToPath(dir))) {
          const html = readFileSync(path, 'utf8');
          const finished = wrapTablesInRegions(declareTableColumns(keepTermsTogether(html)));
          if (finished !== html) writeFileSync(path, finished);
        }
      },
    },
  };
}
