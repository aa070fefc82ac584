// The counsellor's group page, as a counsellor uses it after a class: a LINE chat export with 50 people's result links
// in it, among greetings, duplicates, a link cut off, a code typed wrong and a code from the earlier questions.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { groupResultCode, encodeResultCode, normalizeResultCode } from '../../src/lib/result-code';
import type { ScoringBank } from '../../src/lib/released-banks';
import { scoreQuiz, type AnswerValue, type Outcome, type ScoringSkill } from '../../src/lib/scoring';
import { parseCsv } from '../support/csv-parse';
import { tis620Bytes } from '../support/tis-620';
import { axeViolations } from './support/axe';
import { ensureScreenshotFolder, launchBrowser, openWatchedPage } from './support/browser';
import { pageUrl, rootSiteUrl as siteUrl } from './support/site';
import { groupsStorageKey as groupsKey } from '../../src/stores/storage-keys';
import { readable, say, spelled } from './support/words';
import { mulberry32 } from '../../src/lib/random';

interface PageData {
  banks: ScoringBank[];
  skills: (ScoringSkill & { name: string })[];
}
const dataOf = async (page: Page) => JSON.parse((await page.locator('#group-data').textContent()) ?? '{}') as PageData;

/** Person n: a third lean to the front, a third to the back, a third neither; every answer varies a little. */
function personAnswers(bank: ScoringBank, n: number): Record<string, AnswerValue> {
  const random = mulberry32(n + 100);
  const lean = n % 3;
  const clamp = (value: number) => Math.min(5, Math.max(1, Math.round(value))) as AnswerValue;
  const answers: Record<string, AnswerValue> = {};
  for (const item of bank.items) {
    // One person in ten skips a question or two: their result still opens, with the question unanswered.
    if (n % 10 === 7 && random() < 0.1) continue;
    const wobble = Math.floor(random() * 3) - 1;
    if (item.kind === 'self-rating') answers[item.id] = clamp(1 + random() * 5 - 0.5);
    else if (item.kind === 'scenario') {
      const wantB = lean === 2 ? random() < 0.5 : (item.b.path === 'front') === (lean === 0);
      answers[item.id] = clamp((wantB ? 4 : 2) + wobble);
    } else {
      const liked = lean === 2 ? random() < 0.5 : (item.path === 'front') === (lean === 0);
      answers[item.id] = clamp((liked ? 4 : 2) + wobble);
    }
  }
  return answers;
}

/** A code made on 2026-11-27 with the earlier bank (0d1b8e00): a back-office lean. */
const earlierCode = '1E0T6SFKWEG18268N94G6Y8V0';
const names = ['สมชาย', 'สมหญิง', 'นิด', 'ต้น', 'แก้ว', 'Ploy', 'Beam', 'มานพ', 'อรุณี', 'Jay'];

/**
 * Person n's name or note as a counsellor types it: Thai or English, long, with titles, rooms and a number that makes
 * each unique (a name is never the start of another, so finding one whole in a print means it is all there).
 */
function longName(n: number): string {
  const thai = ['ด.ญ. ปิยธิดา ศรีสุวรรณวงศ์', 'นายธนกฤต เจริญรุ่งเรืองกิจ', 'น.ส. กมลชนกนันท์ พิพัฒน์ธนาสกุล'];
  const english = ['Miss Ploypailin Wongsawatdichai-Srisuk', 'Mr Thanakrit "Beam" Charoenrungruengkit'];
  if (n % 7 === 3) return `Nattawutthisakdikulwongsakornchai${n}xroom6/2no${n}`;
  if (n % 2 === 0) return `${thai[n % thai.length]} ห้อง ม.6/${(n % 3) + 1} เลขที่ ${n + 1} โทรหาผู้ปกครองก่อนวันศุกร์`;
  return `${english[n % english.length]}, room 6/${(n % 3) + 1}, no. ${n + 1}: call a parent before Friday`;
}

