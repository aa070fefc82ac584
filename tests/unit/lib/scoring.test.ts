import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answerValues,
  balancedBand,
  countsForSide,
  itemsPerPath,
  keepValidAnswers,
  littleVarietyCount,
  scoreQuiz,
  sidesOf,
  type AnswerValue,
  type ScoringItem,
  type ScoringSkill,
} from '../../../src/lib/scoring';
import { referencePeople } from '../../fixtures/reference-people';
import { bankSkills, leaningAnswers, releasedBank20261126, scoringItems } from '../../support/quiz-bank';
import { toScoringItem } from '../../../src/lib/quiz-bank';

/** A small hand-made bank: two preferences a side, a scenario, and four self-ratings (one of a shared skill). */
const smallItems: ScoringItem[] = [
  { id: 'f1', kind: 'preference', path: 'front', skill: 'talk' },
  { id: 'b1', kind: 'preference', path: 'back', skill: 'count' },
  { id: 'f2', kind: 'preference', path: 'front', skill: 'smile' },
  { id: 'b2', kind: 'preference', path: 'back', skill: 'file' },
  { id: 's1', kind: 'scenario', a: { path: 'front', skill: 'talk' }, b: { path: 'back', skill: 'count' } },
  { id: 'r1', kind: 'self-rating', skill: 'talk' },
  { id: 'r2', kind: 'self-rating', skill: 'count' },
  { id: 'r3', kind: 'self-rating', skill: 'file' },
  { id: 'r4', kind: 'self-rating', skill: 'type' },
];
const smallSkills: ScoringSkill[] = [
  { id: 'talk', paths: ['front'] },
  { id: 'smile', paths: ['front'] },
  { id: 'type', paths: ['front', 'back'] },
  { id: 'count', paths: ['back'] },
  { id: 'file', paths: ['back'] },
];
const small = (answers: Record<string, AnswerValue>) => scoreQuiz(smallItems, smallSkills, answers);

/**
 * 25 preferences a side: a side's score is then the sum of (answer − 1) over its items, so differences of exactly
 * the band (12) and twice the band (24) can be built. Front items are f0…f24, back items b0…b24.
 */
const wideItems: ScoringItem[] = Array.from({ length: 25 }, (_, index) => [
  { id: `f${index}`, kind: 'preference', path: 'front', skill: 'talk' } as const,
  { id: `b${index}`, kind: 'preference', path: 'back', skill: 'count' } as const,
]).flat();
/**
 * Answers to the wide bank: on each side twelve 2s, twelve 4s and one 3 (a score of 50), then the front score
 * raised by `raise` points, by moving front 2s up to 3 or 4.
 */
function wideAnswers(raise: number): Record<string, AnswerValue> {
  const answers: Record<string, AnswerValue> = {};
  for (let index = 0; index < 25; index++) {
    const value = index < 12 ? 2 : index < 24 ? 4 : 3;
    answers[`f${index}`] = value;
    answers[`b${index}`] = value;
  }
  let left = raise;
  for (let index = 0; index < 12 && left > 0; index++) {
    const step = Math.min(2, left);
    answers[`f${index}`] = (2 + step) as AnswerValue;
    left -= step;
  }
  return answers;
}
const wide = (answers: Record<string, AnswerValue>) => scoreQuiz(wideItems, smallSkills, answers);

