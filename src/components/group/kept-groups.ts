/**
 * The group page's kept groups: the list of groups kept on this device, "Keep this group", the names typed into a
 * kept group, and delete with undo. Every change goes through src/stores/groups.ts, which applies it to what storage
 * holds at that moment, so another tab or the paper page changing the same group loses nothing; and a change made
 * elsewhere is shown here: the names at once (never over a field the counsellor is typing in), new people once the
 * table is left.
 */
import type { FoundCode } from '../../lib/group-links';
import type { Locale } from '../../lib/i18n';
import type { ScoringBank } from '../../lib/released-banks';
import {
  deleteGroup,
  keepGroup,
  keptGroups,
  patchLabels,
  restoreGroup,
  setGroupLabels,
  unionEntries,
  watchGroups,
  type SavedGroup,
} from '../../stores/groups';
import type { GroupScriptKey } from './group-page-data';
import { peopleCounter } from './people-count';
import type { Say } from './summary-view';
import { offerUndo } from './undo-line';

/** What the group page lends this module: its words, its banks, and the group it has on show. */
export interface KeptGroupsHost {
  root: HTMLElement;
  rowsBody: HTMLElement;
  locale: Locale;
  banks: readonly ScoringBank[];
  say: Say;
  /** Whether a group is on show (something to keep). */
  hasSummary: () => boolean;
  entries: () => FoundCode[];
  labels: () => Record<string, string>;
  setLabels: (labels: Record<string, string>) => void;
  /** Reads and shows these people; `quiet` keeps the focus and the table's page where they are. */
  show: (entries: FoundCode[], quiet: boolean) => void;
}

/** How long a pause in typing a name is before the name is kept: a word or two, not every letter. */
const namePauseMs = 600;

