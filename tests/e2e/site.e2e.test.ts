import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, colourRules } from './support/axe';
import {
  ensureScreenshotFolder,
  launchBrowser,
  openWatchedPage,
  untilQuiet,
  type WatchedPage,
} from './support/browser';
import { crawl } from './support/crawl';
import { quizUrl } from './support/quiz-page';
import { todaysBankOf } from './support/result-page';
import { encodeResultCode } from '../../src/lib/result-code';
import { qrCode } from '../../src/lib/qr-code';
import { rootSiteUrl, subPathSiteUrl } from './support/site';
import { readable, spelled } from './support/words';

/** The example jobs of content/quiz/paths.yaml: each has a page in both languages, and the jobs index lists them. */
const jobIds = (
  parse(readFileSync(new URL('../../content/quiz/paths.yaml', import.meta.url), 'utf8')) as { jobs: { id: string }[] }[]
).flatMap((path) => path.jobs.map((job) => job.id));

/** Every page a reader can reach, with what it must say: the explainers, the jobs index and every job's page. */
const explainerRoutes = ['', 'front-office/', 'back-office/', 'skills/', 'jobs/', ...jobIds.map((id) => `jobs/${id}/`)];
const localizedPages = (['th', 'en'] as const).flatMap((locale) =>
  explainerRoutes.map((route) => ({ locale, route, path: `${locale}/${route}` })),
);
/**
 * Pages that exist in both languages and are not the quiz: the explainers, the counsellor page and its tools (guide,
 * poster, handouts, group page, paper entry, job-fair mode), the method page, the worksheet.
 */
const contentPages = [
  ...localizedPages,
  ...(['th', 'en'] as const).flatMap((locale) =>
    [
      'counsellors/',
      'method/',
      'worksheet/',
      'counsellors/guide/',
      'counsellors/poster/',
      'counsellors/handout/',
      'group/',
      'paper/',
      'fair/',
    ].map((route) => ({ locale, route, path: `${locale}/${route}` })),
  ),
];

/** The pages that run a script of their own, in both languages. */
const scriptedPages = ['th/quiz/', 'en/quiz/', 'th/result/', 'en/result/', 'th/result/detail/', 'en/result/detail/'];

/** A screenshot's file name: th-jobs-accountant for th/jobs/accountant/, chooser for the language chooser. */
const screenshotName = (path: string): string => path.replace(/\/$/u, '').replaceAll('/', '-') || 'chooser';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each([
  ['at the site root', rootSiteUrl],
  ['under a sub-path', subPathSiteUrl],
])('every link %s', (_where, siteUrl) => {
  it('resolves, and reaches every page in both languages', async () => {
    const statuses = await crawl(siteUrl);
    const broken = [...statuses].filter(([, status]) => status !== 200);
    expect(broken).toEqual([]);
    const found = [...statuses.keys()];
    for (const { path } of contentPages) expect(found).toContain(new URL(path, siteUrl).href);
    // Nothing escapes the sub-path: every link stays under the site's own base.
    expect(found.filter((url) => !url.startsWith(siteUrl))).toEqual([]);
  });

  it('loads every page with all its files, no errors and nothing from another origin', async () => {
    // One tab for every page: each visit's requests and errors are checked before the next. No service worker:
    // each page comes from the server (offline.e2e.test.ts tests the offline copy).
    const watched = await openWatchedPage(browser, { serviceWorkers: 'block' });
    const origin = new URL(siteUrl).origin;
    for (const path of ['', ...scriptedPages, ...contentPages.map((page) => page.path)]) {
      watched.requests.length = 0;
      const response = await watched.page.goto(new URL(path, siteUrl).href);
      expect([path, response?.status()]).toEqual([path, 200]);
      expect([path, watched.requests.filter((request) => !request.url.startsWith(origin))]).toEqual([path, []]);
      expect([path, watched.failedResponses, watched.errors]).toEqual([path, [], []]);
      // The stylesheet really applied (a wrong base path would leave the page unstyled).
      const background = await watched.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect([path, background]).not.toEqual([path, 'rgba(0, 0, 0, 0)']);
    }
    await watched.context.close();
  });
});

