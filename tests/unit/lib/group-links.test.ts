import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '../../../src/lib/answers';
import {
  findResultCodes,
  longestBareCode,
  longestScannedText,
  mostFoundCodes,
  shortestBareCode,
  type FoundCode,
} from '../../../src/lib/group-links';
import { decodeResultCode, encodeResultCode, groupResultCode } from '../../../src/lib/result-code';

/** A bank as large as today's (33 items, codes of 28 characters) under a fixed version, so codes never change. */
const bankVersion = 'c0de2a17';
const itemIds = Array.from({ length: 33 }, (_, index) => `item-${index + 1}`);

/** Answers spelled out by the digits of `seed` in base 6, one per item: every seed gives its own answers. */
function answersFor(seed: number, ids: readonly string[] = itemIds): Answers {
  const answers: Record<string, AnswerValue> = {};
  let rest = seed;
  for (const id of ids) {
    const digit = rest % 6;
    rest = Math.floor(rest / 6);
    if (digit > 0) answers[id] = digit as AnswerValue;
  }
  return answers;
}

/** A real code, as the result page writes it. */
const codeFor = (seed: number, ids: readonly string[] = itemIds) =>
  encodeResultCode(bankVersion, ids, answersFor(seed, ids));

const [somchai, nid, ton, ploy] = [codeFor(1_234_567), codeFor(98_765), codeFor(4_242), codeFor(777_777)] as [
  string,
  string,
  string,
  string,
];

const codesIn = (text: string) => findResultCodes(text).entries.map((entry) => entry.code);
const only = (text: string): FoundCode => {
  const { entries } = findResultCodes(text);
  expect(entries).toHaveLength(1);
  return entries[0] as FoundCode;
};

describe('the codes these tests use', () => {
  it('are real codes of 28 characters that start with 1 and hold letters', () => {
    for (const code of [somchai, nid, ton, ploy]) {
      expect(code).toMatch(/^1[0-9A-Z]{27}$/u);
      expect(code).toMatch(/[A-Z]/u);
      expect(decodeResultCode(code, bankVersion, itemIds).ok).toBe(true);
    }
    expect(new Set([somchai, nid, ton, ploy]).size).toBe(4);
  });
});

describe('findResultCodes in a LINE chat export', () => {
  const chat = [
    '[LINE] ประวัติการแชทของกลุ่ม "ฝึกงานหน้าร้าน ม.6/2"',
    'วันที่บันทึก: 2026/11/21 08:02',
    '',
    '2026.11.20 Saturday',
    `10:15\tสมชาย\thttps://x.example/th/result/#${groupResultCode(somchai)}`,
    `10:16\tนิด\tผลของหนูค่ะ ${nid.toLowerCase()}`,
    '10:17\tครูแอน\t[สติกเกอร์]',
    '10:18\tครูแอน\tใครมีปัญหาโทรหาครูได้ที่ 081-234-5678 หรือ 0812345678 นะคะ',
    `10:20\tต้น\tของผมครับ (https://x.example/th/result/#${ton}).`,
    `10:21\tสมชาย\tส่งซ้ำนะครับ https://x.example/th/result/#${somchai}`,
    `10:25\tพลอย\thttps://x.example/th/result/#${ploy.slice(0, 14)}`,
    '2026.11.21 Sunday',
    `09:02\tนิด\tเมื่อวานส่งผิด อันนี้ค่ะ ${groupResultCode(nid)}`,
  ].join('\n');

  it('finds every link and code once, with where it first appeared and how often', () => {
    expect(findResultCodes(chat)).toEqual({
      entries: [
        {
          code: somchai,
          raw: `https://x.example/th/result/#${groupResultCode(somchai)}`,
          line: 5,
          kind: 'link',
          count: 2,
        },
        { code: nid, raw: nid.toLowerCase(), line: 6, kind: 'code', count: 2 },
        { code: ton, raw: `https://x.example/th/result/#${ton}`, line: 9, kind: 'link', count: 1 },
        {
          code: ploy.slice(0, 14),
          raw: `https://x.example/th/result/#${ploy.slice(0, 14)}`,
          line: 11,
          kind: 'link',
          count: 1,
        },
      ],
      truncated: false,
      tooMany: false,
    });
  });

  it('gives codes the decoder reads back as the very answers, and keeps the cut-off one for it to refuse', () => {
    const decoded = findResultCodes(chat).entries.map((entry) => decodeResultCode(entry.code, bankVersion, itemIds));
    expect(decoded.slice(0, 3)).toEqual([
      { ok: true, answers: answersFor(1_234_567) },
      { ok: true, answers: answersFor(98_765) },
      { ok: true, answers: answersFor(4_242) },
    ]);
    expect(decoded[3]).toEqual({ ok: false, problem: 'malformed' });
  });

  it('counts lines the same whether they end in CR LF, LF or CR', () => {
    const lines = ['สวัสดีค่ะ', `${somchai}`, '', `https://x.example/en/result/#${nid}`];
    for (const breakBetween of ['\r\n', '\n', '\r']) {
      expect(findResultCodes(lines.join(breakBetween)).entries.map((entry) => entry.line)).toEqual([2, 4]);
    }
    // LF then CR is two line breaks, as text editors count them.
    expect(findResultCodes(`a\r\n\r\nb\n\rc\r${ton}`).entries[0]?.line).toBe(6);
  });
});

