import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerValues, type AnswerValue, type Answers } from '../../../src/lib/answers';
import { decodeResultCode, encodeResultCode, groupResultCode, normalizeResultCode } from '../../../src/lib/result-code';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A bank as large as the first released one (28 items), under a fixed version: the code's behaviour depends only
 * on the number of items and the version's first four hex digits, so these tests do not follow edits of the real
 * question bank.
 */
const bankVersion = 'c0de2a17';
const itemIds = Array.from({ length: 28 }, (_, index) => `item-${index + 1}`);

/** An answer set for a bank of these ids: each item answered 1-5 or left out. */
const answerSetArbitrary = (ids: readonly string[]) =>
  fc
    .array(fc.option(fc.constantFrom<AnswerValue>(...answerValues), { nil: undefined }), {
      minLength: ids.length,
      maxLength: ids.length,
    })
    .map((values) => {
      const answers: Record<string, AnswerValue> = {};
      values.forEach((value, index) => {
        const id = ids[index];
        if (value !== undefined && id !== undefined) answers[id] = value;
      });
      return answers as Answers;
    });

/**
 * CRC-24 as RFC 4880 (OpenPGP) section 6.1 writes it: initial value B704CE, polynomial 1864CFB, the message fed
 * in most significant bit first; here over a string of bits rather than bytes. Written apart from the module's own
 * CRC, and checked against the catalogued check value below.
 */
function referenceCrc24(bits: string): number {
  let crc = 0xb704ce;
  for (const bit of bits) {
    crc ^= Number(bit) << 23;
    crc <<= 1;
    if (crc & 0x1000000) crc ^= 0x1864cfb;
  }
  return crc & 0xffffff;
}

/**
 * A code built field by field from the layout the module documents: format (5 bits), number of items (6), bank
 * tag (16), the answers as one number (`answerBits` wide), CRC-24 of all that (24), zero bits up to a multiple of
 * five, then Crockford's base 32. Any field may hold a value the encoder never writes.
 */
function codeFromFields(fields: { format: number; count: number; tag: number; answers: bigint; answerBits: number }) {
  const field = (value: number | bigint, width: number) => value.toString(2).padStart(width, '0');
  const body =
    field(fields.format, 5) + field(fields.count, 6) + field(fields.tag, 16) + field(fields.answers, fields.answerBits);
  const bits = body + field(referenceCrc24(body), 24);
  let code = '';
  for (let start = 0; start < bits.length; start += 5)
    code += alphabet[Number.parseInt(bits.slice(start, start + 5).padEnd(5, '0'), 2)];
  return code;
}

/** Three items; their answers take 8 bits (6³ = 216 combinations). Bank tag BEEF. */
const small = { version: 'beef0001', ids: ['a', 'b', 'c'], tag: 0xbeef, answerBits: 8 };

describe('the reference code builder used by these tests', () => {
  it('computes the catalogued CRC-24/OpenPGP check value of "123456789"', () => {
    const bits = [...new TextEncoder().encode('123456789')].map((byte) => byte.toString(2).padStart(8, '0')).join('');
    expect(referenceCrc24(bits)).toBe(0x21cf02);
  });
});

