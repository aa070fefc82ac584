// Real Chromium from Debian, driven by playwright-core. The flags keep it from calling Google's services, which
// this machine's closed network refuses (and which a privacy test must not see as the site's own requests).
import { existsSync, mkdirSync } from 'node:fs';
import { expect } from 'vitest';
import { join } from 'node:path';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  type Page,
  type Request,
} from 'playwright-core';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const screenshotFolder = join(import.meta.dirname, '../output/screenshots');

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) throw new Error(`No Chromium at ${chromiumPath}: apt-get install chromium`);
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** A page at phone size that records what a user would not see: errors and every request it makes. */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  requests: { url: string; resourceType: string }[];
  failedResponses: string[];
  errors: string[];
  /** Requests sent and not yet answered (or failed): none once the page is quiet (`untilQuiet`). */
  inFlight: Set<Request>;
}

export async function openWatchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, ...options });
  const page = await context.newPage();
  const watched: WatchedPage = { page, context, requests: [], failedResponses: [], errors: [], inFlight: new Set() };
  page.on('request', (request) => {
    watched.requests.push({ url: request.url(), resourceType: request.resourceType() });
    watched.inFlight.add(request);
  });
  page.on('requestfinished', (request) => watched.inFlight.delete(request));
  page.on('requestfailed', (request) => watched.inFlight.delete(request));
  page.on('response', (response) => {
    // A 404 for the page itself is expected on the 404 test; everything else must load.
    if (response.status() >= 400 && response.request().resourceType() !== 'document') {
      watched.failedResponses.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on('pageerror', (error) => watched.errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  return watched;
}

export function ensureScreenshotFolder(): string {
  mkdirSync(screenshotFolder, { recursive: true });
  return screenshotFolder;
}

/**
 * Waits until the page has loaded, has had a frame and a task more, and no request of it is in flight: what
 * Playwright's "networkidle" guesses by waiting for 500 ms without one, here known from the requests themselves.
 */
export async function untilQuiet(watched: WatchedPage): Promise<void> {
  await watched.page.waitForLoadState('load');
  // What the page starts after loading (its scripts' next task, after a frame) has asked for its files by then.
  await watched.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  await expect.poll(() => watched.inFlight.size, { timeout: 10_000 }).toBe(0);
}
