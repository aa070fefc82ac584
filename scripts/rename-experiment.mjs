// Checks that which JavaScript a page loads does not hang on file names: builds the site as it is and a copy in
// which every file under src/lib and src/stores has a new name (and every import of it follows), then compares
// each page's JavaScript (gzip). Fails when any page moves by more than 1%.
// Usage: node scripts/rename-experiment.mjs [--prefix renamed-]
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { measurePages } from './page-weight.mjs';

const renamedFolders = ['src/lib', 'src/stores'];
const sourceExtensions = /\.(?:ts|mts|js|mjs|astro|svelte)$/u;
const projectFiles = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json', 'budgets.json'];

/** Every file under `folder`, recursively. */
function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/**
 * Rewrites the relative import specifiers in `code` (a file at `file`) that point at a renamed module, keeping how
 * each was written (with or without an extension). `renamed` maps old absolute paths to new ones.
 * @example rewriteImports("import { a } from './answers';", '/p/src/lib/x.ts', new Map([['/p/src/lib/answers.ts', '/p/src/lib/r-answers.ts']]))
 * // "import { a } from './r-answers';"
 */
export function rewriteImports(code, file, renamed) {
  return code.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\2/gu, (whole, before, quote, specifier) => {
    const target = resolve(dirname(file), specifier);
    for (const candidate of [target, `${target}.ts`, `${target}.js`, `${target}.svelte`]) {
      const newPath = renamed.get(candidate);
      if (newPath === undefined) continue;
      const newName = basename(newPath);
      const written = candidate === target ? newName : newName.replace(/\.(?:ts|js|svelte)$/u, '');
      return `${before}${quote}${specifier.slice(0, specifier.length - basename(specifier).length)}${written}${quote}`;
    }
    return whole;
  });
}

function build(root, outDir) {
  execFileSync('npx', ['astro', 'build', '--root', root, '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, SITE_URL: process.env.SITE_URL ?? 'https://career-check.example.org' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Map(measurePages(outDir).map((row) => [row.page, row.jsGzip - row.registrationGzip]));
}

const isMain = import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const { values } = parseArgs({ options: { prefix: { type: 'string', default: 'renamed-' } } });
  const project = resolve(dirname(new URL(import.meta.url).pathname), '..');
  const work = mkdtempSync(join(tmpdir(), 'rename-experiment-'));
  try {
    const copy = join(work, 'project');
    for (const name of projectFiles) cpSync(join(project, name), join(copy, name), { recursive: true });
    symlinkSync(join(project, 'node_modules'), join(copy, 'node_modules'));

    const renamed = new Map();
    for (const folder of renamedFolders)
      for (const file of filesUnder(join(copy, folder)))
        renamed.set(file, join(dirname(file), `${values.prefix}${basename(file)}`));
    for (const file of filesUnder(join(copy, 'src')).filter((each) => sourceExtensions.test(each)))
      writeFileSync(file, rewriteImports(readFileSync(file, 'utf8'), file, renamed));
    for (const [from, to] of renamed) renameSync(from, to);

    const before = build(project, join(work, 'before'));
    const after = build(copy, join(work, 'after'));
    const rows = [...before].map(([page, bytes]) => {
      const renamedBytes = after.get(page) ?? Number.NaN;
      return { page, bytes, renamedBytes, change: (renamedBytes - bytes) / bytes };
    });
    const moved = rows.filter((row) => row.bytes > 0 && !(Math.abs(row.change) <= 0.01));
    console.log(`${renamed.size} files renamed under ${renamedFolders.join(' and ')} (prefix "${values.prefix}")`);
    console.log('page'.padEnd(34), 'JS gzip'.padStart(8), 'renamed'.padStart(8), 'change'.padStart(8));
    for (const row of rows.filter((each) => each.bytes > 300))
      console.log(
        row.page.padEnd(34),
        String(row.bytes).padStart(8),
        String(row.renamedBytes).padStart(8),
        `${(row.change * 100).toFixed(2)}%`.padStart(8),
      );
    if (moved.length > 0) {
      console.error(`Moved by more than 1% after renaming: ${moved.map((row) => row.page).join(', ')}`);
      process.exitCode = 1;
    } else console.log(`No page's JavaScript moved by more than 1% (${rows.length} pages compared).`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
