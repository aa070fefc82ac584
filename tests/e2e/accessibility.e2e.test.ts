// Accessibility that axe does not check: target sizes, a visible focus at every step, reduced motion, and reflow
// at 320 CSS pixels (what 400% zoom leaves on a 1280-pixel screen; 200% zoom on a phone is narrower than that).
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeResultCode } from '../../src/lib/result-code';
import { launchBrowser, openWatchedPage } from './support/browser';
import { todaysBankOf } from './support/result-page';
import { pageUrl } from './support/site';

let browser: Browser;
let resultCode = '';
beforeAll(async () => {
  browser = await launchBrowser();
  const { page, context } = await openWatchedPage(browser);
  await page.goto(pageUrl('th/result/'));
  const bank = await todaysBankOf(page);
  resultCode = encodeResultCode(
    bank.version,
    bank.items.map((item) => item.id),
    Object.fromEntries(bank.items.map((item, index) => [item.id, ((index % 5) + 1) as 1 | 2 | 3 | 4 | 5])),
  );
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

const staticPages = ['', 'does/not/exist/'].concat(
  ...['th', 'en'].map((locale) =>
    [
      '',
      'front-office/',
      'back-office/',
      'skills/',
      'jobs/',
      'jobs/network-administrator/',
      'quiz/',
      'counsellors/',
      'group/',
      'paper/',
      'fair/',
      'counsellors/guide/',
      'counsellors/poster/',
      'counsellors/handout/',
      'worksheet/',
    ].map((route) => `${locale}/${route}`),
  ),
);

/** Opens a page in each state a person meets: the quiz's first question, a result, its detail, a bad link. */
async function openEveryState(page: Page, visit: (name: string) => Promise<void>) {
  for (const path of staticPages) {
    await page.goto(pageUrl(path));
    await visit(path || '/');
  }
  for (const locale of ['th', 'en']) {
    // A fresh quiz, whatever an earlier visit in this browser saved. Opened again at its plain address rather than
    // reloaded: resuming an earlier visit put a question's address (#question-N) in the URL, which would open that
    // question instead of the intro.
    await page.goto(pageUrl(`${locale}/quiz/`));
    await page.evaluate(() => localStorage.clear());
    await page.goto(pageUrl(`${locale}/quiz/`));
    await page.locator('.quiz-actions:not(.quiz-actions--waiting) button').first().click();
    await page.locator('progress[value="1"]').waitFor();
    // The quiz moves focus to the new question's heading once the frame that draws it is shown; tabbing before that
    // would have the focus taken back to the heading half-way.
    await page.waitForFunction(() => document.activeElement?.hasAttribute('data-screen-heading'));
    await visit(`${locale}/quiz/ question`);
    for (const [name, path] of [
      ['result', `${locale}/result/#${resultCode}`],
      ['detail', `${locale}/result/detail/#${resultCode}`],
      ['bad link', `${locale}/result/#NOT-A-CODE`],
    ]) {
      await page.goto(pageUrl(path ?? ''));
      await page.locator('[data-result-state="loading"][hidden]').waitFor({ state: 'attached' });
      await visit(`${locale} ${name}`);
    }
  }
}

describe('the skip link', () => {
  // A result's, a plan's or a comparison's link holds what the page shows in its fragment: skipping to the content
  // must not swap that fragment for "#main", which would show "this link does not hold a result".
  it.each(['th', 'en'])('moves the focus to the content and keeps what the link holds, in %s', async (locale) => {
    const { page, context, errors } = await openWatchedPage(browser);
    for (const [path, shown] of [
      [`${locale}/result/#${resultCode}`, '[data-result-state="result"]'],
      [`${locale}/result/detail/#${resultCode}`, '[data-result-state="result"]'],
      [`${locale}/plan/#${resultCode}/numbers/patience`, '[data-plan-chosen] > [data-key="patience"]'],
      [`${locale}/compare/#${resultCode}/${resultCode}`, '[data-compare-result]'],
      [`${locale}/quiz/`, '.quiz-actions:not(.quiz-actions--waiting)'],
    ] as const) {
      await page.goto(pageUrl(path));
      await page.locator(shown).waitFor();
      const before = page.url();
      await page.keyboard.press('Tab');
      expect([path, await page.evaluate(() => document.activeElement?.className)]).toEqual([path, 'skip-link']);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      expect([path, page.url(), await page.locator(shown).isVisible()]).toEqual([path, before, true]);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('targets', () => {
  it('are at least 24 × 24 px everywhere, and the quiz answers at least 44 × 44 px', async () => {
    const { page, context } = await openWatchedPage(browser);
    const tooSmall: string[] = [];
    await openEveryState(page, async (name) => {
      const small = await page.evaluate(() => {
        const selector =
          'a[href], button, input:not([type="hidden"]), select, textarea, summary, [tabindex]:not([tabindex="-1"])';
        const found: string[] = [];
        for (const element of document.querySelectorAll<HTMLElement>(selector)) {
          // A radio or checkbox is pressed through its label, which wraps it: the label is the target.
          const target = element.closest('label') ?? element;
          const box = target.getBoundingClientRect();
          if (box.width === 0 || box.height === 0 || target.closest('[hidden]')) continue;
          // WCAG 2.5.8 exempts a link inside a sentence: its size is the text's.
          const inSentence =
            getComputedStyle(target).display === 'inline' &&
            (target.parentElement?.textContent ?? '').trim() !== (target.textContent ?? '').trim();
          if (inSentence) continue;
          const minimum = target.classList.contains('quiz-choice') ? 44 : 24;
          if (box.width < minimum || box.height < minimum)
            found.push(
              `${target.tagName} "${(target.textContent ?? '').trim().slice(0, 30)}" ${box.width}×${box.height}`,
            );
        }
        return found;
      });
      tooSmall.push(...small.map((entry) => `${name}: ${entry}`));
      if (name.endsWith('question')) {
        const choices = await page
          .locator('.quiz-choice')
          .evaluateAll((labels) =>
            labels.map((label) => Math.min(label.getBoundingClientRect().width, label.getBoundingClientRect().height)),
          );
        expect(choices).toHaveLength(5);
        expect(Math.min(...choices)).toBeGreaterThanOrEqual(44);
      }
    });
    expect(tooSmall).toEqual([]);
    await context.close();
  });
});

describe('focus', () => {
  /** Tabs through the whole page and says which stops had no visible focus indicator. */
  async function stopsWithoutVisibleFocus(page: Page): Promise<string[]> {
    const missing: string[] = [];
    const seen = new Set<string>();
    for (let step = 0; step < 80; step++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const element = document.activeElement as HTMLElement | null;
        if (!element || element === document.body) return undefined;
        // The quiz's radios draw their focus ring on the label around them.
        const ringed = element.matches('.quiz-choice input') ? element.closest('label') : element;
        const style = getComputedStyle(ringed ?? element);
        const visible = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2;
        const label = `${element.tagName} "${(element.textContent ?? element.getAttribute('aria-label') ?? '').trim().slice(0, 30)}"`;
        return { label, visible, path: `${label}@${Math.round(element.getBoundingClientRect().top + scrollY)}` };
      });
      if (!stop) break;
      if (seen.has(stop.path)) break; // back at the start: every stop was visited
      seen.add(stop.path);
      if (!stop.visible) missing.push(stop.label);
    }
    expect(seen.size).toBeGreaterThan(3);
    return missing;
  }

  it('is always visible while tabbing through every page and state', async () => {
    const { page, context } = await openWatchedPage(browser);
    const missing: string[] = [];
    await openEveryState(page, async (name) => {
      missing.push(...(await stopsWithoutVisibleFocus(page)).map((stop) => `${name}: ${stop}`));
    });
    expect(missing).toEqual([]);
    await context.close();
  });
});

describe('motion', () => {
  it('is turned off when the person asks for reduced motion', async () => {
    const durationOf = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { page, context } = await openWatchedPage(browser, { reducedMotion });
      await page.goto(pageUrl('th/quiz/'));
      await page.locator('.quiz-actions:not(.quiz-actions--waiting) button').first().waitFor();
      const seconds = await page.evaluate(() => {
        const longest = (element: Element) => {
          const style = getComputedStyle(element);
          return Math.max(
            ...`${style.transitionDuration},${style.animationDuration}`
              .split(',')
              .map((value) => Number.parseFloat(value)),
          );
        };
        return Math.max(...[...document.querySelectorAll('*')].map(longest));
      });
      await context.close();
      return seconds;
    };
    // Without the preference the buttons ease their colour change; with it nothing moves for more than 0.01 ms.
    expect(await durationOf('no-preference')).toBeGreaterThan(0.1);
    expect(await durationOf('reduce')).toBeLessThanOrEqual(0.00001);
  });
});

describe('reflow', () => {
  it('never needs sideways scrolling at 320 CSS pixels, in any page or state', async () => {
    const { page, context } = await openWatchedPage(browser, { viewport: { width: 320, height: 640 } });
    const overflowing: string[] = [];
    await openEveryState(page, async (name) => {
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) overflowing.push(`${name}: ${overflow} px too wide`);
    });
    expect(overflowing).toEqual([]);
    await context.close();
  });
});