describe('encodeResultCode and decodeResultCode', () => {
  // Links already shared must keep working: these codes are fixed, never regenerated from the encoder.
  it.each<[string, string, string[], Answers, string]>([
    ['some items answered', small.version, small.ids, { a: 5, c: 2 }, '11VXVXPNRM9C'],
    ['nothing answered', small.version, small.ids, {}, '11VXVR09Q1VW'],
    ['every item answered 5', small.version, small.ids, { a: 5, b: 5, c: 5 }, '11VXVYQ7MB5C'],
    ['every item answered 1, bank version "ab" (tag AB00)', 'ab', small.ids, { a: 1, b: 1, c: 1 }, '11TP01BTY9YE'],
    ['a bank without items', small.version, [], {}, '10BXVT53F8R'],
  ])('writes and reads a fixed code: %s', (_case, version, ids, answers, code) => {
    expect(encodeResultCode(version, ids, answers)).toBe(code);
    expect(decodeResultCode(code, version, ids)).toEqual({ ok: true, answers });
  });

  it('matches the documented layout, field by field', () => {
    // a = 4, b unanswered, c = 3: the base-6 number 4·36 + 0·6 + 3 = 147.
    const fields = { format: 1, count: 3, tag: small.tag, answers: 147n, answerBits: small.answerBits };
    expect(encodeResultCode(small.version, small.ids, { a: 4, c: 3 })).toBe(codeFromFields(fields));
    const bigger = { format: 1, count: 28, tag: 0xc0de, answers: 6n ** 27n * 2n + 5n, answerBits: 73 };
    expect(encodeResultCode(bankVersion, itemIds, { 'item-1': 2, 'item-28': 5 })).toBe(codeFromFields(bigger));
  });

  it('gives each of the 216 answer sets of a three-item bank its own code, read back as the same answers', () => {
    const choices = [undefined, ...answerValues];
    const codes = new Set<string>();
    for (const first of choices) {
      for (const second of choices) {
        for (const third of choices) {
          const answers: Record<string, AnswerValue> = {};
          if (first) answers['a'] = first;
          if (second) answers['b'] = second;
          if (third) answers['c'] = third;
          const code = encodeResultCode(small.version, small.ids, answers);
          expect(code).toHaveLength(12);
          expect(decodeResultCode(code, small.version, small.ids)).toEqual({ ok: true, answers });
          codes.add(code);
        }
      }
    }
    expect(codes.size).toBe(6 ** 3);
  });

  it('round-trips random answer sets of a 28-item bank in a code of 25 characters', () => {
    fc.assert(
      fc.property(answerSetArbitrary(itemIds), (answers) => {
        const code = encodeResultCode(bankVersion, itemIds, answers);
        expect(code).toHaveLength(25);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/u);
        expect(decodeResultCode(code, bankVersion, itemIds)).toEqual({ ok: true, answers });
      }),
    );
  });

  it('reads a code typed by hand: lower case, hyphens, spaces, O for 0 and I or L for 1', () => {
    const answers = { 'item-1': 4, 'item-6': 1, 'item-20': 3 } as const;
    const code = encodeResultCode(bankVersion, itemIds, answers);
    const typed = `${code.slice(0, 5)}-${code.slice(5, 10)} ${code.slice(10)}`
      .toLowerCase()
      .replaceAll('0', 'o')
      .replaceAll('1', 'l');
    expect(decodeResultCode(typed, bankVersion, itemIds)).toEqual({ ok: true, answers });
    // The fixed codes above, typed the same way.
    expect(decodeResultCode('ll-vxv xpnrm9c', small.version, small.ids)).toEqual({ ok: true, answers: { a: 5, c: 2 } });
    expect(decodeResultCode('iltpOibty9ye', 'ab', small.ids)).toEqual({ ok: true, answers: { a: 1, b: 1, c: 1 } });
  });

  it('says why a code cannot be read', () => {
    const code = encodeResultCode(bankVersion, itemIds, { 'item-1': 3 });
    expect(decodeResultCode('', bankVersion, itemIds)).toEqual({ ok: false, problem: 'empty' });
    expect(decodeResultCode('   ', bankVersion, itemIds)).toEqual({ ok: false, problem: 'empty' });
    expect(decodeResultCode(code.slice(0, -3), bankVersion, itemIds)).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeResultCode('<script>alert(1)</script>', bankVersion, itemIds)).toEqual({
      ok: false,
      problem: 'malformed',
    });
    expect(decodeResultCode('A'.repeat(10_000), bankVersion, itemIds)).toEqual({ ok: false, problem: 'malformed' });
    const swapped = code.slice(0, 8) + (code[8] === 'Z' ? 'Y' : 'Z') + code.slice(9);
    expect(decodeResultCode(swapped, bankVersion, itemIds)).toEqual({ ok: false, problem: 'mistyped' });
    // The same answers under another bank version: the questions changed since the link was made.
    expect(decodeResultCode(code, 'ffff0000', itemIds)).toEqual({ ok: false, problem: 'other-questions' });
    const olderBank = encodeResultCode('0123abcd', itemIds.slice(0, 20), {});
    expect(decodeResultCode(olderBank, bankVersion, itemIds)).toEqual({ ok: false, problem: 'other-questions' });
  });

  it('calls a code with a character outside the alphabet malformed, not mistyped, wherever it stands', () => {
    // The fixed code '11VXVXPNRM9C' with one character replaced: U is left out of the alphabet, the rest are no
    // letters or digits at all.
    for (const text of ['U1VXVXPNRM9C', '11VXV*PNRM9C', '11VXVXPกRM9C', '11VXVXPNR!9C', '11VXVXPNRM9U']) {
      expect(decodeResultCode(text, small.version, small.ids)).toEqual({ ok: false, problem: 'malformed' });
    }
  });

  it('refuses input too short to hold a code as malformed', () => {
    for (const text of ['1', '1A2B3', '11VXVXPNRM', '0000000000']) {
      expect(decodeResultCode(text, small.version, small.ids)).toEqual({ ok: false, problem: 'malformed' });
    }
  });

  it('reads a valid code among spaces and hyphens up to 100 characters of input, and refuses anything longer', () => {
    const answers = { 'item-2': 5, 'item-9': 2, 'item-27': 4 } as const;
    const code = encodeResultCode(bankVersion, itemIds, answers);
    const padded = (length: number) => `${code}${' -'.repeat(length)}`.slice(0, length);
    expect(decodeResultCode(padded(100), bankVersion, itemIds)).toEqual({ ok: true, answers });
    expect(decodeResultCode(padded(101), bankVersion, itemIds)).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeResultCode(`${'-'.repeat(76)}${code}`, bankVersion, itemIds)).toEqual({
      ok: false,
      problem: 'malformed',
    });
  });

  it('says a code of a format this version does not know is one, when its check is right', () => {
    const fields = { format: 1, count: 3, tag: small.tag, answers: 182n, answerBits: small.answerBits };
    // Format 1 built by hand is the fixed code above: the builder writes what the encoder writes.
    expect(codeFromFields(fields)).toBe('11VXVXPNRM9C');
    for (const format of [0, 2, 31]) {
      expect(decodeResultCode(codeFromFields({ ...fields, format }), small.version, small.ids)).toEqual({
        ok: false,
        problem: 'unknown-format',
      });
    }
  });

  it('reads answers past the last possible answer set as a mistyped code, even with a right check', () => {
    const fields = { format: 1, count: 3, tag: small.tag, answers: 0n, answerBits: small.answerBits };
    // 215 = 555 in base 6, the last answer set; 216 to 255 fit in the 8 bits but stand for no answers.
    expect(decodeResultCode(codeFromFields({ ...fields, answers: 215n }), small.version, small.ids)).toEqual({
      ok: true,
      answers: { a: 5, b: 5, c: 5 },
    });
    for (const answers of [216n, 230n, 255n]) {
      expect(decodeResultCode(codeFromFields({ ...fields, answers }), small.version, small.ids)).toEqual({
        ok: false,
        problem: 'mistyped',
      });
    }
  });

  it('tells a code for the same bank version but another number of items apart: other questions', () => {
    const code = encodeResultCode(small.version, small.ids, { a: 2, b: 4 });
    expect(decodeResultCode(code, small.version, ['a', 'b', 'c', 'd'])).toEqual({
      ok: false,
      problem: 'other-questions',
    });
    expect(decodeResultCode(code, small.version, ['a', 'b'])).toEqual({ ok: false, problem: 'other-questions' });
    const longer = encodeResultCode(bankVersion, itemIds, { 'item-28': 1 });
    expect(decodeResultCode(longer, bankVersion, itemIds.slice(0, 27))).toEqual({
      ok: false,
      problem: 'other-questions',
    });
  });

  it('tags a code with the first four hex digits of the bank version only', () => {
    const code = encodeResultCode('beef0001', small.ids, { b: 3 });
    expect(decodeResultCode(code, 'beef9999', small.ids)).toEqual({ ok: true, answers: { b: 3 } });
    expect(decodeResultCode(code, 'bee00001', small.ids)).toEqual({ ok: false, problem: 'other-questions' });
    // A version shorter than four digits is read as if zeros followed it.
    const short = encodeResultCode('ab', small.ids, { c: 4 });
    expect(decodeResultCode(short, 'ab00ffff', small.ids)).toEqual({ ok: true, answers: { c: 4 } });
    expect(decodeResultCode(short, '00ab', small.ids)).toEqual({ ok: false, problem: 'other-questions' });
  });

  // The two 10,000-case properties take about a second; mutation testing runs them on instrumented code, on a
  // machine that may be busy, so they get more than the default 5 s before counting as failed.
  it('never throws on, and never accepts, 10,000 random strings', { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.string({ unit: fc.constantFrom(...alphabet), minLength: 25, maxLength: 25 }),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
        ),
        (text) => {
          const decoded = decodeResultCode(text, bankVersion, itemIds);
          expect(decoded.ok).toBe(false);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('answers "empty" rather than throwing when given no text at all', () => {
    for (const value of [undefined, null, 42, {}, ['1A2B3']]) {
      expect(decodeResultCode(value as unknown as string, bankVersion, itemIds)).toEqual({
        ok: false,
        problem: 'empty',
      });
    }
  });

  it(
    'rejects 10,000 single-character edits of valid codes, or reads them as the very same answers',
    { timeout: 30_000 },
    () => {
      const edit = fc.oneof(
        fc.record({
          kind: fc.constant('replace' as const),
          at: fc.nat(),
          with: fc.constantFrom(...alphabet, 'a', '-', '%', 'ก'),
        }),
        fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), with: fc.constantFrom(...alphabet) }),
        fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
        fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
      );
      let rejected = 0;
      fc.assert(
        fc.property(answerSetArbitrary(itemIds), edit, (answers, change) => {
          const code = encodeResultCode(bankVersion, itemIds, answers);
          const at = change.at % code.length;
          let edited = code;
          if (change.kind === 'replace') edited = code.slice(0, at) + change.with + code.slice(at + 1);
          if (change.kind === 'insert') edited = code.slice(0, at) + change.with + code.slice(at);
          if (change.kind === 'delete') edited = code.slice(0, at) + code.slice(at + 1);
          if (change.kind === 'swap')
            edited = code.slice(0, at) + (code[at + 1] ?? '') + (code[at] ?? '') + code.slice(at + 2);
          const decoded = decodeResultCode(edited, bankVersion, itemIds);
          if (decoded.ok) {
            // Only edits that change nothing a reader would notice may pass: a hyphen, a lower-case letter, a swap
            // of two equal characters, or an edit that left the code as it was.
            expect(decoded.answers).toEqual(answers);
          } else rejected++;
        }),
        { numRuns: 10_000 },
      );
      expect(rejected).toBeGreaterThan(9_000);
    },
  );
});