describe('what decides the side', () => {
  it('counts preferences for their side, scenarios for both, and self-ratings for neither', () => {
    expect(itemsPerPath(smallItems)).toEqual({ front: 3, back: 3 });
    expect(itemsPerPath(scoringItems)).toEqual({ front: 11, back: 11 });
    expect(smallItems.filter(countsForSide).map((item) => item.id)).toEqual(['f1', 'b1', 'f2', 'b2', 's1']);
  });

  it('counts a scenario whose two tasks are on one side once', () => {
    expect(
      itemsPerPath([{ id: 'x', kind: 'scenario', a: { path: 'back', skill: 'a' }, b: { path: 'back', skill: 'b' } }]),
    ).toEqual({ front: 0, back: 1 });
  });

  it('has a band of 18 points for the real bank: 1.645 × 25 × √(1/11 + 1/11)', () => {
    expect(balancedBand(scoringItems)).toBe(18);
  });

  it('widens the band when there are fewer items, because each answer then weighs more', () => {
    expect(balancedBand(smallItems)).toBe(34);
    expect(balancedBand(wideItems)).toBe(12);
    expect(balancedBand(smallItems.filter((item) => item.id !== 'b1' && item.id !== 'b2' && item.id !== 's1'))).toBe(
      100,
    );
  });

  it('turns answers into side scores by hand-checkable arithmetic, leaving self-ratings out', () => {
    // front: f1 5 → 1, f2 4 → 0.75, s1 2 (rather task A, the front task) → 0.75: mean 0.8333…
    // back:  b1 1 → 0,  b2 2 → 0.25, s1 2 → 0.25: mean 0.1666…
    const answers = { f1: 5, f2: 4, b1: 1, b2: 2, s1: 2, r1: 2, r2: 5, r3: 3, r4: 1 } as const;
    const result = small(answers);
    expect(result.scores).toEqual({ front: 83.3, back: 16.7 });
    // The difference is of the scores as shown, so a counsellor subtracting them gets the same number.
    expect(result.difference).toBe(66.6);
    expect(result).toMatchObject({ outcome: 'front', strength: 'moderate', band: 34, notes: [] });
    // Self-ratings change nothing about the side, whatever they are.
    expect(small({ ...answers, r1: 5, r2: 1, r3: 1, r4: 5 }).scores).toEqual(result.scores);
  });

  it('reads a scenario answer as a lean towards task A (1-2) or task B (4-5)', () => {
    const base = { f1: 3, f2: 3, b1: 3, b2: 3 } as const;
    expect(small({ ...base, s1: 5 }).scores).toEqual({ front: 33.3, back: 66.7 });
    expect(small({ ...base, s1: 1 }).scores).toEqual({ front: 66.7, back: 33.3 });
    expect(small({ ...base, s1: 3 }).scores).toEqual({ front: 50, back: 50 });
  });
});

describe('the band and how clear a lean is', () => {
  it('calls a difference of exactly the band a lean, and one point less no lean', () => {
    expect(wide(wideAnswers(12))).toMatchObject({ difference: 12, outcome: 'front', strength: 'moderate' });
    expect(wide(wideAnswers(11))).toMatchObject({ difference: 11, outcome: 'between', strength: 'none' });
  });

  it('calls a difference of exactly twice the band clear, and one point less moderate', () => {
    expect(wide(wideAnswers(24))).toMatchObject({ difference: 24, outcome: 'front', strength: 'clear' });
    expect(wide(wideAnswers(23))).toMatchObject({ difference: 23, outcome: 'front', strength: 'moderate' });
  });

  it('leans to the back office when the back score is the higher one', () => {
    const answers = { ...wideAnswers(0), b0: 4, b1: 4, b2: 4, b3: 4, b4: 4, b5: 4, b6: 3 } as const;
    expect(wide(answers)).toMatchObject({ difference: -13, outcome: 'back', strength: 'moderate' });
  });
});

describe('what the balanced outcomes say', () => {
  it('says both sides appeal when both scores are above the middle', () => {
    const answers = { f1: 4, f2: 4, b1: 4, b2: 4, s1: 3, r1: 3, r2: 2, r3: 5, r4: 1 } as const;
    expect(small(answers)).toMatchObject({ outcome: 'both', strength: 'none', scores: { front: 66.7, back: 66.7 } });
  });

  it('says not sure yet when both scores are below the middle', () => {
    const answers = { f1: 2, f2: 1, b1: 2, b2: 1, s1: 3, r1: 3, r2: 4, r3: 5, r4: 2 } as const;
    expect(small(answers)).toMatchObject({ outcome: 'neither', scores: { front: 25, back: 25 } });
  });

  it('says in between when one score is above the middle and one below, or one is exactly in the middle', () => {
    expect(small({ f1: 4, f2: 3, b1: 3, b2: 2, s1: 3, r1: 3, r2: 4, r3: 5, r4: 2 })).toMatchObject({
      outcome: 'between',
      scores: { front: 58.3, back: 41.7 },
    });
    expect(small({ f1: 4, f2: 2, b1: 3, b2: 4, s1: 3, r1: 3, r2: 4, r3: 5, r4: 1 })).toMatchObject({
      outcome: 'between',
      scores: { front: 50, back: 58.3 },
    });
  });
});

