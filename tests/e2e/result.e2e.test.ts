import { execFileSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { qrCode } from '../../src/lib/qr-code';
import { encodeResultCode } from '../../src/lib/result-code';
import type { ScoringItem } from '../../src/lib/scoring';
import { lineShareUrl } from '../../src/lib/share';
import { axeViolations } from './support/axe';
import { ensureScreenshotFolder, launchBrowser, openWatchedPage } from './support/browser';
import { drawnAnswerRows, todaysBankOf } from './support/result-page';
import { pageUrl, rootSiteUrl as siteUrl } from './support/site';
import { quizStorageKey } from '../../src/stores/storage-keys';
import { readable, say, spelled } from './support/words';

/** What the result page tells its script about today's bank: its version and items, in order. */
const bankOf = todaysBankOf;

/**
 * A lean to one side: 4 on its preferences, 2 on the other side's, its task in each scenario. Self-ratings, which
 * count for the skill lists only, go round the whole scale.
 */
function leaning(items: readonly ScoringItem[], side: 'front' | 'back'): Record<string, 1 | 2 | 3 | 4 | 5> {
  return Object.fromEntries(
    items.map((item, index) => {
      if (item.kind === 'scenario') return [item.id, item.b.path === side ? 4 : 2];
      if (item.kind === 'self-rating') return [item.id, ([2, 4, 3, 5, 1] as const)[index % 5] ?? 3];
      return [item.id, item.path === side ? 4 : 2];
    }),
  );
}

const backLeaning = (items: readonly ScoringItem[]) => leaning(items, 'back');

/** Opens a result page without a code and returns the code of a clear back-office lean for its bank. */
async function backLeaningCode(page: Page, path: string): Promise<string> {
  await page.goto(pageUrl(path));
  const bank = await bankOf(page);
  return encodeResultCode(
    bank.version,
    bank.items.map((item) => item.id),
    backLeaning(bank.items),
  );
}

/** What a reader of the result sees, as text: enough to tell two results apart. */
async function visibleResult(page: Page) {
  await page.locator('.quiz-result__summary span:not([hidden])').waitFor();
  return {
    verdict: readable(await page.locator('.quiz-result__verdict').innerText()),
    summary: readable(await page.locator('.quiz-result__summary').innerText()),
    scores: (await page.locator('.result-position__score strong').allInnerTexts()).map(readable),
    reasons: (await page.locator('[data-list="reasons"] > li:not([hidden])').allInnerTexts()).map(readable),
    develop: (await page.locator('[data-list="develop"] > li:not([hidden]) h4').allInnerTexts()).map(readable),
    strengths: (await page.locator('[data-list="strengths"] > li:not([hidden])').allInnerTexts()).map(readable),
    otherNotYet: (await page.locator('[data-list="otherNotYet"] > li:not([hidden])').allInnerTexts()).map(readable),
    jobs: (await page.locator('[data-list="jobs"] > li:not([hidden]) h4').allInnerTexts()).map(readable),
  };
}

/** Takes the quiz by clicking: point `choice` (0-4) on every question. Ends on the result page. */
async function takeQuiz(page: Page, locale: 'th' | 'en', choice: (index: number) => number) {
  await page.goto(pageUrl(`${locale}/quiz/`));
  await page.locator('.quiz-actions:not(.quiz-actions--waiting) button').first().click();
  const total = Number(await page.locator('progress').getAttribute('max'));
  for (let index = 0; index < total; index++) {
    await page.locator(`progress[value="${index + 1}"]`).waitFor();
    await page.locator('.quiz-choice').nth(choice(index)).click();
    await page.locator('button[type="submit"]').click();
  }
  await page.waitForURL(/\/result\/#/u);
}

/** The buttons at the very end of a result, as shown. */
const endActions = async (page: Page) =>
  (await page.locator('.result-next .quiz-actions a').filter({ visible: true }).allInnerTexts()).map(readable);

const storedEntries = (page: Page) =>
  page.evaluate(() => Object.entries(localStorage).concat(Object.entries(sessionStorage)));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a result link', () => {
  it('is copied after the quiz and shows the same result in a fresh browser, storing nothing there', async () => {
    const taker = await openWatchedPage(browser, { permissions: ['clipboard-read', 'clipboard-write'] });
    await takeQuiz(taker.page, 'th', (index) => (index % 3 === 0 ? 4 : 1));
    const seen = await visibleResult(taker.page);
    // Enough is shown to tell two results apart: a verdict, and skills each with the rating it came from.
    expect(seen.verdict).not.toBe('');
    expect(seen.develop.length + seen.strengths.length).toBeGreaterThan(0);
    await taker.page.getByRole('button', { name: spelled('คัดลอกลิงก์') }).click();
    await expect
      .poll(async () => readable(await taker.page.locator('.share-box__status').innerText()))
      .toBe('คัดลอกลิงก์แล้ว วางในแชตหรือโน้ตได้เลย');
    const link = await taker.page.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(taker.page.url());
    const code = new URL(link).hash.slice(1);
    // The code is short enough for a small QR code; the link is the page and the code.
    expect(code).toMatch(/^[0-9A-HJKMNP-TV-Z]{28}$/u);

    // The taker's own result offers to change those answers, and not to take the self-check again.
    expect(await endActions(taker.page)).toEqual(['ดูคำตอบทุกข้อ (สำหรับผู้แนะแนว)', 'แก้คำตอบ']);
    expect(taker.errors).toEqual([]);
    await taker.context.close();

    const viewer = await openWatchedPage(browser);
    await viewer.page.goto(link);
    expect(await visibleResult(viewer.page)).toEqual(seen);
    // Somebody else's result: no answers of theirs to change here, but the self-check to take.
    expect(await endActions(viewer.page)).toEqual(['ดูคำตอบทุกข้อ (สำหรับผู้แนะแนว)', 'ทำแบบประเมินด้วยตัวเอง']);
    expect(await storedEntries(viewer.page)).toEqual([]);
    // The answers stay in the fragment: no request carries them.
    expect(viewer.requests.filter((request) => request.url.includes(code))).toEqual([]);
    expect(viewer.errors).toEqual([]);
    await viewer.context.close();
  });

  it("leaves the viewer's own saved answers exactly as they were", async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(pageUrl('en/quiz/'));
    await page.getByRole('button', { name: 'Start' }).click();
    const points = [5, 1, 4];
    for (const [index, point] of points.entries()) {
      await page.locator(`progress[value="${index + 1}"]`).waitFor();
      await page
        .locator('.quiz-choice')
        .nth(point - 1)
        .click();
      await page.locator('button[type="submit"]').click();
    }
    await page.locator('progress[value="4"]').waitFor();
    const before = await page.evaluate((key) => localStorage.getItem(key), quizStorageKey);
    expect(JSON.parse(before ?? '{}').answers).toEqual({
      'enjoy-regulars': 5,
      'enjoy-spreadsheet': 1,
      'enjoy-asking-visitors': 4,
    });

    const code = await backLeaningCode(page, 'en/result/');
    await page.goto(pageUrl(`en/result/#${code}`));
    expect((await visibleResult(page)).summary).toBe('Your answers point clearly to back-office work.');
    expect(await page.evaluate((key) => localStorage.getItem(key), quizStorageKey)).toBe(before);

    await page.goto(pageUrl('en/quiz/'));
    await expect
      .poll(async () => readable(await page.locator('.quiz-progress-text').innerText()))
      .toBe('Question 4 of 33');
    expect(await page.evaluate((key) => localStorage.getItem(key), quizStorageKey)).toBe(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens in the viewer’s language, and the language switch keeps the result', async () => {
    const { page, context } = await openWatchedPage(browser);
    const code = await backLeaningCode(page, 'th/result/');
    await page.goto(pageUrl(`th/result/#${code}`));
    expect(await visibleResult(page)).toMatchObject({
      verdict: 'งานหลังบ้าน',
      summary: 'คำตอบของคุณชี้ไปที่งานหลังบ้านอย่างชัดเจน',
    });
    await page.locator('header .language-switch').click();
    await page.waitForURL(pageUrl(`en/result/#${code}`));
    expect(await visibleResult(page)).toMatchObject({
      verdict: 'Back office',
      summary: 'Your answers point clearly to back-office work.',
    });
    await context.close();
  });
});

