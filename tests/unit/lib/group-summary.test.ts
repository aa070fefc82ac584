import { describe, expect, it } from 'vitest';
import { findResultCodes } from '../../../src/lib/group-links';
import {
  mostCommon,
  peoplePerConsistencyStep,
  readGroupEntry,
  summarizeGroup,
  summarizingPeople,
  type GroupPerson,
} from '../../../src/lib/group-summary';
import { questionBankVersion, toScoringItem } from '../../../src/lib/quiz-bank';
import type { ScoringBank } from '../../../src/lib/released-banks';
import { cronbachAlpha } from '../../../src/lib/reliability';
import { encodeResultCode, groupResultCode } from '../../../src/lib/result-code';
import type { AnswerValue } from '../../../src/lib/scoring';
import { referencePeople } from '../../fixtures/reference-people';
import { mulberry32 } from '../../../src/lib/random';
import { bankSkills, releasedBank20261126, scoringItems } from '../../support/quiz-bank';

const today: ScoringBank = { version: questionBankVersion(scoringItems), items: scoringItems };
const earlier: ScoringBank = {
  version: releasedBank20261126.version,
  items: releasedBank20261126.items.map(toScoringItem),
};
const banks = [today, earlier];
const skills = bankSkills.map((skill) => ({ id: skill.id, paths: skill.paths }));
const ids = scoringItems.map((item) => item.id);
const codeOf = (answers: Record<string, AnswerValue>) => encodeResultCode(today.version, ids, answers);
const summarize = (text: string) => summarizeGroup(findResultCodes(text).entries, banks, skills);

/** A made-up person whose answers follow from a number: varied, never all alike, leaning one way or the other. */
function personNumber(n: number): Record<string, AnswerValue> {
  const lean = n % 3; // 0 front, 1 back, 2 no lean
  const random = mulberry32(n + 1);
  return Object.fromEntries(
    scoringItems.map((item) => {
      const wobble = Math.floor(random() * 3) - 1; // -1, 0 or 1
      const clamp = (value: number) => Math.min(5, Math.max(1, value)) as AnswerValue;
      if (item.kind === 'self-rating') return [item.id, clamp(Math.floor(random() * 5) + 1)];
      const towards = lean === 2 ? 3 : 4;
      if (item.kind === 'scenario') {
        const bWanted = lean === 1 ? item.b.path === 'back' : lean === 0 ? item.b.path === 'front' : n % 2 === 0;
        return [item.id, clamp((bWanted ? towards : 6 - towards) + wobble)];
      }
      const wanted = lean === 2 ? true : (item.path === 'front') === (lean === 0);
      return [item.id, clamp((wanted ? towards : 6 - towards) + wobble)];
    }),
  );
}

