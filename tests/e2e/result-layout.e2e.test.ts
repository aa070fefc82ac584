// The result page as it first appears on a phone and on a desktop: the verdict is the first thing read, and the way
// to send the result is close by. Reference people of every kind of outcome, in both languages, at both sizes.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeResultCode } from '../../src/lib/result-code';
import { referencePeople, type ReferencePerson } from '../fixtures/reference-people';
import { launchBrowser } from './support/browser';
import { todaysBankOf, waitForResult } from './support/result-page';
import { pageUrl } from './support/site';

let browser: Browser;
let codeOf: (person: ReferencePerson) => string;

beforeAll(async () => {
  browser = await launchBrowser();
  const page = await browser.newPage();
  await page.goto(pageUrl('th/result/'));
  const today = await todaysBankOf(page);
  await page.close();
  codeOf = (person) =>
    encodeResultCode(
      today.version,
      today.items.map((item) => item.id),
      person.answers,
    );
});

afterAll(async () => {
  await browser?.close();
});

const person = (id: string) => {
  const found = referencePeople.find((each) => each.id === id);
  if (!found) throw new Error(`no reference person "${id}"`);
  return found;
};

/** The font size of every visible piece of text on the page, with the text, largest first. */
async function textSizes(page: Page): Promise<{ text: string; size: number; inVerdict: boolean }[]> {
  return page.evaluate(() => {
    const verdict = document.querySelector('#quiz-result-heading');
    const sizes: { text: string; size: number; inVerdict: boolean }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || !node.textContent?.trim() || !parent.checkVisibility()) continue;
      sizes.push({
        text: node.textContent.trim(),
        size: Number.parseFloat(getComputedStyle(parent).fontSize),
        inVerdict: verdict?.contains(parent) ?? false,
      });
    }
    return sizes.sort((first, second) => second.size - first.size);
  });
}

const top = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element.getBoundingClientRect().top + window.scrollY);
const bottom = (page: Page, selector: string) =>
  page.locator(selector).evaluate((element) => element.getBoundingClientRect().bottom + window.scrollY);

describe.concurrent.each([
  ['phone', { width: 360, height: 640 }],
  ['desktop', { width: 1280, height: 800 }],
] as const)('the result on a %s', (_name, viewport) => {
  describe.each(['th', 'en'] as const)('in %s', (locale) => {
    it.each(['hotel-receptionist', 'claims-trainee', 'likes-everything', 'in-between', 'middle-everywhere'])(
      'leads with the verdict for %s: the largest text, inside the first screen, sending it close by',
      async (id) => {
        const context = await browser.newContext({ viewport });
        const page = await context.newPage();
        await page.goto(pageUrl(`${locale}/result/#${codeOf(person(id))}`));
        await waitForResult(page);

        const sizes = await textSizes(page);
        const verdictSize = sizes.find((each) => each.inVerdict)?.size ?? 0;
        const larger = sizes.filter((each) => !each.inVerdict && each.size >= verdictSize);
        expect(larger, 'text as large as the verdict or larger').toEqual([]);
        expect(await bottom(page, '#quiz-result-heading')).toBeLessThanOrEqual(viewport.height);

        // The picture of where the answers sit, for every result that has a side or a balance to show; a result
        // that cannot be read has no place to show.
        const picture = page.locator('.result-position');
        expect(await picture.isVisible()).toBe(person(id).outcome !== 'unclear');

        // Copy link, LINE and the QR code start within two screens of a phone, and within the first of a desktop.
        const screens = viewport.width < 600 ? 2 : 1;
        for (const control of ['[data-share-copy]', '[data-share-line]', '[data-share-qr]'])
          expect(await top(page, control), control).toBeLessThan(screens * viewport.height);

        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
        await context.close();
      },
    );
  });
});

describe.concurrent('the picture of where the answers sit', () => {
  it.each([
    ['hotel-receptionist', 'left of the middle stretch'],
    ['claims-trainee', 'right of the middle stretch'],
    ['in-between', 'inside the middle stretch'],
  ] as const)('puts the marker for %s %s', async (id, where) => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 } });
    await page.goto(pageUrl(`en/result/#${codeOf(person(id))}`));
    await waitForResult(page);
    const box = async (selector: string) => {
      const found = await page.locator(selector).boundingBox();
      if (!found) throw new Error(`${selector} is not drawn`);
      return found;
    };
    const middle = await box('[data-scale-middle]');
    const marker = await box('[data-scale-marker]');
    const markerX = marker.x + marker.width / 2;
    if (where === 'left of the middle stretch') expect(markerX).toBeLessThan(middle.x);
    else if (where === 'right of the middle stretch') expect(markerX).toBeGreaterThan(middle.x + middle.width);
    else {
      expect(markerX).toBeGreaterThan(middle.x);
      expect(markerX).toBeLessThan(middle.x + middle.width);
    }
    // The middle stretch is drawn from the result's band, not left at zero width.
    expect(middle.width).toBeGreaterThan(0);
    await page.close();
  });
});
