// The bench's verdicts (npm run bench, scripts/bench.mjs) against budgets.json: pure, so they are unit-tested
// (tests/unit/scripts/bench-judge.test.ts). What depends on the CPU is judged on its median by the one rule in
// bench-verdict.mjs; what does not (the other scores, CLS, bytes, other origins) fails on any run.
import { median } from './bench-helpers.mjs';
import { addVerdict, judgeMedian } from './bench-verdict.mjs';
import { budgetsFor } from './page-weight.mjs';

const noVerdicts = () => ({ warnings: [], failures: [] });

/** The medians of a page's runs (summarizeRuns in bench-figures.mjs) against the goals and noise allowances. */
function judgeMedians(result, limits) {
  const allowance = limits.noiseAllowance;
  const verdicts = noVerdicts();
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
  return verdicts;
}

/**
 * What fails a page on its worst run: scores other than performance, CLS, bytes and requests to other origins.
 * `registration` is what the service worker's inline registration adds to the page's HTML, which has a cap of its own.
 */
function judgeWorstRun(result, budgets, registration) {
  const limits = budgets.lighthouse;
  const { worst } = result;
  const failures = [];
  for (const [id, score] of Object.entries(worst.scores))
    if (score < limits.minimumScore) failures.push(`${id} ${score} < ${limits.minimumScore}`);
  if (worst.cls > limits.maximumCls) failures.push(`CLS ${worst.cls} > ${limits.maximumCls}`);
  const { html, css, js } = worst.bytes;
  // The result and plan pages have budgets of their own (budgets.json), as page-weight.mjs applies them.
  const { htmlGzipMax, javaScriptGzipMax } = budgetsFor(`/${result.path.split('#')[0]}`, budgets);
  if (html - registration > htmlGzipMax)
    failures.push(`HTML ${html - registration} B (without the registration) > ${htmlGzipMax} B`);
  if (css > budgets.cssGzipMax) failures.push(`CSS ${css} B > ${budgets.cssGzipMax} B`);
  if (result.kind === 'script-free' && js > 0) failures.push(`JavaScript ${js} B on a page that must have none`);
  if (result.kind === 'quiz' && js > javaScriptGzipMax) failures.push(`JavaScript ${js} B > ${javaScriptGzipMax} B`);
  if (result.firstVisit && worst.total - registration > budgets.firstVisitQuizGzipMax)
    failures.push(
      `first visit ${worst.total - registration} B (without the registration) > ${budgets.firstVisitQuizGzipMax} B`,
    );
  if (worst.otherOrigins.length > 0) failures.push(`requests to other origins: ${worst.otherOrigins.join(' ')}`);
  return failures;
}

/**
 * A page's verdicts against budgets.json: its medians with the noise allowances, and its worst run.
 * @example pageVerdictsOf(summarizeRuns(result), budgets, 197) // { warnings: ['TBT median 12 ms > 0 ms (…)'], failures: [] }
 */
export function pageVerdictsOf(result, budgets, registration = 0) {
  const verdicts = judgeMedians(result, budgets.lighthouse);
  verdicts.failures.push(...judgeWorstRun(result, budgets, registration));
  return verdicts;
}

/**
 * The group summary's verdicts: the median time until the summary shows and the median longest task, each against
 * budgets.json with its noise allowance. `only` judges one of the two.
 */
export function groupVerdictsOf(runs, budgets, only) {
  const { maximumSummaryMs, maximumLongestTaskMs, noiseAllowance } = budgets.groupSummary;
  const verdicts = noVerdicts();
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
export function stepVerdictsOf(step, budgets) {
  const { maximumLongestTaskMs: goal, noiseAllowanceMs: allowance } = budgets.quizAnswering;
  const judged = judgeMedian({ name: 'longest task median', median: step.medianMs, goal, allowance, unit: ' ms' });
  return addVerdict(noVerdicts(), judged);
}

/** Every warning or failure (`kind`) of a list of judged things, each after the name of what it is about. */
export const verdictLines = (judged, kind, nameOf) =>
  judged.flatMap((each) => each[kind].map((text) => `${nameOf(each)}: ${text}`));
