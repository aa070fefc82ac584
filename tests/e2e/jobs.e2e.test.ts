// A page for every job the site names: the jobs index lists them all, and the side pages and a result's list of
// jobs lead to them. Each says what a person needs to get in, the words job ads use, and how to build its skills.
import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { encodeResultCode } from '../../src/lib/result-code';
import { launchBrowser, openWatchedPage } from './support/browser';
import { todaysBankOf } from './support/result-page';
import { pageUrl } from './support/site';
import { readable, say } from './support/words';

const locales = ['th', 'en'] as const;

interface PathContent {
  id: 'front' | 'back';
  explainer: string;
  jobs: { id: string; name: { th: string; en: string } }[];
}
const paths = parse(readFileSync(new URL('../../content/quiz/paths.yaml', import.meta.url), 'utf8')) as PathContent[];
const jobsOf = (side: 'front' | 'back') => paths.find((path) => path.id === side)?.jobs.map((job) => job.id) ?? [];
const allJobs = paths.flatMap((path) => path.jobs.map((job) => job.id));
/**
 * The addresses of the job pages that links matching `selector` inside `elements` lead to, in order, as paths. Runs
 * in the page, so it takes the selector as an argument rather than from a closure.
 */
const jobLinks = (elements: Element[], selector: string) =>
  elements
    .flatMap((element) => [...element.querySelectorAll<HTMLAnchorElement>(selector)])
    .map((link) => new URL(link.href).pathname)
    .filter((path) => /\/jobs\/[a-z-]+\/$/u.test(path));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.concurrent.each(locales)('in %s', (locale) => {
  it('the jobs index lists every job, by side, and each link opens its page', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/jobs/`));
    const listed = await page.locator('main').evaluateAll(jobLinks, 'h3 a');
    expect(listed).toEqual(allJobs.map((id) => `/${locale}/jobs/${id}/`));
    for (const id of allJobs) {
      const link = page.locator(`main h3 a[href$="/jobs/${id}/"]`);
      const name = readable(await link.innerText());
      await link.click();
      await page.waitForURL(pageUrl(`${locale}/jobs/${id}/`));
      expect(readable(await page.locator('h1').innerText())).toBe(name);
      await page.goBack();
    }
    await context.close();
  });

  it.each(['front', 'back'] as const)('the %s-office page links each of its jobs to the job page', async (side) => {
    const { page, context } = await openWatchedPage(browser);
    const explainer = paths.find((path) => path.id === side)?.explainer ?? '';
    await page.goto(pageUrl(`${locale}/${explainer}`));
    expect(await page.locator('.job-list').evaluateAll(jobLinks, 'a')).toEqual(
      jobsOf(side).map((id) => `/${locale}/jobs/${id}/`),
    );
    expect(await page.locator(`.job-list a[href$="/${locale}/jobs/"]`).count()).toBe(1);
    await context.close();
  });

  it('a result lists its side’s jobs best fit first, each linked to its page, with its way in and what to practise', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/result/`));
    const bank = await todaysBankOf(page);
    // A clear back-office person who rates the computer skills high and every other skill "A little".
    const computerRatings: Record<string, 4 | 5> = { 'advanced-computer': 5, 'software-range': 5, 'basic-computer': 4 };
    const answers = Object.fromEntries(
      bank.items.map((item) => {
        if (item.kind === 'scenario') return [item.id, item.b.path === 'back' ? 4 : 2];
        if (item.kind === 'preference') return [item.id, item.path === 'back' ? 4 : 2];
        return [item.id, computerRatings[item.skill] ?? 2];
      }),
    ) as Record<string, 1 | 2 | 3 | 4 | 5>;
    const code = encodeResultCode(
      bank.version,
      bank.items.map((item) => item.id),
      answers,
    );
    await page.goto(pageUrl(`${locale}/result/#${code}`));
    const shown = page.locator('[data-list="jobs"] > li:not([hidden])');
    await shown.first().waitFor();
    // Key skills' ratings: network administrator 5, 5, 2 (4); data entry 4, 2, 2, 5 (3.25); accounts clerk 2, 5, 2, 2
    // and admin officer 2, 2, 2, 5 (2.75, lowest 2, both a vocational way in: by name, "Accounts clerk" before "Admin
    // officer", เจ้าหน้าที่ธุรการ before พนักงานบัญชี); claims, HR and legal counsel all 2, so by way in (a higher
    // vocational diploma before a degree), then name.
    const level = locale === 'th' ? ['admin-officer', 'accountant'] : ['accountant', 'admin-officer'];
    const ranked = [
      'network-administrator',
      'data-entry-clerk',
      ...level,
      'claims-processor',
      'hr-administrator',
      'legal-counsel',
    ];
    expect(await shown.evaluateAll(jobLinks, 'h4 a')).toEqual(ranked.map((id) => `/${locale}/jobs/${id}/`));
    expect(jobsOf('back').toSorted()).toEqual(ranked.toSorted());
    const gapsOf = (id: string) =>
      page
        .locator(`[data-list="jobs"] > [data-key="${id}"] [data-gaps] > li:not([hidden])`)
        .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['key']));
    // Organisation is the network administrator's only key skill under "Well"; the accounts clerk has three at
    // "A little", and the two it needs most are named.
    expect(await gapsOf('network-administrator')).toEqual(['organisation']);
    expect(await gapsOf('accountant')).toEqual(['numbers', 'filing-deadlines']);
    expect(readable(await page.locator('[data-key="legal-counsel"] .result-job__entry').innerText())).toBe(
      say(locale, 'job.entry.degree'),
    );
    await context.close();
  });

  it('each job page says how to get in, the words ads use, and how to build its skills', async () => {
    const { page, context } = await openWatchedPage(browser);
    for (const id of allJobs) {
      await page.goto(pageUrl(`${locale}/jobs/${id}/`));
      const entry = await page.locator('[data-entry]').getAttribute('data-entry');
      expect([id, (await page.locator('[data-entry]').innerText()).length > 10]).toEqual([id, true]);
      // Nothing may suggest that legal counsel needs no law degree.
      if (id === 'legal-counsel') expect(entry).toMatch(/^(degree|licence)$/u);
      const adWords = (await page.locator('.job-page__ad-words li').allInnerTexts()).map(readable);
      expect([id, adWords.length > 0, adWords.every((word) => /[\u0E00-\u0E7F]/u.test(word))]).toEqual([
        id,
        true,
        true,
      ]);
      const skills = page.locator('.job-page__skills > li');
      expect([id, (await skills.count()) >= 2]).toEqual([id, true]);
      for (const skill of await skills.all()) expect([id, await skill.locator('li').count()]).not.toEqual([id, 0]);
      expect(await page.locator(`a.button[href$="/${locale}/quiz/"]`).count()).toBe(1);
      expect(await page.locator(`.job-page__side a[href$="-office/"]`).count()).toBe(1);
    }
    await context.close();
  });

  it('a job with shifts says what the law allows under 18, with its source; a desk job does not', async () => {
    const { page, context } = await openWatchedPage(browser);
    const underEighteen = (id: string) =>
      page.goto(pageUrl(`${locale}/jobs/${id}/`)).then(() =>
        page
          .locator('section[aria-labelledby="under18-heading"]')
          .filter({ visible: true })
          .evaluateAll((sections) => sections.map((section) => section.querySelectorAll('li').length)),
      );
    for (const id of ['cashier', 'salesperson', 'receptionist'])
      expect([id, await underEighteen(id)]).toEqual([id, [4]]);
    const source = readable(await page.locator('section[aria-labelledby="under18-heading"] .muted').innerText());
    expect(source).toBe(say(locale, 'job.under18.source'));
    expect(source).toMatch(/2541/u);
    for (const id of ['admin-officer', 'accountant', 'legal-counsel'])
      expect([id, await underEighteen(id)]).toEqual([id, []]);
    await context.close();
  });

  it('a result ends with the next steps: its jobs, a plan, keeping it, and the Department of Employment’s services', async ({
    expect,
  }) => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(pageUrl(`${locale}/result/`));
    const bank = await todaysBankOf(page);
    const answers = Object.fromEntries(
      bank.items.map((item, index) => [
        item.id,
        item.kind === 'preference' && item.path === 'back' ? 5 : (index % 4) + 1,
      ]),
    ) as Record<string, 1 | 2 | 3 | 4 | 5>;
    const code = encodeResultCode(
      bank.version,
      bank.items.map((item) => item.id),
      answers,
    );
    await page.goto(pageUrl(`${locale}/result/#${code}`));
    const next = page.locator('.result-next');
    await next.locator('li').first().waitFor();
    const steps = await next
      .locator('.result-next__steps > li > a')
      .evaluateAll((links) =>
        links.map((link) => `${(link as HTMLAnchorElement).pathname}${(link as HTMLAnchorElement).hash}`),
      );
    // In order of use: the jobs, a plan made from this result, keeping it, then (below) talking it over.
    expect(steps).toEqual([
      `/${locale}/result/#result-jobs-heading`,
      `/${locale}/plan/#${code}`,
      `/${locale}/result/#share-result-heading`,
    ]);
    // The steps on this page lead to parts of it that are shown, and following one keeps the result: the link
    // still holds the code (to copy or reload), and the part named has the focus.
    for (const [step, target] of [
      [0, 'result-jobs-heading'],
      [2, 'share-result-heading'],
    ] as const) {
      await next.locator('.result-next__steps > li > a').nth(step).click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(target);
      expect(await page.locator(`#${target}`).isVisible()).toBe(true);
      expect(new URL(page.url()).hash).toBe(`#${code}`);
      expect(await page.locator('[data-result-state="result"]').isVisible()).toBe(true);
    }
    const services = await next
      .locator('.public-services a')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href));
    expect(services).toEqual(['https://www.doe.go.th/', 'tel:1694', 'https://thaimengaantam.doe.go.th/']);
    await context.close();
  });
});
