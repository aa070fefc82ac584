/**
 * QR codes as small SVG markup, drawn when the site is built, so a page shows a code without any script and
 * without asking any service to draw it.
 */
import { encode } from 'uqr';

export interface QrCode {
  /** The QR version (1-40): how many modules a side has, 17 + 4 × version. */
  version: number;
  /** SVG path data: one "M x y h width" segment per run of dark modules, with a 4-module quiet zone. */
  path: string;
  /** The side of the square, quiet zone included, in modules. */
  size: number;
}

const quietZone = 4;

/**
 * Encodes text (a URL) at error-correction level M, enough for a code printed on paper and scanned by a phone.
 * @example qrCode('https://example.org/th/quiz/').version // 3
 */
export function qrCode(text: string): QrCode {
  const { data, version } = encode(text, { ecc: 'M', border: 0 });
  const segments: string[] = [];
  data.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x++;
      // The stroke is one module thick and drawn at the module's middle line.
      segments.push(`M${start + quietZone} ${y + quietZone + 0.5}h${x - start}`);
    }
  });
  return { version, path: segments.join(''), size: data.length + 2 * quietZone };
}

const escapeAttribute = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * A QR code as an SVG element's markup, black on white whatever the colour scheme, with its label for screen
 * readers. The same markup is drawn at build time (counsellor page) and in the browser (a result link).
 * @example qrCodeSvg('https://example.org/th/quiz/', 'QR code of the quiz') // '<svg class="qr-code" role="img" …'
 */
export function qrCodeSvg(text: string, label: string): string {
  const { path, size } = qrCode(text);
  return (
    `<svg class="qr-code" role="img" aria-label="${escapeAttribute(label)}" viewBox="0 0 ${size} ${size}" ` +
    `width="200" height="200" shape-rendering="crispEdges"><rect width="${size}" height="${size}" fill="#fff"/>` +
    `<path d="${path}" stroke="#000" stroke-width="1"/></svg>`
  );
}
