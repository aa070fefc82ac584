import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '../../../src/lib/answers';
import {
  codeFromTyped,
  findResultCodes,
  foundIn,
  scanLines,
  startScan,
  type FoundCode,
} from '../../../src/lib/group-links';
import { codeFromFragment } from '../../../src/lib/code-text';
import { encodeResultCode, normalizeResultCode } from '../../../src/lib/result-code';

/** Today's size of bank (33 items, codes of 28 characters) under a fixed version, so the codes never change. */
const bankVersion = 'c0de2a17';
const itemIds = Array.from({ length: 33 }, (_, index) => `item-${index + 1}`);

function answersFor(seed: number): Answers {
  const answers: Record<string, AnswerValue> = {};
  let rest = seed;
  for (const id of itemIds) {
    if (rest % 6 > 0) answers[id] = (rest % 6) as AnswerValue;
    rest = Math.floor(rest / 6);
  }
  return answers;
}
const codeFor = (seed: number) => encodeResultCode(bankVersion, itemIds, answersFor(seed));
/** The code the review tried, made with the real bank of 2026-11-26. */
const review = '1GNF72CNTQ10GCMV5VWDVP7W0KQ8';
const somchai = codeFor(1_234_567);
const nid = codeFor(98_765);
/** The same code with one character changed: it no longer reads. */
const mistyped = `${somchai.slice(0, 12)}${somchai[12] === 'Q' ? 'R' : 'Q'}${somchai.slice(13)}`;

const groups = (code: string, separator: string) => code.match(/.{1,5}/gu)?.join(separator) ?? '';
const codesIn = (text: string) => findResultCodes(text).entries.map((entry) => entry.code);
const only = (text: string): FoundCode => {
  const { entries } = findResultCodes(text);
  expect(entries, text).toHaveLength(1);
  return entries[0] as FoundCode;
};
const fullWidth = (text: string) =>
  [...text].map((character) => String.fromCodePoint((character.codePointAt(0) ?? 0) + 0xfee0)).join('');

describe('codes written the way people write them', () => {
  it('finds the spaced code of the review inside a Thai chat line, on its line', () => {
    const chat = `10:15\tสมชาย\tสวัสดีครับ\n10:16\tนิด\tรหัสของหนู ${groups(review, ' ')} ค่ะ`;
    expect(findResultCodes(chat).entries).toEqual([
      { code: review, raw: groups(review, ' '), line: 2, kind: 'code', count: 1 },
    ]);
  });

  it('finds a code whose groups are joined by any separator people or their apps type', () => {
    const separators = [
      ' ',
      '  ',
      '\t',
      ' - ',
      '- ',
      ' -',
      '\u2010',
      '\u2011',
      '\u2012',
      '\u2013',
      ' \u2013 ',
      '\u2014',
      '\u2212',
      '\uFE63',
      '\uFF0D',
      '\u00A0',
      '\u202F',
      '-\u00AD',
      '\u3000',
    ];
    for (const separator of separators) {
      const written = groups(somchai, separator);
      expect(codesIn(`ผลของผม ${written} ครับ`), JSON.stringify(separator)).toEqual([somchai]);
      expect(codesIn(`mine: ${written.toLowerCase()}.`), JSON.stringify(separator)).toEqual([somchai]);
    }
  });

  it('ignores soft hyphens, word joiners and zero-width marks inside a code', () => {
    for (const mark of ['\u00AD', '\u2060', '\u200B', '\u200D', '\uFEFF']) {
      const written = `${somchai.slice(0, 7)}${mark}${somchai.slice(7, 19)}${mark}${somchai.slice(19)}`;
      expect(only(`รหัส ${written}`).code, JSON.stringify(mark)).toBe(somchai);
    }
  });

  it('reads full-width letters and digits, in a code and in a link', () => {
    expect(only(`รหัส ${fullWidth(groups(somchai, '-'))} ค่ะ`)).toMatchObject({ code: somchai, kind: 'code' });
    expect(only(`https://x.example/th/result/#${fullWidth(nid)}`)).toMatchObject({ code: nid, kind: 'link' });
  });

  it('reads I, i, L or l for 1 and O or o for 0, the leading 1 too', () => {
    for (const one of ['I', 'i', 'L', 'l']) {
      const typed = `${one}${somchai.slice(1).replaceAll('1', one).replaceAll('0', 'o')}`;
      expect(only(`รหัส ${groups(typed, ' ')}`).code, typed).toBe(somchai);
    }
  });

  it('joins a code wrapped at a hyphen over two lines, counted on its first line', () => {
    const [head, tail] = [groups(review, '-').slice(0, 18), groups(review, '-').slice(18)];
    expect(head.endsWith('-')).toBe(true);
    const chat = ['10:15\tนิด\tรหัสค่ะ', `10:16\tนิด\t${head}`, tail, `10:17\tต้น\t${somchai}`].join('\n');
    expect(findResultCodes(chat).entries).toEqual([
      { code: review, raw: `${head}${tail}`, line: 2, kind: 'code', count: 1 },
      { code: somchai, raw: somchai, line: 4, kind: 'code', count: 1 },
    ]);
    // Spaces around the break, and a CR LF, change nothing.
    expect(codesIn(`${head} \r\n  ${tail}`)).toEqual([review]);
  });

  it('finds the same people whatever number of lines the page reads at a time, a wrapped code across two reads', () => {
    const [head, tail] = [groups(review, '-').slice(0, 18), groups(review, '-').slice(18)];
    const chat = [
      '10:15\tนิด\tรหัสค่ะ',
      `10:16\tนิด\t${head}`,
      tail,
      `10:17\tต้น\thttps://x.example/th/result/#${somchai}`,
      `10:18\tต้น\tส่งซ้ำ ${somchai.toLowerCase()}`,
      `10:19\tเอ\t${nid}`,
    ].join('\n');
    const expected = {
      entries: [
        { code: review, raw: `${head}${tail}`, line: 2, kind: 'code', count: 1 },
        { code: somchai, raw: `https://x.example/th/result/#${somchai}`, line: 4, kind: 'link', count: 2 },
        { code: nid, raw: nid, line: 6, kind: 'code', count: 1 },
      ],
      truncated: false,
      tooMany: false,
    };
    // One line a read puts the wrapped code's two halves in two reads; two lines puts them in one.
    for (const linesAtATime of [1, 2, 3, 4, 100]) {
      const scan = startScan(chat);
      let reads = 0;
      while (!scanLines(scan, linesAtATime)) reads++;
      expect([linesAtATime, foundIn(scan)]).toEqual([linesAtATime, expected]);
      expect(reads).toBe(Math.ceil(6 / linesAtATime) - 1);
    }
  });

  it('does not join two lines without a hyphen, nor a wrapped code that does not read', () => {
    const written = groups(review, '-');
    expect(codesIn(`${written.slice(0, 17)}\n${written.slice(18)}`)).toEqual([]);
    expect(codesIn(`${groups(mistyped, '-').slice(0, 18)}\n${groups(mistyped, '-').slice(18)}`)).toEqual([]);
  });

  it('finds a code glued after a Latin word', () => {
    expect(only(`myresult${review}`)).toMatchObject({ code: review, raw: review, kind: 'code' });
    expect(only(`Code:${groups(review, '-')} thanks`)).toMatchObject({ code: review, kind: 'code' });
  });
});

