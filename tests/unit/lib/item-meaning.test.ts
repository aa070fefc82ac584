import { describe, expect, it } from 'vitest';
import { findItemMeaningProblems } from '../../../src/lib/item-meaning';
import type { BankItem } from '../../../src/lib/quiz-bank';
import { bankItems, bankSkills, releasedBank20261128 } from '../../support/quiz-bank';

describe('findItemMeaningProblems', () => {
  const task = (id: string, path: 'front' | 'back', skill: string, th: string, en: string): BankItem => ({
    id,
    kind: 'preference',
    path,
    skill,
    text: { th, en },
  });

  it('finds nothing wrong with the real bank', () => {
    expect(findItemMeaningProblems(bankItems, bankSkills)).toEqual([]);
  });

  it('finds what was wrong with the bank of 2026-11-28: filing asked as organisation, two IT tasks, a booking app for typing', () => {
    const problems = findItemMeaningProblems(releasedBank20261128.items, bankSkills);
    // "จัดแฟ้มเอกสาร": putting papers in folders is filing, whatever the tag said.
    expect(problems).toContain('task "enjoy-records" (organisation) uses a cue word of "filing-deadlines" (th)');
    expect(problems).toContain('the back side has 2 tasks about an IT skill; at most 1');
    // Booking an appointment in an app is a front-office task, not the typing and files both sides need.
    expect(problems).toContain('item "can-booking" (en) uses no cue word of its skill "basic-computer"');
    // "Handing in paperwork before its deadline" rated organisation's neighbour, never filing itself.
    expect(problems.length).toBeGreaterThan(3);
  });

  it('needs every item, in both languages, to use a word of its own skill', () => {
    const offTopic = task('enjoy-x', 'back', 'numbers', 'ตรวจตัวเลขในใบเสร็จ', 'Tidying the office');
    expect(findItemMeaningProblems([...bankItems, offTopic], bankSkills)).toContain(
      'item "enjoy-x" (en) uses no cue word of its skill "numbers"',
    );
    // A cue is the start of an English word: "pay" is in "payroll", never in "repay".
    const payroll = task('enjoy-y', 'back', 'numbers', 'คิดเงินเดือน', 'Running the payroll');
    const repay = task('enjoy-z', 'back', 'numbers', 'คิดเงินเดือน', 'Asking a client to repay');
    const problems = findItemMeaningProblems([payroll, repay], bankSkills);
    expect(problems).not.toContain('item "enjoy-y" (en) uses no cue word of its skill "numbers"');
    expect(problems).toContain('item "enjoy-z" (en) uses no cue word of its skill "numbers"');
  });

  it('refuses two tasks alike, a third task for one skill, and a second IT task on one side', () => {
    const again = task(
      'enjoy-again',
      'back',
      'numbers',
      'ตรวจตัวเลขในไฟล์ Excel',
      'Checking the figures in an Excel file',
    );
    const third = task('enjoy-third', 'back', 'numbers', 'คิดยอดขาย', 'Working out the week’s sales total');
    const wiring = task('enjoy-wiring', 'back', 'advanced-computer', 'เดินสายเครือข่าย', 'Installing network cables');
    const problems = findItemMeaningProblems([...bankItems, again, third, wiring], bankSkills);
    expect(problems).toContain('tasks "enjoy-spreadsheet" and "enjoy-again" ask about the same thing');
    expect(problems).toContain('skill "numbers" has 4 tasks that decide the side; at most 2');
    expect(problems).toContain('the back side has 2 tasks about an IT skill; at most 1');
    expect(problems).not.toContain('tasks "enjoy-spreadsheet" and "enjoy-third" ask about the same thing');
  });
});
