/**
 * Generated group chats: lines of Thai and English talk full of numbers, addresses, Drive links and emoji, with real
 * codes written in every way people write them. Each code must be found exactly once, on its line, and nothing else.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '../../../src/lib/answers';
import { findResultCodes } from '../../../src/lib/group-links';
import { encodeResultCode } from '../../../src/lib/result-code';

const bankVersion = 'c0de2a17';
const itemIds = Array.from({ length: 33 }, (_, index) => `item-${index + 1}`);

const answers = fc
  .array(fc.integer({ min: 0, max: 5 }), { minLength: itemIds.length, maxLength: itemIds.length })
  .map((digits) => {
    const chosen: Record<string, AnswerValue> = {};
    digits.forEach((digit, index) => {
      if (digit > 0) chosen[itemIds[index] ?? ''] = digit as AnswerValue;
    });
    return chosen as Answers;
  });

const names = ['สมชาย', 'นิด', 'ครูแอน', 'ต้น', 'Ploy', 'Mr. Lee', 'ไอซ์ 🧊', 'Bank'];
const noise = fc.oneof(
  fc.constantFrom(
    'สวัสดีค่ะทุกคน 🙏',
    'ส่งแล้วนะครับ',
    'ครูคะ หนูทำเสร็จแล้วค่ะ 😊😊',
    'Good morning everyone!',
    'I will send it later, sorry lol',
    'โทรหาครูได้ที่ 081-234-5678 หรือ 0812345678 นะคะ',
    'Call me +66 81 234 5678',
    'เลขบัตรประชาชน 1-2345-67890-12-3',
    'บัญชี กสิกร 123-4-56789-0 ค่ะ',
    'พัสดุ EF123456789TH ถึงแล้ว',
    'นัดวันที่ 2026-11-20 เวลา 10:15 น.',
    '[สติกเกอร์]',
    '[รูปภาพ]',
    'https://www.youtube.com/watch?v=dQw4w9WgXcQ',
    'https://forms.gle/1AbCdEfGhJkMnPqRsTvW',
    'เข้ากลุ่มนี้ https://line.me/R/ti/g/1AbCdEfGhJkMnPqRsTvWxYz',
    'ดูไฟล์ drive.google.com/file/d/1Xy7QpZk3bWmT9vR2sNcLd8HfGaJ4eKo5/view ค่ะ',
    'https://x.example/th/quiz/',
  ),
  fc.stringMatching(/^[A-Za-z0-9_-]{28,40}$/u).map((id) => `https://drive.google.com/file/d/1${id}/view?usp=sharing`),
  fc.stringMatching(/^[A-Za-z]{3,8}(?: [A-Za-z]{1,8}){0,12}[.!?]?$/u),
  fc.stringMatching(/^[ก-ฮ]{2,6}(?: [ก-ฮะาเแโ]{1,8}){0,6}$/u),
  fc.stringMatching(/^[0-9]{1,4}(?:[ :./-][0-9]{1,4}){0,4}$/u),
);

const fullWidth = (text: string) =>
  text.replace(/[0-9A-Za-z]/gu, (character) => String.fromCodePoint((character.codePointAt(0) ?? 0) + 0xfee0));

interface Written {
  lines: string[];
  code: string;
}

/** A code written as a person might: spacing, dashes, case, look-alikes, full-width, invisible marks. */
const spelled = fc.record({
  separator: fc.constantFrom(
    '',
    '-',
    ' ',
    ' - ',
    '\u2010',
    '\u2011',
    '\u2013',
    ' \u2013 ',
    '\u2212',
    '\uFF0D',
    '\u00A0',
  ),
  lower: fc.boolean(),
  lookAlikes: fc.boolean(),
  wide: fc.boolean(),
  mark: fc.constantFrom('', '\u200B', '\u00AD', '\u2060', '\uFEFF'),
});
const linkEnd = fc.constantFrom('', '?openExternalBrowser=1', '&openExternalBrowser=1', '/', '.', ' ', ')');

