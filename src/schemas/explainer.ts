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
});

export type Explainer = z.infer<typeof explainerSchema>;
