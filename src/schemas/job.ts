import { z } from 'astro/zod';
import { jobEntries } from '../lib/jobs';
import { factIdSchema } from './facts';

export { jobEntries, type JobEntry } from '../lib/jobs';

/** Front matter of one job page in one language (content/jobs/<lang>/<job id>.md). */
export const jobPageSchema = z.strictObject({
  /** The job's name as Thai (or English) job ads use it: the page's heading. */
  title: z.string().min(3).max(70),
  /** The search-result and link-preview text. */
  description: z.string().min(40).max(170),
  /** The side the job is on; must match content/quiz/paths.yaml. */
  path: z.enum(['front', 'back']),
  /** The skills of content/quiz/skills.yaml that matter most in the job, most important first. */
  skills: z
    .array(z.string().regex(/^[a-z]+(-[a-z]+)*$/u))
    .min(2)
    .max(4),
  /** Words Thai job ads use for the job, so a reader can search for it. */
  adWords: z.array(z.string().trim().min(2).max(40)).min(1).max(6),
  /** The usual way in, as the page's "how people get in" says it (jobEntries, src/lib/jobs.ts). */
  entry: z.enum(jobEntries),
  /** Which facts of the source document the page teaches (content/facts.yaml). */
  facts: z.array(factIdSchema).min(1),
  /**
   * The job often means shifts, evenings, weekends or public holidays, so its page says what Thai law allows a worker
   * under 18 (the job page's "If you are under 18" section, from the job.under18.* UI strings).
   */
  shiftWork: z.boolean().default(false),
});

export type JobPage = z.infer<typeof jobPageSchema>;