describe('findResultCodes for result links', () => {
  it('finds links on any site, under any base path, to the result or its detail page, and relative ones', () => {
    const links = [
      `https://x.example/th/result/#${somchai}`,
      `http://localhost:4321/career/th/result/#${nid}`,
      `https://guidance.example.ac.th/career/en/result/detail/#${ton}`,
      `/th/result/#${ploy}`,
      `../result/detail/#${codeFor(5)}`,
      `x.example/en/result/#${codeFor(6)}`,
    ];
    const found = findResultCodes(links.join('\n')).entries;
    expect(found.map((entry) => [entry.raw, entry.kind, entry.line])).toEqual(
      links.map((link, index) => [link, 'link', index + 1]),
    );
    expect(found.map((entry) => entry.code)).toEqual([somchai, nid, ton, ploy, codeFor(5), codeFor(6)]);
  });

  it('reads a # written as %23 and spaces written as %20, and percent-escaped hyphens', () => {
    const spaced = groupResultCode(somchai).replaceAll('-', '%20');
    expect(only(`https://x.example/th/result/%23${spaced}`)).toEqual({
      code: somchai,
      raw: `https://x.example/th/result/%23${spaced}`,
      line: 1,
      kind: 'link',
      count: 1,
    });
    expect(only(`https://x.example/th/result/detail/%23${groupResultCode(nid).replaceAll('-', '%2D')}`).code).toBe(nid);
    expect(only(`https://x.example/th/result/#${groupResultCode(ton).toLowerCase()}`).code).toBe(ton);
  });

  it('ends a link at the brackets, quotes, separators and sentence marks written after it', () => {
    const link = `https://x.example/th/result/#${somchai}`;
    for (const written of [
      `${link}.`,
      `(${link})`,
      `(${link}).`,
      `${link}, ${nid}`,
      `${link};`,
      `[ผลของฉัน](${link})`,
      `<a href="${link}">ผล</a>`,
      `'${link}'`,
      `<${link}>`,
      `${link}!`,
      `${link}?`,
      `${link}...`,
      `ลิงก์: ${link}: ของผมเอง`,
      `${link}\tสมชาย`,
      `${link}\u00a0ครับ`,
      `\`${link}\``,
      `{${link}}`,
    ]) {
      const first = findResultCodes(written).entries[0];
      expect(first, written).toMatchObject({ code: somchai, raw: link, kind: 'link' });
    }
  });

  it('keeps Thai text glued before or after a link out of it', () => {
    const link = `https://x.example/th/result/#${groupResultCode(somchai)}`;
    expect(only(`ผลของหนูค่ะ${link}ขอบคุณค่ะ`)).toMatchObject({ code: somchai, raw: link });
    expect(only(`ดูที่/th/result/#${nid}นะ`)).toMatchObject({ code: nid, raw: `/th/result/#${nid}` });
    expect(only(`ผลของหนูhttps://ไทย.example/th/result/#${ton}ค่ะ`)).toMatchObject({
      code: ton,
      raw: `https://ไทย.example/th/result/#${ton}`,
    });
  });

  it('returns a link whose code is cut short, empty or broken, for the page to say why it cannot be read', () => {
    const base = 'https://x.example/th/result/#';
    expect(only(`${base}${somchai.slice(0, 9)}`)).toMatchObject({ code: somchai.slice(0, 9), kind: 'link' });
    // LINE shows a long link cut with an ellipsis; copied from there, the link ends at it.
    expect(only(`${base}${nid.slice(0, 16)}…`)).toMatchObject({ code: nid.slice(0, 16), raw: base + nid.slice(0, 16) });
    expect(only(`ลิงก์ของหนู ${base}`)).toEqual({ code: '', raw: base, line: 1, kind: 'link', count: 1 });
    expect(only(`${base}%E0%B8%81%`).code).toBe('%E0%B8%81%');
    // What apps add after the code is not part of it, as on the result page.
    expect(only(`${base}${ton}?utm_source=line`).code).toBe(ton);
  });

  it('keeps every link with an empty fragment as one entry with the empty code, counted', () => {
    const text = [
      'https://x.example/th/result/#',
      `https://x.example/th/result/#${somchai}`,
      'https://x.example/th/result/%23 ส่งไม่ติด',
      '(/en/result/detail/#)',
    ].join('\n');
    expect(findResultCodes(text).entries).toEqual([
      { code: '', raw: 'https://x.example/th/result/#', line: 1, kind: 'link', count: 3 },
      { code: somchai, raw: `https://x.example/th/result/#${somchai}`, line: 2, kind: 'link', count: 1 },
    ]);
  });

  it('does not count the code inside a link again as a bare code', () => {
    expect(findResultCodes(`https://x.example/th/result/#${groupResultCode(somchai)}`).entries).toEqual([
      expect.objectContaining({ code: somchai, kind: 'link', count: 1 }),
    ]);
    // A code in the path before the anchor is part of the link too.
    expect(codesIn(`https://x.example/${nid}/th/result/#${ton}`)).toEqual([ton]);
  });

  it('reads links pasted one straight after another, without a space, as separate links', () => {
    const links = [
      `https://a.example/th/result/#${somchai}`,
      `https://b.example/th/result/#${nid}`,
      `HTTP://c.example/en/result/detail/#`,
      `http://d.example/th/result/#${ton}`,
    ];
    expect(findResultCodes(links.join('')).entries.map((entry) => [entry.code, entry.raw, entry.kind])).toEqual([
      [somchai, links[0], 'link'],
      [nid, links[1], 'link'],
      ['', links[2], 'link'],
      [ton, links[3], 'link'],
    ]);
  });

  it('finds a link to another result page address, but not one written in capitals or without /result/', () => {
    expect(codesIn(`https://x.example/th/quiz/#${somchai}`)).toEqual([somchai]);
    expect(findResultCodes(`https://x.example/th/quiz/#${somchai}`).entries[0]?.kind).toBe('code');
    // The capitals' code is still found on its own after the # sign.
    expect(findResultCodes(`https://X.EXAMPLE/TH/RESULT/#${nid}`).entries[0]).toMatchObject({
      code: nid,
      kind: 'code',
    });
    expect(findResultCodes('https://x.example/th/result/ and https://x.example/th/results/#12').entries).toEqual([]);
  });
});

