/**
 * This entry's place in the tab's history: the Navigation API's index where the browser has one, else the length of
 * the history. The fair page notes it when it is shown, and "Next person" on the result page goes back by the
 * difference, so both must read it the same way: one function for both.
 * @example historyIndex() // 3
 */
export function historyIndex(): number {
  const navigation = (window as { navigation?: { currentEntry?: { index: number } | null } }).navigation;
  return navigation?.currentEntry?.index ?? history.length - 1;
}
