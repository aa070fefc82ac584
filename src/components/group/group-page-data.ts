/** What GroupPage.astro hands the group page's script, as JSON in the page. */
import type { Locale } from '../../lib/i18n';
import type { ScoringBank } from '../../lib/released-banks';
import type { Path, ScoringSkill } from '../../lib/scoring';

export interface GroupPageData {
  locale: Locale;
  /** Today's bank first, then every bank released before it, newest first. */
  banks: ScoringBank[];
  skills: (ScoringSkill & { name: string })[];
  paths: Record<Path, string>;
  /** The detail view's address, without a fragment. */
  detailUrl: string;
  /** The words the script writes, by UI-string key. */
  strings: Record<string, string>;
}
