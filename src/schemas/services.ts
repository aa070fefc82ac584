import { z } from 'astro/zod';

const bothLanguages = (min: number, max: number) =>
  z.strictObject({ th: z.string().trim().min(min).max(max), en: z.string().trim().min(min).max(max) });

/**
 * One free public service a result and the counsellor page point to (content/services.yaml): reached by a web
 * address or by phone, never both, and always with a note of when and how that address or number was confirmed.
 */
export const serviceSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/u),
    name: bothLanguages(3, 80),
    /** The Thai name, shown after the English one on English pages. */
    thaiName: z.string().trim().min(2).max(60).optional(),
    body: bothLanguages(20, 300),
    /** A public body's own address, over HTTPS. */
    url: z
      .url()
      .refine((url) => url.startsWith('https://'), { message: 'must be an https:// address' })
      .optional(),
    /** A short Thai hotline number, dialled as written. */
    phone: z
      .string()
      .regex(/^\d{4,10}$/u)
      .optional(),
    checked: z.string().regex(/^\d{4}-\d{2}-\d{2}, .{10,}$/u, { message: 'must be "YYYY-MM-DD, how it was checked"' }),
  })
  .refine((service) => (service.url === undefined) !== (service.phone === undefined), {
    message: 'needs a url or a phone, and not both',
  });

export type Service = z.infer<typeof serviceSchema>;
