import { describe, expect, it } from 'vitest';
import { addVerdict, judgeMedian } from '../../../scripts/bench-verdict.mjs';

describe('judgeMedian, the bench’s one rule for what depends on the CPU', () => {
  const tbt = (median: number) => judgeMedian({ name: 'TBT median', median, goal: 0, allowance: 100, unit: ' ms' });

  it('passes a time within its goal, warns within the allowance, fails beyond it', () => {
    expect(tbt(0).verdict).toBe('ok');
    expect(tbt(1).verdict).toBe('warn');
    expect(tbt(100).verdict).toBe('warn');
    expect(tbt(101).verdict).toBe('fail');
    expect(tbt(121)).toEqual({ verdict: 'fail', text: 'TBT median 121 ms > 0 ms (fails above 100 ms)' });
  });

  it('judges a score as a floor', () => {
    const score = (median: number) =>
      judgeMedian({ name: 'performance median', median, goal: 100, allowance: 5, kind: 'least' });
    expect(score(100).verdict).toBe('ok');
    expect(score(99)).toEqual({ verdict: 'warn', text: 'performance median 99 < 100 (fails below 95)' });
    expect(score(95).verdict).toBe('warn');
    expect(score(94).verdict).toBe('fail');
  });

  it('with no allowance, anything past the goal fails', () => {
    const strict = (median: number) => judgeMedian({ name: 'x', median, goal: 50, allowance: 0 }).verdict;
    expect([strict(50), strict(50.5), strict(49)]).toEqual(['ok', 'fail', 'ok']);
  });

  it('refuses a figure that is not a number, or a negative allowance, instead of passing it', () => {
    expect(() => judgeMedian({ name: 'LCP median', median: Number.NaN, goal: 2500, allowance: 500 })).toThrow(
      /LCP median/u,
    );
    expect(() => judgeMedian({ name: 'x', median: 1, goal: 2, allowance: -1 })).toThrow();
  });
});

describe('addVerdict', () => {
  it('files a warning and a failure apart, and nothing for a pass', () => {
    const verdicts = { warnings: [] as string[], failures: [] as string[] };
    addVerdict(verdicts, { verdict: 'ok', text: 'a' });
    addVerdict(verdicts, { verdict: 'warn', text: 'b' });
    addVerdict(verdicts, { verdict: 'fail', text: 'c' });
    expect(verdicts).toEqual({ warnings: ['b'], failures: ['c'] });
  });
});
