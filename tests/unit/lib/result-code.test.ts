import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  codeFromFragment,
  decodeResultCode,
  encodeResultCode,
  groupResultCode,
  normalizeResultCode,
} from '../../../src/lib/result-code';
import { questionBankVersion } from '../../../src/lib/quiz-bank';
import { answerValues, type AnswerValue, type Answers } from '../../../src/lib/scoring';
import { scoringItems } from '../../support/quiz-bank';

const realVersion = questionBankVersion(scoringItems);
const realIds = scoringItems.map((item) => item.id);
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** An answer set for the real bank: each item answered 1-5 or left out. */
const answerSetArbitrary = fc
  .array(fc.option(fc.constantFrom<AnswerValue>(...answerValues), { nil: undefined }), {
    minLength: realIds.length,
    maxLength: realIds.length,
  })
  .map((values) => {
    const answers: Record<string, AnswerValue> = {};
    values.forEach((value, index) => {
      const id = realIds[index];
      if (value !== undefined && id !== undefined) answers[id] = value;
    });
    return answers as Answers;
  });

describe('encodeResultCode and decodeResultCode', () => {
  it('round-trips every possible answer set of a small bank', () => {
    const ids = ['a', 'b', 'c'];
    const choices = [undefined, ...answerValues];
    let checked = 0;
    for (const first of choices) {
      for (const second of choices) {
        for (const third of choices) {
          const answers: Record<string, AnswerValue> = {};
          if (first) answers['a'] = first;
          if (second) answers['b'] = second;
          if (third) answers['c'] = third;
          const code = encodeResultCode('beef0001', ids, answers);
          expect(decodeResultCode(code, 'beef0001', ids)).toEqual({ ok: true, answers });
          checked++;
        }
      }
    }
    expect(checked).toBe(216);
  });

  it('round-trips random answer sets of the real bank in a code of at most 40 characters', () => {
    fc.assert(
      fc.property(answerSetArbitrary, (answers) => {
        const code = encodeResultCode(realVersion, realIds, answers);
        expect(code.length).toBeLessThanOrEqual(40);
        expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]+$/u);
        expect(decodeResultCode(code, realVersion, realIds)).toEqual({ ok: true, answers });
      }),
    );
  });

  it('makes a 25-character code for the real bank', () => {
    const all = Object.fromEntries(realIds.map((id) => [id, 5 as AnswerValue]));
    expect(encodeResultCode(realVersion, realIds, all)).toHaveLength(25);
    expect(encodeResultCode(realVersion, realIds, {})).toHaveLength(25);
  });

  it('reads a code typed by hand: lower case, hyphens, spaces, O for 0 and I or L for 1', () => {
    const answers = { [realIds[0] ?? '']: 4 as AnswerValue, [realIds[5] ?? '']: 1 as AnswerValue };
    const code = encodeResultCode(realVersion, realIds, answers);
    const typed = `${code.slice(0, 5)}-${code.slice(5, 10)} ${code.slice(10)}`
      .toLowerCase()
      .replaceAll('0', 'o')
      .replaceAll('1', 'l');
    expect(decodeResultCode(typed, realVersion, realIds)).toEqual({ ok: true, answers });
  });

  it('says why a code cannot be read', () => {
    const code = encodeResultCode(realVersion, realIds, { [realIds[0] ?? '']: 3 });
    expect(decodeResultCode('', realVersion, realIds)).toEqual({ ok: false, problem: 'empty' });
    expect(decodeResultCode('   ', realVersion, realIds)).toEqual({ ok: false, problem: 'empty' });
    expect(decodeResultCode(code.slice(0, -3), realVersion, realIds)).toEqual({ ok: false, problem: 'malformed' });
    expect(decodeResultCode('<script>alert(1)</script>', realVersion, realIds)).toEqual({
      ok: false,
      problem: 'malformed',
    });
    expect(decodeResultCode('A'.repeat(10_000), realVersion, realIds)).toEqual({ ok: false, problem: 'malformed' });
    const swapped = code.slice(0, 8) + (code[8] === 'Z' ? 'Y' : 'Z') + code.slice(9);
    expect(decodeResultCode(swapped, realVersion, realIds)).toEqual({ ok: false, problem: 'mistyped' });
    // The same answers under another bank version: the questions changed since the link was made.
    expect(decodeResultCode(code, 'ffff0000', realIds)).toEqual({ ok: false, problem: 'other-questions' });
    const olderBank = encodeResultCode('0123abcd', realIds.slice(0, 20), {});
    expect(decodeResultCode(olderBank, realVersion, realIds)).toEqual({ ok: false, problem: 'other-questions' });
  });

  it('never throws on, and never accepts, 10,000 random strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 60 }),
          fc.string({ unit: fc.constantFrom(...alphabet), minLength: 25, maxLength: 25 }),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
        ),
        (text) => {
          const decoded = decodeResultCode(text, realVersion, realIds);
          expect(decoded.ok).toBe(false);
        },
      ),
      { numRuns: 10_000 },
    );
  });

  it('rejects 10,000 single-character edits of valid codes, or reads them as the very same answers', () => {
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
      fc.property(answerSetArbitrary, edit, (answers, change) => {
        const code = encodeResultCode(realVersion, realIds, answers);
        const at = change.at % code.length;
        let edited = code;
        if (change.kind === 'replace') edited = code.slice(0, at) + change.with + code.slice(at + 1);
        if (change.kind === 'insert') edited = code.slice(0, at) + change.with + code.slice(at);
        if (change.kind === 'delete') edited = code.slice(0, at) + code.slice(at + 1);
        if (change.kind === 'swap')
          edited = code.slice(0, at) + (code[at + 1] ?? '') + (code[at] ?? '') + code.slice(at + 2);
        const decoded = decodeResultCode(edited, realVersion, realIds);
        if (decoded.ok) {
          // Only edits that change nothing a reader would notice may pass: a hyphen, a lower-case letter, a swap
          // of two equal characters, or an edit that left the code as it was.
          expect(decoded.answers).toEqual(answers);
        } else rejected++;
      }),
      { numRuns: 10_000 },
    );
    expect(rejected).toBeGreaterThan(9_000);
  });
});