/** The kind and size of each language's preview picture, read once. */
const previewSizes = new Map<string, Promise<[string, number, number]>>();
function previewSize(locale: string): Promise<[string, number, number]> {
  let size = previewSizes.get(locale);
  if (!size) {
    size = fetch(new URL(`${locale}/preview.png`, rootSiteUrl))
      .then((response) => response.arrayBuffer())
      .then((bytes) => {
        const png = Buffer.from(bytes);
        return [png.subarray(1, 4).toString(), png.readUInt32BE(16), png.readUInt32BE(20)];
      });
    previewSizes.set(locale, size);
  }
  return size;
}

/** Checks what a page says about itself: language, one heading, title, description, canonical, previews. */
async function expectMetadata(page: Page, { locale, route, path }: (typeof contentPages)[number]): Promise<void> {
  expect(await page.getAttribute('html', 'lang')).toBe(locale);
  const headings = (await page.locator('h1').allInnerTexts()).map(readable);
  expect(headings).toHaveLength(1);
  const title = await page.title();
  expect(title.startsWith(headings[0] ?? '')).toBe(true);
  expect(title).toContain(locale === 'th' ? 'หน้าบ้านหรือหลังบ้าน' : 'Front or Back Office');
  const description = await page.getAttribute('meta[name="description"]', 'content');
  expect(description?.length).toBeGreaterThan(40);
  // Thai pages are written in Thai, English pages in English, but for words marked as the other language (the
  // Thai words job ads use, on an English job page).
  const mainText = await page.locator('main').evaluate((main, own) => {
    const copy = main.cloneNode(true) as HTMLElement;
    for (const other of copy.querySelectorAll(`[lang]:not([lang="${own}"])`)) other.remove();
    return copy.textContent ?? '';
  }, locale);
  const thaiLetters = (mainText.match(/[\u0E00-\u0E7F]/gu) ?? []).length;
  expect(locale === 'th' ? thaiLetters > 200 : thaiLetters === 0).toBe(true);
  const canonical = await page.getAttribute('link[rel="canonical"]', 'href');
  expect(canonical?.endsWith(`/${path}`)).toBe(true);
  // A link pasted into LINE or Facebook shows this page's title and description, in its language.
  const openGraph = async (property: string) => page.getAttribute(`meta[property="${property}"]`, 'content');
  expect(await openGraph('og:title')).toBe(title);
  expect(await openGraph('og:description')).toBe(description);
  expect(await openGraph('og:url')).toBe(canonical);
  expect(await openGraph('og:locale')).toBe(locale === 'th' ? 'th_TH' : 'en_US');
  expect(await page.getAttribute('meta[name="twitter:card"]', 'content')).toBe('summary_large_image');
  // The preview picture is this language's, 1200 × 630, and really there.
  const image = await openGraph('og:image');
  // Absolute, on the address the site is built for (SITE_URL), and served here at the same path.
  expect(new URL(image ?? '').pathname).toBe(`/${locale}/preview.png`);
  expect(await page.getAttribute('meta[name="twitter:image"]', 'content')).toBe(image);
  expect(await openGraph('og:image:alt')).toMatch(locale === 'th' ? /[\u0E00-\u0E7F]/u : /^[\x20-\x7E]+$/u);
  expect(await previewSize(locale)).toEqual(['PNG', 1200, 630]);
  const alternates = await page.$$eval('link[rel="alternate"]', (links) =>
    links.map((link) => [link.getAttribute('hreflang'), new URL(link.getAttribute('href') ?? '').pathname]),
  );
  expect(alternates).toEqual([
    ['th', `/th/${route}`],
    ['en', `/en/${route}`],
    ['x-default', '/'],
  ]);
}

