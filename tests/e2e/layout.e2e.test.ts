// What a person sees of the layout on a small phone and a wide screen: a header that leaves room for the page, a
// quiz whose Start and Continue buttons are on the first screen, nothing wider than a 320 px screen, a menu that
// works from the keyboard without JavaScript, and a counsellor page that uses a wide screen.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeResultCode } from '../../src/lib/result-code';
import { launchBrowser, openWatchedPage } from './support/browser';
import { todaysBankOf } from './support/result-page';
import { pageUrl } from './support/site';
import { quizBankOf } from './support/quiz-page';
import { readable } from './support/words';

const locales = ['th', 'en'] as const;

const phone = { width: 360, height: 640 };
const desktop = { width: 1280, height: 800 };

/** Every kind of page in both languages, and a missing page (the 404 page). */
const pageTypes = [
  ...locales.flatMap((locale) =>
    [
      '',
      'front-office/',
      'back-office/',
      'skills/',
      'jobs/',
      'jobs/claims-processor/',
      'quiz/',
      'counsellors/',
      'group/',
      'paper/',
      'fair/',
      'counsellors/guide/',
      'counsellors/poster/',
      'counsellors/handout/',
      'worksheet/',
    ].map((route) => `${locale}/${route}`),
  ),
  'en/no-such-page/',
];

let browser: Browser;
let resultCode = '';
beforeAll(async () => {
  browser = await launchBrowser();
  const { page, context } = await openWatchedPage(browser);
  await page.goto(pageUrl('en/result/'));
  const bank = await todaysBankOf(page);
  // Answers that go round the whole scale, so every part of the result has something to show.
  resultCode = encodeResultCode(
    bank.version,
    bank.items.map((item) => item.id),
    Object.fromEntries(bank.items.map((item, index) => [item.id, (((index * 3) % 5) + 1) as 1 | 2 | 3 | 4 | 5])),
  );
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

/** Whether an element is wholly on the first screen, with the page not scrolled. */
async function onFirstScreen(page: Page, selector: string): Promise<{ bottom: number; scrolled: number }> {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => ({
      bottom: Math.ceil(element.getBoundingClientRect().bottom + scrollY),
      scrolled: scrollY,
    }));
}

describe.concurrent('the header', () => {
  it('takes less than a quarter of a 360 × 640 phone screen on every page, in both languages', async () => {
    const { page, context } = await openWatchedPage(browser, { viewport: phone });
    const heights: string[] = [];
    for (const path of pageTypes) {
      await page.goto(pageUrl(path));
      const height = await page.locator('.site-header').evaluate((header) => header.getBoundingClientRect().height);
      heights.push(`${path}: ${height < phone.height / 4 ? 'fits' : `${height} px`}`);
    }
    expect(heights).toEqual(pageTypes.map((path) => `${path}: fits`));
    await context.close();
  });

  it('is one row on a wide screen: the name, the menu and the language switch side by side', async () => {
    const { page, context } = await openWatchedPage(browser, { viewport: desktop });
    for (const locale of locales) {
      await page.goto(pageUrl(`${locale}/skills/`));
      const tops = await page
        .locator('.site-name, .site-nav a, header .language-switch')
        .evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().top)));
      expect(tops).toHaveLength(7);
      expect(Math.max(...tops) - Math.min(...tops)).toBeLessThan(12);
    }
    await context.close();
  });
});

describe.concurrent('the menu without JavaScript', () => {
  it.each(locales)('in %s: is reached and followed from the keyboard, and marks the current page', async (locale) => {
    const { page, context } = await openWatchedPage(browser, { viewport: phone, javaScriptEnabled: false });
    await page.goto(pageUrl(`${locale}/`));
    const menu = page.locator('header nav a');
    const labels = (await menu.allInnerTexts()).map(readable);
    expect(labels).toHaveLength(5);
    const siteName = readable(await page.locator('.site-name').innerText());
    const languageSwitch = readable(await page.locator('header .language-switch').innerText());
    // Tab order: skip link, site name, every menu link in order, then the language switch.
    const stops: string[] = [];
    for (let step = 0; step < labels.length + 3; step++) {
      await page.keyboard.press('Tab');
      stops.push(readable(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim())));
      // Every link the keyboard reaches shows, even in the menu that scrolls sideways: the browser scrolls a link
      // that is out of sight into view (one already partly in sight stays where it is, its edge under the shadow).
      const shown = await page.evaluate(() => {
        const box = (document.activeElement as HTMLElement).getBoundingClientRect();
        return (Math.min(box.right, innerWidth) - Math.max(box.left, 0)) / box.width;
      });
      expect([stops.at(-1), shown > 0.5]).toEqual([stops.at(-1), true]);
    }
    expect(stops.slice(1)).toEqual([siteName, ...labels, languageSwitch]);
    // Back to the last menu link (the self-check), and follow it with Enter.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(pageUrl(`${locale}/quiz/`));
    expect((await page.locator('header nav a[aria-current="page"]').allInnerTexts()).map(readable)).toEqual([
      labels[4],
    ]);
    // The current page's link is in view on arrival, even at the far end of a menu that scrolls sideways.
    const current = await page
      .locator('header nav a[aria-current="page"]')
      .evaluate((link) => link.getBoundingClientRect().toJSON() as DOMRect);
    expect(current.right).toBeLessThanOrEqual(phone.width);
    await context.close();
  });
});

