// Reads the content folder the way the build does, for tests that check content without running Astro.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const contentRoot = join(import.meta.dirname, '../../content');

export interface MarkdownFile {
  /** Like the collection's entry id: "th/front-office". */
  id: string;
  frontmatter: unknown;
  body: string;
}

/** Every explainer Markdown file with its parsed front matter. */
export const readExplainerFiles = (): MarkdownFile[] => readMarkdownFiles('explainers');

/** Every job page (content/jobs/<language>/<job>.md) with its parsed front matter. */
export const readJobFiles = (): MarkdownFile[] => readMarkdownFiles('jobs');

/** Every Markdown file in the language folders of a content folder, with its parsed front matter. */
function readMarkdownFiles(folderName: string): MarkdownFile[] {
  const root = join(contentRoot, folderName);
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((folder) =>
      readdirSync(join(root, folder.name))
        .filter((name) => name.endsWith('.md'))
        .map((name) => {
          const text = readFileSync(join(root, folder.name, name), 'utf8');
          const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(text);
          if (!match) throw new Error(`${folder.name}/${name} has no front matter`);
          return {
            id: `${folder.name}/${name.replace(/\.md$/u, '')}`,
            frontmatter: parse(match[1] ?? ''),
            body: match[2] ?? '',
          };
        }),
    );
}

export function readJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(join(contentRoot, relativePath), 'utf8'));
}

/** A YAML file of the content folder, parsed. */
export function readYaml(relativePath: string): unknown {
  return parse(readFileSync(join(contentRoot, relativePath), 'utf8'));
}
