// The one rule by which the bench judges a figure that depends on the CPU (npm run bench): its median over the runs
// against the goal in budgets.json. Missing the goal by no more than the noise allowance is a warning, by more a
// failure. Pure, so it is unit-tested (tests/unit/scripts/bench-verdict.test.ts).

/**
 * Judges a median against its goal. `most` goals are ceilings (a time: fails above goal + allowance); `least` goals
 * are floors (a score: fails below goal - allowance). Returns the verdict and the sentence that explains it.
 * @example judgeMedian({ name: 'TBT median', median: 120, goal: 0, allowance: 100, unit: ' ms' })
 * // { verdict: 'fail', text: 'TBT median 120 ms > 0 ms (fails above 100 ms)' }
 * @example judgeMedian({ name: 'performance median', median: 97, goal: 100, allowance: 5, kind: 'least' }).verdict
 * // 'warn'
 */
export function judgeMedian({ name, median, goal, allowance, unit = '', kind = 'most' }) {
  if (![median, goal, allowance].every(Number.isFinite) || allowance < 0)
    throw new Error(`${name}: a median, goal and allowance must be numbers, the allowance at least 0`);
  const ceiling = kind === 'most';
  const limit = ceiling ? goal + allowance : goal - allowance;
  const text = ceiling
    ? `${name} ${median}${unit} > ${goal}${unit} (fails above ${limit}${unit})`
    : `${name} ${median}${unit} < ${goal}${unit} (fails below ${limit}${unit})`;
  const beyondAllowance = ceiling ? median > limit : median < limit;
  const missesGoal = ceiling ? median > goal : median < goal;
  return { verdict: beyondAllowance ? 'fail' : missesGoal ? 'warn' : 'ok', text };
}

/**
 * Adds a judged figure to a page's warnings or failures (an 'ok' adds nothing).
 * @example const verdicts = { warnings: [], failures: [] }; addVerdict(verdicts, judgeMedian(…))
 */
export function addVerdict(verdicts, { verdict, text }) {
  if (verdict === 'fail') verdicts.failures.push(text);
  else if (verdict === 'warn') verdicts.warnings.push(text);
  return verdicts;
}
