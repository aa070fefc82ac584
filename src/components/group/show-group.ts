/**
 * The group page's script: finds the codes in what the counsellor pastes or opens, scores them with
 * src/lib/group-summary.ts, and writes the summary, the table and the unread codes into the page. Text from the paste
 * only ever goes in as text (textContent, attribute values), never as markup. Work on many codes is cut into short
 * tasks so the page keeps answering taps.
 */
import { csvRecords, toCsv } from '../../lib/csv';
import { foundIn, scanLines, startScan, type FoundCode, type FoundCodes } from '../../lib/group-links';
import {
  mostCommon,
  outcomes,
  readGroupEntry,
  summarizingPeople,
  type GroupPerson,
  type GroupSummary,
  type UnreadCode,
} from '../../lib/group-summary';
import { fillTemplate, formatWholeNumber, type Locale } from '../../lib/i18n';
import type { ScoringBank } from '../../lib/released-banks';
import { groupResultCode } from '../../lib/result-code';
import type { Path, ScoringSkill } from '../../lib/scoring';
import { decodeTextFile } from '../../lib/text-file';
import { holdLongPastes } from './held-paste';
import { startKeptGroups } from './kept-groups';
import { startGroupPrint } from './print-group';

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

type Column = 'label' | 'code' | 'outcome' | 'front' | 'back' | 'gap';

/*
 * Long work is done in slices of at most this many milliseconds, then the page lets the browser draw and answer
 * taps. The budget is no task over 50 ms for a 1,000-person group on a slow phone; npm run bench measures it. At the
 * bench's 8.2x (calibrated on a fast machine) a run in ten or so still has one task of 51-60 ms: the press itself,
 * or a frame that shows a part of the summary (issue 13's note). A fast device needs few slices.
 */
const sliceMs = 20;
/** Units of work between two looks at the clock: a few lines or people each take well under a millisecond. */
const linesPerStep = 20;
const peoplePerStep = 10;
/**
 * The table shows this many people at a time. A table lays out all its rows again whenever one changes, and a
 * thousand rows with a text box each took a slow phone most of a second to lay out, frame after frame; fifty fit in
 * one frame. The CSV has everyone.
 */
export const rowsPerPage = 50;

const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
/**
 * Lets the browser draw and answer taps, then goes on. scheduler.yield goes on first in line where the browser has
 * it; a message elsewhere, since a chain of zero timeouts is held back 4 ms a link after the fifth.
 */
const nextTask = (): Promise<void> =>
  scheduler?.yield
    ? scheduler.yield()
    : new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });

/** Goes on once the browser has drawn a frame: what the page changed before is laid out in that frame, not later. */
const afterFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Runs `step` until it returns true, yielding to the browser whenever a slice of `sliceMs` is used up. Returns false
 * when `stillWanted` says the work was overtaken (a newer paste) and stopped.
 */
async function inSlices(step: () => boolean, stillWanted: () => boolean): Promise<boolean> {
  let sliceStart = performance.now();
  for (;;) {
    if (step()) return true;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTask();
      if (!stillWanted()) return false;
      sliceStart = performance.now();
    }
  }
}

