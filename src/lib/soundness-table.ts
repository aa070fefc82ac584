/**
 * The soundness figures of several banks side by side, as plain text for `npm run soundness`
 * (scripts/bank-soundness.mjs). Pure.
 */
import type { SoundnessReport, SoundnessRow } from './bank-soundness';

const cell = (value: number | null) => (value === null ? '—' : `${value.toFixed(1)} %`);

/**
 * Several banks' figures side by side, as plain text: one table of right / wrong way / no side / same on retake,
 * then one of how the no-side results split. The reports must share their leans.
 * @example formatSoundnessTables([{ title: 'today', report: soundnessReport(items) }]) // 'True lean  | today …'
 */
export function formatSoundnessTables(columns: readonly { title: string; report: SoundnessReport }[]): string {
  const leans = columns[0]?.report.rows.map((row) => row.lean) ?? [];
  const render = (
    headings: readonly string[],
    rowValues: (row: SoundnessRow) => string[],
    widths: readonly number[],
  ): string[] => {
    const cellsWidth = widths.reduce((sum, width) => sum + width + 2, -2);
    const groupWidth = Math.max(cellsWidth, ...columns.map((column) => column.title.length));
    const group = (values: readonly string[]) =>
      values
        .map((value, index) => value.padStart(widths[index] ?? 0))
        .join('  ')
        .padStart(groupWidth);
    const line = (first: string, groups: readonly string[]) => [first.padEnd(9), ...groups].join(' | ');
    const heading = line(
      'True lean',
      columns.map((column) => column.title.padEnd(groupWidth)),
    );
    const lines = [
      heading,
      line(
        '(points)',
        columns.map(() => group(headings)),
      ),
      '-'.repeat(heading.length),
    ];
    for (const [index, lean] of leans.entries())
      lines.push(
        line(
          String(lean),
          columns.map((column) => {
            const row = column.report.rows[index];
            return row === undefined ? ''.padEnd(groupWidth) : group(rowValues(row));
          }),
        ),
      );
    return lines;
  };
  const main = render(
    ['right', 'wrong way', 'no side', 'same on retake'],
    (row) => [
      cell(row.percent.right),
      cell(row.percent.wrongWay),
      cell(row.percent.noSide),
      cell(row.percent.sameOnRetake),
    ],
    [7, 9, 7, 14],
  );
  const split = render(
    ['both', 'neither', 'between', 'unclear'],
    (row) => [cell(row.percent.both), cell(row.percent.neither), cell(row.percent.between), cell(row.percent.unclear)],
    [7, 7, 7, 7],
  );
  return [...main, '', 'No side, by outcome:', ...split].join('\n');
}
