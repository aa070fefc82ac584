/**
 * Whether a result opened is the viewer's own: the answers in it are the ones this browser keeps for the quiz
 * (src/stores/quiz.ts). Read only, and without loading the quiz's store: the result page offers "change my answers"
 * to the person whose result it is, and "take the self-check yourself" to anyone who opened somebody else's link.
 */
import { quizStorageKey } from './storage-keys';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * True when this browser's saved quiz holds exactly `answers`, made with the bank `bank`; false otherwise, and
 * whenever storage cannot be read.
 * @example isOwnResult('a1b2c3d4', { 'enjoy-regulars': 5 }) // true right after this browser's quiz made that result
 */
export function isOwnResult(bank: string, answers: Readonly<Record<string, number>>): boolean {
  try {
    const saved: unknown = JSON.parse(localStorage.getItem(quizStorageKey) ?? '');
    if (!isRecord(saved) || saved['bank'] !== bank || !isRecord(saved['answers'])) return false;
    const kept = saved['answers'];
    const ids = Object.keys(answers);
    return ids.length === Object.keys(kept).length && ids.every((id) => kept[id] === answers[id]);
  } catch {
    return false;
  }
}
