/**
 * Two results side by side, before and after (a first self-check and one a few weeks later): the side each names,
 * each skill's self-rating then and now, and the skills that have become a strength. Each code is scored with the
 * bank that made it, as its own result page scores it, so the comparison says nothing its two results do not.
 */
import type { AnswerValue } from './answers';
import { scoreQuiz, type Outcome, type Path, type ScoringItem, type ScoringSkill } from './scoring';
import { highestRatingToDevelop } from './skill-lists';

/** One result to compare: the bank's items it was made with, and its answers. */
export interface ComparedCode {
  items: readonly ScoringItem[];
  answers: Readonly<Record<string, AnswerValue>>;
}

export interface SkillChange {
  skill: string;
  /** The self-rating in each result; absent when that result's bank did not ask about the skill or it was left out. */
  before?: AnswerValue;
  after?: AnswerValue;
  /** after − before, when both are rated. */
  change?: number;
}

export interface Comparison {
  outcomes: { before: Outcome; after: Outcome };
  /** Each side's whole-number score, as each result page shows it. */
  scores: { before: Record<Path, number>; after: Record<Path, number> };
  /** Every skill of the model, in its order. */
  skills: SkillChange[];
  /** Rated "Well" or better now, and not before (rated lower, or not rated): strengths gained since. */
  newStrengths: string[];
}

/**
 * Compares two results. A result with no verdict still has its ratings compared: they are what the person said.
 * @example
 * compareResults(skills, { items, answers: before }, { items, answers: after }).newStrengths // ['numbers']
 */
export function compareResults(skills: readonly ScoringSkill[], before: ComparedCode, after: ComparedCode): Comparison {
  const first = scoreQuiz(before.items, skills, before.answers);
  const second = scoreQuiz(after.items, skills, after.answers);
  const changes = skills.map((skill): SkillChange => {
    const then = first.skillRatings[skill.id];
    const now = second.skillRatings[skill.id];
    return {
      skill: skill.id,
      ...(then === undefined ? {} : { before: then }),
      ...(now === undefined ? {} : { after: now }),
      ...(then === undefined || now === undefined ? {} : { change: now - then }),
    };
  });
  const isStrength = (rating: number | undefined) => rating !== undefined && rating > highestRatingToDevelop;
  return {
    outcomes: { before: first.outcome, after: second.outcome },
    scores: { before: first.wholeScores, after: second.wholeScores },
    skills: changes,
    newStrengths: changes
      .filter((change) => isStrength(change.after) && !isStrength(change.before))
      .map((change) => change.skill),
  };
}

/**
 * The two codes in a comparison's fragment, `#<before>/<after>`, as typed (the page reads each as a code).
 * @example comparedCodesFromFragment('#1GNF7AAA/1GNF7BBB?openExternalBrowser=1') // ['1GNF7AAA', '1GNF7BBB']
 */
export function comparedCodesFromFragment(fragment: string): [string, string] {
  let text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  try {
    text = decodeURIComponent(text);
  } catch {
    // Left as it is, for the decoder to refuse with its own reason.
  }
  const cut = text.search(/[?&]/u);
  const [before = '', after = ''] = (cut === -1 ? text : text.slice(0, cut)).split('/');
  return [before.trim(), after.trim()];
}
