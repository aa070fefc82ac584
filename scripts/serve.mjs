#!/usr/bin/env node
// Serves the built site (dist/) the way a static host does: under an optional base path, with index.html for
// folders, the site's 404.html for anything missing, and gzip for text. No dependencies, so `npm start` works on a
// fresh clone. Usage: node scripts/serve.mjs [--dir dist] [--base /sub/path/] [--port 4321] [--host 0.0.0.0]
// A port in use (a second `npm start`) moves it to the next free one; --host 0.0.0.0 serves to phones on the network.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { networkInterfaces } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';

const contentTypes = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const compressible = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml', '.webmanifest']);

/**
 * The headers a `_headers` file (Netlify and Cloudflare Pages format) gives every path (`/*`), so this server
 * sends what those hosts would.
 */
function headersFile(root) {
  let text;
  try {
    text = readFileSync(join(root, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const headers = {};
  let applies = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) applies = line.trim() === '/*';
    else if (applies) {
      const colon = line.indexOf(':');
      headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return headers;
}

/** Starts a server; resolves with it once it listens. Exported for the end-to-end tests. */
export function serve({ dir = 'dist', base = '/', port = 4321, host = '127.0.0.1' } = {}) {
  const root = resolve(dir);
  const prefix = `/${base.replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/');
  const siteHeaders = headersFile(root);

  /** The file a URL path maps to, or undefined. Never leaves the root folder. */
  function fileFor(pathname) {
    if (!pathname.startsWith(prefix)) return undefined;
    const relative = decodeURIComponent(pathname.slice(prefix.length));
    const candidate = normalize(join(root, relative));
    if (candidate !== root && !candidate.startsWith(root + sep)) return undefined;
    for (const path of [candidate, join(candidate, 'index.html')]) {
      try {
        if (statSync(path).isFile()) return path;
      } catch {
        // Not there: try the next candidate.
      }
    }
    return undefined;
  }

  function send(request, response, path, status) {
    const extension = extname(path);
    const headers = {
      ...siteHeaders,
      'Content-Type': contentTypes[extension] ?? 'application/octet-stream',
      'Cache-Control': extension === '.html' ? 'no-cache' : 'public, max-age=3600',
    };
    const gzip = compressible.has(extension) && /\bgzip\b/u.test(request.headers['accept-encoding'] ?? '');
    if (gzip) headers['Content-Encoding'] = 'gzip';
    response.writeHead(status, headers);
    if (request.method === 'HEAD') return response.end();
    const stream = createReadStream(path);
    (gzip ? stream.pipe(createGzip()) : stream).pipe(response);
  }

  const server = createServer((request, response) => {
    let pathname;
    try {
      pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
      if (pathname === prefix.slice(0, -1)) pathname = prefix;
      // Like GitHub Pages and Netlify: a folder without its slash is redirected to it.
      const file = fileFor(pathname);
      if (file && !pathname.endsWith('/') && file.endsWith(`${sep}index.html`) && !pathname.endsWith('.html')) {
        response.writeHead(301, { Location: `${pathname}/` });
        return response.end();
      }
      if (file) return send(request, response, file, 200);
    } catch {
      // A malformed URL is simply not found.
    }
    const notFound = join(root, '404.html');
    try {
      statSync(notFound);
      return send(request, response, notFound, 404);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      return response.end('Not found');
    }
  });

  return new Promise((resolvePromise, rejectPromise) => {
    server.once('error', rejectPromise);
    server.listen(port, host, () => {
      server.off('error', rejectPromise);
      resolvePromise(server);
    });
  });
}

/** How many ports after the asked one `npm start` tries when that one is taken (another `npm start`, say). */
const portsToTry = 20;

/**
 * Serves on `port`, or on the next free one of the few after it: a second `npm start` then works, and says where.
 * Any other failure, or every port taken, ends with one line that says what to do.
 */
async function serveOnFreePort(options) {
  for (let port = options.port; port < options.port + portsToTry; port++) {
    try {
      return await serve({ ...options, port });
    } catch (error) {
      if (error?.code === 'EADDRINUSE' && port !== 0) continue;
      throw error;
    }
  }
  const error = new Error(`ports ${options.port}-${options.port + portsToTry - 1} are all in use`);
  error.code = 'EADDRINUSE';
  throw error;
}

/** The addresses other devices on this computer's networks can open it at (a phone on the same Wi-Fi). */
function networkAddresses() {
  return Object.values(networkInterfaces())
    .flat()
    .filter((network) => network && network.family === 'IPv4' && !network.internal)
    .map((network) => network.address);
}

const isMain = import.meta.url === new URL(`file://${resolve(process.argv[1] ?? '')}`).href;
if (isMain) {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'dist' },
      base: { type: 'string', default: process.env.BASE_PATH ?? '/' },
      port: { type: 'string', default: process.env.PORT ?? '4321' },
      // --host 0.0.0.0 lets a phone on the same Wi-Fi open the site; by default only this computer can.
      host: { type: 'string', default: process.env.HOST ?? '127.0.0.1' },
    },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port must be a whole number from 0 to 65535 (${values.port})`);
    process.exit(2);
  }
  let server;
  try {
    server = await serveOnFreePort({ dir: values.dir, base: values.base, port, host: values.host });
  } catch (error) {
    const why =
      error?.code === 'EADDRINUSE'
        ? `${error.message}: stop the other server, or choose a port with --port 8080`
        : `${error?.code ?? ''} ${error?.message ?? error}`.trim();
    console.error(`The site could not be served on ${values.host}: ${why}`);
    process.exit(1);
  }
  const address = server.address();
  const shownBase = `/${values.base.replace(/^\/+|\/+$/gu, '')}/`.replace('//', '/');
  if (address.port !== port && port !== 0) console.log(`Port ${port} is in use, so this server took ${address.port}.`);
  console.log(`The site is being served at http://localhost:${address.port}${shownBase}  (Ctrl+C stops it)`);
  const everyNetwork = values.host === '0.0.0.0' || values.host === '::';
  if (everyNetwork)
    for (const ip of networkAddresses())
      console.log(`On a phone on the same network: http://${ip}:${address.port}${shownBase}`);
}
