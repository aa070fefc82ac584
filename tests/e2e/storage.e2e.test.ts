// Whatever the browser does with storage, the quiz keeps working, loses no answer, and says so when progress
// will not outlast the page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './support/browser';
import { quizBankOf, quizUrl as quizUrlIn } from './support/quiz-page';
import { quizStorageKey as storageKey } from '../../src/stores/storage-keys';

const quizUrl = quizUrlIn('en');
const notKept = 'This browser is not keeping your answers';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const onQuestion = (page: Page, number: number) => page.locator(`progress[value="${number}"]`).waitFor();

/**
 * Answers questions from..to (1-based), moving on after each: with the given point of the scale (1-5), or with the
 * points given in turn (round again when there are fewer than questions), so that neighbours differ.
 */
async function answer(page: Page, from: number, to: number, point: number | readonly number[]) {
  const points = typeof point === 'number' ? [point] : point;
  for (let number = from; number <= to; number++) {
    await onQuestion(page, number);
    await page
      .locator('.quiz-choice')
      .nth((points[(number - from) % points.length] ?? 3) - 1)
      .click();
    await page.locator('button[type="submit"]').click();
  }
  await onQuestion(page, to + 1);
}

async function checkedPoint(page: Page): Promise<number> {
  return page
    .locator('.quiz-choice input')
    .evaluateAll((inputs) => inputs.findIndex((input) => (input as HTMLInputElement).checked) + 1);
}

/** Goes back to question `number` and reads which point is checked there. */
async function pointAt(page: Page, current: number, number: number): Promise<number> {
  for (let step = current; step > number; step--) {
    await page.getByRole('button', { name: 'Back' }).click();
    await onQuestion(page, step - 1);
  }
  return checkedPoint(page);
}

describe('when the browser refuses storage', () => {
  it.each([
    [
      'blocked (site data turned off)',
      () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('Access is denied for this document.', 'SecurityError');
          },
        });
      },
    ],
    [
      'refusing every write',
      () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      },
    ],
  ])('(%s) the quiz still works to the end, keeps every answer, and says so once', async (_case, stub) => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.addInitScript(stub);
    await page.goto(quizUrl);
    await page.getByRole('button', { name: 'Start' }).click();
    await answer(page, 1, 4, [5, 3, 1, 4]);
    expect(await page.getByText(notKept).count()).toBe(1);
    expect(await pointAt(page, 5, 2)).toBe(3);
    await page.getByRole('button', { name: 'Continue' }).click();
    await onQuestion(page, 3);
    expect(await checkedPoint(page)).toBe(1);
    await answer(page, 3, 32, [2, 4, 5, 1, 3]);
    await onQuestion(page, 33);
    await page.locator('.quiz-choice').nth(0).click();
    await page.locator('button[type="submit"]').click();
    // The result link is the durable copy: the result opens from it.
    await page.waitForURL(/\/en\/result\/#[0-9A-Z]{28}$/u);
    await page.locator('.quiz-result__summary span:not([hidden])').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('(storage really full) keeps the answers in memory and says so', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(quizUrl);
    const filled = await page.evaluate(() => {
      // Fill the origin's storage to the brim with ever smaller pieces.
      let bytes = 0;
      for (let size = 1 << 20; size >= 16; size >>= 1) {
        for (let index = 0; ; index++) {
          try {
            localStorage.setItem(`filler-${size}-${index}`, 'x'.repeat(size));
            bytes += size;
          } catch {
            break;
          }
        }
      }
      return bytes;
    });
    expect(filled).toBeGreaterThan(1_000_000);
    await page.reload();
    await page.getByRole('button', { name: 'Start' }).click();
    await answer(page, 1, 3, [4, 1, 3]);
    expect(await page.getByText(notKept).count()).toBe(1);
    expect(await pointAt(page, 4, 2)).toBe(1);
    expect(await pointAt(page, 2, 1)).toBe(4);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('what storage already holds', () => {
  it.each([
    ['broken JSON', '{"bank": "x", "answers": {'],
    ['another shape', '[1, 2, 3]'],
    [
      'hostile values',
      JSON.stringify({ bank: 'x', answers: { 'enjoy-regulars': '<img src=x onerror=alert(1)>' }, screen: '<b>' }),
    ],
  ])('%s: the quiz opens fresh, without an error, and saves properly from then on', async (_case, stored) => {
    const { page, context, errors } = await openWatchedPage(browser);
    page.on('dialog', (dialog) => errors.push(`dialog: ${dialog.message()}`));
    await page.goto(quizUrl);
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [storageKey, stored] as const);
    await page.reload();
    await page.getByRole('button', { name: 'Start' }).click();
    await answer(page, 1, 1, 3);
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey)) ?? '{}');
    expect(saved.answers).toEqual({ 'enjoy-regulars': 3 });
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers to an older question bank are never scored: the quiz starts afresh and says why', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(quizUrl);
    await page.evaluate(
      (key) =>
        localStorage.setItem(key, JSON.stringify({ bank: '0ldba4k0', answers: { 'enjoy-regulars': 5 }, screen: 3 })),
      storageKey,
    );
    await page.reload();
    await page.getByText('The questions have changed since your last visit').waitFor();
    expect(await page.getByRole('button', { name: 'Start' }).isVisible()).toBe(true);
    const saved = JSON.parse((await page.evaluate((key) => localStorage.getItem(key), storageKey)) ?? '{}');
    expect(saved.answers).toEqual({});
    expect(errors).toEqual([]);
    await context.close();
  });

  it('answers to the same questions carry over a new deploy that changed only wording', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(quizUrl);
    const { version } = await quizBankOf(page);
    await page.evaluate(
      ([key, bank]) => localStorage.setItem(key, JSON.stringify({ bank, answers: { 'enjoy-regulars': 5 }, screen: 1 })),
      [storageKey, version] as const,
    );
    await page.reload();
    await onQuestion(page, 2);
    expect(await pointAt(page, 2, 1)).toBe(5);
    await context.close();
  });
});

