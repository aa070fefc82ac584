import { z } from 'astro/zod';

const share = z.number().min(0).max(100);

/**
 * The part of content/quiz/soundness.json (written by `npm run soundness -- --write`, src/lib/bank-soundness.ts) that
 * the method and counsellor pages show: a file that lost a figure or holds one out of range stops the build.
 */
export const publishedSoundnessSchema = z.object({
  bank: z.object({ version: z.string().regex(/^[0-9a-f]{8}$/u), band: z.number().positive() }),
  model: z.object({ peoplePerLean: z.number().int().positive() }),
  marginOfError95: z.number().positive(),
  rows: z
    .array(
      z.object({
        lean: z.number().min(0),
        percent: z.object({
          right: share.nullable(),
          wrongWay: share.nullable(),
          noSide: share,
          sameSideOnRetake: share,
        }),
      }),
    )
    .min(2),
});

export type PublishedSoundness = z.infer<typeof publishedSoundnessSchema>;
