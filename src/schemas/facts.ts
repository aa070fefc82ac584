import { z } from 'astro/zod';

/** How many numbered facts the source document has (F1-F25, each in the site's own words in content/facts.yaml). */
export const factCount = 25;

/** Every fact id, in order: F1 … F25. */
export const factIds: readonly string[] = Array.from({ length: factCount }, (_, index) => `F${index + 1}`);

export const factIdSchema = z
  .string()
  .refine((id) => factIds.includes(id), { message: `must be one of F1-F${factCount}` });

/** content/facts.yaml: every fact of the source, in order, in the site's own words in both languages. */
export const factListSchema = z
  .array(
    z.strictObject({ id: z.string(), th: z.string().trim().min(10).max(300), en: z.string().trim().min(10).max(300) }),
  )
  .refine((facts) => JSON.stringify(facts.map((fact) => fact.id)) === JSON.stringify(factIds), {
    message: `lists F1 to F${factCount}, in order, each once`,
  });