export function startKeptGroups(host: KeptGroupsHost): { forget: () => void } {
  const { root, rowsBody, say } = host;
  const find = <Element extends HTMLElement>(selector: string) => root.querySelector<Element>(selector);
  const saveForm = find<HTMLFormElement>('[data-group-save-form]');
  const nameInput = find<HTMLInputElement>('[data-group-name]');
  const saveStatus = find('[data-group-save-status]');
  const saveDownload = find('[data-group-save-download]');
  const problem = find('[data-group-kept-problem]');
  const problemText = find('[data-group-kept-problem-text]');
  const savedSection = find('[data-group-saved]');
  const savedList = find('[data-group-saved-list]');
  const savedNone = find('[data-group-saved-none]');
  const savedStatus = find('[data-group-saved-status]');
  // Made when a date is first written, not on load: a page's first Intl formatter loads its locale's data, a long
  // task on a slow phone that a counsellor with no kept groups would wait through for nothing.
  let dateFormat: Intl.DateTimeFormat | undefined;
  const formatDate = (date: Date) =>
    (dateFormat ??= new Intl.DateTimeFormat(host.locale === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'medium' })).format(
      date,
    );

  /** The kept group on show, if any: names typed are kept into it. */
  let openId: string | undefined;
  /** Names typed here that storage does not hold yet (it was full, or the group was deleted): '' clears one. */
  let pending: Record<string, string> = {};
  /** New people kept elsewhere, waiting until the counsellor leaves the table, so the row they type in stays. */
  let waitingPeople: FoundCode[] | undefined;
  let endUndo: (() => void) | undefined;

  /** Says at once, beside the table, that names typed are not kept, and offers the CSV; '' takes it away. */
  function showProblem(key: GroupScriptKey | '') {
    if (!problem || !problemText) return;
    const text = key === '' ? '' : say(key);
    // The same message again (another refusal) is not written again: an alert rewritten is read out again.
    if (problemText.textContent === text) return;
    problemText.textContent = text;
    problem.hidden = key === '';
  }

  const labelInput = (target: EventTarget | null) =>
    target instanceof HTMLInputElement && target.dataset['labelFor'] !== undefined ? target : undefined;

  /** Takes the name in a row's box as the person's, and keeps it into the kept group on show. */
  function takeName(input: HTMLInputElement) {
    const code = input.dataset['labelFor'] ?? '';
    const label = input.value.trim().slice(0, 200);
    if ((host.labels()[code] ?? '') === label && !(code in pending)) return;
    host.setLabels(patchLabels(host.labels(), { [code]: label }));
    pending = { ...pending, [code]: label };
    if (openId !== undefined) writeTyped(openId);
  }

  // A name is kept when the counsellor pauses typing, not only when they leave its box: a tab closed, or a phone
  // locked, with the cursor still in the box would otherwise lose the name without a word.
  let typing: ReturnType<typeof setTimeout> | undefined;
  rowsBody.addEventListener('input', (event) => {
    const input = labelInput(event.target);
    if (!input) return;
    clearTimeout(typing);
    typing = setTimeout(() => takeName(input), namePauseMs);
  });
  rowsBody.addEventListener('change', (event) => {
    const input = labelInput(event.target);
    if (!input) return;
    clearTimeout(typing);
    takeName(input);
  });
  const takeNameBeingTyped = () => {
    const input = labelInput(document.activeElement);
    if (!input) return;
    clearTimeout(typing);
    takeName(input);
  };
  addEventListener('pagehide', takeNameBeingTyped);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') takeNameBeingTyped();
  });

  /**
   * Writes the names typed here that storage does not hold yet (earlier refusals too), and only those: names typed
   * elsewhere stay as storage has them. They are taken out of `pending` while written, as the write tells this tab's
   * own listener, which would otherwise write them again.
   */
  function writeTyped(id: string) {
    const typed = pending;
    pending = {};
    const written = setGroupLabels(id, typed);
    if (written !== 'stored') pending = { ...typed, ...pending };
    showProblem(written === 'stored' ? '' : written === 'gone' ? 'group.kept.gone' : 'group.kept.full');
    return written;
  }

  // A field left while names changed elsewhere shows the stored name; leaving the table shows new people.
  rowsBody.addEventListener('focusout', (event) => {
    const input = event.target instanceof HTMLInputElement ? event.target : null;
    const code = input?.dataset['labelFor'];
    const label = code === undefined ? undefined : (host.labels()[code] ?? '');
    if (input && label !== undefined && input.value.trim() !== label) input.value = label;
    const next = event.relatedTarget instanceof Node ? event.relatedTarget : null;
    if (waitingPeople && !rowsBody.contains(next)) showPeople(waitingPeople);
  });

  function showPeople(entries: FoundCode[]) {
    waitingPeople = undefined;
    host.show(entries, true);
    void learn(entries).then(() => {
      if (saveStatus) saveStatus.textContent = say('group.kept.synced', { count: countOf(entries)?.people ?? 0 });
    });
  }

  /** Shows what storage now holds of the group on show: its names, less those typed here and not yet kept. */
  function follow(groups: readonly SavedGroup[]) {
    const stored = groups.find((group) => group.id === openId);
    if (!stored) return;
    // Names refused before (storage full, or the group deleted and since brought back) are written now, if there is
    // room: that write is heard here again, with storage holding them.
    if (Object.keys(pending).length > 0 && writeTyped(stored.id) === 'stored') return;
    const labels = patchLabels(stored.labels, pending);
    host.setLabels(labels);
    for (const input of rowsBody.querySelectorAll<HTMLInputElement>('input[data-label-for]')) {
      const label = labels[input.dataset['labelFor'] ?? ''] ?? '';
      if (input !== document.activeElement && input.value.trim() !== label) input.value = label;
    }
    const known = new Set(host.entries().map((entry) => entry.code));
    if (stored.entries.every((entry) => known.has(entry.code))) return;
    const entries = unionEntries(host.entries(), stored.entries);
    if (rowsBody.contains(document.activeElement)) waitingPeople = entries;
    else showPeople(entries);
  }

  saveForm?.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!host.hasSummary() || !saveStatus) return;
    const now = new Date();
    const name = nameInput?.value.trim() || say('group.saved.untitled', { date: formatDate(now) });
    const id = openId ?? String(now.getTime());
    const group = { id, name, savedAt: now.toISOString(), entries: host.entries(), labels: host.labels() };
    // A group already kept takes only the names changed here; one kept anew (or deleted meanwhile) takes them all.
    const typed = pending;
    pending = {};
    const written = keepGroup(group, openId === undefined ? group.labels : typed);
    if (written === 'stored') {
      openId = id;
      showProblem('');
      follow(keptGroups());
    } else pending = { ...typed, ...pending };
    saveStatus.textContent = say(written === 'stored' ? 'group.save.done' : 'group.save.failed', { name });
    if (saveDownload) saveDownload.hidden = written === 'stored';
  });

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    // The page's own download button makes the CSV, wherever the offer to download it is.
    if (target?.closest('[data-group-kept-download]')) find('[data-group-download]')?.click();
  });

  const { learn, countOf } = peopleCounter(host.banks);

  watchGroups((groups) => {
    drawList(groups);
    follow(groups);
  });

  function drawList(groups: readonly SavedGroup[]) {
    if (!savedSection || !savedList || !savedNone) return;
    // Drawn again whenever any tab changes a group: a button that had the focus gets it back.
    const focused = document.activeElement?.closest<HTMLElement>('[data-saved-action]');
    const had = savedList.contains(focused ?? null) ? focused?.dataset['savedAction'] : undefined;
    savedSection.hidden = false;
    savedNone.hidden = groups.length > 0;
    savedList.replaceChildren(...groups.map(savedItem));
    if (had) savedList.querySelector<HTMLElement>(`[data-saved-action="${CSS.escape(had)}"]`)?.focus();
  }

  function button(text: string, label: string, action: string) {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = 'button button--secondary';
    element.textContent = text;
    element.setAttribute('aria-label', label);
    element.dataset['savedAction'] = action;
    return element;
  }

  function savedItem(group: SavedGroup) {
    const item = document.createElement('li');
    const name = document.createElement('strong');
    name.textContent = group.name;
    const details = document.createElement('span');
    details.className = 'muted';
    const savedAt = new Date(group.savedAt);
    const date = Number.isNaN(savedAt.getTime()) ? group.savedAt : formatDate(savedAt);
    const describe = () => {
      const counted = countOf(group.entries);
      details.textContent = !counted
        ? say('group.saved.when', { date })
        : say(counted.unread === 0 ? 'group.saved.details' : 'group.saved.detailsUnread', {
            count: counted.people,
            unread: counted.unread,
            date,
          });
      return counted !== undefined;
    };
    if (!describe()) void learn(group.entries).then(describe);
    const open = button(
      say('group.saved.open'),
      say('group.saved.openNamed', { name: group.name }),
      `open ${group.id}`,
    );
    open.addEventListener('click', () => {
      const now = keptGroups().find((each) => each.id === group.id) ?? group;
      host.setLabels({ ...now.labels });
      openId = now.id;
      pending = {};
      waitingPeople = undefined;
      showProblem('');
      if (nameInput) nameInput.value = now.name;
      host.show(now.entries, false);
    });
    const remove = button(
      say('group.saved.delete'),
      say('group.saved.deleteNamed', { name: group.name }),
      `delete ${group.id}`,
    );
    remove.addEventListener('click', () => removeWithUndo(group));
    const actions = document.createElement('span');
    actions.className = 'group-saved__actions';
    actions.append(open, remove);
    item.append(name, ' ', details, actions);
    return item;
  }

  function removeWithUndo(group: SavedGroup) {
    endUndo?.();
    const deleted = deleteGroup(group.id);
    if (!savedStatus) return;
    if (!deleted.group) {
      savedStatus.textContent =
        deleted.written === 'failed' ? say('group.saved.deleteFailed', { name: group.name }) : '';
      return;
    }
    const wasOpen = openId === group.id;
    if (wasOpen) openId = undefined;
    offerUndoOf(deleted.group, deleted.index ?? 0, wasOpen);
  }

  function offerUndoOf(group: SavedGroup, index: number, wasOpen: boolean) {
    if (!savedStatus) return;
    endUndo = offerUndo(
      savedStatus,
      say('group.saved.deleted', { name: group.name }),
      say('group.saved.undo'),
      (sentence) => {
        if (restoreGroup(group, index) !== 'stored') {
          sentence.textContent = say('group.saved.restoreFailed', { name: group.name });
          return false;
        }
        if (wasOpen && openId === undefined) {
          openId = group.id;
          // Names typed while it was deleted go into it now.
          if (Object.keys(pending).length > 0) writeTyped(group.id);
        }
        sentence.textContent = say('group.saved.restored', { name: group.name });
        return savedList?.querySelector<HTMLElement>(`[data-saved-action="${CSS.escape(`open ${group.id}`)}"]`) ?? null;
      },
    );
  }

  return {
    /** A new paste: no kept group is on show any more. */
    forget() {
      openId = undefined;
      pending = {};
      waitingPeople = undefined;
      showProblem('');
    },
  };
}
