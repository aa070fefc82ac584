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
  keepGroup,
  keptGroups,
  patchLabels,
  setGroupLabels,
  unionEntries,
  watchGroups,
  type SavedGroup,
} from '../../stores/groups';
import type { GroupScriptKey } from './group-page-data';
import { peopleCounter } from './people-count';
import { SavedGroupsList } from './saved-groups-list';
import type { Say } from './summary-view';

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

/** The elements of the "keep this group" form and the message beside the table. */
interface KeptElements {
  saveForm: HTMLFormElement | null;
  nameInput: HTMLInputElement | null;
  saveStatus: HTMLElement | null;
  saveDownload: HTMLElement | null;
  problem: HTMLElement | null;
  problemText: HTMLElement | null;
}

const labelInput = (target: EventTarget | null) =>
  target instanceof HTMLInputElement && target.dataset['labelFor'] !== undefined ? target : undefined;

class KeptGroups {
  /** The kept group on show, if any: names typed are kept into it. */
  private openId: string | undefined;
  /** Names typed here that storage does not hold yet (it was full, or the group was deleted): '' clears one. */
  private pending: Record<string, string> = {};
  /** New people kept elsewhere, waiting until the counsellor leaves the table, so the row they type in stays. */
  private waitingPeople: FoundCode[] | undefined;
  /** The pause after the last key typed in a name, before the name is kept. */
  private typing: ReturnType<typeof setTimeout> | undefined;
  // Made when a date is first written, not on load: a page's first Intl formatter loads its locale's data, a long
  // task on a slow phone that a counsellor with no kept groups would wait through for nothing.
  private dateFormat: Intl.DateTimeFormat | undefined;
  private readonly counter: ReturnType<typeof peopleCounter>;
  private readonly elements: KeptElements;

  constructor(private readonly host: KeptGroupsHost) {
    const find = <Element extends HTMLElement>(selector: string) => host.root.querySelector<Element>(selector);
    this.elements = {
      saveForm: find<HTMLFormElement>('[data-group-save-form]'),
      nameInput: find<HTMLInputElement>('[data-group-name]'),
      saveStatus: find('[data-group-save-status]'),
      saveDownload: find('[data-group-save-download]'),
      problem: find('[data-group-kept-problem]'),
      problemText: find('[data-group-kept-problem-text]'),
    };
    this.counter = peopleCounter(host.banks);
  }

