import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, ScoringSkill } from '../../../src/lib/scoring';
import { fewestRatedPerSide, sideRatings, skillMismatch } from '../../../src/lib/skill-mismatch';
import { bankSkills } from '../../support/quiz-bank';

/** Four skills a side and one both sides use, so that half a side is two skills. */
const skills: ScoringSkill[] = [
  { id: 'f1', paths: ['front'] },
  { id: 'f2', paths: ['front'] },
  { id: 'f3', paths: ['front'] },
  { id: 'f4', paths: ['front'] },
  { id: 'shared', paths: ['front', 'back'] },
  { id: 'b1', paths: ['back'] },
  { id: 'b2', paths: ['back'] },
  { id: 'b3', paths: ['back'] },
  { id: 'b4', paths: ['back'] },
];
const rated = (front: readonly number[], back: readonly number[], shared?: AnswerValue) => {
  const ratings: Record<string, AnswerValue> = {};
  front.forEach((value, index) => (ratings[`f${index + 1}`] = value as AnswerValue));
  back.forEach((value, index) => (ratings[`b${index + 1}`] = value as AnswerValue));
  if (shared !== undefined) ratings['shared'] = shared;
  return ratings;
};

describe('skillMismatch', () => {
  it('names the side chosen when the other side’s skills average a whole point or more higher', () => {
    expect(skillMismatch(skills, rated([1, 2, 2, 1], [5, 4, 5, 4]), 'front')).toEqual({
      side: 'front',
      other: 'back',
      means: { front: 1.5, back: 4.5 },
    });
    expect(skillMismatch(skills, rated([4, 4, 5, 4], [2, 3, 2, 3]), 'back')).toEqual({
      side: 'back',
      other: 'front',
      means: { front: 4.3, back: 2.5 },
    });
  });

  it('says nothing when the side chosen has the higher skills, or the gap is under one point', () => {
    expect(skillMismatch(skills, rated([5, 4, 5, 4], [1, 2, 2, 1]), 'front')).toBeNull();
    // 3.0 against 3.75 (3.8): 0.8 apart.
    expect(skillMismatch(skills, rated([3, 3, 3, 3], [4, 4, 4, 3]), 'front')).toBeNull();
  });

  it('decides on the averages as shown, to one decimal, rounded half up', () => {
    // 2.75 shows as 2.8 and 3.75 as 3.8: exactly one point apart.
    expect(skillMismatch(skills, rated([3, 3, 3, 2], [4, 4, 4, 3]), 'front')?.means).toEqual({ front: 2.8, back: 3.8 });
    // 2.25 shows as 2.3, 3.25 as 3.3: one point. 2.33 (2.3) against 3.25 (3.3) too, though the exact gap is 0.92.
    expect(skillMismatch(skills, rated([2, 2, 3], [3, 3, 3, 4]), 'front')?.means).toEqual({ front: 2.3, back: 3.3 });
    // 2.5 against 3.33 (3.3): 0.8 apart.
    expect(skillMismatch(skills, rated([2, 3], [3, 3, 4]), 'front')).toBeNull();
  });

  it('leaves out the skill both sides use: it says nothing about which side fits better', () => {
    expect(sideRatings(skills, rated([2, 2], [3, 3], 5), 'front')).toEqual({ sum: 4, rated: 2, skills: 4 });
    expect(skillMismatch(skills, rated([2, 2, 2, 2], [3, 3, 3, 3], 1), 'front')?.means).toEqual({ front: 2, back: 3 });
  });

  it('needs half of each side’s own skills rated', () => {
    expect(skillMismatch(skills, rated([1, 1], [5, 5]), 'front')).not.toBeNull();
    expect(skillMismatch(skills, rated([1], [5, 5, 5, 5]), 'front')).toBeNull();
    expect(skillMismatch(skills, rated([1, 1, 1, 1], [5]), 'front')).toBeNull();
    expect(skillMismatch(skills, {}, 'front')).toBeNull();
    expect(fewestRatedPerSide(skills)).toBe(2);
    expect(fewestRatedPerSide(bankSkills)).toBe(4);
  });

  it.each(['both', 'neither', 'between', 'unclear'])('says nothing for "%s": no side was chosen', (outcome) => {
    expect(skillMismatch(skills, rated([1, 1, 1, 1], [5, 5, 5, 5]), outcome)).toBeNull();
  });

  it('for any ratings, is a mismatch exactly when the shown averages are a point apart the other way', () => {
    const ratingOrNone = fc.option(fc.integer({ min: 1, max: 5 }), { nil: undefined });
    fc.assert(
      fc.property(
        fc.array(ratingOrNone, { minLength: 4, maxLength: 4 }),
        fc.array(ratingOrNone, { minLength: 4, maxLength: 4 }),
        fc.constantFrom('front' as const, 'back' as const),
        (front, back, outcome) => {
          const ratings: Record<string, AnswerValue> = {};
          front.forEach((value, index) => value && (ratings[`f${index + 1}`] = value as AnswerValue));
          back.forEach((value, index) => value && (ratings[`b${index + 1}`] = value as AnswerValue));
          const shown = (values: (number | undefined)[]) => {
            const given = values.filter((value): value is number => value !== undefined);
            return given.length >= 2 ? Math.round((10 * given.reduce((a, b) => a + b, 0)) / given.length) : undefined;
          };
          const mine = shown(outcome === 'front' ? front : back);
          const theirs = shown(outcome === 'front' ? back : front);
          const expected = mine !== undefined && theirs !== undefined && theirs - mine >= 10;
          expect(skillMismatch(skills, ratings, outcome) !== null).toBe(expected);
        },
      ),
    );
  });
});
