// Real Chromium from Debian, driven by playwright-core. The flags keep it from calling Google's services, which
// this machine's closed network refuses (and which a privacy test must not see as the site's own requests).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';

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
}

export async function openWatchedPage(browser: Browser, options: BrowserContextOptions = {}): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, ...options });
  const page = await context.newPage();
  const watched: WatchedPage = { page, context, requests: [], failedResponses: [], errors: [] };
  page.on('request', (request) => watched.requests.push({ url: request.url(), resourceType: request.resourceType() }));
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
