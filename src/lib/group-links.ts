/**
 * Finds the result links and bare result codes in whatever a counsellor pastes into the group page: a LINE chat
 * export, a list of links, a spreadsheet column. Pure, and run on the device like the rest of the result: the text
 * never leaves the page. This module only says where codes are; reading them (openResultCode) is the caller's, so
 * a link whose code is cut short or missing is still returned, for the page to say why it cannot be read.
 *
 * Linear in the length of the text: one literal search for links and one regular expression for bare codes per
 * line, neither of which can backtrack more than once over a character.
 */
import { codeFromFragment, normalizeResultCode } from './result-code';

/**
 * A year of a busy group chat exported from LINE is a few megabytes. Past this, scanning would keep a phone busy
 * for seconds, so the rest is left unread and `truncated` says so.
 */
export const longestScannedText = 5_000_000;

/** More people than any class or job fair; a longer list could not be read on one page, so `tooMany` says so. */
export const mostFoundCodes = 10_000;

/**
 * The smallest bank ever released has 28 items, whose codes are 25 characters long (today's 33 items give 28). 20
 * leaves room for a smaller bank while keeping out the numbers chats are full of: phone numbers (10 digits), Thai ID
 * numbers (13), bank accounts, parcel tracking numbers.
 */
export const shortestBareCode = 20;

/**
 * The decoder refuses input longer than 100 characters, so a longer run of code characters is something else (a
 * key, a hash) and is not shown as a result that cannot be read.
 */
export const longestBareCode = 100;

/** One code found in the text, with every later occurrence of the same code counted into it. */
export interface FoundCode {
  /** The code as links carry it (normalizeResultCode): empty for a link whose fragment is empty. */
  code: string;
  /** The link or code as it first appeared, less any invisible marks, for showing to the counsellor. */
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

// Marks that change how text is shown, not what it says. Chat apps and word processors slip them in, even inside a
// code copied from a right-to-left message, and a person cannot see them to delete them.
const invisibleMarks = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
const lineBreak = /\r\n|\r|\n/u;
// Lower case only, as the site writes its addresses: a link typed in capitals does not open, yet its code is still
// found as a bare code after the # sign.
const resultLinkAnchor = /\/result\/(?:detail\/)?(?:#|%23)/gu;
const webScheme = /[Hh][Tt][Tt][Pp][Ss]?:\/\//gu;
const webSchemeHere = /[Hh][Tt][Tt][Pp][Ss]?:\/\//uy;
// A run of Crockford characters (with I, L and O, which people type for 1 and 0), in groups joined by single
// hyphens, starting with the format number 1. Only Latin letters, digits and hyphens make it part of a longer word:
// Thai is written without spaces between words, so a code glued to Thai text is still a code on its own.
const bareCode =
  /(?<![\p{Script=Latin}\p{Nd}-])1[0-9A-TV-Za-tv-z]*(?:-[0-9A-TV-Za-tv-z]+)*(?![\p{Script=Latin}\p{Nd}-])/gu;
const whitespace = /\s/u;
const letter = /[A-Za-z]/u;
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
    // Percent-escaped marks (%E2%80%8B) come out of the fragment as the marks themselves: ignored here too.
    const code = normalizeResultCode(codeFromFragment(line.slice(codeStart, codeEnd)).replace(invisibleMarks, ''));
    links.push({ at: start, end: codeEnd, code, raw: line.slice(start, codeEnd), kind: 'link' });
    previousEnd = codeEnd;
  }
  return links;
}

function bareCodesIn(line: string, links: readonly Occurrence[]): Occurrence[] {
  const codes: Occurrence[] = [];
  let nextLink = 0;
  for (const match of line.matchAll(bareCode)) {
    const raw = match[0];
    const end = match.index + raw.length;
    while (nextLink < links.length && (links[nextLink]?.end ?? 0) <= match.index) nextLink++;
    const link = links[nextLink];
    if (link !== undefined && link.at < end) continue;
    const length = raw.replaceAll('-', '').length;
    // An all-digit run is a number (an order, an account); a real code is all digits hardly once in 10^12.
    if (length < shortestBareCode || length > longestBareCode || !letter.test(raw)) continue;
    codes.push({ at: match.index, end, code: normalizeResultCode(raw), raw, kind: 'code' });
  }
  return codes;
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
  lines: string[];
  /** The next line to scan, 0-based. */
  next: number;
  found: Map<string, FoundCode>;
  truncated: boolean;
  tooMany: boolean;
}

/**
 * Starts a scan: cuts the text to `longestScannedText`, drops invisible marks, and splits it into lines.
 * @example const scan = startScan(chat); while (!scanLines(scan, 200)) await nextTask(); foundIn(scan)
 */
export function startScan(text: string): ResultCodeScan {
  if (typeof text !== 'string') return { lines: [], next: 0, found: new Map(), truncated: false, tooMany: false };
  const { part, truncated } = scannedPart(text);
  return {
    lines: part.replace(invisibleMarks, '').split(lineBreak),
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
  const end = Math.min(scan.lines.length, scan.next + count);
  for (let index = scan.next; index < end; index++) {
    const line = scan.lines[index] ?? '';
    const links = linksIn(line);
    const occurrences = [...links, ...bareCodesIn(line, links)].sort((first, second) => first.at - second.at);
    for (const { code, raw, kind } of occurrences) {
      const known = scan.found.get(code);
      if (known !== undefined) known.count++;
      else if (scan.found.size < mostFoundCodes) scan.found.set(code, { code, raw, line: index + 1, kind, count: 1 });
      else scan.tooMany = true;
    }
  }
  scan.next = end;
  return end >= scan.lines.length;
}

/**
 * What a scan has found so far, one entry per code in the order they first appear.
 * @example foundIn(scan).entries.length // 50
 */
export function foundIn(scan: ResultCodeScan): FoundCodes {
  return { entries: [...scan.found.values()], truncated: scan.truncated, tooMany: scan.tooMany };
}

/**
 * Every result link (any address, base path or relative, `#` or `%23`) and bare result code (20 or more characters
 * starting with 1, at least one a letter, not part of a longer word) in a pasted text, one entry per code in the
 * order they first appear. Links with an empty fragment all share the entry with the empty code. Lines are counted
 * at CR LF, CR and LF. Never throws, whatever the text.
 * @example findResultCodes('Nid: https://site.example/th/result/#1gnf7-…') // { entries: [{ code: '1GNF7…', kind: 'link', … }], … }
 */
export function findResultCodes(text: string): FoundCodes {
  const scan = startScan(text);
  scanLines(scan, Number.POSITIVE_INFINITY);
  return foundIn(scan);
}
