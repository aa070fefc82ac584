import { describe, expect, it } from 'vitest';
import { questionFragment, questionFromFragment, reachableQuestion } from '../../../src/lib/quiz-address';

describe('question addresses', () => {
  it('give each question a fragment counted from 1, and the intro and finished screens none', () => {
    expect(questionFragment(0)).toBe('#question-1');
    expect(questionFragment(32)).toBe('#question-33');
    expect(questionFragment('intro')).toBe('');
    expect(questionFragment('results')).toBe('');
  });

  it('read a fragment back into the question, and nothing else into one', () => {
    expect(questionFromFragment('#question-1', 33)).toBe(0);
    expect(questionFromFragment('#question-33', 33)).toBe(32);
    for (const fragment of [
      '#question-34',
      '#question-0',
      '#question-01',
      '#question-',
      '#question-1x',
      'question-2',
      '',
      '#1',
    ])
      expect(questionFromFragment(fragment, 33)).toBeUndefined();
  });

  it('never skip ahead of the first unanswered question', () => {
    expect(reachableQuestion(10, 4)).toBe(4);
    expect(reachableQuestion(3, 4)).toBe(3);
    expect(reachableQuestion(4, 4)).toBe(4);
    expect(reachableQuestion(10, -1)).toBe(10);
    expect(reachableQuestion(0, 0)).toBe(0);
  });
});
