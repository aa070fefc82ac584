/** What GroupPage.astro hands the group page's script, as JSON in the page. */
import { outcomes } from '../../lib/group-summary';
import type { Locale } from '../../lib/i18n';
import type { ScoringBank } from '../../lib/released-banks';
import type { Path, ScoringSkill } from '../../lib/scoring';
import type { UiKey } from '../../lib/ui-strings';

/**
 * The words the group page's script writes itself (the outcome names, problems, the sentences with numbers in them),
 * handed over by GroupPage.astro. The script can ask only for these: a key not listed here does not type-check, and
 * a listed key with no word in a dictionary fails the build there.
 */
export const groupScriptKeys = [
  ...outcomes.map((outcome) => `result.verdict.${outcome}` as const),
  'group.empty',
  'group.reading',
  'group.file.failed',
  'group.paste.held',
  'group.summary.people',
  'group.position.text',
  'group.skills.count',
  'group.skills.none',
  'group.table.labelFor',
  'group.pages.range',
  'group.unread.line',
  'group.unread.times',
  'group.problem.empty',
  'group.problem.malformed',
  'group.problem.mistyped',
  'group.problem.unknown-format',
  'group.problem.other-questions',
  'group.consistency.value',
  'group.consistency.few',
  'group.table.label',
  'group.table.code',
  'group.table.outcome',
  'group.table.front',
  'group.table.back',
  'group.table.gap',
  'group.csv.bank',
  'group.csv.notes',
  'group.csv.develop',
  'group.csv.strengths',
  'group.csv.otherStrengths',
  'group.csv.mismatch',
  'group.mismatch',
  'group.mismatch.none',
  'group.table.mismatch',
  'group.csv.file',
  'group.save.done',
  'group.save.failed',
  'group.saved.details',
  'group.saved.detailsUnread',
  'group.saved.when',
  'group.saved.openNamed',
  'group.saved.deleteNamed',
  'group.saved.deleted',
  'group.saved.deleteFailed',
  'group.saved.undo',
  'group.saved.restored',
  'group.saved.restoreFailed',
  'group.saved.untitled',
  'group.kept.full',
  'group.kept.gone',
  'group.kept.synced',
] as const satisfies readonly UiKey[];

export type GroupScriptKey = (typeof groupScriptKeys)[number];

export interface GroupPageData {
  locale: Locale;
  /** Today's bank first, then every bank released before it, newest first. */
  banks: ScoringBank[];
  skills: (ScoringSkill & { name: string })[];
  paths: Record<Path, string>;
  /** The detail view's address, without a fragment. */
  detailUrl: string;
  /** The words the script writes, by UI-string key. */
  strings: Readonly<Record<GroupScriptKey, string>>;
}
