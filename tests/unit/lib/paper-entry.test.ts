import { describe, expect, it } from 'vitest';
import { asciiDigits, readWorksheet, worksheetCode } from '../../../src/lib/paper-entry';
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
