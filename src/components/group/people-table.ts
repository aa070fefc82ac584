/**
 * The group page's table of people: sorted by any column, shown fifty at a time, a name box in each row, and every
 * row on paper when the page is printed. Text only ever goes in as text, never as markup.
 */
import { outcomes, type GroupPerson } from '../../lib/group-summary';
import type { Locale } from '../../lib/i18n';
import { formatWholeNumber } from '../../lib/whole-number';
import { groupResultCode } from '../../lib/result-code';
import { fromTemplate, partOf } from '../dom-template';
import type { Say } from './summary-view';

type Column = 'label' | 'code' | 'outcome' | 'front' | 'back' | 'gap';

/**
 * The table shows this many people at a time. A table lays out all its rows again whenever one changes, and a
 * thousand rows with a text box each took a slow phone most of a second to lay out, frame after frame; fifty fit in
 * one frame. The CSV has everyone.
 */
export const rowsPerPage = 50;

export interface PeopleTableHost {
  root: HTMLElement;
  rowsBody: HTMLElement;
  locale: Locale;
  /** The detail view's address, without a fragment. */
  detailUrl: string;
  say: Say;
  /** The names typed for people, by code. */
  labels: () => Record<string, string>;
}

export class PeopleTable {
  /** Everyone in the table's order, and where the page on show starts in it. */
  ordered: GroupPerson[] = [];
  firstShown = 0;
  private sortedBy: { column: Column; descending: boolean } = { column: 'code', descending: false };
  private collator: Intl.Collator | undefined;
  private readonly host: PeopleTableHost;

  constructor(host: PeopleTableHost) {
    this.host = host;
  }

  /** Puts these people in the table's order (drawPage shows them): a task of its own for a large group. */
  order(people: readonly GroupPerson[]): void {
    this.ordered = this.sorted(people);
  }

  /** Shows the page of the table that starts at `first`, and says which people it holds. */
  drawPage(first: number): void {
    const { root, rowsBody, say } = this.host;
    const ordered = this.ordered;
    this.firstShown = Math.max(0, Math.min(first, Math.floor((ordered.length - 1) / rowsPerPage) * rowsPerPage));
    const shown = ordered.slice(this.firstShown, this.firstShown + rowsPerPage);
    rowsBody.replaceChildren(...shown.map((person) => this.rowOf(person)));
    // The height the table holds before it is first laid out (see the page's style): about its rows' own.
    const scroller = rowsBody.closest<HTMLElement>('.table-scroll');
    if (scroller) scroller.style.containIntrinsicBlockSize = `auto ${6 + shown.length * 3.25}rem`;
    const paged = ordered.length > rowsPerPage;
    for (const element of root.querySelectorAll<HTMLElement>('[data-group-pages]')) element.hidden = !paged;
    const range = root.querySelector('[data-group-range]');
    if (range)
      range.textContent = say('group.pages.range', {
        from: formatWholeNumber(this.firstShown + 1),
        to: formatWholeNumber(this.firstShown + shown.length),
        total: formatWholeNumber(ordered.length),
      });
    const previous = root.querySelector<HTMLButtonElement>('[data-group-page="previous"]');
    const next = root.querySelector<HTMLButtonElement>('[data-group-page="next"]');
    if (previous) previous.hidden = this.firstShown === 0;
    if (next) next.hidden = this.firstShown + rowsPerPage >= ordered.length;
  }

  /** Marks the column the table is sorted by, and which way, for screen readers. */
  showSortState(): void {
    for (const header of this.host.root.querySelectorAll<HTMLElement>('[data-sort-column]')) {
      if (header.dataset['sortColumn'] === this.sortedBy.column)
        header.setAttribute('aria-sort', this.sortedBy.descending ? 'descending' : 'ascending');
      else header.removeAttribute('aria-sort');
    }
  }

