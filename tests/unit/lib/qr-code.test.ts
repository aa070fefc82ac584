import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { qrCode, qrCodeSvg } from '../../../src/lib/qr-code';

/** Draws the path back into a grid of modules, to compare with the encoder's own matrix. */
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

describe('qrCode', () => {
  it('draws exactly the dark modules of the code, inside a 4-module quiet zone', () => {
    const url = 'https://career.example.org/th/quiz/';
    const { data } = encode(url, { ecc: 'M', border: 0 });
    const code = qrCode(url);
    expect(code.size).toBe(data.length + 8);
    const drawn = modulesOf(code.path, code.size);
    data.forEach((row, y) =>
      row.forEach((dark, x) => {
        expect([x, y, drawn[y + 4]?.[x + 4]]).toEqual([x, y, dark]);
      }),
    );
    // Nothing in the quiet zone.
    expect(drawn[0]?.some(Boolean)).toBe(false);
    expect(drawn.every((row) => !row[0] && !row[code.size - 1])).toBe(true);
  });

  it('grows with the text: a short link stays a small, easily scanned code', () => {
    expect(qrCode('https://career.example.org/th/quiz/').version).toBe(3);
    expect(qrCode(`https://career.example.org/th/quiz/?${'x'.repeat(200)}`).version).toBeGreaterThan(6);
  });
});

describe('qrCodeSvg', () => {
  it('draws the code as an image with an escaped label', () => {
    const url = 'https://career.example.org/th/result/#1A2B3';
    const svg = qrCodeSvg(url, 'QR "result" <code>');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="QR &quot;result&quot; &lt;code>"');
    expect(svg).toContain(`d="${qrCode(url).path}"`);
  });

  it('keeps a result link (69 characters here: the page and a 25-character code) to a version 5 code', () => {
    const link = `https://career-check.example.org/th/result/#${'1A2B3C4D5E'.repeat(2)}12345`;
    expect(link).toHaveLength(69);
    // Version 5 is 37 modules a side, which a phone reads easily off a screen or an A4 printout.
    expect(qrCode(link).version).toBe(5);
  });
});
