// Two ways counsellors use the self-check away from a person's own phone: typing in a paper worksheet, which must give
// the very link the online quiz gives, and job-fair mode on a shared tablet, which must leave nothing of one visitor
// for the next.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normalizeResultCode } from '../../src/lib/result-code';
import { launchBrowser, openWatchedPage } from './support/browser';
import { answerAsVisitor, answerQuestions } from './support/fair-visitor';
import { pageUrl, rootSiteUrl as siteUrl } from './support/site';
import { say, readable } from './support/words';
import {
  fairStorageKey as fairKey,
  groupsStorageKey as groupsKey,
  quizStorageKey as quizKey,
} from '../../src/stores/storage-keys';

/** The answer (1-5) given to question `index`: varied, with every value used, never one answer throughout. */
const answerFor = (index: number) => ((index * 3 + Math.floor(index / 5)) % 5) + 1;

/** Answers `answerFor(index)` on every question; ends on the result, its code in the address. */
async function answerEveryQuestion(page: Page) {
  const total = await answerQuestions(page, answerFor);
  await page.waitForURL(/\/result\/#/u);
  return { total, code: normalizeResultCode(decodeURIComponent(new URL(page.url()).hash.slice(1))) };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(['th', 'en'] as const)('in %s', (locale) => {
  it('a typed worksheet gives the same result link as the quiz answered the same way, typed by keyboard alone', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/quiz/`));
    const { total, code } = await answerEveryQuestion(page);

    await page.goto(pageUrl(`${locale}/paper/`));
    const rows = page.locator('[data-paper-row]');
    expect(await rows.count()).toBe(total);
    // A two-task row names its tasks with the worksheet's letters (ก and ข in Thai), never a letter the sheet lacks.
    const taskLines = page.locator('.paper-entry__text:has(span + span) span');
    const letters = (await taskLines.allInnerTexts()).map((line) => line.split(' ')[0]);
    expect(letters.length).toBeGreaterThan(0);
    expect(new Set(letters)).toEqual(new Set([say(locale, 'quiz.option.a'), say(locale, 'quiz.option.b')]));
    await rows.first().focus();
    // A mistake first: 7 is refused with a message in the page's language, and the row waits to be typed again.
    await page.keyboard.type('7');
    expect(await rows.first().inputValue()).toBe('');
    expect(await rows.first().getAttribute('aria-invalid')).toBe('true');
    expect(readable(await page.locator('[data-paper-error]').innerText())).toContain(
      locale === 'th' ? 'แถวที่ 1' : 'Row 1',
    );
    // Every digit moves on by itself: the whole sheet is one run of typing.
    const digits = Array.from({ length: total }, (_, index) => String(answerFor(index))).join('');
    await page.keyboard.type(digits.slice(0, 10));
    // A slip on row 11 (typed 4 for 1), noticed at once: Backspace in the empty row 12 goes back to fix it.
    await page.keyboard.type(digits[10] === '4' ? '5' : '4');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(digits.slice(10));
    expect(await rows.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value).join(''))).toBe(
      digits,
    );
    expect(await page.locator('[data-paper-error]').isHidden()).toBe(true);
    await page.keyboard.press('Enter');
    const open = page.locator('[data-paper-open]');
    await open.waitFor();
    const href = new URL((await open.getAttribute('href')) ?? '', page.url());
    expect(normalizeResultCode(href.hash.slice(1))).toBe(code);
    expect(href.pathname).toBe(new URL(pageUrl(`${locale}/result/`)).pathname);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a row left empty stays unanswered, and the person can be added to a group kept on the device', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/paper/`));
    await page.evaluate(
      ([key]) =>
        localStorage.setItem(
          key ?? '',
          JSON.stringify([{ id: '1', name: 'ม.6/2', savedAt: '2026-11-28T10:00:00Z', entries: [], labels: {} }]),
        ),
      [groupsKey],
    );
    const rows = page.locator('[data-paper-row]');
    const total = await rows.count();
    await rows.first().focus();
    await page.keyboard.type('52');
    await page.keyboard.press('ArrowDown'); // row 3 left empty
    await page.keyboard.type(Array.from({ length: total - 3 }, (_, index) => String(answerFor(index))).join(''));
    expect(readable(await page.locator('[data-paper-filled]').innerText())).toContain(String(total - 1));
    await page.locator('[data-paper-form] button[type="submit"]').click();
    await page.locator('[data-paper-result]:not([hidden])').waitFor();
    const href = (await page.locator('[data-paper-open]').getAttribute('href')) ?? '';
    const code = normalizeResultCode(href.slice(href.indexOf('#') + 1));

    await page.locator('[data-paper-person]').fill('นิด');
    await page.locator('[data-paper-group-form] button[type="submit"]').click();
    await expect
      .poll(async () => readable(await page.locator('[data-paper-group-status]').innerText()))
      .toContain('ม.6/2');
    const kept = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), groupsKey)) ?? '[]') as {
      entries: { code: string }[];
      labels: Record<string, string>;
    }[];
    expect(kept[0]?.entries.map((entry) => entry.code)).toEqual([code]);
    expect(kept[0]?.labels[code]).toBe('นิด');

    // Opened, the result shows the empty row as unanswered: the detail view says so for question 3.
    await page.goto(pageUrl(`${locale}/result/detail/#${code}`));
    await page.locator('[data-result-state="result"]:not([hidden])').waitFor();
    expect(await page.locator('[data-result-state="problem"]').isHidden()).toBe(true);
    await context.close();
  });

  it('a paste fills the row and the ones after it, or nothing with a message when it is not all answers', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(siteUrl).origin });
    await page.goto(pageUrl(`${locale}/paper/`));
    const rows = page.locator('[data-paper-row]');
    const total = await rows.count();
    const values = () => rows.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    const error = page.locator('[data-paper-error]');
    const paste = async (row: number, text: string) => {
      await page.evaluate((copied) => navigator.clipboard.writeText(copied), text);
      await rows.nth(row - 1).focus();
      await page.keyboard.press('ControlOrMeta+V');
    };
    const blank = Array.from({ length: total }, () => '');

    // A run of digits from a typed list: rows 1-5, and the cursor waits in row 6.
    await paste(1, '12345');
    expect(await values()).toEqual(['1', '2', '3', '4', '5', ...blank.slice(5)]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-paper-row'))).toBe('6');
    expect(readable(await page.locator('[data-paper-filled]').innerText())).toContain('5');
    expect(await error.isHidden()).toBe(true);

    // A column copied from a spreadsheet, Thai digits, pasted over rows 4-6.
    await paste(4, '๓\r\n๓\r\n๑\r\n');
    expect((await values()).slice(0, 7)).toEqual(['1', '2', '3', '3', '3', '1', '']);

    // Anything that is not an answer fills nothing, and says so in the page's language.
    await paste(7, '1234567');
    expect((await values()).slice(6)).toEqual(blank.slice(6));
    expect(await error.isVisible()).toBe(true);
    expect(readable(await error.innerText())).toContain(
      locale === 'th' ? 'เฉพาะตัวเลข 1 ถึง 5' : 'Only the numbers 1 to 5',
    );
    await paste(7, 'ข้อ 7 ตอบ 4');
    expect((await values()).slice(6)).toEqual(blank.slice(6));

    // More answers than rows left: nothing is filled, and the message says how many rows there were.
    await paste(total - 1, '444');
    expect((await values()).slice(total - 3)).toEqual(['', '', '']);
    expect(readable(await error.innerText())).toContain(String(total - 1));
    expect(readable(await error.innerText())).toContain('3');

    // A good paste clears the message; the last rows filled, the cursor goes on to the button.
    await paste(total - 1, '5 2');
    expect((await values()).slice(total - 3)).toEqual(['', '5', '2']);
    expect(await error.isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('submit');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('job-fair mode: the visitor takes their result with them, and "Next person" leaves nothing of them', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    // The last visitor walked away halfway: the fair page clears what they left.
    await page.goto(pageUrl(`${locale}/quiz/`));
    await page.evaluate((key) => localStorage.setItem(key, '{"bank":"x","answers":{"a":5},"screen":3}'), quizKey);
    await page.goto(pageUrl(`${locale}/fair/`));
    await page.locator('[data-fair-status]:not([hidden])').waitFor();
    expect(await page.evaluate((key) => localStorage.getItem(key), quizKey)).toBeNull();

    await page.locator('[data-fair-start]').click();
    await page.waitForURL(/\/quiz\/$/u);
    const code = await answerAsVisitor(page, answerFor);
    // On the result: the QR code is on screen at once, for the visitor's own phone, and "Next person" asks first.
    const panel = page.locator('[data-fair-next]');
    await panel.waitFor();
    await page.locator('[data-share-qr-code] svg').waitFor();
    await panel.getByRole('button').first().click();
    const confirmation = panel.locator('[role="group"]');
    expect(await confirmation.isVisible()).toBe(true);
    // "Yes" clears the visitor's result: on a 360 px phone it never touches "Not yet", side by side or one above.
    const [yesBox, noBox] = await Promise.all(
      [0, 1].map((index) => confirmation.getByRole('button').nth(index).boundingBox()),
    );
    if (!yesBox || !noBox) throw new Error('both answers are on screen');
    const apart = Math.max(
      noBox.x - (yesBox.x + yesBox.width),
      yesBox.x - (noBox.x + noBox.width),
      noBox.y - (yesBox.y + yesBox.height),
      yesBox.y - (noBox.y + noBox.height),
    );
    expect(apart).toBeGreaterThanOrEqual(8);
    await confirmation.getByRole('button').first().click();

    await page.waitForURL(pageUrl(`${locale}/fair/`));
    await page.locator('[data-fair-status]:not([hidden])').waitFor();
    const stored = await page.evaluate(() => ({
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
    }));
    expect(stored.local).toEqual([]);
    expect(stored.session).toEqual([fairKey]);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(code);

    // Neither Forward nor Back reaches the visitor's result or quiz.
    await page.goForward();
    expect(page.url()).toBe(pageUrl(`${locale}/fair/`));
    for (let step = 0; step < 3; step++) {
      await page.goBack().catch(() => undefined);
      expect(page.url()).not.toContain('/result/');
      expect(page.url()).not.toContain('#question');
    }
    // The next visitor starts at the quiz's intro, not at "your result is ready".
    await page.goto(pageUrl(`${locale}/fair/`));
    await page.locator('[data-fair-start]').click();
    await page.locator('.quiz-actions:not(.quiz-actions--waiting)').waitFor();
    expect(await page.locator('#quiz-intro-heading').isVisible()).toBe(true);
    expect(await page.locator('.quiz-actions a[href*="/result/"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('outside job-fair mode a result offers no "Next person"', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/quiz/`));
    await answerEveryQuestion(page);
    await page.locator('[data-share-box]').waitFor();
    expect(await page.locator('[data-fair-next]').count()).toBe(0);
    await context.close();
  });
});
