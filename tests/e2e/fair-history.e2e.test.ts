// Job-fair mode on a shared device leaves no visitor's result in the browser's own History: the result code carries
// every answer, and the address bar would offer it to the next visitor. Run in a persistent profile, whose History
// database is read once the browser has closed.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumPath, launchBrowser, openWatchedPage } from './support/browser';
import { answerAsVisitor } from './support/fair-visitor';
import { shownVariants, waitForResult } from './support/result-page';
import { pageUrl } from './support/site';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('job-fair mode on a shared device', () => {
  /** Every address a page ever has: each navigation, and each change made with the history API or the fragment. */
  async function recordAddresses(page: Page): Promise<Set<string>> {
    const seen = new Set<string>();
    page.on('framenavigated', (frame) => seen.add(frame.url()));
    await page.exposeFunction('reportAddress', (url: string) => seen.add(url));
    await page.addInitScript(() => {
      const report = () => (window as unknown as { reportAddress: (url: string) => void }).reportAddress(location.href);
      report();
      addEventListener('hashchange', report);
      addEventListener('popstate', report);
      for (const name of ['pushState', 'replaceState'] as const) {
        const original = history[name].bind(history);
        history[name] = (...args: Parameters<History['pushState']>) => {
          original(...args);
          report();
        };
      }
    });
    return seen;
  }

  /** The verdict and notes a result code shows on its own page, opened outside job-fair mode. */
  async function resultOutsideFair(code: string) {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(pageUrl(`th/result/#${code}`));
    await waitForResult(page);
    const shown = {
      verdict: await shownVariants(page, 'result.verdict.'),
      notes: await shownVariants(page, 'result.'),
    };
    await context.close();
    return shown;
  }

  it("puts no visitor's code in any address, nor in the profile's History, and still shows each their result", async () => {
    const profile = mkdtempSync(join(tmpdir(), 'fair-profile-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: chromiumArgs,
      viewport: { width: 360, height: 800 },
    });
    const codes: string[] = [];
    let seen: Set<string> | undefined;
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      seen = await recordAddresses(page);
      await page.goto(pageUrl('th/fair/'));
      await page.locator('[data-fair-status]:not([hidden])').waitFor();
      // Two visitors who answer differently, each to the result and "Next person".
      const visitors = [
        (index: number) => ((index * 3 + Math.floor(index / 5)) % 5) + 1,
        (index: number) => 5 - ((index * 2 + 1) % 5),
      ];
      for (const [turn, answer] of visitors.entries()) {
        await page.locator('[data-fair-start]').click();
        await page.waitForURL(/\/quiz\/$/u);
        const code = await answerAsVisitor(page, answer);
        codes.push(code);
        // The QR code hands the visitor the link; LINE's share link, which would open here with it, is not offered.
        await page.locator('[data-share-qr-code] svg').waitFor();
        expect(await page.locator('[data-share-line]').isVisible()).toBe(false);
        const verdict = await shownVariants(page, 'result.verdict.');
        expect({ verdict, notes: await shownVariants(page, 'result.') }).toEqual(await resultOutsideFair(code));
        if (turn === 0) {
          // The detail view and the other language open the same result, with no code in their address either.
          await page.locator('a[data-keeps-fragment][href*="/detail/"]').click();
          await page.waitForURL(/\/th\/result\/detail\/$/u);
          await page.locator('.result-detail__answers tbody tr:not([hidden])').first().waitFor();
          await page.locator('a.language-switch').click();
          await page.waitForURL(/\/en\/result\/detail\/$/u);
          await page.locator('.result-detail__answers tbody tr:not([hidden])').first().waitFor();
          await page.locator('a[data-keeps-fragment]:not([href*="/detail/"])').first().click();
          await page.waitForURL(/\/en\/result\/$/u);
          await waitForResult(page);
          expect(await shownVariants(page, 'result.verdict.')).toEqual(verdict);
        }
        const panel = page.locator('[data-fair-next]');
        await panel.getByRole('button').first().click();
        await panel.locator('[role="group"]').getByRole('button').first().click();
        await page.waitForURL(/\/fair\/$/u);
        await page.locator('[data-fair-status]:not([hidden])').waitFor();
      }
      expect(new Set(codes).size).toBe(2);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
    const addresses = [...(seen ?? [])];
    // The recording saw the whole visit: the fair page, every question, each result.
    expect(addresses.filter((url) => /#question-\d+$/u.test(url)).length).toBeGreaterThan(10);
    expect(addresses.some((url) => url.endsWith('/th/result/'))).toBe(true);
    expect(addresses.filter((url) => codes.some((code) => url.includes(code)))).toEqual([]);
    // The quiz's own steps name a question, never an answer.
    const saysMore = (url: string) => url.includes('/quiz/') && !/\/quiz\/(?:#question-\d+)?$/u.test(url);
    expect(addresses.filter(saysMore)).toEqual([]);
    // Chromium's own History, as the next visitor's address bar would offer it.
    const history = new DatabaseSync(join(profile, 'Default', 'History'), { readOnly: true });
    const urls = (history.prepare('SELECT url FROM urls').all() as { url: string }[]).map((row) => row.url);
    history.close();
    rmSync(profile, { recursive: true, force: true });
    expect(urls.some((url) => url.endsWith('/th/fair/'))).toBe(true);
    expect(urls.some((url) => url.endsWith('/result/'))).toBe(true);
    expect(urls.filter((url) => codes.some((code) => url.includes(code)))).toEqual([]);
    expect(urls.filter(saysMore)).toEqual([]);
  });
});
