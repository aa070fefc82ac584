import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary, idsOf } from '../../support/answers-arbitrary';
import { bareCodesIn, isIntactResultCode, resultCodeLength } from '../../../src/lib/bare-codes';
import { encodeResultCode } from '../../../src/lib/result-code';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const bankVersion = 'c0de2a17';

const itemIds = Array.from({ length: 33 }, (_, index) => `item-${index + 1}`);
const code = encodeResultCode('c0de2a17', itemIds, { 'item-2': 5, 'item-9': 1, 'item-30': 3 });
const other = encodeResultCode('c0de2a17', itemIds, { 'item-4': 2 });
const spaced = code.match(/.{1,5}/gu)?.join(' ') ?? '';
const mistyped = `${code.slice(0, 15)}${code[15] === 'A' ? 'B' : 'A'}${code.slice(16)}`;

describe('bareCodesIn', () => {
  it('says where each code stands in the line, left to right', () => {
    const line = `รหัส ${spaced} และ ${other}`;
    expect(bareCodesIn(line, [], [])).toEqual([
      { at: 5, end: 5 + spaced.length, code, raw: spaced },
      { at: line.length - other.length, end: line.length, code: other, raw: other },
    ]);
  });

  it('looks for nothing in the parts taken, and only for whole codes in the parts not to report', () => {
    const line = `${mistyped} ${code}`;
    const first = { at: 0, end: mistyped.length };
    const second = { at: mistyped.length + 1, end: line.length };
    expect(bareCodesIn(line, [], []).map((found) => found.code)).toEqual([mistyped, code]);
    expect(bareCodesIn(line, [first], []).map((found) => found.code)).toEqual([code]);
    expect(bareCodesIn(line, [second], []).map((found) => found.code)).toEqual([mistyped]);
    expect(bareCodesIn(line, [], [first, second]).map((found) => found.code)).toEqual([code]);
  });

  it('goes on onto the next line after a hyphen, saying how much of it the code took', () => {
    const grouped = code.match(/.{1,5}/gu)?.join('-') ?? '';
    const [head, tail] = [grouped.slice(0, 12), grouped.slice(12)];
    expect(bareCodesIn(`ค่ะ ${head}`, [], [], `${tail} ขอบคุณค่ะ`)).toEqual([
      { at: 4, end: 4 + head.length, code, raw: grouped, nextLineEnd: tail.length },
    ]);
    expect(bareCodesIn(`ค่ะ ${head}`, [], [])).toEqual([]);
  });

  it('takes spaces only between groups of five, as the site prints a code, and hyphens anywhere', () => {
    const tens = code.match(/.{1,10}/gu)?.join(' ') ?? '';
    const uneven = `${code.slice(0, 4)} ${code.slice(4, 13)} ${code.slice(13)}`;
    const hyphens = `${code.slice(0, 4)}-${code.slice(4, 13)}-${code.slice(13)}`;
    expect(bareCodesIn(`ค่ะ ${tens}`, [], []).map((found) => found.code)).toEqual([code]);
    expect(bareCodesIn(`ค่ะ ${hyphens}`, [], []).map((found) => found.code)).toEqual([code]);
    expect(bareCodesIn(`ค่ะ ${uneven}`, [], [])).toEqual([]);
  });

  it('reads long runs of look-alikes, digits, spaces and hyphens in one line without taking them for codes', () => {
    for (const line of [
      'l '.repeat(100_000),
      '1 '.repeat(100_000),
      'I-'.repeat(100_000),
      'lIlI1 '.repeat(40_000),
      `1GW1Q ${'Q'.repeat(200_000)}`,
      '1GW1Q-'.repeat(40_000),
      'iiiii iiiii '.repeat(20_000),
    ]) {
      expect(bareCodesIn(line, [], [], line), line.slice(0, 12)).toEqual([]);
    }
  });
});

describe('resultCodeLength and isIntactResultCode', () => {
  it('know where a code ends from its first three characters, for any bank size', () => {
    for (const count of [1, 2, 20, 28, 33, 63]) {
      const code = encodeResultCode(bankVersion, idsOf(count), {});
      expect(resultCodeLength(code.slice(0, 3)), String(count)).toBe(code.length);
      expect(resultCodeLength(code), String(count)).toBe(code.length);
    }
    expect(resultCodeLength('1G')).toBe(0);
    expect(resultCodeLength('2GN')).toBe(0);
    expect(resultCodeLength('1GU')).toBe(0);
  });

  it('pass every real code, whatever bank made it, and no code with one character changed', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 63 })
          .chain((count) => fc.tuple(fc.constant(idsOf(count)), answersArbitrary(idsOf(count)))),
        fc.nat(),
        fc.nat(),
        ([ids, answers], place, shift) => {
          const code = encodeResultCode(`${place.toString(16)}0000`.slice(0, 4), ids, answers);
          expect(isIntactResultCode(code)).toBe(true);
          const at = place % code.length;
          const changed = alphabet[(alphabet.indexOf(code[at] ?? '') + 1 + (shift % 31)) % 32] ?? '';
          expect(isIntactResultCode(`${code.slice(0, at)}${changed}${code.slice(at + 1)}`)).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('refuse what is cut short, too long, or not a code', () => {
    const code = encodeResultCode(bankVersion, idsOf(33), { 'item-1': 4 });
    for (const text of [code.slice(0, -1), `${code}0`, '', 'hello', code.toLowerCase(), `2${code.slice(1)}`])
      expect(isIntactResultCode(text), text).toBe(false);
  });
});