describe('answers that give no verdict', () => {
  it.each(answerValues)('gives no verdict and no skill lists when every answer is %i', (value) => {
    const result = scoreQuiz(
      scoringItems,
      bankSkills,
      Object.fromEntries(scoringItems.map((item) => [item.id, value])),
    );
    expect(result).toMatchObject({ outcome: 'unclear', strength: 'none', notes: ['same-answer'], reasons: [] });
    expect([result.toDevelop, result.strengths, result.otherNotYet]).toEqual([[], [], []]);
    expect(result.mostCommonCount).toBe(33);
  });

  it('gives no verdict for ends-of-the-scale answers whose gap is under twice the band, and trusts one of exactly twice', () => {
    const extremes = (frontFives: number, backFives: number) => {
      const answers: Record<string, AnswerValue> = {};
      for (let index = 0; index < 25; index++) {
        answers[`f${index}`] = index < frontFives ? 5 : 1;
        answers[`b${index}`] = index < backFives ? 5 : 1;
      }
      return wide(answers);
    };
    expect(extremes(11, 6)).toMatchObject({ difference: 20, outcome: 'unclear', notes: ['extremes-only'] });
    expect(extremes(12, 6)).toMatchObject({ difference: 24, outcome: 'front', strength: 'clear', notes: [] });
    expect(extremes(6, 12)).toMatchObject({ difference: -24, outcome: 'back', notes: [] });
  });

  it('holds back a verdict until each side has at least half its items answered, and exactly half is enough', () => {
    // Front has f1, f2, s1 (half is 1.5, so 2 are needed); back has b1, b2, s1.
    expect(small({ f1: 5, b1: 1, b2: 2 })).toMatchObject({ outcome: 'unclear', notes: ['too-few-answers'] });
    expect(small({ f1: 5, f2: 4, b1: 1, b2: 2 })).toMatchObject({ outcome: 'front', notes: [], answered: 4 });
    const wideHalf = Object.fromEntries(Object.entries(wideAnswers(0)).filter(([id]) => Number(id.slice(1)) < 13));
    // 13 of 25 a side (twelve 2s and a 4): enough for a verdict, though the answers barely vary.
    expect(wide(wideHalf)).toMatchObject({ outcome: 'neither', notes: ['little-variety'], answered: 26 });
    const wideLess = Object.fromEntries(
      Object.entries(wideAnswers(0)).filter(([id]) => id.startsWith('b') || Number(id.slice(1)) < 12),
    );
    expect(wide(wideLess).notes).toEqual(['too-few-answers']);
    expect(small({})).toMatchObject({ outcome: 'unclear', answered: 0, total: 9, scores: { front: 0, back: 0 } });
  });

  it('lists no skills when there is no verdict, however the skills were rated', () => {
    const result = small({ f1: 5, r1: 2, r2: 5, r3: 1, r4: 4 });
    expect(result).toMatchObject({ outcome: 'unclear', notes: ['too-few-answers'] });
    expect([result.toDevelop, result.strengths, result.otherNotYet]).toEqual([[], [], []]);
    // The ratings themselves are kept, for the counsellor's table.
    expect(result.skillRatings).toEqual({ talk: 2, count: 5, file: 1, type: 4 });
  });
});

describe('the little-variety note', () => {
  it('needs four answers in five to be one value', () => {
    expect([littleVarietyCount(33), littleVarietyCount(10), littleVarietyCount(5), littleVarietyCount(9)]).toEqual([
      27, 8, 4, 8,
    ]);
  });

  it('is added at exactly the share, still gives a verdict, and is left off one answer short of it', () => {
    // 9 answers, 8 of them 4: the note (8 is 4/5 of 9, rounded up). Front 58.3 against back 75 is no lean.
    const eight = { f1: 4, f2: 4, b1: 4, b2: 4, s1: 4, r1: 4, r2: 4, r3: 4, r4: 2 } as const;
    expect(small(eight)).toMatchObject({ notes: ['little-variety'], mostCommonCount: 8, outcome: 'both' });
    expect(small({ ...eight, r3: 3 })).toMatchObject({ notes: [], mostCommonCount: 7 });
  });
});

