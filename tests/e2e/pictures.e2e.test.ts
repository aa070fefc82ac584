// The pictures and the first screens of the home page and the two side pages, as a person on a phone or a desktop
// sees them, and the web app manifest that lets Chrome install the site.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launchBrowser, openWatchedPage } from './support/browser';
import { rootSiteUrl, subPathSiteUrl } from './support/site';
import { readable } from './support/words';

const locales = ['th', 'en'] as const;
const pictured = locales.flatMap((locale) =>
  ['', 'front-office/', 'back-office/'].map((route) => ({ locale, route, path: `${locale}/${route}` })),
);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every picture of the page, once each has been scrolled to and has loaded (or failed to). */
async function picturesOf(page: Page) {
  const images = page.locator('main img');
  for (const image of await images.all()) {
    await image.scrollIntoViewIfNeeded();
    await image.evaluate((element: HTMLImageElement) => element.decode().catch(() => undefined));
  }
  return images.evaluateAll((elements) =>
    (elements as HTMLImageElement[]).map((image) => ({
      src: image.getAttribute('src'),
      alt: image.getAttribute('alt'),
      width: image.getAttribute('width'),
      height: image.getAttribute('height'),
      loading: image.getAttribute('loading'),
      shown: image.complete && image.naturalWidth > 0,
    })),
  );
}

describe.concurrent('the home page on a 360 × 640 phone', () => {
  it.each(locales)(
    'in %s shows what the site is and the button to the self-check on the first screen',
    async (locale) => {
      const { page, context } = await openWatchedPage(browser, { viewport: { width: 360, height: 640 } });
      await page.goto(new URL(`${locale}/`, rootSiteUrl).href);
      const button = page.locator(`main a.button[href$="/${locale}/quiz/"]`).first();
      const box = await button.boundingBox();
      expect(box).not.toBeNull();
      expect((box?.y ?? 640) + (box?.height ?? 0)).toBeLessThanOrEqual(640);
      // The sentence that says what the site is sits above it.
      const lead = await page.locator('.explainer-hero__lead').boundingBox();
      expect((lead?.y ?? 640) + (lead?.height ?? 0)).toBeLessThanOrEqual(box?.y ?? 0);
      // Following it opens the self-check.
      await button.click();
      await page.waitForURL(`**/${locale}/quiz/`);
      await context.close();
    },
  );
});

describe.concurrent('pictures', () => {
  it.each(pictured)(
    '$path shows its pictures, each with alt text and its size, the first one at once',
    async ({ path }) => {
      const { page, context, failedResponses } = await openWatchedPage(browser);
      await page.goto(new URL(path, rootSiteUrl).href);
      const pictures = await picturesOf(page);
      expect(pictures.length).toBeGreaterThan(0);
      for (const picture of pictures) {
        expect([picture.src, picture.shown]).toEqual([picture.src, true]);
        // alt="" is allowed (a job's picture beside its name), a missing alt is not.
        expect([picture.src, typeof picture.alt]).toEqual([picture.src, 'string']);
        expect([picture.src, Number(picture.width) > 0, Number(picture.height) > 0]).toEqual([picture.src, true, true]);
      }
      // The scene beside the heading describes itself, and is not left to load late.
      const [scene] = pictures;
      expect(scene?.alt?.length).toBeGreaterThan(20);
      expect(scene?.loading).toBeNull();
      // A side page shows a picture for each of its example jobs.
      if (path.endsWith('-office/')) {
        const jobs = await page.locator('.job-card').count();
        expect(jobs).toBeGreaterThanOrEqual(4);
        expect(pictures).toHaveLength(jobs + 1);
      }
      expect(failedResponses).toEqual([]);
      await context.close();
    },
  );

  it('load under a sub-path too', async () => {
    const { page, context, failedResponses } = await openWatchedPage(browser);
    await page.goto(new URL('en/back-office/', subPathSiteUrl).href);
    const pictures = await picturesOf(page);
    expect(
      pictures.every((picture) => picture.shown && picture.src?.startsWith(new URL(subPathSiteUrl).pathname)),
    ).toBe(true);
    expect(failedResponses).toEqual([]);
    await context.close();
  });

  it('keep their place while they load: nothing below them moves', async () => {
    const { page, context } = await openWatchedPage(browser, { viewport: { width: 360, height: 640 } });
    // Pictures that never arrive: the space is reserved all the same.
    await page.route('**/illustrations/**', (route) => route.abort());
    await page.goto(new URL('th/front-office/', rootSiteUrl).href);
    const scene = await page.locator('.explainer-hero__picture img').boundingBox();
    expect(scene?.height).toBeGreaterThan(150);
    const jobPicture = await page.locator('.job-card img').first().boundingBox();
    expect(jobPicture?.height).toBeGreaterThan(40);
    await context.close();
  });
});

