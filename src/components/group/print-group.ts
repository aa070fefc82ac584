/**
 * The group page on paper: everyone, not just the fifty rows the screen shows at a time, each name as plain text.
 * The screen's table keeps its page and its text boxes; a second body of the same table holds the printed rows, so
 * the header row is the one repeated on every printed page. It is filled just before printing (the page's own button
 * calls window.print(), which fires beforeprint too) and emptied after, so the screen never lays out a thousand rows.
 */

/**
 * Fills the table's print-only body with `printedRows()` before each print and empties it after. While it is full
 * the table carries `data-printing`, and the print style hides the screen's rows: a browser that never says it is
 * printing still prints the screen's page of rows rather than none.
 * `printedRows` returns everyone, in the table's order, with the names as text.
 */
export function startGroupPrint(table: HTMLTableElement, printedRows: () => HTMLTableRowElement[]): void {
  const body = table.querySelector<HTMLTableSectionElement>('[data-group-print-rows]');
  if (!body) return;
  window.addEventListener('beforeprint', () => {
    body.replaceChildren(...printedRows());
    body.hidden = false;
    table.dataset['printing'] = '';
  });
  window.addEventListener('afterprint', () => {
    body.hidden = true;
    body.replaceChildren();
    delete table.dataset['printing'];
  });
}
