// What the bench (npm run bench, scripts/bench.mjs) takes from a Lighthouse run, and how a page's runs add up.
import { readFileSync } from 'node:fs';
import { median } from './bench-helpers.mjs';
import { fileOf, gzipBytes } from './page-weight.mjs';

export const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const metricAudits = ['largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'];

/** What the page downloaded, by kind, in gzip bytes of the files themselves in `dist`; and where it went. */
export function weigh(requests, origin, dist) {
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
export function recordingProblem(lhr) {
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
export function figuresOf(lhr, origin, dist) {
  return {
    scores: Object.fromEntries(categories.map((id) => [id, Math.round(lhr.categories[id].score * 100)])),
    lcpMs: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    tbtMs: Math.round(lhr.audits['total-blocking-time'].numericValue),
    cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
    // Lighthouse measures the host again before every run: a falling figure means the machine got busier.
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    ...weigh(lhr.audits['network-requests'].details.items, origin, dist),
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

const spread = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values) });

/**
 * A page's runs added up: the median and range of what depends on the CPU, and the worst run of the rest (it
 * happened, so a person can get it).
 * @example summarizeRuns({ page: 'overview', path: 'th/', kind: 'script-free', runs }).tbtMs // { median, min, max }
 */
export function summarizeRuns(result) {
  const perRun = (pick) => result.runs.map(pick);
  const worstOf = (pick) => Math.max(...perRun(pick));
  return {
    ...result,
    performance: spread(perRun((run) => run.scores.performance)),
    lcpMs: spread(perRun((run) => run.lcpMs)),
    tbtMs: spread(perRun((run) => run.tbtMs)),
    worst: {
      scores: Object.fromEntries(categories.slice(1).map((id) => [id, Math.min(...perRun((run) => run.scores[id]))])),
      cls: worstOf((run) => run.cls),
      bytes: Object.fromEntries(
        Object.keys(result.runs[0].bytes).map((kind) => [kind, worstOf((run) => run.bytes[kind])]),
      ),
      total: worstOf((run) => Object.values(run.bytes).reduce((sum, bytes) => sum + bytes, 0)),
      requests: worstOf((run) => run.requests),
      otherOrigins: [...new Set(result.runs.flatMap((run) => run.otherOrigins))],
    },
    benchmarkIndex: median(perRun((run) => run.benchmarkIndex)),
  };
}
