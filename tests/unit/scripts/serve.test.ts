import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const script = join(import.meta.dirname, '../../../scripts/serve.mjs');
let site: string;
let blocker: Server;
let blockedPort: number;
const started: ChildProcess[] = [];

beforeAll(async () => {
  site = mkdtempSync(join(tmpdir(), 'serve-test-'));
  writeFileSync(join(site, 'index.html'), '<!doctype html><title>served</title>');
  // A port held by another server, as a first `npm start` holds 4321 when a second one starts.
  blocker = createServer((_request, response) => response.end('the other server'));
  await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
  const address = blocker.address();
  blockedPort = typeof address === 'object' && address ? address.port : 0;
});

afterEach(() => {
  for (const child of started.splice(0)) child.kill();
});

afterAll(async () => {
  await new Promise((resolve) => blocker.close(resolve));
  rmSync(site, { recursive: true, force: true });
});

const saysWhere = (printed: string) => /being served at .*\n/u.test(printed);

/**
 * Starts the server and resolves with what it printed once `done` holds of it (by default, once it says where it
 * serves), or rejects after 20 s.
 */
function startServing(args: string[], done: (printed: string) => boolean = saysWhere): Promise<string> {
  const child = spawn(process.execPath, [script, '--dir', site, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let printed = '';
  return new Promise((resolve, reject) => {
    const deadline = setTimeout(() => reject(new Error(`no address printed within 20 s: ${printed}`)), 20_000);
    const read = (chunk: Buffer) => {
      printed += chunk.toString();
      if (done(printed)) {
        clearTimeout(deadline);
        resolve(printed);
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', () => {
      clearTimeout(deadline);
      reject(new Error(`stopped: ${printed}`));
    });
  });
}

const servedPort = (printed: string) => Number(/localhost:(\d+)\//u.exec(printed)?.[1]);

describe('npm start when its port is taken', () => {
  it('serves the site on the next free port and says so in one line', async () => {
    const printed = await startServing(['--port', String(blockedPort)]);
    const port = servedPort(printed);
    expect(port).toBeGreaterThan(blockedPort);
    expect(printed).toContain(`Port ${blockedPort} is in use, so this server took ${port}.`);
    expect(printed).not.toMatch(/Error|at .*\.mjs/u);
    const page = await fetch(`http://127.0.0.1:${port}/`);
    expect(await page.text()).toContain('<title>served</title>');
  });

  it('on a free port says nothing about ports', async () => {
    const printed = await startServing(['--port', '0']);
    expect(printed).not.toMatch(/in use/u);
    expect(servedPort(printed)).toBeGreaterThan(0);
  });
});

describe('npm start asked for what cannot be', () => {
  it('refuses a port that is not a number with one line, no stack trace', () => {
    const result = spawnSync(process.execPath, [script, '--dir', site, '--port', 'eighty'], { encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toEqual(['--port must be a whole number from 0 to 65535 (eighty)']);
  });

  it('says in one line when the address to serve on is not this computer’s', () => {
    // 203.0.113.0/24 is reserved for documentation: no machine has it.
    const result = spawnSync(process.execPath, [script, '--dir', site, '--port', '0', '--host', '203.0.113.254'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^The site could not be served on 203\.0\.113\.254: EADDRNOTAVAIL/u);
  });
});

describe('npm start -- --host 0.0.0.0', () => {
  it('lists the address a phone on the same network opens, for every network this computer is on', async () => {
    const addresses = Object.values(networkInterfaces())
      .flat()
      .filter((network) => network?.family === 'IPv4' && !network.internal)
      .map((network) => network?.address);
    const listed = (printed: string) => printed.split('\n').filter((line) => line.startsWith('On a phone'));
    // The addresses come after the local one, each in a line of its own: done once there are as many as networks.
    const printed = await startServing(
      ['--port', '0', '--host', '0.0.0.0'],
      (output) => saysWhere(output) && listed(output).length >= addresses.length && output.endsWith('\n'),
    );
    const port = servedPort(printed);
    expect(listed(printed)).toEqual(
      addresses.map((address) => `On a phone on the same network: http://${address}:${port}/`),
    );
  });
});
