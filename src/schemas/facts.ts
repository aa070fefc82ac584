import { z } from 'astro/zod';

/** How many numbered facts the source document has (F1-F25 in ../shared/source/FACTS.md). */
export const factCount = 25;

/** Every fact id, in order: F1 … F25. */
export const factIds: readonly string[] = Array.from({ length: factCount }, (_, index) => `F${index + 1}`);

export const factIdSchema = z
  .string()
  .refine((id) => factIds.includes(id), { message: `must be one of F1-F${factCount}` });
