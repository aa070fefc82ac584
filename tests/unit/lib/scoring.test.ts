import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerValues,
  balancedBand,
  itemsPerPath,
  keepValidAnswers,
  scoreQuiz,
  type AnswerValue,
  type ScoringItem,
  type ScoringSkill,
} from '../../../src/lib/scoring';
import { bankSkills, leaningAnswers, scoringItems } from '../../support/quiz-bank';

/** A small hand-made bank: two front items, two back items, one scenario. */
const smallItems: ScoringItem[] = [
  { id: 'f1', kind: 'preference', path: 'front', skill: 'talk' },
  { id: 'b1', kind: 'preference', path: 'back', skill: 'count' },
  { id: 'f2', kind: 'self-rating', path: 'front', skill: 'talk' },
  { id: 'b2', kind: 'self-rating', path: 'back', skill: 'file' },
  { id: 's1', kind: 'scenario', a: { path: 'front', skill: 'talk' }, b: { path: 'back', skill: 'count' } },
];
const smallSkills: ScoringSkill[] = [
  { id: 'talk', paths: ['front'] },
  { id: 'count', paths: ['back'] },
  { id: 'file', paths: ['back'] },
];

describe('the balanced band', () => {
  it('counts scenario items for both paths', () => {
    expect(itemsPerPath(smallItems)).toEqual({ front: 3, back: 3 });
    expect(itemsPerPath(scoringItems)).toEqual({ front: 16, back: 16 });
  });

  it('is 15 points for the real bank: 1.645 × 25 × √(1/16 + 1/16)', () => {
    expect(balancedBand(scoringItems)).toBe(15);
  });

  it('widens when there are fewer items, because each answer then weighs more', () => {
    expect(balancedBand(smallItems)).toBe(34);
  });
});

describe('scoring a small hand-made bank', () => {
  it('turns answers into path scores by hand-checkable arithmetic', () => {
    // front: f1 5 → 1, f2 4 → 0.75, s1 2 (rather a, the front task) → 0.75: mean 0.833…
    // back:  b1 1 → 0,  b2 2 → 0.25, s1 2 → 0.25: mean 0.1666…
    const result = scoreQuiz(smallItems, smallSkills, { f1: 5, f2: 4, b1: 1, b2: 2, s1: 2 });
    expect(result.scores).toEqual({ front: 83.3, back: 16.7 });
    // The difference is of the scores as shown, so a counsellor subtracting them gets the same number.
    expect(result.difference).toBe(66.6);
    expect(result).toMatchObject({ recommendation: 'front', strength: 'moderate', band: 34 });
    expect(result.skillScores).toEqual({ talk: 87.5, count: 0, file: 25 });
    expect(result.toDevelop).toEqual(['talk']);
    expect(result.strengths).toEqual([]);
    expect(result.reasons.map((reason) => reason.itemId)).toEqual(['f1', 'b1', 'f2']);
  });
});

