/**
 * Loads the quiz content for a page and refuses to build with a bank that is not sound. Astro-side only: it
 * reads content collections; the island receives the localized result as a prop.
 */
import { getRelativeLocaleUrl } from 'astro:i18n';
import { getEntry } from 'astro:content';
import type { Locale } from '../lib/i18n';
import { findQuizBankProblems, localizeBank, toScoringItem, type QuizBank } from '../lib/quiz-bank';
import { balancedBand } from '../lib/scoring';

export async function loadQuizBank(locale: Locale): Promise<QuizBank> {
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
  const band = balancedBand(items.map(toScoringItem));
  return localizeBank(
    items,
    skills.data.items,
    paths.data.items,
    locale,
    (route) => getRelativeLocaleUrl(locale, route),
    band,
  );
}
