import { describe, expect, it } from 'vitest';
import {
  chunkNameOf,
  isIslandScript,
  islandSharedChunk,
  loadedBy,
  pageChunkGroups,
  scriptLabel,
  type ModuleLinks,
} from '../../../src/integrations/page-chunks';

const script = (path: string) => `/site/src/components/${path}?astro&type=script&index=0&lang.ts`;

/**
 * A small site's module graph, written as "who imports whom", with the shapes the real one has: an island script that
 * loads a Svelte component, two page scripts that share scoring, a store shared by two pages, a module loaded on
 * demand, and Svelte's runtime, which only the island loads.
 */
function graphOf(imports: Record<string, string[]>, onDemand: Record<string, string[]> = {}) {
  const links = new Map<string, ModuleLinks & { importers: string[]; dynamicImporters: string[] }>();
  const linksOf = (id: string) => {
    const known = links.get(id) ?? { importers: [], dynamicImporters: [], importedIds: [] };
    links.set(id, known);
    return known;
  };
  for (const [from, targets] of Object.entries(imports)) {
    linksOf(from).importedIds = targets;
    for (const target of targets) linksOf(target).importers.push(from);
  }
  for (const [from, targets] of Object.entries(onDemand))
    for (const target of targets) linksOf(target).dynamicImporters.push(from);
  return (id: string) => links.get(id) ?? null;
}

const quiz = script('quiz/QuizIsland.astro');
const result = script('result/ResultPage.astro');
const group = script('group/GroupPage.astro');
const share = script('result/ShareResult.astro');
const lookup = graphOf(
  {
    [quiz]: ['/site/src/components/quiz/QuizApp.svelte', '/site/node_modules/svelte/src/index-client.js'],
    '/site/src/components/quiz/QuizApp.svelte': [
      '/site/node_modules/svelte/src/internal/client/index.js',
      '/site/src/lib/result-code.ts',
      '/site/src/lib/i18n.ts',
    ],
    '/site/node_modules/svelte/src/index-client.js': ['/site/node_modules/svelte/src/internal/client/index.js'],
    [result]: ['/site/src/lib/result-code.ts', '/site/src/lib/scoring.ts', '/site/src/lib/result-view.ts'],
    [group]: ['/site/src/lib/scoring.ts', '/site/src/lib/i18n.ts', '/site/src/stores/groups.ts'],
    '/site/src/lib/scoring.ts': ['/site/src/lib/answers.ts'],
    '/site/src/lib/result-code.ts': ['/site/src/lib/answers.ts'],
    [share]: [],
  },
  { [share]: ['/site/src/lib/qr-code.ts'] },
);

describe('loadedBy', () => {
  it('finds every page script that loads a module, however deep the import', () => {
    expect(loadedBy('/site/src/lib/answers.ts', lookup)).toEqual(new Set([quiz, result, group]));
    expect(loadedBy('/site/node_modules/svelte/src/internal/client/index.js', lookup)).toEqual(new Set([quiz]));
  });

  it('treats a module loaded on demand as a page script of its own, not part of the one that asks for it', () => {
    expect(loadedBy('/site/src/lib/qr-code.ts', lookup)).toEqual(new Set(['/site/src/lib/qr-code.ts']));
  });
});

describe('isIslandScript', () => {
  it('is true only for a page script that loads a Svelte component', () => {
    expect(isIslandScript(quiz, lookup)).toBe(true);
    expect(isIslandScript(result, lookup)).toBe(false);
    expect(isIslandScript(group, lookup)).toBe(false);
  });
});

describe('chunkNameOf', () => {
  it('leaves a module one page script loads to that script, Svelte included', () => {
    expect(chunkNameOf('/site/node_modules/svelte/src/internal/client/index.js', lookup)).toBeUndefined();
    expect(chunkNameOf('/site/src/lib/result-view.ts', lookup)).toBeUndefined();
    expect(chunkNameOf(quiz, lookup)).toBeUndefined();
  });

  it('puts what the island shares in one file, and other shared code in the file of exactly its pages', () => {
    expect(chunkNameOf('/site/src/lib/result-code.ts', lookup)).toBe(islandSharedChunk);
    expect(chunkNameOf('/site/src/lib/i18n.ts', lookup)).toBe(islandSharedChunk);
    expect(chunkNameOf('/site/src/lib/answers.ts', lookup)).toBe(islandSharedChunk);
    expect(chunkNameOf('/site/src/lib/scoring.ts', lookup)).toBe('GroupPage-ResultPage');
  });

  it('gives the same files whatever the modules are called', () => {
    const renamed = (id: string) => id.replace(/\/(lib|stores)\/([^/]+)$/u, '/$1/zz-$2');
    const renamedLookup = (id: string) => {
      const info = lookup(id.replace(/\/zz-/u, '/'));
      return (
        info && {
          importers: info.importers.map(renamed),
          dynamicImporters: info.dynamicImporters.map(renamed),
          importedIds: info.importedIds.map(renamed),
        }
      );
    };
    for (const id of ['/site/src/lib/result-code.ts', '/site/src/lib/scoring.ts', '/site/src/lib/result-view.ts'])
      expect(chunkNameOf(renamed(id), renamedLookup)).toBe(chunkNameOf(id, lookup));
  });

  it('tells apart two page scripts with the same file name, so their code never shares a file by name', () => {
    const a = script('a/Page.astro');
    const b = script('b/Page.astro');
    const twins = graphOf({ [a]: ['/site/src/lib/x.ts'], [b]: ['/site/src/lib/x.ts'], [quiz]: [] });
    const name = chunkNameOf('/site/src/lib/x.ts', twins) ?? '';
    expect(name).not.toBe('Page-Page');
    expect(name).toContain('/a/Page.astro');
    expect(name).toContain('/b/Page.astro');
  });
});

describe('pageChunkGroups', () => {
  it('forms the island-shared file before narrower ones, and each group names only its own modules', () => {
    const groups = pageChunkGroups();
    expect(groups).toHaveLength(2);
    const [island, others] = groups as [(typeof groups)[number], (typeof groups)[number]];
    expect(island.priority).toBeGreaterThan(others.priority);
    const context = { getModuleInfo: lookup };
    expect(island.name('/site/src/lib/answers.ts', context)).toBe(islandSharedChunk);
    expect(others.name('/site/src/lib/answers.ts', context)).toBeNull();
    expect(island.name('/site/src/lib/scoring.ts', context)).toBeNull();
    expect(others.name('/site/src/lib/scoring.ts', context)).toBe('GroupPage-ResultPage');
  });
});

describe('scriptLabel', () => {
  it('is the file name without folders, extension or query', () => {
    expect(scriptLabel(quiz)).toBe('QuizIsland');
    expect(scriptLabel('/site/src/lib/qr-code.ts')).toBe('qr-code');
  });
});
