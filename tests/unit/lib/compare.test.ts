import { describe, expect, it } from 'vitest';
import { comparedCodesFromFragment, compareResults } from '../../../src/lib/compare';
import { toScoringItem } from '../../../src/lib/quiz-bank';
import type { AnswerValue } from '../../../src/lib/scoring';
import { referencePeople } from '../../fixtures/reference-people';
import { bankSkills, releasedBank20261126, scoringItems } from '../../support/quiz-bank';

const answersOf = (id: string) => {
  const person = referencePeople.find((each) => each.id === id);
  if (!person) throw new Error(`no reference person ${id}`);
  return person.answers;
};

describe('compareResults', () => {
  it('says the side, scores and every skill’s rating before and after, and the strengths gained', () => {
    const before = answersOf('no-computers-yet');
    // A few weeks later: her computer skills up from "Not yet", writing up to "Well", numbers down a step.
    const after: Record<string, AnswerValue> = {
      ...before,
      'can-type': 4,
      'can-software': 2,
      'can-write': 4,
      'can-work-out-vat': 3,
    };
    const comparison = compareResults(
      bankSkills,
      { items: scoringItems, answers: before },
      { items: scoringItems, answers: after },
    );
    expect(comparison.outcomes).toEqual({ before: 'back', after: 'back' });
    const changeOf = (skill: string) => comparison.skills.find((each) => each.skill === skill);
    expect(changeOf('basic-computer')).toEqual({ skill: 'basic-computer', before: 1, after: 4, change: 3 });
    expect(changeOf('software-range')).toEqual({ skill: 'software-range', before: 1, after: 2, change: 1 });
    expect(changeOf('numbers')).toEqual({ skill: 'numbers', before: 4, after: 3, change: -1 });
    expect(changeOf('patience')).toEqual({ skill: 'patience', before: 4, after: 4, change: 0 });
    // A strength now that was not before; numbers was a strength and is no longer, so it is not "gained".
    expect(comparison.newStrengths).toEqual(['basic-computer', 'written-communication']);
    expect(comparison.skills.map((each) => each.skill)).toEqual(bankSkills.map((skill) => skill.id));
  });

  it('compares a code from the earlier questions with one from today’s, leaving unasked skills unrated', () => {
    const earlierItems = releasedBank20261126.items.map(toScoringItem);
    const earlierAnswers = Object.fromEntries(earlierItems.map((item) => [item.id, 2])) as Record<string, AnswerValue>;
    const comparison = compareResults(
      bankSkills,
      { items: earlierItems, answers: earlierAnswers },
      { items: scoringItems, answers: answersOf('ward-clerk') },
    );
    expect(comparison.outcomes.after).toBe('back');
    const unasked = comparison.skills.filter((each) => each.before === undefined);
    for (const each of unasked) expect(each.change).toBeUndefined();
    expect(comparison.skills.every((each) => each.after !== undefined)).toBe(true);
  });

  it('a result with no verdict still has its ratings compared', () => {
    const same = Object.fromEntries(scoringItems.map((item) => [item.id, 3])) as Record<string, AnswerValue>;
    const comparison = compareResults(
      bankSkills,
      { items: scoringItems, answers: same },
      { items: scoringItems, answers: answersOf('hotel-receptionist') },
    );
    expect(comparison.outcomes).toEqual({ before: 'unclear', after: 'front' });
    expect(comparison.skills.every((each) => each.before === 3)).toBe(true);
  });
});

describe('a comparison’s link', () => {
  it('holds the two codes, before then after, and reads past what apps add', () => {
    expect(comparedCodesFromFragment('#1GNF7AAA/1GNF7BBB?openExternalBrowser=1')).toEqual(['1GNF7AAA', '1GNF7BBB']);
    expect(comparedCodesFromFragment('#1GNF7AAA%2F1GNF7BBB')).toEqual(['1GNF7AAA', '1GNF7BBB']);
    expect(comparedCodesFromFragment('#1GNF7AAA')).toEqual(['1GNF7AAA', '']);
    expect(comparedCodesFromFragment('')).toEqual(['', '']);
    expect(comparedCodesFromFragment('#%E0%A4/x')).toEqual(['%E0%A4', 'x']);
  });
});