describe('the skill lists', () => {
  it('come from the self-ratings alone: enjoying a task never hides a weak skill', () => {
    const answers = leaningAnswers('front');
    for (const item of scoringItems) if (item.kind === 'self-rating') answers[item.id] = 4;
    answers['enjoy-asking-visitors'] = 5; // loves advising customers…
    answers['can-question'] = 1; // …but cannot yet ask good questions
    const result = scoreQuiz(scoringItems, bankSkills, answers);
    expect(result.outcome).toBe('front');
    expect(result.toDevelop).toEqual(['questioning']);
    expect(result.skillRatings['questioning']).toBe(1);
  });

  it('never call a skill rated "Well" or "Very well" one to develop, nor one rated "Fairly well" a strength', () => {
    const answers = { f1: 5, f2: 4, b1: 1, b2: 2, s1: 2, r1: 4, r2: 3, r3: 3, r4: 3 } as const;
    const result = small(answers);
    expect(result.outcome).toBe('front');
    expect(result.toDevelop).toEqual(['type']);
    expect(result.strengths).toEqual(['talk']);
    expect(small({ ...answers, r1: 3 }).toDevelop).toEqual(['talk', 'type']);
    expect(small({ ...answers, r1: 3 }).strengths).toEqual([]);
  });

  it('list the skills of the outcome side only, lowest (or highest) rating first, and skills of both sides too', () => {
    const back = small({ f1: 1, f2: 2, b1: 5, b2: 4, s1: 5, r1: 1, r2: 2, r3: 1, r4: 5 });
    expect(back.outcome).toBe('back');
    expect(back.toDevelop).toEqual(['file', 'count']);
    expect(back.strengths).toEqual(['type']);
    // talk is a front-office skill rated "Not yet": not advised on for the back office, but not hidden either.
    expect(back.otherNotYet).toEqual(['talk']);
  });

  it('keep skills with the same rating together, in the skills model order, and leave none of them out', () => {
    const balanced = small({ f1: 4, f2: 4, b1: 4, b2: 4, s1: 3, r1: 2, r2: 2, r3: 5, r4: 2 });
    expect(balanced.outcome).toBe('both');
    expect(balanced.toDevelop).toEqual(['talk', 'type', 'count']);
    expect(balanced.strengths).toEqual(['file']);
    expect(balanced.otherNotYet).toEqual([]);
    const reordered = scoreQuiz(smallItems, [...smallSkills].reverse(), {
      f1: 4,
      f2: 4,
      b1: 4,
      b2: 4,
      s1: 3,
      r1: 2,
      r2: 2,
      r3: 5,
      r4: 2,
    });
    expect(reordered.toDevelop).toEqual(['count', 'type', 'talk']);
  });

  it('take the lowest rating when a bank asks about one skill twice', () => {
    const twice: ScoringItem[] = [...smallItems, { id: 'r5', kind: 'self-rating', skill: 'talk' }];
    const result = scoreQuiz(twice, smallSkills, { f1: 5, f2: 4, b1: 1, b2: 2, s1: 2, r1: 5, r5: 2 });
    expect(result.skillRatings['talk']).toBe(2);
    expect(scoreQuiz(twice, smallSkills, { f1: 5, f2: 4, b1: 1, b2: 2, s1: 2, r1: 2, r5: 5 }).skillRatings).toEqual({
      talk: 2,
    });
  });

  it('advise on both sides when there is no verdict or no lean, and on one side otherwise', () => {
    expect(sidesOf('front')).toEqual(['front']);
    expect(sidesOf('back')).toEqual(['back']);
    for (const outcome of ['both', 'neither', 'between', 'unclear'] as const)
      expect(sidesOf(outcome)).toEqual(['front', 'back']);
  });
});

