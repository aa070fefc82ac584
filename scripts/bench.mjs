#!/usr/bin/env node
// npm run bench: builds the site, serves it, and measures every kind of page in both languages with Lighthouse
// (mobile settings, Chromium at /usr/bin/chromium), then answers the whole quiz in Chromium with the CPU slowed and
// times every step. Prints the tables, writes bench/results.json, and exits with 1 when a page breaks budgets.json
// by more than noise explains, or when a run could not be recorded at all.
// Usage: node scripts/bench.mjs [--no-build] [--runs 5] [--only th/quiz/] [--cpu-slowdown 4]
// --no-build measures dist/ as it is.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { throttling } from 'lighthouse/core/config/constants.js';
import { chromium } from 'playwright-core';
import { encodeResultCode } from '../src/lib/result-code.ts';
import { quizStorageKey } from '../src/stores/storage-keys.ts';
import { answerQuizOnce, cpuSlowdownFor, measureBenchmarkIndex, median, summarizeGroupOnce } from './bench-helpers.mjs';
import { addVerdict, judgeMedian } from './bench-verdict.mjs';
import { fileOf, gzipBytes, measurePages } from './page-weight.mjs';
import { serve } from './serve.mjs';

const root = join(import.meta.dirname, '..');
const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
const { values: options } = parseArgs({
  options: {
    'no-build': { type: 'boolean', default: false },
    // Runs per page and per quiz; budgets.json sets the defaults.
    runs: { type: 'string' },
    only: { type: 'string' },
    // A fixed multiplier instead of the calibrated one, to repeat another machine's run.
    'cpu-slowdown': { type: 'string' },
  },
});
const lighthouseRuns = Number(options.runs ?? budgets.lighthouse.runs);
const quizRuns = Number(options.runs ?? budgets.quizAnswering.runs);
const groupRuns = Number(options.runs ?? budgets.groupSummary.runs);
for (const runs of [lighthouseRuns, quizRuns, groupRuns]) {
  if (!Number.isInteger(runs) || runs < 1 || runs % 2 === 0) {
    console.error(`--runs and the runs in budgets.json must be odd (${runs}): a median must be one run's figure`);
    process.exit(2);
  }
}
if (options['cpu-slowdown'] !== undefined && !(Number(options['cpu-slowdown']) >= 1)) {
  console.error(`--cpu-slowdown must be a number of at least 1 (${options['cpu-slowdown']})`);
  process.exit(2);
}
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metricAudits = ['largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];

// A build of its own, outside dist/: a build someone starts in the same tree while the bench runs (npm start, say)
// would otherwise swap the files under it, and the bench would judge half of one build and half of another.
const dist = options['no-build'] ? join(root, 'dist') : mkdtempSync(join(tmpdir(), 'bench-site-'));
let chrome;
// Stopped from outside (Ctrl+C, a time limit), the bench still takes its browser and its build with it.
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
]) {
  process.once(signal, () => {
    chrome?.kill();
    if (!options['no-build']) rmSync(dist, { recursive: true, force: true });
    process.exit(code);
  });
}
if (!options['no-build']) {
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (build.status !== 0) {
    rmSync(dist, { recursive: true, force: true });
    process.exit(build.status ?? 1);
  }
}

/**
 * What the service worker's inline registration (and its hash in the page's policy) adds to each page's HTML, gzip:
 * it has a cap of its own (budgets.json serviceWorkerRegistrationGzipMax, checked by page-weight.mjs), so the HTML
 * and first-visit budgets hold the page's own bytes, as page-weight.mjs does.
 */
const registrationBytes = new Map(measurePages(dist).map((row) => [row.page, row.htmlGzip - row.contentGzip]));

/**
 * The bank as the quiz page carries it (the one a person answers today), and a clear back-office answer set for it:
 * 4 on back-office items, 2 on front-office ones, 3 on items that count for neither side (self-ratings feed the
 * skill lists only, and may carry no path at all).
 */