describe('summarizeGroup', () => {
  it('scores every reference person exactly as their own result page does, and counts each outcome', () => {
    const text = referencePeople
      .map(
        (person, index) => `10:${10 + index}\tคนที่ ${index + 1}\thttps://x.example/th/result/#${codeOf(person.answers)}`,
      )
      .join('\n');
    const summary = summarize(text);
    expect(summary.unread).toEqual([]);
    expect(summary.people).toHaveLength(referencePeople.length);
    // What a counsellor who knows each reference person expects, written by hand in the fixture.
    for (const [index, person] of referencePeople.entries()) {
      const shown = summary.people[index];
      expect([person.id, shown?.result.outcome]).toEqual([person.id, person.outcome]);
      expect([person.id, shown?.result.toDevelop]).toEqual([person.id, person.toDevelop]);
      expect([person.id, shown?.result.strengths]).toEqual([person.id, person.strengths]);
      expect(shown?.line).toBe(index + 1);
    }
    const expected: Record<string, number> = { front: 0, back: 0, both: 0, between: 0, neither: 0, unclear: 0 };
    for (const person of referencePeople) expected[person.outcome] = (expected[person.outcome] ?? 0) + 1;
    expect(summary.outcomes).toEqual(expected);
    expect(Object.values(summary.outcomes).reduce((total, count) => total + count, 0)).toBe(referencePeople.length);
  });

  it('counts a person who sent their link twice once, and says why every other code could not be read', () => {
    const front = codeOf(personNumber(0));
    const back = codeOf(personNumber(1));
    const typo = `${back.slice(0, 10)}${back[10] === 'A' ? 'B' : 'A'}${back.slice(11)}`;
    const otherSite = encodeResultCode('0000beef', ids, personNumber(2));
    const text = [
      `สมชาย https://x.example/th/result/#${groupResultCode(front)}`,
      `สมชาย ส่งซ้ำค่ะ ${front.toLowerCase()}`,
      `นิด https://x.example/en/result/detail/#${back}`,
      `ตัดหาย https://x.example/th/result/#${front.slice(0, 12)}`,
      `พิมพ์ผิด ${typo}`,
      `เว็บอื่น https://x.example/th/result/#${otherSite}`,
      'ลิงก์ว่าง https://x.example/th/result/#',
    ].join('\n');
    const summary = summarize(text);
    expect(summary.people.map((person) => [person.code, person.count, person.line])).toEqual([
      [front, 2, 1],
      [back, 1, 3],
    ]);
    expect(summary.unread.map((entry) => [entry.line, entry.problem])).toEqual([
      [4, 'malformed'],
      [5, 'mistyped'],
      [6, 'other-questions'],
      [7, 'empty'],
    ]);
    expect(summary.unread[1]?.raw).toBe(typo);
  });

  it('opens a code from the earlier question bank with that bank, and marks it earlier', () => {
    const sent = '1E0T6SFKWEG18268N94G6Y8V0'; // made on 2026-11-27 with bank 0d1b8e00: a back-office lean
    const summary = summarize(`old link https://x.example/th/result/#${sent}\n${codeOf(personNumber(0))}`);
    expect(summary.people.map((person) => [person.bankVersion, person.earlier, person.result.outcome])).toEqual([
      [earlier.version, true, 'back'],
      [today.version, false, 'front'],
    ]);
  });

  it('places each person where their result page draws them, from front office (0) to back office (100)', () => {
    const summary = summarize([0, 1, 2].map((n) => codeOf(personNumber(n))).join('\n'));
    for (const person of summary.people) expect(person.position).toBe(50 - person.result.difference / 2);
    expect(summary.people[0]?.position).toBeLessThan(50);
    expect(summary.people[1]?.position).toBeGreaterThan(50);
  });

  it('counts each skill in the lists people have, and lists the most common first with equals in model order', () => {
    // The reference people, whose lists are written by hand in the fixture: each skill counted from those lists.
    const summary = summarize(referencePeople.map((person) => codeOf(person.answers)).join('\n'));
    for (const count of summary.skills) {
      expect([count.skill, count.toDevelop]).toEqual([
        count.skill,
        referencePeople.filter((person) => person.toDevelop.includes(count.skill)).length,
      ]);
      expect([count.skill, count.strength]).toEqual([
        count.skill,
        referencePeople.filter((person) => person.strengths.includes(count.skill)).length,
      ]);
    }
    expect(summary.skills.some((count) => count.toDevelop > 1)).toBe(true);
    const develop = mostCommon(summary.skills, 'toDevelop');
    expect(develop.length).toBeGreaterThan(1);
    expect(develop.every((count) => count.toDevelop > 0)).toBe(true);
    const order = skills.map((skill) => skill.id);
    for (const [index, count] of develop.entries()) {
      const next = develop[index + 1];
      if (!next) break;
      expect(count.toDevelop).toBeGreaterThanOrEqual(next.toDevelop);
      if (count.toDevelop === next.toDevelop)
        expect(order.indexOf(count.skill)).toBeLessThan(order.indexOf(next.skill));
    }
  });

  it('gives each side’s consistency only from 20 people who answered all its questions with today’s bank', () => {
    const nineteen = Array.from({ length: 19 }, (_, n) => codeOf(personNumber(n)));
    const few = summarize(nineteen.join('\n'));
    expect(few.consistency.front).toMatchObject({ alpha: null, people: 19 });
    expect(few.consistency.back).toMatchObject({ alpha: null, people: 19 });

    // One more person, but one who skipped a front-office question, and one from the earlier bank: still 19 each.
    const frontItem = scoringItems.find((item) => item.kind === 'preference' && item.path === 'front');
    if (!frontItem) throw new Error('the bank has a front-office preference');
    const skipped = Object.fromEntries(Object.entries(personNumber(19)).filter(([id]) => id !== frontItem.id));
    const withGaps = summarize([...nineteen, codeOf(skipped), '1E0T6SFKWEG18268N94G6Y8V0'].join('\n'));
    expect(withGaps.people).toHaveLength(21);
    expect(withGaps.consistency.front).toMatchObject({ alpha: null, people: 19 });
    expect(withGaps.consistency.back.people).toBe(20);
    expect(withGaps.consistency.back.alpha).not.toBeNull();

    // The alpha is Cronbach's over each person's evidence for the side, item by item, in bank order.
    const twenty = Array.from({ length: 20 }, (_, n) => personNumber(n));
    const full = summarize(twenty.map(codeOf).join('\n'));
    const frontItems = scoringItems.filter(
      (item) => item.kind === 'scenario' || (item.kind === 'preference' && item.path === 'front'),
    );
    const evidence = (item: (typeof frontItems)[number], answer: AnswerValue) =>
      item.kind === 'scenario' ? (item.a.path === 'front' ? 1 - (answer - 1) / 4 : (answer - 1) / 4) : (answer - 1) / 4;
    const rows = twenty.map((answers) => frontItems.map((item) => evidence(item, answers[item.id] ?? 3)));
    expect(full.consistency.front.items).toBe(frontItems.length);
    expect(full.consistency.front.alpha).toBeCloseTo(cronbachAlpha(rows) ?? Number.NaN, 10);
    // People who lean consistently make the items agree: the alpha is high, as the test group was built to be.
    expect(full.consistency.front.alpha).toBeGreaterThan(0.7);
  });

  it('returns an empty summary for text with no codes, with every outcome at 0', () => {
    const summary = summarize('สวัสดีค่ะ ยังไม่มีใครส่งผลมาเลย\n0812345678');
    expect(summary.people).toEqual([]);
    expect(summary.unread).toEqual([]);
    expect(summary.outcomes).toEqual({ front: 0, back: 0, both: 0, between: 0, neither: 0, unclear: 0 });
    expect(mostCommon(summary.skills, 'strength')).toEqual([]);
    expect(summary.consistency.front.alpha).toBeNull();
  });
});

