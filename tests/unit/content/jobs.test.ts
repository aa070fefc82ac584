import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { findJobPageProblems } from '../../../src/lib/jobs';
import { locales } from '../../../src/lib/i18n';
import { jobPageSchema } from '../../../src/schemas/job';
import { contentRoot, readYaml } from '../../support/content-files';

const pages = locales.flatMap((locale) =>
  readdirSync(join(contentRoot, 'jobs', locale))
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const text = readFileSync(join(contentRoot, 'jobs', locale, name), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text);
      return {
        id: `${locale}/${name.replace(/\.md$/u, '')}`,
        frontmatter: parse(match?.[1] ?? ''),
        body: match?.[2] ?? '',
      };
    }),
);
const paths = readYaml('quiz/paths.yaml') as { id: string; jobs: { id: string }[] }[];
const skills = readYaml('quiz/skills.yaml') as { id: string }[];

describe('job pages', () => {
  it.each(pages.map((page) => [page.id, page] as const))('%s matches the schema', (_id, page) => {
    const result = jobPageSchema.safeParse(page.frontmatter);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('cover every example job of the paths, in both languages, on its side, saying the same in both', () => {
    expect(
      findJobPageProblems(
        pages.map((page) => ({ id: page.id, ...jobPageSchema.parse(page.frontmatter) })),
        paths.map((path) => ({ id: path.id, jobs: path.jobs.map((job) => job.id) })),
        skills.map((skill) => skill.id),
      ),
    ).toEqual([]);
    expect(pages).toHaveLength(2 * paths.flatMap((path) => path.jobs).length);
  });

  it('never suggest that legal counsel needs no law degree', () => {
    for (const locale of locales) {
      const page = pages.find((each) => each.id === `${locale}/legal-counsel`);
      expect(jobPageSchema.parse(page?.frontmatter).entry).toMatch(/^(degree|licence)$/u);
      expect(page?.body).toMatch(locale === 'th' ? /นิติศาสตร/u : /law degree/iu);
    }
  });
});
