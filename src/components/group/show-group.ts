/**
 * The group page's script: finds the codes in what the counsellor pastes or opens, scores them with
 * src/lib/group-summary.ts, and shows the summary (summary-view.ts), the table (people-table.ts) and the codes that
 * could not be read. Keeping groups is kept-groups.ts, the CSV group-csv.ts, printing print-group.ts. Text from the
 * paste only ever goes in as text (textContent, attribute values), never as markup. Work on many codes is cut into
 * short tasks (slices.ts) so the page keeps answering taps.
 */
import { foundIn, scanLines, startScan, type FoundCode } from '../../lib/group-links';
import {
  outcomes,
  readGroupEntry,
  summarizingPeople,
  type GroupPerson,
  type GroupSummary,
  type UnreadCode,
} from '../../lib/group-summary';
import { fillTemplate } from '../../lib/i18n';
import { formatWholeNumber } from '../../lib/whole-number';
import { decodeTextFile } from '../../lib/text-file';
import { downloadGroupCsv } from './group-csv';
import type { GroupPageData } from './group-page-data';
import { holdLongPastes } from './held-paste';
import { startKeptGroups } from './kept-groups';
import { PeopleTable } from './people-table';
import { startGroupPrint } from './print-group';
import { afterFrame, nextTask } from '../timing';
import { inSlices } from './slices';
import { drawConsistency, drawPositions, drawSkills, drawUnread, type Say } from './summary-view';

/** What a scan says about the text besides its codes: cut at the length read, or more codes than are kept. */
interface ScanFlags {
  truncated: boolean;
  tooMany: boolean;
}

/** Units of work between two looks at the clock: a few lines or people each take well under a millisecond. */
const linesPerStep = 20;
const peoplePerStep = 10;

/** The page's parts that its script needs; without any of them the page stays as the server sent it. */
interface GroupElements {
  root: HTMLElement;
  form: HTMLFormElement;
  textArea: HTMLTextAreaElement;
  fileInput: HTMLInputElement;
  error: HTMLElement;
  status: HTMLElement;
  resultPart: HTMLElement;
  rowsBody: HTMLElement;
}

function findElements(): GroupElements | undefined {
  const root = document.querySelector<HTMLElement>('[data-group-root]');
  if (!root) return undefined;
  const elements = {
    root,
    form: root.querySelector<HTMLFormElement>('[data-group-form]'),
    textArea: root.querySelector<HTMLTextAreaElement>('#group-text'),
    fileInput: root.querySelector<HTMLInputElement>('[data-group-file]'),
    error: root.querySelector<HTMLElement>('[data-group-error]'),
    status: root.querySelector<HTMLElement>('[data-group-status]'),
    resultPart: root.querySelector<HTMLElement>('[data-group-result]'),
    rowsBody: root.querySelector<HTMLElement>('[data-group-rows]'),
  };
  return Object.values(elements).every((element) => element !== null) ? (elements as GroupElements) : undefined;
}

class GroupPageScript {
  private readonly elements: GroupElements;
  private readonly data: GroupPageData;
  private readonly say: Say;
  private readonly table: PeopleTable;
  /** The group on show, once read and counted. */
  private summary: GroupSummary | undefined;
  /** The names typed for people, by code. */
  private labels: Record<string, string> = {};
  /** The codes found, as the kept groups keep them. */
  private entries: FoundCode[] = [];
  /** The latest piece of work: one that finds it changed was overtaken and stops. */
  private run = 0;
  private kept: ReturnType<typeof startKeptGroups> | undefined;

  constructor(elements: GroupElements, data: GroupPageData) {
    this.elements = elements;
    this.data = data;
    this.say = (key, values = {}) => fillTemplate(data.strings[key], values);
    this.table = new PeopleTable({
      root: elements.root,
      rowsBody: elements.rowsBody,
      locale: data.locale,
      detailUrl: data.detailUrl,
      say: this.say,
      labels: () => this.labels,
    });
  }

