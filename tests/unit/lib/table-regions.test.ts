import { describe, expect, it } from 'vitest';
import { declareTableColumns, shareTableColumns, wrapTablesInRegions } from '../../../src/lib/table-regions';

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

const words = (text: string) => text.split(/\s+/u).filter((word) => word !== '');

describe('shareTableColumns', () => {
  it('fits a number column and a short answer column to their text, and lets the question take the rest', () => {
    const rows = [
      ['No.', 'Question', 'Answer'],
      ['1', 'How well can you calm an angry customer on the phone without promising what you cannot do?', 'Well'],
      ['12', 'How well can you keep a spreadsheet of invoices in order?', 'Not yet'],
    ];
    const { widths, minWidth } = shareTableColumns(rows, words);
    const [number = 0, question, answer = 0] = widths;
    expect(number).toBeGreaterThanOrEqual(3);
    expect(number).toBeLessThan(answer);
    expect(answer).toBeLessThanOrEqual(6);
    expect(question).toBeUndefined();
    // Both fitted columns and the question's longest word ("promising", about 5 em with padding).
    expect(minWidth).toBe(16);
  });

  it('makes the table wide enough for the longest word of each sentence column, so a phone scrolls rather than cut one', () => {
    const sentence = (word: string) => `${word} is the word that matters here, so this cell runs long`;
    const { widths, minWidth } = shareTableColumns(
      [
        ['Skill', 'Front', 'Back'],
        ['Teamwork', sentence('Communication'), sentence('Responsibility')],
      ],
      words,
    );
    expect(widths[0]).toBe(6);
    expect(widths.slice(1)).toEqual([undefined, undefined]);
    // 6 em for the first column, and each 13-14 letter word with its padding: 6 + 8 + 9 em.
    expect(minWidth).toBe(24);
    // A table of very long words is capped: it then wraps inside them as it must.
    expect(shareTableColumns([[`${'x'.repeat(120)} y`, 'z']], words).minWidth).toBe(48);
  });

  it('counts Thai by the words a line may not break, from the function it is given', () => {
    const cell = 'งานหน้าบ้านหรือหลังบ้าน เป็นคำถามที่ตอบได้ไม่ยากเลยสำหรับคนที่รู้จักตัวเองดี';
    const asOne = shareTableColumns([['ทักษะ', cell]], (text) => text.split(' '));
    const asWords = shareTableColumns([['ทักษะ', cell]], (text) => text.split(/ |หรือ|เป็น|ที่/u));
    expect(asOne.minWidth).toBeGreaterThan(asWords.minWidth);
  });
});

describe('declareTableColumns', () => {
  it('declares each column, with its share of the width, before any row, so a half-arrived table keeps its columns', () => {
    const rows =
      '\n<thead>\n<tr>\n<th>Skill</th>\n<th>Front</th>\n<th>Back</th>\n</tr>\n</thead>\n<tbody><tr><td>a</td><td>b</td><td>c</td></tr></tbody>\n';
    expect(declareTableColumns(`<p>x</p><table>${rows}</table><p>y</p>`, words)).toBe(
      `<p>x</p><table class="table-min-16"><colgroup><col class="col-4"><col class="col-4"><col class="col-4"></colgroup>${rows}</table><p>y</p>`,
    );
  });

  it('counts each table on its own, header cells and data cells alike', () => {
    expect(
      declareTableColumns(
        '<table><tr><td>1</td><td>Two words</td></tr></table><table><tr><th>A</th></tr></table>',
        words,
      ),
    ).toBe(
      '<table class="table-min-16"><colgroup><col class="col-3"><col class="col-6"></colgroup><tr><td>1</td><td>Two words</td></tr></table><table class="table-min-16"><colgroup><col class="col-3"></colgroup><tr><th>A</th></tr></table>',
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
    for (const html of unchanged) expect(declareTableColumns(html, words)).toBe(html);
  });
});
