/**
 * Finds result codes written on their own in one line of a pasted text (links are group-links.ts's), the way people
 * write them: in one run or in groups of five, joined by hyphens, spaces or " - ", with I or L for 1 and O for 0,
 * glued after a word, or wrapped at a hyphen onto the next line. Pure; the line is already plain (plainCodeText).
 *
 * Two rules, for two kinds of writing:
 * - A run in the shape the site prints (starting with the digit 1, groups joined by single hyphens, standing apart
 *   from other words) is a code: it is returned even when it does not read, so the page can say why.
 * - Any other way of writing is taken only when it reads as a whole, unchanged code (isIntactResultCode): that
 *   lets a random string through once in 16 million, so spaced words or a glued name are never taken for a code.
 *
 * Linear in the length of the line: a code is at most 43 characters, so each place a code may start is read for at
 * most that many characters, and the shape rule is one regular expression that backtracks at most once.
 */
import { decodeResultCode, encodeResultCode, normalizeResultCode, resultCodeAlphabet } from './result-code';

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

// The code's header, as result-code.ts writes it: the format (bits 0-4, 1 for every code so far: the leading "1"),
// the number of items (bits 5-10) and the bank's tag (bits 11-26).
const tagBitsAt = [11, 27] as const;
const lengthByCount: number[] = [];
const itemsOf = (count: number) => Array.from({ length: count }, (_, index) => String(index));
const valueBits = (text: string, characters: number) =>
  [...text.slice(0, characters)]
    .map((character) => resultCodeAlphabet.indexOf(character).toString(2).padStart(5, '0'))
    .join('');

/**
 * How long a code is, read from its first three characters (normalized), or 0 when they cannot begin one. Lets the
 * finder know where a code written in separate groups must end.
 * @example resultCodeLength('1GN') // 28, the length of a code of 33 items
 */
export function resultCodeLength(start: string): number {
  if (start.length < 3 || start[0] !== '1') return 0;
  const second = resultCodeAlphabet.indexOf(start[1] ?? '');
  const third = resultCodeAlphabet.indexOf(start[2] ?? '');
  if (second === -1 || third === -1) return 0;
  // The count's 6 bits: the second character's 5 and the first of the third's.
  const count = (second << 1) | (third >> 4);
  // The encoder says how long a code of that many items is: worked out once for each count.
  lengthByCount[count] ??= encodeResultCode('', itemsOf(count), {}).length;
  return lengthByCount[count];
}

/**
 * Whether a normalized code is whole and unchanged, as far as can be told without knowing its question bank: it
 * decodes with a bank of the size and tag its own header names. A random string passes once in 16 million (the
 * check), so the finder can take a code that passes even where it could be part of other text.
 * @example isIntactResultCode('1GNF72CNTQ10GCMV5VWDVP7W0KQ8') // true
 * @example isIntactResultCode('1GNF72CNTQ10GCMV5VWDVP7W0KQ9') // false
 */
export function isIntactResultCode(code: string): boolean {
  if (code.length < 6 || resultCodeLength(code) !== code.length) return false;
  const bits = valueBits(code, 6);
  const tag = Number.parseInt(bits.slice(...tagBitsAt), 2)
    .toString(16)
    .padStart(4, '0');
  return decodeResultCode(code, tag, itemsOf(Number.parseInt(bits.slice(5, 11), 2))).ok;
}

/** Part of a line already taken by something else (a link, an address): no code is looked for in it. */
export interface Span {
  at: number;
  end: number;
}

export interface BareCode extends Span {
  /** Normalized (normalizeResultCode). */
  code: string;
  raw: string;
  /** When the code goes on to the next line: how many characters of it are the code's. */
  nextLineEnd?: number;
}

// A run of Crockford characters (with I, L and O, which people type for 1 and 0), in groups joined by single
// hyphens, starting with the format number 1. Only Latin letters, digits and hyphens make it part of a longer word:
// Thai is written without spaces between words, so a code glued to Thai text is still a code on its own.
const printedCode =
  /(?<![\p{Script=Latin}\p{Nd}-])1[0-9A-TV-Za-tv-z]*(?:-[0-9A-TV-Za-tv-z]+)*(?![\p{Script=Latin}\p{Nd}-])/gu;
