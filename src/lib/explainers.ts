import { isLocale, type Locale } from './i18n';

/** The part of an explainer's URL after the language: "" for a language's home page, else "name/". */
export type ExplainerRoute = string;

/**
 * Reads an explainer's language and route from its content id ("th/front-office" → th, "front-office/").
 * Throws on a file outside a language folder, so a misplaced file stops the build instead of vanishing.
 * @example explainerRouteFromId('en/index') // { locale: 'en', route: '' }
 */
export function explainerRouteFromId(id: string): { locale: Locale; route: ExplainerRoute } {
  const [locale, name, ...extra] = id.split('/');
  if (!isLocale(locale) || name === undefined || name === '' || extra.length > 0) {
    throw new Error(`Explainer "${id}" must be content/explainers/<th|en>/<page>.md`);
  }
  return { locale, route: name === 'index' ? '' : `${name}/` };
}

/**
 * Lists the routes that exist in one language but not in another, so every page has its counterpart.
 * @example findMissingCounterparts(['th/index', 'en/index', 'th/skills']) // ['en/skills']
 */
export function findMissingCounterparts(ids: readonly string[]): string[] {
  const parsed = ids.map(explainerRouteFromId);
  const missing: string[] = [];
  for (const { route } of parsed) {
    for (const locale of ['th', 'en'] as const) {
      const name = route === '' ? 'index' : route.slice(0, -1);
      const id = `${locale}/${name}`;
      if (!ids.includes(id) && !missing.includes(id)) missing.push(id);
    }
  }
  return missing.sort();
}
