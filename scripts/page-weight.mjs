#!/usr/bin/env node
// Measures what each built page costs a phone on mobile data: the gzip bytes of its HTML and of the CSS and
// JavaScript it loads (imports included), and fails when a page breaks budgets.json or an explainer page loads
// any JavaScript but the service worker's small inline registration.
// Usage: node scripts/page-weight.mjs [--dir dist] [--json]
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

/** Every index.html (and 404.html) under a built site, as its URL path. */
function htmlPages(dir) {
  const pages = [];
  const walk = (folder) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html'))
        pages.push(`/${relative(dir, path).split(sep).join('/')}`.replace(/index\.html$/u, ''));
    }
  };
  walk(dir);
  return pages.sort();
}

export const gzipBytes = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** The site's own files a page pulls in: stylesheets, scripts, and the modules those scripts import. */
function assetsOf(dir, html) {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/gu)].map((match) => match[1]);
  const scriptFiles = new Set();
  const pending = [
    ...[...html.matchAll(/<script[^>]+src="([^"]+)"/gu)].map((match) => match[1]),
    ...[...html.matchAll(/\b(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/gu)].map((match) => match[1]),
  ].filter(Boolean);
  // Inline scripts that run: a data block (type="application/json") is not JavaScript.
  const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/gu)]
    .filter((match) => !/\btype="(?!module"|text\/javascript")/u.test(match[1]))
    .map((match) => match[2]);
  while (pending.length > 0) {
    const url = pending.pop();
    const path = fileOf(dir, url);
    if (!path || scriptFiles.has(path)) continue;
    scriptFiles.add(path);
    const code = readFileSync(path, 'utf8');
    for (const match of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/gu)) {
      pending.push(new URL(match[1], `http://site${url}`).pathname);
    }
  }
  return { css: css.map((url) => fileOf(dir, url)).filter(Boolean), scripts: [...scriptFiles], inlineScripts };
}

/**
 * Maps a URL of the built site to its file (a folder's index.html for a page's address), ignoring the base path:
 * the first matching suffix wins.
 */
export function fileOf(dir, url) {
  const parts = url
    .replace(/^https?:\/\/[^/]+/u, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) parts.push('index.html');
  for (let start = 0; start < parts.length; start++) {
    const path = join(dir, ...parts.slice(start));
    for (const candidate of [path, join(path, 'index.html')]) {
      try {
        if (statSync(candidate).isFile()) return candidate;
      } catch {
        // Try the next candidate, then a shorter suffix: the URL may carry a base path that the folder does not.
      }
    }
  }
  return undefined;
}

