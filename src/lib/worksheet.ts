/**
 * The paper worksheet's self-scoring key: the same result as the site, reached with whole-number sums that a
 * person can do by hand. Every answer gives 0-4 points to one side (a scenario shares 4 points between the two);
 * a side's total is its score × (4 × items) / 100, so the site's balanced band becomes a gap in points.
 */
import { itemsPerPath, type AnswerValue, type Path, type ScoringItem } from './scoring';

/** How one row of the worksheet turns the circled answer (n) into points. */
export type RowRule =
  | { kind: 'one-side'; path: Path } // n − 1 points to that side
  | { kind: 'shared'; lowSide: Path; highSide: Path }; // 5 − n to lowSide (task A), n − 1 to highSide (task B)

export function rowRule(item: ScoringItem): RowRule {
  return item.kind === 'scenario'
    ? { kind: 'shared', lowSide: item.a.path, highSide: item.b.path }
    : { kind: 'one-side', path: item.path };
}

/** The scale of a side: the most points it can get. */
export function maximumPoints(items: readonly ScoringItem[]): Record<Path, number> {
  const counts = itemsPerPath(items);
  return { front: 4 * counts.front, back: 4 * counts.back };
}

/** A side's score as the site shows it: 0-100, one decimal. */
const scoreOf = (points: number, maximum: number) => Math.round((1000 * points) / maximum) / 10;

/**
 * The smallest gap in points that reaches `gap` on the site's 0-100 scale, with the site's own rounding, for a
 * bank whose two sides have the same number of items (a worksheet needs one rule for both directions).
 * @example pointsForGap(items, 15) // 10 when each side has 16 items
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

export interface HandScore {
  points: Record<Path, number>;
  recommendation: Path | 'balanced';
  clear: boolean;
}

/**
 * Scores a complete answer sheet the way the worksheet tells a person to.
 * @example handScore(items, answers, 15) // { points: { front: 48, back: 16 }, recommendation: 'front', clear: true }
 */
export function handScore(
  items: readonly ScoringItem[],
  answers: Readonly<Record<string, AnswerValue>>,
  band: number,
): HandScore {
  const points: Record<Path, number> = { front: 0, back: 0 };
  for (const item of items) {
    const answer = answers[item.id];
    if (answer === undefined) throw new Error(`The worksheet needs every question answered; "${item.id}" is empty`);
    const rule = rowRule(item);
    if (rule.kind === 'one-side') points[rule.path] += answer - 1;
    else {
      points[rule.lowSide] += 5 - answer;
      points[rule.highSide] += answer - 1;
    }
  }
  const values = items.map((item) => answers[item.id]);
  const gap = Math.abs(points.front - points.back);
  const clearGap = pointsForGap(items, 2 * band);
  // The worksheet's two checks, as the site makes them: the same number circled everywhere, or only 1s and 5s
  // without a clear gap, give no side.
  const sameEverywhere = values.every((value) => value === values[0]);
  const onlyEnds = values.every((value) => value === 1 || value === 5) && gap < clearGap;
  const leaning = points.front > points.back ? 'front' : 'back';
  const recommendation = sameEverywhere || onlyEnds || gap < pointsForGap(items, band) ? 'balanced' : leaning;
  return { points, recommendation, clear: recommendation !== 'balanced' && gap >= clearGap };
}
