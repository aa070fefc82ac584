/**
 * A table wider than a narrow phone scrolls sideways in a box of its own instead of squeezing words apart. Explainer
 * tables come from Markdown, which cannot say so, so the built HTML gets the box (src/integrations/finish-html.ts):
 * a region named by the heading above the table (aria-labelledby), focusable so a keyboard can scroll it (axe's
 * scrollable-region-focusable). src/styles/chrome.css draws the shadow that shows there is more to see.
 */

/**
 * Wraps each `<table>` that is not in a scroll box yet, and whose closest heading before it has an id, in
 * `<div class="table-scroll" tabindex="0" role="region" aria-labelledby="…">`. A table without such a heading is left
 * as it is: a region needs a name.
 * @example wrapTablesInRegions('<h2 id="a">A</h2><table></table>') // '<h2 id="a">A</h2><div class="table-scroll" tabindex="0" role="region" aria-labelledby="a"><table></table></div>'
 */
export function wrapTablesInRegions(html: string): string {
  let result = '';
  let rest = html;
  for (let start = rest.search(/<table[\s>]/u); start !== -1; start = rest.search(/<table[\s>]/u)) {
    const end = rest.indexOf('</table>', start) + '</table>'.length;
    const before = result + rest.slice(0, start);
    const headingId = [...before.matchAll(/<h[1-6]\b([^>]*)>/gu)].at(-1)?.[1]?.match(/\bid="([^"]+)"/u)?.[1];
    const wrapped = /<div class="table-scroll"[^>]*>\s*$/u.test(before);
    const table = rest.slice(start, end);
    result +=
      rest.slice(0, start) +
      (wrapped || headingId === undefined
        ? table
        : `<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${headingId}">${table}</div>`);
    rest = rest.slice(end);
  }
  return result + rest;
}

/** How wide a letter is, in em of the table's font: near enough to share a table's width among its columns. */
function letterWidth(letter: string): number {
  if (/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u2060]/u.test(letter)) return 0;
  if (/\s/u.test(letter)) return 0.28;
  if (/[A-Z\u0E01-\u0E2E]/u.test(letter)) return 0.62;
  if (/[\p{L}\p{N}]/u.test(letter)) return 0.52;
  return 0.35;
}

const widthOf = (text: string): number => [...text].reduce((sum, letter) => sum + letterWidth(letter), 0);
/** A cell's padding and border on both sides, in em. */
const cellPadding = 1;
/** A column whose longest text is at most this wide (em) is given that width, so its text never wraps. */
const fittedColumnMax = 12;

/** The text of a cell as read: tags dropped, entities as one letter. */
const cellText = (cell: string): string =>
  cell
    .replace(/<br\s*\/?>/gu, ' ')
    .replace(/<[^>]*>/gu, '')
    .replace(/&nbsp;|&#160;/gu, '\u00A0')
    .replace(/&[#\w]+;/gu, '&');

/**
 * How a table's width is shared, in em of its font. A column of short texts (numbers, names, single words) gets a
 * width that fits its longest text, so it never wraps; columns of sentences (`undefined`) share what is left. The
 * table is never narrower than `minWidth`: the short columns plus the longest word of each sentence column (a word
 * as `unitsOf` splits the text: at spaces, and between Thai words), so a phone scrolls it rather than cut a word.
 * @example shareTableColumns([['No.', 'Question'], ['1', 'Do you like to talk to customers all day long, and why?']], (text) => text.split(' '))
 * // { widths: [3, undefined], minWidth: 16 }
 */
export function shareTableColumns(
  rows: readonly (readonly string[])[],
  unitsOf: (text: string) => string[],
): { widths: (number | undefined)[]; minWidth: number } {
  const columns = Math.max(...rows.map((row) => row.length));
  const narrowest = Array.from({ length: columns }, () => 0);
  const longest = Array.from({ length: columns }, () => 0);
  for (const row of rows) {
    row.forEach((text, column) => {
      const words = Math.max(0, ...unitsOf(text).map(widthOf));
      narrowest[column] = Math.max(narrowest[column] ?? 0, words + cellPadding);
      longest[column] = Math.max(longest[column] ?? 0, widthOf(text) + cellPadding);
    });
  }
  const widths = longest.map((width) => (width <= fittedColumnMax ? Math.max(3, Math.ceil(width)) : undefined));
  const needed = widths.reduce<number>((sum, width, column) => sum + (width ?? Math.ceil(narrowest[column] ?? 0)), 0);
  return { widths, minWidth: Math.min(48, Math.max(16, Math.ceil(needed / 2) * 2)) };
}

/**
 * Declares the columns of each plain `<table>` (Markdown's, with no class) before its first row, each as wide as its
 * text asks (`shareTableColumns`): a `<colgroup>` of `<col class="col-N">` (N em) or `<col>` (a share of the rest),
 * and a class `table-min-M` on the table (M em), styled in src/styles/text.css. With `table-layout: fixed` the columns have
 * their widths before any cell has arrived, so a table Chromium paints half-arrived keeps its columns as the rest
 * comes in, and a narrow phone scrolls the table rather than break a word. A table whose first row spans columns,
 * or that declares its columns already, is left as it is.
 * @example declareTableColumns('<table><tr><th>No.</th><th>Question</th></tr></table>', (text) => text.split(' '))
 * // '<table class="table-min-16"><colgroup><col class="col-3"><col class="col-6"></colgroup><tr><th>No.</th><th>Question</th></tr></table>'
 */
export function declareTableColumns(html: string, unitsOf: (text: string) => string[]): string {
  return html.replace(/<table>([\s\S]*?)<\/table>/gu, (table: string, inside: string) => {
    const rows = [...inside.matchAll(/<tr\b[^>]*>([\s\S]*?)<\/tr>/gu)].map((row) => row[1] ?? '');
    const firstRow = rows[0];
    if (firstRow === undefined || /<colgroup\b/u.test(inside) || /\bcolspan=/u.test(firstRow)) return table;
    const cells = rows.map((row) =>
      [...row.matchAll(/<t[hd]\b[^>]*>([\s\S]*?)<\/t[hd]>/gu)].map((cell) => cellText(cell[1] ?? '')),
    );
    if ((cells[0]?.length ?? 0) === 0) return table;
    const { widths, minWidth } = shareTableColumns(cells, unitsOf);
    const columns = widths.map((width) => (width === undefined ? '<col>' : `<col class="col-${width}">`)).join('');
    return `<table class="table-min-${minWidth}"><colgroup>${columns}</colgroup>${inside}</table>`;
  });
}
