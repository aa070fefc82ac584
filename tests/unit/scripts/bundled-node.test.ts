import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../../..');
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { engines?: { node?: string }; optional?: boolean; os?: string[]; cpu?: string[] }>;
};
const bundled = lock.packages['node_modules/node'] as { version?: string } | undefined;

describe('the Node that npm run and npx use (the node package)', () => {
  it('is the Node these tests run on', () => {
    expect(process.version).toBe(`v${bundled?.version}`);
  });

  it('is recent enough for every package installed, so npm warns only about its own older Node', () => {
    const wantNewer = Object.entries(lock.packages)
      // A binary for another system (sharp's for 32-bit Windows) is never installed here.
      .filter(([, info]) => !(info.optional === true && (info.os !== undefined || info.cpu !== undefined)))
      .filter(([, info]) => info.engines?.node !== undefined)
      .filter(([, info]) => !semver.satisfies(bundled?.version ?? '0.0.0', info.engines?.node ?? '*'))
      .map(([name, info]) => `${name} wants ${info.engines?.node}`);
    expect(wantNewer).toEqual([]);
  });
});
