// What the bench measures (npm run bench, scripts/bench.mjs): every kind of page in both languages, the quiz answered
// and a group summarised. Reads the built site only to find the question bank the quiz page carries.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { encodeResultCode } from '../src/lib/result-code.ts';

/** The quiz answered from start to finish; in Thai, as the end-to-end check it replaces did. */
export const quizToAnswer = { name: 'quiz answering', path: 'th/quiz/' };
/** A counsellor's group of results summarised, on the Thai group page. */
export const groupToSummarize = { name: 'group summary', path: 'th/group/' };

/**
 * The bank as the quiz page in `dist` carries it (the one a person answers today), and a clear back-office answer
 * set for it: 4 on back-office items, 2 on front-office ones, 3 on items that count for neither side (self-ratings
 * feed the skill lists only, and may carry no path at all).
 */
export function backOfficeAnswers(dist, locale) {
  const html = readFileSync(join(dist, locale, 'quiz/index.html'), 'utf8');
  const json = /<script\b[^>]*\bid="quiz-props"[^>]*>([\s\S]*?)<\/script>/u.exec(html)?.[1];
  const bank = JSON.parse(json ?? '{}').bank;
  if (!Array.isArray(bank?.questions)) throw new Error(`${locale}/quiz/: no question bank in script#quiz-props`);
  const lean = (path) => (path === 'back' ? 4 : path === 'front' ? 2 : 3);
  const answers = Object.fromEntries(
    bank.questions.map((item) =>
      // A scenario's answer runs from 1 (task a) to 5 (task b).
      item.kind === 'scenario'
        ? [item.id, item.b?.path === 'back' ? 4 : item.a?.path === 'back' ? 2 : 3]
        : [item.id, lean(item.path)],
    ),
  );
  const ids = bank.questions.map((item) => item.id);
  return { version: bank.version, answers, code: encodeResultCode(bank.version, ids, answers) };
}

/** One language's pages: `kind` picks the JavaScript budget; `stored` is the quiz saved before the page opens. */
function pagesIn(dist, locale) {
  const { version, answers, code } = backOfficeAnswers(dist, locale);
  const firstAnswers = Object.fromEntries(Object.entries(answers).slice(0, 3));
  const scriptFree = (name, path) => ({ name, path: `${locale}/${path}`, kind: 'script-free' });
  const other = (name, path) => ({ name, path: `${locale}/${path}`, kind: 'other' });
  return [
    scriptFree('overview', ''),
    scriptFree('front office', 'front-office/'),
    scriptFree('back office', 'back-office/'),
    scriptFree('skills', 'skills/'),
    scriptFree('jobs', 'jobs/'),
    // The longest job page, and the one whose way in a careful reader checks first.
    scriptFree('job page', 'jobs/legal-counsel/'),
    { name: 'quiz intro', path: `${locale}/quiz/`, kind: 'quiz', firstVisit: true },
    // A person in the middle of the quiz, and one who has just finished it.
    {
      name: 'quiz question',
      path: `${locale}/quiz/`,
      kind: 'quiz',
      stored: { bank: version, answers: firstAnswers, screen: 3 },
    },
    {
      name: 'results',
      path: `${locale}/result/#${code}`,
      kind: 'quiz',
      stored: { bank: version, answers, screen: 'results' },
    },
    { name: 'shared result', path: `${locale}/result/#${code}`, kind: 'quiz' },
    { name: 'result detail', path: `${locale}/result/detail/#${code}`, kind: 'quiz' },
    { name: 'plan', path: `${locale}/plan/#${code}/numbers/organisation`, kind: 'quiz' },
    { name: 'comparison', path: `${locale}/compare/#${code}/${code}`, kind: 'quiz' },
    other('counsellors', 'counsellors/'),
    other('group', 'group/'),
    other('paper entry', 'paper/'),
    other('job fair', 'fair/'),
    scriptFree('guide', 'counsellors/guide/'),
    scriptFree('poster', 'counsellors/poster/'),
    scriptFree('handouts', 'counsellors/handout/'),
    scriptFree('method', 'method/'),
    scriptFree('worksheet', 'worksheet/'),
  ];
}

/** Every kind of page, in both languages; only those whose path starts with `only`, when given. */
export function pagesToMeasure(dist, only) {
  const pages = [
    { name: 'language chooser', path: '', kind: 'script-free' },
    ...pagesIn(dist, 'th'),
    ...pagesIn(dist, 'en'),
  ];
  return only ? pages.filter((page) => page.path.startsWith(only)) : pages;
}
