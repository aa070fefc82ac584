/**
 * The link-preview picture (Open Graph and Twitter cards) as SVG markup, 1200 × 630: the site's name, what it
 * offers, and two score bars that show what the self-check gives. Pure: the build turns it into a PNG.
 */

export const previewImageSize = { width: 1200, height: 630 } as const;

export interface PreviewImageText {
  /** The site's name, the biggest line. */
  title: string;
  tagline: string;
  lead: string;
  /** The two kinds of work, labelling the bars. */
  front: string;
  back: string;
}

const escapeText = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/**
 * The preview picture's SVG. Every line is set in one `<text>` element with no wrapping, so each must fit on its
 * own; the content tests hold them to lengths that do. The colours are the site's own (src/styles/base.css).
 * @example previewImageSvg({ title: 'Front or Back Office?', … }) // '<svg xmlns="http://www.w3.org/2000/svg" width="1200" …'
 */
export function previewImageSvg(text: PreviewImageText): string {
  const { width, height } = previewImageSize;
  const bar = (y: number, label: string, share: number, colour: string) =>
    `<text x="80" y="${y}" font-size="34" fill="#1d1c1a">${escapeText(label)}</text>` +
    `<rect x="380" y="${y - 30}" width="740" height="34" rx="17" fill="#e4ddd1"/>` +
    `<rect x="380" y="${y - 30}" width="${Math.round(740 * share)}" height="34" rx="17" fill="${colour}"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<rect width="${width}" height="${height}" fill="#fbf8f3"/>` +
    `<rect width="${width}" height="16" fill="#0d6b64"/>` +
    `<g font-family="Noto Sans Thai, Noto Sans" font-weight="700">` +
    `<text x="80" y="170" font-size="80" fill="#1d1c1a">${escapeText(text.title)}</text>` +
    `<text x="80" y="250" font-size="42" fill="#55514b">${escapeText(text.tagline)}</text>` +
    `<text x="80" y="330" font-size="38" fill="#0d6b64">${escapeText(text.lead)}</text>` +
    bar(460, text.front, 0.64, '#a4410e') +
    bar(540, text.back, 0.42, '#1f5a99') +
    `</g></svg>`
  );
}
