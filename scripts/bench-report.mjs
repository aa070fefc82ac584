// The bench's tables and closing lines (npm run bench, scripts/bench.mjs), printed from what it measured and judged.
import { median } from './bench-helpers.mjs';
import { categories } from './bench-figures.mjs';

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function table(header, rows) {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

const withRange = ({ median: middle, min, max }) => (min === max ? `${middle}` : `${middle} (${min}-${max})`);
const kib = (bytes) => (bytes / 1024).toFixed(1);
export const status = ({ warnings, failures }) => (failures.length > 0 ? 'FAIL' : warnings.length > 0 ? 'warn' : 'ok');
const language = (path) => /^(th|en)\//u.exec(path)?.[1] ?? '--';

export function printHost(host, fixedSlowdown) {
  console.log(
    `Host: ${host.cpus} CPUs, Lighthouse benchmark index ${host.benchmarkIndex ?? '?'} ` +
      `(median of ${host.benchmarkIndexSamples?.length ?? 0}: ${host.benchmarkIndexSamples?.join(' ') ?? '-'}); ` +
      `CPU slowdown ${host.cpuSlowdown ?? '?'}x` +
      (fixedSlowdown ? ` (fixed by --cpu-slowdown; calibrated: ${host.calibratedCpuSlowdown}x)` : ' (calibrated)'),
  );
}

/** The Lighthouse table: a row per page, with its verdict. */
export function printPages(pageVerdicts, runs) {
  if (pageVerdicts.length === 0) return;
  console.log(
    `\nLighthouse, mobile, ${runs} runs per page: median (lowest-highest) for what depends on the CPU, the ` +
      `worst run for the rest; sizes in KiB gzip; "index" is Lighthouse's benchmark index during the runs\n`,
  );
  const header = ['page', 'perf', 'a11y', 'best', 'seo', 'LCP ms', 'TBT ms', 'CLS', 'HTML', 'CSS', 'JS', 'fonts'];
  const rows = pageVerdicts.map(({ result, ...verdicts }) => [
    `${language(result.path)} ${result.page}`,
    withRange(result.performance),
    ...categories.slice(1).map((id) => String(result.worst.scores[id])),
    withRange(result.lcpMs),
    withRange(result.tbtMs),
    String(result.worst.cls),
    ...['html', 'css', 'js', 'fonts'].map((kind) => kib(result.worst.bytes[kind])),
    String(result.worst.requests),
    String(result.benchmarkIndex),
    status(verdicts),
  ]);
  console.log(table([...header, 'reqs', 'index', ''], rows));
}

/** The quiz's steps: each step's longest task, median and every run, with its verdict. */
export function printQuizSteps(stepVerdicts, { path, cpuSlowdown, runs }) {
  if (stepVerdicts.length === 0) return;
  console.log(
    `\nAnswering the quiz (${path}), CPU slowed ${cpuSlowdown}x, ${runs} runs: longest task of ` +
      `each step in ms, median and every run; 0 = no task over 50 ms\n`,
  );
  const rows = stepVerdicts.map(({ step, ...verdicts }) => [
    step.step,
    String(step.medianMs),
    step.runsMs.join(' '),
    status(verdicts),
  ]);
  console.log(table(['step', 'median', 'runs', ''], rows));
}

/** The group summary's two measures, median and every run; `verdictOf(key)` judges one. */
export function printGroupSummary(runs, { path, people, cpuSlowdown }, verdictOf) {
  if (runs.length === 0) return;
  console.log(
    `\nSummarising ${people} results (${path}), CPU slowed ${cpuSlowdown}x, ${runs.length} runs: ms from the press ` +
      `until the summary shows, and the longest task or frame drawing until the table shows (0 = none over 50 ms)\n`,
  );
  const measures = [
    ['summary shown', 'summaryMs'],
    ['longest task', 'longestTaskMs'],
  ];
  const rows = measures.map(([name, key]) => [
    name,
    String(median(runs.map((run) => run[key]))),
    runs.map((run) => run[key]).join(' '),
    status(verdictOf(key)),
  ]);
  console.log(table(['measure', 'median', 'runs', ''], rows));
}

/** The lines after the tables: a host that changed speed, retries, warnings, what could not be measured, failures. */
export function printEnding({ host, indexDuringRuns, hostChanged, retries, warnings, unrecorded, broken }) {
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
  if (warnings.length > 0)
    console.log(
      `\nMissed the goal by no more than noise explains (budgets.json noise allowances):\n${warnings.join('\n')}`,
    );
  if (unrecorded.length > 0) console.log(`\nCould not measure:\n${unrecorded.join('\n')}`);
  if (broken.length > 0) console.log(`\nOver budget (budgets.json):\n${broken.join('\n')}`);
  else if (unrecorded.length === 0)
    console.log(`\nEvery page is within budgets.json${warnings.length > 0 ? ' (with the warnings above)' : ''}.`);
}
