/**
 * A paper worksheet typed in by a counsellor: one number per row, in the worksheet's order (the bank's), turned into
 * the very answers, and so the very result code, the online self-check gives. Pure.
 */
import { isAnswer, type AnswerValue } from './answers';
import { encodeResultCode } from './result-code';

export interface TypedWorksheet {
  answers: Record<string, AnswerValue>;
  /** Rows (1-based) holding something other than 1-5 or nothing: the page asks for them to be fixed. */
  invalidRows: number[];
}

/**
 * Reads the typed rows: "1" to "5" is an answer, an empty row is a question left blank, anything else is a mistake
 * to fix. Spaces around a digit are forgiven; full-width and Thai digits are read as the digits they are.
 * @example readWorksheet(['q1', 'q2', 'q3'], ['5', '', '7']) // { answers: { q1: 5 }, invalidRows: [3] }
 */
export function readWorksheet(itemIds: readonly string[], typed: readonly string[]): TypedWorksheet {
  const answers: Record<string, AnswerValue> = {};
  const invalidRows: number[] = [];
  itemIds.forEach((id, index) => {
    const text = asciiDigits((typed[index] ?? '').trim());
    if (text === '') return;
    const value = Number(text);
    if (/^\d$/u.test(text) && isAnswer(value)) answers[id] = value;
    else invalidRows.push(index + 1);
  });
  return { answers, invalidRows };
}

/**
 * The digit a key gives, as 0-9: Thai digits (๑-๕, on a Thai keyboard) and full-width digits included.
 * @example asciiDigits('๕') // '5'
 */
export function asciiDigits(text: string): string {
  return text.replace(/[\u0E50-\u0E59\uFF10-\uFF19]/gu, (digit) =>
    String((digit.codePointAt(0) ?? 0) - (digit >= '\uFF10' ? 0xff10 : 0x0e50)),
  );
}

/**
 * The result code of a typed worksheet, exactly as the quiz would make it for the same answers.
 * @example worksheetCode('a1b2c3d4', ['q1', 'q2'], ['5', '']) // the code the quiz gives for { q1: 5 }
 */
export function worksheetCode(bankVersion: string, itemIds: readonly string[], typed: readonly string[]): string {
  return encodeResultCode(bankVersion, itemIds, readWorksheet(itemIds, typed).answers);
}

/** What a paste into a row gives: the answers for that row and the ones after it, or why nothing was filled in. */
export type PastedAnswers =
  | { ok: true; answers: string[] }
  | { ok: false; problem: 'not-answers' }
  | { ok: false; problem: 'too-many'; count: number };

/**
 * Reads a paste into a row as a person copying a column of the worksheet means it: every answer 1-5 fills a row, in
 * order, from the row pasted into; spaces, line breaks, tabs, commas and semicolons between them are separators. A
 * paste holding anything else, or more answers than there are rows left, fills nothing: the page says why, rather
 * than keep a part of it.
 * @example readPastedAnswers('1 2\n3', 10) // { ok: true, answers: ['1', '2', '3'] }
 * @example readPastedAnswers('12x', 10) // { ok: false, problem: 'not-answers' }
 */
export function readPastedAnswers(text: string, rowsLeft: number): PastedAnswers {
  const answers = [...asciiDigits(text).replace(/[\s,;]+/gu, '')];
  if (answers.some((answer) => !/^[1-5]$/u.test(answer))) return { ok: false, problem: 'not-answers' };
  if (answers.length > rowsLeft) return { ok: false, problem: 'too-many', count: answers.length };
  return { ok: true, answers };
}
