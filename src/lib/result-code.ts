/**
 * The result code: a person's answers packed into a short code for the fragment of a result link
 * (`/th/result/#1A2B…`), so the answers travel with the link and no server ever sees them.
 *
 * Layout, as bits: format (5) · number of items (6) · bank tag (16) · answers · check (24).
 * - The answers form one base-6 number, one digit per item in bank order: 0 unanswered, 1-5 the answer.
 * - The bank tag is the first 16 bits of the question bank's version, so a code from other questions is told
 *   apart from a mistyped one.
 * - The check is a CRC-24 (OpenPGP polynomial) over everything before it. It catches every change confined to 24
 *   consecutive bits, so every mistyped or swapped pair of neighbouring characters, and lets through a random
 *   string once in 16 million.
 * The bits are written in Crockford's base 32 (digits and capitals without I, L, O and U), which survives being
 * read aloud or copied by hand: decoding ignores case and hyphens and reads O as 0, I and L as 1.
 */
// Types only: scripts/bench.mjs imports this module straight into Node, which cannot resolve extensionless imports.
import type { AnswerValue, Answers } from './answers';

export const resultCodeFormat = 1;

/** Crockford's base 32: the characters of a code, each standing for its index. */
export const resultCodeAlphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const alphabet = resultCodeAlphabet;
const formatBits = 5;
const countBits = 6;
const bankBits = 16;
const checkBits = 24;
const headerBits = formatBits + countBits + bankBits;
/** Longer input is refused before any work: a real code is far shorter. */
const longestAcceptedInput = 100;

/** Why a code could not be read. */
export const resultCodeProblems = ['empty', 'malformed', 'mistyped', 'unknown-format', 'other-questions'] as const;
export type ResultCodeProblem = (typeof resultCodeProblems)[number];

export type DecodedResultCode = { ok: true; answers: Answers } | { ok: false; problem: ResultCodeProblem };

/** How many bits the answers to `count` items take. */
function answerBits(count: number): number {
  return (6n ** BigInt(count) - 1n).toString(2).length;
}

function crc24(bits: string): number {
  let crc = 0xb704ce;
  for (const bit of bits) {
    const top = ((crc >> 23) & 1) ^ Number(bit);
    crc = (crc << 1) & 0xffffff;
    if (top) crc ^= 0x864cfb;
  }
  return crc;
}

const toBits = (value: number | bigint, width: number) => value.toString(2).padStart(width, '0');

function bankTag(bankVersion: string): number {
  return Number.parseInt(bankVersion.slice(0, 4).padEnd(4, '0'), 16) || 0;
}

/**
 * Packs answers into a code.
 * @example encodeResultCode('a1b2c3d4', ['q1', 'q2'], { q1: 5 }) // a short code such as '1…'
 */
export function encodeResultCode(bankVersion: string, itemIds: readonly string[], answers: Answers): string {
  let number = 0n;
  for (const id of itemIds) {
    // Anything but 1-5 (a value edited into storage by hand) is written as unanswered, never as a wrong digit.
    const value = answers[id];
    const digit = value !== undefined && Number.isInteger(value) && value >= 1 && value <= 5 ? value : 0;
    number = number * 6n + BigInt(digit);
  }
  const body =
    toBits(resultCodeFormat, formatBits) +
    toBits(itemIds.length, countBits) +
    toBits(bankTag(bankVersion), bankBits) +
    toBits(number, answerBits(itemIds.length));
  const bits = body + toBits(crc24(body), checkBits);
  const padded = bits.padEnd(Math.ceil(bits.length / 5) * 5, '0');
  let code = '';
  for (let start = 0; start < padded.length; start += 5)
    code += alphabet[Number.parseInt(padded.slice(start, start + 5), 2)];
  return code;
}

/**
 * A code the way it is written in links: capitals, no separators, O read as 0 and I or L as 1. A person may have
 * typed it any of those ways (other dashes, full-width letters: plainCodeText in code-text.ts first).
 * @example normalizeResultCode('1a2b-c3d4') // '1A2BC3D4'
 */
export function normalizeResultCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/gu, '').replace(/O/gu, '0').replace(/[IL]/gu, '1');
}

/**
 * A code in groups of five, for reading aloud, printing or copying by hand; decoding ignores the hyphens.
 * @example groupResultCode('1A2B3C4D5E6F') // '1A2B3-C4D5E-6F'
 */
export function groupResultCode(code: string): string {
  return (
    normalizeResultCode(code)
      .match(/.{1,5}/gu)
      ?.join('-') ?? ''
  );
}

/**
 * Reads a code back into answers for this bank, or says why it cannot. Never throws, whatever the input.
 * @example decodeResultCode(code, 'a1b2c3d4', ['q1', 'q2']) // { ok: true, answers: { q1: 5 } }
 * @example decodeResultCode('hello', 'a1b2c3d4', ['q1', 'q2']) // { ok: false, problem: 'malformed' }
 */
export function decodeResultCode(code: string, bankVersion: string, itemIds: readonly string[]): DecodedResultCode {
  if (typeof code !== 'string' || code.trim() === '') return { ok: false, problem: 'empty' };
  if (code.length > longestAcceptedInput) return { ok: false, problem: 'malformed' };
  const text = normalizeResultCode(code);
  let bits = '';
  for (const character of text) {
    const value = alphabet.indexOf(character);
    if (value === -1) return { ok: false, problem: 'malformed' };
    bits += toBits(value, 5);
  }
  if (bits.length < headerBits + checkBits) return { ok: false, problem: 'malformed' };
  const count = Number.parseInt(bits.slice(formatBits, formatBits + countBits), 2);
  const bodyLength = headerBits + answerBits(count);
  const totalLength = bodyLength + checkBits;
  if (text.length !== Math.ceil(totalLength / 5)) return { ok: false, problem: 'malformed' };
  const body = bits.slice(0, bodyLength);
  const check = Number.parseInt(bits.slice(bodyLength, totalLength), 2);
  if (check !== crc24(body) || /1/u.test(bits.slice(totalLength))) return { ok: false, problem: 'mistyped' };
  if (Number.parseInt(bits.slice(0, formatBits), 2) !== resultCodeFormat)
    return { ok: false, problem: 'unknown-format' };
  const tag = Number.parseInt(bits.slice(formatBits + countBits, headerBits), 2);
  if (tag !== bankTag(bankVersion) || count !== itemIds.length) return { ok: false, problem: 'other-questions' };

  let number = BigInt(`0b${body.slice(headerBits) || '0'}`);
  if (number >= 6n ** BigInt(count)) return { ok: false, problem: 'mistyped' };
  const answers: Record<string, AnswerValue> = {};
  for (let index = itemIds.length - 1; index >= 0; index--) {
    const digit = Number(number % 6n);
    number /= 6n;
    const id = itemIds[index];
    if (digit > 0 && id !== undefined) answers[id] = digit as AnswerValue;
  }
  return { ok: true, answers };
}
