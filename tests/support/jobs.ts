// The example jobs as the result page hands them to its script: each job's side and key skills, in the order that
// settles ties (byWayIn), read from the job pages the way the build reads them.
import type { FitJob } from '../../src/lib/job-fit';
import { byWayIn } from '../../src/lib/jobs';
import { jobPageSchema } from '../../src/schemas/job';
import { readJobFiles } from './content-files';

/** The jobs of one language's pages, in byWayIn's order for that language. */
export function fitJobs(locale: 'th' | 'en'): FitJob[] {
  const pages = readJobFiles()
    .filter((file) => file.id.startsWith(`${locale}/`))
    .map((file) => ({ id: file.id.slice(locale.length + 1), ...jobPageSchema.parse(file.frontmatter) }));
  return byWayIn(
    pages.map((page) => ({ ...page, wayIn: page.entry, name: page.title })),
    locale,
  ).map((page) => ({ id: page.id, path: page.path, skills: page.skills }));
}
