import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeFromFragment } from '../../../src/lib/code-text';
import { planChoices, planFragment, planSkillLimit, planSkillsFromFragment } from '../../../src/lib/plan';
import { skillRatingsOf, type AnswerValue, type ScoringItem } from '../../../src/lib/scoring';
import { referencePeople } from '../../fixtures/reference-people';
import { bankSkills, scoringItems } from '../../support/quiz-bank';

const known = bankSkills.map((skill) => skill.id);
const code = '1GNF72CN0TAYEH8NGQ6TZYW545ER';

describe('a plan’s link', () => {
  it('holds the code, then each chosen skill after a "/", and every page reads the code before them', () => {
    const fragment = planFragment(code, ['numbers', 'patience']);
    expect(fragment).toBe(`${code}/numbers/patience`);
    expect(codeFromFragment(`#${fragment}`)).toBe(code);
    expect(planSkillsFromFragment(`#${fragment}`, known)).toEqual(['numbers', 'patience']);
  });

  it('keeps known skills only, each once, at most three, in the order written', () => {
    expect(planSkillsFromFragment(`#${code}/numbers/Numbers/nonsense/<b>/patience/listening/rapport`, known)).toEqual([
      'numbers',
      'patience',
      'listening',
    ]);
    expect(planFragment(code, ['a', 'b', 'c', 'd'])).toBe(`${code}/a/b/c`);
  });

  it('reads past what apps add after a link, and a link with no skills chooses none', () => {
    expect(planSkillsFromFragment(`#${code}/numbers?openExternalBrowser=1`, known)).toEqual(['numbers']);
    expect(planSkillsFromFragment(`#${code}/numbers&x=1/patience`, known)).toEqual(['numbers']);
    expect(planSkillsFromFragment(`#${code}%2Fpatience`, known)).toEqual(['patience']);
    expect(planSkillsFromFragment(`#${code}`, known)).toEqual([]);
    expect(planSkillsFromFragment('', known)).toEqual([]);
    expect(planSkillsFromFragment('#%E0%A4%A/numbers', known)).toEqual(['numbers']);
  });

  it('never throws and never holds more than three known skills, whatever the link', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.constantFrom(...known, 'x', '', '%', '?')), (start, parts) => {
        const chosen = planSkillsFromFragment(`#${start}/${parts.join('/')}`, known);
        expect(chosen.length).toBeLessThanOrEqual(planSkillLimit);
        expect(new Set(chosen).size).toBe(chosen.length);
        for (const skill of chosen) expect(known).toContain(skill);
      }),
    );
  });
});

describe('the skills a plan offers', () => {
  it('reads each skill’s rating as the result does, the lowest should a bank ask twice', () => {
    const items: ScoringItem[] = [
      { id: 'r1', kind: 'self-rating', skill: 'numbers' },
      { id: 'r2', kind: 'self-rating', skill: 'numbers' },
      { id: 'p1', kind: 'preference', path: 'back', skill: 'numbers' },
    ];
    expect(skillRatingsOf(items, { r1: 4, r2: 2, p1: 5 })).toEqual({ numbers: 2 });
    expect(skillRatingsOf(items, { p1: 5 })).toEqual({});
  });

  it('puts the lowest rated first, alike ratings in the model’s order, and skills never asked last', () => {
    const person = referencePeople.find((each) => each.id === 'no-computers-yet');
    if (!person) throw new Error('no-computers-yet is a reference person');
    const ratings = skillRatingsOf(scoringItems, person.answers);
    const offered = planChoices(bankSkills, ratings);
    expect(offered.slice(0, 4)).toEqual(['basic-computer', 'software-range', 'advanced-computer', 'questioning']);
    expect(offered).toHaveLength(bankSkills.length);
    const withoutNumbers = { ...ratings } as Record<string, AnswerValue>;
    delete withoutNumbers['numbers'];
    expect(planChoices(bankSkills, withoutNumbers).at(-1)).toBe('numbers');
  });
});
