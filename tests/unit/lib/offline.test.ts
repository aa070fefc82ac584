import { describe, expect, it } from 'vitest';
import { precacheUrls } from '../../../src/lib/offline';

describe('precacheUrls', () => {
  it('lists pages by the address people open, with the base path, and leaves out what is not the site or the app icon PNGs', () => {
    const files = [
      'index.html',
      '404.html',
      'th/quiz/index.html',
      'th/preview.png',
      '_astro/quiz.abc.js',
      '_astro/site.def.css',
      'favicon.svg',
      'illustrations/overview.svg',
      'th/manifest.webmanifest',
      'icons/icon.svg',
      'icons/icon-512.png',
      'icons/apple-touch-icon.png',
      '_headers',
      'sw.js',
    ];
    expect(precacheUrls(files, '/')).toEqual([
      '/',
      '/404.html',
      '/_astro/quiz.abc.js',
      '/_astro/site.def.css',
      '/favicon.svg',
      '/icons/icon.svg',
      '/illustrations/overview.svg',
      '/th/manifest.webmanifest',
      '/th/quiz/',
    ]);
    expect(precacheUrls(['index.html', 'en/skills/index.html'], '/career/check')).toEqual([
      '/career/check/',
      '/career/check/en/skills/',
    ]);
  });
});
