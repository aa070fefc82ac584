import { describe, expect, it } from 'vitest';
import { qrCode, qrCodeSvg } from '../../../src/lib/qr-code';

/** Draws the path back into a grid of modules (`grid[y][x]`, true for dark), quiet zone included. */
function modulesOf(path: string, size: number): boolean[][] {
  const grid = Array.from({ length: size }, () => Array.from({ length: size }, () => false));
  for (const match of path.matchAll(/M(\d+) (\d+(?:\.5)?)h(\d+)/gu)) {
    const [x, y, width] = [Number(match[1]), Math.floor(Number(match[2])), Number(match[3])];
    for (let offset = 0; offset < width; offset++) {
      const row = grid[y];
      if (row) row[x + offset] = true;
    }
  }
  return grid;
}

/** The symbol without its 4-module quiet zone. */
const symbolOf = (grid: boolean[][]) => grid.slice(4, -4).map((row) => row.slice(4, -4));

/** A square of modules as text, `#` dark and `.` light, one string per row. */
const picture = (symbol: boolean[][], left: number, top: number, side: number) =>
  symbol.slice(top, top + side).map((row) =>
    row
      .slice(left, left + side)
      .map((dark) => (dark ? '#' : '.'))
      .join(''),
  );

const finderPattern = ['#######', '#.....#', '#.###.#', '#.###.#', '#.###.#', '#.....#', '#######'];
const alignmentPattern = ['#####', '#...#', '#.#.#', '#...#', '#####'];

/** Level M codes of versions 1-6: total codewords, and data codewords as blocks × codewords per block. */
const levelM: Record<number, { total: number; blocks: number; perBlock: number }> = {
  1: { total: 26, blocks: 1, perBlock: 16 },
  2: { total: 44, blocks: 1, perBlock: 28 },
  3: { total: 70, blocks: 1, perBlock: 44 },
  4: { total: 100, blocks: 2, perBlock: 32 },
  5: { total: 134, blocks: 2, perBlock: 43 },
  6: { total: 172, blocks: 4, perBlock: 27 },
};

const masks: ((x: number, y: number) => boolean)[] = [
  (x, y) => (x + y) % 2 === 0,
  (_x, y) => y % 2 === 0,
  (x) => x % 3 === 0,
  (x, y) => (x + y) % 3 === 0,
  (x, y) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0,
  (x, y) => ((x * y) % 2) + ((x * y) % 3) === 0,
  (x, y) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0,
  (x, y) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0,
];

/**
 * The format information (ISO/IEC 18004, 7.9) in both its copies: error-correction level and mask, after
 * checking the BCH code. Level bits: 01 L, 00 M, 11 Q, 10 H.
 */
function formatOf(symbol: boolean[][]) {
  const size = symbol.length;
  const at = (x: number, y: number) => (symbol[y]?.[x] ? 1 : 0);
  let first = 0;
  let second = 0;
  for (let bit = 0; bit < 15; bit++) {
    const [x1, y1] = bit < 6 ? [8, bit] : bit === 6 ? [8, 7] : bit === 7 ? [8, 8] : bit === 8 ? [7, 8] : [14 - bit, 8];
    const [x2, y2] = bit < 8 ? [size - 1 - bit, 8] : [8, size - 15 + bit];
    first |= at(x1, y1) << bit;
    second |= at(x2, y2) << bit;
  }
  const data = (first ^ 0x5412) >> 10;
  let remainder = data;
  for (let step = 0; step < 10; step++) remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537);
  return {
    level: ['M', 'L', 'H', 'Q'][data >> 3],
    mask: data & 7,
    copiesAgree: first === second,
    checkIsRight: (((data << 10) | remainder) ^ 0x5412) === first,
  };
}

/**
 * Reads a level-M symbol of version 1-6 back into its text, by its own route: unmask, read the codewords in the
 * standard zigzag, take the data codewords out of their blocks, then one byte-mode segment. Error correction is not
 * applied: a drawn code has no errors to correct.
 */
function decodeSymbol(symbol: boolean[][]): { mode: number; text: string } {
  const size = symbol.length;
  const version = (size - 17) / 4;
  const layout = levelM[version];
  if (!layout) throw new Error(`No layout for version ${version}`);
  const { mask } = formatOf(symbol);
  const alignment = 4 * version + 10;
  const isFunction = (x: number, y: number) =>
    (x < 9 && y < 9) ||
    (x >= size - 8 && y < 9) ||
    (x < 9 && y >= size - 8) ||
    x === 6 ||
    y === 6 ||
    (version >= 2 && Math.abs(x - alignment) <= 2 && Math.abs(y - alignment) <= 2);
  const bits: number[] = [];
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    const upward = ((right + 1) & 2) === 0;
    for (let step = 0; step < size; step++) {
      const y = upward ? size - 1 - step : step;
      for (const x of [right, right - 1]) {
        if (isFunction(x, y) || bits.length >= layout.total * 8) continue;
        const dark = symbol[y]?.[x] ?? false;
        bits.push(dark !== (masks[mask] ?? (() => false))(x, y) ? 1 : 0);
      }
    }
  }
  const codewords = Array.from({ length: layout.total }, (_, index) =>
    bits.slice(index * 8, index * 8 + 8).reduce((byte, bit) => (byte << 1) | bit, 0),
  );
  const data: number[] = [];
  for (let block = 0; block < layout.blocks; block++)
    for (let index = 0; index < layout.perBlock; index++) data.push(codewords[index * layout.blocks + block] ?? 0);
  const stream = data.flatMap((byte) => Array.from({ length: 8 }, (_, bit) => (byte >> (7 - bit)) & 1));
  const read = (start: number, length: number) =>
    stream.slice(start, start + length).reduce((value, bit) => (value << 1) | bit, 0);
  const mode = read(0, 4);
  const count = read(4, 8);
  const bytes = Array.from({ length: count }, (_, index) => read(12 + index * 8, 8));
  return { mode, text: new TextDecoder().decode(new Uint8Array(bytes)) };
}

