import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDictionaryProblems, locales, type Dictionary } from '../../../src/lib/i18n';
import { uiStringsSchema } from '../../../src/schemas/ui-strings';
import { useTranslations } from '../../../src/lib/ui-strings';
import { contentRoot, readJson } from '../../support/content-files';

const dictionaries = Object.fromEntries(locales.map((locale) => [locale, readJson(`ui/${locale}.json`)])) as Record<
  (typeof locales)[number],
  Dictionary
>;

describe('UI strings', () => {
  it('has one file per language and no other', () => {
    expect(readdirSync(join(contentRoot, 'ui')).sort()).toEqual(locales.map((locale) => `${locale}.json`).sort());
  });

  it.each(locales)('%s matches the schema', (locale) => {
    const result = uiStringsSchema.safeParse(dictionaries[locale]);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('has the same keys in every language, none empty', () => {
    expect(findDictionaryProblems(dictionaries)).toEqual([]);
  });

  it('uses the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]).sort();
    for (const key of Object.keys(dictionaries.en)) {
      expect([key, placeholders(dictionaries.th[key] ?? '')]).toEqual([key, placeholders(dictionaries.en[key] ?? '')]);
    }
  });

  it('translates into the page language', () => {
    expect(useTranslations('th')('skipLink.label')).toBe('ข้ามไปที่เนื้อหาหลัก');
    expect(useTranslations('en')('skipLink.label')).toBe('Skip to main content');
  });
});

describe('pickStrings', () => {
  it('hands over the chosen strings with their placeholders, for an island to fill', async () => {
    const { pickStrings } = await import('../../../src/lib/ui-strings');
    expect(pickStrings('en', ['quiz.progress', 'quiz.back'])).toEqual({
      'quiz.progress': 'Question {number} of {total}',
      'quiz.back': 'Back',
    });
  });
});

describe('inEveryLanguage', () => {
  it('gives the same strings in Thai, then English', async () => {
    const { inEveryLanguage } = await import('../../../src/lib/ui-strings');
    expect(inEveryLanguage(['notFound.title'])).toEqual([
      { locale: 'th', strings: { 'notFound.title': 'ไม่พบหน้านี้' } },
      { locale: 'en', strings: { 'notFound.title': 'Page not found' } },
    ]);
  });
});

describe('the link-preview picture', () => {
  // Thai vowel and tone marks sit above or below a letter and take no width of their own.
  const width = (text: string) => text.replace(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/gu, '').length;

  it.each(locales)('%s: every line fits on the 1200 px picture without wrapping', (locale) => {
    const translate = useTranslations(locale);
    // The longest each line can be at its font size, measured on the drawn picture with margin to spare.
    expect(width(translate('site.name'))).toBeLessThanOrEqual(25);
    expect(width(translate('site.tagline'))).toBeLessThanOrEqual(46);
    expect(width(translate('preview.lead'))).toBeLessThanOrEqual(52);
  });
});
