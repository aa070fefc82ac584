import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { ensureScreenshotFolder, launchBrowser, openWatchedPage, untilQuiet } from './support/browser';
import { quizBankOf, quizUrl, type PageQuestion } from './support/quiz-page';
import { quizStorageKey } from '../../src/stores/storage-keys';
import { readable, spelled } from './support/words';

/** The self-ratings a leaning answer gives, by the question's place in the bank: every point of the scale. */
const selfRatings = [2, 4, 3, 5, 1] as const;

/**
 * 4 on the given path's preferences and 2 on the other's, the task of that path in each scenario: a clear lean.
 * Self-ratings (which do not count towards the side) go round the whole scale.
 */
function leaningAnswer(question: PageQuestion, index: number, path: 'front' | 'back'): number {
  if (question.kind === 'scenario') return question.a?.path === path ? 2 : 4;
  if (question.kind === 'self-rating') return selfRatings[index % selfRatings.length] ?? 3;
  return question.path === path ? 4 : 2;
}

/**
 * The skill lists those self-ratings give (rapport 5, numbers 1, clear-speaking 2, organisation 4, listening 3,
 * written-communication 5, friendliness 1, phone-communication 2, filing-deadlines 4, patience 3, software-range 5,
 * questioning 1, advanced-computer 2, conflict-resolution 4, basic-computer 3): the side's skills rated "Fairly well"
 * or lower, lowest first; those rated "Well" or better, highest first; the other side's skills rated "Not yet".
 */
const expectedLists = {
  front: {
    develop: ['friendliness', 'questioning', 'clear-speaking', 'listening', 'patience', 'basic-computer'],
    strengths: ['rapport', 'conflict-resolution'],
    otherNotYet: ['numbers'],
  },
  back: {
    develop: ['numbers', 'phone-communication', 'advanced-computer', 'basic-computer'],
    strengths: ['written-communication', 'software-range', 'organisation', 'filing-deadlines'],
    otherNotYet: ['friendliness', 'questioning'],
  },
} as const;

const shownKeys = (page: Page, list: string) =>
  page
    .locator(`[data-list="${list}"] > li[data-key]`)
    .filter({ visible: true })
    .evaluateAll((entries) => entries.map((entry) => (entry as HTMLElement).dataset['key']));