describe('qrCode', () => {
  const url = 'https://career.example.org/th/quiz/';

  it('draws a version 3 code (29 modules a side) inside a 4-module quiet zone: 37 modules in all', () => {
    const code = qrCode(url);
    expect(code.version).toBe(3);
    expect(code.size).toBe(37);
    const drawn = modulesOf(code.path, 37);
    const quietRows = [...drawn.slice(0, 4), ...drawn.slice(33)];
    expect(quietRows.flat().some(Boolean)).toBe(false);
    expect(drawn.some((row) => [0, 1, 2, 3, 33, 34, 35, 36].some((x) => row[x]))).toBe(false);
  });

  it('writes the path as nothing but one-module-high runs: "M x y h width", y on the middle of the row', () => {
    const { path } = qrCode(url);
    expect(path).toMatch(/^(?:M\d+ \d+\.5h\d+)+$/u);
    // The top row of the symbol (row 4 with the quiet zone) starts with the top edge of two finders, 7 modules
    // each, at columns 4 and 26.
    expect(path.startsWith('M4 4.5h7')).toBe(true);
    expect(path).toContain('M26 4.5h7');
  });

  it('puts the finder, timing and alignment patterns where a scanner looks for them', () => {
    const symbol = symbolOf(modulesOf(qrCode(url).path, 37));
    expect(picture(symbol, 0, 0, 7)).toEqual(finderPattern);
    expect(picture(symbol, 22, 0, 7)).toEqual(finderPattern);
    expect(picture(symbol, 0, 22, 7)).toEqual(finderPattern);
    // Version 3's one alignment pattern is centred on module (22, 22).
    expect(picture(symbol, 20, 20, 5)).toEqual(alignmentPattern);
    // Light separators around the finders.
    expect(picture(symbol, 0, 0, 8)[7]).toBe('........');
    expect(
      symbol
        .slice(0, 8)
        .map((row) => (row[7] ? '#' : '.'))
        .join(''),
    ).toBe('........');
    // Timing patterns between the finders, along row 6 and column 6, starting and ending dark.
    expect(picture(symbol, 8, 6, 13)[0]).toBe('#.#.#.#.#.#.#');
    expect(
      symbol
        .slice(8, 21)
        .map((row) => (row[6] ? '#' : '.'))
        .join(''),
    ).toBe('#.#.#.#.#.#.#');
    // The module that is always dark, beside the bottom-left finder.
    expect(symbol[21]?.[8]).toBe(true);
  });

  it('is at error-correction level M, with the same, valid format information in both copies', () => {
    const format = formatOf(symbolOf(modulesOf(qrCode(url).path, 37)));
    expect(format).toMatchObject({ level: 'M', copiesAgree: true, checkIsRight: true });
  });

  it('reads back as the very text it was made from', () => {
    const { path, size } = qrCode(url);
    expect(decodeSymbol(symbolOf(modulesOf(path, size)))).toEqual({ mode: 0b0100, text: url });
    // 43 characters: one more than version 3 holds at level M, so version 4, its data in two blocks.
    const other = 'https://career.example.org/en/front-office/';
    const drawn = qrCode(other);
    expect(drawn.version).toBe(4);
    expect(drawn.size).toBe(41);
    expect(decodeSymbol(symbolOf(modulesOf(drawn.path, drawn.size)))).toEqual({ mode: 0b0100, text: other });
  });

  it('grows with the text: a short link stays a small, easily scanned code', () => {
    expect(qrCode('https://x.org/').version).toBe(1);
    expect(qrCode('https://x.org/').size).toBe(29);
    expect(qrCode(`https://career.example.org/th/quiz/?${'x'.repeat(200)}`).version).toBeGreaterThan(6);
  });
});

describe('qrCodeSvg', () => {
  it('draws the code as a black-on-white image with an escaped label', () => {
    const url = 'https://career.example.org/th/result/#1A2B3';
    const svg = qrCodeSvg(url, 'QR "result" <code> & more');
    expect(svg).toMatch(/^<svg class="qr-code" role="img" /u);
    expect(svg).toContain('aria-label="QR &quot;result&quot; &lt;code> &amp; more"');
    // 44 characters: version 4, 33 modules a side and the quiet zone.
    expect(svg).toContain('viewBox="0 0 41 41"');
    expect(svg).toContain('<rect width="41" height="41" fill="#fff"/>');
    expect(svg).toContain('stroke="#000"');
    const path = /<path d="([^"]*)"/u.exec(svg)?.[1] ?? '';
    expect(decodeSymbol(symbolOf(modulesOf(path, 41)))).toEqual({ mode: 0b0100, text: url });
  });

  it('keeps a result link (69 characters here: the page and a 25-character code) to a version 5 code', () => {
    const link = `https://career-check.example.org/th/result/#${'1A2B3C4D5E'.repeat(2)}12345`;
    expect(link).toHaveLength(69);
    // Version 5 is 37 modules a side, which a phone reads easily off a screen or an A4 printout.
    const code = qrCode(link);
    expect(code.version).toBe(5);
    expect(code.size).toBe(45);
    expect(decodeSymbol(symbolOf(modulesOf(code.path, code.size)))).toEqual({ mode: 0b0100, text: link });
  });
});