describe('two tabs answering at once', () => {
  it('stay consistent, and no answer flips back', async () => {
    const { page: first, context, errors } = await openWatchedPage(browser);
    const second = await context.newPage();
    await first.goto(quizUrl);
    await second.goto(quizUrl);
    await first.getByRole('button', { name: 'Start' }).click();
    await answer(first, 1, 1, 5);
    // The second tab follows: it is on question 2 too, with the first tab's answer kept.
    await onQuestion(second, 2);
    await answer(second, 2, 2, 1);
    await onQuestion(first, 3);
    // Both answer question 3 at the same moment; they must agree afterwards on one answer.
    await Promise.all([first.locator('.quiz-choice').nth(3).click(), second.locator('.quiz-choice').nth(1).click()]);
    const readStored = async () =>
      JSON.parse((await first.evaluate((key) => localStorage.getItem(key), storageKey)) ?? '{}');
    // Done once storage and both tabs show one answer to question 3: the tabs may take a moment to hear each other.
    await expect
      .poll(
        async () => {
          const kept = (await readStored()).answers?.['enjoy-asking-visitors'];
          return kept !== undefined && kept === (await checkedPoint(first)) && kept === (await checkedPoint(second));
        },
        { timeout: 10_000 },
      )
      .toBe(true);
    const stored = await readStored();
    expect(stored.answers['enjoy-regulars']).toBe(5);
    expect(stored.answers['enjoy-spreadsheet']).toBe(1);
    const third = stored.answers['enjoy-asking-visitors'];
    expect([4, 2]).toContain(third);
    expect(await checkedPoint(first)).toBe(third);
    expect(await checkedPoint(second)).toBe(third);
    // Reloading either shows the same answers: nothing flipped back.
    await second.reload();
    await onQuestion(second, 3);
    expect(await checkedPoint(second)).toBe(third);
    expect(await pointAt(second, 3, 1)).toBe(5);
    expect(errors).toEqual([]);
    await context.close();
  });
});