describe('codes for the real question bank', () => {
  // Loaded here rather than at the top so that content being edited fails these tests only, not the whole file.
  let version = '';
  let ids: string[] = [];
  beforeAll(async () => {
    const { scoringItems } = await import('../../support/quiz-bank');
    const { questionBankVersion } = await import('../../../src/lib/quiz-bank');
    version = questionBankVersion(scoringItems);
    ids = scoringItems.map((item) => item.id);
  });

  it('stay within 40 characters, short enough for a link in a small QR code, and read back', () => {
    fc.assert(
      fc.property(answerSetArbitrary(ids), (answers) => {
        const code = encodeResultCode(version, ids, answers);
        expect(code.length).toBeLessThanOrEqual(40);
        expect(decodeResultCode(code, version, ids)).toEqual({ ok: true, answers });
      }),
    );
  });
});

describe('codes as people handle them', () => {
  it('are grouped in fives for reading, and normalized back for links', () => {
    expect(groupResultCode('1A2B3C4D5E6F')).toBe('1A2B3-C4D5E-6F');
    expect(groupResultCode('1a2b3 c4d5e')).toBe('1A2B3-C4D5E');
    expect(groupResultCode('')).toBe('');
    expect(normalizeResultCode('1a2b3-c4d5e 6f')).toBe('1A2B3C4D5E6F');
    expect(normalizeResultCode('oil')).toBe('011');
    expect(groupResultCode('11VXVXPNRM9C')).toBe('11VXV-XPNRM-9C');
    expect(decodeResultCode('11VXV-XPNRM-9C', small.version, small.ids)).toEqual({
      ok: true,
      answers: { a: 5, c: 2 },
    });
  });

  it('writes a value no answer can have (edited into storage by hand) as unanswered', () => {
    const tampered = { 'item-1': 9, 'item-2': 2.5, 'item-3': 4, 'item-4': -1, 'item-5': 0, 'item-6': 1 };
    const code = encodeResultCode(bankVersion, itemIds, tampered as unknown as Answers);
    expect(decodeResultCode(code, bankVersion, itemIds)).toEqual({ ok: true, answers: { 'item-3': 4, 'item-6': 1 } });
    const smallTampered = { a: -4, b: 3, c: 6 } as unknown as Answers;
    expect(encodeResultCode(small.version, small.ids, smallTampered)).toBe(
      encodeResultCode(small.version, small.ids, { b: 3 }),
    );
  });
});
