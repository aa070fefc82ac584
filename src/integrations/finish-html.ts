/**
 * Last touches to every built page, where they apply to text and tables from any source (Markdown, the UI strings,
 * components, the data scripts write from): Thai words kept whole across lines (src/lib/thai-line-breaks.ts), English
 * hyphenated words kept whole in headings (src/lib/keep-together.ts), and tables with their columns declared up
 * front, in a named box that scrolls sideways on a narrow phone (src/lib/table-regions.ts). Listed before the service
 * worker in astro.config.mjs, so the worker's version is made from the finished files.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse as parseYaml } from 'yaml';
import { keepTermsTogether } from '../lib/keep-together';
import { declareTableColumns, wrapTablesInRegions } from '../lib/table-regions';
import { createThaiLineBreaker, joinThaiWordsInHtml } from '../lib/thai-line-breaks';
import { thaiWordsSchema } from '../schemas/thai-words';

function htmlFilesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return htmlFilesUnder(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

/**
 * The Thai words content/thai-words.yaml keeps whole. A bad list fails the build. (The terminology's terms are not
 * all kept whole: a job title such as พนักงานคีย์ข้อมูล is two words a line may break between; the list holds the
 * compounds among them.)
 */
export function thaiWordsKeptWhole(contentFolder: URL): string[] {
  return thaiWordsSchema.parse(parseYaml(readFileSync(new URL('thai-words.yaml', contentFolder), 'utf8')));
}

export function finishHtml(): AstroIntegration {
  return {
    name: 'front-back-office:finish-html',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const breaker = createThaiLineBreaker(thaiWordsKeptWhole(new URL('../../content/', import.meta.url)));
        for (const path of htmlFilesUnder(fileURLToPath(dir))) {
          const html = readFileSync(path, 'utf8');
          const finished = wrapTablesInRegions(
            declareTableColumns(keepTermsTogether(joinThaiWordsInHtml(html, breaker)), breaker.units),
          );
          if (finished !== html) writeFileSync(path, finished);
        }
      },
    },
  };
}