describe('summarizingPeople', () => {
  const peopleNumbered = (count: number) =>
    Array.from({ length: count }, (_, n) => {
      const read = readGroupEntry(
        { code: codeOf(personNumber(n)), raw: '', line: n + 1, kind: 'code', count: 1 },
        banks,
        skills,
      );
      if ('problem' in read) throw new Error(`person ${n} did not open: ${read.problem}`);
      return read;
    });
  const runSteps = (people: GroupPerson[]) => {
    const steps = summarizingPeople(people, [], banks, skills);
    let stops = 0;
    let step = steps.next();
    while (!step.done) {
      stops++;
      step = steps.next();
    }
    return { stops, summary: step.value };
  };

  /** The outcomes of a group, counted here from each person's own result. */
  const outcomesOf = (people: GroupPerson[]) => {
    const counted: Record<string, number> = { front: 0, back: 0, both: 0, between: 0, neither: 0, unclear: 0 };
    for (const person of people) counted[person.result.outcome] = (counted[person.result.outcome] ?? 0) + 1;
    return counted;
  };
  /** At least a stop a side; at most one a side for every peoplePerConsistencyStep people (a step size may change). */
  const expectStopsFor = (stops: number, count: number) => {
    expect(stops).toBeGreaterThanOrEqual(2);
    expect(stops).toBeLessThanOrEqual(2 * Math.ceil(Math.max(count, 1) / peoplePerConsistencyStep));
  };

  it('stops between its steps, each side’s consistency in a step of its own, and counts everyone', () => {
    const people = peopleNumbered(45);
    const { stops, summary } = runSteps(people);
    expectStopsFor(stops, 45);
    expect(summary.people).toEqual(people);
    expect(summary.outcomes).toEqual(outcomesOf(people));
    // Leaning people were made in thirds: the steps counted them, not an empty summary that happens to agree.
    expect(summary.outcomes.front + summary.outcomes.back).toBeGreaterThan(20);
    expect(summary.consistency.back.alpha).not.toBeNull();
  });

  it.each([peoplePerConsistencyStep, peoplePerConsistencyStep + 1, 2 * peoplePerConsistencyStep + 50])(
    'reads a side of %i people in steps of at most peoplePerConsistencyStep, and counts every one of them',
    (count) => {
      const people = peopleNumbered(count);
      const { stops, summary } = runSteps(people);
      expectStopsFor(stops, count);
      // More people than a step holds take more stops than the two a small group takes.
      if (count > peoplePerConsistencyStep) expect(stops).toBeGreaterThan(2);
      expect(summary.outcomes).toEqual(outcomesOf(people));
      // Everyone answered today's whole bank: each side's consistency counted every one of them, across the steps.
      expect(summary.consistency.front.people).toBe(count);
      expect(summary.consistency.back.people).toBe(count);
    },
  );

  it('goes through the same steps for an empty group, and counts every outcome at 0', () => {
    const { stops, summary } = runSteps([]);
    // A step a side even for nobody, as for a small group: the page's loop never meets a different shape.
    expectStopsFor(stops, 0);
    expect(summary.outcomes).toEqual({ front: 0, back: 0, both: 0, between: 0, neither: 0, unclear: 0 });
    // Nobody to compare, but the side still counts its questions: scenarios and its own preferences.
    const frontItems = scoringItems.filter(
      (item) => item.kind === 'scenario' || (item.kind === 'preference' && item.path === 'front'),
    );
    expect(summary.consistency.front).toEqual({ alpha: null, people: 0, items: frontItems.length });
  });
});