  /** Listens for a paste, a file, the table's buttons and printing; keeps groups from the next task. */
  connect(): void {
    const { root, form, textArea, fileInput, rowsBody } = this.elements;
    root.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target : null;
      if (!target || this.table.press(target, this.summary?.people)) return;
      if (target.closest('[data-group-download]') && this.summary)
        void downloadGroupCsv(this.table.ordered, this.labels, { ...this.data, say: this.say });
      if (target.closest('[data-group-print]')) window.print();
    });
    const table = rowsBody.closest('table');
    if (table) startGroupPrint(table, () => this.table.printedRows());
    const pastedText = holdLongPastes(textArea, (length) =>
      this.say('group.paste.held', { count: formatWholeNumber(length) }),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.start(pastedText());
    });
    fileInput.addEventListener('change', () => this.open(fileInput.files?.[0]));
    // In a task of its own: the page's first read of storage is a few milliseconds on a desktop, and on a slow phone
    // it made the script's start one long task with the rest of the set-up.
    void nextTask().then(() => this.keepGroups());
  }

  /** Reads a chat saved as a file. As bytes, not file.text(): a Thai "ANSI" (Windows-874) file is not UTF-8. */
  private open(file: File | undefined): void {
    if (!file) return;
    file.arrayBuffer().then(
      (buffer) => {
        const decoded = decodeTextFile(new Uint8Array(buffer));
        if ('problem' in decoded) this.showError(this.say('group.file.failed'));
        else void this.start(decoded.text);
      },
      () => this.showError(this.say('group.file.failed')),
    );
  }

  /** Keeping, reopening and deleting groups, and following changes other tabs make to them. */
  private keepGroups(): void {
    const { root, rowsBody } = this.elements;
    this.kept = startKeptGroups({
      root,
      rowsBody,
      locale: this.data.locale,
      banks: this.data.banks,
      say: this.say,
      hasSummary: () => this.summary !== undefined,
      entries: () => this.entries,
      labels: () => this.labels,
      setLabels: (next) => {
        this.labels = next;
      },
      show: (shown, quiet) => {
        if (!quiet) this.showError('');
        void this.readEntries(shown, { truncated: false, tooMany: false }, quiet);
      },
    });
  }

  private showError(message: string): void {
    const { error, textArea } = this.elements;
    error.textContent = message;
    error.hidden = message === '';
    if (message === '') {
      textArea.setAttribute('aria-describedby', 'group-text-hint');
      textArea.removeAttribute('aria-invalid');
    } else {
      textArea.setAttribute('aria-describedby', 'group-text-hint group-text-error');
      textArea.setAttribute('aria-invalid', 'true');
    }
  }

  /** Scans a pasted or opened text a part at a time, then reads what it found. */
  private async start(text: string): Promise<void> {
    const { status, textArea } = this.elements;
    const thisRun = ++this.run;
    const stillWanted = () => thisRun === this.run;
    this.showError('');
    status.textContent = this.say('group.reading');
    // The click's own task only says "reading": the work starts in the next one.
    await nextTask();
    if (!stillWanted()) return;
    const scan = startScan(text);
    if (!(await inSlices(() => scanLines(scan, linesPerStep), stillWanted))) return;
    const found = foundIn(scan);
    if (found.entries.length === 0) {
      status.textContent = '';
      this.showError(this.say('group.empty'));
      textArea.focus();
      return;
    }
    this.labels = {};
    this.kept?.forget();
    await nextTask();
    if (stillWanted()) void this.readEntries(found.entries, found);
  }

  /**
   * Reads every entry, a task at a time, then draws the page. A newer read stops an older one. `quiet` (people kept
   * from another tab) leaves the focus and the table's page where the counsellor has them.
   */
  private async readEntries(found: FoundCode[], flags: ScanFlags, quiet = false): Promise<void> {
    const thisRun = ++this.run;
    const stillWanted = () => thisRun === this.run;
    this.entries = found;
    if (!quiet) this.elements.status.textContent = this.say('group.reading');
    const { banks, skills } = this.data;
    const people: GroupPerson[] = [];
    const unread: UnreadCode[] = [];
    let next = 0;
    const readAll = await inSlices(() => {
      for (const entry of found.slice(next, next + peoplePerStep)) {
        const read = readGroupEntry(entry, banks, skills);
        if ('problem' in read) unread.push(read);
        else people.push(read);
      }
      next += peoplePerStep;
      return next >= found.length;
    }, stillWanted);
    if (!readAll) return;
    // Counting a thousand people is a few tasks' worth of work on a slow phone: each step gets a task of its own.
    const steps = summarizingPeople(people, unread, banks, skills);
    let step: IteratorResult<void, GroupSummary>;
    do {
      await nextTask();
      if (!stillWanted()) return;
      step = steps.next();
    } while (!step.done);
    this.summary = step.value;
    await nextTask();
    if (stillWanted()) await this.draw(step.value, flags, stillWanted, quiet);
  }

  /** Shows a group's summary, a part a frame, then the table's first page (or, `quiet`, the page on show). */
  private async draw(shown: GroupSummary, flags: ScanFlags, stillWanted: () => boolean, quiet: boolean) {
    const { root, resultPart, status } = this.elements;
    const total = shown.people.length;
    this.setText('[data-group-people]', this.say('group.summary.people', { count: total }));
    this.toggle('[data-group-truncated]', flags.truncated);
    this.toggle('[data-group-too-many]', flags.tooMany);
    for (const outcome of outcomes) this.setText(`[data-outcome-count="${outcome}"]`, String(shown.outcomes[outcome]));
    this.setText(
      '[data-group-mismatch]',
      shown.mismatches > 0
        ? this.say('group.mismatch', { count: shown.mismatches, total })
        : this.say('group.mismatch.none'),
    );
    drawPositions(root, shown, this.say);
    // A summary full of Thai text takes a slow phone long to lay out: it is shown a part at a time, each in a frame
    // of its own: the heading and the number of people, then the table of outcomes, then the rest in the page's
    // order. The heading and the table together were one frame over 50 ms on a slowed CPU (npm run bench).
    const parts = quiet ? [] : [...resultPart.querySelectorAll<HTMLElement>('[data-reveal]')];
    for (const part of parts) part.hidden = true;
    if (!quiet) this.toggle('[data-group-unread]', false);
    this.table.showSortState();
    resultPart.hidden = false;
    // Focus waits for the frame that lays the summary out: moved at once, it would lay it out in this task as well.
    await afterFrame();
    if (!stillWanted()) return;
    if (!quiet) root.querySelector<HTMLElement>('#group-summary-heading')?.focus();
    const words = { say: this.say, skills: this.data.skills, paths: this.data.paths };
    drawSkills(root, shown, total, words);
    drawConsistency(root, shown, words);
    drawUnread(root, shown.unread, this.say);
    await nextTask();
    if (!stillWanted()) return;
    this.table.order(shown.people);
    await nextTask();
    if (!stillWanted()) return;
    this.table.drawPage(quiet ? this.table.firstShown : 0);
    for (const part of parts) {
      await afterFrame();
      if (!stillWanted()) return;
      part.hidden = false;
    }
    if (shown.unread.length > 0) {
      await afterFrame();
      if (!stillWanted()) return;
      this.toggle('[data-group-unread]', true);
    }
    if (!quiet) status.textContent = '';
  }

  private setText(selector: string, text: string): void {
    const element = this.elements.root.querySelector(selector);
    if (element) element.textContent = text;
  }

  private toggle(selector: string, shown: boolean): void {
    const element = this.elements.root.querySelector<HTMLElement>(selector);
    if (element) element.hidden = !shown;
  }
}

/** Starts the group page's script over the page's markup (GroupPage.astro), if the page has it. */
export function startGroupPage(): void {
  const elements = findElements();
  const dataElement = document.getElementById('group-data');
  if (!elements || !dataElement) return;
  new GroupPageScript(elements, JSON.parse(dataElement.textContent ?? '{}') as GroupPageData).connect();
}
