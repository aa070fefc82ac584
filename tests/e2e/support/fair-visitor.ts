// Taking the quiz by clicking, as a visitor does (tests/e2e/paper-and-fair.e2e.test.ts, offline.e2e.test.ts and
// tests/e2e/fair-history.e2e.test.ts).
import type { Page } from 'playwright-core';
import { normalizeResultCode } from '../../../src/lib/result-code';
import { waitForResult } from './result-page';

/** Takes the quiz from its intro by clicking: answer `answer(index)` (1-5) on every question. Returns how many. */
export async function answerQuestions(page: Page, answer: (index: number) => number) {
  await page.locator('.quiz-actions:not(.quiz-actions--waiting) button').first().click();
  const total = Number(await page.locator('progress').getAttribute('max'));
  for (let index = 0; index < total; index++) {
    await page.locator(`progress[value="${index + 1}"]`).waitFor();
    await page
      .locator('.quiz-choice')
      .nth(answer(index) - 1)
      .click();
    await page.locator('button[type="submit"]').click();
  }
  return total;
}

/** In job-fair mode: answers every question, waits for the result, and reads its code from the link to share. */
export async function answerAsVisitor(page: Page, answer: (index: number) => number) {
  await answerQuestions(page, answer);
  await page.waitForURL(/\/result\/$/u);
  await waitForResult(page);
  const link = await page.locator('[data-share-link]').inputValue();
  return normalizeResultCode(decodeURIComponent(new URL(link).hash.slice(1)));
}
