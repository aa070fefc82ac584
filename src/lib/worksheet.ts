/**
 * The paper worksheet's scoring key: the same result as the site, reached by looking points up and adding whole
 * numbers, as a person does by hand. Every part-one answer gives 0-4 points to one side (a scenario shares 4 points
 * between its two tasks' sides); a side's total is its score × (4 × items) / 100, so the site's band becomes a gap
 * in points. Part two (the self-ratings) gives no points: each skill is read straight from the number circled.
 */
import {
  highestRatingToDevelop,
  itemsPerPath,
  littleVarietyCount,
  minimumAnsweredShare,
  paths,
  sidesOf,
  type AnswerValue,
  type Outcome,
  type Path,
  type ScoringItem,
  type ScoringSkill,
} from './scoring';
import { mismatchGap, mismatchRatedShare } from './skill-mismatch';

/** Points for each circled answer, 1 to 5, as the worksheet prints them beside each row. */
export type PointsLookup = readonly [number, number, number, number, number];
/** For a liked task, or task B of a pair: circling 5 gives 4 points. */
export const pointsRising: PointsLookup = [0, 1, 2, 3, 4];
/** For task A of a pair: circling 1 ("definitely A") gives 4 points. */
export const pointsFalling: PointsLookup = [4, 3, 2, 1, 0];

/**
 * Which lookup a row's Front and Back cells print, or none (the cell is shaded): self-ratings give no points.
 * @example rowLookups({ id: 'x', kind: 'preference', path: 'back', skill: 's' }) // { back: [0, 1, 2, 3, 4] }
 */
export function rowLookups(item: ScoringItem): Partial<Record<Path, PointsLookup>> {
  if (item.kind === 'preference') return { [item.path]: pointsRising };
  if (item.kind === 'scenario') return { [item.a.path]: pointsFalling, [item.b.path]: pointsRising };
  return {};
}

/** The most points each side can get. */
export function maximumPoints(items: readonly ScoringItem[]): Record<Path, number> {
  const counts = itemsPerPath(items);
  return { front: 4 * counts.front, back: 4 * counts.back };
}

/** A side's score as the site shows it: 0-100, one decimal. */
const scoreOf = (points: number, maximum: number) => Math.round((1000 * points) / maximum) / 10;

/**
 * The smallest gap in points that reaches `gap` on the site's 0-100 scale, with the site's own rounding, for a
 * bank whose two sides have the same number of items (a worksheet needs one rule for both directions).
 * @example pointsForGap(items, 18) // 8 when each side has 11 items (44 points)
 */
export function pointsForGap(items: readonly ScoringItem[], gap: number): number {
  const { front, back } = maximumPoints(items);
  if (front !== back) throw new Error('A worksheet needs as many items on each side');
  for (let points = 0; points <= front; points++) {
    // The worst case for each gap in points: the pair of totals whose rounded scores are furthest from the gap.
    const reaches = Array.from({ length: front - points + 1 }, (_, low) => {
      const difference = Math.round((scoreOf(low + points, front) - scoreOf(low, front)) * 10) / 10;
      return difference >= gap;
    });
    if (reaches.every(Boolean)) return points;
  }
  return front + 1;
}

/** The numbers the worksheet's key prints, worked out from the bank. */
export interface WorksheetKey {
  /** The most points a side can get, and half of it: a total above half is a side the person mostly liked. */
  maximum: number;
  half: number;
  /** A gap of at least this many points is a lean; of at least `clear`, a clear one. */
  lean: number;
  clear: number;
  /** The fewest part-one rows of a side that must be answered. */
  minimumAnswered: number;
  /** How many answers, all circling the same number, earn the "little variety" note when every row is answered. */
  littleVariety: number;
}

/**
 * The key's numbers for a bank.
 * @example worksheetKey(items, 18) // { maximum: 44, half: 22, lean: 8, clear: 16, minimumAnswered: 6, littleVariety: 27 }
 */
export function worksheetKey(items: readonly ScoringItem[], band: number): WorksheetKey {
  const maximum = maximumPoints(items).front;
  return {
    maximum,
    half: maximum / 2,
    lean: pointsForGap(items, band),
    clear: pointsForGap(items, 2 * band),
    minimumAnswered: Math.ceil(itemsPerPath(items).front * minimumAnsweredShare),
    littleVariety: littleVarietyCount(items.length),
  };
}

export interface HandScore {
  points: Record<Path, number>;
  outcome: Outcome;
  clear: boolean;
  littleVariety: boolean;
  toDevelop: string[];
  strengths: string[];
  otherNotYet: string[];
  otherStrengths: string[];
  /** Step 6: the other side's skills average a whole point or more above the named side's. */
  mismatch: boolean;
}

/**
 * Scores an answer sheet the way the worksheet's key tells a person to, step by step. A sheet with a blank in part
 * one is scored only when a side has too few answers for a result; otherwise the key asks for the blank to be
 * filled in first, and so does this.
 * @example handScore(items, skills, answers, 18) // { points: { front: 38, back: 9 }, outcome: 'front', clear: true, … }
 */
