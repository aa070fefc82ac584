import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildResultView } from '../../../src/lib/result-view';
import {
  answerValues,
  balancedBand,
  scoreQuiz,
  type AnswerValue,
  type Path,
  type ScoringItem,
} from '../../../src/lib/scoring';
import {
  handScore,
  maximumPoints,
  pointsFalling,
  pointsForGap,
  pointsRising,
  rowLookups,
  worksheetKey,
} from '../../../src/lib/worksheet';
import { referencePeople } from '../../fixtures/reference-people';
import { bankSkills, scoringItems } from '../../support/quiz-bank';
import { mulberry32 } from '../../../src/lib/random';

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
  fc.array(fc.constantFrom<AnswerValue>(3, 4), { minLength: ids.length, maxLength: ids.length }),
);

const sideOfSkill = new Map(bankSkills.map((skill) => [skill.id, skill.paths.length === 1 ? skill.paths[0] : 'both']));
const clampRating = (value: number) => Math.min(5, Math.max(1, value)) as AnswerValue;

/**
 * A sheet with part one complete, leaning to `lean` as firmly as the drawn numbers say, and part two with some
 * skills left blank and the lean's own skills shifted up or down: step 6 both holds and fails often.
 */
const leaningSheetArbitrary = fc
  .tuple(
    fc.constantFrom<Path>('front', 'back'),
    fc.array(fc.constantFrom<AnswerValue>(3, 4, 5), { minLength: ids.length, maxLength: ids.length }),
    fc.array(fc.option(fc.constantFrom(...answerValues), { nil: undefined, freq: 4 }), {
      minLength: ids.length,
      maxLength: ids.length,
    }),
    fc.integer({ min: -3, max: 2 }),
  )
  .map(([lean, firmness, ratings, shift]) => {
    const answers: Record<string, AnswerValue> = {};
    scoringItems.forEach((item, index) => {
      const firm = firmness[index] ?? 3;
      if (item.kind === 'preference') answers[item.id] = (item.path === lean ? firm : 6 - firm) as AnswerValue;
      else if (item.kind === 'scenario') answers[item.id] = (item.b.path === lean ? firm : 6 - firm) as AnswerValue;
      else {
        const rating = ratings[index];
        if (rating !== undefined)
          answers[item.id] = clampRating(rating + (sideOfSkill.get(item.skill) === lean ? shift : 0));
      }
    });
    return answers;
  });

