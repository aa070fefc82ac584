/**
 * The UI strings of every language, checked once when the site builds.
 * Pages import this; islands never do: they receive only the strings they show, as props, so the
 * dictionaries and their schema stay out of the browser bundle.
 */
import english from '../../content/ui/en.json';
import thai from '../../content/ui/th.json';
import { uiStringsSchema } from '../schemas/ui-strings';
import {
  createTranslator,
  findDictionaryProblems,
  keepRepeatMarkAttached,
  locales,
  type Locale,
  type TemplateValues,
} from './i18n';

/** A key that exists in every language; using any other is a type error in `astro check`. */
export type UiKey = keyof typeof english & keyof typeof thai;

/** A language's strings, as the pages show them. */
function prepare(dictionary: unknown): Record<UiKey, string> {
  const parsed = uiStringsSchema.parse(dictionary);
  return Object.fromEntries(Object.entries(parsed).map(([key, text]) => [key, keepRepeatMarkAttached(text)])) as Record<
    UiKey,
    string
  >;
}

const dictionaries: Record<Locale, Record<UiKey, string>> = { th: prepare(thai), en: prepare(english) };

const problems = findDictionaryProblems(dictionaries);
if (problems.length > 0) {
  // Thrown while the site builds: a page with a hole in it is never published.
  throw new Error(`UI strings in content/ui/ do not match:\n${problems.join('\n')}`);
}

/**
 * The translate function for one language.
 * @example useTranslations('en')('site.name') // 'Front or Back Office?'
 */
export function useTranslations(locale: Locale): (key: UiKey, values?: TemplateValues) => string {
  return createTranslator(dictionaries[locale]);
}

/**
 * Strings as they are written, placeholders kept, for parts of a page that a script fills in later.
 * @example useTemplates('en')('result.scores.value') // '{score} out of 100'
 */
export function useTemplates(locale: Locale): (key: UiKey) => string {
  const dictionary = dictionaries[locale];
  return (key) => dictionary[key];
}

/**
 * Several strings at once, unfilled (placeholders kept), for handing to an island that fills them itself.
 * @example pickStrings('en', ['quiz.progress']) // { 'quiz.progress': 'Question {number} of {total}' }
 */
export function pickStrings<Key extends UiKey>(locale: Locale, keys: readonly Key[]): Record<Key, string> {
  const dictionary = dictionaries[locale];
  return Object.fromEntries(keys.map((key) => [key, dictionary[key]])) as Record<Key, string>;
}

/**
 * The same strings in every language, Thai first: for pages that speak both languages at once (the language
 * chooser, the 404 page).
 * @example inEveryLanguage(['notFound.title']) // [{ locale: 'th', strings: { 'notFound.title': 'ไม่พบหน้านี้' } }, { locale: 'en', … }]
 */
export function inEveryLanguage<Key extends UiKey>(
  keys: readonly Key[],
): { locale: Locale; strings: Record<Key, string> }[] {
  return locales.map((locale) => ({ locale, strings: pickStrings(locale, keys) }));
}
