import { describe, expect, it } from 'vitest';
import {
  createTranslator,
  fillTemplate,
  findDictionaryProblems,
  isLocale,
  otherLocale,
  splitLocalizedPath,
  templateParts,
} from '../../../src/lib/i18n';

describe('isLocale and otherLocale', () => {
  it('accepts only the site languages', () => {
    expect(isLocale('th')).toBe(true);
    expect(isLocale('en')).toBe(true);
    expect(isLocale('EN')).toBe(false);
    expect(isLocale('fr')).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });

  it('switches between Thai and English', () => {
    expect(otherLocale('th')).toBe('en');
    expect(otherLocale('en')).toBe('th');
  });
});

describe('fillTemplate', () => {
  it('fills every placeholder', () => {
    expect(fillTemplate('ข้อ {number} จาก {total}', { number: 3, total: 24 })).toBe('ข้อ 3 จาก 24');
  });

  it('refuses to leave a placeholder unfilled', () => {
    expect(() => fillTemplate('Next: {title}')).toThrow('No value for {title}');
  });

  it('leaves text without placeholders alone', () => {
    expect(fillTemplate('Plain text')).toBe('Plain text');
  });
});

describe('createTranslator', () => {
  const translate = createTranslator<string>({ greeting: 'สวัสดี {name}', plain: 'Hello' });

  it('returns the string for a key, filled in', () => {
    expect(translate('greeting', { name: 'นก' })).toBe('สวัสดี นก');
    expect(translate('plain')).toBe('Hello');
  });

  it('throws on an unknown key instead of returning undefined', () => {
    expect(() => translate('missing.key')).toThrow('Missing UI string "missing.key"');
  });

  it('does not treat inherited object properties as keys', () => {
    expect(() => translate('toString')).toThrow('Missing UI string');
  });
});

describe('findDictionaryProblems', () => {
  it('finds nothing when both languages have the same keys', () => {
    expect(findDictionaryProblems({ th: { 'a.b': 'ก' }, en: { 'a.b': 'A' } })).toEqual([]);
  });

  it('names each key missing from a language, and each empty string', () => {
    expect(findDictionaryProblems({ th: { 'a.b': 'ก', 'c.d': ' ' }, en: { 'a.b': 'A', 'e.f': 'E' } })).toEqual([
      'th: "c.d" is empty',
      'th: missing "e.f"',
      'en: missing "c.d"',
    ]);
  });
});

describe('splitLocalizedPath', () => {
  it('reads the language and route at the site root', () => {
    expect(splitLocalizedPath('/th/', '/')).toEqual({ locale: 'th', route: '' });
    expect(splitLocalizedPath('/en/front-office/', '/')).toEqual({ locale: 'en', route: 'front-office/' });
  });

  it('reads them under a base path, with or without its trailing slash', () => {
    expect(splitLocalizedPath('/career/check/en/skills/', '/career/check/')).toEqual({
      locale: 'en',
      route: 'skills/',
    });
    expect(splitLocalizedPath('/career/check/th/', '/career/check')).toEqual({ locale: 'th', route: '' });
  });

  it('returns undefined outside the languages', () => {
    expect(splitLocalizedPath('/', '/')).toBeUndefined();
    expect(splitLocalizedPath('/404.html', '/')).toBeUndefined();
    expect(splitLocalizedPath('/career/check/', '/career/check/')).toBeUndefined();
    expect(splitLocalizedPath('/th/', '/career/check/')).toBeUndefined();
    expect(splitLocalizedPath('/career/checked/th/', '/career/check/')).toBeUndefined();
  });
});

describe('pathsForEveryLocale', () => {
  it('makes one page per language, Thai first', async () => {
    const { pathsForEveryLocale } = await import('../../../src/lib/i18n');
    expect(pathsForEveryLocale()).toEqual([
      { params: { locale: 'th' }, props: { locale: 'th' } },
      { params: { locale: 'en' }, props: { locale: 'en' } },
    ]);
  });
});

describe('templateParts', () => {
  it('cuts a template into text and placeholders, in order', () => {
    expect(templateParts('{score} out of 100')).toEqual([{ placeholder: 'score' }, { text: ' out of 100' }]);
    expect(templateParts('คุณตอบว่า: {answer}')).toEqual([{ text: 'คุณตอบว่า: ' }, { placeholder: 'answer' }]);
    expect(templateParts('no placeholder')).toEqual([{ text: 'no placeholder' }]);
    expect(templateParts('{a}{b}')).toEqual([{ placeholder: 'a' }, { placeholder: 'b' }]);
  });
});
