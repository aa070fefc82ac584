import { z } from 'astro/zod';

/**
 * Words given in both languages, each trimmed and within `min`-`max` characters.
 * @example localizedText(3, 80).parse({ th: 'ไทยมีงานทำ', en: 'Thai Mee Ngan Tham' })
 */
export const localizedText = (min: number, max: number) =>
  z.strictObject({ th: z.string().trim().min(min).max(max), en: z.string().trim().min(min).max(max) });

/** A public body's own web address, over HTTPS. */
export const httpsAddress = z
  .url()
  .refine((url) => url.startsWith('https://'), { message: 'must be an https:// address' });

/** When and how an address or number was last confirmed: "YYYY-MM-DD, how it was checked". */
export const checkedNote = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}, .{10,}$/u, { message: 'must be "YYYY-MM-DD, how it was checked"' });