describe.concurrent('the quiz', () => {
  it.each(
    locales.flatMap((locale) => [
      { locale, size: 'phone', viewport: phone },
      { locale, size: 'desktop', viewport: desktop },
    ]),
  )(
    'in $locale on a $size screen: Start and each Continue up to the last scenario are on the first screen',
    async ({ locale, viewport }) => {
      const { page, context } = await openWatchedPage(browser, { viewport });
      await page.goto(pageUrl(`${locale}/quiz/`));
      const start = '.quiz-actions:not(.quiz-actions--waiting) button';
      await page.locator(start).waitFor();
      const intro = await onFirstScreen(page, start);
      expect(intro.scrolled).toBe(0);
      expect(intro.bottom, 'Start').toBeLessThanOrEqual(viewport.height);
      await page.locator(start).click();
      const questions = (await quizBankOf(page)).questions;
      const lastScenario = questions.map((question) => question.kind).lastIndexOf('scenario');
      const seen = new Set<string>();
      for (const [index, question] of questions.slice(0, lastScenario + 1).entries()) {
        await page.locator(`progress[value="${index + 1}"]`).waitFor();
        const position = await onFirstScreen(page, '.quiz-question button[type="submit"]');
        expect(position.scrolled, question.id).toBe(0);
        expect(position.bottom, question.id).toBeLessThanOrEqual(viewport.height);
        seen.add(question.kind);
        // Every answer of the scale in turn, each from its label as a person taps it.
        await page
          .locator('.quiz-choice')
          .nth(index % 5)
          .click();
        await page.locator('.quiz-question button[type="submit"]').click();
      }
      expect([...seen].sort()).toEqual(['preference', 'scenario']);
      await context.close();
    },
  );
});

describe.concurrent('at 320 CSS pixels', () => {
  /** Elements that reach past either side of the screen, other than inside a box that scrolls or clips sideways. */
  const overflowing = (page: Page) =>
    page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const found: string[] = [];
      for (const element of document.querySelectorAll<HTMLElement>('body *')) {
        const box = element.getBoundingClientRect();
        if ((box.width === 0 && box.height === 0) || (box.left >= -0.5 && box.right <= width + 0.5)) continue;
        let boxed = false;
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement)
          if (getComputedStyle(parent).overflowX !== 'visible') boxed = true;
        if (!boxed)
          found.push(`${element.tagName}.${element.className} ${Math.round(box.left)}…${Math.round(box.right)}`);
      }
      return found;
    });

  it('no element is wider than the screen, on any kind of page or state, in both languages', async () => {
    const { page, context } = await openWatchedPage(browser, { viewport: { width: 320, height: 640 } });
    const found: string[] = [];
    const check = async (name: string) => found.push(...(await overflowing(page)).map((entry) => `${name}: ${entry}`));
    for (const path of pageTypes) {
      await page.goto(pageUrl(path));
      await check(path);
    }
    for (const locale of locales) {
      // A fresh quiz, whatever the other language's visit saved (both languages share the saved answers).
      await page.goto(pageUrl(`${locale}/quiz/`));
      await page.evaluate(() => localStorage.clear());
      await page.goto(pageUrl(`${locale}/quiz/`));
      await page.locator('.quiz-actions:not(.quiz-actions--waiting) button').first().click();
      await page.locator('progress[value="1"]').waitFor();
      await check(`${locale} quiz question`);
      for (const path of [`${locale}/result/#${resultCode}`, `${locale}/result/detail/#${resultCode}`]) {
        await page.goto(pageUrl(path));
        await page.locator('[data-result-state="loading"][hidden]').waitFor({ state: 'attached' });
        await check(path);
      }
    }
    expect(found).toEqual([]);
    await context.close();
  });

  it('the skills table keeps its words whole and scrolls sideways in a named box the keyboard can scroll', async () => {
    const { page, context } = await openWatchedPage(browser, { viewport: { width: 320, height: 640 } });
    await page.goto(pageUrl('en/skills/'));
    const region = page.getByRole('region', { name: 'Skills side by side' });
    // Every word of every cell stays on one line: no word is split between lines.
    const splitWords = await region.evaluate((box) => {
      const words: string[] = [];
      const range = document.createRange();
      const texts = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let text = texts.nextNode(); text; text = texts.nextNode())
        for (const match of (text.textContent ?? '').matchAll(/\S+/gu)) {
          range.setStart(text, match.index);
          range.setEnd(text, match.index + match[0].length);
          if (range.getClientRects().length > 1) words.push(match[0]);
        }
      return words;
    });
    expect(splitWords).toEqual([]);
    // Three columns of whole words are wider than 320 px: the box scrolls, shows a shadow at its edges (drawn in
    // its background) as a cue, and the arrow keys scroll it.
    expect(await region.evaluate((box) => box.scrollWidth > box.clientWidth)).toBe(true);
    expect(await region.evaluate((box) => getComputedStyle(box).backgroundImage)).toContain('radial-gradient');
    await region.focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
    await context.close();
  });
});

