/**
 * Which example jobs a result puts first: those whose key skills the person rated highest. The rule, as the method
 * page says it: the jobs of the result's side(s); first the highest average of the person's ratings of the skills
 * each job needs most; when two are level, the one whose lowest-rated key skill is rated higher; then the one open
 * with less schooling; then by name. Under each job, the one or two key skills rated "Fairly well" or lower, lowest
 * first (the job's more important skill first when two are rated alike): what to practise for it.
 */
import type { AnswerValue } from './answers';
import { highestRatingToDevelop } from './skill-lists';
import type { Path } from './scoring';

/** What ranking needs of a job: its side and its key skills, most important first. */
export interface FitJob {
  id: string;
  path: Path;
  skills: readonly string[];
}

/** At most this many key skills of a job are named as ones to practise for it. */
export const gapsPerJob = 2;

export interface JobRanking {
  /** The jobs of `sides`, best fit first; jobs with no key skill rated come last, in the order given. */
  order: string[];
  /**
   * For each job, the key skills to practise for it; an empty list when every key skill is rated "Well" or better. A
   * job with none to practise but a key skill left unrated (a code from an earlier bank) has no entry: nothing true
   * can be said of all its skills.
   */
  gaps: Record<string, string[]>;
  /** Whether any job had a key skill rated, so that the order follows the person's ratings. */
  ranked: boolean;
}

/**
 * Ranks the jobs of `sides` by the person's ratings of each job's key skills, keeping the given order for jobs that
 * are level (the result page gives them in byWayIn's order, src/lib/jobs.ts).
 * @example
 * rankJobs([{ id: 'cashier', path: 'front', skills: ['patience', 'computer'] }, { id: 'sales', path: 'front', skills: ['talk'] }],
 *   { patience: 2, computer: 5, talk: 4 }, ['front'])
 * // { order: ['sales', 'cashier'], gaps: { sales: [], cashier: ['patience'] }, ranked: true }
 */
export function rankJobs(
  jobs: readonly FitJob[],
  ratings: Readonly<Record<string, AnswerValue>>,
  sides: readonly Path[],
): JobRanking {
  const measured = jobs
    .filter((job) => sides.includes(job.path))
    .map((job) => {
      const rated = job.skills.filter((skill) => ratings[skill] !== undefined);
      const values = rated.map((skill): number => ratings[skill] ?? 0);
      const gaps = rated
        .filter((skill) => (ratings[skill] ?? 0) <= highestRatingToDevelop)
        .sort((first, second) => (ratings[first] ?? 0) - (ratings[second] ?? 0))
        .slice(0, gapsPerJob);
      const anyRated = values.length > 0;
      // A job with no key skill rated sorts below every rated one: its mean and lowest are under the scale's 1.
      const mean = anyRated ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
      const said = gaps.length > 0 || rated.length === job.skills.length;
      return { id: job.id, mean, lowest: anyRated ? Math.min(...values) : 0, rated: anyRated, said, gaps };
    });
  // Array.prototype.sort is stable: level jobs keep the order given.
  measured.sort((first, second) => second.mean - first.mean || second.lowest - first.lowest);
  return {
    order: measured.map((job) => job.id),
    gaps: Object.fromEntries(measured.filter((job) => job.said).map((job) => [job.id, job.gaps])),
    ranked: measured.some((job) => job.rated),
  };
}
