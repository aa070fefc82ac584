#!/usr/bin/env node
// npm run bench: builds the site, serves it, and measures every kind of page in both languages with Lighthouse
// (mobile settings, Chromium at /usr/bin/chromium), then answers the whole quiz in Chromium with the CPU slowed and
// times every step. Prints the tables, writes bench/results.json, and exits with 1 when a page breaks budgets.json
// by more than noise explains, or when a run could not be recorded at all.
// Usage: node scripts/bench.mjs [--no-build] [--runs 5] [--only th/quiz/] [--cpu-slowdown 4]
// --no-build measures dist/ as it is.
// What is measured: bench-pages.mjs; what a run yields: bench-figures.mjs and bench-helpers.mjs; verdicts:
// bench-judge.mjs (one rule for medians, bench-verdict.mjs); the tables: bench-report.mjs. This file runs them.
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
import { categories, figuresOf, recordingProblem, summarizeRuns } from './bench-figures.mjs';
import { answerQuizOnce, cpuSlowdownFor, measureBenchmarkIndex, median, summarizeGroupOnce } from './bench-helpers.mjs';
import { groupVerdictsOf, pageVerdictsOf, stepVerdictsOf, verdictLines } from './bench-judge.mjs';
import { groupToSummarize, pagesToMeasure, quizToAnswer } from './bench-pages.mjs';
import { printEnding, printGroupSummary, printHost, printPages, printQuizSteps } from './bench-report.mjs';
import { measurePages } from './page-weight.mjs';
import { serve } from './serve.mjs';

const root = join(import.meta.dirname, '..');
const budgets = JSON.parse(readFileSync(join(root, 'budgets.json'), 'utf8'));
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** The command line, checked: runs must be odd (a median is then one run's figure), a fixed slowdown at least 1. */
function readOptions() {
  const { values } = parseArgs({
    options: {
      'no-build': { type: 'boolean', default: false },
      // Runs per page and per quiz; budgets.json sets the defaults.
      runs: { type: 'string' },
      only: { type: 'string' },
      // A fixed multiplier instead of the calibrated one, to repeat another machine's run.
      'cpu-slowdown': { type: 'string' },
    },
  });
  const runs = {
    lighthouse: Number(values.runs ?? budgets.lighthouse.runs),
    quiz: Number(values.runs ?? budgets.quizAnswering.runs),
    group: Number(values.runs ?? budgets.groupSummary.runs),
  };
  for (const count of Object.values(runs)) {
    if (!Number.isInteger(count) || count < 1 || count % 2 === 0) {
      console.error(`--runs and the runs in budgets.json must be odd (${count}): a median must be one run's figure`);
      process.exit(2);
    }
  }
  if (values['cpu-slowdown'] !== undefined && !(Number(values['cpu-slowdown']) >= 1)) {
    console.error(`--cpu-slowdown must be a number of at least 1 (${values['cpu-slowdown']})`);
    process.exit(2);
  }
  return { ...values, runs };
}

const options = readOptions();
// A build of its own, outside dist/: a build someone starts in the same tree while the bench runs (npm start, say)
// would otherwise swap the files under it, and the bench would judge half of one build and half of another.
const dist = options['no-build'] ? join(root, 'dist') : mkdtempSync(join(tmpdir(), 'bench-site-'));
/** The browser running now, if any: stopped with the bench. */
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

function buildSite() {
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', dist],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NODE_ENV: 'production' } },
  );
  if (build.status !== 0) {
    rmSync(dist, { recursive: true, force: true });
    process.exit(build.status ?? 1);
  }
}

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

