import { describe, expect, it } from 'vitest';
import {
  findQuizBankProblems,
  localizeBank,
  questionBankVersion,
  toScoringItem,
  type BankItem,
} from '../../../src/lib/quiz-bank';
import { balancedBand } from '../../../src/lib/scoring';
import { bankItems, bankPaths, bankSkills, scoringItems } from '../../support/quiz-bank';

describe('the real question bank', () => {
  it('is sound: 20-32 items, known skills, every skill asked, no negated wording', () => {
    expect(findQuizBankProblems(bankItems, bankSkills)).toEqual([]);
    expect(bankItems).toHaveLength(28);
  });

  it('asks about every skill of the model and has both kinds of item, plus scenarios', () => {
    const asked = new Set(bankItems.flatMap((item) => (item.kind === 'scenario' ? [] : [item.skill])));
    expect(bankSkills.filter((skill) => !asked.has(skill.id)).map((skill) => skill.id)).toEqual([]);
    const kinds = bankItems.map((item) => item.kind);
    expect(kinds.filter((kind) => kind === 'preference')).toHaveLength(10);
    expect(kinds.filter((kind) => kind === 'self-rating')).toHaveLength(14);
    expect(kinds.filter((kind) => kind === 'scenario')).toHaveLength(4);
  });

  it('has every item in Thai and in English', () => {
    const texts = bankItems.flatMap((item) => (item.kind === 'scenario' ? [item.a.text, item.b.text] : [item.text]));
    for (const text of texts) {
      expect(text.th).toMatch(/[\u0E00-\u0E7F]/u);
      expect(text.en).not.toMatch(/[\u0E00-\u0E7F]/u);
    }
  });

  it('names skills for both paths, with 2-4 steps of advice in each language', () => {
    for (const path of ['front', 'back'] as const)
      expect(bankSkills.some((skill) => skill.paths.includes(path))).toBe(true);
    for (const skill of bankSkills) {
      expect(skill.advice.th.length).toBe(skill.advice.en.length);
      expect(skill.advice.en.length).toBeGreaterThanOrEqual(2);
      expect(skill.advice.en.length).toBeLessThanOrEqual(4);
    }
  });
});

describe('findQuizBankProblems', () => {
  const first = bankItems[0] as BankItem & { kind: 'preference' };

  it('finds a duplicate id, an unknown skill, a negated item and an unasked skill', () => {
    const broken: BankItem[] = [
      ...bankItems.filter((item) => !(item.kind !== 'scenario' && item.skill === 'patience')),
      { ...first },
      { ...first, id: 'extra-one', skill: 'juggling' },
      { ...first, id: 'extra-two', text: { th: 'ก', en: 'Not liking crowds' } },
    ];
    expect(findQuizBankProblems(broken, bankSkills)).toEqual([
      'item id "enjoy-welcoming" is used twice',
      'item "extra-one" names unknown skill "juggling"',
      'item "extra-two" is worded negatively',
      'skill "patience" has no preference or self-rating item',
    ]);
  });

  it('finds a bank that is too short', () => {
    expect(findQuizBankProblems(bankItems.slice(0, 5), bankSkills)[0]).toBe('the bank has 5 items; it needs 20-32');
  });
});

describe('questionBankVersion', () => {
  const version = questionBankVersion(scoringItems);

  it('is 8 hex digits and the same every time', () => {
    expect(version).toMatch(/^[0-9a-f]{8}$/u);
    expect(questionBankVersion(bankItems.map(toScoringItem))).toBe(version);
  });

  it('changes when the order, a path or a skill changes', () => {
    expect(questionBankVersion([...scoringItems].reverse())).not.toBe(version);
    const [head, ...rest] = scoringItems;
    if (head?.kind === 'scenario' || head === undefined) throw new Error('the bank starts with a preference item');
    expect(questionBankVersion([{ ...head, path: 'back' }, ...rest])).not.toBe(version);
    expect(questionBankVersion([{ ...head, skill: 'patience' }, ...rest])).not.toBe(version);
  });

  it('stays when only the wording changes', () => {
    const reworded = bankItems.map((item) =>
      item.kind === 'scenario' ? item : { ...item, text: { th: 'ใหม่', en: 'New' } },
    );
    expect(questionBankVersion(reworded.map(toScoringItem))).toBe(version);
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
    expect(english.band).toBe(15);
    expect(english.questions[0]).toEqual({
      id: 'enjoy-welcoming',
      kind: 'preference',
      path: 'front',
      skill: 'rapport',
      text: 'Welcoming visitors and making them feel at home',
    });
    expect(english.paths.map((path) => path.explainerUrl)).toEqual(['/en/front-office/', '/en/back-office/']);
    const thai = localizeBank(bankItems, bankSkills, bankPaths, 'th', (route) => `/th/${route}`, 15);
    expect(thai.paths[1]?.jobs).toContain('นักบัญชี');
    expect(thai.version).toBe(english.version);
  });
});
