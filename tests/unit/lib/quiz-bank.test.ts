import { describe, expect, it } from 'vitest';
import {
  findQuizBankProblems,
  findReleasedBankProblems,
  localizeBank,
  localizeQuestions,
  questionBankVersion,
  toScoringItem,
  type BankItem,
} from '../../../src/lib/quiz-bank';
import { balancedBand, type ScoringItem } from '../../../src/lib/scoring';
import { bankItems, bankPaths, bankSkills, releasedBank20261126, scoringItems } from '../../support/quiz-bank';

const preference = (id: string, path: 'front' | 'back', skill: string, en = 'Helping a customer'): BankItem => ({
  id,
  kind: 'preference',
  path,
  skill,
  text: { th: 'ช่วยลูกค้า', en },
});

describe('findQuizBankProblems', () => {
  it('finds nothing wrong with the real bank', () => {
    expect(findQuizBankProblems(bankItems, bankSkills)).toEqual([]);
  });

  it('finds a duplicate id, an unknown skill, a negated item and a skill with no self-rating', () => {
    const broken: BankItem[] = [
      ...bankItems.filter((item) => item.id !== 'can-patient'),
      bankItems[0] as BankItem,
      preference('extra-two', 'front', 'rapport', 'Not liking crowds'),
    ];
    expect(findQuizBankProblems(broken, bankSkills)).toEqual(
      expect.arrayContaining([
        'item id "enjoy-regulars" is used twice',
        'item "extra-two" is worded negatively',
        'the sides have 13 (front) and 11 (back) items; they need as many',
        'skill "patience" has 0 self-rating items; it needs exactly 1',
      ]),
    );
    expect(
      findQuizBankProblems([...bankItems.slice(0, 20), preference('x', 'front', 'juggling')], bankSkills),
    ).toContain('item "x" names unknown skill "juggling"');
  });

  it('refuses an item that lets a shared skill, or the other side’s skill, push the side', () => {
    const shared = preference('likes-apps', 'front', 'basic-computer');
    const crossed = preference('likes-sums', 'front', 'numbers');
    const problems = findQuizBankProblems([...bankItems, shared, crossed], bankSkills);
    expect(problems).toContain('item "likes-apps" counts for front with skill "basic-computer" of front and back');
    expect(problems).toContain('item "likes-sums" counts for front with skill "numbers" of back');
  });

  it('refuses a self-rating that names a side, and a skill asked about by two self-ratings', () => {
    const sided: BankItem = {
      id: 'can-more',
      kind: 'self-rating',
      path: 'back',
      skill: 'numbers',
      text: { th: 'ก', en: 'Adding up' },
    };
    expect(findQuizBankProblems([...bankItems, sided], bankSkills)).toEqual([
      'self-rating "can-more" names a side; self-ratings never decide the side',
      'skill "numbers" has 2 self-rating items; it needs exactly 1',
      // "ก" and "Adding up" use no word about numbers: the item is not about its skill.
      'item "can-more" (th) uses no cue word of its skill "numbers"',
      'item "can-more" (en) uses no cue word of its skill "numbers"',
    ]);
  });

  it('refuses an item that joins two ideas with "and" or "or", in either language', () => {
    const english = preference('two-en', 'front', 'rapport', 'Greeting guests and taking payments');
    const thai: BankItem = {
      id: 'two-th',
      kind: 'preference',
      path: 'front',
      skill: 'rapport',
      text: { th: 'ต้อนรับแขกหรือรับเงิน', en: 'Greeting guests' },
    };
    const problems = findQuizBankProblems([...bankItems, english, thai], bankSkills);
    expect(problems).toContain('item "two-en" joins two ideas with and/or');
    expect(problems).toContain('item "two-th" joins two ideas with and/or');
    // Only whole words count: "Orders" and "brand" hold the letters, not the words.
    const lettersOnly = preference('letters', 'front', 'rapport', 'Sorting orders for a brand');
    expect(findQuizBankProblems([...bankItems, lettersOnly], bankSkills)).not.toContain(
      'item "letters" joins two ideas with and/or',
    );
  });

  it('needs 20-34 items, and at least 8 side-deciding items a side', () => {
    expect(findQuizBankProblems(bankItems.slice(0, 5), bankSkills)[0]).toBe('the bank has 5 items; it needs 20-34');
    const fewPerSide = bankItems.filter(
      (item) => item.kind === 'self-rating' || ['enjoy-regulars', 'enjoy-spreadsheet'].includes(item.id),
    );
    expect(findQuizBankProblems(fewPerSide, bankSkills)).toContain(
      'each side needs at least 8 preference or scenario items',
    );
  });
});

