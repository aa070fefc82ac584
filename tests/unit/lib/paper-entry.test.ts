import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { asciiDigits, readPastedAnswers, readWorksheet, worksheetCode } from '../../../src/lib/paper-entry';
import { questionBankVersion } from '../../../src/lib/quiz-bank';
import { decodeResultCode, encodeResultCode } from '../../../src/lib/result-code';
import { referencePeople } from '../../fixtures/reference-people';
import { scoringItems } from '../../support/quiz-bank';

const ids = scoringItems.map((item) => item.id);
const version = questionBankVersion(scoringItems);

describe('readWorksheet', () => {
  it('reads 1-5 as answers, an empty row as a question left blank, and lists every other row to fix', () => {
    expect(readWorksheet(['a', 'b', 'c', 'd', 'e', 'f'], ['5', '', ' 3 ', '0', '6', 'x'])).toEqual({
      answers: { a: 5, c: 3 },
      invalidRows: [4, 5, 6],
    });
    expect(readWorksheet(['a', 'b'], ['12', '-1'])).toEqual({ answers: {}, invalidRows: [1, 2] });
    // Fewer rows typed than questions: the rest are blank.
    expect(readWorksheet(['a', 'b', 'c'], ['2'])).toEqual({ answers: { a: 2 }, invalidRows: [] });
  });

  it('reads Thai and full-width digits as the digits they are', () => {
    expect(asciiDigits('๑๒๓๔๕๖๗๘๙๐')).toBe('1234567890');
    expect(asciiDigits('１２３４５')).toBe('12345');
    expect(readWorksheet(['a', 'b', 'c'], ['๕', '２', '๙'])).toEqual({ answers: { a: 5, b: 2 }, invalidRows: [3] });
  });
});

describe('worksheetCode', () => {
  it.each(referencePeople.map((person) => [person.id, person] as const))(
    'gives %s the code the quiz gives for the same answers',
    (_id, person) => {
      const typed = ids.map((id) => String(person.answers[id] ?? ''));
      const code = worksheetCode(version, ids, typed);
      expect(code).toBe(encodeResultCode(version, ids, person.answers));
      expect(decodeResultCode(code, version, ids)).toEqual({ ok: true, answers: person.answers });
    },
  );
});

describe('readPastedAnswers', () => {
  it('fills a row and the ones after it with every answer in a run of digits or a column', () => {
    expect(readPastedAnswers('12345', 30)).toEqual({ ok: true, answers: ['1', '2', '3', '4', '5'] });
    expect(readPastedAnswers('5\r\n4\r\n3\r\n', 3)).toEqual({ ok: true, answers: ['5', '4', '3'] });
    expect(readPastedAnswers(' 1, 2;\t3 ', 10)).toEqual({ ok: true, answers: ['1', '2', '3'] });
    expect(readPastedAnswers('๑๒๓', 10)).toEqual({ ok: true, answers: ['1', '2', '3'] });
    expect(readPastedAnswers('４', 1)).toEqual({ ok: true, answers: ['4'] });
    expect(readPastedAnswers(' \n', 10)).toEqual({ ok: true, answers: [] });
  });

  it('fills nothing when the paste holds anything that is not an answer 1-5', () => {
    for (const text of ['1234567', '0', '12a', '1.2', '1-2', 'ข้อ 1 ตอบ 3', '10'])
      expect([text, readPastedAnswers(text, 30)]).toEqual([text, { ok: false, problem: 'not-answers' }]);
  });

  it('fills nothing when there are more answers than rows left, and says how many it holds', () => {
    expect(readPastedAnswers('12345', 4)).toEqual({ ok: false, problem: 'too-many', count: 5 });
    expect(readPastedAnswers('1', 0)).toEqual({ ok: false, problem: 'too-many', count: 1 });
  });

  it('keeps every answer of any run of answers and separators, in order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom('1', '2', '3', '4', '5'), fc.constantFrom('', ' ', '\n', '\t', ', ', ';'))),
        (parts) => {
          const text = parts.map(([answer, separator]) => answer + separator).join('');
          expect(readPastedAnswers(text, parts.length)).toEqual({ ok: true, answers: parts.map(([answer]) => answer) });
        },
      ),
    );
  });
});
