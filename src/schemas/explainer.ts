import { z } from 'astro/zod';
import { factIdSchema } from './facts';

/** Front matter of one explainer page in one language (content/explainers/<lang>/<page>.md). */
export const explainerSchema = z.strictObject({
  /** The page's heading and, with the site name, its <title>. */
  title: z.string().min(3).max(70),
  /** The search-result and link-preview text: long enough to help, short enough not to be cut. */
  description: z.string().min(40).max(170),
  /** The short label in the site's navigation. */
  navLabel: z.string().min(2).max(24),
  /** Position in the navigation and in the "next page" chain. */
  order: z.number().int().min(1),
  /** Which facts of the source document this page teaches (see content/README.md). */
  facts: z.array(factIdSchema).min(1),
  /** One or two sentences under the heading, on the first screen: what the page (or, on the home page, the site) is. */
  lead: z.string().trim().min(20).max(260).optional(),
  /** The page's picture, on its first screen beside the heading. */
  illustration: z
    .strictObject({
      /** A file in public/illustrations/ (see docs/design.md). */
      file: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*\.svg$/u, 'a file name like "front-office.svg"'),
      /** What the picture shows, for people who cannot see it. */
      alt: z.string().trim().min(20).max(300),
      /** An optional line under the picture, for everyone: what it means. */
      caption: z.string().trim().min(10).max(160).optional(),
    })
    .optional(),
});

export type Explainer = z.infer<typeof explainerSchema>;