describe('scoring hand-written answer sets on the real bank', () => {
  const score = (answers: Record<string, AnswerValue>) => scoreQuiz(scoringItems, bankSkills, answers);

  it('recommends front office, clearly, to someone who leans strongly that way', () => {
    const result = score(leaningAnswers('front'));
    expect(result).toMatchObject({ recommendation: 'front', strength: 'clear', scores: { front: 100, back: 0 } });
    expect(result.difference).toBe(100);
    expect(result.notes).toEqual([]);
    expect(result.reasons).toHaveLength(3);
    expect(result.reasons.every((reason) => reason.push > 0)).toBe(true);
  });

  it('recommends back office to someone who leans that way, and says it moderately when the lean is mild', () => {
    const result = score(leaningAnswers('back', 1));
    expect(result).toMatchObject({ recommendation: 'back', strength: 'clear', scores: { front: 25, back: 75 } });
    const mild = {
      ...leaningAnswers('back', 1),
      ...Object.fromEntries(scoringItems.slice(0, 12).map((item) => [item.id, 3])),
    };
    const mildResult = score(mild as Record<string, AnswerValue>);
    expect(mildResult.recommendation).toBe('back');
    expect(mildResult.strength).toBe('moderate');
    expect(Math.abs(mildResult.difference)).toBeGreaterThanOrEqual(15);
    expect(Math.abs(mildResult.difference)).toBeLessThan(30);
  });

  /** Someone who likes both sides: the same answers on front and back items, no preference between tasks. */
  const likesBoth = Object.fromEntries(
    scoringItems.map((item) => [item.id, (item.kind === 'scenario' ? 3 : 4) as AnswerValue]),
  ) as Record<string, AnswerValue>;

  it('calls a profile balanced when both sides score alike', () => {
    const result = score(likesBoth);
    expect(result).toMatchObject({ recommendation: 'balanced', strength: 'none', notes: [], difference: 0 });
    // A small lean, inside the band, is still balanced.
    const slightLean = { ...likesBoth, 'choose-hotel': 2, 'choose-orders': 4, 'enjoy-welcoming': 5 } as Record<
      string,
      AnswerValue
    >;
    const slight = score(slightLean);
    expect(slight.difference).toBeGreaterThan(0);
    expect(slight.difference).toBeLessThan(15);
    expect(slight).toMatchObject({ recommendation: 'balanced', notes: [] });
  });

  it.each(answerValues)('does not give a verdict when every answer is %i', (value) => {
    const result = score(Object.fromEntries(scoringItems.map((item) => [item.id, value])));
    expect(result.recommendation).toBe('balanced');
    expect(result.notes).toEqual(['same-answer']);
  });

  it('does not give a verdict when every answer is an end of the scale and they do not line up with one side', () => {
    // Every third answer low; or everything enjoyed low and everything one can do high. (Alternating 1/5 is no
    // such test: the bank alternates front and back items, so that pattern really does lean one way.)
    for (const pattern of [(index: number) => index % 3 === 0, (index: number) => index < 14]) {
      const answers = Object.fromEntries(scoringItems.map((item, index) => [item.id, pattern(index) ? 1 : 5] as const));
      const result = score(answers as Record<string, AnswerValue>);
      expect(result.recommendation).toBe('balanced');
      expect(result.notes).toEqual(['extremes-only']);
    }
  });

  it('trusts ends-of-the-scale answers that line up with one side', () => {
    expect(score(leaningAnswers('back'))).toMatchObject({ recommendation: 'back', strength: 'clear', notes: [] });
  });

  it('scores only the answers given, and holds back a verdict when too few are given', () => {
    const front = leaningAnswers('front');
    const firstTen = Object.fromEntries(
      scoringItems.slice(0, 10).map((item) => [item.id, front[item.id] as AnswerValue]),
    );
    const result = score(firstTen);
    expect(result.answered).toBe(10);
    expect(result.total).toBe(28);
    expect(result.scores.front).toBe(100);
    expect(result).toMatchObject({ recommendation: 'balanced', notes: ['too-few-answers'] });

    const firstThree = new Set(scoringItems.slice(0, 3).map((item) => item.id));
    const allButThree = Object.fromEntries(Object.entries(front).filter(([id]) => !firstThree.has(id)));
    expect(score(allButThree)).toMatchObject({ recommendation: 'front', answered: 25, notes: [] });

    expect(score({})).toMatchObject({ recommendation: 'balanced', answered: 0, scores: { front: 0, back: 0 } });
  });

  it('lists the weakest skills of the recommended path to develop, and the strongest as strengths', () => {
    const answers = leaningAnswers('front', 1);
    answers['can-patient'] = 2;
    answers['can-booking'] = 3;
    answers['can-rapport'] = 5;
    const result = score(answers);
    expect(result.recommendation).toBe('front');
    expect(result.skillScores['patience']).toBe(25);
    // Patience is weakest; then the front skills tied at 75 in the skills model's order, then basic computer use at 50.
    expect(result.toDevelop).toEqual(['patience', 'basic-computer', 'clear-speaking']);
    expect(result.strengths).toEqual(['rapport', 'listening', 'friendliness']);
    const skillPaths = new Map(bankSkills.map((skill) => [skill.id, skill.paths]));
    expect(result.toDevelop.every((id) => skillPaths.get(id)?.includes('front'))).toBe(true);
  });

  it('draws skills to develop from both paths when the profile is balanced', () => {
    const answers = {
      ...likesBoth,
      'can-patient': 1,
      'can-numbers': 2,
      'can-setup': 2,
      'can-rapport': 5,
      'can-deadlines': 5,
    };
    const result = score(answers as Record<string, AnswerValue>);
    expect(result.recommendation).toBe('balanced');
    // Numbers and advanced computer skills tie at 50; the skills model lists numbers first.
    expect(result.toDevelop).toEqual(['patience', 'numbers', 'advanced-computer']);
    const reasonsWithPush = (sign: number) => result.reasons.filter((reason) => Math.sign(reason.push) === sign);
    expect(reasonsWithPush(1).length).toBeGreaterThan(0);
    expect(reasonsWithPush(-1).length).toBeGreaterThan(0);
  });

  it('names no strengths below the middle of the scale', () => {
    expect(
      score(leaningAnswers('back')).strengths.every((id) =>
        bankSkills.find((skill) => skill.id === id)?.paths.includes('back'),
      ),
    ).toBe(true);
    const low = Object.fromEntries(scoringItems.map((item) => [item.id, item.kind === 'scenario' ? 3 : 1])) as Record<
      string,
      AnswerValue
    >;
    low['enjoy-welcoming'] = 2;
    expect(score(low).strengths).toEqual([]);
  });

  it('ignores answers to unknown items and impossible values', () => {
    expect(keepValidAnswers(smallItems, { f1: 5, zz: 4, b1: 9, f2: '3', b2: 2.5, s1: 1 })).toEqual({ f1: 5, s1: 1 });
    const withJunk = { ...leaningAnswers('front'), 'no-such-item': 1, 'can-rapport': 7 } as Record<string, unknown>;
    const clean = { ...leaningAnswers('front') } as Record<string, unknown>;
    delete clean['can-rapport'];
    expect(scoreQuiz(scoringItems, bankSkills, withJunk)).toEqual(scoreQuiz(scoringItems, bankSkills, clean));
  });
});

