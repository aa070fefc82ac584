import { describe, expect, it } from 'vitest';
import { peopleCounter } from '../../../src/components/group/people-count';
import type { FoundCode } from '../../../src/lib/group-links';
import { questionBankVersion, toScoringItem } from '../../../src/lib/quiz-bank';
import type { ScoringBank } from '../../../src/lib/released-banks';
import { encodeResultCode } from '../../../src/lib/result-code';
import type { AnswerValue } from '../../../src/lib/scoring';
import { releasedBank20261126, scoringItems } from '../../support/quiz-bank';

const today: ScoringBank = { version: questionBankVersion(scoringItems), items: scoringItems };
const earlier: ScoringBank = {
  version: releasedBank20261126.version,
  items: releasedBank20261126.items.map(toScoringItem),
};
const ids = today.items.map((item) => item.id);
const codeOf = (n: number) =>
  encodeResultCode(
    today.version,
    ids,
    Object.fromEntries(ids.map((id, k) => [id, (((n + k) % 5) + 1) as AnswerValue])),
  );
const entry = (code: string, line: number): FoundCode => ({ code, raw: code, line, kind: 'link', count: 1 });

describe('peopleCounter', () => {
  it('counts the results that open as people, and cut-short, mistyped or empty links apart, once learnt', async () => {
    const good = [codeOf(1), codeOf(2), codeOf(3), '1E0T6SFKWEG18268N94G6Y8V0'];
    const bad = [codeOf(4).slice(0, 14), '', `${codeOf(5).slice(0, -1)}${codeOf(5).endsWith('A') ? 'B' : 'A'}`];
    const entries = [...good, ...bad].map((code, index) => entry(code, index + 1));
    const { learn, countOf } = peopleCounter([today, earlier]);
    expect(countOf(entries)).toBeUndefined();
    await learn(entries);
    expect(countOf(entries)).toEqual({ people: 4, unread: 3 });
    expect(countOf(entries.slice(0, 2))).toEqual({ people: 2, unread: 0 });
    // Without the earlier bank, its person's code does not open.
    const todayOnly = peopleCounter([today]);
    await todayOnly.learn(entries);
    expect(todayOnly.countOf(entries)).toEqual({ people: 3, unread: 4 });
  });
});
