// Answering the whole quiz with a mouse, as a person does, checking only what they see. How long each step blocks
// a slow phone's main thread is a budget, and npm run bench measures it (budgets.json, quizAnswering): a timing
// asserted here failed at random on a busy 2-core machine.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './support/browser';
import { quizBankOf, quizUrl } from './support/quiz-page';
import { readable, say, spelled } from './support/words';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('answering the whole quiz with a mouse', () => {
  it.each(['th', 'en'] as const)(
    'in %s, every Next shows the next question and its progress, and Finish opens the result',
    async (locale) => {
      const watched = await openWatchedPage(browser);
      const { page } = watched;
      await page.goto(quizUrl(locale));
      const bank = await quizBankOf(page);
      const total = bank.questions.length;
      expect(total).toBeGreaterThan(0);

      // Playwright's click waits for the button to be enabled, which it is once the quiz has hydrated.
      await page.getByRole('button', { name: spelled(say(locale, 'quiz.intro.start')) }).click();
      for (const [index, question] of bank.questions.entries()) {
        const radios = page.locator(`input[type="radio"][name=${JSON.stringify(question.id)}]`);
        // The quiz draws each screen a task after the click that asks for it: wait for this question's answers.
        await radios.first().waitFor();
        const previous = bank.questions[index - 1];
        if (previous) expect(await page.locator(`input[name=${JSON.stringify(previous.id)}]`).count()).toBe(0);

        const progress = say(locale, 'quiz.progress', { number: index + 1, total });
        const progressBar = page.getByRole('progressbar', { name: progress, exact: true });
        expect(await progressBar.getAttribute('value')).toBe(String(index + 1));
        expect(await progressBar.getAttribute('max')).toBe(String(total));
        const wording = question.kind === 'scenario' ? [question.a?.text, question.b?.text] : [question.text];
        const shown = readable(await page.locator('form fieldset').innerText());
        for (const text of wording) expect(shown).toContain(text);

        const choice = radios.nth(index % (await radios.count()));
        await choice.check();
        expect(await radios.and(page.locator(':checked')).count()).toBe(1);
        const submit = page.locator('form button[type="submit"]');
        expect(readable(await submit.innerText())).toBe(say(locale, index + 1 === total ? 'quiz.finish' : 'quiz.next'));
        await submit.click();
      }

      // The last answer opens the result page, with the answers in the link's fragment.
      await page.waitForURL(new RegExp(`/${locale}/result/#[0-9A-Z]+$`, 'u'));
      await page.locator('#quiz-result-heading').waitFor();
      expect(watched.errors).toEqual([]);
      await watched.context.close();
    },
  );
});
