import { z } from 'astro/zod';
import { checkedNote, httpsAddress, localizedText } from './shared';

const idSchema = z.string().regex(/^[a-z]+(-[a-z]+)*$/u);

/** A public body with free courses (content/learning.yaml), and when and how its address was confirmed. */
export const learningProviderSchema = z.strictObject({
  id: idSchema,
  name: localizedText(2, 60),
  url: httpsAddress,
  body: localizedText(20, 220),
  checked: checkedNote,
});

/** Where to learn a skill: a provider, and what to search for or ask for there. */
export const learningCourseSchema = z.strictObject({
  skill: idSchema,
  provider: idSchema,
  look: localizedText(2, 60),
});

/**
 * content/learning.yaml: every course names a known provider, and a skill has at most two. Whether each skill is a
 * skill of the quiz is checked where both are known (tests/unit/content).
 */
export const learningSchema = z
  .object({ providers: z.array(learningProviderSchema).min(1), courses: z.array(learningCourseSchema) })
  .superRefine((learning, context) => {
    const providers = new Set(learning.providers.map((provider) => provider.id));
    for (const [index, course] of learning.courses.entries()) {
      if (!providers.has(course.provider))
        context.addIssue({ code: 'custom', path: ['courses', index, 'provider'], message: 'no such provider' });
      if (learning.courses.filter((other) => other.skill === course.skill).length > 2)
        context.addIssue({ code: 'custom', path: ['courses', index], message: 'at most two courses a skill' });
    }
  });

export type Learning = z.infer<typeof learningSchema>;
