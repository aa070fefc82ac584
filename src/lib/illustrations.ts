/**
 * The site's pictures: hand-drawn SVG files in public/illustrations/, one file for both languages (no words inside;
 * alt text and captions live in content/). Pure: the component that shows them (src/components/Illustration.astro)
 * reads the files when the site is built.
 */

/** Where the pictures live, inside public/ and inside the built site. */
export const illustrationFolder = 'illustrations';

/** No picture may weigh more than this (gzip bytes), and no page's pictures together more than the page budget. */
export const illustrationGzipMax = 6 * 1024;
export const pagePicturesGzipMax = 20 * 1024;

/**
 * The file of an example job's picture (content/quiz/paths.yaml gives each job an id).
 * @example jobPictureFile('accountant') // 'job-accountant.svg'
 */
export function jobPictureFile(jobId: string): string {
  return `job-${jobId}.svg`;
}

/**
 * A picture's address under the site's base path.
 * @example illustrationUrl('/career/', 'overview.svg') // '/career/illustrations/overview.svg'
 */
export function illustrationUrl(base: string, file: string): string {
  return `${base.endsWith('/') ? base : `${base}/`}${illustrationFolder}/${file}`;
}

/**
 * An SVG's own size, from the width and height of its root element or else from its viewBox, so that an <img>
 * can carry width and height and reserve its space before the file arrives.
 * @example svgSize('<svg viewBox="0 0 600 400">') // { width: 600, height: 400 }
 */
export function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/u.exec(svg)?.[0];
  if (root === undefined) throw new Error('not an SVG file: no <svg> element');
  const attribute = (name: string) => new RegExp(`\\s${name}="([^"]*)"`, 'u').exec(root)?.[1];
  const width = Number(attribute('width'));
  const height = Number(attribute('height'));
  if (width > 0 && height > 0) return { width, height };
  const [, , boxWidth = 0, boxHeight = 0, ...rest] = (attribute('viewBox') ?? '')
    .trim()
    .split(/[\s,]+/u)
    .map(Number);
  if (rest.length === 0 && boxWidth > 0 && boxHeight > 0) return { width: boxWidth, height: boxHeight };
  throw new Error('an SVG picture needs width and height, or a viewBox, on its <svg> element');
}
