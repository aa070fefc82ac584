import { describe, expect, it } from 'vitest';
import { precacheUrls } from '../../../src/lib/offline';

describe('precacheUrls', () => {
  it('lists pages by the address people open, with the base path, and leaves out what is not the site', () => {
    const files = [
      'index.html',
      '404.html',
      'th/quiz/index.html',
      'th/preview.png',
      '_astro/quiz.abc.js',
      '_astro/site.def.css',
      'favicon.svg',
      '_headers',
      'sw.js',
    ];
    expect(precacheUrls(files, '/')).toEqual([
      '/',
      '/404.html',
      '/_astro/quiz.abc.js',
      '/_astro/site.def.css',
      '/favicon.svg',
      '/th/quiz/',
    ]);
    expect(precacheUrls(['index.html', 'en/skills/index.html'], '/career/check')).toEqual([
      '/career/check/',
      '/career/check/en/skills/',
    ]);
  });
});
