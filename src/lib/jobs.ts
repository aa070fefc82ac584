import { isLocale, locales, type Locale } from './i18n';

/**
 * How people usually get into a job in Thailand, from the least schooling to the most: no qualification (ม.3 is
 * enough), upper secondary or a vocational certificate (ม.6, ปวช.), a vocational certificate or diploma (ปวช., ปวส.),
 * a higher vocational diploma or a degree (ปวส. and up), a degree, a degree and a licence.
 */
export const jobEntries = ['none', 'secondary', 'vocational', 'higher-vocational', 'degree', 'licence'] as const;
export type JobEntry = (typeof jobEntries)[number];

/**
 * Reads a job page's language and job id from its content id ("th/cashier" → th, "cashier"). Throws on a file
 * outside a language folder, so a misplaced file stops the build instead of vanishing.
 * @example jobPageFromId('en/data-entry-clerk') // { locale: 'en', job: 'data-entry-clerk' }
 */
export function jobPageFromId(id: string): { locale: Locale; job: string } {
  const [locale, job, ...extra] = id.split('/');
  if (!isLocale(locale) || job === undefined || job === '' || extra.length > 0)
    throw new Error(`Job page "${id}" must be content/jobs/<th|en>/<job id>.md`);
  return { locale, job };
}

/** What the checks need of one job page: its content id and the front matter that must agree with the paths. */
export interface JobPageFacts {
  id: string;
  path: string;
  skills: readonly string[];
  entry: string;
  facts: readonly string[];
  shiftWork: boolean;
}

/**
 * Everything wrong between the job pages and the quiz's content, as readable lines: every example job of
 * content/quiz/paths.yaml has a page in every language, on its own side, naming known skills; every page is about
 * one of those jobs; and a job's pages say the same in every language (side, skills, way in, facts, shift work).
 * @example findJobPageProblems([{ id: 'th/cashier', path: 'front', skills: ['patience'], entry: 'none', facts: ['F8'], shiftWork: true }], [{ id: 'front', jobs: ['cashier'] }], ['patience'])
 * // ['en/cashier: missing (every job needs a page in every language)']
 */
export function findJobPageProblems(
  pages: readonly JobPageFacts[],
  paths: readonly { id: string; jobs: readonly string[] }[],
  skillIds: readonly string[],
): string[] {
  const problems: string[] = [];
  const pathOfJob = new Map(paths.flatMap((path) => path.jobs.map((job) => [job, path.id] as const)));
  const ids = new Set(pages.map((page) => page.id));
  for (const job of pathOfJob.keys())
    for (const locale of locales)
      if (!ids.has(`${locale}/${job}`))
        problems.push(`${locale}/${job}: missing (every job needs a page in every language)`);
  for (const page of pages) {
    const { job } = jobPageFromId(page.id);
    const path = pathOfJob.get(job);
    if (path === undefined) problems.push(`${page.id}: no job "${job}" in content/quiz/paths.yaml`);
    else if (path !== page.path)
      problems.push(`${page.id}: path is ${page.path}, but paths.yaml lists it under ${path}`);
    for (const skill of page.skills)
      if (!skillIds.includes(skill)) problems.push(`${page.id}: unknown skill "${skill}"`);
    const thai = pages.find((other) => other.id === `th/${job}`);
    if (thai && thai !== page)
      for (const field of ['path', 'skills', 'entry', 'facts', 'shiftWork'] as const)
        if (JSON.stringify(page[field]) !== JSON.stringify(thai[field]))
          problems.push(`${page.id}: ${field} not the same as th/${job}`);
  }
  return problems;
}

/**
 * Jobs in the order that breaks the last ties: the way in needing less schooling first, then by name in the reader's
 * language. The result page is built with its jobs in this order, so ranking never falls back on a file's order.
 * @example byWayIn([{ wayIn: 'degree', name: 'นิติกร' }, { wayIn: 'none', name: 'แคชเชียร์' }], 'th') // แคชเชียร์ first
 */
export function byWayIn<Job extends { wayIn: JobEntry; name: string }>(jobs: readonly Job[], locale: string): Job[] {
  const collator = new Intl.Collator(locale);
  return [...jobs].sort(
    (first, second) =>
      jobEntries.indexOf(first.wayIn) - jobEntries.indexOf(second.wayIn) || collator.compare(first.name, second.name),
  );
}
