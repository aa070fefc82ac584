#!/usr/bin/env node
// Draws the app icon's PNGs (for the web app manifest and iOS) from the SVGs in public/icons/, with Chromium.
// Run it after editing icon.svg or icon-maskable.svg, and commit the PNGs: the build only copies them.
// Usage: node scripts/draw-icons.mjs   (CHROMIUM_PATH=/path/to/chromium if it is not /usr/bin/chromium)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const folder = join(import.meta.dirname, '../public/icons');

/** Each PNG: the SVG it is drawn from and its size in pixels. */
export const iconPngs = [
  { file: 'icon-192.png', from: 'icon.svg', size: 192 },
  { file: 'icon-512.png', from: 'icon.svg', size: 512 },
  { file: 'icon-maskable-192.png', from: 'icon-maskable.svg', size: 192 },
  { file: 'icon-maskable-512.png', from: 'icon-maskable.svg', size: 512 },
  // iOS rounds the corners itself and fills transparency with black, so its icon is the full-bleed one.
  { file: 'apple-touch-icon.png', from: 'icon-maskable.svg', size: 180 },
];

const isMain = import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (isMain) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const { file, from, size } of iconPngs) {
    const svg = readFileSync(join(folder, from)).toString('base64');
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}img{display:block}</style>` +
        `<img src="data:image/svg+xml;base64,${svg}" width="${size}" height="${size}" alt="">`,
    );
    await page.locator('img').evaluate((image) => image.decode());
    await page.locator('img').screenshot({ path: join(folder, file), omitBackground: true });
    console.log(`public/icons/${file} (${size}×${size}) from ${from}`);
  }
  await browser.close();
}