export function startGroupPage(): void {
  const root = document.querySelector<HTMLElement>('[data-group-root]');
  const dataElement = document.getElementById('group-data');
  if (!root || !dataElement) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as GroupPageData;
  const say = (key: string, values: Record<string, string | number> = {}) =>
    fillTemplate(data.strings[key] ?? key, values);
  const find = <Element extends HTMLElement>(selector: string) => root.querySelector<Element>(selector);

  const form = find<HTMLFormElement>('[data-group-form]');
  const textArea = find<HTMLTextAreaElement>('#group-text');
  const fileInput = find<HTMLInputElement>('[data-group-file]');
  const error = find('[data-group-error]');
  const status = find('[data-group-status]');
  const resultPart = find('[data-group-result]');
  const rowsBody = find('[data-group-rows]');
  if (!form || !textArea || !fileInput || !error || !status || !resultPart || !rowsBody) return;

  let summary: GroupSummary | undefined;
  let labels: Record<string, string> = {};
  let entries: FoundCode[] = [];
  let sortedBy: { column: Column; descending: boolean } = { column: 'code', descending: false };
  /** Everyone in the table's order, and where the page on show starts in it. */
  let ordered: GroupPerson[] = [];
  let firstShown = 0;
  let run = 0;

  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = message === '';
    if (message === '') textArea.setAttribute('aria-describedby', 'group-text-hint');
    else {
      textArea.setAttribute('aria-describedby', 'group-text-hint group-text-error');
      textArea.setAttribute('aria-invalid', 'true');
    }
    if (message === '') textArea.removeAttribute('aria-invalid');
  };

  /**
   * Reads every entry, a task at a time, then draws the page. A newer read stops an older one. `quiet` (people kept
   * from another tab) leaves the focus and the table's page where the counsellor has them.
   */
  async function readEntries(found: FoundCode[], flags: { truncated: boolean; tooMany: boolean }, quiet = false) {
    const thisRun = ++run;
    entries = found;
    if (!status) return;
    if (!quiet) status.textContent = say('group.reading');
    const people: GroupPerson[] = [];
    const unread: UnreadCode[] = [];
    let next = 0;
    const readAll = await inSlices(
      () => {
        for (const entry of found.slice(next, next + peoplePerStep)) {
          const read = readGroupEntry(entry, data.banks, data.skills);
          if ('problem' in read) unread.push(read);
          else people.push(read);
        }
        next += peoplePerStep;
        return next >= found.length;
      },
      () => thisRun === run,
    );
    if (!readAll) return;
    // Counting a thousand people is a few tasks' worth of work on a slow phone: each step gets a task of its own.
    const steps = summarizingPeople(people, unread, data.banks, data.skills);
    for (;;) {
      await nextTask();
      if (thisRun !== run) return;
      const step = steps.next();
      if (step.done) {
        summary = step.value;
        break;
      }
    }
    await nextTask();
    if (thisRun !== run) return;
    await draw(summary, flags, thisRun, quiet);
  }

  async function draw(
    shown: GroupSummary,
    flags: { truncated: boolean; tooMany: boolean },
    thisRun: number,
    quiet: boolean,
  ) {
    if (!resultPart || !rowsBody || !status) return;
    const total = shown.people.length;
    setText('[data-group-people]', say('group.summary.people', { count: total }));
    toggle('[data-group-truncated]', flags.truncated);
    toggle('[data-group-too-many]', flags.tooMany);
    for (const outcome of outcomes) setText(`[data-outcome-count="${outcome}"]`, String(shown.outcomes[outcome]));
    drawPositions(shown);
    // A summary full of Thai text takes a slow phone long to lay out: it is shown a part at a time, each in a frame
    // of its own: the heading and the number of people, then the table of outcomes, then the rest in the page's
    // order. The heading and the table together were one frame over 50 ms on a slowed CPU (npm run bench).
    const parts = quiet ? [] : [...resultPart.querySelectorAll<HTMLElement>('[data-reveal]')];
    for (const part of parts) part.hidden = true;
    if (!quiet) toggle('[data-group-unread]', false);
    showSortState();
    resultPart.hidden = false;
    // Focus waits for the frame that lays the summary out: moved at once, it would lay it out in this task as well.
    await afterFrame();
    if (thisRun !== run) return;
    if (!quiet) find('#group-summary-heading')?.focus();
    drawSkills(shown, total);
    drawConsistency(shown);
    drawUnread(shown.unread);
    await nextTask();
    if (thisRun !== run) return;
    ordered = sortPeople(shown.people);
    await nextTask();
    if (thisRun !== run) return;
    drawPage(quiet ? firstShown : 0);
    for (const part of parts) {
      await afterFrame();
      if (thisRun !== run) return;
      part.hidden = false;
    }
    if (shown.unread.length > 0) {
      await afterFrame();
      if (thisRun !== run) return;
      toggle('[data-group-unread]', true);
    }
    if (!quiet) status.textContent = '';
  }

  /** Shows the page of the table that starts at `first`, and says which people it holds. */
  function drawPage(first: number) {
    if (!rowsBody) return;
    firstShown = Math.max(0, Math.min(first, Math.floor((ordered.length - 1) / rowsPerPage) * rowsPerPage));
    const shown = ordered.slice(firstShown, firstShown + rowsPerPage);
    rowsBody.replaceChildren(...shown.map((person) => rowOf(person)));
    // The height the table holds before it is first laid out (see the page's style): about its rows' own.
    const scroller = rowsBody.closest<HTMLElement>('.table-scroll');
    if (scroller) scroller.style.containIntrinsicBlockSize = `auto ${6 + shown.length * 3.25}rem`;
    const paged = ordered.length > rowsPerPage;
    for (const element of root?.querySelectorAll<HTMLElement>('[data-group-pages]') ?? []) element.hidden = !paged;
    setText(
      '[data-group-range]',
      say('group.pages.range', {
        from: formatWholeNumber(firstShown + 1),
        to: formatWholeNumber(firstShown + shown.length),
        total: formatWholeNumber(ordered.length),
      }),
    );
    const previous = find<HTMLButtonElement>('[data-group-page="previous"]');
    const next = find<HTMLButtonElement>('[data-group-page="next"]');
    if (previous) previous.hidden = firstShown === 0;
    if (next) next.hidden = firstShown + rowsPerPage >= ordered.length;
  }

  function setText(selector: string, text: string) {
    const element = find(selector);
    if (element) element.textContent = text;
  }
  function toggle(selector: string, shown: boolean) {
    const element = find(selector);
    if (element) element.hidden = !shown;
  }

  function drawPositions(shown: GroupSummary) {
    const band = shown.band;
    const x = (at: number) => 10 + 3 * Math.min(100, Math.max(0, at));
    const middle = find('[data-group-middle]');
    middle?.setAttribute('x', String(x(50 - band / 2)));
    middle?.setAttribute('width', String(x(50 + band / 2) - x(50 - band / 2)));
    const placed = shown.people.filter((person) => person.result.outcome !== 'unclear');
    // Dots in columns 8 px wide, stacked upwards from the line: a column per 8/3 points of the scale.
    const stacks = new Map<number, number>();
    const dots: string[] = [];
    for (const person of placed) {
      const column = Math.round((x(person.position) - 10) / 8);
      const height = stacks.get(column) ?? 0;
      stacks.set(column, height + 1);
      dots.push(`${10 + column * 8} ${36 - height * 8}`);
    }
    const tallest = Math.max(0, ...stacks.values());
    const top = Math.min(0, 36 - tallest * 8 - 4);
    const svg = find('[data-group-scale]');
    svg?.setAttribute('viewBox', `0 ${top} 320 ${60 - top}`);
    // All the dots as one path, however many people: each dot a line of no length, drawn as a round cap (see the
    // page's style). Drawn as two arcs each, a thousand dots took the frame that shows them over 50 ms on a slowed
    // CPU (npm run bench); the picture is the same to the pixel.
    find('[data-group-dots]')?.setAttribute('d', dots.map((point) => `M${point}h0`).join(''));
    const front = shown.outcomes.front;
    const back = shown.outcomes.back;
    const middleCount = shown.outcomes.both + shown.outcomes.between + shown.outcomes.neither;
    setText('[data-group-position-text]', say('group.position.text', { front, middle: middleCount, back }));
  }

  function drawSkills(shown: GroupSummary, total: number) {
    const nameOf = new Map(data.skills.map((skill) => [skill.id, skill.name]));
    for (const list of ['toDevelop', 'strength'] as const) {
      const element = find(`[data-group-skills="${list}"]`);
      if (!element) continue;
      const counts = mostCommon(shown.skills, list);
      element.replaceChildren(
        ...(counts.length === 0
          ? [listItem(say('group.skills.none'))]
          : counts.map((count) => {
              const item = document.createElement('li');
              const name = document.createElement('span');
              name.textContent = nameOf.get(count.skill) ?? count.skill;
              const number = document.createElement('span');
              number.className = 'group-skills__count';
              number.textContent = say('group.skills.count', { count: count[list], total });
              item.append(name, ' ', number);
              return item;
            })),
      );
    }
  }

  function drawConsistency(shown: GroupSummary) {
    const element = find('[data-group-consistency]');
    if (!element) return;
    element.replaceChildren(
      ...(['front', 'back'] as const).map((path) => {
        const side = shown.consistency[path];
        return listItem(
          side.alpha === null
            ? say('group.consistency.few', { side: data.paths[path], people: side.people })
            : say('group.consistency.value', {
                side: data.paths[path],
                // A true minus sign: a hyphen before a number reads as a dash.
                alpha: side.alpha.toFixed(2).replace('-', '\u2212'),
                people: side.people,
                items: side.items,
              }),
        );
      }),
    );
  }

  function drawUnread(unread: readonly UnreadCode[]) {
    const list = find('[data-group-unread-list]');
    if (!list) return;
    list.replaceChildren(
      ...unread.map((entry) => {
        const item = document.createElement('li');
        const where = document.createElement('strong');
        where.textContent = say('group.unread.line', { line: entry.line });
        const raw = document.createElement('code');
        raw.className = 'group-unread__raw';
        raw.textContent = entry.raw === '' ? '#' : entry.raw;
        const reason = document.createElement('span');
        reason.textContent = say(`group.problem.${entry.problem}`);
        item.append(where, ' ', raw, document.createElement('br'), reason);
        if (entry.count > 1) item.append(` (${say('group.unread.times', { count: entry.count })})`);
        return item;
      }),
    );
  }

  function listItem(text: string) {
    const item = document.createElement('li');
    item.textContent = text;
    return item;
  }

  function valueOf(person: GroupPerson, column: Column): string | number {
    if (column === 'label') return labels[person.code] ?? '';
    if (column === 'code') return person.line;
    if (column === 'outcome') return outcomes.indexOf(person.result.outcome);
    if (column === 'front') return person.result.scores.front;
    if (column === 'back') return person.result.scores.back;
    return Math.abs(person.result.difference);
  }

  // Made when names are first sorted, not for every summary: a Thai collator's first making loads its rules, 12–20 ms
  // on a desktop and the longest task of a summary of 1,000 people on a slowed CPU (npm run bench).
  let collator: Intl.Collator | undefined;
  const compareNames = (a: string, b: string) =>
    (collator ??= new Intl.Collator(data.locale === 'th' ? 'th' : 'en', { numeric: true })).compare(a, b);

  function sortPeople(people: readonly GroupPerson[]): GroupPerson[] {
    const { column, descending } = sortedBy;
    // Stable: people with equal values keep the order they were sent in.
    return [...people].sort((first, second) => {
      const a = valueOf(first, column);
      const b = valueOf(second, column);
      const order = typeof a === 'number' && typeof b === 'number' ? a - b : compareNames(String(a), String(b));
      return descending ? -order : order;
    });
  }

  /** A row of the table: on screen the name is a text box; on paper (`printedLabel` given) it is that text. */
  function rowOf(person: GroupPerson, printedLabel?: string): HTMLTableRowElement {
    const row = document.createElement('tr');
    row.dataset['code'] = person.code;
    const labelCell = document.createElement('td');
    if (printedLabel === undefined) {
      const input = document.createElement('input');
      input.type = 'text';
      input.maxLength = 200;
      input.value = labels[person.code] ?? '';
      input.dataset['labelFor'] = person.code;
      input.setAttribute('aria-label', say('group.table.labelFor', { code: groupResultCode(person.code) }));
      labelCell.append(input);
    } else {
      labelCell.className = 'group-table__label';
      labelCell.textContent = printedLabel;
    }

    const codeCell = document.createElement('th');
    codeCell.scope = 'row';
    const link = document.createElement('a');
    link.href = `${data.detailUrl}#${person.code}`;
    link.textContent = groupResultCode(person.code);
    link.className = 'group-table__code';
    codeCell.append(link);
    if (person.earlier) {
      const earlier = document.createElement('span');
      earlier.className = 'muted';
      earlier.textContent = ` (${say('group.table.earlier')})`;
      codeCell.append(earlier);
    }

    const cell = (text: string, className?: string) => {
      const element = document.createElement('td');
      element.textContent = text;
      if (className) element.className = className;
      return element;
    };
    row.append(
      codeCell,
      cell(say(`result.verdict.${person.result.outcome}`)),
      cell(formatWholeNumber(Math.round(person.result.scores.front)), 'group-table__number'),
      cell(formatWholeNumber(Math.round(person.result.scores.back)), 'group-table__number'),
      cell(formatWholeNumber(Math.round(Math.abs(person.result.difference))), 'group-table__number'),
      labelCell,
    );
    return row;
  }

  function showSortState() {
    for (const header of root?.querySelectorAll<HTMLElement>('[data-sort-column]') ?? []) {
      const column = header.dataset['sortColumn'];
      if (column === sortedBy.column)
        header.setAttribute('aria-sort', sortedBy.descending ? 'descending' : 'ascending');
      else header.removeAttribute('aria-sort');
    }
  }

  /** Sorts everyone, not just the page on show, and starts again at the first page. */
  function resort() {
    if (!summary) return;
    ordered = sortPeople(summary.people);
    drawPage(0);
    showSortState();
  }

  root.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target : null;
    const sortButton = target?.closest<HTMLElement>('[data-sort]');
    if (sortButton) {
      const column = sortButton.dataset['sort'] as Column;
      sortedBy = {
        column,
        descending: sortedBy.column === column ? !sortedBy.descending : column !== 'label' && column !== 'code',
      };
      resort();
      return;
    }
    const pageButton = target?.closest<HTMLElement>('[data-group-page]');
    if (pageButton) {
      drawPage(firstShown + (pageButton.dataset['groupPage'] === 'next' ? rowsPerPage : -rowsPerPage));
      // The button pressed may be gone on the new page: the line saying which people are shown takes the focus.
      find('[data-group-range]')?.focus();
      return;
    }
    if (target?.closest('[data-group-download]')) void downloadCsv();
    if (target?.closest('[data-group-print]')) window.print();
  });

  const table = rowsBody.closest('table');
  if (table)
    startGroupPrint(table, () => {
      // A name still being typed (Ctrl+P before leaving its box) is printed as it stands.
      const typed = new Map<string, string>();
      for (const input of rowsBody.querySelectorAll<HTMLInputElement>('input[data-label-for]'))
        typed.set(input.dataset['labelFor'] ?? '', input.value.trim());
      return ordered.map((person) => rowOf(person, typed.get(person.code) ?? labels[person.code] ?? ''));
    });

  /**
   * Writes the CSV of everyone in the table's order. Five thousand people's rows took a slow phone one task of 300 ms:
   * they are written a slice at a time (csvRecords), and the file is made from the parts.
   */
  async function downloadCsv() {
    if (!summary) return;
    const people = ordered;
    const today = data.banks[0];
    // One column per question: today's bank first, in its order, then any question only an earlier bank asked.
    const itemIds = [...(today?.items.map((item) => item.id) ?? [])];
    for (const bank of data.banks.slice(1))
      for (const item of bank.items) if (!itemIds.includes(item.id)) itemIds.push(item.id);
    const nameOf = new Map(data.skills.map((skill) => [skill.id, skill.name]));
    const names = (ids: readonly string[]) => ids.map((id) => nameOf.get(id) ?? id).join('; ');
    const header = [
      say('group.table.label'),
      say('group.table.code'),
      say('group.csv.bank'),
      say('group.table.outcome'),
      say('group.table.front'),
      say('group.table.back'),
      say('group.table.gap'),
      say('group.csv.notes'),
      say('group.csv.develop'),
      say('group.csv.strengths'),
      ...itemIds.map((id) => {
        const number = today?.items.findIndex((item) => item.id === id) ?? -1;
        return number >= 0 ? `${number + 1} ${id}` : id;
      }),
    ];
    const rowOfPerson = (person: GroupPerson) => [
      labels[person.code] ?? '',
      groupResultCode(person.code),
      person.bankVersion,
      say(`result.verdict.${person.result.outcome}`),
      person.result.scores.front,
      person.result.scores.back,
      Math.abs(person.result.difference),
      person.result.notes.join('; '),
      names(person.result.toDevelop),
      names(person.result.strengths),
      ...itemIds.map((id) => person.answers[id] ?? null),
    ];
    // Each slice's text is made into a Blob as it is written: one Blob of the whole text would encode megabytes in
    // the last task.
    const parts = [new Blob([toCsv(header, [])])];
    let next = 0;
    await inSlices(
      () => {
        parts.push(new Blob([csvRecords(header.length, people.slice(next, next + peoplePerStep).map(rowOfPerson))]));
        next += peoplePerStep;
        return next >= people.length;
      },
      () => true,
    );
    const blob = new Blob(parts, { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${say('group.csv.file')}-${new Date().toISOString().slice(0, 10)}.csv`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  /** Scans a pasted or opened text a part at a time, then reads what it found. */
  async function start(text: string) {
    const thisRun = ++run;
    showError('');
    if (status) status.textContent = say('group.reading');
    // The click's own task only says "reading": the work starts in the next one.
    await nextTask();
    if (thisRun !== run) return;
    const scan = startScan(text);
    if (
      !(await inSlices(
        () => scanLines(scan, linesPerStep),
        () => thisRun === run,
      ))
    )
      return;
    const found: FoundCodes = foundIn(scan);
    if (found.entries.length === 0) {
      if (status) status.textContent = '';
      showError(say('group.empty'));
      textArea?.focus();
      return;
    }
    labels = {};
    kept?.forget();
    await nextTask();
    if (thisRun !== run) return;
    void readEntries(found.entries, found);
  }

  const pastedText = holdLongPastes(textArea, (length) =>
    say('group.paste.held', { count: formatWholeNumber(length) }),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void start(pastedText());
  });

  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    // Read as bytes, not file.text(): a chat saved as Thai "ANSI" (Windows-874) is not UTF-8 (src/lib/text-file.ts).
    file.arrayBuffer().then(
      (buffer) => {
        const decoded = decodeTextFile(new Uint8Array(buffer));
        if ('problem' in decoded) showError(say('group.file.failed'));
        else void start(decoded.text);
      },
      () => showError(say('group.file.failed')),
    );
  });

  // Keeping, reopening and deleting groups, and following changes other tabs make to them. In a task of its own:
  // the page's first read of storage is a few milliseconds on a desktop, and on a slow phone it made the script's
  // start one long task with the rest of the set-up.
  let kept: ReturnType<typeof startKeptGroups> | undefined;
  void nextTask().then(() => {
    kept = startKeptGroups({
      root,
      rowsBody,
      locale: data.locale,
      banks: data.banks,
      say,
      hasSummary: () => summary !== undefined,
      entries: () => entries,
      labels: () => labels,
      setLabels: (next) => {
        labels = next;
      },
      show: (shown, quiet) => {
        if (!quiet) showError('');
        void readEntries(shown, { truncated: false, tooMany: false }, quiet);
      },
    });
  });
}
