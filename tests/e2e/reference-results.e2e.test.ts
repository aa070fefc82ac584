// The reference people (tests/fixtures/reference-people.ts) through the real result page, in both languages: the
// verdict, the skill lists in full and in order, each skill's rating as the person gave it, and the detail view a
// counsellor opens. Then result links made with the previous question bank, which must keep opening.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ScoringBank } from '../../src/lib/released-banks';
import { encodeResultCode } from '../../src/lib/result-code';
import type { Outcome } from '../../src/lib/scoring';
import { partOneIds, partTwoIds, referencePeople, type ReferencePerson } from '../fixtures/reference-people';
import { launchBrowser, openWatchedPage } from './support/browser';
import {
  answerRowCells,
  asRead,
  banksOf,
  drawnAnswerRows,
  shownSkills,
  shownVariants,
  verdictOf,
  waitForResult,
  type SkillListName,
} from './support/result-page';
import { pageUrl } from './support/site';
import { spelled } from './support/words';

type Locale = 'th' | 'en';
const locales: readonly Locale[] = ['th', 'en'];

/** The largest words on a result: the name of its outcome. */
const verdicts: Record<Locale, Record<Outcome, string>> = {
  en: {
    front: 'Front office',
    back: 'Back office',
    both: 'Both sides appeal',
    neither: 'Not sure yet',
    between: 'In between',
    unclear: 'No result yet',
  },
  th: {
    front: 'งานหน้าบ้าน',
    back: 'งานหลังบ้าน',
    both: 'ชอบได้ทั้งสองฝั่ง',
    neither: 'ยังไม่แน่ใจ',
    between: 'อยู่กลาง ๆ ระหว่างสองฝั่ง',
    unclear: 'ยังสรุปผลไม่ได้',
  },
};

/** The labels of each answer scale, from 1 to 5. */
const scales: Record<Locale, Record<'preference' | 'self-rating' | 'scenario', readonly string[]>> = {
  en: {
    preference: ['Not at all', 'Not much', "It's OK", 'Quite a lot', 'Very much'],
    'self-rating': ['Not yet', 'A little', 'Fairly well', 'Well', 'Very well'],
    scenario: ['Definitely A', 'Leaning to A', 'Either is fine', 'Leaning to B', 'Definitely B'],
  },
  th: {
    preference: ['ไม่ชอบเลย', 'ไม่ค่อยชอบ', 'เฉย ๆ', 'ค่อนข้างชอบ', 'ชอบมาก'],
    'self-rating': ['ยังทำไม่ได้', 'ทำได้นิดหน่อย', 'ทำได้พอใช้', 'ทำได้ดี', 'ทำได้ดีมาก'],
    scenario: ['ก แน่นอน', 'เอนไปทาง ก', 'แบบไหนก็ได้', 'เอนไปทาง ข', 'ข แน่นอน'],
  },
};

/** What stands before a skill's rating: to the person in their result, about them in the detail view. */
const ratingLead: Record<'result' | 'detail', Record<Locale, string>> = {
  result: { en: 'You said: ', th: 'คุณตอบว่า: ' },
  detail: { en: 'Rated: ', th: 'ผู้ตอบบอกว่า: ' },
};

/** The longer sentences, as the dictionaries the site is built from word them. */
const dictionaries: Record<Locale, Record<string, string>> = {
  en: JSON.parse(readFileSync(new URL('../../content/ui/en.json', import.meta.url), 'utf8')),
  th: JSON.parse(readFileSync(new URL('../../content/ui/th.json', import.meta.url), 'utf8')),
};
function sentence(locale: Locale, key: string): string {
  const text = dictionaries[locale][key];
  if (text === undefined) throw new Error(`content/ui/${locale}.json has no "${key}"`);
  return text;
}

