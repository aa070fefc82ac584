/** What PaperEntry.astro hands the paper page's script, as JSON in the page. */
import type { UiKey } from '../../lib/ui-strings';

/**
 * The words the paper page's script writes itself. The script can ask only for these: a key not listed here does not
 * type-check, and a listed key with no word in a dictionary fails the build.
 */
export const paperScriptKeys = [
  'paper.invalid',
  'paper.paste.notAnswers',
  'paper.paste.tooMany',
  'paper.empty',
  'paper.filled',
  'paper.result.code',
  'paper.group.added',
  'paper.group.already',
  'paper.group.failed',
  'paper.group.gone',
] as const satisfies readonly UiKey[];

export type PaperScriptKey = (typeof paperScriptKeys)[number];

export interface PaperPageData {
  version: string;
  itemIds: string[];
  /** The result page's address, without a fragment. */
  resultUrl: string;
  strings: Readonly<Record<PaperScriptKey, string>>;
}
