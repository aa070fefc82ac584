import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { explainerSchema } from './schemas/explainer';

/**
 * Explainer pages: content/explainers/<language>/<page>.md. The entry id keeps both parts ("th/front-office"),
 * and "index" is a language's home page. A file that breaks the schema stops the build with its name and field.
 */
const explainers = defineCollection({
  loader: glob({
    base: './content/explainers',
    pattern: '*/*.md',
    generateId: ({ entry }) => entry.replace(/\.md$/u, ''),
  }),
  schema: explainerSchema,
});

export const collections = { explainers };
