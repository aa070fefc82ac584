import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { explainerSchema } from './schemas/explainer';
import { guideSchema } from './schemas/guide';
import { jobPageSchema } from './schemas/job';
import { pathSchema, questionSchema, releasedBankSchema, skillSchema } from './schemas/quiz';
import { serviceSchema } from './schemas/services';
import { learningSchema } from './schemas/learning';

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

/**
 * Job pages: content/jobs/<language>/<job id>.md, one for each example job of content/quiz/paths.yaml. The entry id
 * keeps both parts ("th/cashier").
 */
const jobs = defineCollection({
  loader: glob({
    base: './content/jobs',
    pattern: '*/*.md',
    generateId: ({ entry }) => entry.replace(/\.md$/u, ''),
  }),
  schema: jobPageSchema,
});

/**
 * Guides for career counsellors: content/guides/<language>/<guide>.md (the facilitator's guide for classes and
 * job-fair stands). The entry id keeps both parts ("th/facilitator").
 */
const guides = defineCollection({
  loader: glob({
    base: './content/guides',
    pattern: '*/*.md',
    generateId: ({ entry }) => entry.replace(/\.md$/u, ''),
  }),
  schema: guideSchema,
});

/**
 * A YAML list whose order matters, loaded as one entry ("all") holding the list. Collections sort their entries by
 * id, which would lose the order questions are asked in and the order that breaks ties between skills.
 */
function orderedList<Item extends z.ZodType>(path: string, itemSchema: Item) {
  return defineCollection({
    loader: file(path, { parser: (text) => [{ id: 'all', items: parseYaml(text) as unknown }] }),
    schema: z.object({ items: z.array(itemSchema) }),
  });
}

/** The quiz: its questions in the order asked, the skills it measures, and the two paths it recommends. */
const questions = orderedList('content/quiz/questions.yaml', questionSchema);
const skills = orderedList('content/quiz/skills.yaml', skillSchema);
const paths = orderedList('content/quiz/paths.yaml', pathSchema);

/**
 * Question banks released before today's, one file each (content/quiz/archive/<version>.yaml), kept so that every
 * result link made with them still opens. The loader checks that each file's items still give its version.
 */
const releasedBanks = defineCollection({
  loader: glob({ base: './content/quiz/archive', pattern: '*.yaml' }),
  schema: releasedBankSchema,
});

/** Free public services in Thailand for a next step: the Department of Employment's offices, hotline and website. */
const services = orderedList('content/services.yaml', serviceSchema);

/** Free courses for a person's plan: the public bodies that run them, and where to look for each skill. */
const learning = defineCollection({
  loader: file('content/learning.yaml', { parser: (text) => [{ id: 'all', ...(parseYaml(text) as object) }] }),
  schema: learningSchema,
});

export const collections = { explainers, jobs, guides, questions, skills, paths, releasedBanks, services, learning };
