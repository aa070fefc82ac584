import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './support/axe';
import { ensureScreenshotFolder, launchBrowser, openWatchedPage } from './support/browser';

const siteUrl = inject('rootSiteUrl');
const quizUrl = (locale: 'th' | 'en') => new URL(`${locale}/quiz/`, siteUrl).href;

interface PageQuestion {
  id: string;
  kind: string;
  path?: string;
  a?: { path: string };
}

/** The questions as the page carries them, so the tests answer whatever the bank holds, in its order. */
async function questionsOf(page: Page): Promise<PageQuestion[]> {
  const props = await page.locator('#quiz-props').textContent();
  return (JSON.parse(props ?? '{}') as { bank: { questions: PageQuestion[] } }).bank.questions;
}

/** 4 on the given path's items and 2 on the other's; the scenario task of that path: a clear lean. */
function leaningAnswer(question: PageQuestion, path: 'front' | 'back'): number {
  if (question.kind === 'scenario') return question.a?.path === path ? 2 : 4;
  return question.path === path ? 4 : 2;
}

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

const focusedIsScreenHeading = (page: Page) =>
  page.evaluate(() => document.activeElement?.hasAttribute('data-screen-heading') ?? false);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('the quiz, by keyboard alone', () => {
  it.each([
    ['th', 'front', 'คำตอบของคุณชี้ไปที่งานหน้าบ้านอย่างชัดเจน', 'ข้อ 1 จาก 28'],
    ['en', 'back', 'Your answers point clearly to back-office work.', 'Question 1 of 28'],
  ] as const)(
    'in %s, a clear %s pattern ends with that recommendation',
    async (locale, path, summary, firstProgress) => {
      const watched = await openWatchedPage(browser);
      const { page } = watched;
      await page.goto(quizUrl(locale));
      const questions = await questionsOf(page);
      expect(questions[0]?.id).toBe('enjoy-welcoming');

      // From the top of the page: skip link, then Tab until the Start button has focus.
      await page.locator('.quiz-actions:not(.quiz-actions--waiting) button').waitFor();
      await page.locator('.quiz-actions button').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedIsScreenHeading(page)).toBe(true);
      await expect.poll(() => page.locator('.quiz-progress-text').innerText()).toBe(firstProgress);

      for (const [index, question] of questions.entries()) {
        // Focus moves to the new question's heading once it is drawn; only then does Tab lead into its answers.
        await expect.poll(() => focusedIsScreenHeading(page)).toBe(true);
        expect(await page.locator('progress').getAttribute('value')).toBe(String(index + 1));
        await answerByKeyboard(page, leaningAnswer(question, path));
      }

      // The last answer opens the result page, with the answers in the link's fragment.
      await page.waitForURL(new RegExp(`/${locale}/result/#[0-9A-Z]{25}$`, 'u'));
      await page.locator('#quiz-result-heading').waitFor();
      expect(await page.locator('#quiz-result-heading').innerText()).toBe(locale === 'th' ? 'ผลของคุณ' : 'Your result');
      expect(await page.locator('.quiz-result__summary').innerText()).toBe(summary);
      const scores = await page.locator('.score-bars__value').allInnerTexts();
      const expectedScores: readonly number[] = path === 'front' ? [75, 25] : [25, 75];
      const outOf100 = locale === 'th' ? 'จาก 100' : 'out of 100';
      expect(scores).toEqual(expectedScores.map((score) => `${score} ${outOf100}`));
      // Example jobs link to the explainer page of the recommended path, and only that path is shown.
      const explainerLinks = page.locator('.quiz-result a[href$="-office/"]').filter({ visible: true });
      expect(await explainerLinks.count()).toBe(1);
      expect(await explainerLinks.getAttribute('href')).toBe(`/${locale}/${path}-office/`);
      expect(await page.locator('[data-list="develop"] > li').filter({ visible: true }).count()).toBe(3);
      expect(watched.errors).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);

      // Back on the quiz page, the finished quiz offers the result again, or a change of answers.
      await page.goto(quizUrl(locale));
      await page.locator('#quiz-finished-heading').waitFor();
      const again = page.getByRole('link', { name: locale === 'th' ? 'ดูผลของฉัน' : 'See my result' });
      expect(await again.getAttribute('href')).toMatch(new RegExp(`^/${locale}/result/#[0-9A-Z]{25}$`, 'u'));
      await watched.context.close();
    },
  );
});

