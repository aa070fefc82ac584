/**
 * Finds the result links and bare result codes in whatever a counsellor pastes into the group page: a LINE chat
 * export, a list of links, a spreadsheet column. Pure, and run on the device like the rest of the result: the text
 * never leaves the page. This module only says where codes are; reading them (openResultCode) is the caller's, so
 * a link whose code is cut short or missing is still returned, for the page to say why it cannot be read.
 *
 * Every page reads a code the same way: a link's code with codeFromFragment, as the result and detail pages read
 * their address, and a code typed in the result page's code box with codeFromTyped below, this same finder. So the
 * group counts a person exactly when their own page opens their result.
 *
 * Linear in the length of the text: a few searches per line, none of which can backtrack more than once over a
 * character, and bare-codes.ts for codes written on their own.
 */
import { bareCodesIn, type Span } from './bare-codes';
import { codeFromFragment, plainCodeText } from './code-text';
import { normalizeResultCode } from './result-code';

export { longestBareCode, shortestBareCode } from './bare-codes';

/**
 * A year of a busy group chat exported from LINE is a few megabytes. Past this, scanning would keep a phone busy
 * for seconds, so the rest is left unread and `truncated` says so.
 */
export const longestScannedText = 5_000_000;

/** Far more than a link and a sentence around it: a code box is not the place for a whole chat. */
const longestTypedText = 10_000;

/** More people than any class or job fair; a longer list could not be read on one page, so `tooMany` says so. */
export const mostFoundCodes = 10_000;

/** One code found in the text, with every later occurrence of the same code counted into it. */
export interface FoundCode {
  /** The code as links carry it (normalizeResultCode): empty for a link whose fragment is empty. */
  code: string;
  /** The link or code as it first appeared, made plain (plainCodeText), for showing to the counsellor. */
  raw: string;
  /** The 1-based line of its first occurrence. */
  line: number;
  /** How it first appeared: in a result link, or as a code on its own. */
  kind: 'link' | 'code';
  /** How many times the same code appears, links and bare codes alike. */
  count: number;
}

export interface FoundCodes {
  /** In the order of first occurrence. */
  entries: FoundCode[];
  /** The text was longer than `longestScannedText`; only its first lines were read. */
  truncated: boolean;
  /** More than `mostFoundCodes` different codes: later new ones were left out (those kept are still counted). */
  tooMany: boolean;
}

