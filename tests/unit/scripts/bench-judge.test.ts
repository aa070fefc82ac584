import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarizeRuns } from '../../../scripts/bench-figures.mjs';
import { longestTaskPerStep } from '../../../scripts/bench-helpers.mjs';
import { groupVerdictsOf, pageVerdictsOf, stepVerdictsOf, verdictLines } from '../../../scripts/bench-judge.mjs';

const budgets = JSON.parse(readFileSync(join(import.meta.dirname, '../../../budgets.json'), 'utf8'));

interface Run {
  tbtMs?: number;
  lcpMs?: number;
  performance?: number;
  accessibility?: number;
  cls?: number;
  js?: number;
  html?: number;
  other?: number;
  otherOrigins?: string[];
}

/** One Lighthouse run's figures, as figuresOf gives them: a fast, clean page unless told otherwise. */
const run = ({
  tbtMs = 0,
  lcpMs = 900,
  performance = 100,
  accessibility = 100,
  cls = 0,
  js = 0,
  html = 4000,
  other = 2000,
  otherOrigins = [],
}: Run = {}) => ({
  scores: { performance, accessibility, 'best-practices': 100, seo: 100 },
  lcpMs,
  tbtMs,
  cls,
  benchmarkIndex: 1500,
  bytes: { html, css: 4000, js, fonts: 0, other },
  requests: 8,
  otherOrigins,
});

const page = (kind: string, runs: ReturnType<typeof run>[], firstVisit = false) =>
  summarizeRuns({ page: 'a page', path: 'th/a/', kind, firstVisit, runs });

describe('summarizeRuns', () => {
  it('takes the median and range of what depends on the CPU, and the worst run of the rest', () => {
    const summed = page('script-free', [run({ tbtMs: 0, cls: 0 }), run({ tbtMs: 150, cls: 0.02 }), run({ tbtMs: 30 })]);
    expect(summed.tbtMs).toEqual({ median: 30, min: 0, max: 150 });
    expect(summed.worst.cls).toBe(0.02);
    expect(summed.worst.total).toBe(4000 + 4000 + 2000);
  });
});

describe('pageVerdictsOf', () => {
  it('passes a clean page, and warns on a TBT median within the noise allowance, never on one noisy run', () => {
    expect(pageVerdictsOf(page('script-free', [run(), run(), run()]), budgets)).toEqual({ warnings: [], failures: [] });
    const noisy = pageVerdictsOf(page('script-free', [run(), run({ tbtMs: 900 }), run()]), budgets);
    expect(noisy).toEqual({ warnings: [], failures: [] });
    const slowish = pageVerdictsOf(page('script-free', [run({ tbtMs: 60 }), run({ tbtMs: 80 }), run()]), budgets);
    expect(slowish.warnings).toEqual(['TBT median 60 ms > 0 ms (fails above 100 ms)']);
    expect(slowish.failures).toEqual([]);
  });

  it('fails a TBT median beyond the allowance and a performance median below it', () => {
    const slow = pageVerdictsOf(
      page('quiz', [run({ tbtMs: 120, performance: 90 }), run({ tbtMs: 130, performance: 92 }), run()]),
      budgets,
    );
    expect(slow.failures).toContain('TBT median 120 ms > 0 ms (fails above 100 ms)');
    expect(slow.failures).toContain('performance median 92 < 100 (fails below 95)');
  });

  it('fails on a single run what the CPU cannot explain: another score, layout shift, other origins', () => {
    const verdicts = pageVerdictsOf(
      page('other', [
        run(),
        run({ accessibility: 96 }),
        run({ cls: 0.01, otherOrigins: ['https://cdn.example/x.js'] }),
      ]),
      budgets,
    );
    expect(verdicts.failures).toEqual([
      'accessibility 96 < 100',
      'CLS 0.01 > 0',
      'requests to other origins: https://cdn.example/x.js',
    ]);
  });

  it('holds each kind of page to its JavaScript budget, and counts HTML without the service worker registration', () => {
    expect(pageVerdictsOf(page('script-free', [run({ js: 10 })]), budgets).failures).toEqual([
      'JavaScript 10 B on a page that must have none',
    ]);
    const overQuiz = budgets.quizJavaScriptGzipMax + 1;
    expect(pageVerdictsOf(page('quiz', [run({ js: overQuiz })]), budgets).failures).toEqual([
      `JavaScript ${overQuiz} B > ${budgets.quizJavaScriptGzipMax} B`,
    ]);
    const html = budgets.htmlGzipMax + 100;
    expect(pageVerdictsOf(page('other', [run({ html })]), budgets, 100).failures).toEqual([]);
    expect(pageVerdictsOf(page('other', [run({ html })]), budgets, 99).failures).toHaveLength(1);
  });

  it('holds a result page, summary or detail, to the result pages’ own HTML and JavaScript budgets', () => {
    const resultPage = (path: string, figures: Run) =>
      summarizeRuns({ page: 'results', path, kind: 'quiz', firstVisit: false, runs: [run(figures)] });
    const { htmlGzipMax, javaScriptGzipMax } = budgets.resultPages;
    const html = budgets.htmlGzipMax + 1000;
    expect(html).toBeLessThan(htmlGzipMax);
    for (const path of ['th/result/#1ABC', 'en/result/detail/#1ABC'])
      expect(pageVerdictsOf(resultPage(path, { html, js: javaScriptGzipMax }), budgets).failures).toEqual([]);
    expect(pageVerdictsOf(resultPage('th/result/#1ABC', { js: javaScriptGzipMax + 1 }), budgets).failures).toEqual([
      `JavaScript ${javaScriptGzipMax + 1} B > ${javaScriptGzipMax} B`,
    ]);
    expect(pageVerdictsOf(resultPage('th/result/#1ABC', { html: htmlGzipMax + 1 }), budgets).failures).toEqual([
      `HTML ${htmlGzipMax + 1} B (without the registration) > ${htmlGzipMax} B`,
    ]);
    // The quiz page keeps the other pages' HTML budget.
    expect(pageVerdictsOf(resultPage('th/quiz/', { html }), budgets).failures).toEqual([
      `HTML ${html} B (without the registration) > ${budgets.htmlGzipMax} B`,
    ]);
  });

  it('holds a first visit to everything it transfers, without the service worker registration', () => {
    // HTML 4,000 + CSS 4,000 + JavaScript 18,000 + the rest: exactly the budget, then a byte over it.
    const other = budgets.firstVisitQuizGzipMax - 26000;
    expect(pageVerdictsOf(page('quiz', [run({ js: 18000, other })], true), budgets).failures).toEqual([]);
    const over = pageVerdictsOf(page('quiz', [run({ js: 18000, other: other + 1 })], true), budgets).failures;
    expect(over).toEqual([
      `first visit ${budgets.firstVisitQuizGzipMax + 1} B (without the registration) > ${budgets.firstVisitQuizGzipMax} B`,
    ]);
    expect(pageVerdictsOf(page('quiz', [run({ js: 18000, other: other + 1 })], true), budgets, 1).failures).toEqual([]);
    // Only a first visit is held to it.
    expect(pageVerdictsOf(page('quiz', [run({ js: 18000, other: other + 1 })]), budgets).failures).toEqual([]);
  });
});