describe('the real bank', () => {
  it('has 33 questions: 14 preferences, 4 scenarios and 15 self-ratings', () => {
    const kinds = bankItems.map((item) => item.kind);
    expect(bankItems).toHaveLength(33);
    expect(kinds.filter((kind) => kind === 'preference')).toHaveLength(14);
    expect(kinds.filter((kind) => kind === 'scenario')).toHaveLength(4);
    expect(kinds.filter((kind) => kind === 'self-rating')).toHaveLength(15);
  });

  it('asks in two parts: first what you would enjoy, then what you can do', () => {
    const firstSelfRating = bankItems.findIndex((item) => item.kind === 'self-rating');
    expect(firstSelfRating).toBe(18);
    expect(bankItems.slice(firstSelfRating).every((item) => item.kind === 'self-rating')).toBe(true);
  });

  it('has every item in Thai and in English', () => {
    const texts = bankItems.flatMap((item) => (item.kind === 'scenario' ? [item.a.text, item.b.text] : [item.text]));
    for (const text of texts) {
      expect(text.th).toMatch(/[\u0E00-\u0E7F]/u);
      expect(text.en).not.toMatch(/[\u0E00-\u0E7F]/u);
    }
  });

  it('gives basic computer use to both sides, and every other skill to exactly one', () => {
    expect(bankSkills.filter((skill) => skill.paths.length > 1).map((skill) => skill.id)).toEqual(['basic-computer']);
    for (const path of ['front', 'back'] as const)
      expect(bankSkills.filter((skill) => skill.paths.length === 1 && skill.paths[0] === path)).toHaveLength(7);
  });

  it('asks about speaking and writing to suppliers separately (source fact F18)', () => {
    const skillOf = (id: string) => bankItems.find((item) => item.id === id);
    expect(skillOf('enjoy-phoning')).toMatchObject({ kind: 'preference', path: 'back', skill: 'phone-communication' });
    expect(skillOf('can-phone')).toMatchObject({ kind: 'self-rating', skill: 'phone-communication' });
    expect(skillOf('can-write')).toMatchObject({ kind: 'self-rating', skill: 'written-communication' });
  });

  it('names skills with 2-4 steps of advice, as many in Thai as in English', () => {
    for (const skill of bankSkills) {
      expect(skill.advice.th.length).toBe(skill.advice.en.length);
      expect(skill.advice.en.length).toBeGreaterThanOrEqual(2);
      expect(skill.advice.en.length).toBeLessThanOrEqual(4);
    }
  });
});

describe('questionBankVersion', () => {
  const version = questionBankVersion(scoringItems);

  it('still gives the released 2026-11-26 bank the version its result links carry', () => {
    expect(questionBankVersion(releasedBank20261126.items.map(toScoringItem))).toBe('0d1b8e00');
    expect(releasedBank20261126.version).toBe('0d1b8e00');
  });

  it('changes when the order, a side, a skill, a scenario’s sides or a self-rating’s side changes', () => {
    expect(questionBankVersion([...scoringItems].reverse())).not.toBe(version);
    const [head, ...rest] = scoringItems;
    if (head?.kind !== 'preference') throw new Error('the bank starts with a preference item');
    expect(questionBankVersion([{ ...head, path: 'back' }, ...rest])).not.toBe(version);
    expect(questionBankVersion([{ ...head, skill: 'patience' }, ...rest])).not.toBe(version);
    const swapped = scoringItems.map((item): ScoringItem =>
      item.kind === 'scenario' ? { ...item, a: { ...item.b }, b: { ...item.a } } : item,
    );
    expect(questionBankVersion(swapped)).not.toBe(version);
    const sided = scoringItems.map((item): ScoringItem =>
      item.kind === 'self-rating' ? { ...item, path: 'front' } : item,
    );
    expect(questionBankVersion(sided)).not.toBe(version);
  });

  it('stays when only the wording changes', () => {
    const reworded = bankItems.map((item) =>
      item.kind === 'scenario' ? item : { ...item, text: { th: 'ใหม่', en: 'New' } },
    );
    expect(questionBankVersion(reworded.map(toScoringItem))).toBe(version);
  });
});

describe('findReleasedBankProblems', () => {
  it('accepts the released bank beside today’s', () => {
    expect(findReleasedBankProblems(questionBankVersion(scoringItems), [releasedBank20261126])).toEqual([]);
  });

  it('finds a released bank whose items were edited, and two banks that share a code tag', () => {
    const edited = { ...releasedBank20261126, items: releasedBank20261126.items.slice(1) };
    expect(findReleasedBankProblems('ffff0000', [edited])[0]).toMatch(
      /^released bank 0d1b8e00 was edited: its items now give version [0-9a-f]{8}$/u,
    );
    expect(findReleasedBankProblems('0d1b1234', [releasedBank20261126])).toEqual([
      'released bank 0d1b8e00 shares its code tag "0d1b" with bank 0d1b1234',
    ]);
  });
});

describe('localizeBank', () => {
  it('carries one language only, with explainer links and the band', () => {
    const english = localizeBank(
      bankItems,
      bankSkills,
      bankPaths,
      'en',
      (route) => `/en/${route}`,
      balancedBand(scoringItems),
    );
    expect(JSON.stringify(english)).not.toMatch(/[\u0E00-\u0E7F]/u);
    expect(english.band).toBe(18);
    expect(english.questions[0]).toEqual({
      id: 'enjoy-regulars',
      kind: 'preference',
      path: 'front',
      skill: 'rapport',
      text: 'Making small talk with a regular customer while they wait',
    });
    expect(english.questions[18]).toEqual({
      id: 'can-rapport',
      kind: 'self-rating',
      skill: 'rapport',
      text: 'Putting someone you have just met at ease within a few minutes',
    });
    expect(english.paths.map((path) => path.explainerUrl)).toEqual(['/en/front-office/', '/en/back-office/']);
    const thai = localizeBank(bankItems, bankSkills, bankPaths, 'th', (route) => `/th/${route}`, 18);
    expect(thai.paths[1]?.jobs).toContain('เจ้าหน้าที่ฝ่ายบุคคล');
    expect(thai.version).toBe(english.version);
  });

  it('keeps the side a released bank’s self-rating named', () => {
    const questions = localizeQuestions(releasedBank20261126.items, 'en');
    expect(questions.find((question) => question.id === 'can-booking')).toEqual({
      id: 'can-booking',
      kind: 'self-rating',
      path: 'front',
      skill: 'basic-computer',
      text: 'Using an app or computer to book an appointment or take an order',
    });
  });
});
