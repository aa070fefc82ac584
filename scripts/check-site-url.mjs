// Run by `npm run build`, the build a deploy uses. The counsellor page's quiz links and QR codes, the worksheet's QR
// code, canonical and hreflang links and link previews all carry SITE_URL: built without it, they would send people
// to http://localhost:4321, this computer. `npm start`, the tests and the bench build for this computer, and leave it
// out on purpose.

/**
 * Why a SITE_URL value cannot be used for a deploy, or undefined when it can.
 * @example siteUrlProblem('https://example.org') // undefined
 * @example siteUrlProblem(undefined) // 'SITE_URL is not set. …'
 */
export function siteUrlProblem(value) {
  if (value === undefined || value.trim() === '')
    return (
      'SITE_URL is not set. A deploy needs the address the site will be served from, e.g.\n' +
      '  SITE_URL=https://example.org npm run build\n' +
      'Without it the counsellor page, its QR codes and the worksheet would point at http://localhost:4321.\n' +
      'To build and serve on this computer, run `npm start`.'
    );
  let url;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not a web address. Give the site's origin, e.g. https://example.org`;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return `SITE_URL "${value}" must start with https:// (or http://), e.g. https://example.org`;
  if (url.pathname !== '/' || url.search !== '' || url.hash !== '')
    return `SITE_URL "${value}" must be the origin only, e.g. ${url.origin}; a sub-path goes in BASE_PATH (e.g. BASE_PATH=${url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`})`;
  return undefined;
}

const isMain = import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const problem = siteUrlProblem(process.env.SITE_URL);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