describe('why the result came out as it did', () => {
  it('shows each scenario by the task chosen and how firmly, never by a letter the reader no longer sees', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(pageUrl('en/result/'));
    const bank = await bankOf(page);
    const scenarios = bank.items.filter((item) => item.kind === 'scenario');
    expect(scenarios.length).toBeGreaterThanOrEqual(2);
    // Preferences in the middle push neither way, so the scenarios are the whole of "why": the first chosen for sure,
    // the others leaned to, each towards its back-office task, which sits first (A) in some and second (B) in others.
    const answers = Object.fromEntries(
      bank.items.map((item, index) => {
        if (item.kind === 'self-rating') return [item.id, ([2, 4, 3, 5, 1] as const)[index % 5] ?? 3];
        if (item.kind !== 'scenario') return [item.id, 3];
        const backIsB = item.b.path === 'back';
        const sure = item.id === scenarios[0]?.id;
        return [item.id, backIsB ? (sure ? 5 : 4) : sure ? 1 : 2];
      }),
    ) as Record<string, 1 | 2 | 3 | 4 | 5>;
    const code = encodeResultCode(
      bank.version,
      bank.items.map((item) => item.id),
      answers,
    );
    const expected = {
      en: { sure: '(Your answer: this one, for sure)', leaning: '(Your answer: leaning to this one)' },
      th: { sure: '(คุณตอบว่า: เลือกงานนี้แน่นอน)', leaning: '(คุณตอบว่า: เอนไปทางงานนี้)' },
    };
    for (const locale of ['en', 'th'] as const) {
      await page.goto(pageUrl(`${locale}/result/#${code}`));
      await page.locator('.quiz-result__summary span:not([hidden])').waitFor();
      const shown = await page
        .locator('[data-list="reasons"] > li:not([hidden])')
        .evaluateAll((entries) =>
          entries.map((entry) => [entry.getAttribute('data-key'), entry.textContent?.replaceAll('\u2060', '').trim()]),
        );
      expect(shown.map(([key]) => key)).toEqual(
        scenarios.map((item) => `${item.id}:${item.b.path === 'back' ? 'b' : 'a'}`),
      );
      for (const [index, [, text]] of shown.entries()) {
        const note = index === 0 ? expected[locale].sure : expected[locale].leaning;
        expect(text?.replace(/\s+/gu, ' ')).toMatch(new RegExp(`^\\S.* ${note.replace(/[()]/gu, '\\$&')}$`, 'u'));
        expect(text).not.toMatch(/Definitely|Leaning to|[กข] แน่นอน|เอนไปทาง [กข]/u);
      }
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a bad result link', () => {
  it.each([
    ['empty', '', 'No result is open: the link has nothing after its # sign'],
    ['truncated', 'CUT', 'This link is incomplete or is not a result link'],
    ['edited', 'EDIT', 'does not pass its check'],
    ['garbage', 'GARBAGE', 'This link is incomplete or is not a result link'],
    ['from other questions', 'OTHER', 'made with a set of questions this page does not know'],
  ] as const)('%s: says what is wrong, offers a way forward, stores nothing', async (_case, kind, message) => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(pageUrl('en/result/'));
    const bank = await bankOf(page);
    const ids = bank.items.map((item) => item.id);
    const good = encodeResultCode(bank.version, ids, backLeaning(bank.items));
    const swapped = good.at(-1) === '0' ? '1' : '0';
    const fragment = {
      '': '',
      CUT: good.slice(0, 15),
      EDIT: `${good.slice(0, -1)}${swapped}`,
      GARBAGE: encodeURIComponent('<img src=x onerror=alert(1)>'),
      OTHER: encodeResultCode('0000beef', ids, backLeaning(bank.items)),
    }[kind];
    await page.goto(pageUrl(`en/result/#${fragment}`));
    await page.locator('[data-result-state="problem"]:not([hidden])').waitFor();
    expect(readable(await page.locator('#result-problem-heading').innerText())).toBe(
      kind === '' ? 'Open a result' : 'This result cannot be shown',
    );
    expect(readable(await page.getByRole('alert').innerText())).toContain(message);
    expect(await page.locator('[data-result-state="result"]').isHidden()).toBe(true);
    expect(await page.getByRole('link', { name: 'Take the self-check yourself' }).isVisible()).toBe(true);
    expect(await storedEntries(page)).toEqual([]);
    expect(errors).toEqual([]);

    // Typing the right code shows the result, with focus on it.
    await page.getByLabel('Result code').fill(good.toLowerCase().replace(/(.{5})/gu, '$1-'));
    await page.getByRole('button', { name: 'Show the result' }).click();
    expect((await visibleResult(page)).summary).toBe('Your answers point clearly to back-office work.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('quiz-result-heading');
    await context.close();
  });
});

describe('a result link as apps and people pass it on', () => {
  it('opens a link with ?openExternalBrowser=1 after the code, tidies the address, and reads a spaced typed code', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    const good = await backLeaningCode(page, 'en/result/');
    const expected = await (async () => {
      await page.goto(pageUrl(`en/result/#${good}`));
      return visibleResult(page);
    })();
    await page.goto(pageUrl(`en/result/detail/#${good}?openExternalBrowser=1`));
    await page.locator('[data-result-state="result"]:not([hidden])').waitFor();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${good}`);
    await page.goto(pageUrl(`en/result/#${good}&openExternalBrowser=1`));
    expect(await visibleResult(page)).toEqual(expected);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${good}`);

    await page.goto(pageUrl('en/result/'));
    const spaced = good.replace(/(.{5})(?!$)/gu, '$1 ');
    await page.getByLabel('Result code').fill(`My code is ${spaced} thanks`);
    await page.getByRole('button', { name: 'Show the result' }).click();
    expect(await visibleResult(page)).toEqual(expected);
    expect(new URL(page.url()).hash).toBe(`#${good}`);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a result changed while the page is still writing one in', () => {
  it('shows only the last link, whole, whichever came first', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    const back = await backLeaningCode(page, 'en/result/');
    const bank = await bankOf(page);
    const front = encodeResultCode(
      bank.version,
      bank.items.map((item) => item.id),
      leaning(bank.items, 'front'),
    );
    const seen = async (code: string) => {
      await page.goto(pageUrl(`en/result/#${code}`));
      return visibleResult(page);
    };
    const backResult = await seen(back);
    const frontResult = await seen(front);
    expect(frontResult.summary).not.toBe(backResult.summary);
    expect(frontResult.jobs.length).toBeGreaterThan(0);
    expect(frontResult.jobs).not.toEqual(backResult.jobs);

    // Two codes in a row, the second before the first can have been written in: the page ends on the second, and
    // nothing of the first is left in any part of it.
    for (const [first, last, expected] of [
      [back, front, frontResult],
      [front, back, backResult],
    ] as const) {
      await page.evaluate(
        ({ one, two }) => {
          location.hash = one;
          setTimeout(() => (location.hash = two));
        },
        { one: first, two: last },
      );
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${last}`);
      // The code is written in the same task as the rest and the result shown: once it is the last one, all is.
      const grouped = last.match(/.{1,5}/gu)?.join('-') ?? last;
      await expect
        .poll(async () =>
          readable(await page.locator('[data-result-state="result"]:not([hidden]) .share-result__code').textContent()),
        )
        .toContain(grouped);
      expect(await visibleResult(page)).toEqual(expected);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('sharing tools', () => {
  it('offer a LINE link and a QR code of the result link, drawn on the device', async () => {
    const watched = await openWatchedPage(browser);
    const { page } = watched;
    const code = await backLeaningCode(page, 'th/result/');
    const link = pageUrl(`th/result/#${code}`);
    await page.goto(link);
    await visibleResult(page);
    expect(await page.getByLabel(spelled('ลิงก์ผล')).inputValue()).toBe(link);
    expect(readable(await page.locator('.share-result__code').innerText())).toBe(
      `รหัสผล: ${code.match(/.{1,5}/gu)?.join('-')}`,
    );
    expect(await page.getByRole('link', { name: spelled('ส่งทางไลน์') }).getAttribute('href')).toBe(
      lineShareUrl('ผลแบบประเมินงานหน้าบ้านหรือหลังบ้านของฉัน:', link),
    );
    const qrButton = page.getByRole('button', { name: spelled('แสดงคิวอาร์โค้ด') });
    expect(await qrButton.getAttribute('aria-expanded')).toBe('false');
    await qrButton.click();
    const qr = page.getByRole('img', { name: spelled('คิวอาร์โค้ดของลิงก์ผลนี้') });
    await qr.waitFor();
    expect(await qr.locator('path').getAttribute('d')).toBe(qrCode(link).path);
    expect(await page.getByRole('button', { name: spelled('ซ่อนคิวอาร์โค้ด') }).getAttribute('aria-expanded')).toBe('true');
    const origin = new URL(siteUrl).origin;
    expect(watched.requests.filter((request) => !request.url.startsWith(origin))).toEqual([]);
    expect(watched.errors).toEqual([]);
    await watched.context.close();
  });
});

describe('the detail view', () => {
  it('lists every question with the answer given, the skill scores and the path scores', async () => {
    const { page, context, errors } = await openWatchedPage(browser);
    await page.goto(pageUrl('en/result/'));
    const bank = await bankOf(page);
    // The second question is left unanswered.
    const answers = Object.fromEntries(
      Object.entries(backLeaning(bank.items)).filter(([id]) => id !== bank.items[1]?.id),
    );
    const code = encodeResultCode(
      bank.version,
      bank.items.map((item) => item.id),
      answers,
    );
    await page.goto(pageUrl(`en/result/#${code}`));
    await visibleResult(page);
    await page.getByRole('link', { name: 'See every answer (for counsellors)' }).click();
    await page.waitForURL(pageUrl(`en/result/detail/#${code}`));
    await page.locator('[data-result-state="result"]:not([hidden])').waitFor();
    // One row for each question of the bank the code was made with, numbered in its order.
    const rows = page.locator('.result-detail__answers tbody tr').filter({ visible: true });
    expect(await rows.count()).toBe(bank.items.length);
    expect((await drawnAnswerRows(page)).map((row) => row.number)).toEqual(
      bank.items.map((_item, index) => String(index + 1)),
    );
    expect((await rows.nth(0).locator('td').allInnerTexts()).map(readable)).toEqual([
      '',
      'Making small talk with a regular customer while they wait',
      'Not much',
      '2',
    ]);
    expect(readable(await rows.nth(1).locator('td').nth(3).innerText())).toBe('Not answered');
    expect(readable(await page.locator('[data-value="score-back"]').first().innerText())).toMatch(/^\d+(\.\d)?$/u);
    // Each skill's self-rating, 1-5, as given: one row per skill of the model.
    const skillScores = await page.locator('[data-value^="skill."]').allInnerTexts();
    expect(skillScores).toHaveLength(bank.items.filter((item) => item.kind === 'self-rating').length);
    expect(skillScores.every((score) => /^[1-5]$/u.test(score))).toBe(true);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
    await page.getByRole('link', { name: 'Back to the result' }).click();
    await page.waitForURL(pageUrl(`en/result/#${code}`));
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('result pages', () => {
  it('have no WCAG 2.2 AA violation: summary, detail and a bad link, light and dark', async () => {
    for (const [locale, colorScheme] of [
      ['th', 'light'],
      ['en', 'dark'],
    ] as const) {
      const { page, context } = await openWatchedPage(browser, { colorScheme });
      const code = await backLeaningCode(page, `${locale}/result/`);
      for (const path of [`${locale}/result/#${code}`, `${locale}/result/detail/#${code}`, `${locale}/result/#BAD`]) {
        await page.goto(pageUrl(path));
        await page.locator('[data-result-state="loading"][hidden]').waitFor({ state: 'attached' });
        // The QR code is part of what a person may see, so it is checked too.
        if (path.endsWith(code) && !path.includes('detail')) await page.locator('[data-share-qr]').click();
        expect([path, colorScheme, await axeViolations(page)]).toEqual([path, colorScheme, []]);
        const name = path.replace(/#.*/u, '').replace(/\/$/u, '').replaceAll('/', '-');
        await page.screenshot({
          path: `${ensureScreenshotFolder()}/${name}${path.endsWith('BAD') ? '-bad-link' : ''}.png`,
          fullPage: true,
        });
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBe(0);
        await page.goto('about:blank');
      }
      await context.close();
    }
  });

  it.each([
    [
      'th/result/',
      [
        'ผลการประเมินตนเอง',
        'งานหลังบ้าน',
        'คำตอบของคุณชี้ไปที่งานหลังบ้านอย่างชัดเจน',
        'คำตอบของคุณอยู่ใกล้ฝั่งไหน',
        'ผลนี้บอกอะไรได้',
        'รหัสผล',
      ],
      ['คัดลอกลิงก์', 'ทำแบบประเมินด้วยตัวเอง', 'ภาพรวม'],
    ],
    [
      'th/result/detail/',
      ['ผลแบบละเอียด', 'งานหลังบ้าน', 'คำตอบทุกข้อ', 'ระดับที่ประเมินตนเองในแต่ละทักษะ', 'รหัสผล'],
      ['กลับไปที่ผล', 'ภาพรวม'],
    ],
    [
      'en/result/',
      [
        'Self-checkresult',
        'Backoffice',
        'Youranswerspointclearlytoback-officework.',
        'Whereyouranswerssit',
        'Whatthisresultcanandcannottellyou',
        'Resultcode',
      ],
      ['Copylink', 'Taketheself-checkyourself', 'Overview'],
    ],
    [
      'en/result/detail/',
      ['Resultindetail', 'Backoffice', 'Everyanswer', 'Self-ratingofeachskill', 'Resultcode'],
      ['Backtotheresult', 'Overview'],
    ],
  ])('%s prints on A4: every part, no buttons or navigation', async (path, present, absent) => {
    const { page, context } = await openWatchedPage(browser);
    const code = await backLeaningCode(page, path);
    await page.goto(pageUrl(`${path}#${code}`));
    await page.locator('[data-result-state="result"]:not([hidden])').waitFor();
    // Each skill to develop has its "how to build it" tips folded on screen.
    const tips = await page.locator('[data-list="develop"] > li:not([hidden]) details li').allTextContents();
    const pdfPath = `${ensureScreenshotFolder()}/${path.replace(/\/$/u, '').replaceAll('/', '-')}.pdf`;
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    await context.close();
    expect(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' })).toMatch(
      /Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)/u,
    );
    const text = readable(execFileSync('pdftotext', [pdfPath, '-'], { encoding: 'utf8' })).replace(/\s+/gu, '');
    for (const expected of present) expect([expected, text.includes(expected)]).toEqual([expected, true]);
    for (const missing of absent) expect([missing, text.includes(missing)]).toEqual([missing, false]);
    // On paper the tips print open: a page cannot be clicked.
    if (!path.includes('detail')) expect(tips.length).toBeGreaterThan(2);
    for (const tip of tips) expect(text).toContain(readable(tip).replace(/\s+/gu, ''));
    // The code prints whole, so a counsellor can type it back in.
    expect(text).toContain(code.match(/.{1,5}/gu)?.join('-'));
    if (path.includes('detail')) {
      // A counsellor's sheet: at most three pages, with the code, a name line and a date line on top of page 1.
      const pages = Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1]);
      expect(pages).toBeLessThanOrEqual(3);
      const locale = path.startsWith('th/') ? 'th' : 'en';
      const firstPage = readable(execFileSync('pdftotext', ['-l', '1', pdfPath, '-'], { encoding: 'utf8' }));
      const top = firstPage.slice(0, firstPage.indexOf(say(locale, 'detail.scores.heading'))).replace(/\s+/gu, '');
      for (const expected of [
        code.match(/.{1,5}/gu)?.join('-') ?? '',
        say(locale, 'detail.paper.name'),
        say(locale, 'detail.paper.date'),
      ])
        expect([expected, top.includes(expected.replace(/\s+/gu, ''))]).toEqual([expected, true]);
    }
    if (path.startsWith('th/'))
      expect(execFileSync('pdffonts', [pdfPath], { encoding: 'utf8' })).toMatch(
        /Loma|Garuda|Norasi|Kinnari|Sawasdee|Umpush|Waree|Laksaman|Noto\S*Thai/u,
      );
  });
});
