/**
 * Writes a table as a CSV file that opens with its Thai text intact in Excel and Google Sheets, for counsellors to
 * keep a group's results. Pure: rows in, text out; the page makes the download.
 */

/** A cell: text, a number, or nothing. */
export type CsvCell = string | number | null | undefined;

// Without a byte-order mark Excel reads the file in the computer's own code page, and Thai comes out as mojibake.
const byteOrderMark = '\uFEFF';
const recordEnd = '\r\n';
// A cell starting with these is run as a formula by Excel, Sheets or LibreOffice (CSV injection): labels are typed
// by counsellors and chat text is pasted by anyone, so neither is trusted.
const formulaStarts = ['=', '+', '-', '@', '\t', '\r'];
// RFC 4180 quotes fields holding its separators; spreadsheets also trim unquoted spaces at either end.
const needsQuotes = /[",\r\n]|^ | $/u;

function field(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  // String() writes the shortest text that reads back as the same number, with a full stop whatever the locale;
  // NaN and the infinities are no value a spreadsheet could compute with, so they are left empty.
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = formulaStarts.some((start) => cell.startsWith(start)) ? `'${cell}` : cell;
  return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function record(cells: readonly CsvCell[], width: number): string {
  const fields = cells.map(field);
  // Every record gets as many fields as the header (RFC 4180 asks for it); a longer row is kept whole, never cut.
  while (fields.length < width) fields.push('');
  // A line with nothing on it is skipped as blank by some readers: a record of one empty field is written "".
  return fields.length === 1 && fields[0] === '' ? '""' : fields.join(',');
}

/**
 * A CSV file (RFC 4180) of a header and rows: a UTF-8 byte-order mark, then each record ended by CR LF. Fields are
 * quoted when they hold a comma, a double quote, CR or LF, or start or end with a space; numbers are written
 * plainly with a full stop; null and undefined are empty fields; text starting with =, +, -, @, tab or CR gets a
 * leading ' so that no spreadsheet runs it as a formula.
 * @example toCsv(['name', 'alpha'], [['สมชาย', 0.5]]) // '\uFEFFname,alpha\r\nสมชาย,0.5\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return byteOrderMark + csvRecords(header.length, [header, ...rows]);
}

/**
 * The records of `rows` as toCsv writes them, each padded to `width` fields, with no byte-order mark: a long file
 * can be written a part at a time, toCsv(header, []) first, then the rows' parts in order.
 * @example csvRecords(2, [['=1+1'], ['a', 'b']]) // "'=1+1,\r\na,b\r\n"
 */
export function csvRecords(width: number, rows: readonly (readonly CsvCell[])[]): string {
  return rows.map((cells) => record(cells, width) + recordEnd).join('');
}