export function measurePages(dir = 'dist') {
  return htmlPages(dir).map((page) => {
    const htmlPath = join(dir, page.replace(/^\//u, ''), page.endsWith('.html') ? '' : 'index.html');
    const html = readFileSync(htmlPath);
    const { css, scripts, inlineScripts } = assetsOf(dir, html.toString('utf8'));
    const sum = (paths) => paths.reduce((total, path) => total + gzipBytes(readFileSync(path)), 0);
    return {
      page,
      htmlGzip: gzipBytes(html),
      // The page's own HTML, held to htmlGzipMax: the registration inline in it, and its hash in the page's policy,
      // have a budget of their own.
      contentGzip: gzipBytes(Buffer.from(withoutRegistration(html.toString('utf8')))),
      cssGzip: sum(css),
      jsGzip: sum(scripts) + inlineScripts.reduce((total, code) => total + gzipBytes(Buffer.from(code)), 0),
      scriptCount: scripts.length + inlineScripts.length,
      // Every page carries it (src/components/OfflineSupport.astro), inline, so a first visit installs the offline copy.
      registrationGzip: inlineScripts
        .filter(isRegistration)
        .reduce((total, code) => total + gzipBytes(Buffer.from(code)), 0),
      registrationCount: inlineScripts.filter(isRegistration).length,
    };
  });
}

/** The service worker's registration: an inline script that registers the worker. */
const isRegistration = (code) => code.includes('serviceWorker.register(');

/** A page's HTML without the service worker's inline registration and its hash in the policy. */
function withoutRegistration(html) {
  let rest = html;
  for (const [tag, code] of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)) {
    if (!isRegistration(code)) continue;
    rest = rest.replace(tag, '').replace(` 'sha256-${createHash('sha256').update(code).digest('base64')}'`, '');
  }
  return rest;
}

/**
 * True for a result page, summary or detail (budgets.json resultPages).
 * @example isResultPage('/th/result/detail/') // true
 */
export function isResultPage(page) {
  return /^\/(?:[^/]+\/)*(?:th|en)\/result\/(?:detail\/)?$/u.test(page);
}

/**
 * The JavaScript and HTML budgets a page is held to: the result pages' own, the plan and comparison pages' own, or
 * the site's.
 * @example budgetsFor('/th/plan/', budgets) // budgets.planPages
 */
export function budgetsFor(page, budgets) {
  if (isResultPage(page)) return budgets.resultPages;
  if (/^\/(?:[^/]+\/)*(?:th|en)\/(?:plan|compare)\/$/u.test(page)) return budgets.planPages;
  return { javaScriptGzipMax: budgets.quizJavaScriptGzipMax, htmlGzipMax: budgets.htmlGzipMax };
}

/**
 * Explainer and job pages, the method page, the worksheet, the language chooser and the 404 page must not load a single byte of
 * JavaScript but the service worker's inline registration.
 */
export function isScriptFreePage(page) {
  return (
    /^\/(?:[^/]+\/)*(?:th|en)\/(?:front-office\/|back-office\/|skills\/|method\/|worksheet\/|counsellors\/(?:guide|poster|handout)\/|jobs\/(?:[a-z-]+\/)?)?$/u.test(
      page,
    ) ||
    page === '/' ||
    page === '/404.html'
  );
}

const isMain = import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, json: { type: 'boolean' } } });
  const rows = measurePages(values.dir);
  if (values.json) console.log(JSON.stringify(rows, null, 2));
  else {
    const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`.padStart(10);
    console.log(`${'page'.padEnd(24)}${'HTML'.padStart(10)}${'CSS'.padStart(10)}${'JS'.padStart(10)}  (gzip)`);
    for (const row of rows) console.log(`${row.page.padEnd(24)}${kb(row.htmlGzip)}${kb(row.cssGzip)}${kb(row.jsGzip)}`);
  }
  const budgets = JSON.parse(readFileSync(new URL('../budgets.json', import.meta.url), 'utf8'));
  const broken = [];
  for (const row of rows) {
    const registrationMax = budgets.serviceWorkerRegistrationGzipMax;
    if (row.registrationCount !== 1) broken.push(`${row.page}: ${row.registrationCount} service worker registrations`);
    else if (row.registrationGzip > registrationMax)
      broken.push(`${row.page}: service worker registration ${row.registrationGzip} B > ${registrationMax} B`);
    const otherScripts = row.jsGzip - row.registrationGzip + row.scriptCount - row.registrationCount;
    if (isScriptFreePage(row.page) && otherScripts > 0) broken.push(`${row.page} loads JavaScript`);
    // The page's own code: the registration has its cap above.
    const ownJs = row.jsGzip - row.registrationGzip;
    const { javaScriptGzipMax, htmlGzipMax } = budgetsFor(row.page, budgets);
    if (!isScriptFreePage(row.page) && ownJs > javaScriptGzipMax) {
      broken.push(`${row.page}: JavaScript ${ownJs} B (without the registration) > ${javaScriptGzipMax} B`);
    }
    if (row.contentGzip > htmlGzipMax)
      broken.push(`${row.page}: HTML ${row.contentGzip} B (without the registration) > ${htmlGzipMax} B`);
    if (row.cssGzip > budgets.cssGzipMax) broken.push(`${row.page}: CSS ${row.cssGzip} B > ${budgets.cssGzipMax} B`);
  }
  if (broken.length > 0) {
    console.error(`Over budget (budgets.json):\n${broken.join('\n')}`);
    process.exit(1);
  }
  // Status on stderr in JSON mode, so the JSON on stdout stays parseable.
  (values.json ? console.error : console.log)('Every page is within budgets.json.');
}
