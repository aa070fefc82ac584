// The quiz page as the end-to-end tests use it: its address, and the bank it carries, so a test answers whatever
// the bank holds, in its order. Words come from ./words.ts (content/ui), never from what the page hands its island.
import type { Page } from 'playwright-core';
import { rootSiteUrl } from './site';
import { readable } from './words';

/**
 * The quiz's address in `locale` on the site served at `siteUrl` (the root one unless given).
 * @example quizUrl('th') // 'http://127.0.0.1:41234/th/quiz/'
 */
export const quizUrl = (locale: 'th' | 'en', siteUrl: string = rootSiteUrl): string =>
  new URL(`${locale}/quiz/`, siteUrl).href;

/** A question as the quiz page carries it. */
export interface PageQuestion {
  id: string;
  kind: string;
  text?: string;
  /** A preference's side; self-ratings have none: they count for the skill lists only. */
  path?: string;
  a?: { text: string; path: string };
  b?: { text: string; path: string };
}

/** The bank the quiz page carries: its version and its questions in order. */
export async function quizBankOf(page: Page): Promise<{ version: string; questions: PageQuestion[] }> {
  const props = readable(await page.locator('script#quiz-props').textContent());
  return (JSON.parse(props ?? '{}') as { bank: { version: string; questions: PageQuestion[] } }).bank;
}