describe.concurrent('the counsellor page on a wide screen', () => {
  it.each(locales)('in %s: keeps its contents list in view beside a readable column of text', async (locale) => {
    const { page, context } = await openWatchedPage(browser, { viewport: desktop });
    await page.goto(pageUrl(`${locale}/counsellors/`));
    const contents = page.locator('.counsellors__contents');
    const text = page.locator('.counsellors__body');
    const [list, column] = await Promise.all([contents.boundingBox(), text.boundingBox()]);
    expect(list && column && list.x + list.width <= column.x).toBe(true);
    // A readable measure: about 40 characters' widths of 16 px, not the whole screen.
    expect(column?.width).toBeLessThanOrEqual(40 * 16);
    // Following the last entry brings its heading to the top, and the list is still there beside it.
    const links = contents.getByRole('link');
    // One per part: what it measures, what it does not, scoring, links, groups, how to read a result, and where to
    // send people next.
    expect(await links.count()).toBe(7);
    await links.last().click();
    const heading = page.locator(`#${(await links.last().getAttribute('href'))?.slice(1) ?? ''}`);
    await expect
      .poll(() => heading.evaluate((element) => Math.round(element.getBoundingClientRect().top)))
      .toBeLessThan(100);
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(desktop.height);
    const after = await contents.boundingBox();
    expect(after && after.y >= 0 && after.y + after.height <= desktop.height).toBe(true);
    await context.close();
  });
});

describe.concurrent('the length of a page', () => {
  // A page that grows as it is scrolled makes the scrollbar jump, and a full-page picture of it ends in blank space.
  it('stays the same from the top to the bottom, on the long pages, in both languages, on a phone', async () => {
    const { page, context } = await openWatchedPage(browser, { viewport: phone });
    const grown: string[] = [];
    for (const locale of locales)
      for (const path of [
        `${locale}/result/#${resultCode}`,
        `${locale}/result/detail/#${resultCode}`,
        `${locale}/worksheet/`,
        `${locale}/counsellors/`,
        `${locale}/skills/`,
      ]) {
        await page.goto(pageUrl(path));
        if (path.includes('#'))
          await page.locator('[data-result-state="loading"][hidden]').waitFor({ state: 'attached' });
        const atTop = await page.evaluate(() => document.documentElement.scrollHeight);
        const atBottom = await page.evaluate(async () => {
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          while (window.scrollY + window.innerHeight < document.documentElement.scrollHeight - 1) {
            window.scrollBy(0, window.innerHeight);
            await frame();
            await frame();
          }
          return document.documentElement.scrollHeight;
        });
        if (atBottom !== atTop) grown.push(`${path}: ${atTop} px at the top, ${atBottom} px at the bottom`);
      }
    expect(grown).toEqual([]);
    await context.close();
  });
});