/** With a browser of its own, closed afterwards whatever happens. */
async function withBrowser(use) {
  const started = await startBrowser();
  try {
    return await use(started);
  } finally {
    await started.close();
  }
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

/**
 * The host's speed, and the CPU slowdown that makes it Lighthouse's reference phone. Simulated throttling multiplies
 * every task the host ran by the slowdown, so a host slower than the desktop the default 4x assumes got a slower
 * phone than the budgets mean, and its jitter grew with it.
 */
async function calibrate() {
  const benchmark = await withBrowser(({ context }) =>
    measureBenchmarkIndex(context, budgets.cpuCalibration.benchmarkIndexSamples),
  );
  const calibrated = Math.round(cpuSlowdownFor(benchmark.median) * 100) / 100;
  const cpuSlowdown = options['cpu-slowdown'] ? Number(options['cpu-slowdown']) : calibrated;
  const host = {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model,
    benchmarkIndex: Math.round(benchmark.median),
    benchmarkIndexSamples: benchmark.samples.map(Math.round),
    calibratedCpuSlowdown: calibrated,
    cpuSlowdown,
  };
  process.stderr.write(
    `Benchmark index ${host.benchmarkIndex} (median of ${benchmark.samples.length}: ${host.benchmarkIndexSamples.join(' ')}); ` +
      `CPU slowdown ${cpuSlowdown}x${options['cpu-slowdown'] ? ` (fixed; calibrated would be ${calibrated}x)` : ''}\n`,
  );
  return host;
}

/**
 * One Lighthouse run of `page`, in a new browser, as a first-time visitor's (no service worker, empty cache and
 * storage) holding `page.stored` as the saved quiz, as a person's browser would.
 */
async function lighthouseRun(page, origin, cpuSlowdown) {
  return withBrowser(async (prepared) => {
    if (page.stored) {
      const tab = await prepared.context.newPage();
      await tab.goto(`${origin}/404.html`);
      await tab.evaluate(
        ([key, value]) => localStorage.setItem(key, value),
        [quizStorageKey, JSON.stringify(page.stored)],
      );
      await tab.close();
    }
    const { lhr } = await lighthouse(`${origin}/${page.path}`, {
      port: prepared.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: categories,
      throttling: { ...throttling.mobileSlow4G, cpuSlowdownMultiplier: cpuSlowdown },
      // The browser is new instead, so a saved quiz survives into the measured load.
      disableStorageReset: true,
    });
    const problem = recordingProblem(lhr);
    return { problem, value: problem === undefined ? figuresOf(lhr, origin, dist) : undefined };
  });
}

/** Every page's runs, added up; a page that cannot be recorded is listed in `unrecorded`. */
async function measureLighthouse(origin, cpuSlowdown, unrecorded) {
  const results = [];
  for (const page of pagesToMeasure(dist, options.only)) {
    const path = page.path.replace(/#.*/u, '#code');
    try {
      const runs = [];
      for (let run = 1; run <= options.runs.lighthouse; run++)
        runs.push(
          await recorded(`${path || '/'} (${page.name}) run ${run}`, () => lighthouseRun(page, origin, cpuSlowdown)),
        );
      results.push(
        summarizeRuns({ page: page.name, path, kind: page.kind, firstVisit: page.firstVisit ?? false, runs }),
      );
    } catch (error) {
      unrecorded.push(error.message);
    }
    process.stderr.write('.');
  }
  return results;
}

/** The quiz answered `runs` times in one browser (a context each): every step's median longest task. */
async function measureQuiz(origin, cpuSlowdown) {
  const runs = await withBrowser(async ({ browser }) => {
    const answered = [];
    for (let run = 1; run <= options.runs.quiz; run++) {
      const what = `${quizToAnswer.path} (${quizToAnswer.name}) run ${run}`;
      answered.push(
        await recorded(what, async () => ({
          value: await answerQuizOnce(browser, `${origin}/${quizToAnswer.path}`, cpuSlowdown),
        })),
      );
      process.stderr.write('.');
    }
    return answered;
  });
  return runs[0].map(({ step }, index) => {
    const longestTasks = runs.map((steps) => steps[index]?.longestTaskMs ?? 0);
    return { step, medianMs: median(longestTasks), runsMs: longestTasks };
  });
}

/** A group of budgets.groupSummary.people results summarised `runs` times. */
async function measureGroup(origin, cpuSlowdown) {
  const url = `${origin}/${groupToSummarize.path}`;
  return withBrowser(async ({ browser }) => {
    const runs = [];
    for (let run = 1; run <= options.runs.group; run++) {
      const what = `${groupToSummarize.path} (${groupToSummarize.name}) run ${run}`;
      const once = () => summarizeGroupOnce(browser, url, cpuSlowdown, encodeResultCode, budgets.groupSummary.people);
      runs.push(await recorded(what, async () => ({ value: await once() })));
      process.stderr.write('.');
    }
    return runs;
  });
}

/** Everything measured, on the built site served locally; what could not be recorded is listed, not thrown. */
async function measure() {
  const server = await serve({ dir: dist, base: '/', port: 0 });
  const origin = `http://127.0.0.1:${server.address().port}`;
  const measured = { host: undefined, results: [], quizSteps: [], groupSummaryRuns: [], unrecorded: [] };
  const wanted = (path) => !options.only || path.startsWith(options.only);
  try {
    measured.host = await calibrate();
    const { cpuSlowdown } = measured.host;
    measured.results = await measureLighthouse(origin, cpuSlowdown, measured.unrecorded);
    const extras = [
      ['quizSteps', quizToAnswer.path, measureQuiz],
      ['groupSummaryRuns', groupToSummarize.path, measureGroup],
    ];
    for (const [key, path, run] of extras) {
      if (!wanted(path)) continue;
      try {
        measured[key] = await run(origin, cpuSlowdown);
      } catch (error) {
        measured.unrecorded.push(error.message);
      }
    }
  } finally {
    process.stderr.write('\n');
    server.close();
    if (!options['no-build']) rmSync(dist, { recursive: true, force: true });
  }
  return measured;
}

/** The verdicts of everything measured, and the lines the bench ends with. */
function judge({ results, quizSteps, groupSummaryRuns }, registrationBytes) {
  const registrationOf = (result) => registrationBytes.get(`/${result.path.replace(/#.*/u, '')}`) ?? 0;
  const pageVerdicts = results.map((result) => ({
    result,
    ...pageVerdictsOf(result, budgets, registrationOf(result)),
  }));
  const stepVerdicts = quizSteps.map((step) => ({ step, ...stepVerdictsOf(step, budgets) }));
  const groupVerdicts = groupSummaryRuns.length > 0 ? [groupVerdictsOf(groupSummaryRuns, budgets)] : [];
  const named = [
    [pageVerdicts, ({ result }) => `${result.path || '/'} (${result.page})`],
    [stepVerdicts, ({ step }) => `${quizToAnswer.path} (${quizToAnswer.name}) step "${step.step}"`],
    [groupVerdicts, () => `${groupToSummarize.path} (${groupToSummarize.name})`],
  ];
  const all = (kind) => named.flatMap(([judged, nameOf]) => verdictLines(judged, kind, nameOf));
  return { pageVerdicts, stepVerdicts, warnings: all('warnings'), broken: all('failures') };
}

if (!options['no-build']) buildSite();
/**
 * What the service worker's inline registration (and its hash in the page's policy) adds to each page's HTML, gzip:
 * it has a cap of its own (budgets.json serviceWorkerRegistrationGzipMax, checked by page-weight.mjs), so the HTML
 * and first-visit budgets hold the page's own bytes, as page-weight.mjs does.
 */
const registrationBytes = new Map(measurePages(dist).map((row) => [row.page, row.htmlGzip - row.contentGzip]));
const measured = await measure();
const { host, results, quizSteps, groupSummaryRuns, unrecorded } = measured;
const { pageVerdicts, stepVerdicts, warnings, broken } = judge(measured, registrationBytes);

// Lighthouse measures the host again before every run. Far from the calibration, the host's load changed after the
// start, and the slowdown no longer gives the reference phone.
const indexDuringRuns = median(results.flatMap((result) => result.runs.map((run) => run.benchmarkIndex)));
const hostChanged =
  results.length > 0 &&
  (indexDuringRuns < (host.benchmarkIndex * 2) / 3 || indexDuringRuns > (host.benchmarkIndex * 3) / 2);

printHost(host, options['cpu-slowdown']);
printPages(pageVerdicts, options.runs.lighthouse);
printQuizSteps(stepVerdicts, { path: quizToAnswer.path, cpuSlowdown: host.cpuSlowdown, runs: options.runs.quiz });
printGroupSummary(
  groupSummaryRuns,
  { path: groupToSummarize.path, people: budgets.groupSummary.people, cpuSlowdown: host.cpuSlowdown },
  (key) => groupVerdictsOf(groupSummaryRuns, budgets, key),
);

mkdirSync(join(root, 'bench'), { recursive: true });
const written = {
  measuredAt: new Date().toISOString(),
  host: { ...host, benchmarkIndexDuringRuns: indexDuringRuns },
  lighthouseRuns: options.runs.lighthouse,
  quizRuns: options.runs.quiz,
  budgets,
  results,
  quizAnswering: quizSteps,
  groupSummary: groupSummaryRuns,
  retries,
  unrecorded,
  warnings,
  broken,
};
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(written, null, 2)}\n`);

printEnding({ host, indexDuringRuns, hostChanged, retries, warnings, unrecorded, broken });
if (unrecorded.length > 0 || broken.length > 0) process.exitCode = 1;
// The bench ends itself rather than wait for Node to run out of work: a stop-17 CI run printed its verdicts and then
// waited until it was killed, on a handle a retried Lighthouse run or a browser left open. A browser still running
// goes with it.
await chromeLauncher.killAll();
process.exit();
