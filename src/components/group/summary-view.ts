/**
 * Draws the parts of a group's summary that are lists and a picture: where people stand on the scale, the skills
 * most often to develop and strong, each side's consistency, and the codes that could not be read. Text only ever
 * goes in as text (textContent, attribute values), never as markup.
 */
import { mostCommon, type GroupSummary, type UnreadCode } from '../../lib/group-summary';
import type { TemplateValues } from '../../lib/i18n';
import { middleStretch, stackedDots } from '../../lib/position-scale';
import { fromTemplate, partOf } from '../dom-template';
import type { GroupPageData, GroupScriptKey } from './group-page-data';

/** Writes the UI string `key`, its placeholders filled (fillTemplate). */
export type Say = (key: GroupScriptKey, values?: TemplateValues) => string;

export interface SummaryWords extends Pick<GroupPageData, 'skills' | 'paths'> {
  say: Say;
}

const listItem = (text: string) => {
  const item = document.createElement('li');
  item.textContent = text;
  return item;
};

/**
 * Places a dot for each person on the scale (everyone but those with no verdict) and says how many stand where.
 * @example drawPositions(root, summary, say)
 */
export function drawPositions(root: HTMLElement, shown: GroupSummary, say: Say): void {
  const { x, width } = middleStretch(shown.band);
  const middle = root.querySelector('[data-scale-middle]');
  middle?.setAttribute('x', String(x));
  middle?.setAttribute('width', String(width));
  const placed = shown.people.filter((person) => person.result.outcome !== 'unclear');
  const dots = stackedDots(placed.map((person) => person.position));
  // The picture grows upwards to hold the tallest stack (PositionScale.astro draws it 60 high).
  root.querySelector('[data-scale]')?.setAttribute('viewBox', `0 ${dots.top} 320 ${60 - dots.top}`);
  root.querySelector('[data-scale-dots]')?.setAttribute('d', dots.path);
  const { front, back, both, between, neither } = shown.outcomes;
  const text = root.querySelector('[data-group-position-text]');
  if (text) text.textContent = say('group.position.text', { front, middle: both + between + neither, back });
}

/**
 * Lists the skills people most often have to develop, and most often have as strengths, with how many of `total`.
 * @example drawSkills(root, summary, summary.people.length, words)
 */
export function drawSkills(root: HTMLElement, shown: GroupSummary, total: number, words: SummaryWords): void {
  const nameOf = new Map(words.skills.map((skill) => [skill.id, skill.name]));
  for (const list of ['toDevelop', 'strength'] as const) {
    const element = root.querySelector(`[data-group-skills="${list}"]`);
    if (!element) continue;
    const counts = mostCommon(shown.skills, list);
    const line = (name: string, count?: string) => {
      const item = fromTemplate(root, 'skill');
      partOf(item, 'name').textContent = name;
      if (count === undefined) partOf(item, 'count').remove();
      else partOf(item, 'count').textContent = count;
      return item;
    };
    element.replaceChildren(
      ...(counts.length === 0
        ? [line(words.say('group.skills.none'))]
        : counts.map((count) =>
            line(
              nameOf.get(count.skill) ?? count.skill,
              words.say('group.skills.count', { count: count[list], total }),
            ),
          )),
    );
  }
}

/**
 * Says how consistent each side's answers were (Cronbach's alpha), or that too few people answered to tell.
 * @example drawConsistency(root, summary, words)
 */
export function drawConsistency(root: HTMLElement, shown: GroupSummary, words: SummaryWords): void {
  const element = root.querySelector('[data-group-consistency]');
  if (!element) return;
  element.replaceChildren(
    ...(['front', 'back'] as const).map((path) => {
      const side = shown.consistency[path];
      return listItem(
        side.alpha === null
          ? words.say('group.consistency.few', { side: words.paths[path], people: side.people })
          : words.say('group.consistency.value', {
              side: words.paths[path],
              // A true minus sign: a hyphen before a number reads as a dash.
              alpha: side.alpha.toFixed(2).replace('-', '\u2212'),
              people: side.people,
              items: side.items,
            }),
      );
    }),
  );
}

/**
 * Lists each code that could not be read: on which line, as it was written, why, and how often it was sent.
 * @example drawUnread(root, summary.unread, say)
 */
export function drawUnread(root: HTMLElement, unread: readonly UnreadCode[], say: Say): void {
  const list = root.querySelector('[data-group-unread-list]');
  if (!list) return;
  list.replaceChildren(
    ...unread.map((entry) => {
      const item = fromTemplate(root, 'unread');
      partOf(item, 'line').textContent = say('group.unread.line', { line: entry.line });
      partOf(item, 'raw').textContent = entry.raw === '' ? '#' : entry.raw;
      partOf(item, 'reason').textContent = say(`group.problem.${entry.problem}`);
      if (entry.count > 1) item.append(` (${say('group.unread.times', { count: entry.count })})`);
      return item;
    }),
  );
}
