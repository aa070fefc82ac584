/**
 * Thai has no spaces between words, so a browser may break a line inside a compound term: "งานหน้า" at the end of
 * one line and "บ้าน" at the start of the next. In headings and table headers, the site's key terms are wrapped in a
 * span that src/styles/base.css keeps on one line, as are English words joined by hyphens. Pure string work, run on the built
 * HTML (src/integrations/finish-html.ts).
 */

/** The terms kept whole, longest first so that "งานหน้าบ้าน" wins over "หน้าบ้าน". */
export const keptTerms = ['งานหน้าบ้าน', 'งานหลังบ้าน', 'หน้าบ้าน', 'หลังบ้าน', 'แบบประเมิน', 'ผู้แนะแนว', 'ตำแหน่งงาน'] as const;

/**
 * English words joined by a hyphen ("self-check", "18-point", "back-office"): a browser may break after the hyphen,
 * leaving "self-" at the end of a heading's line and "check" on the next.
 */
const hyphenatedWord = String.raw`[A-Za-z0-9]+(?:-[A-Za-z0-9]+)+`;

const termPattern = new RegExp([...keptTerms, hyphenatedWord].join('|'), 'gu');

/**
 * Wraps every key term in the text of the h1-h3 headings and the table header cells of a page in
 * `<span class="keep-together">`: a worksheet column headed "คะแนนหน้าบ้าน" broke as "คะแนนหน้า / บ้าน". Markup inside
 * is left as it is; only text between tags changes. Headings a script draws (`data-screen-heading`, the
 * quiz island's) are left alone, so the page still matches what the script would render.
 * @example keepTermsTogether('<h1>งานหน้าบ้านคืออะไร</h1>') // '<h1><span class="keep-together">งานหน้าบ้าน</span>คืออะไร</h1>'
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
