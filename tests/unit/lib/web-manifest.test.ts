// The web app manifest: what Chrome on Android needs to offer "Install app", in each language, under any base path.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { locales } from '../../../src/lib/i18n';
import { manifestIcons, webManifest } from '../../../src/lib/web-manifest';
import { readJson } from '../../support/content-files';

const iconFolder = join(import.meta.dirname, '../../../public/icons');
const words = { name: 'Front or Back Office?', shortName: 'Front or Back', description: 'A short guide.' };

/** A PNG's width and height, from its header. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(join(iconFolder, file));
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('webManifest', () => {
  it('opens on the language home page, keeps the whole site in the app, and carries the base path', () => {
    const manifest = webManifest('th', '/career/check/', words);
    expect(manifest).toMatchObject({
      id: '/career/check/th/',
      start_url: '/career/check/th/',
      scope: '/career/check/',
      lang: 'th',
      display: 'standalone',
      name: words.name,
      short_name: words.shortName,
    });
    expect(manifest.icons.every((icon) => icon.src.startsWith('/career/check/icons/'))).toBe(true);
    expect(webManifest('en', '/', words).start_url).toBe('/en/');
  });

  it('is JSON with colours a browser accepts', () => {
    const manifest = JSON.parse(JSON.stringify(webManifest('en', '/', words))) as Record<string, unknown>;
    expect(manifest['background_color']).toMatch(/^#[0-9a-f]{6}$/u);
    expect(manifest['theme_color']).toMatch(/^#[0-9a-f]{6}$/u);
  });

  it('lists icons that exist, at the sizes it says, with the 192 and 512 pixel PNGs Android asks for', () => {
    for (const icon of manifestIcons) {
      expect([icon.file, existsSync(join(iconFolder, icon.file))]).toEqual([icon.file, true]);
      if (icon.type === 'image/png') {
        const { width, height } = pngSize(icon.file);
        expect([icon.file, `${width}x${height}`]).toEqual([icon.file, icon.sizes]);
      }
    }
    for (const purpose of ['any', 'maskable'] as const)
      for (const sizes of ['192x192', '512x512'])
        expect(manifestIcons.some((icon) => icon.purpose === purpose && icon.sizes === sizes)).toBe(true);
  });

  it('has an iOS home-screen icon of 180 pixels', () => {
    expect(pngSize('apple-touch-icon.png')).toEqual({ width: 180, height: 180 });
  });

  it.each(locales)('names the app in %s, short enough for a launcher label', (locale) => {
    const strings = readJson(`ui/${locale}.json`) as Record<string, string>;
    const graphemes = [
      ...new Intl.Segmenter(locale, { granularity: 'grapheme' }).segment(strings['site.shortName'] ?? ''),
    ];
    expect(graphemes.length).toBeGreaterThan(0);
    expect(graphemes.length).toBeLessThanOrEqual(12);
  });
});
