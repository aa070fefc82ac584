/**
 * The web app manifest of each language (/th/manifest.webmanifest, /en/manifest.webmanifest): every page links the
 * one of its language, so "Add to Home screen" names the app in the language the person reads.
 */
import type { APIRoute } from 'astro';
import { pathsForEveryLocale, type Locale } from '../../lib/i18n';
import { useTranslations } from '../../lib/ui-strings';
import { webManifest } from '../../lib/web-manifest';

export const getStaticPaths = pathsForEveryLocale;

export const GET: APIRoute<{ locale: Locale }> = ({ props }) => {
  const translate = useTranslations(props.locale);
  const manifest = webManifest(props.locale, import.meta.env.BASE_URL, {
    name: translate('site.name'),
    shortName: translate('site.shortName'),
    description: translate('chooser.intro'),
  });
  return new Response(JSON.stringify(manifest, null, 2), {
    headers: { 'Content-Type': 'application/manifest+json; charset=utf-8' },
  });
};