/** Codes made with the bank released on 2026-11-26 (0d1b8e00, 28 questions), with the answers inside them. */
const codesFromTheEarlierBanks = [
  {
    released: '2026-11-26',
    version: '0d1b8e00',
    code: '1E0T6WKAY7RF4RH9AFHEJFCB8',
    answers: '5151115154212551515151515154',
    outcome: 'front',
  },
  {
    released: '2026-11-26',
    version: '0d1b8e00',
    code: '1E0T6SFKWEG18268N94G6Y8V0',
    answers: '1414441422545214141414141412',
    outcome: 'back',
  },
  {
    released: '2026-11-26',
    version: '0d1b8e00',
    code: '1E0T6V7Z4HC83H1XP3WSKYE7M',
    answers: '3425313425313425313425313425',
    outcome: 'between',
  },
  // The last bank before bank 3: three reference people, as the site made their codes on 2026-12-06.
  {
    released: '2026-11-28',
    version: '579c4367',
    code: '1GNF728D3T7ZRD4Z7BM7V06FE3PR',
    answers: '242554143521334221434454545523133',
    outcome: 'back',
  },
  {
    released: '2026-11-28',
    version: '579c4367',
    code: '1GNF74BZCPQGPF5QH56XM0RSG5SG',
    answers: '515211415155241155251525255151514',
    outcome: 'front',
  },
  {
    released: '2026-11-28',
    version: '579c4367',
    code: '1GNF73S0A4M0QSXCAP3B40B0BDVG',
    answers: '433233334333233333423432433523134',
    outcome: 'between',
  },
] as const;

let browser: Browser;
let today: ScoringBank;
let released: ScoringBank[];
beforeAll(async () => {
  browser = await launchBrowser();
  const { page, context } = await openWatchedPage(browser);
  await page.goto(pageUrl('en/result/'));
  const banks = await banksOf(page);
  const [first, ...before] = banks;
  if (!first || before.length < 2) throw new Error('the result page carries today’s bank and both released before it');
  today = first;
  released = before;
  await context.close();
});
afterAll(async () => {
  await browser?.close();
});

/** The result code of a person's answers, made with today's bank as the result page carries it. */
const codeOf = (person: ReferencePerson) =>
  encodeResultCode(
    today.version,
    today.items.map((item) => item.id),
    person.answers,
  );

/** The person's self-rating of a skill: their answer to the self-rating question about it. */
function ratingOf(person: ReferencePerson, skill: string): number {
  const item = today.items.find((each) => each.kind === 'self-rating' && each.skill === skill);
  const answer = item && person.answers[item.id];
  if (answer === undefined) throw new Error(`${person.id} gave no self-rating of ${skill}`);
  return answer;
}

/** A skill list as the person must see it: each skill, and (but for "other side, not yet") the rating they gave. */
function expectedEntries(person: ReferencePerson, list: SkillListName, locale: Locale, voice: 'result' | 'detail') {
  const keys = {
    develop: person.toDevelop,
    strengths: person.strengths,
    otherStrengths: person.otherStrengths,
    otherNotYet: person.otherNotYet,
  }[list];
  return keys.map((key) => {
    if (list === 'otherNotYet') return { key };
    const rating = `${ratingLead[voice][locale]}${scales[locale]['self-rating'][ratingOf(person, key) - 1]}`;
    // A strength's rating stands in brackets after its name; a skill to develop has it on a line of its own.
    return { key, rating: list === 'develop' ? rating : `(${rating})` };
  });
}

const givesLists = (person: ReferencePerson) =>
  person.toDevelop.length + person.strengths.length + person.otherStrengths.length + person.otherNotYet.length > 0;

/** The visible text of every element showing `variant` (a UI-string key) in the result. */
const variantTexts = (page: Page, variant: string) =>
  page
    .locator(`[data-result-state="result"] [data-variant="${variant}"]`)
    .filter({ visible: true })
    .allInnerTexts()
    .then((texts) => texts.map(asRead));

/** The variants shown whose key starts with `prefix`, each with its key and its visible text. */
const variantsShown = (page: Page, prefix: string) =>
  page
    .locator(`[data-result-state="result"] [data-variant^="${prefix}"]`)
    .filter({ visible: true })
    .evaluateAll((elements) =>
      elements.map((element) => ({
        key: (element as HTMLElement).dataset['variant'] ?? '',
        text: (element as HTMLElement).innerText,
      })),
    )
    .then((shown) => shown.map(({ key, text }) => ({ key, text: asRead(text) })));

/** Every wording the dictionary has under keys starting with `prefix` (a sentence may have a variant for both sides). */
const sentencesStartingWith = (locale: Locale, prefix: string) =>
  Object.entries(dictionaries[locale])
    .filter(([key]) => key.startsWith(prefix))
    .map(([, text]) => text);

