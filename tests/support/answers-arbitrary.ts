/** fast-check answers for property tests of the result code: any mix of unanswered (0) and 1-5, one per item. */
import fc from 'fast-check';
import type { AnswerValue, Answers } from '../../src/lib/answers';

export const idsOf = (count: number) => Array.from({ length: count }, (_, index) => `item-${index + 1}`);

export const answersArbitrary = (ids: readonly string[]) =>
  fc.array(fc.integer({ min: 0, max: 5 }), { minLength: ids.length, maxLength: ids.length }).map((digits) => {
    const answers: Record<string, AnswerValue> = {};
    digits.forEach((digit, index) => {
      if (digit > 0) answers[ids[index] ?? ''] = digit as AnswerValue;
    });
    return answers as Answers;
  });
