/**
 * Loads the job pages (content/jobs/) for a language, with what they show from the quiz's content: the job's side
 * and picture, and the name, description and advice of the skills they name. Refuses to build when a job of
 * content/quiz/paths.yaml has no page, or a page disagrees with the quiz's content or with its other language.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { keepRepeatMarkAttached, type Locale } from '../lib/i18n';
import { jobPictureFile } from '../lib/illustrations';
import { findJobPageProblems, jobPageFromId } from '../lib/jobs';

export interface JobSkill {
  id: string;
  name: string;
  description: string;
  advice: readonly string[];
}

export interface LocalJobPage {
  entry: CollectionEntry<'jobs'>;
  job: string;
  url: string;
  picture: string;
  /** The job's one-line summary from content/quiz/paths.yaml. */
  summary: string;
  side: { id: 'front' | 'back'; name: string; explainerUrl: string };
  skills: JobSkill[];
}

/** Every job page of a language, in the order content/quiz/paths.yaml lists the jobs (front office first). */
export async function loadJobPages(locale: Locale): Promise<LocalJobPage[]> {
  const [entries, skills, paths] = await Promise.all([
    getCollection('jobs'),
    getEntry('skills', 'all'),
    getEntry('paths', 'all'),
  ]);
  if (!skills || !paths) throw new Error('content/quiz/ must hold skills.yaml and paths.yaml');
  const problems = findJobPageProblems(
    entries.map((entry) => ({ id: entry.id, ...entry.data })),
    paths.data.items.map((path) => ({ id: path.id, jobs: path.jobs.map((job) => job.id) })),
    skills.data.items.map((skill) => skill.id),
  );
  if (problems.length > 0) throw new Error(`The job pages in content/jobs/ have problems:\n${problems.join('\n')}`);

  return paths.data.items.flatMap((path) =>
    path.jobs.map((job) => {
      const entry = entries.find((each) => each.id === `${locale}/${job.id}`);
      if (!entry) throw new Error(`content/jobs/${locale}/${job.id}.md is missing`);
      return {
        entry,
        job: jobPageFromId(entry.id).job,
        url: getRelativeLocaleUrl(locale, `jobs/${job.id}/`),
        picture: jobPictureFile(job.id),
        summary: keepRepeatMarkAttached(job.summary[locale]),
        side: { id: path.id, name: path.name[locale], explainerUrl: getRelativeLocaleUrl(locale, path.explainer) },
        skills: entry.data.skills.map((id) => {
          const skill = skills.data.items.find((each) => each.id === id);
          if (!skill) throw new Error(`content/jobs/${entry.id}.md names an unknown skill "${id}"`);
          return {
            id,
            name: skill.name[locale],
            description: keepRepeatMarkAttached(skill.description[locale]),
            advice: skill.advice[locale].map(keepRepeatMarkAttached),
          };
        }),
      };
    }),
  );
}
