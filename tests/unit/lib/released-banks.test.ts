import { describe, expect, it } from 'vitest';
import { toScoringItem } from '../../../src/lib/quiz-bank';
import { openResultCode, type ScoringBank } from '../../../src/lib/released-banks';
import { encodeResultCode } from '../../../src/lib/result-code';
import { scoreQuiz } from '../../../src/lib/scoring';
import { referencePeople } from '../../fixtures/reference-people';
import { bankSkills, releasedBank20261126, releasedBank20261128, scoringItems } from '../../support/quiz-bank';
import { questionBankVersion } from '../../../src/lib/quiz-bank';

const today: ScoringBank = { version: questionBankVersion(scoringItems), items: scoringItems };
const earlier: ScoringBank = {
  version: releasedBank20261126.version,
  items: releasedBank20261126.items.map(toScoringItem),
};
const beforeBank3: ScoringBank = {
  version: releasedBank20261128.version,
  items: releasedBank20261128.items.map(toScoringItem),
};
const banks = [today, beforeBank3, earlier];

/**
 * Codes made on 2026-11-27 by the site as it was then (bank 0d1b8e00, 28 questions), before its questions changed,
 * with the answers in them, question by question in that bank's order.
 */
const codesFromTheEarlierBank = [
  { code: '1E0T6WKAY7RF4RH9AFHEJFCB8', answers: '5151115154212551515151515154', outcome: 'front' },
  { code: '1E0T6SFKWEG18268N94G6Y8V0', answers: '1414441422545214141414141412', outcome: 'back' },
  { code: '1E0T6V7Z4HC83H1XP3WSKYE7M', answers: '3425313425313425313425313425', outcome: 'between' },
] as const;

describe('openResultCode', () => {
  it('opens a code made with today’s questions as today’s', () => {
    const person = referencePeople[0];
    if (!person) throw new Error('there are reference people');
    const code = encodeResultCode(
      today.version,
      scoringItems.map((item) => item.id),
      person.answers,
    );
    expect(openResultCode(code, banks)).toEqual({ ok: true, answers: person.answers, bank: today, earlier: false });
  });

  it.each(codesFromTheEarlierBank)('still opens $code, made before the questions changed, as $outcome', (sent) => {
    const opened = openResultCode(sent.code, banks);
    if (!opened.ok) throw new Error(`the code did not open: ${opened.problem}`);
    expect(opened.earlier).toBe(true);
    expect(opened.bank.version).toBe('0d1b8e00');
    const ids = earlier.items.map((item) => item.id);
    expect(ids.map((id) => opened.answers[id]).join('')).toBe(sent.answers);
    expect(scoreQuiz(opened.bank.items, bankSkills, opened.answers).outcome).toBe(sent.outcome);
  });

  it.each([
    { code: '1GNF728D3T7ZRD4Z7BM7V06FE3PR', answers: '242554143521334221434454545523133', outcome: 'back' },
    { code: '1GNF74BZCPQGPF5QH56XM0RSG5SG', answers: '515211415155241155251525255151514', outcome: 'front' },
    { code: '1GNF73S0A4M0QSXCAP3B40B0BDVG', answers: '433233334333233333423432433523134', outcome: 'between' },
  ] as const)('still opens $code, made with the questions of 2026-11-28, as $outcome', (sent) => {
    const opened = openResultCode(sent.code, banks);
    if (!opened.ok) throw new Error(`the code did not open: ${opened.problem}`);
    expect([opened.earlier, opened.bank.version]).toEqual([true, '579c4367']);
    expect(beforeBank3.items.map((item) => opened.answers[item.id]).join('')).toBe(sent.answers);
    expect(scoreQuiz(opened.bank.items, bankSkills, opened.answers).outcome).toBe(sent.outcome);
  });

  it('opens the same code in lower case, with hyphens, as a person may type it', () => {
    expect(openResultCode('1e0t6-wkay7-rf4rh-9afhe-jfcb8', banks)).toMatchObject({ ok: true, earlier: true });
  });

  it('says what is wrong with a code that no bank can read, and refuses one from unknown questions', () => {
    expect(openResultCode('', banks)).toEqual({ ok: false, problem: 'empty' });
    expect(openResultCode('1E0T6WKAY7', banks)).toEqual({ ok: false, problem: 'malformed' });
    expect(openResultCode('1E0T6WKAY7RF4RH9AFHEJFCB9', banks)).toEqual({ ok: false, problem: 'mistyped' });
    const unknown = encodeResultCode('abcd1234', ['a', 'b'], { a: 3 });
    expect(openResultCode(unknown, banks)).toEqual({ ok: false, problem: 'other-questions' });
    // Without the earlier bank, its codes are from questions this page does not know.
    expect(openResultCode('1E0T6WKAY7RF4RH9AFHEJFCB8', [today])).toEqual({ ok: false, problem: 'other-questions' });
  });
});
