import { z } from 'astro/zod';

const variants = z.array(z.string().trim().min(2));

/** One idea the site names again and again: the one word for it in each language, and words never to use for it. */
export const termSchema = z.strictObject({
  concept: z.string().regex(/^[a-z]+(-[a-z]+)*$/u, 'a concept id like "front-office"'),
  th: z.string().trim().min(1),
  en: z.string().trim().min(1),
  avoid: z.strictObject({ th: variants, en: variants }),
});

/** content/terminology.yaml: each concept once. */
export const terminologySchema = z
  .array(termSchema)
  .min(1)
  .refine((terms) => new Set(terms.map((term) => term.concept)).size === terms.length, {
    message: 'each concept once',
  });

export type Term = z.infer<typeof termSchema>;
