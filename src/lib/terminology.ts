/**
 * Finding words the terminology list (content/terminology.yaml) says never to use. Pure: the test that reads the
 * content files passes their text in.
 */

export interface AvoidList {
  concept: string;
  avoid: { th: readonly string[]; en: readonly string[] };
}

/**
 * Every variant to avoid that a text uses, with the concept it belongs to. Thai has no spaces between words, so a
 * Thai variant is found anywhere; an English one only as a whole word or phrase, in any case (so a plural needs
 * its own entry).
 * @example findAvoidedTerms('Call the vendor.', [{ concept: 'supplier', avoid: { th: [], en: ['vendor'] } }])
 * // [{ concept: 'supplier', variant: 'vendor' }]
 */
export function findAvoidedTerms(text: string, terms: readonly AvoidList[]): { concept: string; variant: string }[] {
  const found: { concept: string; variant: string }[] = [];
  for (const term of terms) {
    for (const variant of term.avoid.th) if (text.includes(variant)) found.push({ concept: term.concept, variant });
    for (const variant of term.avoid.en) {
      const escaped = variant.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
      if (new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'iu').test(text))
        found.push({ concept: term.concept, variant });
    }
  }
  return found;
}
