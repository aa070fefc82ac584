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

/**
 * Declares the columns of each plain `<table>` (Markdown's, with no class) before its first row: a `<colgroup>` with
 * one `<col>` per cell of that row. With `table-layout: fixed` the columns then have their widths before any cell
 * has arrived, so a table Chromium paints half-arrived keeps its columns as the rest comes in. A table whose first
 * row spans columns, or that declares its columns already, is left as it is.
 * @example declareTableColumns('<table><tr><th>A</th><th>B</th></tr></table>') // '<table><colgroup><col><col></colgroup><tr><th>A</th><th>B</th></tr></table>'
 */
export function declareTableColumns(html: string): string {
  return html.replace(/<table>([\s\S]*?)<\/table>/gu, (table: string, inside: string) => {
    const firstRow = /<tr\b[^>]*>([\s\S]*?)<\/tr>/u.exec(inside)?.[1];
    if (firstRow === undefined || /<colgroup\b/u.test(inside) || /\bcolspan=/u.test(firstRow)) return table;
    const cells = firstRow.match(/<t[hd]\b/gu)?.length ?? 0;
    if (cells === 0) return table;
    return `<table><colgroup>${'<col>'.repeat(cells)}</colgroup>${inside}</table>`;
  });
}