// Lower case only, as the site writes its addresses: a link typed in capitals does not open, yet its code is still
// found as a bare code after the # sign. A query may stand before the # (`/result/?openExternalBrowser=1#…`), not
// before a %23, which is then part of the query. It holds no "/", so each try stops at the next one: linear.
const resultLinkAnchor = /\/result\/(?:detail\/)?(?:#|%23|\?[^#\s/]*#)/gu;
// The address of any other page: drive.google.com/file/d/1Xy…, forms.gle/…, line.me/R/ti/g/…, with or without
// its scheme. What it holds is not a result, so nothing in it is shown as a code that cannot be read.
const otherAddress = /[Hh][Tt][Tt][Pp][Ss]?:\/\/|(?<![\p{L}\p{N}._%+@-])(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}\//gu;
const webScheme = /[Hh][Tt][Tt][Pp][Ss]?:\/\//gu;
const webSchemeHere = /[Hh][Tt][Tt][Pp][Ss]?:\/\//uy;
const whitespace = /\s/u;
// Brackets and quotes people put around a link in a chat or a document, and the separators of a list.
const linkEnders = new Set([...'<>"\'()[]{},;`']);
// Sentence punctuation typed right after a link ("here is mine: …/#1ABC.") is never part of a code.
const sentencePunctuation = new Set([...'.!?:']);

const isAscii = (character: string) => character >= '!' && character <= '~';
/** A character that may stand in a link: printable, not a space, not a bracket or list separator around it. */
const mayStandInLink = (character: string) =>
  character > ' ' && character !== '\u007f' && !linkEnders.has(character) && !whitespace.test(character);
/** A character that may stand in the code of a link: printable ASCII, so Thai text glued after the link ends it. */
const mayStandInLinkCode = (character: string) => isAscii(character) && !linkEnders.has(character);

function startsWebScheme(line: string, at: number): boolean {
  if (line[at] !== 'h' && line[at] !== 'H') return false;
  webSchemeHere.lastIndex = at;
  return webSchemeHere.test(line);
}

interface Occurrence {
  at: number;
  end: number;
  code: string;
  raw: string;
  kind: FoundCode['kind'];
}

/**
 * Where the link around `anchorAt` starts: at its scheme when it has one (so text glued before it is left out),
 * otherwise, for a relative link, after the last character that is not ASCII. Never before `notBefore`, the end of
 * the previous link, so the walks back of two links never cover the same characters.
 */
function linkStart(line: string, anchorAt: number, notBefore: number): number {
  let start = anchorAt;
  while (start > notBefore && mayStandInLink(line[start - 1] ?? '')) start--;
  const before = line.slice(start, anchorAt);
  let schemeAt = -1;
  for (const match of before.matchAll(webScheme)) schemeAt = match.index;
  if (schemeAt !== -1) return start + schemeAt;
  let asciiFrom = before.length;
  while (asciiFrom > 0 && isAscii(before[asciiFrom - 1] ?? '')) asciiFrom--;
  return start + asciiFrom;
}

function linksIn(line: string): Occurrence[] {
  const links: Occurrence[] = [];
  let previousEnd = 0;
  for (const anchor of line.matchAll(resultLinkAnchor)) {
    // An anchor inside the code of the link before (a pasted chain of links with no space) belongs to that code.
    if (anchor.index < previousEnd) continue;
    const codeStart = anchor.index + anchor[0].length;
    let codeEnd = codeStart;
    // A link pasted straight after another (…#1ABChttps://…) ends where the next one begins.
    while (codeEnd < line.length && mayStandInLinkCode(line[codeEnd] ?? '') && !startsWebScheme(line, codeEnd))
      codeEnd++;
    while (codeEnd > codeStart && sentencePunctuation.has(line[codeEnd - 1] ?? '')) codeEnd--;
    const start = linkStart(line, anchor.index, previousEnd);
    // The very reading of the result page, so the group counts this link exactly when it opens.
    const code = normalizeResultCode(codeFromFragment(line.slice(codeStart, codeEnd)));
    links.push({ at: start, end: codeEnd, code, raw: line.slice(start, codeEnd), kind: 'link' });
    previousEnd = codeEnd;
  }
  return links;
}

/**
 * The addresses of other pages in a line, outside `links`: where nothing is shown as a code that cannot be read,
 * and, before their #, no code is looked for at all.
 */
function otherAddressesIn(line: string, links: readonly Occurrence[]): { whole: Span[]; beforeFragment: Span[] } {
  const whole: Span[] = [];
  const beforeFragment: Span[] = [];
  let end = 0;
  let nextLink = 0;
  // Every address has a "/": most chat lines have none, and are spared the search.
  if (!line.includes('/')) return { whole, beforeFragment };
  for (const match of line.matchAll(otherAddress)) {
    if (match.index < end) continue;
    while (nextLink < links.length && (links[nextLink]?.end ?? 0) <= match.index) nextLink++;
    const link = links[nextLink];
    if (link !== undefined && link.at <= match.index) continue;
    const stop = link?.at ?? line.length;
    let fragmentAt = -1;
    end = match.index;
    while (end < stop && mayStandInLink(line[end] ?? '')) {
      if (fragmentAt === -1 && line[end] === '#') fragmentAt = end;
      end++;
    }
    whole.push({ at: match.index, end });
    beforeFragment.push({ at: match.index, end: fragmentAt === -1 ? end : fragmentAt });
  }
  return { whole, beforeFragment };
}

/**
 * The text to scan: at most `longestScannedText` characters, ending at a line break when it has to be cut, so a
 * link cut by the limit is not shown as a link cut short by the person who sent it.
 */
function scannedPart(text: string): { part: string; truncated: boolean } {
  if (text.length <= longestScannedText) return { part: text, truncated: false };
  const cut = text.slice(0, longestScannedText);
  const next = text[longestScannedText];
  if (next === '\n' || next === '\r') return { part: cut, truncated: true };
  const lastBreak = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf('\r'));
  return { part: lastBreak === -1 ? cut : cut.slice(0, lastBreak), truncated: true };
}

/**
 * A scan of a pasted text that goes a few lines at a time (scanLines), so the page can let a slow phone answer taps
 * between parts of a long chat. findResultCodes is the whole scan at once.
 */
export interface ResultCodeScan {
  text: string;
  /** Where the next line starts in `text`, or -1 once every line is scanned. */
  at: number;
  /** The next line to scan, 0-based. */
  next: number;
  found: Map<string, FoundCode>;
  truncated: boolean;
  tooMany: boolean;
  /** The next line made plain, when a code wrapped onto it was read already: how much of it the code took. */
  carried?: { line: number; plain: string; taken: number } | undefined;
}

const endsWithHyphen = /-[ \t]*$/u;

const lineBreakFrom = /\r\n|\r|\n/gu;

