import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainerSchema } from '../../../src/schemas/explainer';
import { factIds, factListSchema } from '../../../src/schemas/facts';
import { findMissingCounterparts } from '../../../src/lib/explainers';
import { locales } from '../../../src/lib/i18n';
import { readExplainerFiles, readYaml } from '../../support/content-files';

const files = readExplainerFiles();

describe('explainer content', () => {
  it('has the four pages in both languages', () => {
    const names = ['index', 'front-office', 'back-office', 'skills'];
    for (const locale of locales) {
      for (const name of names) expect(files.map((file) => file.id)).toContain(`${locale}/${name}`);
    }
    expect(findMissingCounterparts(files.map((file) => file.id))).toEqual([]);
  });

  it.each(files.map((file) => [file.id, file] as const))('%s matches the schema', (_id, file) => {
    const result = explainerSchema.safeParse(file.frontmatter);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(locales)('covers every fact F1-F25 in %s', (locale) => {
    const covered = new Set(
      files
        .filter((file) => file.id.startsWith(`${locale}/`))
        .flatMap((file) => explainerSchema.parse(file.frontmatter).facts),
    );
    expect(factIds.filter((id) => !covered.has(id))).toEqual([]);
  });

  it('gives each page the same facts and order in both languages', () => {
    for (const file of files.filter((each) => each.id.startsWith('th/'))) {
      const counterpart = files.find((each) => each.id === file.id.replace(/^th\//u, 'en/'));
      const thai = explainerSchema.parse(file.frontmatter);
      const english = explainerSchema.parse(counterpart?.frontmatter);
      expect([file.id, english.facts, english.order]).toEqual([file.id, thai.facts, thai.order]);
    }
  });

  it('never uses the literal mistranslation of "back office"', () => {
    for (const file of files) expect([file.id, file.body.includes('สำนักงานกลับ')]).toEqual([file.id, false]);
  });

  it('marks English terms inside Thai text as English', () => {
    for (const file of files.filter((each) => each.id.startsWith('th/'))) {
      const bareTerms = file.body.match(/\((Front Office|Back Office|HR)\)/gu) ?? [];
      expect([file.id, bareTerms]).toEqual([file.id, []]);
    }
  });

  it('has every fact in its own list, content/facts.yaml, in both languages', () => {
    const result = factListSchema.safeParse(readYaml('facts.yaml'));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  // The source's own list lives beside the project, not in it: where it is there, the two must name the same facts.
  const factsFile = join(import.meta.dirname, '../../../../shared/source/FACTS.md');
  it.runIf(existsSync(factsFile))(
    'knows exactly the facts that the source document lists (needs ../shared/source/FACTS.md beside the repository; skipped without it)',
    () => {
      const listed = [...readFileSync(factsFile, 'utf8').matchAll(/^- (F\d+)\./gmu)].map((match) => match[1]);
      expect(listed).toEqual(factIds);
    },
  );
});