/** A LINE chat export with 50 people sending their links in the ways people do, and the traps a real chat has. */
function lineChat(bank: ScoringBank) {
  const ids = bank.items.map((item) => item.id);
  const people = Array.from({ length: 50 }, (_, n) => personAnswers(bank, n));
  const codes = people.map((answers) => encodeResultCode(bank.version, ids, answers));
  const lines = ['[LINE] ประวัติการแชทของ ม.6/2 แนะแนว', 'บันทึกเมื่อ: 2026/11/28 10:30', '', '2026/11/27(ศ.)'];
  const mistyped = `${codes[3]?.slice(0, 12)}${codes[3]?.[12] === 'A' ? 'B' : 'A'}${codes[3]?.slice(13)}`;
  codes.forEach((code, n) => {
    const who = `${names[n % names.length]} ${n + 1}`;
    const time = `${9 + Math.floor(n / 10)}:${String(n % 60).padStart(2, '0')}`;
    const ways = [
      `ผลของหนูค่ะ https://career-check.example.org/th/result/#${groupResultCode(code)}`,
      `https://career-check.example.org/th/result/#${code}`,
      `my result (https://career-check.example.org/en/result/#${code}).`,
      `รหัสผล ${groupResultCode(code).toLowerCase()} ครับ`,
      `\u200f${code}\u200e`,
    ];
    lines.push(`${time}\t${who}\t${ways[n % ways.length]}`);
    if (n % 17 === 5) lines.push(`${time}\t${who}\tส่งซ้ำนะคะ https://career-check.example.org/th/result/#${code}`);
    if (n === 20) lines.push(`${time}\tครูแนน\tทุกคนส่งลิงก์ผลมาในกลุ่มนี้นะคะ 😊 โทร 0812345678`);
  });
  const cutOffLine = lines.push(`10:55\tต้น 4\thttps://career-check.example.org/th/result/#${codes[3]?.slice(0, 14)}`);
  const mistypedLine = lines.push(`10:56\tต้น 4\tพิมพ์เองค่ะ ${mistyped}`);
  const earlierLine = lines.push(`10:57\tป้าแดง\tของเมื่อวาน https://career-check.example.org/th/result/#${earlierCode}`);
  return { text: lines.join('\n'), people, codes, cutOffLine, mistypedLine, earlierLine };
}

