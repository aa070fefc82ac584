/**
 * When what a person would enjoy and what they say they can do point different ways: the result names one side
 * from part 1, yet part 2 rates the other side's skills clearly higher. The rule, as the method page says it:
 * take the average self-rating of the skills only the named side uses, and of the skills only the other side uses
 * (a skill both sides use, such as basic computer skills, says nothing about which side fits better); when the
 * other side's average is at least one whole point higher on the 1-5 scale (both to one decimal, as shown), the
 * result says so. Each side needs at least half its own skills rated.
 *
 * Why one point: a self-rating typically spreads by about one scale point from one question to the next, so the
 * average of a side's seven skills has a standard error of about 1 / √7 ≈ 0.38, and the difference of two such
 * averages about 0.53. At 90% (one-sided, z = 1.645) that is 0.88: a gap of a whole point is unlikely to come from
 * how single questions happened to be worded, and it is a rule a person can check on paper.
 */
import type { AnswerValue } from './answers';
import type { Path, ScoringSkill } from './scoring';

/** How much higher, in scale points, the other side's average must be for a mismatch. */
export const mismatchGap = 1;
/** Each side needs at least this share of its own skills rated, so that its average stands for the side. */
export const mismatchRatedShare = 0.5;

/**
 * The fewest of a side's own skills that must be rated, as the worksheet prints it (the larger side's, should the
 * two sides ever have different numbers of skills).
 * @example fewestRatedPerSide(skills) // 4 when each side has 7 skills of its own
 */
export function fewestRatedPerSide(skills: readonly ScoringSkill[]): number {
  const own = (side: Path) => skills.filter((skill) => skill.paths.length === 1 && skill.paths[0] === side).length;
  return Math.ceil(Math.max(own('front'), own('back')) * mismatchRatedShare);
}

/** A side's own skills (used by that side only) as rated: their sum and how many are rated, of how many. */
export interface SideRatings {
  sum: number;
  rated: number;
  skills: number;
}

export interface SkillMismatch {
  /** The side the result names, whose skills were rated lower. */
  side: Path;
  /** The side whose skills were rated higher. */
  other: Path;
  /** Each side's average self-rating of its own skills, to one decimal. */
  means: Record<Path, number>;
}

/**
 * The sum and count of the self-ratings of the skills only `side` uses.
 * @example sideRatings(skills, { listening: 5, patience: 4, numbers: 2 }, 'front') // { sum: 9, rated: 2, skills: 7 }
 */
export function sideRatings(
  skills: readonly ScoringSkill[],
  ratings: Readonly<Record<string, AnswerValue>>,
  side: Path,
): SideRatings {
  const own = skills.filter((skill) => skill.paths.length === 1 && skill.paths[0] === side);
  const values = own.flatMap((skill) => {
    const rating = ratings[skill.id];
    return rating === undefined ? [] : [rating];
  });
  return { sum: values.reduce((total, value) => total + value, 0), rated: values.length, skills: own.length };
}

/** A side's average in tenths of a point, rounded half up as by hand: 20 of 7 ratings (2.857…) is 29. */
const tenths = (ratings: SideRatings) => Math.round((10 * ratings.sum) / ratings.rated);

/**
 * The mismatch for a result that names `outcome`, or null: no side named, too few skills rated on either side, or
 * the other side's average less than one point higher. Decided on the averages as shown, to one decimal, so the
 * two numbers a person or a counsellor sees (or works out on the worksheet) settle it: 3.9 against 2.9 is one.
 * @example
 * skillMismatch(skills, { rapport: 1, listening: 2, …, numbers: 5, organisation: 4, … }, 'front')
 * // { side: 'front', other: 'back', means: { front: 1.6, back: 4.4 } }
 */
export function skillMismatch(
  skills: readonly ScoringSkill[],
  ratings: Readonly<Record<string, AnswerValue>>,
  outcome: string,
): SkillMismatch | null {
  if (outcome !== 'front' && outcome !== 'back') return null;
  const other: Path = outcome === 'front' ? 'back' : 'front';
  const own = sideRatings(skills, ratings, outcome);
  const theirs = sideRatings(skills, ratings, other);
  const enough = (side: SideRatings) => side.rated > 0 && side.rated >= side.skills * mismatchRatedShare;
  if (!enough(own) || !enough(theirs)) return null;
  if (tenths(theirs) - tenths(own) < 10 * mismatchGap) return null;
  const means = { [outcome]: tenths(own) / 10, [other]: tenths(theirs) / 10 } as Record<Path, number>;
  return { side: outcome, other, means };
}
