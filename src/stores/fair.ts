/**
 * Job-fair mode, for one device that many people use in turn: the fair page turns it on for the browser tab, and a
 * result opened in that tab offers "Next person", which clears the person's answers and takes the tab back to the
 * fair page with nothing of them left to go back or forward to.
 *
 * Kept in sessionStorage (this tab only), apart from the quiz's store: the result page loads this, never the quiz's
 * chunk. The visitor's result code is kept there too (src/stores/fair-result.ts).
 */

import type { UiKey } from '../lib/ui-strings';
import { fairResultStorageKey, fairStorageKey, quizStorageKey as personStorageKey } from './storage-keys';

/**
 * The words the result page shows in job-fair mode ("Next person" and its question). The fair page hands them over
 * through the mode, per language, so a result page that is not in job-fair mode carries none of them.
 */
export const fairResultKeys = [
  'fair.result.heading',
  'fair.result.body',
  'fair.result.next',
  'fair.result.confirm',
  'fair.result.yes',
  'fair.result.no',
] as const satisfies readonly UiKey[];

export type FairResultWords = Readonly<Record<(typeof fairResultKeys)[number], string>>;

export interface FairMode {
  /**
   * Where the fair page sits in this tab's history when it was last shown: the Navigation API's entry index where
   * the browser has it, else history.length. "Next person" goes back there.
   */
  startIndex: number;
  /** The result page's words in job-fair mode, by language: every language has every word. */
  words: Record<string, FairResultWords>;
  /** The fair page's address, by language. */
  fairUrls: Record<string, string>;
}

const isTextRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((text) => typeof text === 'string');

const isFairResultWords = (value: unknown): value is FairResultWords =>
  isTextRecord(value) && fairResultKeys.every((key) => typeof value[key] === 'string');

/**
 * Reads job-fair mode for this tab, trusting nothing: anything but the expected shape is "off", and so are words that
 * lack one the result page shows (a mode kept by another version of the site), which would show an empty button.
 * @example decodeFairMode('{"startIndex":3,"words":{"th":{…every fairResultKeys word…}},"fairUrls":{"th":"/th/fair/"}}') // { startIndex: 3, … }
 * @example decodeFairMode(undefined) // undefined
 */
export function decodeFairMode(text: string | null | undefined): FairMode | undefined {
  try {
    const value: unknown = JSON.parse(text ?? '');
    if (typeof value !== 'object' || value === null) return undefined;
    const { startIndex, words, fairUrls } = value as Record<string, unknown>;
    if (typeof startIndex !== 'number' || !Number.isInteger(startIndex) || startIndex < 0) return undefined;
    if (typeof words !== 'object' || words === null || !isTextRecord(fairUrls)) return undefined;
    const wordsByLanguage = Object.entries(words as Record<string, unknown>);
    if (wordsByLanguage.length === 0 || !wordsByLanguage.every(([, each]) => isFairResultWords(each))) return undefined;
    return { startIndex, words: Object.fromEntries(wordsByLanguage) as FairMode['words'], fairUrls };
  } catch {
    return undefined;
  }
}

/** Job-fair mode of this tab, or undefined when it is off or storage cannot be read. */
export function fairMode(): FairMode | undefined {
  try {
    return decodeFairMode(sessionStorage.getItem(fairStorageKey));
  } catch {
    return undefined;
  }
}

/**
 * Clears the person who used the device last, and turns job-fair mode on for this tab from the current history
 * entry. Returns false when the browser would not clear or keep anything (storage blocked): the page says so.
 * @example startFairMode({ startIndex: 2, words, fairUrls }) // true
 */
export function startFairMode(mode: FairMode): boolean {
  try {
    localStorage.removeItem(personStorageKey);
    sessionStorage.removeItem(fairResultStorageKey);
    sessionStorage.setItem(fairStorageKey, JSON.stringify(mode));
    return true;
  } catch {
    return false;
  }
}

/**
 * Clears the person's answers from the device; job-fair mode stays on. Returns false when storage refused.
 * @example clearPerson() // true
 */
export function clearPerson(): boolean {
  try {
    localStorage.removeItem(personStorageKey);
    sessionStorage.removeItem(fairResultStorageKey);
    return true;
  } catch {
    return false;
  }
}

/**
 * Turns job-fair mode off for this tab.
 * @example endFairMode()
 */
export function endFairMode(): void {
  try {
    sessionStorage.removeItem(fairStorageKey);
    sessionStorage.removeItem(fairResultStorageKey);
  } catch {
    // Blocked storage holds no mode to end.
  }
}
