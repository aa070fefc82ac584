/**
 * What a result page shows for a set of answers, as keys and numbers rather than markup. The page is built with
 * every sentence and list entry it could need, hidden; the browser shows those this view names and writes its
 * numbers in. Pure, so "these answers show this" is tested without a browser.
 */
import { scaleLabelKey, summaryKey } from './quiz-strings';
import { scoreQuiz, type Answers, type QuizResult, type ScoringItem, type ScoringSkill } from './scoring';

export type ResultListName = 'reasons' | 'develop' | 'strengths' | 'jobs';

export interface ResultView {
  result: QuizResult;
  /**
   * The sentences and parts to show, named by their UI-string key (or their heading's, for a whole part);
   * everything else on the page that depends on the result stays hidden.
   */
  variants: string[];
  /**
   * Numbers to write into the page, by name: scores, counts, each skill's score (`skill.<id>`) and each answer
   * (`answer.<id>`). A skill with no answered item, or an item left unanswered, has no entry.
   */
  values: Record<string, number>;
  /** For each list, the keys of the entries to show, in the order to show them. */
  lists: Record<ResultListName, string[]>;
  /** The UI-string key of the label of each answer given, by item id. */
  answerLabels: Record<string, string>;
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
 * Scores the answers and says what to show.
 * @example buildResultView(items, skills, answers).variants // ['result.summary.back.clear', 'result.strength.clear', …]
 */
export function buildResultView(
  items: readonly ScoringItem[],
  skills: readonly ScoringSkill[],
  answers: Answers,
): ResultView {
  const result = scoreQuiz(items, skills, answers);
  const itemById = new Map(items.map((item) => [item.id, item]));
  const variants = [
    summaryKey(result),
    `result.strength.${result.strength}`,
    ...result.notes.map((note) => `result.note.${note}`),
    result.reasons.length > 0 ? 'result.why' : 'result.why.none',
    result.toDevelop.length > 0 ? 'result.develop.intro' : 'result.develop.none',
    result.strengths.length > 0 ? 'result.strengths' : 'result.strengths.none',
  ];
  const values: Record<string, number> = {
    'score-front': result.scores.front,
    'score-back': result.scores.back,
    difference: Math.abs(result.difference),
    answered: result.answered,
    total: result.total,
  };
  for (const [skill, score] of Object.entries(result.skillScores)) values[`skill.${skill}`] = score;
  const answerLabels: Record<string, string> = {};
  for (const item of items) {
    const answer = answers[item.id];
    if (answer === undefined) continue;
    answerLabels[item.id] = scaleLabelKey(item.kind, answer);
    values[`answer.${item.id}`] = answer;
  }
  const reasons = result.reasons.flatMap((reason) => {
    const item = itemById.get(reason.itemId);
    return item ? [reasonKey(item, reason.answer)] : [];
  });
  return {
    result,
    variants,
    values,
    lists: {
      reasons,
      develop: result.toDevelop,
      strengths: result.strengths,
      jobs: result.recommendation === 'balanced' ? ['front', 'back'] : [result.recommendation],
    },
    answerLabels,
  };
}
