import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answerValues, balancedBand, scoreQuiz, type AnswerValue } from '../../../src/lib/scoring';
import { handScore, maximumPoints, pointsForGap, rowRule } from '../../../src/lib/worksheet';
import { bankSkills, scoringItems } from '../../support/quiz-bank';

const band = balancedBand(scoringItems);
const ids = scoringItems.map((item) => item.id);
const completeSet = (values: readonly AnswerValue[]) =>
  Object.fromEntries(ids.map((id, index) => [id, values[index] ?? 3])) as Record<string, AnswerValue>;

/** A complete answer sheet, from any of several kinds of answerer, so that the edge cases come up often. */
const sheetArbitrary = fc.oneof(
  fc.array(fc.constantFrom(...answerValues), { minLength: ids.length, maxLength: ids.length }),
  fc.array(fc.constantFrom<AnswerValue>(1, 5), { minLength: ids.length, maxLength: ids.length }),
  fc.constantFrom(...answerValues).map((value) => ids.map(() => value)),
  fc.array(fc.constantFrom<AnswerValue>(2, 3, 4), { minLength: ids.length, maxLength: ids.length }),
);

describe('the worksheet key', () => {
  it('turns the 15-point band into 10 points, and a clear lean into 20, for 16 items a side (64 points)', () => {
    expect(maximumPoints(scoringItems)).toEqual({ front: 64, back: 64 });
    expect(pointsForGap(scoringItems, band)).toBe(10);
    expect(pointsForGap(scoringItems, 2 * band)).toBe(20);
  });

  it('gives each row one rule: one side gets n − 1, or a scenario shares 4 points between task A and task B', () => {
    const first = scoringItems[0];
    const scenario = scoringItems.find((item) => item.kind === 'scenario');
    if (!first || !scenario) throw new Error('the bank has both kinds');
    expect(rowRule(first)).toEqual({ kind: 'one-side', path: 'front' });
    expect(rowRule(scenario)).toEqual({ kind: 'shared', lowSide: 'front', highSide: 'back' });
  });

  it('gives the same result as the site for any complete sheet', () => {
    fc.assert(
      fc.property(sheetArbitrary, (values) => {
        const answers = completeSet(values);
        const site = scoreQuiz(scoringItems, bankSkills, answers);
        const hand = handScore(scoringItems, answers, band);
        expect(hand.recommendation).toBe(site.recommendation);
        expect(hand.clear).toBe(site.strength === 'clear');
        // The totals are the site's scores in points: score = total × 100 / 64.
        expect(Math.round((1000 * hand.points.front) / 64) / 10).toBe(site.scores.front);
        expect(Math.round((1000 * hand.points.back) / 64) / 10).toBe(site.scores.back);
      }),
      { numRuns: 5_000 },
    );
  });

  it('agrees with the site right at the edges: gaps of 9 and 10 points, 19 and 20 points', () => {
    // Start balanced (every item 3), then move single front items from 3 up to 5 (2 points each) and one to 4.
    const frontSingles = scoringItems
      .filter((item) => item.kind !== 'scenario' && item.path === 'front')
      .map((item) => item.id);
    for (const gap of [9, 10, 19, 20]) {
      const answers = completeSet(ids.map(() => 3));
      for (let moved = 0; moved < Math.floor(gap / 2); moved++) answers[frontSingles[moved] ?? ''] = 5;
      if (gap % 2 === 1) answers[frontSingles[Math.floor(gap / 2)] ?? ''] = 4;
      const hand = handScore(scoringItems, answers, band);
      const site = scoreQuiz(scoringItems, bankSkills, answers);
      expect(hand.points.front - hand.points.back).toBe(gap);
      expect([gap, hand.recommendation, hand.clear]).toEqual([gap, site.recommendation, site.strength === 'clear']);
    }
  });

  it('asks for every question to be answered', () => {
    expect(() => handScore(scoringItems, {}, band)).toThrow('needs every question answered');
  });
});
