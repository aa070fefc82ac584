// The interface's words as content/ui holds them: what a reader of each language sees. Tests read words here, not
// from what a page hands its script, so a page that handed over a wrong word, or none, fails them.
import english from '../../../content/ui/en.json';
import thai from '../../../content/ui/th.json';

export type Locale = 'th' | 'en';

const dictionaries: Record<Locale, Record<string, string>> = { th: thai, en: english };

/**
 * The word for `key` in `locale`, its {placeholders} filled in; a key content/ui lacks fails the test that asks.
 * @example say('en', 'quiz.progress', { number: 2, total: 33 }) // 'Question 2 of 33'
 */
export function say(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  const text = dictionaries[locale][key];
  if (text === undefined) throw new Error(`content/ui/${locale}.json has no "${key}"`);
  return text.replace(/\{(\w+)\}/gu, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Text as read: without the invisible word joiners that keep Thai words whole across lines
 * (src/lib/thai-line-breaks.ts). Typography, not wording.
 * @example readable('คำ\u2060ตอบ') // 'คำตอบ'
 */
export const readable = (text: string | null | undefined): string => (text ?? '').replaceAll('\u2060', '');

/**
 * A name to find an element by (getByRole, getByLabel), however the site has joined its Thai words. Like a string
 * name in Playwright, it matches a name that contains it, in any case.
 * @example spelled('คำตอบ').test('ดูคำ\u2060ตอบ') // true
 */
export function spelled(text: string): RegExp {
  const letters = [...text].map((letter) =>
    /\s/u.test(letter) ? '\\s+' : letter.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'),
  );
  return new RegExp(letters.join('\u2060?'), 'iu');
}