describe('findResultCodes for bare codes', () => {
  it('finds a code typed in any case, grouped or not, on its own or glued to Thai text', () => {
    expect(codesIn(somchai)).toEqual([somchai]);
    expect(codesIn(`รหัส ${groupResultCode(nid).toLowerCase()} ค่ะ`)).toEqual([nid]);
    expect(codesIn(`ผลของหนู${ton}ค่ะ`)).toEqual([ton]);
    expect(codesIn(`"${ploy}",${somchai};(${nid})`)).toEqual([ploy, somchai, nid]);
    expect(codesIn(`name_${ton}`)).toEqual([ton]);
  });

  it('reads a code typed with O for 0 and I or L for 1 as the code', () => {
    const typed = `1${somchai.slice(1).replaceAll('0', 'O').replaceAll('1', 'l')}`;
    expect(typed).not.toBe(somchai);
    expect(only(`รหัสผม ${typed}`)).toMatchObject({ code: somchai, raw: typed, kind: 'code' });
    // The first character too, since the code reads whole; a long word starting with I or L is never a code.
    expect(codesIn(`l${somchai.slice(1)} internationalization`)).toEqual([somchai]);
    expect(codesIn(`I${nid.slice(1).toLowerCase()}`)).toEqual([nid]);
    expect(codesIn('Internationalization Localization1234 illegibilities')).toEqual([]);
  });

  it('finds a code glued after a word only when it reads whole, and never one with more glued after it', () => {
    for (const text of [
      `ABC${somchai}`,
      `myresult${groupResultCode(somchai).toLowerCase()}`,
      `9${somchai}`,
      `é${somchai}`,
      `ID-${somchai}`,
      `${somchai}-`,
      `${somchai}--x`,
    ]) {
      expect(findResultCodes(text).entries, text).toEqual([
        expect.objectContaining({ code: somchai, kind: 'code', count: 1 }),
      ]);
    }
    const mistyped = `${somchai.slice(0, 10)}${somchai[10] === 'X' ? 'Y' : 'X'}${somchai.slice(11)}`;
    for (const text of [
      `ABC${mistyped}`,
      `myresult${groupResultCode(mistyped)}`,
      `9${mistyped}`,
      `${somchai}U`,
      `ABC${somchai}xyz`,
      `ID-${somchai.slice(0, 22)}`,
    ]) {
      expect(findResultCodes(text).entries, text).toEqual([]);
    }
    // Standing apart, in the shape the site prints, a run that does not read is kept for the page to say why.
    expect(only(`รหัส ${somchai}A`)).toMatchObject({ code: `${somchai}A`, raw: `${somchai}A`, kind: 'code' });
  });

  it('does not take words, dates, phone, ID or order numbers, or all-digit runs for codes', () => {
    const text = [
      'Call 0812345678 or +66 81 234 5678, ID 1-2345-67890-12-3, account 123-4-56789-0',
      'Order 1000000000000000000001 and 10000000000000000000000, tracking EF123456789TH',
      '1000-0000-0000-0000-0000-0000, 10:15, 2026.11.20, 1st place, 100%',
      'ABCDEFGHJKMNPQRSTVWXYZ0123456789 starts with a letter; 0GNF74FGMJC80CMCY8WN9FRZQ with 0',
      `A ULID 01ARZ3NDEKTSV4RRFFQ69G5FAV, a SHA-512 ${`1e6b1c8f${'a9d4b2e7'.repeat(15)}`}`,
    ].join('\n');
    expect(findResultCodes(text).entries).toEqual([]);
  });

  it(`takes runs of ${shortestBareCode} to ${longestBareCode} code characters, hyphens aside, and no others`, () => {
    const run = (length: number) => `1${'ABCDEFGHJK'.repeat(11)}`.slice(0, length);
    expect(codesIn(run(shortestBareCode - 1))).toEqual([]);
    expect(codesIn(run(shortestBareCode))).toEqual([run(shortestBareCode)]);
    expect(codesIn(groupResultCode(run(shortestBareCode)))).toEqual([run(shortestBareCode)]);
    expect(codesIn(groupResultCode(run(shortestBareCode - 1)))).toEqual([]);
    expect(codesIn(run(longestBareCode))).toEqual([run(longestBareCode)]);
    expect(codesIn(groupResultCode(run(longestBareCode)))).toEqual([run(longestBareCode)]);
    expect(codesIn(run(longestBareCode + 1))).toEqual([]);
  });

  it('takes nothing in the address of a page that is not a result for a code, before its # sign', () => {
    expect(findResultCodes(`https://x.example/ask?ref=${somchai}&lang=th`).entries).toEqual([]);
    expect(findResultCodes(`x.example/${groupResultCode(nid)}/page`).entries).toEqual([]);
  });
});

