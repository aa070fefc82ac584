// A person's plan: from their result to up to three skills to work on, each with ways to practise and free courses,
// kept in the link (so it opens the same anywhere), printed on one A4 page, and a clear message for a bad link.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { parse } from 'yaml';
import { encodeResultCode } from '../../src/lib/result-code';
import { referencePeople } from '../fixtures/reference-people';
import { launchBrowser, openWatchedPage } from './support/browser';
import { todaysBankOf } from './support/result-page';
import { pageUrl } from './support/site';
import { say, type Locale, readable, spelled } from './support/words';

const locales: readonly Locale[] = ['th', 'en'];
const learning = parse(readFileSync(new URL('../../content/learning.yaml', import.meta.url), 'utf8')) as {
  providers: { id: string; url: string }[];
  courses: { skill: string; provider: string }[];
};

let browser: Browser;
let code = '';
beforeAll(async () => {
  browser = await launchBrowser();
  const { page, context } = await openWatchedPage(browser);
  await page.goto(pageUrl('en/result/'));
  const bank = await todaysBankOf(page);
  const person = referencePeople.find((each) => each.id === 'no-computers-yet');
  if (!person) throw new Error('no-computers-yet is a reference person');
  code = encodeResultCode(
    bank.version,
    bank.items.map((item) => item.id),
    person.answers,
  );
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

const offered = (page: Page) =>
  page
    .locator('[data-plan-choices] > li')
    .evaluateAll((items) =>
      items.filter((item) => !(item as HTMLElement).hidden).map((item) => (item as HTMLElement).dataset['key']),
    );
const shownParts = (page: Page) =>
  page
    .locator('[data-plan-chosen] > li')
    .evaluateAll((items) =>
      items.filter((item) => !(item as HTMLElement).hidden).map((item) => (item as HTMLElement).dataset['key']),
    );

describe.concurrent.each(locales)('the plan in %s', (locale) => {
  it('opens from the result with the same code, offers the lowest-rated skills first, and holds at most three', async ({
    expect,
  }) => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/result/#${code}`));
    await page.getByRole('link', { name: spelled(say(locale, 'result.next.plan')) }).click();
    await page.waitForURL(pageUrl(`${locale}/plan/#${code}`));
    await page.locator('[data-plan-state="plan"]').waitFor();
    // Her three computer skills are "Not yet", then questioning is "A little".
    expect((await offered(page)).slice(0, 4)).toEqual([
      'basic-computer',
      'software-range',
      'advanced-computer',
      'questioning',
    ]);
    expect(readable(await page.locator('[data-key="basic-computer"] label').innerText())).toContain(
      say(locale, 'quiz.scale.selfRating.1'),
    );
    expect(await shownParts(page)).toEqual([]);
    for (const skill of ['software-range', 'numbers', 'basic-computer'])
      await page.locator(`#plan-skill-${skill}`).check();
    // The parts in the order chosen, and the link says the same.
    expect(await shownParts(page)).toEqual(['software-range', 'numbers', 'basic-computer']);
    expect(new URL(page.url()).hash).toBe(`#${code}/software-range/numbers/basic-computer`);
    // Full: the other boxes wait until one is unticked, and a status line says why.
    expect(await page.locator('#plan-skill-patience').isDisabled()).toBe(true);
    expect(readable(await page.locator('[data-plan-full]').innerText())).toBe(
      say(locale, 'plan.choose.full', { limit: 3 }),
    );
    await page.locator('#plan-skill-numbers').uncheck();
    await page.locator('#plan-skill-patience').check();
    expect(await shownParts(page)).toEqual(['software-range', 'basic-computer', 'patience']);
    expect(new URL(page.url()).hash).toBe(`#${code}/software-range/basic-computer/patience`);
    // The share box sends this plan, as the result's sends the result: its field, LINE, and a QR code drawn again
    // when the choice changes, so a camera never reads the plan before.
    expect(await page.locator('#share-plan-link').inputValue()).toBe(page.url());
    const lineText = async () =>
      new URL(
        await page.locator('[data-share-box] [data-share-line]').evaluate((a) => (a as HTMLAnchorElement).href),
      ).searchParams.get('text');
    expect(await lineText()).toBe(`${say(locale, 'plan.share.message')}\n${page.url()}`);
    await page.locator('[data-share-box] [data-share-qr]').click();
    const qrLabel = async () => readable(await page.locator('#share-plan-qr svg').getAttribute('aria-label'));
    await expect.poll(qrLabel).toBe(say(locale, 'plan.share.qrLabel'));
    const qrBefore = await page.locator('#share-plan-qr svg').innerHTML();
    await page.locator('#plan-skill-patience').uncheck();
    await expect.poll(() => page.locator('#share-plan-qr svg').innerHTML()).not.toBe(qrBefore);
    expect(await page.locator('#share-plan-link').inputValue()).toBe(page.url());
    expect(await lineText()).toBe(`${say(locale, 'plan.share.message')}\n${page.url()}`);
    await page.locator('#plan-skill-patience').check();
    // Each part's free courses lead to the providers content/learning.yaml names for that skill, over HTTPS.
    for (const skill of ['software-range', 'basic-computer', 'patience']) {
      const links = await page
        .locator(`[data-plan-chosen] > [data-key="${skill}"] a`)
        .evaluateAll((anchors) => anchors.map((anchor) => (anchor as HTMLAnchorElement).href));
      const expected = learning.courses
        .filter((course) => course.skill === skill)
        .map((course) => learning.providers.find((provider) => provider.id === course.provider)?.url);
      expect([skill, links.map((link) => link.replace(/\/$/u, ''))]).toEqual([skill, expected]);
    }
    // Back to the result the plan came from.
    await page.getByRole('link', { name: spelled(say(locale, 'plan.backToResult')) }).click();
    await page.waitForURL(pageUrl(`${locale}/result/#${code}`));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens from its link alone in a fresh browser with the same skills, storing nothing; unknown skills are left out', async ({
    expect,
  }) => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(
      pageUrl(`${locale}/plan/#${code}/numbers/nonsense/listening/numbers/rapport/patience?openExternalBrowser=1`),
    );
    await page.locator('[data-plan-state="plan"]').waitFor();
    expect(await shownParts(page)).toEqual(['numbers', 'listening', 'rapport']);
    expect(new URL(page.url()).hash).toBe(`#${code}/numbers/listening/rapport`);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the three longest parts on one A4 page, without the choices, with the link', async ({ expect }) => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/plan/#${code}`));
    await page.locator('[data-plan-state="plan"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    // Every part's printed height, shown alone: the three tallest together are the longest plan there is.
    const heights: [string, number][] = [];
    for (const skill of (await offered(page)) as string[]) {
      await page.evaluate((hash) => (location.hash = hash), `${code}/${skill}`);
      const part = page.locator(`[data-plan-chosen] > [data-key="${skill}"]`);
      await part.waitFor();
      heights.push([skill, await part.evaluate((element) => element.getBoundingClientRect().height)]);
    }
    const longest = heights
      .sort((first, second) => second[1] - first[1])
      .slice(0, 3)
      .map(([skill]) => skill);
    await page.evaluate((hash) => (location.hash = hash), `${code}/${longest.join('/')}`);
    await expect.poll(() => shownParts(page)).toEqual(longest);
    expect(await page.locator('.plan-choose').isVisible()).toBe(false);
    expect(await page.locator('[data-plan-link]').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/gu) ?? [];
    expect([longest, pages.length]).toEqual([longest, 1]);
    await context.close();
  });

  it('says, in the page’s language, when the link holds no result, and offers the self-check', async ({ expect }) => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/plan/#not-a-code/numbers`));
    const problem = page.locator('[data-plan-state="problem"]');
    await problem.waitFor();
    expect(readable(await problem.getByRole('alert').innerText())).toBe(say(locale, 'plan.problem'));
    expect(
      await problem.getByRole('link', { name: spelled(say(locale, 'result.takeQuiz')) }).getAttribute('href'),
    ).toBe(`/${locale}/quiz/`);
    expect(await page.locator('[data-plan-state="plan"]').isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