  start(): void {
    const { root } = this.host;
    this.listenToNames();
    this.elements.saveForm?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.keep();
    });
    root.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      // The page's own download button makes the CSV, wherever the offer to download it is.
      if (target?.closest('[data-group-kept-download]'))
        root.querySelector<HTMLElement>('[data-group-download]')?.click();
    });
    const list = this.savedList();
    watchGroups((groups) => {
      list?.draw(groups);
      this.follow(groups);
    });
  }

  /** A new paste: no kept group is on show any more. */
  forget(): void {
    this.openId = undefined;
    this.pending = {};
    this.waitingPeople = undefined;
    this.showProblem('');
  }

  private formatDate(date: Date): string {
    this.dateFormat ??= new Intl.DateTimeFormat(this.host.locale === 'th' ? 'th-TH' : 'en-GB', { dateStyle: 'medium' });
    return this.dateFormat.format(date);
  }

  private savedList(): SavedGroupsList | undefined {
    const find = (selector: string) => this.host.root.querySelector<HTMLElement>(selector);
    const [section, list, none] = [
      find('[data-group-saved]'),
      find('[data-group-saved-list]'),
      find('[data-group-saved-none]'),
    ];
    if (!section || !list || !none) return undefined;
    return new SavedGroupsList(
      { section, list, none, status: find('[data-group-saved-status]') },
      {
        say: this.host.say,
        formatDate: (date) => this.formatDate(date),
        counter: this.counter,
        open: (group) => this.open(group),
        closed: (id) => {
          const wasOpen = this.openId === id;
          if (wasOpen) this.openId = undefined;
          return wasOpen;
        },
        reopened: (id) => {
          if (this.openId !== undefined) return;
          this.openId = id;
          // Names typed while it was deleted go into it now.
          if (Object.keys(this.pending).length > 0) this.writeTyped(id);
        },
      },
    );
  }

  /** Says at once, beside the table, that names typed are not kept, and offers the CSV; '' takes it away. */
  private showProblem(key: GroupScriptKey | ''): void {
    const { problem, problemText } = this.elements;
    if (!problem || !problemText) return;
    const text = key === '' ? '' : this.host.say(key);
    // The same message again (another refusal) is not written again: an alert rewritten is read out again.
    if (problemText.textContent === text) return;
    problemText.textContent = text;
    problem.hidden = key === '';
  }

  /**
   * A name is kept when the counsellor pauses typing, not only when they leave its box: a tab closed, or a phone
   * locked, with the cursor still in the box would otherwise lose the name without a word.
   */
  private listenToNames(): void {
    const { rowsBody } = this.host;
    rowsBody.addEventListener('input', (event) => {
      const input = labelInput(event.target);
      if (!input) return;
      clearTimeout(this.typing);
      this.typing = setTimeout(() => this.takeName(input), namePauseMs);
    });
    rowsBody.addEventListener('change', (event) => this.takeNameNow(event.target));
    addEventListener('pagehide', () => this.takeNameNow(document.activeElement));
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'hidden') this.takeNameNow(document.activeElement);
    });
    // A field left while names changed elsewhere shows the stored name; leaving the table shows new people.
    rowsBody.addEventListener('focusout', (event) => {
      const input = event.target instanceof HTMLInputElement ? event.target : null;
      const code = input?.dataset['labelFor'];
      const label = code === undefined ? undefined : (this.host.labels()[code] ?? '');
      if (input && label !== undefined && input.value.trim() !== label) input.value = label;
      const next = event.relatedTarget instanceof Node ? event.relatedTarget : null;
      if (this.waitingPeople && !rowsBody.contains(next)) this.showPeople(this.waitingPeople);
    });
  }

  private takeNameNow(target: EventTarget | null): void {
    const input = labelInput(target);
    if (!input) return;
    clearTimeout(this.typing);
    this.takeName(input);
  }

  /** Takes the name in a row's box as the person's, and keeps it into the kept group on show. */
  private takeName(input: HTMLInputElement): void {
    const { host } = this;
    const code = input.dataset['labelFor'] ?? '';
    const label = input.value.trim().slice(0, 200);
    if ((host.labels()[code] ?? '') === label && !(code in this.pending)) return;
    host.setLabels(patchLabels(host.labels(), { [code]: label }));
    this.pending = { ...this.pending, [code]: label };
    if (this.openId !== undefined) this.writeTyped(this.openId);
  }

  /**
   * Writes the names typed here that storage does not hold yet (earlier refusals too), and only those: names typed
   * elsewhere stay as storage has them. They are taken out of `pending` while written, as the write tells this tab's
   * own listener, which would otherwise write them again.
   */
  private writeTyped(id: string) {
    const typed = this.pending;
    this.pending = {};
    const written = setGroupLabels(id, typed);
    if (written !== 'stored') this.pending = { ...typed, ...this.pending };
    this.showProblem(written === 'stored' ? '' : written === 'gone' ? 'group.kept.gone' : 'group.kept.full');
    return written;
  }

  private showPeople(entries: FoundCode[]): void {
    this.waitingPeople = undefined;
    this.host.show(entries, true);
    void this.counter.learn(entries).then(() => {
      const { saveStatus } = this.elements;
      const count = this.counter.countOf(entries)?.people ?? 0;
      if (saveStatus) saveStatus.textContent = this.host.say('group.kept.synced', { count });
    });
  }

  /** Shows what storage now holds of the group on show: its names, less those typed here and not yet kept. */
  private follow(groups: readonly SavedGroup[]): void {
    const { host } = this;
    const stored = groups.find((group) => group.id === this.openId);
    if (!stored) return;
    // Names refused before (storage full, or the group deleted and since brought back) are written now, if there is
    // room: that write is heard here again, with storage holding them.
    if (Object.keys(this.pending).length > 0 && this.writeTyped(stored.id) === 'stored') return;
    const labels = patchLabels(stored.labels, this.pending);
    host.setLabels(labels);
    for (const input of host.rowsBody.querySelectorAll<HTMLInputElement>('input[data-label-for]')) {
      const label = labels[input.dataset['labelFor'] ?? ''] ?? '';
      if (input !== document.activeElement && input.value.trim() !== label) input.value = label;
    }
    const known = new Set(host.entries().map((entry) => entry.code));
    if (stored.entries.every((entry) => known.has(entry.code))) return;
    const entries = unionEntries(host.entries(), stored.entries);
    if (host.rowsBody.contains(document.activeElement)) this.waitingPeople = entries;
    else this.showPeople(entries);
  }

  /** "Keep this group": keeps the group on show, under the name typed or a dated one. */
  private keep(): void {
    const { host } = this;
    const { nameInput, saveStatus, saveDownload } = this.elements;
    if (!host.hasSummary() || !saveStatus) return;
    const now = new Date();
    const name = nameInput?.value.trim() || host.say('group.saved.untitled', { date: this.formatDate(now) });
    const id = this.openId ?? String(now.getTime());
    const group = { id, name, savedAt: now.toISOString(), entries: host.entries(), labels: host.labels() };
    // A group already kept takes only the names changed here; one kept anew (or deleted meanwhile) takes them all.
    const typed = this.pending;
    this.pending = {};
    const written = keepGroup(group, this.openId === undefined ? group.labels : typed);
    if (written === 'stored') {
      this.openId = id;
      this.showProblem('');
      this.follow(keptGroups());
    } else this.pending = { ...typed, ...this.pending };
    saveStatus.textContent = host.say(written === 'stored' ? 'group.save.done' : 'group.save.failed', { name });
    if (saveDownload) saveDownload.hidden = written === 'stored';
  }

  /** Open: the kept group on show, as storage holds it, with its names. */
  private open(group: SavedGroup): void {
    this.host.setLabels({ ...group.labels });
    this.openId = group.id;
    this.pending = {};
    this.waitingPeople = undefined;
    this.showProblem('');
    if (this.elements.nameInput) this.elements.nameInput.value = group.name;
    this.host.show(group.entries, false);
  }
}

export function startKeptGroups(host: KeptGroupsHost): { forget: () => void } {
  const kept = new KeptGroups(host);
  kept.start();
  return { forget: () => kept.forget() };
}
