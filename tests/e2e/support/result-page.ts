// Reading a result page (/xx/result/ and /xx/result/detail/) the way a person sees it.
import type { Page } from 'playwright-core';
import type { ScoringBank } from '../../../src/lib/released-banks';

/** What the result page hands its script: today's bank first, then every bank released before it. */
export async function banksOf(page: Page): Promise<ScoringBank[]> {
  const data = JSON.parse((await page.locator('script#result-data').textContent()) ?? '{}') as {
    banks?: ScoringBank[];
  };
  if (!data.banks?.[0]) throw new Error('script#result-data has no banks');
  return data.banks;
}

/** Today's bank, as the result page carries it: its version and its items, in order. */
export async function todaysBankOf(page: Page): Promise<ScoringBank> {
  const [today] = await banksOf(page);
  if (!today) throw new Error('script#result-data has no bank');
  return today;
}

/** Waits until the result in the link is shown (not the problem state). */
export async function waitForResult(page: Page): Promise<void> {
  await page.locator('[data-result-state="result"]:not([hidden])').waitFor();
  await page.locator('[data-screen-heading] [data-variant^="result.verdict."]:not([hidden])').waitFor();
}

/**
 * Text as read, with no-break spaces as plain ones and without word joiners: the site keeps the Thai repeat mark ๆ on
 * the line of the word it repeats with a no-break space, and Thai words whole with invisible joiners
 * (src/lib/thai-line-breaks.ts), which is typography rather than wording.
 */
export const asRead = (text: string): string => text.replaceAll('\u00a0', ' ').replaceAll('\u2060', '').trim();

/** The verdict, as shown: the one visible name of an outcome in the result's heading. */
export async function verdictOf(page: Page): Promise<string[]> {
  const texts = await page
    .locator('[data-result-state="result"] [data-screen-heading] [data-variant^="result.verdict."]')
    .filter({ visible: true })
    .allInnerTexts();
  return texts.map(asRead);
}

/** The keys of the variants (sentences, notes, parts) shown whose key starts with `prefix`, in page order. */
export async function shownVariants(page: Page, prefix: string): Promise<string[]> {
  return page
    .locator(`[data-result-state="result"] [data-variant^="${prefix}"]`)
    .filter({ visible: true })
    .evaluateAll((elements) => elements.map((element) => (element as HTMLElement).dataset['variant'] ?? ''));
}

export type SkillListName = 'develop' | 'strengths' | 'otherStrengths' | 'otherNotYet';

/** The entries of a skill list a person sees, in order: each skill's id and the rating line under it, if any. */
export async function shownSkills(page: Page, list: SkillListName): Promise<{ key: string; rating?: string }[]> {
  const entries = page.locator(`[data-list="${list}"] > li[data-key]`).filter({ visible: true });
  const shown = await entries.evaluateAll((elements) =>
    elements.map((element) => {
      const rating = element.querySelector<HTMLElement>('.skill-rating');
      const key = (element as HTMLElement).dataset['key'] ?? '';
      return rating ? { key, rating: rating.innerText } : { key };
    }),
  );
  return shown.map((entry) => (entry.rating === undefined ? entry : { ...entry, rating: asRead(entry.rating) }));
}

/**
 * The numbers the browser draws in the first cell of each answer row shown in the detail view, with each row's
 * item. The numbers are a CSS counter, which neither innerText nor the DOM holds: they are read from the page's
 * layout, as Chromium draws it.
 */
export async function drawnAnswerRows(page: Page): Promise<{ number: string; item: string }[]> {
  // Let a frame pass so the layout read below is the one drawn after the rows were filled in.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(undefined))));
  const devtools = await page.context().newCDPSession(page);
  try {
    const snapshot = await devtools.send('DOMSnapshot.captureSnapshot', { computedStyles: [] });
    const document = snapshot.documents[0];
    if (!document) throw new Error('no document in the snapshot');
    const text = (index: number | undefined): string =>
      index === undefined || index < 0 ? '' : (snapshot.strings[index] ?? '');
    const { nodes, layout } = document;
    const parentOf = (node: number) => nodes.parentIndex?.[node] ?? -1;
    const attribute = (node: number, name: string) => {
      const pairs = nodes.attributes?.[node] ?? [];
      for (let index = 0; index + 1 < pairs.length; index += 2)
        if (text(pairs[index]) === name) return text(pairs[index + 1]);
      return undefined;
    };
    const rows: { number: string; item: string }[] = [];
    layout.nodeIndex.forEach((node, index) => {
      // The pseudo-element's own box carries no text; the counter drawn in it does.
      if (text(nodes.nodeName?.[node]) !== '::before' || text(layout.text[index]) === '') return;
      const cell = parentOf(node);
      if (!(attribute(cell, 'class') ?? '').split(' ').includes('result-detail__number')) return;
      const row = parentOf(cell);
      rows.push({ number: text(layout.text[index]), item: attribute(row, 'data-key') ?? '' });
    });
    return rows;
  } finally {
    await devtools.detach();
  }
}

/** The cells of each answer row shown in the detail view, after the drawn number: question, answer, scale. */
export async function answerRowCells(page: Page): Promise<string[][]> {
  const rows = page.locator('.result-detail__answers tbody tr').filter({ visible: true });
  return rows
    .evaluateAll((elements) =>
      elements.map((row) => [...row.querySelectorAll('td')].slice(1).map((cell) => cell.innerText)),
    )
    .then((rows) => rows.map((cells) => cells.map(asRead)));
}
