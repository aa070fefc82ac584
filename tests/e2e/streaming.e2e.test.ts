// Pages that hold still while they arrive. On a slow connection Chromium paints what it has of a page and goes on
// as the rest comes in; what it painted must not move when the rest arrives. A picture centred beside words still to
// come, a main column widened by something inside it, a table whose columns follow its rows and a grid that gives a
// lone card the whole row all moved (found when the Thai job page failed the bench on CLS 0.001 in CI).
// A local proxy sends each page up to the end of a tag, pauses, then sends the rest; the browser records every
// layout shift.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, openWatchedPage } from './support/browser';

const siteUrl = inject('rootSiteUrl');
/** Long enough for Chromium to parse and paint what it has. */
const pauseMs = 250;
/** Places to pause in a page, spread over its tags. */
const pausesPerPage = 8;

/**
 * Pages with a picture beside words, a wide column, a table, a grid of cards or a centred button, in both languages.
 */
const paths = [
  'th/',
  'en/skills/',
  'th/skills/',
  'th/jobs/',
  'th/jobs/legal-counsel/',
  'en/jobs/legal-counsel/',
  'th/counsellors/',
  'th/fair/',
];
const handouts = ['th/counsellors/handout/', 'en/counsellors/handout/'];
const phone = { width: 412, height: 823 };
const desktop = { width: 1280, height: 800 };
const screens = [
  { name: 'phone', viewport: phone },
  { name: 'desktop', viewport: desktop },
];

/** Where a page sent pauses: after its `tag`-th tag, or at the `spread`-th of its pauses spread over its tags. */
type Pause = { tag: number } | { spread: number };
/**
 * Pages are sent this many at a time. The pauses are the time a page takes to arrive, not work for the machine, so
 * waiting through several at once keeps each pause as long while the file takes a fraction of the time.
 */
const pagesAtOnce = 4;

let browser: Browser;
let proxy: Server;
let proxyUrl = '';

/** The byte offsets just after each tag of the body. */
function tagEnds(html: Buffer | string): number[] {
  const ends: number[] = [];
  const body = html.indexOf('<body');
  for (let at = html.indexOf('>', body); at !== -1; at = html.indexOf('>', at + 1)) ends.push(at + 1);
  return ends;
}

/** The proxy's address for `path`, sent with `pause`: each request says where it pauses, so pages can arrive at once. */
const pausedUrl = (path: string, pause: Pause): string =>
  `${new URL(path, proxyUrl).href}?pause=${'tag' in pause ? `tag-${pause.tag}` : `spread-${pause.spread}`}`;

beforeAll(async () => {
  browser = await launchBrowser();
  proxy = createServer((request, response) => {
    void (async () => {
      const asked = new URL(request.url ?? '/', proxyUrl);
      const [kind, at] = (asked.searchParams.get('pause') ?? 'spread-1').split('-');
      const upstream = await fetch(new URL(asked.pathname, siteUrl));
      const type = upstream.headers.get('content-type') ?? 'application/octet-stream';
      const body = Buffer.from(await upstream.arrayBuffer());
      response.writeHead(upstream.status, { 'content-type': type });
      if (!type.startsWith('text/html')) {
        response.end(body);
        return;
      }
      const ends = tagEnds(body);
      const index = kind === 'tag' ? Number(at) : Math.floor((ends.length * Number(at)) / (pausesPerPage + 1));
      const cut = ends[index] ?? body.length;
      response.write(body.subarray(0, cut));
      await new Promise((resolve) => setTimeout(resolve, pauseMs));
      response.end(body.subarray(cut));
    })();
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => proxy?.close(resolve));
});

/** Every layout shift while `path` arrives with each of `pauses` in turn, as "pause: score (what moved)". */
async function shiftsWhileArriving(
  path: string,
  viewport: { width: number; height: number },
  pauses: Pause[] = Array.from({ length: pausesPerPage }, (_, index) => ({ spread: index + 1 })),
): Promise<string[]> {
  const { context, errors } = await openWatchedPage(browser, { viewport });
  await context.addInitScript(() => {
    const shifts: string[] = [];
    (window as unknown as { shifts: string[] }).shifts = shifts;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        value: number;
        sources: { node?: Node | null }[];
      })[]) {
        const moved = entry.sources.map((source) => {
          const node = source.node;
          return node instanceof Element ? `${node.tagName.toLowerCase()}.${node.classList[0] ?? ''}` : '#text';
        });
        shifts.push(`${entry.value.toFixed(4)} (${moved.join(', ')})`);
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const pages = await Promise.all(Array.from({ length: pagesAtOnce }, () => context.newPage()));
  for (const page of pages) {
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
  }
  const found: string[][] = pauses.map(() => []);
  // Each tab takes the next pause still to do, until none is left.
  let next = 0;
  await Promise.all(
    pages.map(async (page) => {
      for (let index = next++; index < pauses.length; index = next++) {
        const pause = pauses[index] as Pause;
        await page.goto(pausedUrl(path, pause), { waitUntil: 'load' });
        // A shift is reported after the frame that shows it.
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
        const shifts = await page.evaluate(() => (window as unknown as { shifts: string[] }).shifts);
        found[index] = shifts.map((shift) => `${JSON.stringify(pause)}: ${shift}`);
      }
    }),
  );
  expect(errors).toEqual([]);
  await context.close();
  return found.flat();
}

describe('pages hold still while they arrive', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: explainers, skills, jobs and a job page`, async () => {
      for (const path of paths) {
        expect([path, await shiftsWhileArriving(path, screen.viewport)]).toEqual([path, []]);
      }
    });
  }

  for (const screen of screens) {
    it(`on a ${screen.name}: the header, paused after each of its tags`, async () => {
      // Every page shares the header: one page per language, paused after each tag up to the header's end.
      for (const path of ['th/skills/', 'en/skills/']) {
        const html = await (await fetch(new URL(path, siteUrl))).text();
        const headerEnd = html.indexOf('</header>');
        const headerTags = tagEnds(html).filter((end) => end <= headerEnd + '</header>'.length).length;
        expect(headerTags).toBeGreaterThan(20);
        const afterEachTag = Array.from({ length: headerTags }, (_, tag) => ({ tag }));
        expect([path, await shiftsWhileArriving(path, screen.viewport, afterEachTag)]).toEqual([path, []]);
      }
    });
  }

  it('the handouts, on a desktop where they sit two by two', async () => {
    for (const path of handouts) {
      expect([path, await shiftsWhileArriving(path, desktop)]).toEqual([path, []]);
    }
  });

  it('the proxy does pause, and Chromium paints the page before the rest of it arrives', async () => {
    // Without this the tests above could pass on a proxy that sends a page whole, or on a browser that waits for it.
    // Read from the page's own timings once it has loaded: nothing here races the pause.
    const { page, context } = await openWatchedPage(browser, { viewport: phone });
    await page.goto(pausedUrl('th/jobs/legal-counsel/', { tag: 40 }), { waitUntil: 'load' });
    const timing = await page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const [firstPaint] = performance.getEntriesByName('first-contentful-paint');
      return {
        arrivingMs: (navigation?.responseEnd ?? 0) - (navigation?.responseStart ?? 0),
        paintedBeforeTheRest: firstPaint !== undefined && firstPaint.startTime < (navigation?.responseEnd ?? 0),
      };
    });
    expect(timing.arrivingMs).toBeGreaterThanOrEqual(pauseMs * 0.9);
    expect(timing.paintedBeforeTheRest).toBe(true);
    await context.close();
  });
});