/** The page's scripts: a script-free page has the service worker's inline registration and nothing else. */
async function expectOnlyRegistration(watched: WatchedPage): Promise<void> {
  const scripts = await watched.page.locator('script').evaluateAll((elements) =>
    elements.map((element) => ({
      src: element.getAttribute('src'),
      registers: /serviceWorker\.register\(/u.test(element.textContent ?? ''),
    })),
  );
  expect(scripts).toEqual([{ src: null, registers: true }]);
  expect(watched.requests.filter((request) => request.resourceType === 'script')).toEqual([]);
}

/**
 * Each page is visited once, and everything a visit can show is checked on it: what it says about itself, axe in
 * light and dark, a screenshot at phone width for a person to look at, nothing wider than the phone, no warning or
 * error in the console, and for explainers the language switch. (That explainers ship no JavaScript is also checked
 * on the built files by scripts/page-weight.mjs.)
 */
/**
 * What axe's colour rules find on `path` opened in the dark colour scheme, in a second tab of `context` that is dark
 * before the page loads, as a reader whose phone is set to dark sees it. (Switching a page already open to dark left
 * axe reading some colours before the switch had reached them, on a loaded machine: two false failures in one CI run.)
 */
async function darkColourViolations(context: BrowserContext, path: string): Promise<string[]> {
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(new URL(path, rootSiteUrl).href);
  const violations = await axeViolations(page, colourRules);
  await page.close();
  return violations;
}

describe.concurrent('each page', () => {
  const scriptFree = new Set([
    ...localizedPages.map((page) => page.path),
    ...(['th', 'en'] as const).flatMap((locale) =>
      ['method/', 'worksheet/', 'counsellors/guide/', 'counsellors/poster/', 'counsellors/handout/'].map(
        (route) => `${locale}/${route}`,
      ),
    ),
  ]);
  const explainers = new Set(localizedPages.map((page) => page.path));

  it.each(contentPages)(
    '$path says its language, title and metadata, has no WCAG 2.2 AA violation light or dark, fits a phone and logs nothing',
    async (visit) => {
      const watched = await openWatchedPage(browser);
      const { page } = watched;
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'warning') warnings.push(message.text());
      });
      await page.goto(new URL(visit.path, rootSiteUrl).href);
      await expectMetadata(page, visit);
      expect(['light', await axeViolations(page)]).toEqual(['light', []]);
      await page.screenshot({ path: `${ensureScreenshotFolder()}/${screenshotName(visit.path)}.png`, fullPage: true });
      // Nothing is wider than the phone: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
      expect(['dark', await darkColourViolations(watched.context, visit.path)]).toEqual(['dark', []]);
      if (scriptFree.has(visit.path)) await expectOnlyRegistration(watched);
      expect([watched.failedResponses, watched.errors, warnings]).toEqual([[], [], []]);
      if (explainers.has(visit.path)) {
        // The language switch leads to the same page in the other language.
        const other = visit.locale === 'th' ? 'en' : 'th';
        await page.locator('header .language-switch').click();
        await page.waitForURL(new URL(`${other}/${visit.route}`, rootSiteUrl).href);
        expect(await page.getAttribute('html', 'lang')).toBe(other);
      }
      await watched.context.close();
    },
  );

  it.each([
    { path: '', missing: false },
    { path: 'does/not/exist/', missing: true },
  ])('/$path has no WCAG 2.2 AA violation light or dark, fits a phone and logs nothing', async ({ path, missing }) => {
    const watched = await openWatchedPage(browser);
    const { page } = watched;
    const logged: string[] = [];
    page.on('console', (message) => {
      // The 404 page is sent with status 404 on purpose, and Chromium reports that for the page itself.
      if (missing && message.location().url === page.url()) return;
      if (message.type() === 'warning' || message.type() === 'error') logged.push(message.text());
    });
    page.on('pageerror', (error) => logged.push(error.message));
    await page.goto(new URL(path, rootSiteUrl).href);
    expect(['light', await axeViolations(page)]).toEqual(['light', []]);
    expect(['dark', await darkColourViolations(watched.context, path)]).toEqual(['dark', []]);
    await page.screenshot({ path: `${ensureScreenshotFolder()}/${screenshotName(path)}.png`, fullPage: true });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
    await expectOnlyRegistration(watched);
    expect(logged).toEqual([]);
    await watched.context.close();
  });
});

