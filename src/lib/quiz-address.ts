/**
 * Each question of the quiz has an address of its own (`/th/quiz/#question-3`), so that a phone's Back button goes
 * to the previous question and Forward comes back, and a link can open a question. Pure: the quiz island reads and
 * writes the address; these say what it means.
 */

/**
 * The fragment of a question's address, by its 0-based index; the intro has none.
 * @example questionFragment(2) // '#question-3'
 * @example questionFragment('intro') // ''
 */
export function questionFragment(screen: number | 'intro' | 'results'): string {
  return typeof screen === 'number' ? `#question-${screen + 1}` : '';
}

/**
 * The question an address's fragment names (0-based), or undefined for any other fragment.
 * @example questionFromFragment('#question-3', 33) // 2
 * @example questionFromFragment('#question-34', 33) // undefined
 */
export function questionFromFragment(fragment: string, total: number): number | undefined {
  const match = /^#question-([1-9][0-9]{0,2})$/u.exec(fragment);
  if (!match) return undefined;
  const index = Number(match[1]) - 1;
  return index < total ? index : undefined;
}

/**
 * The question a person may open: any question up to the first one they have not answered yet, so that a link or
 * the Forward button never skips questions. `firstUnanswered` is -1 when every question is answered.
 * @example reachableQuestion(10, 4) // 4
 * @example reachableQuestion(10, -1) // 10
 */
export function reachableQuestion(index: number, firstUnanswered: number): number {
  return firstUnanswered === -1 ? index : Math.min(index, firstUnanswered);
}
