import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords, toCsv, type CsvCell } from '../../../src/lib/csv';
import { parseCsv } from '../../support/csv-parse';

/** The records of a file written by toCsv, after checking that it starts with the byte-order mark. */
function readBack(csv: string): string[][] {
  expect(csv.codePointAt(0)).toBe(0xfeff);
  return parseCsv(csv.slice(1));
}

describe('the strict CSV reader these tests use', () => {
  it('reads well-formed records and refuses anything RFC 4180 does not allow', () => {
    expect(parseCsv('a,"b,""c"""\r\n,\r\n')).toEqual([
      ['a', 'b,"c"'],
      ['', ''],
    ]);
    for (const broken of ['a,"b\r\n', 'a"b\r\n', '"a"b\r\n', 'a\nb\r\n', 'a\rb\r\n', 'a,b', 'a\r\nb']) {
      expect(() => parseCsv(broken), JSON.stringify(broken)).toThrow();
    }
  });
});

describe('toCsv', () => {
  it('writes a byte-order mark, then each record ended by CR LF', () => {
    expect(toCsv(['name', 'alpha'], [['สมชาย', 0.5]])).toBe('\uFEFFname,alpha\r\nสมชาย,0.5\r\n');
    expect(toCsv(['code'], [])).toBe('\uFEFFcode\r\n');
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x\r\ny', 1],
        ['', 2],
        [null, 3],
      ],
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(readBack(csv)).toHaveLength(4);
  });

  it('keeps Thai text, commas, quotes and line breaks inside fields through a round trip', () => {
    const header = ['ชื่อ', 'ผล, ฝั่ง', 'หมายเหตุ "ครู"'];
    const rows = [
      ['สมชาย ใจดี', 'หน้าร้าน (front office)', 'ชอบคุยกับลูกค้า, ทำงานเป็นทีม'],
      ['นิด', 'หลังร้าน', 'บอกว่า "ชอบตัวเลข"\nและงานเอกสาร'],
      ['ต้น', 'ยังไม่ชัด', 'บรรทัดแรก\r\nบรรทัดสอง\rบรรทัดสาม'],
      ['"ในเครื่องหมาย"', '""', '"'],
      ['ภาษาไทย ๑๒๓ ✓ 😀', 'ก่อน,หลัง', ',,,'],
    ];
    expect(readBack(toCsv(header, rows))).toEqual([header, ...rows]);
  });

  it('quotes a field only when it has to: separators, quotes, or a space at either end', () => {
    expect(toCsv(['a b', 'ไทย ไทย', 'x'], [[' lead', 'trail ', ' ']])).toBe(
      '\uFEFFa b,ไทย ไทย,x\r\n" lead","trail "," "\r\n',
    );
    expect(toCsv(['q'], [['say "hi"'], ['a,b'], ['a\nb'], ['a\rb']])).toBe(
      '\uFEFFq\r\n"say ""hi"""\r\n"a,b"\r\n"a\nb"\r\n"a\rb"\r\n',
    );
    expect(readBack(toCsv(['x'], [[' lead'], ['trail ']]))).toEqual([['x'], [' lead'], ['trail ']]);
  });

  it('writes null, undefined and empty text as empty fields, and pads short rows to the header', () => {
    const csv = toCsv(['a', 'b', 'c'], [[null, undefined, ''], ['only'], [], ['1', '2', '3', 'extra']]);
    expect(readBack(csv)).toEqual([
      ['a', 'b', 'c'],
      ['', '', ''],
      ['only', '', ''],
      ['', '', ''],
      ['1', '2', '3', 'extra'],
    ]);
  });

  it('writes a record of one empty field as "", so that no reader skips it as a blank line', () => {
    const csv = toCsv(['note'], [[null], [''], ['x']]);
    expect(csv).toBe('\uFEFFnote\r\n""\r\n""\r\nx\r\n');
    expect(readBack(csv)).toEqual([['note'], [''], [''], ['x']]);
  });

  it('writes numbers plainly with a full stop, negative ones without a guard, and no number as empty', () => {
    const numbers = [0, 3, 0.85, -0.25, 12.5, 1234567.891, -0, 0.1 + 0.2, 1e21, 1.5e-7, NaN, Infinity, -Infinity];
    const csv = toCsv(
      ['n'],
      numbers.map((value) => [value]),
    );
    expect(readBack(csv).slice(1)).toEqual(
      ['0', '3', '0.85', '-0.25', '12.5', '1234567.891', '0', '0.30000000000000004', '1e+21', '1.5e-7', '', '', ''].map(
        (text) => [text],
      ),
    );
    // Read back as numbers, they are the very same values.
    for (const value of [0.85, -0.25, 0.1 + 0.2, 1.5e-7, 1e21, Number.MAX_VALUE, Number.MIN_VALUE]) {
      expect(Number(readBack(toCsv(['n'], [[value]]))[1]?.[0])).toBe(value);
    }
  });

  it('puts a quote mark before text a spreadsheet would run as a formula, wherever it stands', () => {
    const labels = [
      '=SUM(A1:A9)',
      '=HYPERLINK("http://evil.example","คลิก")',
      '+66812345678',
      '-5',
      '-',
      '@SUM(1+1)',
      '\t=1+1',
      '\r=1+1',
      '=1,2',
    ];
    const guarded = labels.map((label) => `'${label}`);
    expect(readBack(toCsv(labels, [labels]))).toEqual([guarded, guarded]);
    expect(toCsv(['=1+1'], [])).toBe("\uFEFF'=1+1\r\n");
    expect(toCsv(['-5'], [[-5]])).toBe("\uFEFF'-5\r\n-5\r\n");
  });

  it('leaves text that only contains formula marks, or starts with a space or quote mark, as it is', () => {
    const labels = ['a=b', '1+1', 'x-y', 'me@example.org', " '=1", "'=1", '0812345678', 'ก=ข'];
    expect(readBack(toCsv(labels, []))).toEqual([labels]);
  });

  it('round-trips any text, with the quote mark before formula-like text the only change', () => {
    const unit = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.constantFrom('"', ',', '\r', '\n', '\r\n', ' ', '=', '+', '-', '@', '\t', "'", 'ก', '\uFEFF', '\uD800'),
    );
    const text = fc.array(unit, { maxLength: 8 }).map((pieces) => pieces.join(''));
    const expected = (value: string) => (/^[=+\-@\t\r]/u.test(value) ? `'${value}` : value);
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { maxLength: 6 }), (rows) => {
        const header = ['a', 'b', 'c'];
        expect(readBack(toCsv(header, rows))).toEqual([header, ...rows.map((row) => row.map(expected))]);
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips mixed cells: numbers as their shortest text, nothing as empty', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer(),
      fc.constant(null),
      fc.constant(undefined),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 2, maxLength: 2 }), { maxLength: 6 }), (rows) => {
        const shown = (value: CsvCell) =>
          value === null || value === undefined
            ? ''
            : typeof value === 'number'
              ? String(value)
              : /^[=+\-@\t\r]/u.test(value)
                ? `'${value}`
                : value;
        const read = readBack(toCsv(['x', 'y'], rows)).slice(1);
        expect(read).toEqual(rows.map((row) => row.map(shown)));
        for (const [rowIndex, row] of rows.entries()) {
          for (const [column, value] of row.entries()) {
            if (typeof value === 'number') expect(Number(read[rowIndex]?.[column])).toBe(value === 0 ? 0 : value);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('csvRecords', () => {
  it('writes a file a part at a time that is the very file toCsv writes at once', () => {
    const cell = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null), fc.constantFrom('=1', 'ก,ข'));
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 5 }),
        (rows, partSize) => {
          const header = ['ชื่อ', 'code', 'x'];
          const parts = [toCsv(header, [])];
          for (let start = 0; start < rows.length; start += partSize)
            parts.push(csvRecords(header.length, rows.slice(start, start + partSize)));
          expect(parts.join('')).toBe(toCsv(header, rows));
        },
      ),
    );
  });

  it('pads each record to the width and guards formulas, with no byte-order mark', () => {
    expect(csvRecords(2, [['=1+1'], ['a', 'b']])).toBe("'=1+1,\r\na,b\r\n");
    expect(csvRecords(3, [])).toBe('');
  });
});