describe('the quiz steps and the group summary', () => {
  it('judge each median against its own budget and allowance', () => {
    expect(stepVerdictsOf({ step: 'start', medianMs: 72, runsMs: [] }, budgets).warnings).toHaveLength(1);
    expect(stepVerdictsOf({ step: '33. x', medianMs: 103, runsMs: [] }, budgets).failures).toEqual([
      'longest task median 103 ms > 50 ms (fails above 100 ms)',
    ]);
    const runs = [
      { summaryMs: 800, longestTaskMs: 40 },
      { summaryMs: 1300, longestTaskMs: 120 },
      { summaryMs: 900, longestTaskMs: 110 },
    ];
    const verdicts = groupVerdictsOf(runs, budgets);
    expect(verdicts.warnings).toEqual([]);
    expect(verdicts.failures).toEqual(['longest task median 110 ms > 50 ms (fails above 100 ms)']);
    expect(groupVerdictsOf(runs, budgets, 'summaryMs')).toEqual({ warnings: [], failures: [] });
  });

  it('name every line after what it is about', () => {
    const judged = [
      { name: 'a', warnings: ['w1'], failures: [] },
      { name: 'b', warnings: ['w2', 'w3'], failures: ['f'] },
    ];
    expect(verdictLines(judged, 'warnings', ({ name }: { name: string }) => name)).toEqual(['a: w1', 'b: w2', 'b: w3']);
  });
});

describe('longestTaskPerStep', () => {
  it('gives each step the longest task that started in it, 0 for none', () => {
    const tasks = [
      { startTime: 5, duration: 60.4 },
      { startTime: 12, duration: 55 },
      { startTime: 19.9, duration: 90.6 },
      { startTime: 20, duration: 70 },
    ];
    expect(longestTaskPerStep(tasks, [0, 10, 20, 30, 40], ['start', '1. a', '2. b', '3. c'])).toEqual([
      { step: 'start', longestTaskMs: 60 },
      { step: '1. a', longestTaskMs: 91 },
      { step: '2. b', longestTaskMs: 70 },
      { step: '3. c', longestTaskMs: 0 },
    ]);
  });
});
