// Every line break in Thai text on every page, at the widths people read at: none may fall inside a word or a
// compound the site keeps whole (content/thai-words.yaml). Pages are found by following links from the language
// chooser; the result, its detail view and a quiz question are added with a result in the link, since scripts write
// their text. The count of breaks per page is written to tests/e2e/output/thai-line-breaks.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { thaiWordsKeptWhole } from '../../src/integrations/finish-html';
import { encodeResultCode } from '../../src/lib/result-code';
import { createThaiLineBreaker } from '../../src/lib/thai-line-breaks';
import { launchBrowser } from './support/browser';
import { crawl } from './support/crawl';
import { todaysBankOf, waitForResult } from './support/result-page';
import { pageUrl, rootSiteUrl } from './support/site';
import { say, spelled } from './support/words';

const widths = [320, 360, 390, 1280];
const breaker = createThaiLineBreaker(thaiWordsKeptWhole(new URL('../../content/', import.meta.url)));

/** A line break between two Thai letters, as the page laid it out: the block's text and where the new line starts. */
interface LaidOutBreak {
  text: string;
  at: number;
}

/**
 * Runs in the page: every place a new line starts between two Thai letters with nothing between them (no space, no
 * hyphen), in visible text. Letters are compared a block at a time (inline tags inside a block do not end it);
 * marks above and below a letter, and word joiners, have no box of their own and are skipped.
 */
function thaiBreaksOnScreen(): LaidOutBreak[] {
  const isThaiLetter = (letter: string) => /[\u0E01-\u0E2E\u0E30-\u0E5B]/u.test(letter);
  const hasOwnBox = (letter: string) => !/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E\u2060]/u.test(letter);
  const blockOf = (node: Node): Element => {
    let element = node.parentElement as Element;
    while (element.parentElement && getComputedStyle(element).display === 'inline') element = element.parentElement;
    return element;
  };
  // A <br> is a line break the text asks for: it stands in the block's list as a line of its own.
  const blocks = new Map<Element, (Text | 'br')[]>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Element) {
      if (node.tagName === 'BR') blocks.get(blockOf(node))?.push('br');
      continue;
    }
    const text = node as Text;
    if (text.parentElement?.closest('script, style, template')) continue;
    const block = blockOf(text);
    blocks.set(block, [...(blocks.get(block) ?? []), text]);
  }
  const found: LaidOutBreak[] = [];
  const range = document.createRange();
  for (const texts of blocks.values()) {
    if (!texts.some((text) => text !== 'br' && /[\u0E00-\u0E7F]/u.test(text.data))) continue;
    let plain = '';
    const lineStarts: number[] = [];
    let previous: { top: number; height: number; letter: string; at: number } | undefined;
    for (const text of texts) {
      if (text === 'br') {
        plain += '\n';
        previous = undefined;
        continue;
      }
      for (let index = 0; index < text.data.length; index += 1) {
        const letter = text.data[index] ?? '';
        if (letter === '\u2060') continue;
        plain += letter;
        if (!hasOwnBox(letter)) continue;
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        const box = range.getClientRects()[0];
        if (!box || box.width === 0) {
          previous = undefined;
          continue;
        }
        const at = plain.length - 1;
        if (previous && box.top > previous.top + previous.height / 2) {
          const between = plain.slice(previous.at + 1, at);
          if (
            isThaiLetter(previous.letter) &&
            isThaiLetter(letter) &&
            !/[^\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/u.test(between)
          )
            lineStarts.push(at);
        }
        previous = { top: box.top, height: box.height, letter, at };
      }
    }
    for (const at of lineStarts) found.push({ text: plain, at });
  }
  return found;
}

/** The breaks that split a word: where the site's segmentation allows no break. Shown as "before | after". */
function wrongBreaks(breaks: LaidOutBreak[]): string[] {
  return breaks.flatMap(({ text, at }) => {
    const run = [...text.matchAll(/[\u0E00-\u0E7F]+/gu)].find(
      (match) => match.index < at && at < match.index + match[0].length,
    );
    if (!run) return [];
    const allowed = breaker.plan(run[0]).allowed.includes(at - run.index);
    return allowed ? [] : [`${text.slice(Math.max(0, at - 12), at)} | ${text.slice(at, at + 12)}`];
  });
}

let browser: Browser;
const routes: string[] = [];
const counts: Record<string, Record<number, { breaks: number; wrong: number }>> = {};

beforeAll(async () => {
  browser = await launchBrowser();
  const found = await crawl(rootSiteUrl);
  for (const [url, status] of found) {
    if (status === 200 && url.endsWith('/') && !url.includes('#')) routes.push(url.slice(rootSiteUrl.length));
  }
  const page = await browser.newPage();
  await page.goto(pageUrl('th/result/'));
  const bank = await todaysBankOf(page);
  await page.close();
  // Answers that go round the whole scale, so every list of the result has skills in it.
  const code = encodeResultCode(
    bank.version,
    bank.items.map((item) => item.id),
    Object.fromEntries(bank.items.map((item, index) => [item.id, (((index * 3) % 5) + 1) as 1 | 2 | 3 | 4 | 5])),
  );
  routes.push(`th/result/#${code}`, `th/result/detail/#${code}`, 'th/quiz/#question');
});

afterAll(async () => {
  await browser?.close();
  const folder = join(import.meta.dirname, 'output');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'thai-line-breaks.json'), `${JSON.stringify(counts, null, 1)}\n`);
});

async function open(page: Page, route: string): Promise<void> {
  await page.goto(pageUrl(route.replace('#question', '')));
  if (route.includes('/result/#') || route.includes('/detail/#')) await waitForResult(page);
  if (route.endsWith('#question')) {
    await page.getByRole('button', { name: spelled(say('th', 'quiz.intro.start')) }).click();
    await page.locator('fieldset legend').first().waitFor();
  }
}

describe('Thai line breaks', () => {
  it('finds pages to check', ({ expect }) => {
    expect(routes.length).toBeGreaterThan(50);
  });

  it(
    'never break inside a word or a kept compound, on any page, at 320 to 1280 px',
    { timeout: 900_000 },
    async ({ expect }) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const problems: string[] = [];
      for (const route of routes) {
        counts[route] = {};
        for (const width of widths) {
          await page.setViewportSize({ width, height: 800 });
          if (width === widths[0]) await open(page, route);
          const breaks = await page.evaluate(thaiBreaksOnScreen);
          const wrong = wrongBreaks(breaks);
          (counts[route] as Record<number, { breaks: number; wrong: number }>)[width] = {
            breaks: breaks.length,
            wrong: wrong.length,
          };
          problems.push(...wrong.map((text) => `${route} at ${width} px: ${text}`));
        }
      }
      await context.close();
      expect(problems).toEqual([]);
    },
  );
});