describe('what must not be taken for a code', () => {
  it('lists spaced groups of five that do not read as a code that cannot be read, on their line', () => {
    for (const [written, code] of [
      [groups(mistyped, ' '), mistyped],
      [groups(mistyped, ' - '), mistyped],
      [groups(somchai.slice(0, 25), ' '), somchai.slice(0, 25)],
    ] as const) {
      const found = findResultCodes(`สวัสดีค่ะ\nรหัส ${written} ค่ะ`).entries;
      expect(found, written).toEqual([{ code, raw: written, line: 2, kind: 'code', count: 1 }]);
    }
  });

  it('takes glued codes, and words in groups of five, only when they read whole', () => {
    for (const text of [
      `myresult${mistyped}`,
      'Items sweet glass three fresh',
      'I1tem Sweet Glass Three Fresh with 2 kids',
      `I like all of it a lot, I will tell my class ${'lol '.repeat(20)}`,
      'Il lI 1l 11 IL oO lO1 iIlL 1ILO OLI1 l1l1 I1I1 L0L0 1O1O '.repeat(6),
    ]) {
      expect(findResultCodes(text).entries, text).toEqual([]);
    }
  });

  it('still ignores phone, ID, bank and tracking numbers and dates, however spaced', () => {
    const text = [
      'โทร 081 234 5678 หรือ 081-234-5678 หรือ +66 81 234 5678',
      'เลขบัตร 1 2345 67890 12 3 หรือ 1-2345-67890-12-3 หรือ 1234567890123',
      'บัญชี 123-4-56789-0 กสิกร 1234 5678 9012 3456 (บัตร)',
      'พัสดุ EF 1234 5678 9TH, TH0123456789012 Kerry KEX1234567890',
      'วันที่ 2026-11-20 10:15, 20 พ.ย. 2569, 1st - 2nd - 3rd',
    ].join('\n');
    expect(findResultCodes(text).entries).toEqual([]);
  });

  it('never lists a Google Drive, Docs, Forms or LINE invite link as a broken code', () => {
    const id = '1Xy7QpZk3bWmT9vR2sNcLd8HfGaJ4eKo5';
    expect(id).toHaveLength(33);
    const text = [
      `https://drive.google.com/file/d/${id}/view?usp=sharing`,
      `https://docs.google.com/document/d/${id}/edit`,
      `ดูไฟล์ที่ drive.google.com/file/d/${id}/view ค่ะ`,
      'https://forms.gle/1AbCdEfGhJkMnPqRsTvW',
      'https://line.me/R/ti/g/1AbCdEfGhJkMnPqRsTvWxYz',
      `https://drive.google.com/open?id=${id}`,
      `https://docs.google.com/document/d/${id}/edit#${id}`,
    ].join('\n');
    expect(findResultCodes(text).entries).toEqual([]);
    // After the # of another page's address, only a code that reads whole is taken.
    expect(codesIn(`https://x.example/th/quiz/#${groups(somchai, '-')}`)).toEqual([somchai]);
  });

  it('still reports a bare code-shaped run that does not read, and a result link with a bad code', () => {
    const text = `ต้น\t${mistyped}\nพลอย\thttps://x.example/th/result/#${mistyped}`;
    expect(findResultCodes(text).entries).toEqual([{ code: mistyped, raw: mistyped, line: 1, kind: 'code', count: 2 }]);
  });
});