/** Checks the verdict, the notes and the four skill lists of a result or detail view against the person. */
async function expectReading(page: Page, person: ReferencePerson, locale: Locale, voice: 'result' | 'detail') {
  const label = `${person.id} (${locale}, ${voice})`;
  expect([label, await verdictOf(page)]).toEqual([label, [verdicts[locale][person.outcome]]]);
  expect([label, await shownVariants(page, 'result.note.')]).toEqual([
    label,
    person.notes.map((note) => `result.note.${note}`),
  ]);
  for (const list of ['develop', 'strengths', 'otherStrengths', 'otherNotYet'] as const)
    expect([label, list, await shownSkills(page, list)]).toEqual([
      label,
      list,
      expectedEntries(person, list, locale, voice),
    ]);

  // Interests and skills that disagree: one note, for the side chosen, with both averages to one decimal.
  const { mismatch } = person;
  expect([label, await variantsShown(page, 'result.mismatch.')]).toEqual([
    label,
    mismatch === undefined
      ? []
      : [
          {
            key: `result.mismatch.${person.outcome}`,
            text: asRead(
              sentence(locale, `${voice}.mismatch.${person.outcome}`)
                .replace('{meanFront}', mismatch.front.toFixed(1))
                .replace('{meanBack}', mismatch.back.toFixed(1)),
            ),
          },
        ],
  ]);

  if (!givesLists(person)) {
    // No lists at all: one sentence says why, and no list heading stands empty.
    expect(await variantsShown(page, 'result.skills'), label).toEqual([
      { key: 'result.skills.none', text: sentence(locale, `${voice}.skills.none`) },
    ]);
    return;
  }
  expect(
    (await variantsShown(page, 'result.skills')).map((shown) => shown.key),
    label,
  ).toEqual(['result.skills', 'result.skills']);
  // Each list opens with one sentence; where a list is empty, that sentence says so instead.
  const developSentence = await variantsShown(page, 'result.develop.');
  const developWords = person.toDevelop.length === 0 ? `${voice}.develop.none` : `${voice}.develop.intro`;
  expect(developSentence, label).toHaveLength(1);
  expect(sentencesStartingWith(locale, developWords), label).toContain(developSentence[0]?.text);
  const strengthsSentence = await variantsShown(page, 'result.strengths');
  const strengthsWords = person.strengths.length === 0 ? `${voice}.strengths.none` : `${voice}.strengths.intro`;
  expect(strengthsSentence, label).toHaveLength(1);
  expect(sentencesStartingWith(locale, strengthsWords), label).toContain(strengthsSentence[0]?.text);
  // The "other side, not yet" part is there only when it lists something.
  const otherNotYet = await page
    .locator('[data-result-state="result"] [data-variant="result.otherNotYet"]')
    .filter({ visible: true })
    .count();
  expect([label, otherNotYet]).toEqual([label, person.otherNotYet.length > 0 ? 1 : 0]);
  // So is the part with the other side's strengths, which opens with its own sentence.
  const otherStrengths = await variantTexts(page, 'result.otherStrengths');
  expect([label, otherStrengths.map((text) => text.split('\n')[0])]).toEqual([
    label,
    person.otherStrengths.length > 0 ? [sentence(locale, `${voice}.otherStrengths`)] : [],
  ]);
}

/** The jobs the result lists first, in order, and the key skills named to practise under those given. */
async function expectJobs(page: Page, jobs: NonNullable<ReferencePerson['jobs']>) {
  const shown = await page
    .locator('[data-list="jobs"] > li:not([hidden])')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['key'] ?? ''));
  expect(shown.slice(0, jobs.first.length)).toEqual(jobs.first);
  for (const [job, gaps] of Object.entries(jobs.gaps)) {
    const named = await page
      .locator(`[data-list="jobs"] > [data-key="${job}"] [data-gaps] > li:not([hidden])`)
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset['key'] ?? ''));
    const allStrong = await page.locator(`[data-list="jobs"] > [data-key="${job}"] [data-job-ready]`).isVisible();
    expect([job, named, allStrong]).toEqual([job, gaps, gaps.length === 0]);
  }
}

/** The label a person's answer to an item shows in the detail view's answers table, and its number. */
function answerCells(item: ScoringBank['items'][number], answer: number | undefined, locale: Locale): string[] {
  if (answer === undefined) return ['', sentence(locale, 'detail.notAnswered')];
  return [scales[locale][item.kind][answer - 1] ?? '', String(answer)];
}

