/**
 * Which JavaScript file each module of the site goes in, decided by the module graph, never by file names, so that
 * renaming or moving a file under src/ moves nothing between files:
 * - a module only one page script loads goes in that script's file (the bundler's own choice, kept);
 * - a module that the island script (the one that loads Svelte components: the quiz) shares with other page scripts
 *   goes in one file with all the others it shares: the quiz page, whose budget is the tightest, loads its own file
 *   and that one, and the pages that share it get a few hundred bytes they do not run;
 * - any other shared module goes in the file of exactly the page scripts that load it (scoring: the result and the
 *   group pages), so no page downloads code it does not run, the quiz least of all.
 *
 * A page script is a script Astro bundles from a component (its module id carries `?astro&type=script`) or a module
 * that code loads on demand with import() (the QR encoder: fetched when asked for).
 */

/** What the bundler tells about a module: the part of Rolldown's ModuleInfo this needs. */
export interface ModuleLinks {
  importers: readonly string[];
  dynamicImporters: readonly string[];
  importedIds: readonly string[];
}

export type ModuleLookup = (id: string) => ModuleLinks | null;

/** A script Astro bundles from a component's <script> element. */
export const isComponentScript = (id: string): boolean => id.includes('?astro&type=script');

const isPageScript = (id: string, info: ModuleLinks) => isComponentScript(id) || info.dynamicImporters.length > 0;

/**
 * The page scripts that load `moduleId` through static imports. A module loaded on demand is a page script of its
 * own: its importers load it later, not with themselves.
 * @example loadedBy('/src/lib/i18n.ts', lookup) // Set { '/src/components/quiz/QuizIsland.astro?astro&type=script…', … }
 */
export function loadedBy(moduleId: string, lookup: ModuleLookup): Set<string> {
  const scripts = new Set<string>();
  const seen = new Set<string>();
  const waiting = [moduleId];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    const info = lookup(id);
    if (!info) continue;
    if (isPageScript(id, info)) scripts.add(id);
    else waiting.push(...info.importers);
  }
  return scripts;
}

/**
 * True when `scriptId` loads a Svelte component through static imports: the page script of an island.
 * @example isIslandScript('/src/components/quiz/QuizIsland.astro?astro&type=script&index=0&lang.ts', lookup) // true
 */
export function isIslandScript(scriptId: string, lookup: ModuleLookup): boolean {
  const seen = new Set<string>();
  const waiting = [scriptId];
  for (let id = waiting.pop(); id !== undefined; id = waiting.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (/\.svelte$/u.test(id.split('?')[0] ?? id)) return true;
    const info = lookup(id);
    // Another page script's code is not this one's.
    if (info && (id === scriptId || !isPageScript(id, info))) waiting.push(...info.importedIds);
  }
  return false;
}

/** A short, readable label for a page script: its file's name without folders, extension or query. */
export function scriptLabel(id: string): string {
  const file = (id.split('?')[0] ?? id).split(/[\\/]/u).at(-1) ?? id;
  return file.replace(/\.(?:astro|svelte|[cm]?[jt]s)$/u, '');
}

/** The name of the file for modules that an island shares with other page scripts. */
export const islandSharedChunk = 'island-shared';

/**
 * The file a shared module goes in, or undefined for a module one page script (or none) loads, which the bundler
 * places in that script's own file. Named after the labels of the scripts that load it ("GroupPage-ResultPage"),
 * or {@link islandSharedChunk}. Two scripts with the same file name in different folders are told apart by path, so
 * that their modules never share a file by name alone.
 * @example chunkNameOf('/src/lib/scoring.ts', lookup) // 'GroupPage-ResultPage'
 */
export function chunkNameOf(moduleId: string, lookup: ModuleLookup): string | undefined {
  const info = lookup(moduleId);
  if (!info || isPageScript(moduleId, info)) return undefined;
  const scripts = [...loadedBy(moduleId, lookup)];
  if (scripts.length < 2) return undefined;
  if (scripts.some((script) => isIslandScript(script, lookup))) return islandSharedChunk;
  const labels = scripts.map(scriptLabel);
  const named = new Set(labels).size === labels.length ? labels : scripts.map((id) => id.split('?')[0] ?? id);
  return named.sort().join('-');
}

/**
 * Rolldown's chunk groups for {@link chunkNameOf}. A group takes a module's imports along with it, and what an
 * island shares is what the quiz page loads, so that group is formed first: a narrower group (scoring) then cannot
 * pull a module the quiz needs (the answers' checks) into a file the quiz does not load.
 */
export function pageChunkGroups() {
  const named = (wanted: (name: string) => boolean) => (id: string, context: { getModuleInfo: ModuleLookup }) => {
    // getModuleInfo is a method: called on its context, not detached.
    const name = chunkNameOf(id, (each) => context.getModuleInfo(each));
    return name !== undefined && wanted(name) ? name : null;
  };
  return [
    { name: named((name) => name === islandSharedChunk), priority: 2 },
    { name: named((name) => name !== islandSharedChunk), priority: 1 },
  ];
}