// The same in groups of five joined by spaces or " - ", as a person copies a printed code by hand: reported when it
// does not read, like the printed shape. It must start with a group of five, and a group of five must follow; at
// least two digits after the first (a code has about nine) keep out English words of five letters.
const spacedCode =
  /(?<![\p{Script=Latin}\p{Nd}-])[1Il][0-9A-TV-Za-tv-z]{4}(?:(?: - | |-)[0-9A-TV-Za-tv-z]{5}){3,}(?:(?: - | |-)[0-9A-TV-Za-tv-z]{1,5})?(?![\p{Script=Latin}\p{Nd}-])/gu;
const letter = /[A-Za-z]/u;
const capital = /[A-Z]/u;
const twoDigits = /\d.*\d/u;

// Each ASCII character's value in a code as links write it (I and L read as 1, O as 0, in either case): -1 for a
// character that is no letter or digit, -2 for U, which no code holds. A table, as this is read for every character.
const values = new Int8Array(128).fill(-1);
for (const [value, character] of [...resultCodeAlphabet].entries()) {
  values[character.charCodeAt(0)] = value;
  values[character.toLowerCase().charCodeAt(0)] = value;
}
for (const [characters, value] of [
  ['IiLl', 1],
  ['Oo', 0],
  ['Uu', -2],
] as const)
  for (const character of characters) values[character.charCodeAt(0)] = value;
const noLetterOrDigit = -1;
const valueAt = (text: string, at: number) => {
  const unit = text.charCodeAt(at);
  return unit < 128 ? (values[unit] ?? noLetterOrDigit) : noLetterOrDigit;
};
const isBlank = (text: string, at: number) => text[at] === ' ' || text[at] === '\t';

interface Read {
  end: number;
  code: string;
  nextLineEnd?: number;
}

/** After a group ends at `at`: where the next group starts, on this line or the next, or undefined when none does. */
function nextGroup(line: string, at: number, nextLine: string | undefined, onNext: boolean) {
  let index = at;
  while (isBlank(line, index)) index++;
  const hyphen = line[index] === '-';
  if (hyphen) index++;
  while (isBlank(line, index)) index++;
  if (index === line.length) {
    // Only a hyphen at the end of a line says the code goes on: a line that just ends is the end of a message.
    if (!hyphen || onNext || nextLine === undefined) return undefined;
    let start = 0;
    while (isBlank(nextLine, start)) start++;
    return valueAt(nextLine, start) === noLetterOrDigit ? undefined : { line: nextLine, at: start, onNext: true };
  }
  if (index === at || valueAt(line, index) === noLetterOrDigit) return undefined;
  return { line, at: index, onNext };
}

/** Reads a code written in any of the ways people do from `start`; undefined unless it is whole and unchanged. */
function intactCodeAt(line: string, start: number, nextLine: string | undefined): Read | undefined {
  let text = line;
  let at = start;
  let onNext = false;
  let code = '';
  let length = 0;
  for (;;) {
    for (let value = valueAt(text, at); value !== noLetterOrDigit; value = valueAt(text, at)) {
      if (value < 0) return undefined;
      code += resultCodeAlphabet[value] ?? '';
      at++;
      if (code.length === 3) {
        length = resultCodeLength(code);
        if (length < shortestBareCode) return undefined;
      }
      if (code.length === length) {
        // The code must end where its group does: glued to more letters or digits, it is part of something else.
        if (valueAt(text, at) !== noLetterOrDigit || !capital.test(code) || !isIntactResultCode(code)) return undefined;
        return onNext ? { end: line.length, code, nextLineEnd: at } : { end: at, code };
      }
    }
    const next = nextGroup(text, at, nextLine, onNext);
    // Spaces and line breaks stand only between groups of five, as the site prints a code: without this rule every
    // English sentence with an I or an l in it would be read for dozens of characters.
    const inWord = next !== undefined && next.onNext === onNext && next.at === at + 1 && text[at] === '-';
    if (next === undefined || (!inWord && code.length % 5 !== 0)) return undefined;
    ({ line: text, at, onNext } = next);
  }
}

