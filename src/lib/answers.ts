/**
 * Answers as the quiz stores them and the result code carries them, and the check that keeps stale or tampered
 * answers out. Its own module, apart from scoring, so the quiz page can check answers without loading scoring.
 */
import type { ScoringItem } from './scoring';

export type AnswerValue = 1 | 2 | 3 | 4 | 5;
export const answerValues: readonly AnswerValue[] = [1, 2, 3, 4, 5];

/** Answers by item id. An item left out is unanswered. */
export type Answers = Readonly<Record<string, AnswerValue>>;

/**
 * Whether a value is an answer: 1, 2, 3, 4 or 5, and nothing else.
 * @example isAnswer(4) // true
 * @example isAnswer('4') // false
 */
export function isAnswer(value: unknown): value is AnswerValue {
  return typeof value === 'number' && (answerValues as readonly number[]).includes(value);
}

/**
 * Keeps only answers to items of this bank with a valid value, so stale or tampered data is never scored.
 * @example keepValidAnswers(items, { 'enjoy-regulars': 5, 'gone-item': 4, 'can-work-out-vat': 9 }) // { 'enjoy-regulars': 5 }
 */
export function keepValidAnswers(items: readonly ScoringItem[], answers: Readonly<Record<string, unknown>>): Answers {
  const valid: Record<string, AnswerValue> = {};
  for (const item of items) {
    const value = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    if (isAnswer(value)) valid[item.id] = value;
  }
  return valid;
}
