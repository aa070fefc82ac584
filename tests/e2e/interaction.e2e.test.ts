import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openWatchedPage } from './support/browser';

const siteUrl = inject('rootSiteUrl');

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('answering on a slow phone', () => {
  it('never blocks the main thread for more than 50 ms with the CPU slowed 4x', async () => {
    const { page, context } = await openWatchedPage(browser);
    const devtools = await context.newCDPSession(page);
    await devtools.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const durations: number[] = [];
      (window as unknown as { longTasks: number[] }).longTasks = durations;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) durations.push(entry.duration);
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(new URL('th/quiz/', siteUrl).href, { waitUntil: 'networkidle' });
    await page.locator('.quiz-actions:not(.quiz-actions--waiting) button').click();

    // Count only what answering causes, not the page's first load.
    await page.evaluate(() => ((window as unknown as { longTasks: number[] }).longTasks.length = 0));
    const questionCount = await page.evaluate(
      () => JSON.parse(document.getElementById('quiz-props')?.textContent ?? '{}').bank.questions.length as number,
    );
    for (let index = 0; index < questionCount; index++) {
      await page
        .locator('.quiz-choice')
        .nth(index % 5)
        .click();
      await page.locator('button[type="submit"]').click();
    }
    // The result draws its later parts one frame at a time: wait for the last one, so that all of it is measured.
    await page.getByRole('heading', { name: 'ผลนี้บอกอะไรได้ และบอกอะไรไม่ได้' }).waitFor();
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
    expect(longTasks).toEqual([]);
    await context.close();
  });
});
