import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the level the site promises. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules whose verdict depends on the colours: all that can change when the same page is shown in the other colour
 * scheme, its markup and words unchanged.
 */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe-core in the page and returns its violations as short readable lines: every WCAG 2.2 AA rule, or only
 * `rules` (a page already checked whole, shown again in its other colour scheme, needs only colourRules).
 */
export async function axeViolations(page: Page, rules?: readonly string[]): Promise<string[]> {
  // Evaluated through DevTools rather than added as a <script>: the site's Content-Security-Policy rightly blocks
  // inline scripts, and the test must not weaken it.
  // Once per document: a page checked again (in the other colour scheme) keeps the axe it was given.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: wcagTags };
  const violations = await page.evaluate(async (only) => {
    const result = await (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
        };
      }
    ).axe.run(document, { runOnly: only });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')})`,
    );
  }, runOnly);
  return violations;
}
