/**
 * In headings and table headers, English words joined by hyphens are wrapped in a span that src/styles/base.css keeps
 * on one line. (Thai words are kept whole everywhere by src/lib/thai-line-breaks.ts.) Pure string work, run on the
 * built HTML (src/integrations/finish-html.ts).
 */

/**
 * English words joined by a hyphen ("self-check", "18-point", "back-office"): a browser may break after the hyphen,
 * leaving "self-" at the end of a heading's line and "check" on the next.
 */
const hyphenatedWord = String.raw`[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+`;

const termPattern = new RegExp(hyphenatedWord, 'gu');

/**
 * Wraps every hyphenated English word in the text of the h1-h3 headings and the table header cells of a page in
 * `<span class="keep-together">`, so a heading never ends a line on "self-". Markup inside is left as it is; only
 * text between tags changes. Headings a script draws (`data-screen-heading`, the quiz island's) are left alone, so
 * the page still matches what the script would render.
 * @example keepTermsTogether('<h1>The self-check</h1>') // '<h1>The <span class="keep-together">self-check</span></h1>'
 */
export function keepTermsTogether(html: string): string {
  return html.replace(
    /<(h[1-3]|th)(\s[^>]*)?>([\s\S]*?)<\/\1>/gu,
    (whole, tag: string, attributes: string | undefined, inner: string) =>
      attributes?.includes('data-screen-heading')
        ? whole
        : `<${tag}${attributes ?? ''}>${inner.replace(
            /(^|>)([^<]+)/gu,
            (_match, start: string, text: string) =>
              `${start}${text.replace(termPattern, '<span class="keep-together">$&</span>')}`,
          )}</${tag}>`,
  );
}
