/**
 * The link-preview picture of each language, drawn when the site is built (/th/preview.png, /en/preview.png).
 * resvg shapes text with HarfBuzz's rules, so Thai tone marks and upper vowels sit where they belong (satori,
 * the usual tool, stacks them wrongly: vercel/satori#668). The fonts are the ones the site's font stack names
 * first for phones, Noto Sans Thai and Noto Sans, kept in src/assets/fonts/ so every build draws the same.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';
import { pathsForEveryLocale, type Locale } from '../../lib/i18n';
import { previewImageSize, previewImageSvg } from '../../lib/preview-image';
import { useTranslations } from '../../lib/ui-strings';
import { loadQuizBank } from '../../loaders/quiz-bank';

export const getStaticPaths = pathsForEveryLocale;

const fontFolder = join(process.cwd(), 'src/assets/fonts');
const fontFiles = ['NotoSansThai-Bold.ttf', 'NotoSans-Bold.ttf'].map((file) => join(fontFolder, file));

export const GET: APIRoute<{ locale: Locale }> = async ({ props }) => {
  const translate = useTranslations(props.locale);
  const bank = await loadQuizBank(props.locale);
  const pathName = (id: 'front' | 'back') => bank.paths.find((path) => path.id === id)?.name ?? id;
  const svg = previewImageSvg({
    title: translate('site.name'),
    tagline: translate('site.tagline'),
    lead: translate('preview.lead'),
    front: pathName('front'),
    back: pathName('back'),
  });
  for (const file of fontFiles) readFileSync(file); // fails the build with a clear error if a font is missing
  const png = new Resvg(svg, {
    fitTo: { mode: 'width', value: previewImageSize.width },
    font: { fontFiles, loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