describe('scoring properties', () => {
  const answerArbitrary = fc.constantFrom<AnswerValue>(...answerValues);
  const answerSetArbitrary = fc.dictionary(fc.constantFrom(...scoringItems.map((item) => item.id)), answerArbitrary);

  it('keeps every score within 0-100 and the difference within ±100', () => {
    fc.assert(
      fc.property(answerSetArbitrary, (answers) => {
        const result = scoreQuiz(scoringItems, bankSkills, answers);
        for (const value of [result.scores.front, result.scores.back, ...Object.values(result.skillScores)]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(Math.abs(result.difference)).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never lowers the front score when an answer to a front item goes up', () => {
    const frontItems = scoringItems.filter((item) => item.kind !== 'scenario' && item.path === 'front');
    fc.assert(
      fc.property(
        answerSetArbitrary,
        fc.constantFrom(...frontItems),
        answerArbitrary,
        answerArbitrary,
        (answers, item, first, second) => {
          const [lower, higher] = first <= second ? [first, second] : [second, first];
          const before = scoreQuiz(scoringItems, bankSkills, { ...answers, [item.id]: lower });
          const after = scoreQuiz(scoringItems, bankSkills, { ...answers, [item.id]: higher });
          expect(after.scores.front).toBeGreaterThanOrEqual(before.scores.front);
          expect(after.scores.back).toBe(before.scores.back);
        },
      ),
    );
  });

  it('does not depend on the order in which answers were given', () => {
    fc.assert(
      fc.property(answerSetArbitrary, fc.infiniteStream(fc.integer()), (answers, randomness) => {
        const entries = Object.entries(answers);
        const shuffled = entries
          .map((entry) => ({ entry, key: randomness.next().value as number }))
          .sort((first, second) => first.key - second.key)
          .map(({ entry }) => entry);
        expect(scoreQuiz(scoringItems, bankSkills, Object.fromEntries(shuffled))).toEqual(
          scoreQuiz(scoringItems, bankSkills, answers),
        );
      }),
    );
  });

  it('recommends a path only when the difference reaches the band and no note holds it back', () => {
    fc.assert(
      fc.property(answerSetArbitrary, (answers) => {
        const result = scoreQuiz(scoringItems, bankSkills, answers);
        if (result.recommendation === 'balanced') {
          expect(Math.abs(result.difference) < result.band || result.notes.length > 0).toBe(true);
        } else {
          expect(result.notes).toEqual([]);
          expect(Math.sign(result.difference)).toBe(result.recommendation === 'front' ? 1 : -1);
          expect(Math.abs(result.difference)).toBeGreaterThanOrEqual(result.band);
        }
        expect(result.toDevelop.length).toBeLessThanOrEqual(3);
        expect(result.strengths.filter((id) => result.toDevelop.includes(id))).toEqual([]);
      }),
    );
  });

  it('gives the same result for the same answers every time', () => {
    fc.assert(
      fc.property(answerSetArbitrary, (answers) => {
        expect(scoreQuiz(scoringItems, bankSkills, answers)).toEqual(scoreQuiz(scoringItems, bankSkills, answers));
      }),
    );
  });
});
