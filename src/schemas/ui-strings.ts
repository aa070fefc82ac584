import { z } from 'astro/zod';

/** A language's UI strings: flat keys (`area.name`) to finished, non-empty text. */
export const uiStringsSchema = z.record(
  z.string().regex(/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9][a-zA-Z0-9-]*)+$/u, 'keys look like "area.name" or "area.name.1"'),
  z.string().trim().min(1),
);