describe('findResultCodes counting the same code once', () => {
  it('merges a code written in capitals, in lower case, grouped, and in a link, keeping its first appearance', () => {
    const text = [
      `${groupResultCode(somchai).toLowerCase()}`,
      `${somchai} and again ${somchai}`,
      `https://x.example/th/result/#${somchai}.`,
      `https://y.example/en/result/detail/%23${groupResultCode(somchai).replaceAll('-', '%20')}`,
    ].join('\n');
    expect(findResultCodes(text).entries).toEqual([
      { code: somchai, raw: groupResultCode(somchai).toLowerCase(), line: 1, kind: 'code', count: 5 },
    ]);
  });

  it('keeps codes in the order they first appear, within a line by position', () => {
    const text = `${ton} https://x.example/th/result/#${nid} ${somchai}\n${ploy} ${ton}`;
    expect(codesIn(text)).toEqual([ton, nid, somchai, ploy]);
  });
});

describe('findResultCodes with invisible marks and junk', () => {
  it('ignores right-to-left, direction and zero-width marks wherever they stand, inside codes too', () => {
    const marked = (code: string) =>
      `\u2067${code.slice(0, 3)}\u200B${code.slice(3, 9)}\u200F-\u202E${code.slice(9, 20)}\uFEFF${code.slice(20)}\u2069`;
    const text = [
      `\u200Fผลของหนู ${marked(somchai)}\u200F`,
      `\u202Bhttps://x.example/th/\u200Dresult/\u2066#${marked(nid)}\u202C`,
      `ABC\u200B${ton.slice(0, 20)}`,
      `https://x.example/th/result/#${ploy.slice(0, 5)}%E2%80%8B${ploy.slice(5)}`,
    ].join('\n');
    expect(findResultCodes(text).entries).toEqual([
      { code: somchai, raw: `${somchai.slice(0, 9)}-${somchai.slice(9)}`, line: 1, kind: 'code', count: 1 },
      {
        code: nid,
        raw: `https://x.example/th/result/#${nid.slice(0, 9)}-${nid.slice(9)}`,
        line: 2,
        kind: 'link',
        count: 1,
      },
      {
        code: ploy,
        raw: `https://x.example/th/result/#${ploy.slice(0, 5)}%E2%80%8B${ploy.slice(5)}`,
        line: 4,
        kind: 'link',
        count: 1,
      },
    ]);
  });

  it('finds codes among NUL, control characters and lone surrogates without throwing', () => {
    // Low surrogate before high: two lone halves, not a pair.
    const junk = '\u0000\u0001\u0007\u001b[0m\uDFFF\uD800\uFFFE\u007f\u0085';
    const text = `${junk}${somchai}${junk}https://x.example/th/result/#${nid}${junk}\n\uD83D${ton}\uDE00`;
    expect(codesIn(text)).toEqual([somchai, nid, ton]);
    expect(findResultCodes(`https://x.example/th/result/#%\uD800%ZZ`).entries[0]?.code).toBe('%');
  });

  it('never throws on any text, and finds a link set on its own line between any two texts', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.constantFrom(
        '\uD800',
        '\uDC00',
        '\u0000',
        '\u202E',
        '/result/#',
        '%23',
        '%',
        '1',
        '-',
        '\r',
        '\n',
        'ก',
        'https://',
      ),
    );
    const junk = fc.array(piece, { maxLength: 12 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(junk, junk, fc.nat(999_999), (before, after, seed) => {
        const code = codeFor(seed);
        const found = findResultCodes(`${before}\nhttps://x.example/th/result/#${code}\n${after}`);
        expect(found.entries.some((entry) => entry.code === code)).toBe(true);
        for (const entry of found.entries) expect(entry.count).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 500 },
    );
  });

  it('answers an empty list for empty text, or for no text at all', () => {
    const none = { entries: [], truncated: false, tooMany: false };
    expect(findResultCodes('')).toEqual(none);
    expect(findResultCodes('\n\n\u200B\n')).toEqual(none);
    expect(findResultCodes(undefined as unknown as string)).toEqual(none);
  });
});