describe.concurrent('the layout', () => {
  it.each(pictured)('$path needs no sideways scrolling at 320 CSS pixels', async ({ path }) => {
    const { page, context } = await openWatchedPage(browser, { viewport: { width: 320, height: 640 } });
    await page.goto(new URL(path, rootSiteUrl).href);
    const tooWide = await page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .filter((element) => !element.closest('.site-nav, .table-scroll, .visually-hidden, .skip-link'))
        .map((element) => `${element.tagName.toLowerCase()}.${element.className}`),
    );
    expect(tooWide).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });

  it.each(pictured)('$path puts the picture beside the heading on a 1280 pixel screen', async ({ path }) => {
    const { page, context } = await openWatchedPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(new URL(path, rootSiteUrl).href);
    const heading = await page.locator('h1').boundingBox();
    const scene = await page.locator('.explainer-hero__picture img').boundingBox();
    expect(scene?.x).toBeGreaterThan((heading?.x ?? 0) + (heading?.width ?? 0));
    // The whole picture is on the first screen, and uses more than a phone column's width with the text.
    expect((scene?.y ?? 800) + (scene?.height ?? 0)).toBeLessThanOrEqual(800);
    expect((scene?.x ?? 0) + (scene?.width ?? 0) - (heading?.x ?? 0)).toBeGreaterThan(900);
    // The text keeps a readable measure: no line of the explainer runs across the whole screen.
    const proseWidth = await page.locator('.prose').evaluate((element) => element.getBoundingClientRect().width);
    expect(proseWidth).toBeLessThanOrEqual(720);
    await context.close();
  });
});

describe.concurrent('the web app manifest', () => {
  it.each([
    ['at the site root', rootSiteUrl],
    ['under a sub-path', subPathSiteUrl],
  ])('%s names the app in the page language, opens there, and its icons load', async (_where, siteUrl) => {
    const { page, context } = await openWatchedPage(browser);
    const base = new URL(siteUrl).pathname;
    for (const locale of locales) {
      await page.goto(new URL(`${locale}/front-office/`, siteUrl).href);
      const href = await page.locator('link[rel="manifest"]').getAttribute('href');
      expect(href).toBe(`${base}${locale}/manifest.webmanifest`);
      const response = await page.request.get(new URL(href ?? '', siteUrl).href);
      expect(response.headers()['content-type']).toMatch(/^application\/manifest\+json/u);
      const manifest = (await response.json()) as {
        name: string;
        short_name: string;
        lang: string;
        start_url: string;
        scope: string;
        display: string;
        icons: { src: string; sizes: string; purpose: string }[];
      };
      const siteName = readable(await page.locator('.site-name').first().innerText());
      expect(manifest).toMatchObject({ name: siteName, lang: locale, start_url: `${base}${locale}/`, scope: base });
      expect(manifest.display).toBe('standalone');
      for (const icon of manifest.icons) {
        const iconResponse = await page.request.get(new URL(icon.src, siteUrl).href);
        expect([icon.src, iconResponse.status()]).toEqual([icon.src, 200]);
      }
      const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
      expect((await page.request.get(new URL(touchIcon ?? '', siteUrl).href)).status()).toBe(200);
    }
    await context.close();
  });

  it('leaves Chrome no reason to refuse installing the site, in either language', async () => {
    // Chrome never offers to install from a private window, which every other test uses: this one has a profile.
    const profile = mkdtempSync(join(tmpdir(), 'install-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      for (const path of ['th/', 'en/back-office/']) {
        await page.goto(new URL(path, subPathSiteUrl).href);
        const session = await context.newCDPSession(page);
        const manifest = await session.send('Page.getAppManifest');
        expect([path, manifest.errors]).toEqual([path, []]);
        const { installabilityErrors } = await session.send('Page.getInstallabilityErrors');
        expect([path, installabilityErrors]).toEqual([path, []]);
      }
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
