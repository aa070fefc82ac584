/**
 * Loads the quiz content for a page and refuses to build with a bank that is not sound. Astro-side only: it
 * reads content collections; the island receives the localized result as a prop.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import { getCollection, getEntry } from 'astro:content';
import { keepRepeatMarkAttached, type Locale } from '../lib/i18n';
import { jobPictureFile } from '../lib/illustrations';
import {
  findQuizBankProblems,
  findReleasedBankProblems,
  localizeBank,
  questionBankVersion,
  toScoringItem,
  type BankItem,
  type QuizBank,
} from '../lib/quiz-bank';
import type { ScoringBank } from '../lib/released-banks';
import { balancedBand, type Path } from '../lib/scoring';

async function loadBankContent() {
  const [questions, skills, paths] = await Promise.all([
    getEntry('questions', 'all'),
    getEntry('skills', 'all'),
    getEntry('paths', 'all'),
  ]);
  if (!questions || !skills || !paths)
    throw new Error('content/quiz/ must hold questions.yaml, skills.yaml and paths.yaml');
  const items = questions.data.items;
  const problems = findQuizBankProblems(items, skills.data.items);
  if (problems.length > 0) throw new Error(`The question bank in content/quiz/ has problems:\n${problems.join('\n')}`);
  return { items, skills: skills.data.items, paths: paths.data.items };
}

export async function loadQuizBank(locale: Locale): Promise<QuizBank> {
  const { items, skills, paths } = await loadBankContent();
  const band = balancedBand(items.map(toScoringItem));
  return localizeBank(items, skills, paths, locale, (route) => getRelativeLocaleUrl(locale, route), band);
}

/** An example job in one language, with its picture (public/illustrations/job-<id>.svg). */
export interface LocalJob {
  id: string;
  name: string;
  /** The job's name in English: Thai job adverts often use it, so Thai pages show it too. */
  englishName: string;
  summary: string;
  /** The picture's file name in public/illustrations/, for <Illustration file={…}>. */
  picture: string;
  /** The job's own page in this language (content/jobs/). */
  url: string;
}

/**
 * Each path's example jobs in one language, with the route of the explainer page about the path.
 * @example (await loadPathJobs('en'))[0] // { path: 'front', explainer: 'front-office/', jobs: [{ id: 'receptionist', picture: 'job-receptionist.svg', … }, …] }
 */
export async function loadPathJobs(locale: Locale): Promise<{ path: Path; explainer: string; jobs: LocalJob[] }[]> {
  const { paths } = await loadBankContent();
  return paths.map((path) => ({
    path: path.id,
    explainer: path.explainer,
    jobs: path.jobs.map((job) => ({
      id: job.id,
      name: keepRepeatMarkAttached(job.name[locale]),
      englishName: job.name.en,
      summary: keepRepeatMarkAttached(job.summary[locale]),
      picture: jobPictureFile(job.id),
      url: getRelativeLocaleUrl(locale, `jobs/${job.id}/`),
    })),
  }));
}

export interface ReleasedBankContent {
  version: string;
  released: Date;
  items: BankItem[];
}

/**
 * The banks released before today's, newest first, leaving out any that today's bank still is. The build stops if
 * one of them was edited or two share a code tag.
 */
export async function loadReleasedBanks(): Promise<ReleasedBankContent[]> {
  const { items } = await loadBankContent();
  const current = questionBankVersion(items.map(toScoringItem));
  const released = (await getCollection('releasedBanks'))
    .map((entry) => entry.data)
    .filter((bank) => bank.version !== current)
    .sort((first, second) => second.released.getTime() - first.released.getTime());
  const problems = findReleasedBankProblems(current, released);
  if (problems.length > 0) throw new Error(`content/quiz/archive/ has problems:\n${problems.join('\n')}`);
  return released;
}

/**
 * Every bank a result code may have been made with, as the pages that open codes hand them to their scripts:
 * today's first, then each released before it, newest first (openResultCode, src/lib/released-banks.ts).
 */
export async function loadScoringBanks(today: QuizBank): Promise<ScoringBank[]> {
  const released = await loadReleasedBanks();
  return [
    { version: today.version, items: today.questions.map(toScoringItem) },
    ...released.map((earlier) => ({ version: earlier.version, items: earlier.items.map(toScoringItem) })),
  ];
}
