#!/usr/bin/env node
// npm run bench: builds the site, serves it, and measures every kind of page in both languages with Lighthouse
// (mobile settings, Chromium at /usr/bin/chromium, 3 runs, median). Prints one table, writes bench/results.json,
// and exits with 1 when a page breaks budgets.json.
// Usage: node scripts/bench.mjs [--no-build] [--runs 3] [--only th/quiz/]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { encodeResultCode } from '../src/lib/result-code.ts';
import { fileOf, gzipBytes } from './page-weight.mjs';
import { serve } from './serve.mjs';

const root = join(import.meta.dirname, '..');
const dist = join(root, 'dist');
const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    runs: { type: 'string', default: String(budgets.lighthouse.runs) },
    only: { type: 'string' },
  },
});
const runs = Number(options.runs);
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const quizStorageKey = 'front-back-office:quiz:v1';

if (!options['no-build']) {
  const build = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** The bank as the result page carries it, and a clear back-office answer set for it. */
function backOfficeAnswers(locale) {
  const html = readFileSync(join(dist, locale, 'result/index.html'), 'utf8');
  const json = /<script type="application\/json" id="result-data">([\s\S]*?)<\/script>/u.exec(html)?.[1];
  const bank = JSON.parse(json ?? '{}');
  const answers = Object.fromEntries(
    bank.items.map((item) => {
      const back = item.kind === 'scenario' ? item.b.path === 'back' : item.path === 'back';
      return [item.id, back ? 4 : 2];
    }),
  );
  return {
    bank,
    answers,
    code: encodeResultCode(
      bank.version,
      bank.items.map((item) => item.id),
      answers,
    ),
  };
}

/**
 * Every kind of page, in both languages. `kind` picks the JavaScript budget; `stored` is the quiz state saved in
 * the browser before the page opens (a person in the middle of the quiz, or one who has just finished it).
 */
function pagesToMeasure() {
  const pages = [{ name: 'language chooser', path: '', kind: 'script-free' }];
  for (const locale of ['th', 'en']) {
    const { bank, answers, code } = backOfficeAnswers(locale);
    const firstAnswers = Object.fromEntries(Object.entries(answers).slice(0, 3));
    pages.push(
      { name: 'overview', path: `${locale}/`, kind: 'script-free' },
      { name: 'front office', path: `${locale}/front-office/`, kind: 'script-free' },
      { name: 'back office', path: `${locale}/back-office/`, kind: 'script-free' },
      { name: 'skills', path: `${locale}/skills/`, kind: 'script-free' },
      { name: 'quiz intro', path: `${locale}/quiz/`, kind: 'quiz', firstVisit: true },
      {
        name: 'quiz question',
        path: `${locale}/quiz/`,
        kind: 'quiz',
        stored: { bank: bank.version, answers: firstAnswers, screen: 3 },
      },
      {
        name: 'results',
        path: `${locale}/result/#${code}`,
        kind: 'quiz',
        stored: { bank: bank.version, answers, screen: 'results' },
      },
      { name: 'shared result', path: `${locale}/result/#${code}`, kind: 'quiz' },
      { name: 'result detail', path: `${locale}/result/detail/#${code}`, kind: 'quiz' },
      { name: 'counsellors', path: `${locale}/counsellors/`, kind: 'other' },
      { name: 'worksheet', path: `${locale}/worksheet/`, kind: 'script-free' },
    );
  }
  return options.only ? pages.filter((page) => page.path.startsWith(options.only)) : pages;
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
/** What the page downloaded, by kind, in gzip bytes of the files themselves; and where it went. */
function weigh(requests, origin) {
  const bytes = { html: 0, css: 0, js: 0, fonts: 0, other: 0 };
  const kinds = { Document: 'html', Stylesheet: 'css', Script: 'js', Font: 'fonts' };
  const otherOrigins = [];
  for (const request of requests) {
    if (!request.url.startsWith(origin)) {
      if (!request.url.startsWith('data:')) otherOrigins.push(request.url);
      continue;
    }
    const file = fileOf(dist, decodeURIComponent(new URL(request.url).pathname));
    bytes[kinds[request.resourceType] ?? 'other'] += file ? gzipBytes(readFileSync(file)) : request.transferSize;
  }
  return { bytes, requests: requests.length, otherOrigins };
}

const server = await serve({ dir: dist, base: '/', port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
// Playwright drives the same browser between runs, to clear it and to put a saved quiz in its storage.
const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
const context = browser.contexts()[0];

/**
 * Makes the browser a first-time visitor's: no service worker (the one the last page registered would otherwise
 * still be downloading the site while the next page is measured), empty cache and storage; then saves `stored`
 * as the quiz state, as a person's browser would hold it.
 */
async function prepareBrowser(stored) {
  const page = await context.newPage();
  const devtools = await context.newCDPSession(page);
  await page.goto(`${origin}/404.html`);
  await page.evaluate(async () => {
    for (const registration of await navigator.serviceWorker.getRegistrations()) await registration.unregister();
  });
  await devtools.send('ServiceWorker.enable');
  await devtools.send('ServiceWorker.stopAllWorkers');
  await devtools.send('Network.clearBrowserCache');
  await devtools.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  if (stored)
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [quizStorageKey, JSON.stringify(stored)]);
  await page.close();
}

const results = [];
try {
  for (const page of pagesToMeasure()) {
    const url = `${origin}/${page.path}`;
    const measured = [];
    for (let run = 0; run < runs; run++) {
      await prepareBrowser(page.stored);
      const { lhr } = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: categories,
        // Storage is reset by prepareBrowser instead, so a saved quiz survives into the measured load.
        disableStorageReset: true,
      });
      if (lhr.runtimeError) throw new Error(`${page.path}: ${lhr.runtimeError.message}`);
      measured.push(lhr);
    }
    const scores = Object.fromEntries(
      categories.map((id) => [id, median(measured.map((lhr) => Math.round((lhr.categories[id]?.score ?? 0) * 100)))]),
    );
    const metric = (id) => median(measured.map((lhr) => lhr.audits[id]?.numericValue ?? Number.POSITIVE_INFINITY));
    const weight = weigh(measured[0].audits['network-requests']?.details?.items ?? [], origin);
    results.push({
      page: page.name,
      path: page.path.replace(/#.*/u, '#code'),
      kind: page.kind,
      firstVisit: page.firstVisit ?? false,
      scores,
      lcpMs: Math.round(metric('largest-contentful-paint')),
      tbtMs: Math.round(metric('total-blocking-time')),
      cls: Math.round(metric('cumulative-layout-shift') * 1000) / 1000,
      ...weight,
      // For finding what to fix: each run's tasks over 50 ms (simulated) and what moved.
      longTasks: measured.map((lhr) =>
        (lhr.audits['long-tasks']?.details?.items ?? []).map((task) => ({
          url: task.url,
          startTime: Math.round(task.startTime),
          duration: Math.round(task.duration),
        })),
      ),
      layoutShifts: measured.map((lhr) =>
        (lhr.audits['layout-shifts']?.details?.items ?? []).map((shift) => ({
          node: shift.node?.selector,
          score: shift.score,
        })),
      ),
    });
    process.stderr.write('.');
  }
} finally {
  process.stderr.write('\n');
  await browser.close().catch(() => {});
  chrome.kill();
  server.close();
}

/** Every way a page breaks budgets.json, as lines. */
function problemsOf(result) {
  const limits = budgets.lighthouse;
  const problems = [];
  for (const [id, score] of Object.entries(result.scores))
    if (score < limits.minimumScore) problems.push(`${id} ${score} < ${limits.minimumScore}`);
  if (result.lcpMs > limits.maximumLcpMs) problems.push(`LCP ${result.lcpMs} ms > ${limits.maximumLcpMs} ms`);
  if (result.tbtMs > limits.maximumTbtMs) problems.push(`TBT ${result.tbtMs} ms > ${limits.maximumTbtMs} ms`);
  if (result.cls > limits.maximumCls) problems.push(`CLS ${result.cls} > ${limits.maximumCls}`);
  const { html, css, js, fonts, other } = result.bytes;
  if (html > budgets.htmlGzipMax) problems.push(`HTML ${html} B > ${budgets.htmlGzipMax} B`);
  if (css > budgets.cssGzipMax) problems.push(`CSS ${css} B > ${budgets.cssGzipMax} B`);
  if (result.kind === 'script-free' && js > 0) problems.push(`JavaScript ${js} B on a page that must have none`);
  if (result.kind === 'quiz' && js > budgets.quizJavaScriptGzipMax)
    problems.push(`JavaScript ${js} B > ${budgets.quizJavaScriptGzipMax} B`);
  const total = html + css + js + fonts + other;
  if (result.firstVisit && total > budgets.firstVisitQuizGzipMax)
    problems.push(`first visit ${total} B > ${budgets.firstVisitQuizGzipMax} B`);
  if (result.otherOrigins.length > 0) problems.push(`requests to other origins: ${result.otherOrigins.join(' ')}`);
  return problems;
}

const kib = (bytes) => (bytes / 1024).toFixed(1);
const rows = results.map((result) => [
  `${result.path.slice(0, 2) === 'en' ? 'en' : result.path.slice(0, 2) === 'th' ? 'th' : '--'} ${result.page}`,
  ...categories.map((id) => String(result.scores[id])),
  String(result.lcpMs),
  String(result.tbtMs),
  String(result.cls),
  kib(result.bytes.html),
  kib(result.bytes.css),
  kib(result.bytes.js),
  kib(result.bytes.fonts),
  String(result.requests),
]);
const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS', 'HTML', 'CSS', 'JS', 'fonts', 'reqs'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
const line = (cells) =>
  cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
console.log(`Lighthouse ${runs} runs per page, median; mobile; sizes in KiB gzip\n`);
console.log(line(header));
for (const row of rows) console.log(line(row));

const broken = results.flatMap((result) =>
  problemsOf(result).map((problem) => `${result.path || '/'} (${result.page}): ${problem}`),
);
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench/results.json'),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), runs, budgets, results, broken }, null, 2)}\n`,
);
if (broken.length > 0) {
  console.log(`\nOver budget (budgets.json):\n${broken.join('\n')}`);
  process.exitCode = 1;
} else console.log('\nEvery page is within budgets.json.');