/** The parts covered by any of `spans`, in order, none touching another: so one walk along the line finds each. */
function covered(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const span of [...spans].sort((first, second) => first.at - second.at)) {
    const last = merged.at(-1);
    if (last !== undefined && span.at < last.end) last.end = Math.max(last.end, span.end);
    else if (span.end > span.at) merged.push({ at: span.at, end: span.end });
  }
  return merged;
}

/** Codes that read whole, written any way, outside `taken`, left to right, none overlapping another. */
function intactCodesIn(line: string, taken: readonly Span[], nextLine: string | undefined): BareCode[] {
  const codes: BareCode[] = [];
  const sorted = covered(taken);
  let nextTaken = 0;
  for (let start = 0; start < line.length; start++) {
    // 1, I, i, L or l: every code starts with the format number 1.
    if (valueAt(line, start) !== 1) continue;
    while (nextTaken < sorted.length && (sorted[nextTaken]?.end ?? 0) <= start) nextTaken++;
    const span = sorted[nextTaken];
    if (span !== undefined && span.at <= start) {
      start = span.end - 1;
      continue;
    }
    const read = intactCodeAt(line, start, nextLine);
    if (read === undefined || (span !== undefined && span.at < read.end)) continue;
    const raw =
      read.nextLineEnd === undefined
        ? line.slice(start, read.end)
        : `${line.slice(start).trimEnd()}${(nextLine ?? '').slice(0, read.nextLineEnd).trimStart()}`;
    codes.push({ ...read, at: start, raw });
    start = read.end - 1;
  }
  return codes;
}

/**
 * Codes written in spaced groups of five that do not read (a typo, a group left out), outside `skip` (sorted, not
 * touching): the person sent a code, so the page says it cannot be read rather than leave them out unseen.
 */
function unreadSpacedCodesIn(line: string, skip: readonly Span[]): BareCode[] {
  const codes: BareCode[] = [];
  let nextSkip = 0;
  for (const match of line.matchAll(spacedCode)) {
    const raw = match[0];
    const end = match.index + raw.length;
    const code = normalizeResultCode(raw);
    if (!raw.includes(' ') || code.length > longestBareCode || !letter.test(raw) || !twoDigits.test(raw.slice(1)))
      continue;
    while (nextSkip < skip.length && (skip[nextSkip]?.end ?? 0) <= match.index) nextSkip++;
    if ((skip[nextSkip]?.at ?? Number.POSITIVE_INFINITY) < end) continue;
    codes.push({ at: match.index, end, code, raw });
  }
  return codes;
}

/**
 * The codes in one line, left to right. `taken` are the parts where no code is looked for at all; `noReport` the
 * parts (addresses of other sites) where only a code that reads whole is taken, and nothing that merely looks like
 * one is returned. `nextLine` lets a code wrapped at a hyphen go on onto it.
 * @example bareCodesIn('รหัสของหนู 1GNF7 2CNTQ 10GCM V5VWD VP7W0 KQ8 ค่ะ', [], []) // [{ code: '1GNF72CNTQ10GCMV5VWDVP7W0KQ8', … }]
 */
export function bareCodesIn(
  line: string,
  taken: readonly Span[],
  noReport: readonly Span[],
  nextLine?: string,
): BareCode[] {
  const intact = intactCodesIn(line, taken, nextLine);
  const spaced = unreadSpacedCodesIn(line, covered([...taken, ...noReport, ...intact]));
  const codes = [...intact, ...spaced];
  const skip = covered([...taken, ...noReport, ...intact, ...spaced]);
  let nextSkip = 0;
  for (const match of line.matchAll(printedCode)) {
    const raw = match[0];
    const end = match.index + raw.length;
    const length = raw.replaceAll('-', '').length;
    // An all-digit run is a number (an order, an account); a real code is all digits hardly once in 10^12.
    if (length < shortestBareCode || length > longestBareCode || !letter.test(raw)) continue;
    while (nextSkip < skip.length && (skip[nextSkip]?.end ?? 0) <= match.index) nextSkip++;
    if ((skip[nextSkip]?.at ?? Number.POSITIVE_INFINITY) < end) continue;
    codes.push({ at: match.index, end, code: normalizeResultCode(raw), raw });
  }
  return codes.sort((first, second) => first.at - second.at);
}