function backOfficeAnswers(locale) {
  const html = readFileSync(join(dist, locale, 'quiz/index.html'), 'utf8');
  const json = /<script\b[^>]*\bid="quiz-props"[^>]*>([\s\S]*?)<\/script>/u.exec(html)?.[1];
  const bank = JSON.parse(json ?? '{}').bank;
  if (!Array.isArray(bank?.questions)) throw new Error(`${locale}/quiz/: no question bank in script#quiz-props`);
  const lean = (path) => (path === 'back' ? 4 : path === 'front' ? 2 : 3);
  const answers = Object.fromEntries(
    bank.questions.map((item) =>
      // A scenario's answer runs from 1 (task a) to 5 (task b).
      item.kind === 'scenario'
        ? [item.id, item.b?.path === 'back' ? 4 : item.a?.path === 'back' ? 2 : 3]
        : [item.id, lean(item.path)],
    ),
  );
  return {
    version: bank.version,
    answers,
    code: encodeResultCode(
      bank.version,
      bank.questions.map((item) => item.id),
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
    const { version, answers, code } = backOfficeAnswers(locale);
    const firstAnswers = Object.fromEntries(Object.entries(answers).slice(0, 3));
    pages.push(
      { name: 'overview', path: `${locale}/`, kind: 'script-free' },
      { name: 'front office', path: `${locale}/front-office/`, kind: 'script-free' },
      { name: 'back office', path: `${locale}/back-office/`, kind: 'script-free' },
      { name: 'skills', path: `${locale}/skills/`, kind: 'script-free' },
      { name: 'jobs', path: `${locale}/jobs/`, kind: 'script-free' },
      // The longest job page, and the one whose way in a careful reader checks first.
      { name: 'job page', path: `${locale}/jobs/legal-counsel/`, kind: 'script-free' },
      { name: 'quiz intro', path: `${locale}/quiz/`, kind: 'quiz', firstVisit: true },
      {
        name: 'quiz question',
        path: `${locale}/quiz/`,
        kind: 'quiz',
        stored: { bank: version, answers: firstAnswers, screen: 3 },
      },
      {
        name: 'results',
        path: `${locale}/result/#${code}`,
        kind: 'quiz',
        stored: { bank: version, answers, screen: 'results' },
      },
      { name: 'shared result', path: `${locale}/result/#${code}`, kind: 'quiz' },
      { name: 'result detail', path: `${locale}/result/detail/#${code}`, kind: 'quiz' },
      { name: 'counsellors', path: `${locale}/counsellors/`, kind: 'other' },
      { name: 'group', path: `${locale}/group/`, kind: 'other' },
      { name: 'paper entry', path: `${locale}/paper/`, kind: 'other' },
      { name: 'job fair', path: `${locale}/fair/`, kind: 'other' },
      { name: 'guide', path: `${locale}/counsellors/guide/`, kind: 'script-free' },
      { name: 'poster', path: `${locale}/counsellors/poster/`, kind: 'script-free' },
      { name: 'handouts', path: `${locale}/counsellors/handout/`, kind: 'script-free' },
      { name: 'worksheet', path: `${locale}/worksheet/`, kind: 'script-free' },
    );
  }
  return options.only ? pages.filter((page) => page.path.startsWith(options.only)) : pages;
}

/** The quiz answered from start to finish; in Thai, as the end-to-end check it replaces did. */
const quizToAnswer = { name: 'quiz answering', path: 'th/quiz/' };
const answerQuiz = !options.only || quizToAnswer.path.startsWith(options.only);
/** A counsellor's group of 1,000 results summarised, on the Thai group page. */
const groupToSummarize = { name: 'group summary', path: 'th/group/' };
const summarizeGroup = !options.only || groupToSummarize.path.startsWith(options.only);

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

/**
 * Why a Lighthouse result holds no measurement, or undefined when it does. Only a run that failed to record is
 * retried: a low score or a slow metric is a measurement, and is judged, never run again.
 */
function recordingProblem(lhr) {
  if (lhr.runtimeError) return `${lhr.runtimeError.code}: ${lhr.runtimeError.message}`;
  const missing = [
    ...categories.filter((id) => typeof lhr.categories[id]?.score !== 'number').map((id) => `${id} score`),
    ...metricAudits.filter((id) => typeof lhr.audits[id]?.numericValue !== 'number'),
    ...(Array.isArray(lhr.audits['network-requests']?.details?.items) ? [] : ['network-requests']),
  ];
  if (missing.length === 0) return undefined;
  const errors = Object.values(lhr.audits)
    .filter((audit) => audit.scoreDisplayMode === 'error')
    .map((audit) => `${audit.id}: ${audit.errorMessage}`);
  return `missing ${missing.join(', ')}${errors.length > 0 ? ` (${errors.join('; ')})` : ''}`;
}

/** The figures of one recorded Lighthouse run that the verdicts and bench/results.json need. */
function figuresOf(lhr, origin) {
  return {
    scores: Object.fromEntries(categories.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
    // Lighthouse measures the host again before every run: a falling figure means the machine got busier.
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    ...weigh(lhr.audits['network-requests'].details.items, origin),
    // For finding what to fix: the run's tasks over 50 ms (simulated) and what moved.
    longTasks: (lhr.audits['long-tasks']?.details?.items ?? []).map((task) => ({
      url: task.url,
      startTime: Math.round(task.startTime),
      duration: Math.round(task.duration),
    })),
    layoutShifts: (lhr.audits['layout-shifts']?.details?.items ?? []).map((shift) => ({
      node: shift.node?.selector,
      score: shift.score,
    })),
  };
}

const retries = [];
/** Runs `attempt` until it records, at most budgets.recording.attempts times; says so on every retry. */
async function recorded(what, attempt) {
  const attempts = budgets.recording.attempts;
  const reasons = [];
  for (let number = 1; number <= attempts; number++) {
    let problem;
    try {
      const outcome = await attempt();
      if (outcome.problem === undefined) return outcome.value;
      problem = outcome.problem;
    } catch (error) {
      problem = error instanceof Error ? error.message.split('\n')[0] : String(error);
    }
    reasons.push(problem);
    retries.push({ what, attempt: number, problem });
    process.stderr.write(`\n${what}: attempt ${number} of ${attempts} not recorded (${problem})`);
    process.stderr.write(number < attempts ? '; running it again\n' : '; giving up\n');
  }
  throw new Error(`${what}: not recorded in ${attempts} attempts: ${reasons.join(' | ')}`);
}

const server = await serve({ dir: dist, base: '/', port: 0 });
const origin = `http://127.0.0.1:${server.address().port}`;
const host = { cpus: cpus().length, cpuModel: cpus()[0]?.model };
const results = [];
const quizSteps = [];
const groupSummaryRuns = [];
const unrecorded = [];

/**
 * Starts a browser of its own, with an empty profile, and connects Playwright to it. Every Lighthouse run gets a new
 * one: a first-time visitor's browser, with nothing left to clear. Clearing a used browser's storage instead (the
 * bench did, over CDP) crashed Chromium 156 outright whenever the last page's service worker was still writing to its
 * cache, which it does for files fetched in the background, such as the manifest's icons.
 */
async function startBrowser() {
  chrome = await chromeLauncher.launch({
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
  // Playwright drives the same browser: it puts a saved quiz in its storage, measures the host and answers the quiz.
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const started = chrome;
  return {
    port: started.port,
    browser,
    context: browser.contexts()[0],
    async close() {
      await browser.close().catch(() => {});
      await started.kill();
      if (chrome === started) chrome = undefined;
    },
  };
}

let current;
try {
  current = await startBrowser();
  // Simulated throttling multiplies every task the host ran by the CPU slowdown, so a host slower than the desktop
  // the default 4x assumes got a slower phone than the budgets mean, and its jitter grew with it.
  const benchmark = await measureBenchmarkIndex(current.context, budgets.cpuCalibration.benchmarkIndexSamples);
  await current.close();
  current = undefined;
  const calibrated = Math.round(cpuSlowdownFor(benchmark.median) * 100) / 100;
  const cpuSlowdown = options['cpu-slowdown'] ? Number(options['cpu-slowdown']) : calibrated;
  Object.assign(host, {
    benchmarkIndex: Math.round(benchmark.median),
    benchmarkIndexSamples: benchmark.samples.map(Math.round),
    calibratedCpuSlowdown: calibrated,
    cpuSlowdown,
  });
  process.stderr.write(
    `Benchmark index ${host.benchmarkIndex} (median of ${benchmark.samples.length}: ${host.benchmarkIndexSamples.join(' ')}); ` +
      `CPU slowdown ${cpuSlowdown}x${options['cpu-slowdown'] ? ` (fixed; calibrated would be ${calibrated}x)` : ''}\n`,
  );

  /**
   * A new browser, as a first-time visitor's (no service worker, empty cache and storage), holding `stored` as the
   * saved quiz, as a person's browser would.
   */
  async function preparedBrowser(stored) {
    const prepared = await startBrowser();
    if (stored) {
      try {
        const page = await prepared.context.newPage();
        await page.goto(`${origin}/404.html`);
        await page.evaluate(
          ([key, value]) => localStorage.setItem(key, value),
          [quizStorageKey, JSON.stringify(stored)],
        );
        await page.close();
      } catch (error) {
        // The attempt is retried with a browser of its own: this one must not stay behind.
        await prepared.close();
        throw error;
      }
    }
    return prepared;
  }

  for (const page of pagesToMeasure()) {
    const url = `${origin}/${page.path}`;
    const runs = [];
    try {
      for (let run = 1; run <= lighthouseRuns; run++) {
        runs.push(
          await recorded(`${page.path.replace(/#.*/u, '#code') || '/'} (${page.name}) run ${run}`, async () => {
            current = await preparedBrowser(page.stored);
            let lhr;
            try {
              ({ lhr } = await lighthouse(url, {
                port: current.port,
                output: 'json',
                logLevel: 'error',
                onlyCategories: categories,
                throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: cpuSlowdown },
                // The browser is new instead, so a saved quiz survives into the measured load.
                disableStorageReset: true,
              }));
            } finally {
              await current.close();
              current = undefined;
            }
            const problem = recordingProblem(lhr);
            return { problem, value: problem === undefined ? figuresOf(lhr, origin) : undefined };
          }),
        );
      }
    } catch (error) {
      unrecorded.push(error.message);
      continue;
    }
    results.push({
      page: page.name,
      path: page.path.replace(/#.*/u, '#code'),
      kind: page.kind,
      firstVisit: page.firstVisit ?? false,
      runs,
    });
    process.stderr.write('.');
  }

  if (answerQuiz) {
    const runs = [];
    try {
      // One browser for every answering: each runs in a context of its own, with service workers blocked.
      current = await startBrowser();
      const { browser } = current;
      for (let run = 1; run <= quizRuns; run++) {
        runs.push(
          await recorded(`${quizToAnswer.path} (${quizToAnswer.name}) run ${run}`, async () => ({
            value: await answerQuizOnce(browser, `${origin}/${quizToAnswer.path}`, cpuSlowdown),
          })),
        );
        process.stderr.write('.');
      }
      for (const [index, { step }] of runs[0].entries()) {
        const longestTasks = runs.map((steps) => steps[index]?.longestTaskMs ?? 0);
        quizSteps.push({ step, medianMs: median(longestTasks), runsMs: longestTasks });
      }
    } catch (error) {
      unrecorded.push(error.message);
    }
  }

  if (summarizeGroup) {
    try {
      current = await startBrowser();
      const { browser } = current;
      const { people } = budgets.groupSummary;
      for (let run = 1; run <= groupRuns; run++) {
        groupSummaryRuns.push(
          await recorded(`${groupToSummarize.path} (${groupToSummarize.name}) run ${run}`, async () => ({
            value: await summarizeGroupOnce(
              browser,
              `${origin}/${groupToSummarize.path}`,
              cpuSlowdown,
              encodeResultCode,
              people,
            ),
          })),
        );
        process.stderr.write('.');
      }
    } catch (error) {
      unrecorded.push(error.message);
    }
  }
} finally {
  process.stderr.write('\n');
  await current?.close();
  server.close();
  if (!options['no-build']) rmSync(dist, { recursive: true, force: true });
}

const spread = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });
const perRun = (result, pick) => result.runs.map(pick);
for (const result of results) {
  result.performance = spread(perRun(result, (run) => run.scores.performance));
  result.lcpMs = spread(perRun(result, (run) => run.lcpMs));
  result.tbtMs = spread(perRun(result, (run) => run.tbtMs));
  // What noise cannot change is judged on the worst run: it happened, so a person can get it.
  result.worst = {
    scores: Object.fromEntries(
      categories.slice(1).map((id) => [id, Math.min(...perRun(result, (run) => run.scores[id]))]),
    ),
    cls: Math.max(...perRun(result, (run) => run.cls)),
    bytes: Object.fromEntries(
      Object.keys(result.runs[0].bytes).map((kind) => [kind, Math.max(...perRun(result, (run) => run.bytes[kind]))]),
    ),
    total: Math.max(...perRun(result, (run) => Object.values(run.bytes).reduce((sum, bytes) => sum + bytes, 0))),
    requests: Math.max(...perRun(result, (run) => run.requests)),
    otherOrigins: [...new Set(result.runs.flatMap((run) => run.otherOrigins))],
  };
  result.benchmarkIndex = median(perRun(result, (run) => run.benchmarkIndex));
}

/**
 * A page's verdicts against budgets.json. CPU time (performance score, TBT, LCP) is judged on the median of the
 * runs: missing the goal by no more than the noise allowance is a warning, by more a failure. Everything else
 * (the other scores, CLS, bytes, requests to other origins) does not depend on the CPU and fails on any run.
 */
function verdictsOf(result) {
  const limits = budgets.lighthouse;
  const allowance = limits.noiseAllowance;
  const verdicts = { warnings: [], failures: [] };
  const { warnings, failures } = verdicts;
  const judged = [
    {
      name: 'performance median',
      median: result.performance.median,
      goal: limits.minimumScore,
      allowance: allowance.performanceScore,
      kind: 'least',
    },
    {
      name: 'TBT median',
      median: result.tbtMs.median,
      goal: limits.maximumTbtMs,
      allowance: allowance.tbtMs,
      unit: ' ms',
    },
    {
      name: 'LCP median',
      median: result.lcpMs.median,
      goal: limits.maximumLcpMs,
      allowance: allowance.lcpMs,
      unit: ' ms',
    },
  ];
  for (const figure of judged) addVerdict(verdicts, judgeMedian(figure));

  const { worst } = result;
  const registration = registrationBytes.get(`/${result.path.replace(/#.*/u, '')}`) ?? 0;
  for (const [id, score] of Object.entries(worst.scores))
    if (score < limits.minimumScore) failures.push(`${id} ${score} < ${limits.minimumScore}`);
  if (worst.cls > limits.maximumCls) failures.push(`CLS ${worst.cls} > ${limits.maximumCls}`);
  const { html, css, js } = worst.bytes;
  if (html - registration > budgets.htmlGzipMax)
    failures.push(`HTML ${html - registration} B (without the registration) > ${budgets.htmlGzipMax} B`);
  if (css > budgets.cssGzipMax) failures.push(`CSS ${css} B > ${budgets.cssGzipMax} B`);
  if (result.kind === 'script-free' && js > 0) failures.push(`JavaScript ${js} B on a page that must have none`);
  if (result.kind === 'quiz' && js > budgets.quizJavaScriptGzipMax)
    failures.push(`JavaScript ${js} B > ${budgets.quizJavaScriptGzipMax} B`);
  if (result.firstVisit && worst.total - registration > budgets.firstVisitQuizGzipMax)
    failures.push(
      `first visit ${worst.total - registration} B (without the registration) > ${budgets.firstVisitQuizGzipMax} B`,
    );
  if (worst.otherOrigins.length > 0) failures.push(`requests to other origins: ${worst.otherOrigins.join(' ')}`);
  return { warnings, failures };
}

/**
 * The group summary's verdicts: the median time until the summary shows and the median longest task, each against
 * budgets.json with its noise allowance. `only` judges one of the two.
 */
function groupVerdictsOf(runs, only) {
  const { maximumSummaryMs, maximumLongestTaskMs, noiseAllowance } = budgets.groupSummary;
  const verdicts = { warnings: [], failures: [] };
  const checks = [
    ['summaryMs', 'summary shown after median', maximumSummaryMs, noiseAllowance.summaryMs],
    ['longestTaskMs', 'longest task median', maximumLongestTaskMs, noiseAllowance.longestTaskMs],
  ];
  for (const [key, name, goal, allowance] of checks) {
    if (only && key !== only) continue;
    const middle = median(runs.map((run) => run[key]));
    addVerdict(verdicts, judgeMedian({ name, median: middle, goal, allowance, unit: ' ms' }));
  }
  return verdicts;
}

/** A quiz step's verdicts: its median longest task against the budget, with the noise allowance. */
function stepVerdictsOf(step) {
  const { maximumLongestTaskMs: goal, noiseAllowanceMs: allowance } = budgets.quizAnswering;
  const judged = judgeMedian({ name: 'longest task median', median: step.medianMs, goal, allowance, unit: ' ms' });
  return addVerdict({ warnings: [], failures: [] }, judged);
}

const table = (header, rows) => {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
};
const withRange = ({ median: middle, min, max }) => (min === max ? `${middle}` : `${middle} (${min}-${max})`);
const kib = (bytes) => (bytes / 1024).toFixed(1);
const status = ({ warnings, failures }) => (failures.length > 0 ? 'FAIL' : warnings.length > 0 ? 'warn' : 'ok');
const language = (path) => /^(th|en)\//u.exec(path)?.[1] ?? '--';

// Lighthouse measures the host again before every run. Far from the calibration, the host's load changed after the
// start, and the slowdown no longer gives the reference phone.
const indexDuringRuns = median(results.flatMap((result) => perRun(result, (run) => run.benchmarkIndex)));
const hostChanged =
  results.length > 0 &&
  (indexDuringRuns < (host.benchmarkIndex * 2) / 3 || indexDuringRuns > (host.benchmarkIndex * 3) / 2);

const pageVerdicts = results.map((result) => ({ result, ...verdictsOf(result) }));
const stepVerdicts = quizSteps.map((step) => ({ step, ...stepVerdictsOf(step) }));
const groupVerdicts = groupSummaryRuns.length > 0 ? [{ ...groupVerdictsOf(groupSummaryRuns) }] : [];

console.log(
  `Host: ${host.cpus} CPUs, Lighthouse benchmark index ${host.benchmarkIndex ?? '?'} ` +
    `(median of ${host.benchmarkIndexSamples?.length ?? 0}: ${host.benchmarkIndexSamples?.join(' ') ?? '-'}); ` +
    `CPU slowdown ${host.cpuSlowdown ?? '?'}x` +
    (options['cpu-slowdown']
      ? ` (fixed by --cpu-slowdown; calibrated: ${host.calibratedCpuSlowdown}x)`
      : ' (calibrated)'),
);
if (results.length > 0) {
  console.log(
    `\nLighthouse, mobile, ${lighthouseRuns} runs per page: median (lowest-highest) for what depends on the CPU, the ` +
      `worst run for the rest; sizes in KiB gzip; "index" is Lighthouse's benchmark index during the runs\n`,
  );
  console.log(
    table(
      [
        'page',
        'perf',
        'a11y',
        'best',
        'seo',
        'LCP ms',
        'TBT ms',
        'CLS',
        'HTML',
        'CSS',
        'JS',
        'fonts',
        'reqs',
        'index',
        '',
      ],
      pageVerdicts.map(({ result, ...verdicts }) => [
        `${language(result.path)} ${result.page}`,
        withRange(result.performance),
        ...categories.slice(1).map((id) => String(result.worst.scores[id])),
        withRange(result.lcpMs),
        withRange(result.tbtMs),
        String(result.worst.cls),
        kib(result.worst.bytes.html),
        kib(result.worst.bytes.css),
        kib(result.worst.bytes.js),
        kib(result.worst.bytes.fonts),
        String(result.worst.requests),
        String(result.benchmarkIndex),
        status(verdicts),
      ]),
    ),
  );
}
if (quizSteps.length > 0) {
  console.log(
    `\nAnswering the quiz (${quizToAnswer.path}), CPU slowed ${host.cpuSlowdown}x, ${quizRuns} runs: longest task of ` +
      `each step in ms, median and every run; 0 = no task over 50 ms\n`,
  );
  console.log(
    table(
      ['step', 'median', 'runs', ''],
      stepVerdicts.map(({ step, ...verdicts }) => [
        step.step,
        String(step.medianMs),
        step.runsMs.join(' '),
        status(verdicts),
      ]),
    ),
  );
}

if (groupSummaryRuns.length > 0) {
  const { people } = budgets.groupSummary;
  console.log(
    `\nSummarising ${people} results (${groupToSummarize.path}), CPU slowed ${host.cpuSlowdown}x, ${groupRuns} runs: ` +
      `ms from the press until the summary shows, and the longest task or frame drawing until the table shows (0 = none over 50 ms)\n`,
  );
  console.log(
    table(
      ['measure', 'median', 'runs', ''],
      [
        ['summary shown', 'summaryMs'],
        ['longest task', 'longestTaskMs'],
      ].map(([name, key]) => [
        name,
        String(median(groupSummaryRuns.map((run) => run[key]))),
        groupSummaryRuns.map((run) => run[key]).join(' '),
        status(groupVerdictsOf(groupSummaryRuns, key)),
      ]),
    ),
  );
}

const lines = (verdicts, kind, nameOf) =>
  verdicts.flatMap((verdict) => verdict[kind].map((text) => `${nameOf(verdict)}: ${text}`));
const pageName = ({ result }) => `${result.path || '/'} (${result.page})`;
const stepName = ({ step }) => `${quizToAnswer.path} (${quizToAnswer.name}) step "${step.step}"`;
const groupName = () => `${groupToSummarize.path} (${groupToSummarize.name})`;
const warnings = [
  ...lines(pageVerdicts, 'warnings', pageName),
  ...lines(stepVerdicts, 'warnings', stepName),
  ...lines(groupVerdicts, 'warnings', groupName),
];
const broken = [
  ...lines(pageVerdicts, 'failures', pageName),
  ...lines(stepVerdicts, 'failures', stepName),
  ...lines(groupVerdicts, 'failures', groupName),
];

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench/results.json'),
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      host: { ...host, benchmarkIndexDuringRuns: indexDuringRuns },
      lighthouseRuns,
      quizRuns,
      budgets,
      results,
      quizAnswering: quizSteps,
      groupSummary: groupSummaryRuns,
      retries,
      unrecorded,
      warnings,
      broken,
    },
    null,
    2,
  )}\n`,
);

if (hostChanged) {
  console.log(
    `\nThe host's speed changed after the calibration (benchmark index ${host.benchmarkIndex} at the start, ` +
      `${indexDuringRuns} during the Lighthouse runs): another program started or stopped, so the CPU slowdown gave ` +
      `a ${indexDuringRuns < host.benchmarkIndex ? 'slower' : 'faster'} phone than the reference one, and the ` +
      `figures that depend on the CPU are less reliable than the allowances assume; the verdicts stand as measured.`,
  );
}
if (retries.length > 0) {
  console.log(`\nRetried ${retries.length} run(s) that failed to record (not over budget: no figures came back):`);
  for (const retry of retries) console.log(`  ${retry.what}, attempt ${retry.attempt}: ${retry.problem}`);
}
if (warnings.length > 0) {
  console.log(
    `\nMissed the goal by no more than noise explains (budgets.json noise allowances):\n${warnings.join('\n')}`,
  );
}
if (unrecorded.length > 0) {
  console.log(`\nCould not measure:\n${unrecorded.join('\n')}`);
  process.exitCode = 1;
}
if (broken.length > 0) {
  console.log(`\nOver budget (budgets.json):\n${broken.join('\n')}`);
  process.exitCode = 1;
} else if (unrecorded.length === 0) {
  console.log(`\nEvery page is within budgets.json${warnings.length > 0 ? ' (with the warnings above)' : ''}.`);
}

// The bench ends itself rather than wait for Node to run out of work: a stop-17 CI run printed its verdicts and then
// waited until it was killed, on a handle a retried Lighthouse run or a browser left open. A browser still running
// goes with it.
await chromeLauncher.killAll();
process.exit();
