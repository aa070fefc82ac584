/**
 * Reading a code out of the text it comes in, the same way on every page: a link's fragment on the result and detail
 * pages, a link in a pasted chat on the group page (group-links.ts), what is typed in the code box. Pure. Apart from
 * result-code.ts so that the quiz page, which only writes codes, never downloads it.
 */

// Marks that change how text is shown, not what it says (zero-width, direction, soft hyphen, word joiner). Chat
// apps and word processors slip them in, even inside a code, and a person cannot see them to delete them.
const invisibleMarks = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/gu;
// The dashes Word and phone keyboards put in for a typed "-" (NFKC already turns U+FE63 and U+FF0D into "-").
const dashes = /[\u2010-\u2015\u2212\u2E3A\u2E3B]/gu;
const notAscii = /[^\t\n\r -~]/u;

/**
 * Text as a code is read from it: invisible marks dropped, full-width letters, digits and signs and no-break spaces
 * made plain (NFKC), every dash made "-". Lone surrogates and all other text are kept as they are.
 * @example plainCodeText('１ＧＮＦ７\u2013２ＣＮ\u00ADＴＱ') // '1GNF7-2CNTQ'
 */
export function plainCodeText(text: string): string {
  // Most of a pasted chat is plain ASCII, which none of this changes: skipping it keeps a long paste quick.
  if (!notAscii.test(text)) return text;
  return text.normalize('NFKC').replace(invisibleMarks, '').replace(dashes, '-');
}

// What apps write after the code of a link: LINE's `?openExternalBrowser=1` (or `&…`) and a closing `/`.
const afterTheCode = /[?&/#]/u;

/**
 * The code in a link's fragment (`location.hash`), as every page reads it: percent-escapes read, invisible marks
 * and full-width forms made plain, and anything after the code left out: a query (`?openExternalBrowser=1`,
 * `&…`), a `/`, sentence punctuation. Never throws: a fragment with broken percent-escapes is returned as it is,
 * for the decoder to reject.
 * @example codeFromFragment('#1A2B%20C3') // '1A2B C3'
 * @example codeFromFragment('#1A2B3?openExternalBrowser=1') // '1A2B3'
 */
export function codeFromFragment(fragment: string): string {
  const text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // Left as it is.
  }
  const plain = plainCodeText(decoded);
  const cut = plain.search(afterTheCode);
  const code = cut === -1 ? plain : plain.slice(0, cut);
  let end = code.length;
  // A loop, not a regular expression: a fragment of a million dots must not take a million squared steps.
  while (end > 0 && '.!?:,;'.includes(code[end - 1] ?? '')) end--;
  return code.slice(0, end);
}
