import { z } from 'astro/zod';
import { checkedNote, httpsAddress, localizedText } from './shared';

/**
 * One free public service a result and the counsellor page point to (content/services.yaml): reached by a web
 * address or by phone, never both, and always with a note of when and how that address or number was confirmed.
 */
export const serviceSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z]+(-[a-z]+)*$/u),
    name: localizedText(3, 80),
    /** The Thai name, shown after the English one on English pages. */
    thaiName: z.string().trim().min(2).max(60).optional(),
    body: localizedText(20, 300),
    /** A public body's own address, over HTTPS. */
    url: httpsAddress.optional(),
    /** A short Thai hotline number, dialled as written. */
    phone: z
      .string()
      .regex(/^\d{4,10}$/u)
      .optional(),
    checked: checkedNote,
  })
  .refine((service) => (service.url === undefined) !== (service.phone === undefined), {
    message: 'needs a url or a phone, and not both',
  });

export type Service = z.infer<typeof serviceSchema>;
