import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupScriptKeys } from '../../../src/components/group/group-page-data';
import { paperScriptKeys } from '../../../src/components/paper/paper-page-data';
import { fairScriptKeys } from '../../../src/components/fair/fair-page-data';

/** The browser code of a component folder: its .ts modules, without the data module that lists the words. */
function scriptSource(folder: string): string {
  const path = join(import.meta.dirname, '../../../src/components', folder);
  return readdirSync(path)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('-page-data.ts'))
    .map((name) => readFileSync(join(path, name), 'utf8'))
    .join('\n');
}

/** True when the code asks for `key`: written out, or built from a template such as `result.verdict.${outcome}`. */
function asksFor(source: string, key: string): boolean {
  if (source.includes(`'${key}'`)) return true;
  const templates = [...source.matchAll(/`([a-z.]+)\$\{/gu)].map((match) => match[1] ?? '');
  return templates.some((prefix) => prefix !== '' && key.startsWith(prefix));
}

// A key the scripts ask for but the page does not hand over fails the type check (the scripts' say() takes only
// these keys); these tests catch the other way round: words handed over, in every page's HTML, that nothing shows.
describe('the words a page hands its script', () => {
  it.each([
    ['group', groupScriptKeys],
    ['paper', paperScriptKeys],
    ['fair', fairScriptKeys],
  ] as const)('on the %s page, are each asked for by the script', (folder, keys) => {
    const source = scriptSource(folder);
    expect(keys.filter((key) => !asksFor(source, key))).toEqual([]);
  });

  it('would notice a word nothing asks for', () => {
    expect(asksFor(scriptSource('paper'), 'paper.title')).toBe(false);
    expect(asksFor(scriptSource('group'), 'result.verdict.front')).toBe(true);
  });
});