describe('the reasons', () => {
  it('give the three strongest answers towards the side, with every answer that ties with the third', () => {
    const result = small({ f1: 5, f2: 4, b1: 1, b2: 2, s1: 2, r1: 2, r2: 5, r3: 3, r4: 1 });
    expect(result.reasons).toEqual([
      { itemId: 'f1', answer: 5, push: 1 },
      { itemId: 'b1', answer: 1, push: 1 },
      { itemId: 'f2', answer: 4, push: 0.5 },
      { itemId: 'b2', answer: 2, push: 0.5 },
      { itemId: 's1', answer: 2, push: 0.5 },
    ]);
  });

  it('give, for a back-office result, the answers that pushed back, strongest first, and never a self-rating', () => {
    const result = small({ f1: 2, f2: 1, b1: 5, b2: 4, s1: 5, r1: 1, r2: 5, r3: 5, r4: 5 });
    expect(result.outcome).toBe('back');
    expect(result.reasons.map((reason) => [reason.itemId, reason.push])).toEqual([
      ['b1', -1],
      ['f2', -1],
      ['s1', -1],
    ]);
  });

  it('give none when the outcome names no side: answers pulling both ways explain nothing the scores do not', () => {
    const result = small({ f1: 4, f2: 5, b1: 4, b2: 5, s1: 3, r1: 3, r2: 2, r3: 5, r4: 1 });
    expect(result.outcome).toBe('both');
    expect(result.reasons).toEqual([]);
    expect(small({ f1: 5 }).reasons).toEqual([]);
  });
});

describe('reference people', () => {
  it.each(referencePeople)('$id: $who', (person) => {
    const result = scoreQuiz(scoringItems, bankSkills, person.answers);
    expect(result.outcome).toBe(person.outcome);
    expect(result.strength).toBe(person.strength ?? 'none');
    expect(result.notes).toEqual(person.notes);
    expect(result.toDevelop).toEqual(person.toDevelop);
    expect(result.strengths).toEqual(person.strengths);
    expect(result.otherNotYet).toEqual(person.otherNotYet);
    expect(result.otherStrengths).toEqual(person.otherStrengths);
    expect(result.mismatch?.means ?? null).toEqual(person.mismatch ?? null);
  });
});

describe('a code from the bank released on 2026-11-26', () => {
  const items = releasedBank20261126.items.map(toScoringItem);

  it('is scored with today’s rules on that bank’s items: its self-ratings no longer decide the side', () => {
    expect(itemsPerPath(items)).toEqual({ front: 8, back: 10 });
    expect(balancedBand(items)).toBe(20);
    const answers = Object.fromEntries(
      items.map((item) => [
        item.id,
        item.kind === 'self-rating' ? 1 : item.kind === 'scenario' ? (item.a.path === 'front' ? 1 : 5) : 5,
      ]),
    ) as Record<string, AnswerValue>;
    const result = scoreQuiz(items, bankSkills, answers);
    // Every enjoyment answer is 5 for either side, and every scenario goes to the front-office task.
    expect(result.scores).toEqual({ front: 100, back: 60 });
    expect(result.outcome).toBe('front');
    expect(result.toDevelop).toEqual([
      'rapport',
      'clear-speaking',
      'listening',
      'friendliness',
      'patience',
      'questioning',
      'conflict-resolution',
      'basic-computer',
    ]);
  });
});

