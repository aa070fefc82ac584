/**
 * Chats exported from LINE as counsellors send them (tests/fixtures/line-exports/): Android and iOS layouts, Thai and
 * English, with codes written the ways people write them, numbers, Drive, Forms and invite links.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findResultCodes } from '../../../src/lib/group-links';

const exported = (name: string) =>
  readFileSync(new URL(`../../fixtures/line-exports/${name}`, import.meta.url), 'utf8');

const [a, b, c, d, e, f] = [
  '1GW1QHSR77J8TMBQTB85GET46K9R',
  '1GW1QJYSHZ53CW41SK6CSK7TR3CG',
  '1GW1QKZEEEBW0JDT1WEYX6SJA0CG',
  '1GW1QMAWGN30GMBWNW45BEQ7QKC8',
  '1GW1QGDHBPQJRP9Q3N0X878Z56ZG',
  '1GW1QHJPK97693W6XA8M7QQ20D5R',
];
/** The code of the review, made with the bank released on 2026-11-26. */
const review = '1GNF72CNTQ10GCMV5VWDVP7W0KQ8';

const expected: Record<string, [code: string, line: number, kind: 'link' | 'code', count: number][]> = {
  'android-th.txt': [
    [a, 7, 'link', 2],
    [b, 8, 'code', 1],
    [c, 10, 'code', 1],
    // Cut short: listed, for the page to say the link was cut off.
    [d.slice(0, 25), 12, 'link', 1],
    // Wrapped at a hyphen onto line 14.
    [e, 13, 'code', 1],
    [d, 16, 'link', 1],
  ],
  'ios-en.txt': [
    [f, 7, 'link', 1],
    [review, 8, 'code', 1],
    [b, 10, 'code', 1],
    [c, 11, 'code', 1],
    // Mistyped: listed, for the page to say so.
    [`${e.slice(0, -1)}X`, 13, 'code', 1],
  ],
  'ios-th.txt': [
    [b, 6, 'code', 1],
    [c, 7, 'code', 1],
    [d, 8, 'link', 1],
    [e, 9, 'code', 1],
  ],
  'android-en.txt': [
    [a, 5, 'code', 1],
    [b, 6, 'link', 1],
    [`${c.slice(0, -1)}X`, 7, 'link', 1],
    [f, 9, 'code', 1],
  ],
};

describe('findResultCodes on LINE exports', () => {
  for (const [name, entries] of Object.entries(expected)) {
    it(`finds every code of ${name} once, on its line, and lists the broken ones`, () => {
      const text = exported(name);
      const found = findResultCodes(text).entries.map(({ code, line, kind, count }) => [code, line, kind, count]);
      expect(found).toEqual(entries);
      // Saved on Windows, with CR LF line ends, the same.
      const windows = findResultCodes(text.replaceAll('\n', '\r\n')).entries;
      expect(windows.map(({ code, line }) => [code, line])).toEqual(entries.map(([code, line]) => [code, line]));
    });
  }
});
