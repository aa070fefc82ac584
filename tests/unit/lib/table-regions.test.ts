import { describe, expect, it } from 'vitest';
import { declareTableColumns, wrapTablesInRegions } from '../../../src/lib/table-regions';

const region = (id: string, table: string) =>
  `<div class="table-scroll" tabindex="0" role="region" aria-labelledby="${id}">${table}</div>`;

describe('wrapTablesInRegions', () => {
  it('puts a Markdown table in a focusable region named by the heading above it', () => {
    const table = '<table>\n<thead><tr><th>Skill</th></tr></thead>\n</table>';
    expect(wrapTablesInRegions(`<h2 id="skills">Skills</h2>\n<p>Intro</p>\n${table}\n<p>After</p>`)).toBe(
      `<h2 id="skills">Skills</h2>\n<p>Intro</p>\n${region('skills', table)}\n<p>After</p>`,
    );
  });

  it('names each of several tables by its own closest heading', () => {
    const html = '<h2 id="a">A</h2><table>1</table><h3 id="b">B</h3><p></p><table class="x">2</table>';
    expect(wrapTablesInRegions(html)).toBe(
      `<h2 id="a">A</h2>${region('a', '<table>1</table>')}<h3 id="b">B</h3><p></p>${region('b', '<table class="x">2</table>')}`,
    );
  });

  it('leaves a table that already scrolls in a box, or that has no named heading to be labelled by', () => {
    const unchanged = [
      '<h2 id="a">A</h2><div class="table-scroll" tabindex="0" role="region" aria-labelledby="a"><table></table></div>',
      '<h3>Path scores</h3><table><tr><td>1</td></tr></table>',
      '<table></table>',
      '<p>No table here</p>',
    ];
    for (const html of unchanged) expect(wrapTablesInRegions(html)).toBe(html);
  });
});

describe('declareTableColumns', () => {
  it('declares one column per cell of the first row, before any row, so a half-arrived table keeps its columns', () => {
    const rows =
      '\n<thead>\n<tr>\n<th>Skill</th>\n<th>Front</th>\n<th>Back</th>\n</tr>\n</thead>\n<tbody><tr><td>a</td><td>b</td><td>c</td></tr></tbody>\n';
    expect(declareTableColumns(`<p>x</p><table>${rows}</table><p>y</p>`)).toBe(
      `<p>x</p><table><colgroup><col><col><col></colgroup>${rows}</table><p>y</p>`,
    );
  });

  it('counts each table on its own, header cells and data cells alike', () => {
    expect(declareTableColumns('<table><tr><td>1</td><td>2</td></tr></table><table><tr><th>A</th></tr></table>')).toBe(
      '<table><colgroup><col><col></colgroup><tr><td>1</td><td>2</td></tr></table><table><colgroup><col></colgroup><tr><th>A</th></tr></table>',
    );
  });

  it('leaves tables with a class, declared columns, a spanning first row or no rows as they are', () => {
    const unchanged = [
      '<table class="group-table"><tr><th>A</th></tr></table>',
      '<table><colgroup><col></colgroup><tr><th>A</th></tr></table>',
      '<table><tr><th colspan="2">A</th></tr><tr><td>1</td><td>2</td></tr></table>',
      '<table></table>',
      '<p>No table</p>',
    ];
    for (const html of unchanged) expect(declareTableColumns(html)).toBe(html);
  });
});
