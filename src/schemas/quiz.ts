import { z } from 'astro/zod';

const slug = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/u, 'ids are lower-case words joined by hyphens');

/** The same text in both languages; neither may be empty. */
export const localizedTextSchema = z.strictObject({ th: z.string().trim().min(1), en: z.string().trim().min(1) });

export const pathIdSchema = z.enum(['front', 'back']);

const adviceSteps = z.array(z.string().trim().min(10)).min(2).max(4);

/** One skill of content/quiz/skills.yaml. */
const cueWords = z.array(z.string().trim().min(2)).min(1);

export const skillSchema = z
  .strictObject({
    id: slug,
    paths: z.array(pathIdSchema).min(1),
    name: localizedTextSchema,
    /** Words an item about this skill uses: the bank's rules check each item against them (findQuizBankProblems). */
    cues: z.strictObject({ th: cueWords, en: cueWords }),
    /** An IT skill: at most one task a side may be about one. */
    technical: z.literal(true).optional(),
    description: localizedTextSchema,
    advice: z.strictObject({ th: adviceSteps, en: adviceSteps }),
  })
  .refine((skill) => skill.advice.th.length === skill.advice.en.length, {
    message: 'advice needs the same number of steps in Thai and English',
    path: ['advice'],
  });

const scenarioOptionSchema = z.strictObject({ path: pathIdSchema, skill: slug, text: localizedTextSchema });

/** One item of content/quiz/questions.yaml. */
export const questionSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: slug,
    kind: z.literal('preference'),
    path: pathIdSchema,
    skill: slug,
    text: localizedTextSchema,
  }),
  // A side on a self-rating is allowed only so that released banks, which had one, still read; the bank's rules
  // (findQuizBankProblems) refuse it in today's bank.
  z.strictObject({
    id: slug,
    kind: z.literal('self-rating'),
    path: pathIdSchema.optional(),
    skill: slug,
    text: localizedTextSchema,
  }),
  z
    .strictObject({ id: slug, kind: z.literal('scenario'), a: scenarioOptionSchema, b: scenarioOptionSchema })
    .refine((item) => item.a.path !== item.b.path, { message: 'a scenario sets a front task against a back task' }),
]);

/** A released question bank kept in content/quiz/archive/: its version, when it was released, and its items. */
export const releasedBankSchema = z.strictObject({
  version: z.string().regex(/^[0-9a-f]{8}$/u, 'a bank version is 8 hex digits'),
  released: z.coerce.date(),
  items: z.array(questionSchema).min(1),
});

/** An example job of a path: its picture is public/illustrations/job-<id>.svg. */
export const jobSchema = z.strictObject({
  id: slug,
  name: localizedTextSchema,
  /** One sentence on what the job is, shown beside its picture on the path's explainer page. */
  summary: localizedTextSchema,
});

/** One path of content/quiz/paths.yaml. */
export const pathSchema = z
  .strictObject({
    id: pathIdSchema,
    name: localizedTextSchema,
    /** The explainer page about this path: its route after the language, e.g. "front-office/". */
    explainer: z.string().regex(/^[a-z-]+\/$/u),
    jobs: z.array(jobSchema).min(1),
  })
  .refine((path) => new Set(path.jobs.map((job) => job.id)).size === path.jobs.length, {
    message: 'each job of a path needs its own id',
    path: ['jobs'],
  });

export type Skill = z.infer<typeof skillSchema>;
export type Question = z.infer<typeof questionSchema>;
export type ReleasedBank = z.infer<typeof releasedBankSchema>;
export type PathInfo = z.infer<typeof pathSchema>;
export type Job = z.infer<typeof jobSchema>;
export type LocalizedText = z.infer<typeof localizedTextSchema>;