async function showGroup(page: Page, text: string) {
  await page.locator('#group-text').fill(text);
  await page.locator('[data-group-form] button[type="submit"]').click();
  await page.locator('[data-group-result]:not([hidden])').waitFor();
  await page.locator('[data-group-rows] tr').first().waitFor();
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['th', 'en'] as const)('the group page in %s', (locale) => {
  it('finds 50 people and one from the earlier questions in a LINE chat, and counts and lists them rightly', async () => {
    const watched = await openWatchedPage(browser, { viewport: { width: 1280, height: 900 } });
    const { page, context } = watched;
    await page.goto(pageUrl(`${locale}/group/`));
    const data = await dataOf(page);
    const [today] = data.banks;
    const earlier = data.banks.find((bank) => bank.version === '0d1b8e00');
    if (!today || !earlier) throw new Error('the page carries today’s bank and the first one released');
    const chat = lineChat(today);
    await showGroup(page, chat.text);
    // A keyboard or screen reader user is taken to the summary: the focus leaves the button they pressed.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), { timeout: 5_000 })
      .toBe('group-summary-heading');

    // What the counsellor should see, worked out here from the answers with the site's own scoring.
    const results = [
      ...chat.people.map((answers) => scoreQuiz(today.items, data.skills, answers)),
      scoreQuiz(earlier.items, data.skills, {
        ...Object.fromEntries(
          earlier.items.map((item, index) => [item.id, Number('1414441422545214141414141412'[index])]),
        ),
      }),
    ];
    const expected = new Map<Outcome, number>();
    for (const result of results) expected.set(result.outcome, (expected.get(result.outcome) ?? 0) + 1);
    expect(expected.get('front')).toBeGreaterThan(5);
    expect(expected.get('back')).toBeGreaterThan(5);
    const counts = await page
      .locator('[data-outcome-count]')
      .evaluateAll((cells) =>
        Object.fromEntries(cells.map((cell) => [cell.getAttribute('data-outcome-count'), Number(cell.textContent)])),
      );
    for (const outcome of ['front', 'back', 'both', 'between', 'neither', 'unclear'] as const)
      expect(counts[outcome], outcome).toBe(expected.get(outcome) ?? 0);
    expect(readable(await page.locator('[data-group-people]').innerText())).toContain('51');

    // One row per person, duplicates once, fifty to a page: the first page, then the last person on the next. The
    // earlier bank's person is marked, and each code opens its detail view.
    const rows = page.locator('[data-group-rows] tr');
    const codesShown = () => rows.evaluateAll((each) => each.map((row) => row.getAttribute('data-code')));
    const range = page.locator('[data-group-range]');
    expect(await codesShown()).toEqual(chat.codes.slice(0, 50));
    expect((await range.innerText()).match(/\d+/gu)).toEqual(['1', '50', '51']);
    const firstLink = rows.first().locator('a');
    expect(new URL((await firstLink.getAttribute('href')) ?? '', page.url()).href).toBe(
      pageUrl(`${locale}/result/detail/#${chat.codes[0]}`),
    );
    const previous = page.locator('[data-group-page="previous"]');
    const next = page.locator('[data-group-page="next"]');
    expect(await previous.isVisible()).toBe(false);
    await next.click();
    // The next page is drawn after the click, in a task of its own: waited for, not read at once.
    await expect.poll(codesShown).toEqual([...chat.codes.slice(50), earlierCode]);
    await expect.poll(async () => (await range.innerText()).match(/\d+/gu)).toEqual(['51', '51', '51']);
    // The "next" button is gone on the last page: the line saying who is shown has the focus instead.
    expect(await next.isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-group-range'))).toBe(true);
    // The table is drawn once it is near the screen (content-visibility): read the row as a person would, once it
    // has been scrolled to and drawn.
    const earlierRow = page.locator(`[data-group-rows] tr[data-code="${earlierCode}"]`);
    await earlierRow.scrollIntoViewIfNeeded();
    await expect.poll(async () => readable(await earlierRow.innerText())).toContain(say(locale, 'group.table.earlier'));
    await previous.click();
    await expect.poll(codesShown).toEqual(chat.codes.slice(0, 50));

    // The two codes that cannot be read, each with its line and the reason, and nothing else.
    const unread = page.locator('[data-group-unread-list] li');
    expect(await unread.count()).toBe(2);
    const unreadTexts = (await unread.allInnerTexts()).map(readable);
    expect(unreadTexts[0]).toContain(String(chat.cutOffLine));
    expect(unreadTexts[0]).toContain(say(locale, 'group.problem.malformed'));
    expect(unreadTexts[1]).toContain(String(chat.mistypedLine));
    expect(unreadTexts[1]).toContain(say(locale, 'group.problem.mistyped'));

    // Sorting by the back-office score sorts everyone, not one page: the highest of all 51 comes first, and the
    // header says so to a screen reader.
    await next.click();
    await page.locator('[data-sort="back"]').click();
    await expect.poll(() => page.locator('th[data-sort-column="back"]').getAttribute('aria-sort')).toBe('descending');
    const backScores = (await rows.evaluateAll((each) => each.map((row) => row.children[3]?.textContent ?? ''))).map(
      (text) => Number(text.replace(/[^\d]/gu, '')),
    );
    expect(backScores).toHaveLength(50);
    expect(backScores).toEqual([...backScores].sort((first, second) => second - first));
    expect(backScores[0]).toBe(Math.max(...results.map((result) => result.wholeScores.back)));
    expect((await range.innerText()).match(/\d+/gu)).toEqual(['1', '50', '51']);

    expect(await axeViolations(page)).toEqual([]);
    // Nothing left the site: every request went to the page's own origin (or stayed in the browser).
    const origin = new URL(siteUrl).origin;
    expect(
      watched.requests.filter((request) => !request.url.startsWith(origin) && !request.url.startsWith('blob:')),
    ).toEqual([]);
    expect(watched.errors).toEqual([]);
    await context.close();
  });

  it('downloads a CSV that any CSV reader opens with the Thai text, one row per person and a column per answer', async () => {
    const { page, context } = await openWatchedPage(browser, {
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    await page.goto(pageUrl(`${locale}/group/`));
    const data = await dataOf(page);
    const [today] = data.banks;
    if (!today) throw new Error('the page carries today’s bank');
    const chat = lineChat(today);
    await showGroup(page, chat.text);
    const label = 'ด.ญ. สมหญิง "ฝน", ห้อง 2';
    const firstLabel = page.locator('[data-group-rows] tr').first().locator('input');
    await firstLabel.fill(label);
    await firstLabel.press('Tab');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-group-download]').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/u);
    const bytes = readFileSync((await download.path()) ?? '');
    // UTF-8 with a byte-order mark: what Excel needs to read Thai.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...records] = parseCsv(bytes.toString('utf8').slice(1));
    expect(header?.slice(0, 4)).toEqual([
      say(locale, 'group.table.label'),
      say(locale, 'group.table.code'),
      say(locale, 'group.csv.bank'),
      say(locale, 'group.table.outcome'),
    ]);
    expect(records).toHaveLength(51);
    const first = records[0] ?? [];
    expect(first[0]).toBe(label);
    expect(first[1]).toBe(groupResultCode(chat.codes[0] ?? ''));
    // A column per question of today's bank, in order, holding the answer given.
    const firstItem = today.items[0];
    const column = header?.findIndex((name) => name === `1 ${firstItem?.id}`) ?? -1;
    expect(column).toBeGreaterThan(9);
    for (const [index, record] of records.slice(0, 50).entries()) {
      const answer = chat.people[index]?.[firstItem?.id ?? ''];
      expect(record[column]).toBe(answer === undefined ? '' : String(answer));
    }
    await context.close();
  });

  it('prints the summary, the table and the unread codes, without the form', async () => {
    const { page, context } = await openWatchedPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(pageUrl(`${locale}/group/`));
    const [today] = (await dataOf(page)).banks;
    if (!today) throw new Error('the page carries today’s bank');
    await showGroup(page, lineChat(today).text);
    // The line saying which people are shown holds the focus after paging: on paper it has no place.
    await page.locator('[data-group-page="next"]').click();
    await page.emulateMedia({ media: 'print' });
    for (const part of ['#group-summary-heading', '[data-scale-dots]', '.group-table', '[data-group-unread-list]'])
      expect(await page.locator(part).isVisible(), part).toBe(true);
    for (const part of [
      '[data-group-form]',
      '[data-group-save-form]',
      '[data-group-download]',
      '.group-pages__nav',
      '[data-group-range]',
    ])
      expect(await page.locator(part).isVisible(), part).toBe(false);
    // What holds the focus prints with no outline: here the heading of the summary, focused by keyboard.
    await page.locator('#group-summary-heading').focus();
    await page.keyboard.press('Shift');
    const outline = () =>
      page.evaluate(() => {
        const focused = document.activeElement;
        return focused ? `${focused.id} ${getComputedStyle(focused).outlineStyle}` : '';
      });
    expect(await outline()).toBe('group-summary-heading none');
    await page.emulateMedia({ media: 'screen' });
    expect(await outline()).not.toBe('group-summary-heading none');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
    await context.close();
  });

  it.each(['A4', 'Letter'] as const)(
    'prints all 60 people on %s, in the order on screen, each with the whole name typed on either page',
    async (format) => {
      const { page, context } = await openWatchedPage(browser, { viewport: { width: 1280, height: 900 } });
      await page.goto(pageUrl(`${locale}/group/`));
      const [today] = (await dataOf(page)).banks;
      if (!today) throw new Error('the page carries today’s bank');
      const ids = today.items.map((item) => item.id);
      const codes = Array.from({ length: 60 }, (_, n) => encodeResultCode(today.version, ids, personAnswers(today, n)));
      await showGroup(page, codes.map((code) => `https://career-check.example.org/th/result/#${code}`).join('\n'));
      // Sorted by the back-office score, so the printed order is not simply the order sent.
      await page.locator('[data-sort="back"]').click();
      const rows = page.locator('[data-group-rows] tr');
      const typedNames = new Map<string, string>();
      const shownOrder: string[] = [];
      for (const side of ['first', 'second'] as const) {
        if (side === 'second') await page.locator('[data-group-page="next"]').click();
        const count = await rows.count();
        for (let index = 0; index < count; index += 1) {
          const row = rows.nth(index);
          const code = (await row.getAttribute('data-code')) ?? '';
          const name = longName(shownOrder.length);
          shownOrder.push(code);
          typedNames.set(code, name);
          await row.locator('input').fill(name);
          // The last name is left in its box, not yet confirmed, as when Ctrl+P is pressed while typing.
          if (shownOrder.length < codes.length) await row.locator('input').press('Tab');
        }
      }
      expect(new Set(shownOrder)).toEqual(new Set(codes));

      const pdfPath = `${ensureScreenshotFolder()}/group-${locale}-${format}.pdf`;
      await page.pdf({ path: pdfPath, format });
      const range = readable(await page.locator('[data-group-range]').innerText());
      const pdfText = (...options: string[]) =>
        readable(execFileSync('pdftotext', [...options, pdfPath, '-'], { encoding: 'utf8' }));
      const squeezed = (text: string) => text.replace(/\s+/gu, '');
      // Every code, once each, in the order of the table on screen. Read line by line as laid out (-layout): the
      // plain reading order may take a page's column of codes as one block.
      const laidOut = pdfText('-layout');
      const at = shownOrder.map((code) => squeezed(laidOut).indexOf(groupResultCode(code)));
      expect(at.filter((position) => position < 0)).toEqual([]);
      expect(at).toEqual([...at].sort((first, second) => first - second));
      // Each printed page of the table starts with its header row: the words of its columns above the first code.
      const tablePages = laidOut
        .split('\f')
        .map((sheet) => squeezed(sheet))
        .filter((sheet) => shownOrder.some((code) => sheet.includes(groupResultCode(code))));
      expect(tablePages.length).toBeGreaterThan(2);
      for (const sheet of tablePages) {
        const header = sheet.slice(0, sheet.search(/1[0-9A-Z]{4}-/u));
        for (const key of ['group.table.code', 'group.table.label'])
          expect([key, header.includes(squeezed(say(locale, key)))]).toEqual([key, true]);
      }
      // Every name whole, however many lines it wraps over: the column of names alone, cut out at its header's left
      // edge, so a result that wraps beside a name cannot come between its lines.
      const headerWord = say(locale, 'group.table.label').split(' ')[0];
      const left = new RegExp(`<word xMin="([\\d.]+)"[^>]*>${headerWord}</word>`, 'u').exec(pdfText('-bbox'))?.[1];
      expect(left).toBeDefined();
      const names = squeezed(
        pdfText('-layout', '-x', String(Math.floor(Number(left)) - 2), '-y', '0', '-W', '1000', '-H', '2000'),
      );
      for (const [code, name] of typedNames) expect([code, names.includes(squeezed(name))]).toEqual([code, true]);
      // Nothing meant for the screen: the line saying which people the screen shows, the hint that the table shows
      // fifty at a time, the hint to type a name or open a code (paper can do neither).
      const text = squeezed(pdfText());
      expect(text).not.toContain(squeezed(range));
      expect(text).not.toContain(squeezed(locale === 'th' ? 'ตารางแสดงทีละ' : 'The table shows'));
      expect(text).not.toContain(squeezed(locale === 'th' ? 'กดรหัสผลเพื่อดู' : 'Open a result code'));

      // Back on screen: the page of 50 with its text boxes, the names kept, the printed rows gone.
      expect(await rows.count()).toBe(10);
      await page.locator('[data-group-page="previous"]').click();
      await expect.poll(() => rows.count()).toBe(50);
      expect(await rows.first().locator('input').inputValue()).toBe(typedNames.get(shownOrder[0] ?? ''));
      expect(await page.locator('[data-group-print-rows] tr').count()).toBe(0);
      await context.close();
    },
  );

  it('opens a LINE chat saved as Thai "ANSI" (Windows-874) and finds everyone in it', async () => {
    const { page, context, errors } = await openWatchedPage(browser, { viewport: { width: 1280, height: 900 } });
    await page.goto(pageUrl(`${locale}/group/`));
    const [today] = (await dataOf(page)).banks;
    if (!today) throw new Error('the page carries today’s bank');
    const ids = today.items.map((item) => item.id);
    const codes = Array.from({ length: 12 }, (_, n) => encodeResultCode(today.version, ids, personAnswers(today, n)));
    const chat = [
      '[LINE] ประวัติการแชทของ ม.6/2 แนะแนว',
      ...codes.map(
        (code, n) =>
          `09:${String(n).padStart(2, '0')}\t${names[n % names.length]}\tผลของหนูค่ะ ${n % 2 === 0 ? groupResultCode(code) : `https://career-check.example.org/th/result/#${code}`}`,
      ),
      '10:00\tครูแนน\tขอบคุณทุกคนค่ะ',
    ].join('\r\n');
    const buffer = Buffer.from(tis620Bytes(chat));
    // Not UTF-8: read as UTF-8 the Thai would be replacement characters.
    expect(buffer.toString('utf8')).toContain('\uFFFD');
    await page.locator('[data-group-file]').setInputFiles({ name: 'แชต ม.6-2.txt', mimeType: 'text/plain', buffer });
    await page.locator('[data-group-result]:not([hidden])').waitFor();
    await page.locator('[data-group-rows] tr').first().waitFor();
    expect(await page.locator('[data-group-error]').isHidden()).toBe(true);
    expect((await page.locator('[data-group-people]').innerText()).match(/\d+/gu)).toEqual(['12']);
    expect(
      await page
        .locator('[data-group-rows] tr')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-code'))),
    ).toEqual(codes);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('holds a paste of megabytes out of the text box, reads everyone in it, and writes all of them to the CSV', async () => {
    const { page, context, errors } = await openWatchedPage(browser, {
      viewport: { width: 1280, height: 900 },
      acceptDownloads: true,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    await page.goto(pageUrl(`${locale}/group/`));
    const data = await dataOf(page);
    const [today] = data.banks;
    if (!today) throw new Error('the page carries today’s bank');
    const ids = today.items.map((item) => item.id);
    const codes = Array.from({ length: 300 }, (_, n) => encodeResultCode(today.version, ids, personAnswers(today, n)));
    // Every person's link, then a long tail of chat: 1.5 million characters, all of it read.
    const filler = '\n12:00\tครูแนน\tขอบคุณทุกคนนะคะ ส่งลิงก์ผลมาได้เลยค่ะ';
    const chat =
      codes
        .map((code, n) => `09:00\t${names[n % names.length]}\thttps://career-check.example.org/th/result/#${code}`)
        .join('\n') + filler.repeat(Math.ceil(1_500_000 / filler.length));
    // The last person speaks at the very end, so a text cut short would miss them.
    const last = encodeResultCode(today.version, ids, personAnswers(today, 300));
    const text = `${chat}\n13:00\tJay\t${last}`;
    const box = page.locator('#group-text');
    await page.evaluate((copied) => navigator.clipboard.writeText(copied), text);
    await box.focus();
    await page.keyboard.press('ControlOrMeta+V');
    // The box holds a short note saying how long the paste was, not the paste.
    await expect
      .poll(() => box.inputValue())
      .toContain(new Intl.NumberFormat(locale === 'th' ? 'th-TH' : 'en-GB').format(text.length));
    expect((await box.inputValue()).length).toBeLessThan(300);
    await page.locator('[data-group-form] button[type="submit"]').click();
    await page.locator('[data-group-result]:not([hidden])').waitFor();
    expect((await page.locator('[data-group-people]').innerText()).match(/\d+/gu)).toEqual(['301']);
    expect(await page.locator('[data-group-truncated]').isHidden()).toBe(true);

    // The CSV has everyone: written a part at a time, no row lost or doubled at a part's edge.
    await page.locator('[data-group-status]:text-is("")').waitFor({ state: 'attached' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-group-download]').click(),
    ]);
    const [, ...records] = parseCsv(
      readFileSync((await download.path()) ?? '')
        .toString('utf8')
        .slice(1),
    );
    expect(records.map((record) => record[1])).toEqual([...codes, last].map(groupResultCode));

    // Typing in the box lets the held text go: the box is empty and works as usual, and a short paste goes in as is.
    await box.press('x');
    expect(await box.inputValue()).toBe('');
    await box.fill(codes[0] ?? '');
    await page.locator('[data-group-form] button[type="submit"]').click();
    await expect
      .poll(async () => readable(await page.locator('[data-group-people]').innerText()))
      .toMatch(/(^|\D)1(\D|$)/u);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a group on the device through a reload, with its names, and forgets it after "delete"', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/group/`));
    const [today] = (await dataOf(page)).banks;
    if (!today) throw new Error('the page carries today’s bank');
    const chat = lineChat(today);
    await showGroup(page, chat.text);
    const secondLabel = page.locator('[data-group-rows] tr').nth(1).locator('input');
    await secondLabel.fill('Beam');
    await secondLabel.press('Tab');
    await page.locator('[data-group-name]').fill('ม.6/2 วันที่ 28');
    await page.locator('[data-group-save-form] button[type="submit"]').click();
    await expect
      .poll(async () => readable(await page.locator('[data-group-save-status]').innerText()))
      .toContain('ม.6/2 วันที่ 28');

    await page.reload();
    const saved = page.locator('[data-group-saved-list] li');
    expect(await saved.count()).toBe(1);
    expect(readable(await saved.innerText())).toContain('ม.6/2 วันที่ 28');
    // The chat itself is not kept: only the codes found in it, and the names typed.
    const stored = (await page.evaluate((key) => localStorage.getItem(key), groupsKey)) ?? '';
    expect(stored).not.toContain('ครูแนน');
    expect(stored).toContain('Beam');
    await saved
      .getByRole('button', { name: /ม\.6\/2 วันที่ 28/u })
      .first()
      .click();
    await page.locator('[data-group-rows] tr').nth(49).waitFor();
    expect(await page.locator('[data-group-rows] tr').nth(1).locator('input').inputValue()).toBe('Beam');

    await saved.getByRole('button', { name: new RegExp(`${say(locale, 'group.saved.delete')}`, 'u') }).click();
    await expect.poll(() => page.locator('[data-group-saved-list] li').count()).toBe(0);
    expect(await page.evaluate((key) => localStorage.getItem(key), groupsKey)).toBeNull();
    await page.reload();
    expect(await page.locator('[data-group-saved-list] li').count()).toBe(0);
    await context.close();
  });

  it('says, in the page’s language, when the text holds no result, and keeps what was pasted', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/group/`));
    await page.locator('#group-text').fill('สวัสดีค่ะ ส่งผลไม่ได้ค่ะ 0812345678');
    await page.locator('[data-group-form] button[type="submit"]').click();
    // The text is read in a task after the press: the message comes a moment later, not in the click.
    await page.locator('[data-group-error]:not([hidden])').waitFor();
    expect(readable(await page.locator('[data-group-error]').innerText())).toBe(say(locale, 'group.empty'));
    expect(await page.locator('#group-text').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#group-text').inputValue()).toBe('สวัสดีค่ะ ส่งผลไม่ได้ค่ะ 0812345678');
    expect(await page.locator('[data-group-result]').isHidden()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('the group page reading codes as people write them', () => {
  it('counts a spaced code in a Thai chat line and a link with ?openExternalBrowser=1, and lists no Drive link', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(pageUrl('th/group/'));
    const bank = (await dataOf(page)).banks[0] as ScoringBank;
    const ids = bank.items.map((item) => item.id);
    const [spaced, linked] = [personAnswers(bank, 1), personAnswers(bank, 2)].map((answers) =>
      encodeResultCode(bank.version, ids, answers),
    ) as [string, string];
    const chat = [
      '2026/11/27(ศ.)',
      `09:01\tนิด\tรหัสของหนู ${spaced.replace(/(.{5})(?!$)/gu, '$1 ')} ค่ะ`,
      '09:02\tครูแนน\tไฟล์งาน https://drive.google.com/file/d/1Xy7QpZk3bWmT9vR2sNcLd8HfGaJ4eKo5/view ค่ะ',
      `09:03\tต้น\thttps://career-check.example.org/th/result/#${linked}?openExternalBrowser=1`,
    ].join('\n');
    await showGroup(page, chat);
    const rows = page.locator('[data-group-rows] tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.evaluateAll((found) => found.map((row) => row.getAttribute('data-code')))).toEqual([
      spaced,
      linked,
    ]);
    expect(await page.locator('[data-group-unread-list] li').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('kept groups shared by tabs and the paper page', () => {
  /** Three people's links, and a group page showing them. */
  async function groupTab(page: Page, locale: 'th' | 'en') {
    await page.goto(pageUrl(`${locale}/group/`));
    const [today] = (await dataOf(page)).banks;
    if (!today) throw new Error('the page carries today’s bank');
    const codes = lineChat(today).codes.slice(0, 3);
    return {
      codes,
      text: codes.map((code, n) => `${names[n]} https://career-check.example.org/th/result/#${code}`).join('\n'),
    };
  }
  const labelOf = (page: Page, code: string) => page.locator(`[data-group-rows] input[data-label-for="${code}"]`);
  const storedGroups = async (page: Page) =>
    JSON.parse((await page.evaluate((key) => localStorage.getItem(key), groupsKey)) ?? '[]') as {
      id: string;
      name: string;
      entries: { code: string }[];
      labels: Record<string, string>;
    }[];
  async function typeLabel(page: Page, code: string, label: string) {
    await labelOf(page, code).fill(label);
    await labelOf(page, code).press('Tab');
  }
  async function keep(page: Page, name: string) {
    await page.locator('[data-group-name]').fill(name);
    await page.locator('[data-group-save-form] button[type="submit"]').click();
    await expect.poll(async () => readable(await page.locator('[data-group-save-status]').innerText())).toContain(name);
  }

  it('keeps what every tab and the paper page add, and each group tab shows the others’ changes', async () => {
    const { page: first, context, errors } = await openWatchedPage(browser, { viewport: { width: 1280, height: 900 } });
    const { codes, text } = await groupTab(first, 'th');
    const [a, b, c] = codes as [string, string, string];
    await showGroup(first, text);
    await typeLabel(first, a, 'สมชาย');
    await keep(first, 'ม.6/1 เช้า');

    // The paper page, in a second tab, adds a person typed from a worksheet to the kept group.
    const paper = await context.newPage();
    await paper.goto(pageUrl('th/paper/'));
    const rows = paper.locator('[data-paper-row]');
    await rows.first().focus();
    await paper.keyboard.type(Array.from({ length: await rows.count() }, (_, n) => String((n % 5) + 1)).join(''));
    await paper.locator('[data-paper-form] button[type="submit"]').click();
    await paper.locator('[data-paper-result]:not([hidden])').waitFor();
    const href = (await paper.locator('[data-paper-open]').getAttribute('href')) ?? '';
    const paperCode = normalizeResultCode(href.slice(href.indexOf('#') + 1));
    await paper.locator('[data-paper-group]').selectOption({ label: 'ม.6/1 เช้า' });
    await paper.locator('[data-paper-person]').fill('คนจากใบงาน');
    await paper.locator('[data-paper-group-form] button[type="submit"]').click();
    await expect
      .poll(async () => readable(await paper.locator('[data-paper-group-status]').innerText()))
      .toContain('ม.6/1 เช้า');

    // A second group tab opens the kept group, sees the paper person, and names someone else.
    const second = await context.newPage();
    await second.goto(pageUrl('th/group/'));
    await second.getByRole('button', { name: /เปิด ม\.6\/1 เช้า/u }).click();
    await labelOf(second, paperCode).waitFor();
    expect(await labelOf(second, paperCode).inputValue()).toBe('คนจากใบงาน');
    expect(await labelOf(second, a).inputValue()).toBe('สมชาย');
    await typeLabel(second, b, 'นิด');

    // The first tab shows both changes without being reloaded: the new person, and the name typed in the other tab.
    await labelOf(first, paperCode).waitFor({ timeout: 5_000 });
    await expect.poll(() => labelOf(first, b).inputValue()).toBe('นิด');
    expect(await labelOf(first, paperCode).inputValue()).toBe('คนจากใบงาน');
    expect(readable(await first.locator('[data-group-people]').innerText())).toContain('4');
    // Its own name and Keep, after all that, lose nothing anyone typed.
    await typeLabel(first, c, 'Beam');
    await keep(first, 'ม.6/1 เช้า (ครบ)');
    const [group] = await storedGroups(first);
    expect(group?.name).toBe('ม.6/1 เช้า (ครบ)');
    expect(group?.entries.map((entry) => entry.code)).toEqual([a, b, c, paperCode]);
    expect(group?.labels).toEqual({ [a]: 'สมชาย', [b]: 'นิด', [c]: 'Beam', [paperCode]: 'คนจากใบงาน' });
    // A name cleared in the second tab stays cleared, and the first tab shows it gone.
    await typeLabel(second, a, '');
    await expect.poll(() => labelOf(first, a).inputValue()).toBe('');
    await keep(first, 'ม.6/1 เช้า (ครบ)');
    expect((await storedGroups(first))[0]?.labels[a]).toBeUndefined();
    // The kept-groups list counts people who have a result, in both tabs.
    await expect
      .poll(async () => readable(await second.locator('[data-group-saved-list] li').innerText()))
      .toContain('4 คน');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says at once, in the page’s language, when a full storage refuses a name, keeps it on screen and offers the CSV', async () => {
    for (const locale of ['th', 'en'] as const) {
      const { page, context } = await openWatchedPage(browser, { viewport: { width: 1280, height: 900 } });
      const { codes, text } = await groupTab(page, locale);
      const [a, b] = codes as [string, string];
      await showGroup(page, text);
      await keep(page, 'Full');
      // Another site's data, or many big groups, fill this site's storage to the last character.
      await page.evaluate(() => {
        for (let size = 1 << 20, n = 0; size >= 1; size = Math.floor(size / 2))
          for (;;)
            try {
              localStorage.setItem(`filler-${n++}`, 'x'.repeat(size));
            } catch {
              break;
            }
      });
      await typeLabel(page, a, 'ชื่อที่พิมพ์ตอนเต็ม');
      const problem = page.locator('[data-group-kept-problem]');
      await problem.waitFor();
      expect(await problem.getAttribute('role')).toBe('alert');
      expect(readable(await problem.innerText())).toContain(say(locale, 'group.kept.full').slice(0, 20));
      expect(await labelOf(page, a).inputValue()).toBe('ชื่อที่พิมพ์ตอนเต็ม');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        problem.getByRole('button', { name: spelled(say(locale, 'group.download')) }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/\.csv$/u);
      // "Keep" refused too: it says so beside the button, with the CSV there as well.
      await page.locator('[data-group-save-form] button[type="submit"]').click();
      await expect
        .poll(async () => readable(await page.locator('[data-group-save-status]').innerText()))
        .toBe(say(locale, 'group.save.failed'));
      expect(await page.locator('[data-group-save-download] button').isVisible()).toBe(true);
      // Room again: the next name keeps the one refused as well, and the message goes.
      await page.evaluate(() => {
        for (const key of Object.keys(localStorage)) if (key.startsWith('filler-')) localStorage.removeItem(key);
      });
      await typeLabel(page, b, 'ต่อมา');
      await problem.waitFor({ state: 'hidden' });
      expect((await storedGroups(page))[0]?.labels).toEqual({ [a]: 'ชื่อที่พิมพ์ตอนเต็ม', [b]: 'ต่อมา' });
      await context.close();
    }
  });

  it('undoes a delete, names and all, from a real button that takes the focus, until something else is done', async () => {
    const { page, context } = await openWatchedPage(browser, { viewport: { width: 1280, height: 900 } });
    const { codes, text } = await groupTab(page, 'en');
    const [a] = codes as [string];
    // A link cut short is kept with the group, but it is not a person.
    await showGroup(page, `${text}\nhttps://career-check.example.org/en/result/#${a.slice(0, 14)}`);
    await typeLabel(page, a, 'Somchai');
    await keep(page, 'M6/1 morning');
    await expect
      .poll(async () => readable(await page.locator('[data-group-saved-list] li').innerText()))
      .toContain('3 people (and 1 that could not be read)');
    await page.getByRole('button', { name: 'Delete M6/1 morning' }).click();
    const status = page.locator('[data-group-saved-status]');
    expect(readable(await status.innerText())).toContain('"M6/1 morning" was deleted');
    expect(await storedGroups(page)).toEqual([]);
    const undo = status.getByRole('button', { name: 'Undo' });
    // The Delete button went with its group: the focus is on Undo, which the sentence describes.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    expect(await undo.getAttribute('aria-describedby')).toBe('group-saved-status-sentence');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(async () => readable(await status.innerText())).toContain('"M6/1 morning" is back');
    expect(await axeViolations(page)).toEqual([]);
    const [group] = await storedGroups(page);
    expect(group?.labels).toEqual({ [a]: 'Somchai' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Open M6/1 morning');

    // Deleted again, then something else done: the offer goes, and the focus is not lost with it.
    await page.getByRole('button', { name: 'Delete M6/1 morning' }).click();
    await undo.waitFor();
    await page.locator('[data-group-form] button[type="submit"]').click();
    await undo.waitFor({ state: 'detached' });
    expect(await storedGroups(page)).toEqual([]);
    await context.close();
  });
});
