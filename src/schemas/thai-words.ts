import { z } from 'astro/zod';

/**
 * content/thai-words.yaml: Thai words a line must never split. Thai letters only (no spaces: a space is a break
 * anyway), each word once.
 */
export const thaiWordsSchema = z
  .array(z.string().regex(/^[\u0E00-\u0E7F]{2,}$/u, 'a Thai word of two or more letters, without spaces'))
  .min(1)
  .refine((words) => new Set(words).size === words.length, { message: 'each word once' });