describe('the counsellor page', () => {
  it.each(['th', 'en'] as const)('in %s: is linked from the footer, and copies each quiz link', async (locale) => {
    const { page, context, errors } = await openWatchedPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(new URL(`${locale}/`, rootSiteUrl).href);
    await page.locator('.footer-counsellors').click();
    await page.waitForURL(new URL(`${locale}/counsellors/`, rootSiteUrl).href);
    const copyButtons = page.getByRole('button', { name: spelled(locale === 'th' ? 'คัดลอกลิงก์' : 'Copy link') });
    expect(await copyButtons.count()).toBe(2);
    await copyButtons.nth(1).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('http://localhost:4321/en/quiz/');
    await expect
      .poll(async () => readable(await page.locator('.copy-link__status').nth(1).innerText()))
      .toBe(locale === 'th' ? 'คัดลอกลิงก์แล้ว' : 'Link copied.');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('draws a QR code of each quiz link, with a name for screen readers', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(new URL('en/counsellors/', rootSiteUrl).href);
    const codes = page.getByRole('img', { name: /QR code for The self-check in (Thai|English)/u });
    expect(await codes.count()).toBe(2);
    for (const [index, language] of (['th', 'en'] as const).entries()) {
      const drawn = await codes.nth(index).locator('path').getAttribute('d');
      expect(drawn).toBe(qrCode(`http://localhost:4321/${language}/quiz/`).path);
    }
    await context.close();
  });
});

describe('the paper worksheet', () => {
  it('prints in Thai on A4, with the Thai text and a Thai font in the PDF', async () => {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(new URL('th/worksheet/', rootSiteUrl).href);
    const pdfPath = `${ensureScreenshotFolder()}/worksheet-th.pdf`;
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    await context.close();
    const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)/u);
    const pages = Number(/Pages:\s+(\d+)/u.exec(info)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    const text = readable(execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' })).replace(
      /\s+/gu,
      '',
    );
    // Each row of part 1 shows the points of each number circled ("1→0 … 5→4"), and the key counts all 33 answers.
    for (const expected of ['ใบงานแบบประเมิน', 'คะแนนหน้าบ้าน', 'คะแนนหลังบ้าน', '1→0', '5→4', 'จาก33ข้อ']) {
      expect([expected, text.includes(expected)]).toEqual([expected, true]);
    }
    // No navigation or footer on paper.
    expect(text.includes('ภาพรวม')).toBe(false);
    const fonts = execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' });
    expect(fonts).toMatch(/Loma|Garuda|Norasi|Kinnari|Sawasdee|Umpush|Waree|Laksaman|Noto\S*Thai/u);
  });
});

describe('the poster and handouts', () => {
  /** Prints a page of the site on A4 and gives back the text of each printed page, without spaces. */
  async function printedPages(route: string, name: string, qrCodes: number): Promise<string[]> {
    const { page, context } = await openWatchedPage(browser);
    await page.goto(new URL(route, rootSiteUrl).href);
    // Every QR code leads to the quiz in the page's language, drawn at build time.
    const locale = route.slice(0, 2);
    const drawn = await page
      .locator('svg.qr-code path')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute('d')));
    expect(drawn).toEqual(Array.from({ length: qrCodes }, () => qrCode(`http://localhost:4321/${locale}/quiz/`).path));
    const pdfPath = `${ensureScreenshotFolder()}/${name}.pdf`;
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    await context.close();
    const pages = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
    return Array.from({ length: pages }, (_, index) =>
      readable(
        execFileSync('pdftotext', ['-f', String(index + 1), '-l', String(index + 1), pdfPath, '-'], {
          encoding: 'utf8',
        }),
      ).replace(/\s+/gu, ''),
    );
  }

  it.each([
    ['th', 'งานหน้าบ้านหรืองานหลังบ้าน?'],
    ['en', 'Front office or back office?'],
  ] as const)(
    'the poster prints in %s on one A4 page, with its headline and the quiz address',
    async (locale, headline) => {
      const pages = await printedPages(`${locale}/counsellors/poster/`, `poster-${locale}`, 1);
      expect(pages).toHaveLength(1);
      expect(pages[0]).toContain(headline.replace(/\s+/gu, ''));
      expect(pages[0]).toContain(`localhost:4321/${locale}/quiz`);
    },
  );

  it.each(['th', 'en'] as const)(
    'four handouts print in %s on one A4 page, each with the quiz address',
    async (locale) => {
      const pages = await printedPages(`${locale}/counsellors/handout/`, `handouts-${locale}`, 4);
      expect(pages).toHaveLength(1);
      expect((pages[0] ?? '').split(`localhost:4321/${locale}/quiz`).length - 1).toBe(4);
    },
  );
});