describe('progress survives', () => {
  async function answerFirst(page: Page, count: number) {
    await page.getByRole('button', { name: /เริ่มทำ|Start/u }).click();
    for (let index = 0; index < count; index++) {
      await onQuestion(page, index + 1);
      await page.locator('.quiz-choice').nth(3).click();
      await page.locator('button[type="submit"]').click();
    }
    await onQuestion(page, count + 1);
  }

  it('a reload, resuming at the same question with every answer kept', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(quizUrl('th'));
    await answerFirst(page, 5);
    await expect.poll(() => page.locator('.quiz-progress-text').innerText()).toBe('ข้อ 6 จาก 28');
    await page.reload();
    await expect.poll(() => page.locator('.quiz-progress-text').innerText()).toBe('ข้อ 6 จาก 28');
    await page.getByRole('button', { name: 'ย้อนกลับ' }).click();
    await onQuestion(page, 5);
    await expect.poll(() => page.locator('.quiz-progress-text').innerText()).toBe('ข้อ 5 จาก 28');
    expect(await page.locator('.quiz-choice input').nth(3).isChecked()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a switch of language, keeping the position and the answers', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(quizUrl('th'));
    await answerFirst(page, 5);
    await page.locator('header .language-switch').click();
    await page.waitForURL(quizUrl('en'));
    await expect.poll(() => page.locator('.quiz-progress-text').innerText()).toBe('Question 6 of 28');
    await page.getByRole('button', { name: 'Back' }).click();
    await onQuestion(page, 5);
    expect(await page.locator('.quiz-choice input').nth(3).isChecked()).toBe(true);
    // Question 5 is a scenario: the fourth point of its scale reads "Rather B".
    expect(await page.locator('.quiz-choice').nth(3).innerText()).toBe('Rather B');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the quiz screens', () => {
  it('asks for an answer before moving on, and asks before wiping everything', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(quizUrl('en'));
    await page.getByRole('button', { name: 'Start' }).click();
    await onQuestion(page, 1);
    await page.getByRole('button', { name: 'Continue' }).click();
    expect(await page.getByRole('alert').innerText()).toBe('Choose an answer to continue.');
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
    expect(await page.getByRole('button', { name: /Continue: question 2 of 28/u }).count()).toBe(1);
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.getByRole('button', { name: 'Yes, clear my answers' }).click();
    await expect.poll(() => page.locator('.quiz-progress-text').innerText()).toBe('Question 1 of 28');
    expect(await page.locator('.quiz-choice input:checked').count()).toBe(0);
    const saved = await page.evaluate(() => localStorage.getItem('front-back-office:quiz:v1'));
    expect(JSON.parse(saved ?? '{}').answers).toEqual({});
    await context.close();
  });

  it('loads no more JavaScript than budgets.json allows, so the tests run what ships', async () => {
    const budgets = JSON.parse(readFileSync(new URL('../../budgets.json', import.meta.url), 'utf8'));
    const { page, context } = await openWatchedPage(browser);
    const scripts: Promise<Buffer>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    });
    await page.goto(quizUrl('th'), { waitUntil: 'networkidle' });
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
    expect(await page.locator('main').innerText()).toContain(
      'แบบประเมินนี้ต้องใช้ JavaScript ซึ่งปิดอยู่ในเบราว์เซอร์นี้ เปิดแล้วโหลดหน้าใหม่อีกครั้ง ระหว่างนี้',
    );
    expect(await page.getByRole('link', { name: 'ระหว่างนี้ อ่านเรื่องงานหน้าบ้านและงานหลังบ้านได้ที่นี่' }).count()).toBe(1);
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
    await page.goto(quizUrl('th'), { waitUntil: 'networkidle' });
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
      const questions = await questionsOf(page);
      for (const [index, question] of questions.entries()) {
        await onQuestion(page, index + 1);
        if (question.kind === 'scenario' && index === 4) {
          expect(['scenario', await axeViolations(page)]).toEqual(['scenario', []]);
          await page.screenshot({ path: `${ensureScreenshotFolder()}/quiz-scenario-${locale}.png`, fullPage: true });
        }
        await page
          .locator('.quiz-choice')
          .nth(leaningAnswer(question, 'front') - 1)
          .click();
        await page.locator('button[type="submit"]').click();
      }
      await page.waitForURL(/\/result\/#/u);
      await page.goBack();
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