describe.concurrent('the reference people', () => {
  it('are written for the bank the site serves, and the same answer everywhere or half a quiz gives no lists', () => {
    // The fixture's answer strings follow the bank's order; a changed bank must change the fixture too.
    expect(today.items.map((item) => item.id)).toEqual([...partOneIds, ...partTwoIds]);
    expect(referencePeople).toHaveLength(16);
    const withoutLists = referencePeople.filter((person) => !givesLists(person)).map((person) => person.id);
    expect(withoutLists).toContain('half-finished');
    expect(withoutLists).toContain('middle-everywhere');
  });

  describe.each(locales)('on the result page in %s', (locale) => {
    it.each(referencePeople)('$id: the verdict, notes and skill lists the counsellor expects', async (person) => {
      const { page, context, errors } = await openWatchedPage(browser);
      await page.goto(pageUrl(`${locale}/result/#${codeOf(person)}`));
      await waitForResult(page);
      await expectReading(page, person, locale, 'result');
      if (person.jobs) await expectJobs(page, person.jobs);
      expect(errors).toEqual([]);
      await context.close();
    });
  });

  it.each([
    ['hotel-receptionist', 'en'],
    ['claims-trainee', 'th'],
    ['likes-everything', 'th'],
    ['half-finished', 'en'],
    ['chose-front-rated-back', 'en'],
  ] as const)(
    '%s in %s: the detail view says the same about them, and lists all 33 answers numbered 1-33',
    async (id, locale) => {
      const person = referencePeople.find((each) => each.id === id);
      if (!person) throw new Error(`no reference person "${id}"`);
      const { page, context, errors } = await openWatchedPage(browser);
      const code = codeOf(person);
      await page.goto(pageUrl(`${locale}/result/#${code}`));
      await waitForResult(page);
      // Reached as a counsellor reaches it: by the link on the result.
      await page.getByRole('link', { name: spelled(sentence(locale, 'result.detailLink')) }).click();
      await page.waitForURL(pageUrl(`${locale}/result/detail/#${code}`));
      await waitForResult(page);
      await expectReading(page, person, locale, 'detail');

      const drawn = await drawnAnswerRows(page);
      expect(drawn).toEqual(today.items.map((item, index) => ({ number: String(index + 1), item: item.id })));
      expect(drawn).toHaveLength(33);
      const cells = await answerRowCells(page);
      expect(cells.map((row) => row.slice(1))).toEqual(
        today.items.map((item) => answerCells(item, person.answers[item.id], locale)),
      );
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});

describe.concurrent('a result link made with questions released before today’s', () => {
  it.each(codesFromTheEarlierBanks.flatMap((sent) => locales.map((locale) => ({ ...sent, locale }))))(
    '$code ($released, $outcome) opens in $locale with its verdict and the earlier-questions note; the detail view lists its own answers',
    async ({ version, code, answers, outcome, locale }) => {
      const bank = released.find((each) => each.version === version);
      if (!bank) throw new Error(`the result page carries bank ${version}`);
      const { page, context, errors } = await openWatchedPage(browser);
      await page.goto(pageUrl(`${locale}/result/#${code}`));
      await waitForResult(page);
      expect(await page.locator('[data-result-state="problem"]').isHidden()).toBe(true);
      expect(await verdictOf(page)).toEqual([verdicts[locale][outcome]]);
      expect(await variantTexts(page, 'result.note.earlier-bank')).toEqual([
        sentence(locale, 'result.note.earlier-bank'),
      ]);
      if (locale === 'en')
        expect(await variantTexts(page, 'result.note.earlier-bank')).toEqual([
          expect.stringMatching(/^This result was made with an earlier version of the questions/u),
        ]);

      await page.goto(pageUrl(`${locale}/result/detail/#${code}`));
      await waitForResult(page);
      expect(await verdictOf(page)).toEqual([verdicts[locale][outcome]]);
      expect(await variantTexts(page, 'result.note.earlier-bank')).toEqual([
        sentence(locale, 'detail.note.earlier-bank'),
      ]);
      // The rows are those of the bank the code was made with, in its order, numbered from 1: not today's questions
      // of the same place.
      const drawn = await drawnAnswerRows(page);
      expect(drawn).toEqual(bank.items.map((item, index) => ({ number: String(index + 1), item: item.id })));
      expect(drawn).toHaveLength(answers.length);
      const scale = (await answerRowCells(page)).map((row) => row[2]);
      expect(scale.join('')).toBe(answers);
      expect(errors).toEqual([]);
      await context.close();
    },
  );
});
