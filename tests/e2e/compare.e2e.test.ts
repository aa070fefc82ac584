// Two results side by side, before and after: reached from a plan, read from pasted links or typed codes, kept in
// the link, and a clear message in the page's language for a code that cannot be read, keeping what was typed.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { encodeResultCode } from '../../src/lib/result-code';
import type { AnswerValue } from '../../src/lib/scoring';
import { referencePeople } from '../fixtures/reference-people';
import { launchBrowser, openWatchedPage } from './support/browser';
import { todaysBankOf } from './support/result-page';
import { pageUrl } from './support/site';
import { say, type Locale, readable, spelled } from './support/words';

const locales: readonly Locale[] = ['th', 'en'];

let browser: Browser;
let before = '';
let after = '';
beforeAll(async () => {
  browser = await launchBrowser();
  const { page, context } = await openWatchedPage(browser);
  await page.goto(pageUrl('en/result/'));
  const bank = await todaysBankOf(page);
  const ids = bank.items.map((item) => item.id);
  const person = referencePeople.find((each) => each.id === 'no-computers-yet');
  if (!person) throw new Error('no-computers-yet is a reference person');
  before = encodeResultCode(bank.version, ids, person.answers);
  // A few weeks later: everyday computer use up from "Not yet" to "Well", writing to "Well", numbers down a step.
  const later: Record<string, AnswerValue> = {
    ...person.answers,
    'can-type': 4,
    'can-write': 4,
    'can-work-out-vat': 3,
  };
  after = encodeResultCode(bank.version, ids, later);
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

/** Skill, before, after and change, for each row of the skills table, as shown. */
const skillRows = (page: Page) =>
  page
    .locator('.compare-skills tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) => [
        (row as HTMLElement).dataset['key'],
        ...[...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''),
      ]),
    );

describe.concurrent.each(locales)('comparing two results in %s', (locale) => {
  it('reads a pasted link and a typed code, shows what changed, and keeps the comparison in the link', async ({
    expect,
  }) => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/plan/#${before}`));
    await page.getByRole('link', { name: spelled(say(locale, 'plan.compare')) }).click();
    await page.waitForURL(pageUrl(`${locale}/compare/`));
    await page
      .getByLabel(say(locale, 'compare.before.label'))
      .fill(`ผลของหนู ${pageUrl(`${locale}/result/#${before}`)}`);
    // Typed as people write it: in groups of five.
    await page.getByLabel(say(locale, 'compare.after.label')).fill(after.replace(/(.{5})/gu, '$1 ').toLowerCase());
    await page.getByRole('button', { name: spelled(say(locale, 'compare.submit')) }).click();
    await page.locator('[data-compare-result]').waitFor();
    expect(new URL(page.url()).hash).toBe(`#${before}/${after}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('compare-heading');
    const verdict = say(locale, 'result.verdict.back');
    expect(readable(await page.locator('[data-compare-cell="outcome-before"]').innerText())).toBe(verdict);
    expect(readable(await page.locator('[data-compare-cell="outcome-after"]').innerText())).toBe(verdict);
    const rating = (value: number) => `${say(locale, `quiz.scale.selfRating.${value}`)} (${value})`;
    const rows = await skillRows(page);
    expect(rows.find((row) => row[0] === 'basic-computer')).toEqual(['basic-computer', rating(1), rating(4), '+3']);
    expect(rows.find((row) => row[0] === 'numbers')).toEqual(['numbers', rating(4), rating(3), '−1']);
    expect(rows.find((row) => row[0] === 'patience')).toEqual([
      'patience',
      rating(4),
      rating(4),
      say(locale, 'compare.change.same'),
    ]);
    const gained = await page
      .locator('[data-compare-new] > li')
      .evaluateAll((items) =>
        items.filter((item) => !(item as HTMLElement).hidden).map((item) => (item as HTMLElement).dataset['key']),
      );
    expect(gained).toEqual(['basic-computer', 'written-communication']);
    expect(await page.locator('[data-compare-open="before"]').getAttribute('href')).toBe(
      `/${locale}/result/#${before}`,
    );
    // The share box sends this comparison, whatever was pasted: the two codes, as the page's own link holds them.
    expect(await page.locator('#share-compare-link').inputValue()).toBe(page.url());
    const lineText = await page
      .locator('[data-share-box] [data-share-line]')
      .evaluate((link) => new URL((link as HTMLAnchorElement).href).searchParams.get('text'));
    expect(lineText).toBe(`${say(locale, 'compare.share.message')}\n${page.url()}`);
    expect(errors).toEqual([]);
    await context.close();

    // The link alone, in a fresh browser: the same comparison, nothing stored.
    const fresh = await openWatchedPage(browser);
    await fresh.page.goto(pageUrl(`${locale}/compare/#${before}/${after}`));
    await fresh.page.locator('[data-compare-result]').waitFor();
    expect(await skillRows(fresh.page)).toEqual(rows);
    expect(await fresh.page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(fresh.errors).toEqual([]);
    await fresh.context.close();
  });

  it('says in the page’s language which code cannot be read, and why, keeping what was typed', async ({ expect }) => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/compare/`));
    // One character changed: the code's check catches it.
    const mistyped = `${before.slice(0, 10)}${before[10] === 'A' ? 'B' : 'A'}${before.slice(11)}`;
    await page.getByLabel(say(locale, 'compare.before.label')).fill(mistyped);
    await page.getByLabel(say(locale, 'compare.after.label')).fill(after);
    await page.getByRole('button', { name: spelled(say(locale, 'compare.submit')) }).click();
    const error = page.locator('[data-compare-error="before"]');
    await error.waitFor();
    expect(readable(await error.innerText())).toBe(say(locale, 'compare.problem.mistyped'));
    expect(await page.locator('[data-compare-error="after"]').isHidden()).toBe(true);
    expect(await page.locator('#compare-before').getAttribute('aria-invalid')).not.toBeNull();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('compare-before');
    expect(await page.locator('#compare-after').inputValue()).toBe(after);
    expect(await page.locator('[data-compare-result]').isHidden()).toBe(true);
    // An empty box says what to put in it.
    await page.locator('#compare-after').fill('');
    await page.getByRole('button', { name: spelled(say(locale, 'compare.submit')) }).click();
    await expect
      .poll(async () => readable(await page.locator('[data-compare-error="after"]').innerText()))
      .toBe(say(locale, 'compare.problem.empty'));
    expect(errors).toEqual([]);
    await context.close();
  });
});
