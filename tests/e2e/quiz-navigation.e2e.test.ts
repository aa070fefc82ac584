// Moving about the quiz as a person does on a phone: the browser's Back and Forward between questions, the quiz's
// own Back button, and "Change my answers" from the result. Each question has an address (/xx/quiz/#question-N), so
// none of these leaves the quiz or loses an answer.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeResultCode } from '../../src/lib/result-code';
import { launchBrowser, openWatchedPage } from './support/browser';
import { quizBankOf, quizUrl } from './support/quiz-page';
import { quizStorageKey as storageKey } from '../../src/stores/storage-keys';

/** Waits until question `number` (1-based) is on screen. */
const onQuestion = (page: Page, number: number) => page.locator(`progress[value="${number}"]`).waitFor();

/** The point (1-5) checked on the question shown, or 0 when none is. */
const checkedPoint = (page: Page) =>
  page
    .locator('.quiz-choice input')
    .evaluateAll((inputs) => inputs.findIndex((input) => (input as HTMLInputElement).checked) + 1);

/** The label of every answer checked on the question shown. */
const checkedLabels = (page: Page) => page.locator('.quiz-choice:has(input:checked)').allInnerTexts();

const choose = (page: Page, point: number) =>
  page
    .locator('.quiz-choice')
    .nth(point - 1)
    .click();

const savedAnswers = async (page: Page) =>
  JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey)) ?? '{}').answers as Record<
    string,
    number
  >;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('on a phone, the browser’s Back and Forward', () => {
  it('move between questions with every answer shown, never leave the quiz, and Back from question 1 shows the intro; after the result, “Change my answers” opens question 1 with its answer', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(quizUrl('en'));
    const bank = await quizBankOf(page);
    const total = bank.questions.length;
    expect(total).toBe(33);
    // A different answer on each question but two: a question showing its neighbour's answer would be seen.
    const points = bank.questions.map((_question, index) => ([2, 5, 1, 4, 3, 5, 1][index % 7] ?? 3) as number);
    const first = 7;

    await page.getByRole('button', { name: 'Start' }).click();
    for (let number = 1; number <= first; number++) {
      await onQuestion(page, number);
      expect(page.url()).toBe(`${quizUrl('en')}#question-${number}`);
      // A question not answered yet shows no answer, whatever the previous one was.
      expect(await checkedPoint(page)).toBe(0);
      await choose(page, points[number - 1] ?? 3);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
    }
    await onQuestion(page, first + 1);
    const answered = Object.fromEntries(
      bank.questions.slice(0, first).map((question, index) => [question.id, points[index]]),
    );
    expect(await savedAnswers(page)).toEqual(answered);

    // Back, question by question: each shows the answer given to it.
    for (let number = first; number >= 1; number--) {
      await page.goBack();
      await onQuestion(page, number);
      expect(page.url()).toBe(`${quizUrl('en')}#question-${number}`);
      await expect.poll(() => checkedPoint(page)).toBe(points[number - 1]);
    }
    // Back from question 1: the intro, on the quiz page still, offering to go on where the person stopped.
    await page.goBack();
    await page.locator('#quiz-intro-heading').waitFor();
    expect(page.url()).toBe(quizUrl('en'));
    expect(await page.locator('progress').count()).toBe(0);
    await page.getByRole('button', { name: `Continue: question ${first + 1} of ${total}` }).waitFor();

    // Forward, question by question, the answers still there.
    for (let number = 1; number <= first; number++) {
      await page.goForward();
      await onQuestion(page, number);
      expect(page.url()).toBe(`${quizUrl('en')}#question-${number}`);
      await expect.poll(() => checkedPoint(page)).toBe(points[number - 1]);
    }
    await page.goForward();
    await onQuestion(page, first + 1);
    expect(await checkedPoint(page)).toBe(0);
    expect(await savedAnswers(page)).toEqual(answered);

    // The rest of the quiz, then the result page.
    for (let number = first + 1; number <= total; number++) {
      await onQuestion(page, number);
      await choose(page, points[number - 1] ?? 3);
      await page.locator('button[type="submit"]').click();
    }
    await page.waitForURL(/\/en\/result\/#[0-9A-Z]+$/u);
    const code = new URL(page.url()).hash.slice(1);
    const decoded = decodeResultCode(
      code,
      bank.version,
      bank.questions.map((question) => question.id),
    );
    // Every answer, as given, is in the result's link.
    expect(decoded).toEqual({
      ok: true,
      answers: Object.fromEntries(bank.questions.map((question, index) => [question.id, points[index]])),
    });
    await page.locator('[data-result-state="result"]:not([hidden])').waitFor();

    await page.getByRole('link', { name: 'Change my answers' }).click();
    await page.waitForURL(`${quizUrl('en')}#question-1`);
    await onQuestion(page, 1);
    await expect.poll(() => checkedPoint(page)).toBe(points[0]);
    expect(await checkedLabels(page)).toEqual(['Not much']);
    // And on from there, each answer is still shown.
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await onQuestion(page, 2);
    await expect.poll(() => checkedPoint(page)).toBe(points[1]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('going back to an answered question after answering the next one', () => {
  // The bug this guards against: answer question 1 "Not much", continue, answer question 2 "Quite a lot", go back:
  // question 1 showed no answer at all, as if "Not much" had been lost.
  it.each([
    ['en', 'the quiz’s Back button', 'Not much', 'Quite a lot'],
    ['en', 'the browser’s Back', 'Not much', 'Quite a lot'],
    ['th', 'the quiz’s Back button', 'ไม่ค่อยชอบ', 'ค่อนข้างชอบ'],
    ['th', 'the browser’s Back', 'ไม่ค่อยชอบ', 'ค่อนข้างชอบ'],
  ] as const)('in %s, with %s: question 1 shows its answer checked', async (locale, how, notMuch, quiteALot) => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(quizUrl(locale));
    await page.locator('.quiz-actions:not(.quiz-actions--waiting) button').first().click();
    await onQuestion(page, 1);
    await choose(page, 2);
    expect(await checkedLabels(page)).toEqual([notMuch]);
    await page.locator('button[type="submit"]').click();
    await onQuestion(page, 2);
    expect(await checkedPoint(page)).toBe(0);
    await choose(page, 4);
    expect(await checkedLabels(page)).toEqual([quiteALot]);

    if (how === 'the browser’s Back') await page.goBack();
    else await page.getByRole('button', { name: locale === 'th' ? 'ย้อนกลับ' : 'Back', exact: true }).click();
    await onQuestion(page, 1);
    await expect.poll(() => checkedLabels(page)).toEqual([notMuch]);
    expect(await checkedPoint(page)).toBe(2);
    expect(page.url()).toBe(`${quizUrl(locale)}#question-1`);

    // Question 2 kept its answer too.
    await page.locator('button[type="submit"]').click();
    await onQuestion(page, 2);
    await expect.poll(() => checkedLabels(page)).toEqual([quiteALot]);
    expect(await savedAnswers(page)).toEqual({ 'enjoy-regulars': 2, 'enjoy-spreadsheet': 4 });
    expect(errors).toEqual([]);
    await context.close();
  });
});
