/**
 * The UI strings the quiz island shows, and the keys of the result's sentences. The quiz page picks exactly these
 * from the dictionaries and passes them as a prop; the island imports only the type, so no dictionary reaches the
 * browser.
 */
import type { Outcome, Path, QuizResult } from './scoring';

/** The answer scales' labels, which both the questions and the results show. */
export const scaleStringKeys = [
  'quiz.scale.preference.1',
  'quiz.scale.preference.2',
  'quiz.scale.preference.3',
  'quiz.scale.preference.4',
  'quiz.scale.preference.5',
  'quiz.scale.selfRating.1',
  'quiz.scale.selfRating.2',
  'quiz.scale.selfRating.3',
  'quiz.scale.selfRating.4',
  'quiz.scale.selfRating.5',
  'quiz.scale.scenario.1',
  'quiz.scale.scenario.2',
  'quiz.scale.scenario.3',
  'quiz.scale.scenario.4',
  'quiz.scale.scenario.5',
  'quiz.option.a',
  'quiz.option.b',
] as const;

export const quizStringKeys = [
  ...scaleStringKeys,
  'quiz.intro.heading',
  'quiz.intro.lead',
  'quiz.intro.privacy',
  'quiz.intro.notATest',
  'quiz.intro.start',
  'quiz.intro.continue',
  'quiz.intro.seeResult',
  'quiz.notice.bankChanged',
  'quiz.notice.storage',
  'quiz.progress',
  'quiz.part.enjoy',
  'quiz.part.can',
  'quiz.stem.preference',
  'quiz.stem.selfRating',
  'quiz.stem.scenario',
  'quiz.back',
  'quiz.next',
  'quiz.finish',
  'quiz.chooseFirst',
  'quiz.restart',
  'quiz.restartConfirm',
  'quiz.restartYes',
  'quiz.restartNo',
  'quiz.edit',
  'quiz.finished.heading',
  'quiz.finished.body',
] as const;

export type QuizStrings = Readonly<Record<(typeof quizStringKeys)[number], string>>;
export type ScaleLabelKey = (typeof scaleStringKeys)[number];
type BalancedOutcome = Exclude<Outcome, Path>;
type SummaryKey = `result.summary.${BalancedOutcome}` | `result.summary.${Path}.${'clear' | 'moderate'}`;

/** The key of the label for one point of an item kind's scale. */
export function scaleLabelKey(
  kind: 'preference' | 'self-rating' | 'scenario',
  value: 1 | 2 | 3 | 4 | 5,
): ScaleLabelKey {
  const scale = kind === 'self-rating' ? 'selfRating' : kind;
  return `quiz.scale.${scale}.${value}`;
}

/**
 * The key of a result's one-sentence summary: the outcome, and for a side, how clear the lean is.
 * @example summaryKey({ outcome: 'back', strength: 'clear' }) // 'result.summary.back.clear'
 * @example summaryKey({ outcome: 'neither', strength: 'none' }) // 'result.summary.neither'
 */
export function summaryKey(result: Pick<QuizResult, 'outcome' | 'strength'>): SummaryKey {
  if (result.outcome !== 'front' && result.outcome !== 'back') return `result.summary.${result.outcome}`;
  return `result.summary.${result.outcome}.${result.strength === 'clear' ? 'clear' : 'moderate'}`;
}

/** Every summary sentence a result can open with; a result page holds them all and shows one. */
export const summaryKeys: readonly SummaryKey[] = [
  'result.summary.front.clear',
  'result.summary.front.moderate',
  'result.summary.back.clear',
  'result.summary.back.moderate',
  'result.summary.both',
  'result.summary.neither',
  'result.summary.between',
  'result.summary.unclear',
];

/** The name of each outcome, as the largest words on a result. */
export const verdictKeys: readonly `result.verdict.${Outcome}`[] = [
  'result.verdict.front',
  'result.verdict.back',
  'result.verdict.both',
  'result.verdict.neither',
  'result.verdict.between',
  'result.verdict.unclear',
];

/** Every note a result can carry; {answered}, {total} and {same} are filled in. */
export const noteNames = ['same-answer', 'extremes-only', 'too-few-answers', 'little-variety', 'earlier-bank'] as const;

/** Every sentence that says how clear a result's lean is; {band} is filled in. */
export const strengthKeys = ['result.strength.clear', 'result.strength.moderate', 'result.strength.none'] as const;