describe('scoring properties', () => {
  const answerArbitrary = fc.constantFrom<AnswerValue>(...answerValues);
  const answerSetArbitrary = fc.dictionary(fc.constantFrom(...scoringItems.map((item) => item.id)), answerArbitrary);
  const skillPaths = new Map(bankSkills.map((skill) => [skill.id, skill.paths]));

  it('keeps every score within 0-100 and the difference within ±100', () => {
    fc.assert(
      fc.property(answerSetArbitrary, (answers) => {
        const result = scoreQuiz(scoringItems, bankSkills, answers);
        for (const value of [result.scores.front, result.scores.back]) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThanOrEqual(100);
        }
        expect(Math.abs(result.difference)).toBeLessThanOrEqual(100);
      }),
    );
  });

  it('never lowers the front score when an answer to a front preference goes up', () => {
    const frontItems = scoringItems.filter((item) => item.kind === 'preference' && item.path === 'front');
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
        const shuffled = Object.entries(answers)
          .map((entry) => ({ entry, key: randomness.next().value as number }))
          .sort((first, second) => first.key - second.key)
          .map(({ entry }) => entry);
        expect(scoreQuiz(scoringItems, bankSkills, Object.fromEntries(shuffled))).toEqual(
          scoreQuiz(scoringItems, bankSkills, answers),
        );
      }),
    );
  });

  it('names a side only when the difference reaches the band and no note holds it back', () => {
    fc.assert(
      fc.property(answerSetArbitrary, (answers) => {
        const result = scoreQuiz(scoringItems, bankSkills, answers);
        if (result.outcome === 'front' || result.outcome === 'back') {
          expect(result.notes.filter((note) => note !== 'little-variety')).toEqual([]);
          expect(Math.sign(result.difference)).toBe(result.outcome === 'front' ? 1 : -1);
          expect(Math.abs(result.difference)).toBeGreaterThanOrEqual(result.band);
        } else if (result.outcome !== 'unclear') expect(Math.abs(result.difference)).toBeLessThan(result.band);
      }),
    );
  });

  it('notes a mismatch only for a side chosen whose own skills average a shown point or more below the other’s', () => {
    fc.assert(
      fc.property(answerSetArbitrary, (answers) => {
        const result = scoreQuiz(scoringItems, bankSkills, answers);
        if (result.mismatch === null) return;
        expect(result.mismatch.side).toBe(result.outcome);
        const { means, side, other } = result.mismatch;
        expect(Math.round(10 * means[other]) - Math.round(10 * means[side])).toBeGreaterThanOrEqual(10);
      }),
    );
  });

  it('lists every rated skill of the advised sides exactly once, by its rating, and no other', () => {
    fc.assert(
      fc.property(answerSetArbitrary, (answers) => {
        const result = scoreQuiz(scoringItems, bankSkills, answers);
        const listed = [...result.toDevelop, ...result.strengths];
        expect(new Set(listed).size).toBe(listed.length);
        for (const id of result.toDevelop) expect(result.skillRatings[id]).toBeLessThanOrEqual(3);
        for (const id of result.strengths) expect(result.skillRatings[id]).toBeGreaterThanOrEqual(4);
        for (const id of result.otherNotYet) expect(result.skillRatings[id]).toBe(1);
        for (const id of result.otherStrengths) expect(result.skillRatings[id]).toBeGreaterThanOrEqual(4);
        expect(result.otherStrengths.map((id) => result.skillRatings[id])).toEqual(
          result.otherStrengths
            .map((id) => result.skillRatings[id])
            .sort()
            .reverse(),
        );
        if (result.outcome === 'unclear')
          expect([...listed, ...result.otherNotYet, ...result.otherStrengths]).toEqual([]);
        else {
          const sides = sidesOf(result.outcome);
          const expected = bankSkills
            .filter((skill) => result.skillRatings[skill.id] !== undefined)
            .filter((skill) => skillPaths.get(skill.id)?.some((path) => sides.includes(path)))
            .map((skill) => skill.id);
          expect([...listed].sort()).toEqual([...expected].sort());
          // A skill rated "Not yet" is always somewhere on the result, and so is one rated "Well" or better.
          for (const [id, rating] of Object.entries(result.skillRatings)) {
            if (rating === 1) expect([...result.toDevelop, ...result.otherNotYet]).toContain(id);
            if (rating >= 4) expect([...result.strengths, ...result.otherStrengths]).toContain(id);
          }
        }
      }),
    );
  });
});

describe('keepValidAnswers', () => {
  it('ignores answers to unknown items and impossible values', () => {
    expect(keepValidAnswers(smallItems, { f1: 5, zz: 4, b1: 9, f2: '3', b2: 2.5, s1: 1, r1: 0 })).toEqual({
      f1: 5,
      s1: 1,
    });
    const withJunk = { ...leaningAnswers('front'), 'no-such-item': 1, 'can-rapport': 7 } as Record<string, unknown>;
    const clean = { ...leaningAnswers('front') } as Record<string, unknown>;
    delete clean['can-rapport'];
    expect(scoreQuiz(scoringItems, bankSkills, withJunk)).toEqual(scoreQuiz(scoringItems, bankSkills, clean));
  });
});
