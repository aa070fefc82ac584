import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findAvoidedTerms } from '../../../src/lib/terminology';
import { terminologySchema } from '../../../src/schemas/terminology';
import { contentRoot } from '../../support/content-files';

const terms = terminologySchema.parse(parse(readFileSync(join(contentRoot, 'terminology.yaml'), 'utf8')));

/**
 * Every file whose words a reader sees. Left out: the released question banks (content/quiz/archive/, never edited,
 * so old result links read as they did), the list itself, and the README, which names wrong words to warn about them.
 */
function readerFacingFiles(folder = contentRoot): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory())
      return relative(contentRoot, path) === join('quiz', 'archive') ? [] : readerFacingFiles(path);
    return /\.(md|json|yaml)$/u.test(entry.name) && !['README.md', 'terminology.yaml'].includes(entry.name)
      ? [path]
      : [];
  });
}

describe('the terminology list', () => {
  it('has a Thai and an English term for each concept, and never lists a term among its own variants', () => {
    for (const term of terms) {
      expect([term.concept, term.avoid.th.includes(term.th), term.avoid.en.includes(term.en)]).toEqual([
        term.concept,
        false,
        false,
      ]);
    }
  });

  it('reaches every kind of content file', () => {
    const files = readerFacingFiles().map((path) => relative(contentRoot, path));
    for (const expected of ['explainers/th/index.md', 'jobs/en/cashier.md', 'ui/th.json', 'quiz/skills.yaml'])
      expect(files).toContain(expected);
    expect(files.some((file) => file.startsWith('quiz/archive'))).toBe(false);
  });

  it('is followed: no content file uses a variant the list says to avoid', () => {
    const used = readerFacingFiles().flatMap((path) =>
      findAvoidedTerms(readFileSync(path, 'utf8'), terms).map(
        ({ concept, variant }) => `${relative(contentRoot, path)}: "${variant}" (say "${concept}" as the list does)`,
      ),
    );
    expect(used).toEqual([]);
  });
});