describe('the language chooser and the 404 page', () => {
  it('lets the visitor choose a language without JavaScript', async () => {
    const { page, context } = await openWatchedPage(browser, { javaScriptEnabled: false });
    await page.goto(rootSiteUrl);
    await page.getByRole('link', { name: spelled('อ่านภาษาไทย') }).click();
    await page.waitForURL(new URL('th/', rootSiteUrl).href);
    await page.goto(rootSiteUrl);
    await page.getByRole('link', { name: 'Read in English' }).click();
    await page.waitForURL(new URL('en/', rootSiteUrl).href);
    await context.close();
  });

  it('answers a missing page with 404 and a way home in both languages', async () => {
    for (const siteUrl of [rootSiteUrl, subPathSiteUrl]) {
      const { page, context } = await openWatchedPage(browser);
      const response = await page.goto(new URL('th/no-such-page/', siteUrl).href);
      expect(response?.status()).toBe(404);
      await expect(page.locator('h1').innerText()).resolves.toBe('ไม่พบหน้านี้\nPage not found');
      await page.getByRole('link', { name: 'Go to the English home page' }).click();
      await page.waitForURL(new URL('en/', siteUrl).href);
      await context.close();
    }
  });

  // A static host has one 404.html for every missing address, in either language, and the page has no script to
  // read the address: it speaks both languages on its first screen, and no part of it belongs to one language only.
  it.each([
    { missing: 'en/no-such-page/', locale: 'en', title: 'Page not found', home: 'Go to the English home page' },
    { missing: 'th/quiz/no-such-question/', locale: 'th', title: 'ไม่พบหน้านี้', home: 'ไปหน้าแรกภาษาไทย' },
    { missing: 'en/skills/old-name.html', locale: 'en', title: 'Page not found', home: 'Go to the English home page' },
  ])('answers $missing in its language on the first screen, without JavaScript', async (visit) => {
    const { page, context } = await openWatchedPage(browser, {
      viewport: { width: 360, height: 640 },
      javaScriptEnabled: false,
    });
    const response = await page.goto(new URL(visit.missing, rootSiteUrl).href);
    expect(response?.status()).toBe(404);
    const inLanguage = page.locator(`main [lang="${visit.locale}"]`);
    expect(readable(await inLanguage.first().innerText())).toBe(visit.title);
    // The message and the way home in the address's language, marked with it, all on the first screen.
    const home = page.getByRole('link', { name: visit.home, exact: true });
    expect(await home.evaluate((link) => link.closest('[lang]')?.getAttribute('lang'))).toBe(visit.locale);
    const bottom = await home.evaluate((link) => link.getBoundingClientRect().bottom);
    expect(bottom).toBeLessThanOrEqual(640);
    // The header names the site in both languages and has no menu of one language.
    expect(await page.locator('header nav').count()).toBe(0);
    expect(
      await page.locator('header a[lang]').evaluateAll((links) => links.map((link) => link.getAttribute('lang'))),
    ).toEqual(['th', 'en']);
    await home.click();
    await page.waitForURL(new URL(`${visit.locale}/`, rootSiteUrl).href);
    await context.close();
  });
});

describe('the browser console', () => {
  it('stays free of warnings and errors through the quiz and every state of the result pages, in both languages', async () => {
    const tab = await openWatchedPage(browser);
    const { page, context } = tab;
    const logged: string[] = [];
    let visiting = '';
    page.on('console', (message) => {
      if (message.type() !== 'warning' && message.type() !== 'error') return;
      logged.push(`${visiting}: ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => logged.push(`${visiting}: ${error.message}`));
    const visit = async (path: string, ready?: () => Promise<unknown>) => {
      visiting = path;
      await page.goto(new URL(path, rootSiteUrl).href);
      await untilQuiet(tab);
      await ready?.();
    };
    for (const locale of ['th', 'en'] as const) {
      await visit(`${locale}/quiz/`, async () => {
        // A fresh quiz: both languages share the saved answers, and the other language's visit started one. Opened
        // again at its plain address: resuming put a question's address in the URL, which a reload would open.
        await page.evaluate(() => localStorage.clear());
        await page.goto(quizUrl(locale));
        await untilQuiet(tab);
        await page.locator('.quiz-actions:not(.quiz-actions--waiting) button').first().click();
        await page.locator('progress[value="1"]').waitFor();
      });
      await visit(`${locale}/result/`);
      const bank = await todaysBankOf(page);
      const code = encodeResultCode(
        bank.version,
        bank.items.map((item) => item.id),
        Object.fromEntries(bank.items.map((item, index) => [item.id, ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5])),
      );
      await visit(`${locale}/result/#${code}`);
      await visit(`${locale}/result/detail/#${code}`);
      await visit(`${locale}/result/#NOT-A-CODE`);
    }
    expect(logged).toEqual([]);
    await context.close();
  });
});