  /**
   * Answers a press on a column's sort button or a page button; returns whether it was one. A sort orders everyone,
   * not just the page on show, and starts again at the first page.
   */
  press(target: Element, everyone: readonly GroupPerson[] | undefined): boolean {
    const sortButton = target.closest<HTMLElement>('[data-sort]');
    if (sortButton) {
      const column = sortButton.dataset['sort'] as Column;
      const { sortedBy } = this;
      this.sortedBy = {
        column,
        descending: sortedBy.column === column ? !sortedBy.descending : column !== 'label' && column !== 'code',
      };
      if (everyone) {
        this.order(everyone);
        this.drawPage(0);
        this.showSortState();
      }
      return true;
    }
    const pageButton = target.closest<HTMLElement>('[data-group-page]');
    if (!pageButton) return false;
    this.drawPage(this.firstShown + (pageButton.dataset['groupPage'] === 'next' ? rowsPerPage : -rowsPerPage));
    // The button pressed may be gone on the new page: the line saying which people are shown takes the focus.
    this.host.root.querySelector<HTMLElement>('[data-group-range]')?.focus();
    return true;
  }

  /** Every row in the table's order as printed: each name as text, one still being typed as it stands. */
  printedRows(): HTMLTableRowElement[] {
    const typed = new Map<string, string>();
    for (const input of this.host.rowsBody.querySelectorAll<HTMLInputElement>('input[data-label-for]'))
      typed.set(input.dataset['labelFor'] ?? '', input.value.trim());
    const labels = this.host.labels();
    return this.ordered.map((person) => this.rowOf(person, typed.get(person.code) ?? labels[person.code] ?? ''));
  }

  private valueOf(person: GroupPerson, column: Column): string | number {
    if (column === 'label') return this.host.labels()[person.code] ?? '';
    if (column === 'code') return person.line;
    if (column === 'outcome') return outcomes.indexOf(person.result.outcome);
    if (column === 'front') return person.result.scores.front;
    if (column === 'back') return person.result.scores.back;
    return Math.abs(person.result.difference);
  }

  private sorted(people: readonly GroupPerson[]): GroupPerson[] {
    const { column, descending } = this.sortedBy;
    // Stable: people with equal values keep the order they were sent in.
    return [...people].sort((first, second) => {
      const a = this.valueOf(first, column);
      const b = this.valueOf(second, column);
      const order = typeof a === 'number' && typeof b === 'number' ? a - b : this.compareNames(String(a), String(b));
      return descending ? -order : order;
    });
  }

  // Made when names are first sorted, not for every summary: a Thai collator's first making loads its rules, 12–20 ms
  // on a desktop and the longest task of a summary of 1,000 people on a slowed CPU (npm run bench).
  private compareNames(a: string, b: string): number {
    this.collator ??= new Intl.Collator(this.host.locale === 'th' ? 'th' : 'en', { numeric: true });
    return this.collator.compare(a, b);
  }

  /** A row of the table (PeopleTable.astro's template): on screen the name is a text box; on paper (`printedLabel` given) it is that text. */
  private rowOf(person: GroupPerson, printedLabel?: string): HTMLTableRowElement {
    const { say, labels } = this.host;
    const row = fromTemplate<HTMLTableRowElement>(this.host.root, 'person');
    row.dataset['code'] = person.code;
    const shownCode = groupResultCode(person.code);
    const link = partOf<HTMLAnchorElement>(row, 'code');
    link.href = `${this.host.detailUrl}#${person.code}`;
    link.textContent = shownCode;
    if (!person.earlier) partOf(row, 'earlier').remove();
    const { wholeScores, difference, mismatch, outcome } = person.result;
    // A side chosen with the other side's skills rated a point higher is marked where the side is named.
    partOf(row, 'outcome').textContent =
      say(`result.verdict.${outcome}`) + (mismatch ? ` ${say('group.table.mismatch')}` : '');
    partOf(row, 'front').textContent = formatWholeNumber(wholeScores.front);
    partOf(row, 'back').textContent = formatWholeNumber(wholeScores.back);
    // To one decimal, as the verdict reads it: the whole scores beside it are each rounded, so their difference can
    // be a point off, and a gap of 17.6 against a band of 18 must not read as 18.
    partOf(row, 'gap').textContent = Math.abs(difference).toFixed(1);
    const labelCell = partOf(row, 'label');
    if (printedLabel !== undefined) {
      labelCell.textContent = printedLabel;
      return row;
    }
    const input = labelCell.querySelector('input') as HTMLInputElement;
    input.value = labels()[person.code] ?? '';
    input.dataset['labelFor'] = person.code;
    input.setAttribute('aria-label', say('group.table.labelFor', { code: shownCode }));
    return row;
  }
}