type Spelling = typeof spelled extends fc.Arbitrary<infer Value> ? Value : never;

function spell(code: string, how: Spelling, separator = how.separator): string {
  let text = code;
  if (how.lookAlikes) text = text.replace(/1/gu, 'l').replace(/0/gu, 'O');
  if (how.lower) text = text.toLowerCase();
  if (how.wide) text = fullWidth(text);
  const grouped = [...text].reduce(
    (sum, character, index) => sum + (index > 0 && index % 5 === 0 ? separator : '') + character,
    '',
  );
  return how.mark === '' ? grouped : `${grouped.slice(0, 4)}${how.mark}${grouped.slice(4)}`;
}

const written = (code: string): fc.Arbitrary<Written> =>
  fc.oneof(
    fc
      .record({ how: spelled, before: fc.constantFrom('รหัสค่ะ ', 'ของผม: ', '', 'นี่ครับ', 'myresult', 'Code:') })
      .map(({ how, before }) => ({ lines: [`${before}${spell(code, how)} ${'ครับ'}`], code })),
    fc
      .record({
        how: spelled,
        site: fc.constantFrom('https://x.example', 'http://localhost:4321/career', ''),
        page: fc.constantFrom('/th/result/', '/en/result/detail/', '/th/result/?openExternalBrowser=1'),
        hash: fc.constantFrom('#', '%23'),
        end: linkEnd,
      })
      .map(({ how, site, page, hash: sign, end }) => ({
        lines: [
          `ผลของหนู ${site}${page}${page.includes('?') ? '#' : sign}${spell(code, how, how.separator === '' ? '' : '-').replaceAll(' ', '')}${end} ค่ะ`,
        ],
        code,
      })),
    fc.record({ how: spelled, cut: fc.integer({ min: 1, max: 5 }) }).map(({ how, cut }) => {
      const whole = spell(code, { ...how, mark: '' }, '-');
      const at = whole.split('-').slice(0, cut).join('-').length + 1;
      return { lines: [`รหัสค่ะ ${whole.slice(0, at)}`, whole.slice(at)], code };
    }),
  );

const chat = fc
  .uniqueArray(answers, { minLength: 1, maxLength: 8, selector: (chosen) => JSON.stringify(chosen) })
  .chain((people) => {
    const codes = [...new Set(people.map((chosen) => encodeResultCode(bankVersion, itemIds, chosen)))];
    const messages = fc.array(
      noise.map((line) => ({ lines: [line], code: undefined as string | undefined })),
      {
        maxLength: 20,
      },
    );
    return fc
      .tuple(messages, ...codes.map(written))
      .chain(([talk, ...sent]) => fc.shuffledSubarray([...talk, ...sent], { minLength: talk.length + sent.length }));
  })
  .chain((messages) =>
    fc.tuple(
      fc.constant(messages),
      fc.constantFrom('\n', '\r\n'),
      fc.array(fc.constantFrom(...names), {
        minLength: messages.length,
        maxLength: messages.length,
      }),
    ),
  );

describe('findResultCodes on generated group chats', () => {
  it('finds every code written any way exactly once, on its line, and nothing else', () => {
    fc.assert(
      fc.property(chat, ([messages, lineBreak, speakers]) => {
        const lines: string[] = ['[LINE] Chat history with กลุ่มฝึกงาน', ''];
        const expected: { code: string; line: number }[] = [];
        messages.forEach((message, index) => {
          if (message.code !== undefined) expected.push({ code: message.code, line: lines.length + 1 });
          const [first = '', ...rest] = message.lines;
          lines.push(`${String(10 + (index % 12))}:${String(10 + index)}\t${speakers[index] ?? ''}\t${first}`, ...rest);
        });
        const found = findResultCodes(lines.join(lineBreak)).entries;
        expect(found.map(({ code, line, count }) => ({ code, line, count }))).toEqual(
          expected.map((entry) => ({ ...entry, count: 1 })),
        );
      }),
      { numRuns: 300 },
    );
  });
});