/** Answers the current question with the keyboard alone: Tab into the radio group, arrows to the value, Enter. */
async function answerByKeyboard(page: Page, value: number): Promise<void> {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  for (let step = 1; step < value; step++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

/**
 * Waits until question `number` (1-based) is on screen. The quiz builds each screen a task after the click that
 * asks for it, so a test that acts at once could still be looking at the previous one.
 */
const onQuestion = (page: Page, number: number) => page.locator(`progress[value="${number}"]`).waitFor();

/** The point (1-5) checked on the question shown, or 0 when none is. */
const checkedPoint = (page: Page) =>
  page
    .locator('.quiz-choice input')
    .evaluateAll((inputs) => inputs.findIndex((input) => (input as HTMLInputElement).checked) + 1);

const focusedIsScreenHeading = (page: Page) =>
  page.evaluate(() => document.activeElement?.hasAttribute('data-screen-heading') ?? false);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.concurrent('the quiz, by keyboard alone', () => {
  it.each([
    ['th', 'front', 'งานหน้าบ้าน', 'คำตอบของคุณชี้ไปที่งานหน้าบ้านอย่างชัดเจน', 'ข้อ 1 จาก 33'],
    ['en', 'back', 'Back office', 'Your answers point clearly to back-office work.', 'Question 1 of 33'],
  ] as const)(
    'in %s, a clear %s pattern ends with that recommendation',
    async (locale, path, verdict, summary, firstProgress) => {
      const watched = await openWatchedPage(browser);
      const { page } = watched;
      await page.goto(quizUrl(locale));
      const questions = (await quizBankOf(page)).questions;
      expect(questions[0]?.id).toBe('enjoy-regulars');

      // From the top of the page: skip link, then Tab until the Start button has focus.
      await page.locator('.quiz-actions:not(.quiz-actions--waiting) button').waitFor();
      await page.locator('.quiz-actions button').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedIsScreenHeading(page)).toBe(true);
      await expect
        .poll(async () => readable(await page.locator('.quiz-progress-text').innerText()))
        .toBe(firstProgress);

      for (const [index, question] of questions.entries()) {
        // Focus moves to the new question's heading once it is drawn; only then does Tab lead into its answers.
        await expect.poll(() => focusedIsScreenHeading(page)).toBe(true);
        expect(await page.locator('progress').getAttribute('value')).toBe(String(index + 1));
        await answerByKeyboard(page, leaningAnswer(question, index, path));
      }

      // The last answer opens the result page, with the answers in the link's fragment.
      await page.waitForURL(new RegExp(`/${locale}/result/#[0-9A-Z]{28}$`, 'u'));
      await page.locator('#quiz-result-heading [data-variant^="result.verdict."]:not([hidden])').waitFor();
      // The verdict leads, as the heading, under the page's name in a small line.
      expect(readable(await page.locator('.result-page-name').innerText())).toBe(
        locale === 'th' ? 'ผลการประเมินตนเอง' : 'Self-check result',
      );
      expect(readable(await page.locator('#quiz-result-heading').innerText())).toBe(verdict);
      expect(readable(await page.locator('.quiz-result__summary').innerText())).toBe(summary);
      const scores = (await page.locator('.result-position__score strong').allInnerTexts()).map(readable);
      const expectedScores: readonly number[] = path === 'front' ? [75, 25] : [25, 75];
      const outOf100 = locale === 'th' ? 'จาก 100' : 'out of 100';
      expect(scores).toEqual(expectedScores.map((score) => `${score} ${outOf100}`));
      // Example jobs link to the explainer page of the recommended path, and only that path is shown.
      const explainerLinks = page.locator('.quiz-result a[href$="-office/"]').filter({ visible: true });
      expect(await explainerLinks.count()).toBe(1);
      expect(await explainerLinks.getAttribute('href')).toBe(`/${locale}/${path}-office/`);
      expect(await shownKeys(page, 'develop')).toEqual(expectedLists[path].develop);
      expect(await shownKeys(page, 'strengths')).toEqual(expectedLists[path].strengths);
      expect(await shownKeys(page, 'otherNotYet')).toEqual(expectedLists[path].otherNotYet);
      expect(watched.errors).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);

      // Back on the quiz page, the finished quiz offers the result again, or a change of answers.
      await page.goto(quizUrl(locale));
      await page.locator('#quiz-finished-heading').waitFor();
      const again = page.getByRole('link', { name: locale === 'th' ? 'ดูผลของฉัน' : 'See my result' });
      expect(await again.getAttribute('href')).toMatch(new RegExp(`^/${locale}/result/#[0-9A-Z]{28}$`, 'u'));
      await watched.context.close();
    },
  );
});

