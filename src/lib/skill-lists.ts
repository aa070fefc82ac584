/**
 * A result's skill lists, from the self-ratings alone: a skill rated "Fairly well" or lower is one to develop,
 * "Well" or higher a strength. The side(s) a result names decide which skills are advised on; the other side's
 * skills are never hidden: rated "Not yet" they are named, rated "Well" or better they are strengths the person
 * brings to any work.
 */
import type { AnswerValue } from './answers';
import type { Path, ScoringSkill } from './scoring';

/** The highest self-rating that makes a skill one to develop (3, "Fairly well"); above it, a strength. */
export const highestRatingToDevelop = 3;

export interface SkillLists {
  /** The sides' skills rated "Fairly well" or lower: lowest rating first. */
  toDevelop: string[];
  /** The sides' skills rated "Well" or better: highest rating first. */
  strengths: string[];
  /** The other side's skills rated "Not yet". */
  otherNotYet: string[];
  /** The other side's skills rated "Well" or better: highest rating first. */
  otherStrengths: string[];
}

/**
 * The four lists for a result that advises on `sides`; skills with the same rating keep the skills model's order,
 * and a skill without a rating is in none.
 * @example
 * skillLists(skills, { listening: 5, numbers: 2, accuracy: 4 }, ['back'])
 * // { toDevelop: ['numbers'], strengths: ['accuracy'], otherNotYet: [], otherStrengths: ['listening'] }
 */
export function skillLists(
  skills: readonly ScoringSkill[],
  ratings: Readonly<Record<string, AnswerValue>>,
  sides: readonly Path[],
): SkillLists {
  const rated = skills.filter((skill) => ratings[skill.id] !== undefined);
  const ratingOf = (skill: ScoringSkill) => ratings[skill.id] ?? 0;
  const ids = (list: readonly ScoringSkill[]) => list.map((skill) => skill.id);
  // Array.prototype.sort is stable: skills with the same rating stay together, in the skills model's order.
  const lowestFirst = (list: readonly ScoringSkill[]) => ids([...list].sort((a, b) => ratingOf(a) - ratingOf(b)));
  const highestFirst = (list: readonly ScoringSkill[]) => ids([...list].sort((a, b) => ratingOf(b) - ratingOf(a)));
  const isStrength = (skill: ScoringSkill) => ratingOf(skill) > highestRatingToDevelop;
  const advised = rated.filter((skill) => skill.paths.some((path) => sides.includes(path)));
  const others = rated.filter((skill) => !advised.includes(skill));
  return {
    toDevelop: lowestFirst(advised.filter((skill) => !isStrength(skill))),
    strengths: highestFirst(advised.filter(isStrength)),
    otherNotYet: ids(others.filter((skill) => ratingOf(skill) === 1)),
    otherStrengths: highestFirst(others.filter(isStrength)),
  };
}