describe('findResultCodes on large and hostile text', () => {
  it('reads 20,000 lines of chat, counting each of 5,000 codes sent four times', () => {
    const codes = Array.from({ length: 5_000 }, (_, index) => codeFor(index * 7_919 + 1));
    const lines = Array.from({ length: 20_000 }, (_, index) => {
      const code = codes[index % codes.length] ?? '';
      return index % 2 === 0
        ? `${String(10 + (index % 12)).padStart(2, '0')}:15\tคนที่ ${index}\thttps://x.example/th/result/#${code}`
        : `${String(index % 24).padStart(2, '0')}:16\tคนที่ ${index}\tรหัสค่ะ ${groupResultCode(code).toLowerCase()}`;
    });
    const found = findResultCodes(lines.join('\n'));
    expect(found.entries).toHaveLength(5_000);
    expect(found.entries.map((entry) => entry.code)).toEqual(codes);
    expect(found.entries.every((entry) => entry.count === 4)).toBe(true);
    expect(found.entries.at(-1)?.line).toBe(5_000);
    expect(found.tooMany).toBe(false);
  });

  it('reads long runs of code characters, hyphens and digits in one line without taking them for codes', () => {
    for (const text of [
      '1111-'.repeat(40_000),
      '1111-'.repeat(40_000).slice(0, -1),
      '-'.repeat(200_000),
      '1'.repeat(200_000),
      `1${'-1'.repeat(100_000)}U`,
      '1a'.repeat(100_000),
      `1a${'-'.repeat(200_000)}`,
      'https://'.repeat(25_000),
      '%23'.repeat(70_000),
    ]) {
      expect(findResultCodes(text).entries, text.slice(0, 12)).toEqual([]);
    }
  });

  it('reads links with long or repeated fragments in one pass, each as the one link it is', () => {
    const dots = '.'.repeat(200_000);
    expect(findResultCodes(`https://x.example/th/result/#${dots}x`).entries[0]?.code).toBe(`${dots}X`);
    expect(findResultCodes(`https://x.example/th/result/#${dots}`).entries).toEqual([
      { code: '', raw: 'https://x.example/th/result/#', line: 1, kind: 'link', count: 1 },
    ]);
    // The code of a link ends at a "/", as on the result page.
    expect(findResultCodes('/result/#'.repeat(20_000)).entries).toEqual([
      { code: '', raw: '/result/#'.repeat(20_000), line: 1, kind: 'link', count: 1 },
    ]);
    expect(findResultCodes(`${'a'.repeat(200_000)}/result/#`).entries).toEqual([
      { code: '', raw: `${'a'.repeat(200_000)}/result/#`, line: 1, kind: 'link', count: 1 },
    ]);
    const chained = 'https://x.example/th/result/#'.repeat(20_000);
    expect(findResultCodes(chained).entries).toEqual([
      { code: '', raw: 'https://x.example/th/result/#', line: 1, kind: 'link', count: 20_000 },
    ]);
  });

  it(`reads the first ${longestScannedText.toLocaleString('en')} characters only, ending at a line break, and says so`, () => {
    const filler = `${'สวัสดีครับ ทุกคน '.repeat(99)}\n`;
    const head = `${somchai}\n${filler.repeat(Math.floor((longestScannedText - 200) / filler.length))}`;
    const link = `https://x.example/th/result/#${nid}`;
    const fitting = `${head}${'x'.repeat(longestScannedText - head.length - link.length - 1)}\n${link}`;
    expect(fitting).toHaveLength(longestScannedText);
    expect(findResultCodes(fitting)).toMatchObject({ truncated: false, entries: [{ code: somchai }, { code: nid }] });
    // One more character cuts the link's line: it is left out whole, rather than shown as a link cut short.
    expect(findResultCodes(`${fitting}.`)).toMatchObject({ truncated: true, entries: [{ code: somchai }] });
    // Cut at a line break, the last line is read whole.
    expect(findResultCodes(`${fitting}\n${ton}`)).toMatchObject({
      truncated: true,
      entries: [{ code: somchai }, { code: nid }],
    });
    // A single line longer than the limit is read up to it.
    const oneLine = `${ploy} ${'x'.repeat(longestScannedText)} ${ton}`;
    expect(findResultCodes(oneLine)).toMatchObject({ truncated: true, entries: [{ code: ploy }] });
  });

  it(`keeps ${mostFoundCodes.toLocaleString('en')} different codes, says there were more, and still counts those kept`, () => {
    const codes = Array.from({ length: mostFoundCodes + 2 }, (_, index) => codeFor(index * 13 + 2));
    const found = findResultCodes([...codes, codes[0], codes.at(-1)].join('\n'));
    expect(found.tooMany).toBe(true);
    expect(found.truncated).toBe(false);
    expect(found.entries).toHaveLength(mostFoundCodes);
    expect(found.entries.at(-1)?.code).toBe(codes[mostFoundCodes - 1]);
    expect(found.entries[0]?.count).toBe(2);
    const exactly = findResultCodes(codes.slice(0, mostFoundCodes).join('\n'));
    expect(exactly.tooMany).toBe(false);
    expect(exactly.entries).toHaveLength(mostFoundCodes);
  });
});
