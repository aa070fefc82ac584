import { z } from 'astro/zod';

/** Front matter of a counsellor's guide in one language (content/guides/<lang>/<guide>.md). */
export const guideSchema = z.strictObject({
  /** The page's heading and, with the site name, its <title>. */
  title: z.string().min(3).max(70),
  /** The search-result and link-preview text. */
  description: z.string().min(40).max(170),
  /** One or two sentences under the heading: who the guide is for and what it gives. */
  lead: z.string().trim().min(20).max(260),
});

export type Guide = z.infer<typeof guideSchema>;