describe('the worksheet key', () => {
  it('prints the numbers of the real bank: 44 points a side, a lean from 8, a clear lean from 16', () => {
    expect(maximumPoints(scoringItems)).toEqual({ front: 44, back: 44 });
    expect(worksheetKey(scoringItems, band)).toEqual({
      maximum: 44,
      half: 22,
      lean: 8,
      clear: 16,
      minimumAnswered: 6,
      littleVariety: 27,
    });
  });

  it('finds the smallest gap in points that always reaches a gap on the site’s scale, rounding included', () => {
    // 8 points apart shows as 18.1 or 18.2 on the site's scale (each score is rounded), 7 points as 15.9 or 16.
    expect(pointsForGap(scoringItems, 18)).toBe(8);
    expect(pointsForGap(scoringItems, 18.1)).toBe(8);
    expect(pointsForGap(scoringItems, 18.2)).toBe(9);
    expect(pointsForGap(scoringItems, 36)).toBe(16);
    expect(pointsForGap(scoringItems, 101)).toBe(45);
    const lopsided: ScoringItem[] = [
      { id: 'a', kind: 'preference', path: 'front', skill: 's' },
      { id: 'b', kind: 'preference', path: 'front', skill: 's' },
      { id: 'c', kind: 'preference', path: 'back', skill: 't' },
    ];
    expect(() => pointsForGap(lopsided, 10)).toThrow('as many items on each side');
  });

  it('prints a lookup per row: liked tasks and task B rise with the number circled, task A falls, self-ratings have none', () => {
    expect(pointsRising).toEqual([0, 1, 2, 3, 4]);
    expect(pointsFalling).toEqual([4, 3, 2, 1, 0]);
    expect(rowLookups({ id: 'p', kind: 'preference', path: 'back', skill: 's' })).toEqual({ back: pointsRising });
    expect(
      rowLookups({ id: 's', kind: 'scenario', a: { path: 'back', skill: 's' }, b: { path: 'front', skill: 't' } }),
    ).toEqual({ back: pointsFalling, front: pointsRising });
    expect(rowLookups({ id: 'r', kind: 'self-rating', skill: 's' })).toEqual({});
  });

  it.each(referencePeople)('gives $id the site’s result, both skill lists and the notes', (person) => {
    const site = scoreQuiz(scoringItems, bankSkills, person.answers);
    const hand = handScore(scoringItems, bankSkills, person.answers, band);
    expect(hand.outcome).toBe(person.outcome);
    expect(hand.clear).toBe(person.strength === 'clear');
    expect(hand.littleVariety).toBe(person.notes.includes('little-variety'));
    expect([hand.toDevelop, hand.strengths, hand.otherNotYet, hand.otherStrengths]).toEqual([
      site.toDevelop,
      site.strengths,
      site.otherNotYet,
      site.otherStrengths,
    ]);
    expect(hand.mismatch).toBe(person.mismatch !== undefined);
    if (!site.notes.includes('too-few-answers')) {
      // A total × 100 ÷ 44 is the site's score, to its one decimal.
      expect(Math.round((1000 * hand.points.front) / 44) / 10).toBe(site.scores.front);
      expect(Math.round((1000 * hand.points.back) / 44) / 10).toBe(site.scores.back);
    }
  });

  it('adds up the hotel receptionist’s points as the sheet shows them', () => {
    const receptionist = referencePeople.find((person) => person.id === 'hotel-receptionist');
    if (!receptionist) throw new Error('the receptionist is a reference person');
    // Front: 4+3+4+4+4+4+3+4 for the liked tasks, 4 (hotel: 1 → task A) + 4 (calls: 5 → task B) + 3 (questions: 2)
    // + 3 (problem: 4 → task B). Back: 1+0+1+1+0+1+0 for the liked tasks, 0 + 0 + 1 + 1 for the scenarios.
    expect(handScore(scoringItems, bankSkills, receptionist.answers, band).points).toEqual({ front: 39, back: 6 });
  });

  it('finds the site’s mismatch by step 6, for sheets that lean to a side and rate either side’s skills higher', () => {
    let mismatches = 0;
    fc.assert(
      fc.property(leaningSheetArbitrary, (answers) => {
        const site = scoreQuiz(scoringItems, bankSkills, answers);
        const hand = handScore(scoringItems, bankSkills, answers, band);
        expect(hand.outcome).toBe(site.outcome);
        expect(hand.mismatch).toBe(site.mismatch !== null);
        if (hand.mismatch) mismatches += 1;
      }),
      { numRuns: 300 },
    );
    // The sheets are drawn so that both answers come up often; a rule never met would pass unseen.
    expect(mismatches).toBeGreaterThan(20);
  });

  it('gives the site’s outcome and lists for any complete sheet', () => {
    fc.assert(
      fc.property(sheetArbitrary, (values) => {
        const answers = completeSet(values);
        const site = scoreQuiz(scoringItems, bankSkills, answers);
        const hand = handScore(scoringItems, bankSkills, answers, band);
        expect([hand.outcome, hand.clear, hand.littleVariety]).toEqual([
          site.outcome,
          site.strength === 'clear',
          site.notes.includes('little-variety'),
        ]);
        expect([hand.toDevelop, hand.strengths, hand.otherNotYet, hand.otherStrengths]).toEqual([
          site.toDevelop,
          site.strengths,
          site.otherNotYet,
          site.otherStrengths,
        ]);
      }),
      { numRuns: 150 },
    );
  });

  // The worksheet's arithmetic, in whole numbers: total × 100 ÷ most, rounded half up (to `places` decimals).
  const byHand = (points: number, most: number, places: 0 | 1) => {
    const scale = 100 * 10 ** places;
    return Math.floor((2 * scale * points + most) / (2 * most)) / 10 ** places;
  };

  it('gives the scores the site shows, whole and to one decimal, for any complete sheet', () => {
    const most = maximumPoints(scoringItems);
    fc.assert(
      fc.property(sheetArbitrary, (values) => {
        const answers = completeSet(values);
        const site = buildResultView(scoringItems, bankSkills, answers);
        const { points } = handScore(scoringItems, bankSkills, answers, band);
        expect([site.values['whole-front'], site.values['whole-back']]).toEqual([
          byHand(points.front, most.front, 0),
          byHand(points.back, most.back, 0),
        ]);
        expect([site.values['score-front'], site.values['score-back']]).toEqual([
          byHand(points.front, most.front, 1),
          byHand(points.back, most.back, 1),
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it('rounds a score once: 31 points of 44 is 70.5 to one decimal and 70 whole, not 71', () => {
    const random = mulberry32(31);
    for (let tries = 0; tries < 5000; tries++) {
      const answers = completeSet(ids.map(() => answerValues[Math.floor(random() * 5)] ?? 3));
      if (handScore(scoringItems, bankSkills, answers, band).points.back !== 31) continue;
      const site = buildResultView(scoringItems, bankSkills, answers);
      expect([site.values['score-back'], site.values['whole-back']]).toEqual([70.5, 70]);
      return;
    }
    throw new Error('no sheet with 31 back-office points came up');
  });

  it('asks for part one to be filled in when a blank would change the sums', () => {
    const sheet = { ...completeSet(ids.map((_, index) => answerValues[index % 5] ?? 3)) };
    delete sheet['enjoy-regulars'];
    expect(() => handScore(scoringItems, bankSkills, sheet, band)).toThrow('Fill in every row of part one');
    const partTwoBlank = { ...completeSet(ids.map((_, index) => answerValues[index % 5] ?? 3)) };
    delete partTwoBlank['can-rapport'];
    expect(handScore(scoringItems, bankSkills, partTwoBlank, band).outcome).toBe(
      scoreQuiz(scoringItems, bankSkills, partTwoBlank).outcome,
    );
  });
});
