/**
 * What a result page shows for a set of answers, as keys and numbers rather than markup. The page is built with
 * every sentence and list entry it could need, hidden; the browser shows those this view names and writes its
 * numbers in. Pure, so "these answers show this" is tested without a browser.
 */
import { rankJobs, type FitJob } from './job-fit';
import { positionOf } from './position-scale';
import { scaleLabelKey, summaryKey, type ScaleLabelKey } from './quiz-strings';
import {
  paths,
  scoreQuiz,
  sidesOf,
  type Answers,
  type QuizResult,
  type ScoringItem,
  type ScoringSkill,
} from './scoring';

export type ResultListName =
  'reasons' | 'develop' | 'strengths' | 'otherStrengths' | 'otherNotYet' | 'jobs' | 'answers';
export const resultListNames: readonly ResultListName[] = [
  'reasons',
  'develop',
  'strengths',
  'otherStrengths',
  'otherNotYet',
  'jobs',
  'answers',
];

/** How firmly a scenario's task was chosen, as a "why" entry says it: 1 and 5 for sure, 2 and 4 leaning to it. */
export const choiceLabelKeys = ['result.why.choice.sure', 'result.why.choice.leaning'] as const;

/** Every key an answer's label can have (ResultView's answerLabels): the result page hands over these words. */
export type AnswerLabelKey = ScaleLabelKey | (typeof choiceLabelKeys)[number];

export interface ResultView {
  result: QuizResult;
  /**
   * The sentences and parts to show, by name (a UI-string key, or for a whole part its heading's key); everything
   * else on the page that depends on the result stays hidden.
   */
  variants: string[];
  /**
   * Numbers to write into the page, by name: scores, counts, each skill's rating (`skill.<id>`) and each answer
   * (`answer.<id>`). A skill with no self-rating, or an item left unanswered, has no entry.
   */
  values: Record<string, number>;
  /** For each list, the keys of the entries to show, in the order to show them (`jobs`: best fit first). */
  lists: Record<ResultListName, string[]>;
  /** For each job listed whose key skills were rated, the one or two to practise for it; none when all are strong. */
  jobGaps: Record<string, string[]>;
  /**
   * The UI-string key of the label of each answer given, by item id, of each skill's rating (`skill.<id>`), and for a
   * scenario answered, how firmly the chosen task was chosen (`choice.<id>`): a "why" entry shows the task itself, so
   * "Definitely B" beside it would name a letter the reader no longer sees.
   */
  answerLabels: Record<string, AnswerLabelKey>;
  /** Skills the bank that made the code never asked about (an earlier bank may not know a newer skill). */
  notAsked: string[];
}

/**
 * The key of a "why" entry: the item, and for a scenario the option the answer leaned to (A for 1-3, B for 4-5).
 * @example reasonKey({ id: 'choose-desk', kind: 'scenario', … }, 5) // 'choose-desk:b'
 */
export function reasonKey(item: ScoringItem, answer: number): string {
  if (item.kind !== 'scenario') return item.id;
  return `${item.id}:${answer <= 3 ? 'a' : 'b'}`;
}

/**
 * Which sentence opens each skill list, or the one sentence that says why there are none. The sentences name "this
 * work" for a side, and both kinds of work when the result names no side.
 */
function listVariants(result: QuizResult): string[] {
  if (result.outcome === 'unclear') return ['result.skills.none'];
  if (Object.keys(result.skillRatings).length === 0) return ['result.skills.unrated'];
  const both = sidesOf(result.outcome).length > 1 ? '-both' : '';
  return [
    'result.skills',
    result.toDevelop.length > 0 ? `result.develop.intro${both}` : `result.develop.none${both}`,
    result.strengths.length > 0 ? `result.strengths${both}` : `result.strengths.none${both}`,
    ...(result.otherStrengths.length > 0 ? ['result.otherStrengths'] : []),
    ...(result.otherNotYet.length > 0 ? ['result.otherNotYet'] : []),
  ];
}

/** A sentence for a side's result when the person would also enjoy the other side's tasks (its score above 50). */
function alsoEnjoys(result: QuizResult): string[] {
  if (result.outcome === 'front' && result.scores.back > 50) return ['result.also.back'];
  if (result.outcome === 'back' && result.scores.front > 50) return ['result.also.front'];
  return [];
}

