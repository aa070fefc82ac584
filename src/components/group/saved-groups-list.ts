/**
 * The list of groups kept on this device, on the group page: each with its name, how many people and when, Open and
 * Delete, and Undo for a delete. Drawn again whenever any tab changes a group (kept-groups.ts watches storage).
 */
import { deleteGroup, keptGroups, restoreGroup, type SavedGroup } from '../../stores/groups';
import { fromTemplate, partOf } from '../dom-template';
import type { peopleCounter } from './people-count';
import type { Say } from './summary-view';
import { offerUndo } from './undo-line';

export interface SavedListElements {
  section: HTMLElement;
  list: HTMLElement;
  none: HTMLElement;
  status: HTMLElement | null;
}

/** What the list asks of the kept groups: words, dates, counts, and what Open, Delete and Undo change. */
export interface SavedListHost {
  say: Say;
  formatDate: (date: Date) => string;
  counter: ReturnType<typeof peopleCounter>;
  /** Shows a kept group, as storage holds it now. */
  open: (group: SavedGroup) => void;
  /** The group is deleted: whether it was the one on show (which it no longer is). */
  closed: (id: string) => boolean;
  /** Undo brought back the group that was on show when it was deleted. */
  reopened: (id: string) => void;
}

export class SavedGroupsList {
  private endUndo: (() => void) | undefined;

  constructor(
    private readonly elements: SavedListElements,
    private readonly host: SavedListHost,
  ) {}

  draw(groups: readonly SavedGroup[]): void {
    const { section, list, none } = this.elements;
    // Drawn again whenever any tab changes a group: a button that had the focus gets it back.
    const focused = document.activeElement?.closest<HTMLElement>('[data-saved-action]');
    const had = list.contains(focused ?? null) ? focused?.dataset['savedAction'] : undefined;
    section.hidden = false;
    none.hidden = groups.length > 0;
    list.replaceChildren(...groups.map((group) => this.item(group)));
    if (had) this.actionButton(had)?.focus();
  }

  private actionButton(action: string): HTMLElement | null {
    return this.elements.list.querySelector<HTMLElement>(`[data-saved-action="${CSS.escape(action)}"]`);
  }

  /** The group's item in the list, from SavedGroups.astro's template. */
  private item(group: SavedGroup): HTMLLIElement {
    const { say } = this.host;
    const item = fromTemplate<HTMLLIElement>(this.elements.section, 'saved-group');
    partOf(item, 'name').textContent = group.name;
    this.describe(partOf(item, 'details'), group);
    const open = partOf(item, 'open');
    open.setAttribute('aria-label', say('group.saved.openNamed', { name: group.name }));
    open.dataset['savedAction'] = `open ${group.id}`;
    open.addEventListener('click', () => this.host.open(keptGroups().find((each) => each.id === group.id) ?? group));
    const remove = partOf(item, 'delete');
    remove.setAttribute('aria-label', say('group.saved.deleteNamed', { name: group.name }));
    remove.dataset['savedAction'] = `delete ${group.id}`;
    remove.addEventListener('click', () => this.remove(group));
    return item;
  }

  /** How many people and when; the count once the codes are read (a moment, for a big group). */
  private describe(details: HTMLElement, group: SavedGroup): void {
    const { say, counter } = this.host;
    const savedAt = new Date(group.savedAt);
    const date = Number.isNaN(savedAt.getTime()) ? group.savedAt : this.host.formatDate(savedAt);
    const write = () => {
      const counted = counter.countOf(group.entries);
      details.textContent = !counted
        ? say('group.saved.when', { date })
        : say(counted.unread === 0 ? 'group.saved.details' : 'group.saved.detailsUnread', {
            count: counted.people,
            unread: counted.unread,
            date,
          });
      return counted !== undefined;
    };
    if (!write()) void counter.learn(group.entries).then(write);
  }

  private remove(group: SavedGroup): void {
    this.endUndo?.();
    const deleted = deleteGroup(group.id);
    const { status } = this.elements;
    if (!status) return;
    if (!deleted.group) {
      status.textContent =
        deleted.written === 'failed' ? this.host.say('group.saved.deleteFailed', { name: group.name }) : '';
      return;
    }
    const wasOpen = this.host.closed(group.id);
    this.offerUndoOf(status, deleted.group, deleted.index ?? 0, wasOpen);
  }

  private offerUndoOf(status: HTMLElement, group: SavedGroup, index: number, wasOpen: boolean): void {
    const { say } = this.host;
    this.endUndo = offerUndo(
      status,
      say('group.saved.deleted', { name: group.name }),
      say('group.saved.undo'),
      (sentence) => {
        if (restoreGroup(group, index) !== 'stored') {
          sentence.textContent = say('group.saved.restoreFailed', { name: group.name });
          return false;
        }
        if (wasOpen) this.host.reopened(group.id);
        sentence.textContent = say('group.saved.restored', { name: group.name });
        return this.actionButton(`open ${group.id}`);
      },
    );
  }
}