describe('codes as people handle them', () => {
  it('are grouped in fives for reading, and normalized back for links', () => {
    expect(groupResultCode('1A2B3C4D5E6F')).toBe('1A2B3-C4D5E-6F');
    expect(groupResultCode('')).toBe('');
    expect(normalizeResultCode('1a2b3-c4d5e 6f')).toBe('1A2B3C4D5E6F');
    expect(normalizeResultCode('oil')).toBe('011');
    const code = encodeResultCode(realVersion, realIds, { [realIds[2] ?? '']: 2 });
    expect(decodeResultCode(groupResultCode(code), realVersion, realIds).ok).toBe(true);
  });

  it('come out of a link fragment, percent-escapes read and broken ones left for the decoder to refuse', () => {
    expect(codeFromFragment('#1A2B3')).toBe('1A2B3');
    expect(codeFromFragment('1A2B3')).toBe('1A2B3');
    expect(codeFromFragment('#1A2B3%20C4')).toBe('1A2B3 C4');
    expect(codeFromFragment('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(codeFromFragment('')).toBe('');
  });

  it('writes a value no answer can have (edited into storage by hand) as unanswered', () => {
    const [first = '', second = '', third = ''] = realIds;
    const tampered = { [first]: 9, [second]: 2.5, [third]: 4 } as unknown as Answers;
    const code = encodeResultCode(realVersion, realIds, tampered);
    expect(decodeResultCode(code, realVersion, realIds)).toEqual({ ok: true, answers: { [third]: 4 } });
  });
});