describe.concurrent('progress survives', () => {
  /** A different answer to each of the first five questions (the fifth, a scenario, "Leaning to B"). */
  const points = [2, 5, 1, 3, 4];

  async function answerFirst(page: Page, count: number) {
    await page.getByRole('button', { name: /เริ่มทำ|Start/u }).click();
    for (let index = 0; index < count; index++) {
      await onQuestion(page, index + 1);
      await page
        .locator('.quiz-choice')
        .nth((points[index] ?? 3) - 1)
        .click();
      await page.locator('button[type="submit"]').click();
    }
    await onQuestion(page, count + 1);
  }

  /** Goes back with the quiz's Back button from question `from` to question 1, reading each answer shown. */
  async function answersShownGoingBack(page: Page, from: number, back: string): Promise<number[]> {
    const shown: number[] = [];
    for (let number = from - 1; number >= 1; number--) {
      await page.getByRole('button', { name: back, exact: true }).click();
      await onQuestion(page, number);
      shown.unshift(await checkedPoint(page));
    }
    return shown;
  }

  it('a reload, resuming at the same question with every answer kept', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(quizUrl('th'));
    await answerFirst(page, 5);
    await expect.poll(async () => readable(await page.locator('.quiz-progress-text').innerText())).toBe('ข้อ 6 จาก 33');
    await page.reload();
    await expect.poll(async () => readable(await page.locator('.quiz-progress-text').innerText())).toBe('ข้อ 6 จาก 33');
    await page.getByRole('button', { name: spelled('ย้อนกลับ') }).click();
    await onQuestion(page, 5);
    await expect.poll(async () => readable(await page.locator('.quiz-progress-text').innerText())).toBe('ข้อ 5 จาก 33');
    expect(await page.locator('.quiz-choice input').nth(3).isChecked()).toBe(true);
    expect(await answersShownGoingBack(page, 5, 'ย้อนกลับ')).toEqual(points.slice(0, 4));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a switch of language, keeping the position and the answers', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(quizUrl('th'));
    await answerFirst(page, 5);
    await page.locator('header .language-switch').click();
    await page.waitForURL(`${quizUrl('en')}#question-6`);
    await expect
      .poll(async () => readable(await page.locator('.quiz-progress-text').innerText()))
      .toBe('Question 6 of 33');
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await onQuestion(page, 5);
    expect(await page.locator('.quiz-choice input').nth(3).isChecked()).toBe(true);
    // Question 5 is a scenario: the fourth point of its scale reads "Leaning to B".
    expect(readable(await page.locator('.quiz-choice').nth(3).innerText())).toBe('Leaning to B');
    expect(await answersShownGoingBack(page, 5, 'Back')).toEqual(points.slice(0, 4));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe.concurrent('the quiz screens', () => {
  it('asks for an answer before moving on, and asks before wiping everything', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(quizUrl('en'));
    await page.getByRole('button', { name: 'Start' }).click();
    await onQuestion(page, 1);
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(readable(await page.getByRole('alert').innerText())).toBe('Choose an answer to continue.');
    await page.locator('.quiz-choice').nth(4).click();
    expect(await page.getByRole('alert').count()).toBe(0);
    await page.getByRole('button', { name: 'Continue' }).click();
    await onQuestion(page, 2);
    await page.getByRole('button', { name: 'Back' }).click();
    await onQuestion(page, 1);
    await page.getByRole('button', { name: 'Back' }).click();
    await page.getByRole('heading', { name: 'Before you start' }).waitFor();
    await page.getByRole('button', { name: 'Start again' }).click();
    // The safe choice has focus; declining keeps the answer.
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('No, keep them');
    await page.keyboard.press('Enter');
    expect(await page.getByRole('button', { name: /Continue: question 2 of 33/u }).count()).toBe(1);
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
    await expect
      .poll(async () => readable(await page.locator('.quiz-progress-text').innerText()))
      .toBe('Question 1 of 33');
    expect(await page.locator('.quiz-choice input:checked').count()).toBe(0);
    const saved = await page.evaluate((key) => localStorage.getItem(key), quizStorageKey);
    expect(JSON.parse(saved ?? '{}').answers).toEqual({});
    await context.close();
  });

  it('loads no more JavaScript than budgets.json allows, so the tests run what ships', async () => {
    const budgets = JSON.parse(readFileSync(new URL('../../budgets.json', import.meta.url), 'utf8'));
    const tab = await openWatchedPage(browser);
    const { page, context } = tab;
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    await page.goto(quizUrl('th'));
    await untilQuiet(tab);
    const bodies = await Promise.all(scripts);
    const gzipBytes = bodies.reduce((total, body) => total + gzipSync(body, { level: 9 }).length, 0);
    expect(bodies.length).toBeGreaterThan(0);
    expect(gzipBytes).toBeLessThanOrEqual(budgets.quizJavaScriptGzipMax);
    await context.close();
  });

  it('says clearly what it needs when JavaScript is off', async () => {
    const { page, context } = await openWatchedPage(browser, { javaScriptEnabled: false });
    await page.goto(quizUrl('th'));
    expect(await page.locator('noscript').count()).toBe(1);
    expect(readable(await page.locator('main').innerText())).toContain(
      'แบบประเมินนี้ต้องใช้ JavaScript ซึ่งปิดอยู่ในเบราว์เซอร์นี้ เปิดแล้วโหลดหน้าใหม่อีกครั้ง ระหว่างนี้',
    );
    expect(await page.getByRole('link', { name: spelled('ระหว่างนี้ อ่านเรื่องงานหน้าบ้านและงานหลังบ้านได้ที่นี่') }).count()).toBe(1);
    await context.close();
  });

  it('does not shift the layout while the island wakes up', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.addInitScript(() => {
      (window as unknown as { shifts: number }).shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) {
          (window as unknown as { shifts: number }).shifts += entry.value;
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(quizUrl('th'));
    await page.locator('.quiz-actions:not(.quiz-actions--waiting)').waitFor();
    expect(await page.evaluate(() => (window as unknown as { shifts: number }).shifts)).toBe(0);
    await context.close();
  });

  it('has no WCAG 2.2 AA violation on the intro, a question, a scenario and the finished quiz, in both languages', async () => {
    // Thai in the light colour scheme, English in the dark one: every screen is checked in both schemes.
    for (const [locale, colorScheme] of [
      ['th', 'light'],
      ['en', 'dark'],
    ] as const) {
      const { page, context } = await openWatchedPage(browser, { colorScheme });
      await page.goto(quizUrl(locale));
      await page.locator('.quiz-actions:not(.quiz-actions--waiting)').waitFor();
      expect(['intro', await axeViolations(page)]).toEqual(['intro', []]);
      await page.locator('.quiz-actions button').first().click();
      await onQuestion(page, 1);
      expect(['question', await axeViolations(page)]).toEqual(['question', []]);
      const questions = (await quizBankOf(page)).questions;
      for (const [index, question] of questions.entries()) {
        await onQuestion(page, index + 1);
        if (question.kind === 'scenario' && index === 4) {
          expect(['scenario', await axeViolations(page)]).toEqual(['scenario', []]);
          await page.screenshot({ path: `${ensureScreenshotFolder()}/quiz-scenario-${locale}.png`, fullPage: true });
        }
        await page
          .locator('.quiz-choice')
          .nth(leaningAnswer(question, index, 'front') - 1)
          .click();
        await page.locator('button[type="submit"]').click();
      }
      await page.waitForURL(/\/result\/#/u);
      // The quiz page, opened again once every question is answered, says the result is ready. (The browser's Back
      // from the result goes to the last question instead: each question has an address of its own.)
      await page.goto(quizUrl(locale));
      await page.locator('#quiz-finished-heading').waitFor();
      expect(['finished', await axeViolations(page)]).toEqual(['finished', []]);
      await context.close();
    }
  });

  it('is photographed at phone width: intro and first question in both languages', async () => {
    for (const locale of ['th', 'en'] as const) {
      const { page, context } = await openWatchedPage(browser);
      await page.goto(quizUrl(locale));
      await page.locator('.quiz-actions:not(.quiz-actions--waiting)').waitFor();
      await page.screenshot({ path: `${ensureScreenshotFolder()}/quiz-intro-${locale}.png`, fullPage: true });
      await page.locator('.quiz-actions button').first().click();
      await onQuestion(page, 1);
      await page.screenshot({ path: `${ensureScreenshotFolder()}/quiz-question-${locale}.png`, fullPage: true });
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      await context.close();
    }
  });
});
