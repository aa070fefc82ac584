/** What FairPage.astro hands the fair page's script, as JSON in the page. */
import type { UiKey } from '../../lib/ui-strings';
import type { FairMode } from '../../stores/fair';

/**
 * The words the fair page's script writes itself: what its status line says. The script can ask only for these: a
 * key not listed here does not type-check, and a listed key with no word in a dictionary fails the build.
 */
export const fairScriptKeys = ['fair.ready', 'fair.failed', 'fair.ended'] as const satisfies readonly UiKey[];

export type FairScriptKey = (typeof fairScriptKeys)[number];

export interface FairPageData {
  /** The fair page's address in each language, for "Next person" on a result in either. */
  fairUrls: FairMode['fairUrls'];
  strings: Readonly<Record<FairScriptKey, string>>;
}
