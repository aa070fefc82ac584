/**
 * The position scale that the result page and the group page draw: a line from front office (0) to back office
 * (100), drawn from x = 10 to x = 310 of a picture 320 wide (src/components/PositionScale.astro), with the stretch
 * where scores are too close to call around the middle.
 */
import type { QuizResult } from './scoring';

/**
 * Where a result sits between front office (0) and back office (100): the middle when the scores are equal, half the
 * difference away from it otherwise.
 * @example positionOf({ difference: 40 }) // 30
 */
export function positionOf(result: Pick<QuizResult, 'difference'>): number {
  return 50 - result.difference / 2;
}

/**
 * The x of a position on the picture, off-scale positions held at its ends.
 * @example scaleX(50) // 160
 */
export function scaleX(position: number): number {
  return 10 + 3 * Math.min(100, Math.max(0, position));
}

/**
 * The balanced stretch: within `band / 2` of the middle.
 * @example middleStretch(10) // { x: 145, width: 30 }
 */
export function middleStretch(band: number): { x: number; width: number } {
  const from = scaleX(50 - band / 2);
  return { x: from, width: scaleX(50 + band / 2) - from };
}

/** How far apart the group's dots are: a column every 8 units of the picture (8/3 points of the scale). */
const dotSpacing = 8;
/** The line the dots stand on, in the group picture (its zones are drawn below it). */
const dotsBase = 36;

/**
 * A dot per position, stacked upwards in columns, as one SVG path of zero-length lines (drawn as round caps: as
 * two arcs each, a thousand dots took the frame that shows them over 50 ms on a slowed CPU), and the top of the
 * tallest stack, so the picture can grow to hold it.
 * @example stackedDots([50, 50, 0]) // { path: 'M162 36h0M162 28h0M10 36h0', top: 0 }
 */
export function stackedDots(positions: readonly number[]): { path: string; top: number } {
  const stacks = new Map<number, number>();
  let path = '';
  for (const position of positions) {
    const column = Math.round((scaleX(position) - 10) / dotSpacing);
    const height = stacks.get(column) ?? 0;
    stacks.set(column, height + 1);
    path += `M${10 + column * dotSpacing} ${dotsBase - height * dotSpacing}h0`;
  }
  const tallest = Math.max(0, ...stacks.values());
  return { path, top: Math.min(0, dotsBase - tallest * dotSpacing - 4) };
}
