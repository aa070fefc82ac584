/**
 * Languages, and the small pure helpers every page and island uses to speak them.
 * No DOM and no Astro imports here, so the same code runs in pages, islands and unit tests.
 */

/** The site's languages, Thai first: most readers are Thai job seekers. */
export const locales = ['th', 'en'] as const;

export type Locale = (typeof locales)[number];

export const defaultLocale: Locale = 'th';

/** A flat table of UI strings: one key, one finished sentence or label. */
export type Dictionary = Readonly<Record<string, string>>;

/** Values substituted into `{name}` placeholders. */
export type TemplateValues = Readonly<Record<string, string | number>>;

/**
 * Tells whether a value names one of the site's languages.
 * @example isLocale('th') // true
 * @example isLocale('fr') // false
 */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/**
 * The language a page's language switch leads to.
 * @example otherLocale('th') // 'en'
 */
export function otherLocale(locale: Locale): Locale {
  return locale === 'th' ? 'en' : 'th';
}

/**
 * Fills `{name}` placeholders. A placeholder with no value is an error, not an empty gap, so a
 * half-finished sentence never reaches a reader.
 * @example fillTemplate('Question {number} of {total}', { number: 3, total: 24 }) // 'Question 3 of 24'
 */
export function fillTemplate(template: string, values: TemplateValues = {}): string {
  return template.replace(/\{(\w+)\}/gu, (placeholder, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`No value for ${placeholder} in "${template}"`);
    return String(value);
  });
}

/**
 * Lists, for each language, the keys that another language has and it lacks, and the keys left empty.
 * @example findDictionaryProblems({ th: { a: 'ก' }, en: { a: 'A', b: 'B' } }) // ['th: missing "b"']
 */
export function findDictionaryProblems(dictionaries: Readonly<Record<Locale, Dictionary>>): string[] {
  const allKeys = new Set(locales.flatMap((locale) => Object.keys(dictionaries[locale])));
  const problems: string[] = [];
  for (const locale of locales) {
    const dictionary = dictionaries[locale];
    for (const key of [...allKeys].sort()) {
      if (!Object.hasOwn(dictionary, key)) problems.push(`${locale}: missing "${key}"`);
      else if ((dictionary[key] ?? '').trim() === '') problems.push(`${locale}: "${key}" is empty`);
    }
  }
  return problems;
}

/**
 * Makes a `translate(key, values)` function over one language's dictionary. An unknown key throws,
 * so a missing translation fails the build instead of shipping "undefined".
 * @example
 * const translate = createTranslator({ greeting: 'Hello {name}' });
 * translate('greeting', { name: 'Nok' }) // 'Hello Nok'
 */
/**
 * Keeps the Thai repeat mark ๆ on the line of the word it repeats. Thai writes a space before it, where a browser
 * may break the line and start the next one with ๆ; a no-break space keeps the two together.
 * @example keepRepeatMarkAttached('จริง ๆ ก่อน') // 'จริง\u00a0ๆ ก่อน'
 */
export function keepRepeatMarkAttached(text: string): string {
  return text.replace(/ ๆ/gu, '\u00a0ๆ');
}

export function createTranslator<Key extends string>(
  dictionary: Readonly<Record<Key, string>>,
): (key: Key, values?: TemplateValues) => string {
  return (key, values) => {
    if (!Object.hasOwn(dictionary, key)) throw new Error(`Missing UI string "${key}"`);
    return fillTemplate(dictionary[key], values);
  };
}

/**
 * Splits a pathname into its language and the route after the language, ignoring the site's base path.
 * Returns undefined for paths outside any language (the language chooser, a 404).
 * @example splitLocalizedPath('/jobs/en/front-office/', '/jobs/') // { locale: 'en', route: 'front-office/' }
 */
export function splitLocalizedPath(pathname: string, base: string): { locale: Locale; route: string } | undefined {
  const trimmedBase = base.replace(/\/+$/u, '');
  if (!pathname.startsWith(`${trimmedBase}/`)) return undefined;
  const [first, ...rest] = pathname.slice(trimmedBase.length + 1).split('/');
  if (!isLocale(first)) return undefined;
  return { locale: first, route: rest.join('/') };
}

/**
 * The static paths of a page that exists once in every language, for its getStaticPaths.
 * @example pathsForEveryLocale() // [{ params: { locale: 'th' }, props: { locale: 'th' } }, { params: { locale: 'en' }, … }]
 */
export function pathsForEveryLocale(): { params: { locale: Locale }; props: { locale: Locale } }[] {
  return locales.map((locale) => ({ params: { locale }, props: { locale } }));
}

export type TemplatePart = { text: string } | { placeholder: string };

/**
 * A template cut into its text and its placeholders, for pages that fill some placeholders only in the browser.
 * @example templateParts('{score} out of 100') // [{ placeholder: 'score' }, { text: ' out of 100' }]
 */
export function templateParts(template: string): TemplatePart[] {
  return template
    .split(/(\{\w+\})/u)
    .filter((part) => part !== '')
    .map((part) => (/^\{\w+\}$/u.test(part) ? { placeholder: part.slice(1, -1) } : { text: part }));
}