export function handScore(
  items: readonly ScoringItem[],
  skills: readonly ScoringSkill[],
  answers: Readonly<Record<string, AnswerValue>>,
  band: number,
): HandScore {
  const key = worksheetKey(items, band);
  // Step 1: look up each part-one answer's points and add them up per side; count the rows answered per side.
  const points: Record<Path, number> = { front: 0, back: 0 };
  const answeredRows: Record<Path, number> = { front: 0, back: 0 };
  for (const item of items) {
    const answer = answers[item.id];
    for (const [side, lookup] of Object.entries(rowLookups(item)) as [Path, PointsLookup][]) {
      if (answer === undefined) continue;
      points[side] += lookup[answer - 1] ?? 0;
      answeredRows[side] += 1;
    }
  }
  const circled = items.flatMap((item) => {
    const answer = answers[item.id];
    return answer === undefined ? [] : [answer];
  });
  const tooFew = paths.some((side) => answeredRows[side] < Math.max(1, key.minimumAnswered));
  const partOneBlank = items.some((item) => item.kind !== 'self-rating' && answers[item.id] === undefined);
  if (!tooFew && partOneBlank) throw new Error('Fill in every row of part one before using the key');

  // Step 2: the checks that give no result.
  const gap = Math.abs(points.front - points.back);
  const tally = answeredCounts(circled);
  const sameEverywhere = circled.length > 1 && tally === circled.length;
  const onlyEnds = circled.length > 1 && circled.every((value) => value === 1 || value === 5) && gap < key.clear;
  // Step 3: the note for answers that barely vary, counted on the rows answered.
  const littleVariety =
    !sameEverywhere && !onlyEnds && circled.length > 1 && tally >= littleVarietyCount(circled.length);

  // Step 4: read the gap, and within the band, the two totals against half the maximum.
  let outcome: Outcome;
  if (tooFew || sameEverywhere || onlyEnds) outcome = 'unclear';
  else if (gap >= key.lean) outcome = points.front > points.back ? 'front' : 'back';
  else if (points.front > key.half && points.back > key.half) outcome = 'both';
  else if (points.front < key.half && points.back < key.half) outcome = 'neither';
  else outcome = 'between';

  // Step 5: part two, skill by skill, for the side(s) the result names.
  const rating = (skill: ScoringSkill) => ratingOf(items, answers, skill.id);
  const rated = outcome === 'unclear' ? [] : skills.filter((skill) => rating(skill) !== undefined);
  const sides = sidesOf(outcome);
  const mine = rated.filter((skill) => skill.paths.some((side) => sides.includes(side)));
  const others = rated.filter((skill) => !mine.includes(skill));
  const byRating = (low: number, high: number, order: 1 | -1, of = mine) =>
    [1, 2, 3, 4, 5]
      .filter((value) => value >= low && value <= high)
      .sort((first, second) => order * (first - second))
      .flatMap((value) => of.filter((skill) => rating(skill) === value).map((skill) => skill.id));
  return {
    points,
    outcome,
    clear: (outcome === 'front' || outcome === 'back') && gap >= key.clear,
    littleVariety,
    toDevelop: byRating(1, highestRatingToDevelop, 1),
    strengths: byRating(highestRatingToDevelop + 1, 5, -1),
    otherNotYet: byRating(1, 1, 1, others),
    otherStrengths: byRating(highestRatingToDevelop + 1, 5, -1, others),
    mismatch: outcome === 'front' || outcome === 'back' ? handMismatch(skills, rating, outcome) : false,
  };
}

/**
 * Step 6 as the key says it: for each side, the numbers circled for the skills marked with that side alone, added
 * up and divided by how many, to one decimal (half up); skipped when either side has fewer than half its skills
 * circled. A mismatch when the other side's average is 1.0 or more above the named side's.
 */
function handMismatch(
  skills: readonly ScoringSkill[],
  rating: (skill: ScoringSkill) => number | undefined,
  side: Path,
) {
  const average = (of: Path) => {
    const marked = skills.filter((skill) => skill.paths.length === 1 && skill.paths[0] === of);
    const circled = marked.flatMap((skill) => rating(skill) ?? []);
    const total = circled.reduce((sum, value) => sum + value, 0);
    // In tenths, so that 2.9 and 3.9 are 29 and 39: whole numbers, as on paper.
    return circled.length >= Math.ceil(marked.length * mismatchRatedShare) && circled.length > 0
      ? Math.round((10 * total) / circled.length)
      : undefined;
  };
  const own = average(side);
  const other = average(side === 'front' ? 'back' : 'front');
  return own !== undefined && other !== undefined && other - own >= 10 * mismatchGap;
}

/** How many of the circled numbers are the most common one. */
function answeredCounts(circled: readonly number[]): number {
  return Math.max(0, ...[1, 2, 3, 4, 5].map((value) => circled.filter((each) => each === value).length));
}

/** The number circled for a skill in part two (the lowest, should a bank ask about a skill twice). */
function ratingOf(
  items: readonly ScoringItem[],
  answers: Readonly<Record<string, AnswerValue>>,
  skill: string,
): number | undefined {
  const circled = items.flatMap((item) => {
    const answer = answers[item.id];
    return item.kind === 'self-rating' && item.skill === skill && answer !== undefined ? [answer] : [];
  });
  return circled.length > 0 ? Math.min(...circled) : undefined;
}
