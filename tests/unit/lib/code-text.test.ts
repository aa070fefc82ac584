/** How codes are read out of the text people write them in: the parts every page shares (group-links.ts too). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersArbitrary, idsOf } from '../../support/answers-arbitrary';
import { codeFromFragment, plainCodeText } from '../../../src/lib/code-text';
import { decodeResultCode, encodeResultCode, normalizeResultCode } from '../../../src/lib/result-code';

const bankVersion = 'c0de2a17';

describe('plainCodeText', () => {
  it('makes full-width forms, no-break spaces and every dash plain, and drops invisible marks', () => {
    expect(plainCodeText('１ＧＮＦ７\u2013２ＣＮ\u00ADＴＱ')).toBe('1GNF7-2CNTQ');
    expect(plainCodeText('a\u00A0b\u202Fc\u3000d')).toBe('a b c d');
    for (const dash of ['\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212', '\uFE63', '\uFF0D'])
      expect(plainCodeText(`1${dash}2`), dash).toBe('1-2');
    expect(plainCodeText('1\u200B2\u200C3\u200D4\u20605\uFEFF6\u202E7\u20688')).toBe('12345678');
  });

  it('leaves Thai words, emoji and lone surrogates as they are', () => {
    for (const text of ['ผลของหนูค่ะ', 'ส่งแล้วนะครับ 🙏😊', '\uD800x\uDFFF', 'plain ascii 123-456']) {
      expect(plainCodeText(text).normalize('NFC')).toBe(text.normalize('NFKC'));
    }
  });
});

describe('codeFromFragment', () => {
  it('reads the code out of a link fragment, percent-escapes read and broken ones left for the decoder to refuse', () => {
    expect(codeFromFragment('#1A2B3')).toBe('1A2B3');
    expect(codeFromFragment('1A2B3')).toBe('1A2B3');
    expect(codeFromFragment('#1A2B3%20C4')).toBe('1A2B3 C4');
    expect(codeFromFragment('#%E0%A4%A')).toBe('%E0%A4%A');
    expect(codeFromFragment('')).toBe('');
  });

  it('leaves out what apps write after the code', () => {
    for (const fragment of [
      '#1A2B3?openExternalBrowser=1',
      '#1A2B3&openExternalBrowser=1',
      '#1A2B3/',
      '#1A2B3.',
      '#1A2B3...',
      '#1A2B3!',
      '#1A2B3/?openExternalBrowser=1',
      '1A2B3%3FopenExternalBrowser%3D1',
    ]) {
      expect(codeFromFragment(fragment), fragment).toBe('1A2B3');
    }
  });

  it('reads percent-escaped invisible marks and dashes inside a code as the marks and dashes', () => {
    expect(normalizeResultCode(codeFromFragment('#1A2%E2%80%8BB3'))).toBe('1A2B3');
    expect(normalizeResultCode(codeFromFragment('#1A2B3%E2%80%93C4D5E'))).toBe('1A2B3C4D5E');
    expect(normalizeResultCode(codeFromFragment('#%EF%BC%91%EF%BC%A1'))).toBe('1A');
  });

  it('keeps a fragment of a million dots quick, and empty', () => {
    expect(codeFromFragment(`#${'.'.repeat(1_000_000)}`)).toBe('');
  });
});

describe('plainCodeText then decodeResultCode read codes however they are written', () => {
  it('reads a real code written with spaces, any dash, full-width, invisible marks and look-alikes', () => {
    const ids = idsOf(33);
    fc.assert(
      fc.property(
        answersArbitrary(ids),
        fc.constantFrom(' ', ' - ', '\u2013', '\u2011', '\u00A0', '\uFF0D', '\u00AD', '\u2060'),
        (answers, separator) => {
          const code = encodeResultCode(bankVersion, ids, answers);
          const written = (code.match(/.{1,5}/gu) ?? []).join(separator).replaceAll('1', 'l').replaceAll('0', 'o');
          expect(decodeResultCode(plainCodeText(written), bankVersion, ids)).toEqual({ ok: true, answers });
          const wide = written.replace(/[0-9a-z]/gu, (character) =>
            String.fromCodePoint((character.codePointAt(0) ?? 0) + 0xfee0),
          );
          expect(decodeResultCode(plainCodeText(wide), bankVersion, ids)).toEqual({ ok: true, answers });
        },
      ),
      { numRuns: 200 },
    );
  });
});
