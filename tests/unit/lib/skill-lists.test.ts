// A result's skill lists from the self-ratings: which side's skills are advised on, and where the others go.
import { describe, expect, it } from 'vitest';
import { skillLists } from '../../../src/lib/skill-lists';
import type { ScoringSkill } from '../../../src/lib/scoring';

const skills: ScoringSkill[] = [
  { id: 'listening', paths: ['front'] },
  { id: 'patience', paths: ['front'] },
  { id: 'friendliness', paths: ['front'] },
  { id: 'computer', paths: ['front', 'back'] },
  { id: 'numbers', paths: ['back'] },
  { id: 'filing', paths: ['back'] },
];

describe('skillLists', () => {
  it('gives a desk-work result the front-office skills rated "Well" or better as strengths it brings anyway', () => {
    const wardClerk = { listening: 5, patience: 5, friendliness: 4, computer: 2, numbers: 3, filing: 4 } as const;
    expect(skillLists(skills, wardClerk, ['back'])).toEqual({
      toDevelop: ['computer', 'numbers'],
      strengths: ['filing'],
      otherNotYet: [],
      otherStrengths: ['listening', 'patience', 'friendliness'],
    });
  });

  it('names the other side\'s "Not yet" skills, and keeps its middling ones out of every list', () => {
    const ratings = { listening: 1, patience: 3, friendliness: 2, computer: 5, numbers: 4, filing: 1 } as const;
    expect(skillLists(skills, ratings, ['back'])).toEqual({
      toDevelop: ['filing'],
      strengths: ['computer', 'numbers'],
      otherNotYet: ['listening'],
      otherStrengths: [],
    });
  });

  it('advises on every skill when the result names both sides, so nothing is "other"', () => {
    const ratings = { listening: 4, patience: 1, friendliness: 5, computer: 3, numbers: 2, filing: 4 } as const;
    expect(skillLists(skills, ratings, ['front', 'back'])).toEqual({
      toDevelop: ['patience', 'numbers', 'computer'],
      strengths: ['friendliness', 'listening', 'filing'],
      otherNotYet: [],
      otherStrengths: [],
    });
  });

  it('lists nothing for a skill without a rating, and nothing at all without ratings', () => {
    expect(skillLists(skills, { numbers: 5 }, ['front'])).toEqual({
      toDevelop: [],
      strengths: [],
      otherNotYet: [],
      otherStrengths: ['numbers'],
    });
    expect(skillLists(skills, {}, ['back'])).toEqual({
      toDevelop: [],
      strengths: [],
      otherNotYet: [],
      otherStrengths: [],
    });
  });
});
