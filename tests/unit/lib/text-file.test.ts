import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTextFile } from '../../../src/lib/text-file';
import { tis620Bytes } from '../../support/tis-620';

// A LINE chat as Thai Windows' Notepad saves it: Thai names and greetings around the codes.
const chat = [
  '[LINE] ประวัติการแชทของ ม.6/2 แนะแนว',
  'บันทึกเมื่อ: 2026/11/28 10:30',
  '09:01\tสมหญิง\tผลของหนูค่ะ https://career-check.example.org/th/result/#1GNF7-2CNTQ-10GCM-V5VWD-VP7W0-KQ8',
  '09:02\tต้น\tรหัสผล 1gnf7-36c9q-z2e0w-z4f7t-4mm2b-02r ครับ ๑๒๓ ฿',
].join('\r\n');

const utf16 = (text: string, littleEndian: boolean) => {
  const bytes = new Uint8Array(2 + text.length * 2);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xfeff, littleEndian);
  for (let index = 0; index < text.length; index += 1)
    view.setUint16(2 + index * 2, text.charCodeAt(index), littleEndian);
  return bytes;
};
const withMark = (bytes: Uint8Array) => Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]);

describe('decodeTextFile', () => {
  it('reads a Thai "ANSI" (TIS-620 / Windows-874) export with its Thai and its codes', () => {
    const bytes = tis620Bytes(chat);
    // The fixture really is single-byte Thai: the first Thai letter of "ประวัติ" is 0xBB, not UTF-8.
    expect(bytes[7]).toBe(0xbb);
    expect(bytes).toHaveLength(chat.length);
    expect(decodeTextFile(bytes)).toEqual({ text: chat, encoding: 'windows-874' });
  });

  it('reads UTF-8 with and without a byte-order mark, and UTF-16 with one, as before', () => {
    const utf8 = new TextEncoder().encode(chat);
    expect(decodeTextFile(utf8)).toEqual({ text: chat, encoding: 'utf-8' });
    expect(decodeTextFile(withMark(utf8))).toEqual({ text: chat, encoding: 'utf-8' });
    expect(decodeTextFile(utf16(chat, true))).toEqual({ text: chat, encoding: 'utf-16le' });
    expect(decodeTextFile(utf16(chat, false))).toEqual({ text: chat, encoding: 'utf-16be' });
  });

  it('reads a file of plain ASCII codes, and an empty one, as UTF-8', () => {
    expect(decodeTextFile(tis620Bytes('1GNF72CNTQ10GCMV5VWDVP7W0KQ8\n'))).toEqual({
      text: '1GNF72CNTQ10GCMV5VWDVP7W0KQ8\n',
      encoding: 'utf-8',
    });
    expect(decodeTextFile(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('says a file that is not text is not text: NUL bytes, or UTF-16 with no mark', () => {
    const picture = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]);
    expect(decodeTextFile(picture)).toEqual({ problem: 'binary' });
    expect(decodeTextFile(utf16(chat, true).subarray(2))).toEqual({ problem: 'binary' });
  });

  it('gives back any Thai and ASCII text saved in UTF-8 or in TIS-620, byte for byte', () => {
    // A few Thai letters in TIS-620 can also be valid UTF-8 ("ยก" is C2 A1, UTF-8's "¡"): such bytes are read as
    // UTF-8, and only the ASCII in them (every code) is sure to survive. A real chat is never that short.
    const isUtf8 = (bytes: Uint8Array) => {
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return true;
      } catch {
        return false;
      }
    };
    const thaiOrAscii = fc.string({
      unit: fc.oneof(
        fc.integer({ min: 0x20, max: 0x7e }).map((point) => String.fromCodePoint(point)),
        fc
          .integer({ min: 0x0e01, max: 0x0e5b })
          .filter((point) => point < 0x0e3b || point > 0x0e3e)
          .map((point) => String.fromCodePoint(point)),
        fc.constantFrom('\n', '\r\n', '\t'),
      ),
    });
    fc.assert(
      fc.property(thaiOrAscii, (text) => {
        const fromUtf8 = decodeTextFile(new TextEncoder().encode(text));
        const tis = tis620Bytes(text);
        const fromTis = decodeTextFile(tis);
        expect(fromUtf8).toEqual({ text, encoding: 'utf-8' });
        if (!isUtf8(tis)) expect('text' in fromTis && fromTis.text).toBe(text);
        else
          expect('text' in fromTis && fromTis.text.replace(/[^\x20-\x7e]/gu, '')).toBe(
            text.replace(/[^\x20-\x7e]/gu, ''),
          );
      }),
    );
  });
});