describe('anything after the code in a link', () => {
  const base = 'https://x.example/th/result/';
  const written = [
    `#${somchai}?openExternalBrowser=1`,
    `#${somchai}&openExternalBrowser=1`,
    `#${somchai}/`,
    `#${somchai}.`,
    `#${somchai.slice(0, 9)}%E2%80%8B${somchai.slice(9)}`,
    `#${somchai.slice(0, 9)}%C2%AD${somchai.slice(9)}`,
    `#${groups(somchai, '%E2%80%93')}`,
    `%23${somchai}?openExternalBrowser=1`,
  ];

  it('is left out on the group page, the result and detail pages and in the code box alike', () => {
    for (const fragment of written) {
      const link = `${base}${fragment}`;
      expect(only(`ลิงก์ของหนู ${link}`), link).toMatchObject({ code: somchai, kind: 'link' });
      expect(normalizeResultCode(codeFromFragment(fragment.replace('%23', '#'))), link).toBe(somchai);
      expect(codeFromTyped(link), link).toBe(somchai);
    }
  });

  it('leaves a cut-short code cut short on every page, and the group page reports it', () => {
    for (const fragment of [`#${somchai.slice(0, 12)}?openExternalBrowser=1`, `#${somchai.slice(0, 12)}/`]) {
      expect(only(`${base}${fragment}`)).toMatchObject({ code: somchai.slice(0, 12), kind: 'link' });
      expect(normalizeResultCode(codeFromFragment(fragment))).toBe(somchai.slice(0, 12));
      expect(codeFromTyped(`${base}${fragment}`)).toBe(somchai.slice(0, 12));
    }
  });

  it('reports a cut-short link with a query before the # sign', () => {
    const link = `https://x.example/th/result/?openExternalBrowser=1#${review.slice(0, 12)}`;
    expect(only(`ผลค่ะ ${link}`)).toEqual({ code: review.slice(0, 12), raw: link, line: 1, kind: 'link', count: 1 });
    const whole = `https://x.example/en/result/detail/?openExternalBrowser=1&utm=line#${review}`;
    expect(only(whole)).toMatchObject({ code: review, raw: whole, kind: 'link' });
    // A %23 after a query is part of the query: that page opens with no code, so nothing is counted.
    expect(findResultCodes(`https://x.example/th/result/?ref=line%23${somchai.slice(0, 12)}`).entries).toEqual([]);
  });
});

describe('codeFromTyped, the result page code box', () => {
  it('reads a spaced code, a code in a sentence and a link with a query, as the group page does', () => {
    expect(codeFromTyped(groups(review, ' '))).toBe(review);
    expect(codeFromTyped(`รหัสของหนู ${groups(review, ' ')} ค่ะ`)).toBe(review);
    expect(codeFromTyped(` ${fullWidth(groups(review, '-'))} `)).toBe(review);
    expect(codeFromTyped(`${review}?openExternalBrowser=1`)).toBe(review);
  });

  it('gives back what it cannot read, for the page to say why', () => {
    expect(codeFromTyped('1gnf7 2cntq')).toBe('1GNF72CNTQ');
    expect(codeFromTyped(groups(mistyped, ' '))).toBe(mistyped);
    expect(codeFromTyped('hello')).toBe('HE110');
  });
});

describe('long hostile lines of addresses and queries', () => {
  it('reads them in one pass, taking nothing in them for a code', () => {
    for (const text of [
      `${'a.'.repeat(100_000)}/`,
      'x.co/'.repeat(40_000),
      `${'-'.repeat(200_000)}.co/`,
      '/result/?'.repeat(20_000),
      `/result/?${'a'.repeat(200_000)}`,
      `https://x.example/th/result/?${'%23'.repeat(60_000)}`,
      'forms.gle/1AbCdEfGhJkMnPqRsTvW?next='.repeat(10_000),
    ]) {
      expect(findResultCodes(text).entries, text.slice(0, 16)).toEqual([]);
    }
  });
});
