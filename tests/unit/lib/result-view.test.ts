import { describe, expect, it } from 'vitest';
import { buildResultView, reasonKey } from '../../../src/lib/result-view';
import { scoreQuiz } from '../../../src/lib/scoring';
import { bankSkills, leaningAnswers, scoringItems } from '../../support/quiz-bank';

const skills = bankSkills.map((skill) => ({ id: skill.id, paths: skill.paths }));

describe('buildResultView', () => {
  it('shows, for a clear back-office lean, that summary, its skills and only back-office jobs', () => {
    const answers = leaningAnswers('back');
    const view = buildResultView(scoringItems, skills, answers);
    const result = scoreQuiz(scoringItems, skills, answers);
    expect(view.result).toEqual(result);
    expect(view.variants).toEqual([
      'result.summary.back.clear',
      'result.strength.clear',
      'result.why',
      'result.develop.intro',
      'result.strengths',
    ]);
    expect(view.values).toMatchObject({
      'score-front': result.scores.front,
      'score-back': result.scores.back,
      difference: Math.abs(result.difference),
      answered: scoringItems.length,
      total: scoringItems.length,
    });
    expect(view.lists.jobs).toEqual(['back']);
    expect(view.lists.develop).toEqual(result.toDevelop);
    expect(view.lists.strengths).toEqual(result.strengths);
    expect(view.lists.reasons).toHaveLength(result.reasons.length);
  });

  it('shows both paths’ jobs and the notes for a balanced, same-answer result', () => {
    const answers = Object.fromEntries(scoringItems.map((item) => [item.id, 3 as const]));
    const view = buildResultView(scoringItems, skills, answers);
    expect(view.variants).toContain('result.summary.balanced');
    expect(view.variants).toContain('result.note.same-answer');
    expect(view.lists.jobs).toEqual(['front', 'back']);
  });

  it('writes each answer and each answered skill, and leaves unanswered ones out', () => {
    const [first, second] = scoringItems;
    if (!first || !second || first.kind === 'scenario') throw new Error('the bank starts with two plain items');
    const view = buildResultView(scoringItems, skills, { [first.id]: 5 });
    expect(view.values[`answer.${first.id}`]).toBe(5);
    expect(view.values[`answer.${second.id}`]).toBeUndefined();
    expect(view.answerLabels).toEqual({ [first.id]: 'quiz.scale.preference.5' });
    expect(view.values[`skill.${first.skill}`]).toBe(100);
    expect(Object.keys(view.values).filter((name) => name.startsWith('skill.'))).toEqual([`skill.${first.skill}`]);
    expect(view.variants).toContain('result.note.too-few-answers');
    expect(view.variants).toContain('result.develop.intro');
  });
});

describe('reasonKey', () => {
  it('names the option a scenario answer leaned to', () => {
    const scenario = scoringItems.find((item) => item.kind === 'scenario');
    const plain = scoringItems.find((item) => item.kind !== 'scenario');
    if (!scenario || !plain) throw new Error('the bank has both kinds');
    expect(reasonKey(scenario, 1)).toBe(`${scenario.id}:a`);
    expect(reasonKey(scenario, 3)).toBe(`${scenario.id}:a`);
    expect(reasonKey(scenario, 4)).toBe(`${scenario.id}:b`);
    expect(reasonKey(plain, 5)).toBe(plain.id);
  });
});