/** The line that starts at `at`, and where the one after it starts (-1 when this is the last). */
function lineFrom(text: string, at: number): { line: string; nextAt: number } {
  lineBreakFrom.lastIndex = at;
  const found = lineBreakFrom.exec(text);
  if (found === null) return { line: text.slice(at), nextAt: -1 };
  return { line: text.slice(at, found.index), nextAt: found.index + found[0].length };
}

/**
 * Starts a scan: cuts the text to `longestScannedText`. Lines are found and made plain as they are read: splitting
 * ten megabytes at once took a slowed phone one task of over 100 ms.
 * @example const scan = startScan(chat); while (!scanLines(scan, 200)) await nextTask(); foundIn(scan)
 */
export function startScan(text: string): ResultCodeScan {
  if (typeof text !== 'string')
    return { text: '', at: -1, next: 0, found: new Map(), truncated: false, tooMany: false };
  const { part, truncated } = scannedPart(text);
  return {
    text: part,
    at: 0,
    next: 0,
    found: new Map(),
    truncated,
    tooMany: false,
  };
}

/**
 * Scans up to `count` more lines; returns true once every line is scanned.
 * @example scanLines(scan, 200) // false while lines are left
 */
export function scanLines(scan: ResultCodeScan, count: number): boolean {
  const end = scan.next + count;
  let index = scan.next;
  for (; index < end && scan.at !== -1; index++) {
    const { line: written, nextAt } = lineFrom(scan.text, scan.at);
    scan.at = nextAt;
    const carried = scan.carried?.line === index ? scan.carried : undefined;
    const line = carried?.plain ?? plainCodeText(written);
    const links = linksIn(line);
    const addresses = otherAddressesIn(line, links);
    const nextLine =
      nextAt !== -1 && endsWithHyphen.test(line) ? plainCodeText(lineFrom(scan.text, nextAt).line) : undefined;
    const taken: Span[] = [...links, ...addresses.beforeFragment, { at: 0, end: carried?.taken ?? 0 }];
    const codes = bareCodesIn(line, taken, addresses.whole, nextLine);
    const wrapped = codes.find((code) => code.nextLineEnd !== undefined);
    scan.carried =
      nextLine === undefined ? undefined : { line: index + 1, plain: nextLine, taken: wrapped?.nextLineEnd ?? 0 };
    const occurrences = [...links, ...codes.map((code) => ({ ...code, kind: 'code' as const }))].sort(
      (first, second) => first.at - second.at,
    );
    for (const { code, raw, kind } of occurrences) {
      const known = scan.found.get(code);
      if (known !== undefined) known.count++;
      else if (scan.found.size < mostFoundCodes) scan.found.set(code, { code, raw, line: index + 1, kind, count: 1 });
      else scan.tooMany = true;
    }
  }
  scan.next = index;
  return scan.at === -1;
}

/**
 * What a scan has found so far, one entry per code in the order they first appear.
 * @example foundIn(scan).entries.length // 50
 */
export function foundIn(scan: ResultCodeScan): FoundCodes {
  return { entries: [...scan.found.values()], truncated: scan.truncated, tooMany: scan.tooMany };
}

/**
 * Every result link (any address, base path or relative, `#` or `%23`, a query before the `#` or after the code)
 * and bare result code (see bare-codes.ts) in a pasted text, one entry per code in the order they first appear;
 * nothing in the address of another page is taken for a code that cannot be read. Links with an empty fragment all share the entry with the empty code. Lines are counted
 * at CR LF, CR and LF. Never throws, whatever the text.
 * @example findResultCodes('Nid: https://site.example/th/result/#1gnf7-…') // { entries: [{ code: '1GNF7…', kind: 'link', … }], … }
 */
export function findResultCodes(text: string): FoundCodes {
  const scan = startScan(text);
  scanLines(scan, Number.POSITIVE_INFINITY);
  return foundIn(scan);
}

/**
 * The code in what a person typed or pasted into the result page's code box, read as the group page reads a chat:
 * a whole result link, a code written any of the ways people do, even in a sentence. When nothing in it reads as a
 * code, the text itself (or what follows its #), for the page to say why it cannot be opened.
 * @example codeFromTyped('https://example.org/th/result/#1a2b-c3d4') // '1A2BC3D4'
 * @example codeFromTyped('รหัสของหนู 1GNF7 2CNTQ 10GCM V5VWD VP7W0 KQ8 ค่ะ') // '1GNF72CNTQ10GCMV5VWDVP7W0KQ8'
 */
export function codeFromTyped(text: string): string {
  if (typeof text !== 'string') return '';
  const found = findResultCodes(text.slice(0, longestTypedText)).entries[0];
  if (found !== undefined) return found.code;
  const hash = text.lastIndexOf('#');
  return normalizeResultCode(codeFromFragment(hash === -1 ? text : text.slice(hash)));
}
