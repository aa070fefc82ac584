// Builds the site twice, at the root and under a sub-path (as GitHub Pages serves a project site), serves both
// on free local ports, and hands the addresses to the tests.
import { spawnSync } from 'node:child_process';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serve } from '../../../scripts/serve.mjs';

export const subPath = '/career/check/';
const root = join(import.meta.dirname, '../../..');
const output = join(root, 'tests/e2e/output');

declare module 'vitest' {
  export interface ProvidedContext {
    rootSiteUrl: string;
    subPathSiteUrl: string;
    subPath: string;
  }
}

function build(outDir: string, basePath: string): void {
  const result = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: root,
      // Vitest sets NODE_ENV=test, which would give a development build of Svelte: test what ships instead.
      env: { ...process.env, NODE_ENV: 'production', BASE_PATH: basePath },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0)
    throw new Error(`astro build failed (BASE_PATH=${basePath}):\n${result.stdout}\n${result.stderr}`);
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const servers: Server[] = [];
  const start = async (dir: string, base: string): Promise<string> => {
    const server = await serve({ dir, base, port: 0 });
    servers.push(server);
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}${base}`;
  };

  build(join(output, 'site-root'), '/');
  build(join(output, 'site-sub-path'), subPath);
  project.provide('rootSiteUrl', await start(join(output, 'site-root'), '/'));
  project.provide('subPathSiteUrl', await start(join(output, 'site-sub-path'), subPath));
  project.provide('subPath', subPath);

  return async () => {
    await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  };
}