/**
 * Scores the answers and says what to show. `earlierBank` marks a code made with a question bank that has since
 * been replaced: it is scored with today's rules on its own questions, and says so. `jobs` are the example jobs, in
 * the order that settles ties (byWayIn, src/lib/jobs.ts); a result ranks its side's jobs by the key skills' ratings
 * (src/lib/job-fit.ts), and one with no verdict lists every job in that order, with nothing to practise.
 * @example buildResultView(items, skills, answers).variants // ['result.summary.back.clear', 'result.strength.clear', …]
 */
export function buildResultView(
  items: readonly ScoringItem[],
  skills: readonly ScoringSkill[],
  answers: Answers,
  earlierBank = false,
  jobs: readonly FitJob[] = [],
): ResultView {
  const result = scoreQuiz(items, skills, answers);
  const jobRanking =
    result.outcome === 'unclear'
      ? { order: jobs.map((job) => job.id), gaps: {}, ranked: false }
      : rankJobs(jobs, result.skillRatings, sidesOf(result.outcome));
  const itemById = new Map(items.map((item) => [item.id, item]));
  const variants = [
    summaryKey(result),
    `result.verdict.${result.outcome}`,
    ...(result.outcome === 'unclear' ? [] : [`result.strength.${result.strength}`, 'result.position']),
    ...alsoEnjoys(result),
    ...(result.mismatch ? [`result.mismatch.${result.mismatch.side}`] : []),
    ...result.notes.map((note) => `result.note.${note}`),
    ...(earlierBank ? ['result.note.earlier-bank'] : []),
    result.reasons.length > 0 ? 'result.why' : 'result.why.none',
    ...listVariants(result),
    result.outcome === 'unclear'
      ? 'result.jobs.unclear'
      : jobRanking.ranked
        ? 'result.jobs.ranked'
        : 'result.jobs.unrated',
    ...sidesOf(result.outcome).map((side) => `result.jobs.more.${side}`),
  ];
  const values: Record<string, number> = {
    'score-front': result.scores.front,
    'score-back': result.scores.back,
    // The summary shows whole numbers; the scores to one decimal are for the detail view.
    'whole-front': result.wholeScores.front,
    'whole-back': result.wholeScores.back,
    // Where the person sits on a line from front office (0) to back office (100): the middle when the scores are
    // equal, half the difference away from it otherwise, so the balanced band (differences under `band`) is the
    // stretch within band / 2 of 50.
    position: positionOf(result),
    difference: Math.abs(result.difference),
    answered: result.answered,
    total: result.total,
    band: result.band,
    clear: 2 * result.band,
    same: result.mostCommonCount,
  };
  // Each side's average self-rating of its own skills, for the mismatch sentence (shown to one decimal).
  if (result.mismatch) for (const side of paths) values[`mean-${side}`] = result.mismatch.means[side];
  const answerLabels: Record<string, AnswerLabelKey> = {};
  for (const [skill, rating] of Object.entries(result.skillRatings)) {
    values[`skill.${skill}`] = rating;
    answerLabels[`skill.${skill}`] = scaleLabelKey('self-rating', rating);
  }
  for (const item of items) {
    const answer = answers[item.id];
    if (answer === undefined) continue;
    answerLabels[item.id] = scaleLabelKey(item.kind, answer);
    if (item.kind === 'scenario')
      answerLabels[`choice.${item.id}`] = choiceLabelKeys[answer === 1 || answer === 5 ? 0 : 1];
    values[`answer.${item.id}`] = answer;
  }
  const reasons = result.reasons.flatMap((reason) => {
    const item = itemById.get(reason.itemId);
    return item ? [reasonKey(item, reason.answer)] : [];
  });
  const asked = new Set(items.flatMap((item) => (item.kind === 'self-rating' ? [item.skill] : [])));
  return {
    result,
    variants,
    values,
    lists: {
      reasons,
      develop: result.toDevelop,
      strengths: result.strengths,
      otherStrengths: result.otherStrengths,
      otherNotYet: result.otherNotYet,
      jobs: jobRanking.order,
      answers: items.map((item) => item.id),
    },
    jobGaps: jobRanking.gaps,
    answerLabels,
    notAsked: skills.filter((skill) => !asked.has(skill.id)).map((skill) => skill.id),
  };
}
