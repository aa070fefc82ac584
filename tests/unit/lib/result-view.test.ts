import { describe, expect, it } from 'vitest';
import { buildResultView, reasonKey, resultListNames } from '../../../src/lib/result-view';
import type { AnswerValue } from '../../../src/lib/scoring';
import { referencePeople } from '../../fixtures/reference-people';
import { fitJobs } from '../../support/jobs';
import { bankSkills, scoringItems } from '../../support/quiz-bank';

const skills = bankSkills.map((skill) => ({ id: skill.id, paths: skill.paths }));
const person = (id: string) => {
  const found = referencePeople.find((each) => each.id === id);
  if (!found) throw new Error(`no reference person "${id}"`);
  return found.answers;
};
const jobs = fitJobs('en');
const view = (id: string, earlier = false) => buildResultView(scoringItems, skills, person(id), earlier, jobs);
/** Every example job, in the order the English result page gives them: by way in, then by name. */
const everyJob = [
  'cashier',
  'salesperson',
  'customer-service',
  'receptionist',
  'accountant',
  'admin-officer',
  'data-entry-clerk',
  'claims-processor',
  'hr-administrator',
  'network-administrator',
  'legal-counsel',
];

describe('buildResultView', () => {
  it('shows, for a clear front-office lean, the verdict, its sentences, both lists and front-office jobs only', () => {
    const shown = view('hotel-receptionist');
    expect(shown.variants).toEqual([
      'result.summary.front.clear',
      'result.verdict.front',
      'result.strength.clear',
      'result.position',
      'result.why',
      'result.skills',
      'result.develop.intro',
      'result.strengths',
      'result.otherNotYet',
      'result.jobs.ranked',
      'result.jobs.more.front',
    ]);
    expect(shown.values).toMatchObject({
      'score-front': 88.6,
      'score-back': 13.6,
      difference: 75,
      answered: 33,
      total: 33,
      band: 18,
      same: 9,
      // The summary's picture: whole scores, and the marker a quarter of the way from the front end (88.6 - 13.6 = 75,
      // half of it left of the middle).
      'whole-front': 89,
      'whole-back': 14,
      position: 12.5,
      'skill.basic-computer': 2,
      'skill.rapport': 5,
      'answer.can-type': 2,
      'answer.choose-hotel-pay': 1,
    });
    // Her ratings of each front-office job's key skills: salesperson 4, 5, 4, 4 (4.25); customer service 4, 4, 4, 4
    // (4); receptionist 5, 4, 4, 2 (3.75); cashier 5, 4, 2 (3.67). Computers, rated "A little", is what two of them need.
    expect(shown.lists.jobs).toEqual(['salesperson', 'customer-service', 'receptionist', 'cashier']);
    expect(shown.jobGaps).toEqual({
      salesperson: [],
      'customer-service': [],
      receptionist: ['basic-computer'],
      cashier: ['basic-computer'],
    });
    expect(shown.lists.develop).toEqual(['basic-computer']);
    expect(shown.lists.otherNotYet).toEqual(['advanced-computer']);
    expect(shown.lists.reasons).toEqual([
      'enjoy-regulars',
      'enjoy-planning',
      'choose-hotel-pay:a',
      'enjoy-listening',
      'enjoy-paperwork',
      'choose-invoices-calls:b',
      'enjoy-promoting',
      'enjoy-network',
      'enjoy-chatting',
    ]);
    expect(shown.answerLabels['skill.basic-computer']).toBe('quiz.scale.selfRating.2');
    expect(shown.answerLabels['choose-hotel-pay']).toBe('quiz.scale.scenario.1');
    expect(shown.answerLabels['enjoy-regulars']).toBe('quiz.scale.preference.5');
    // A "why" entry shows the task chosen, so it says how firmly, not "Definitely A" (1 and 5 for sure, 2 and 4 leaning).
    expect(shown.answerLabels['choice.choose-hotel-pay']).toBe('result.why.choice.sure');
    expect(shown.answerLabels['choice.choose-invoices-calls']).toBe('result.why.choice.sure');
    expect(shown.answerLabels['choice.choose-chat-letter']).toBe('result.why.choice.leaning');
    expect(shown.answerLabels['choice.choose-tracking-warranty']).toBe('result.why.choice.leaning');
    expect(shown.answerLabels['choice.enjoy-regulars']).toBeUndefined();
    expect(shown.lists.answers).toEqual(scoringItems.map((item) => item.id));
  });

  it('says a moderate lean in its own words, and shows "none" sentences where a list is empty', () => {
    expect(view('shop-assistant').variants.slice(0, 3)).toEqual([
      'result.summary.front.moderate',
      'result.verdict.front',
      'result.strength.moderate',
    ]);
    const trainee = view('claims-trainee');
    expect(trainee.variants).toEqual([
      'result.summary.back.clear',
      'result.verdict.back',
      'result.strength.clear',
      'result.position',
      'result.mismatch.back',
      'result.why',
      'result.skills',
      'result.develop.intro',
      'result.strengths.none',
      'result.otherStrengths',
      'result.jobs.ranked',
      'result.jobs.more.back',
    ]);
    // Her people skills average 2.9, her office skills 1.7: the result says so, with both numbers.
    expect([trainee.values['mean-front'], trainee.values['mean-back']]).toEqual([2.9, 1.7]);
    expect(view('ward-clerk').values['mean-front']).toBeUndefined();
    // No strength for desk work yet, but friendliness rated "Well" is one she brings anyway.
    expect(trainee.lists.otherStrengths).toEqual(['friendliness']);
    expect(trainee.lists.jobs).toHaveLength(7);
    const allWell = Object.fromEntries(
      Object.entries(person('hotel-receptionist')).map(([id, answer]) => [id, id === 'can-type' ? 4 : answer]),
    ) as Record<string, AnswerValue>;
    expect(buildResultView(scoringItems, skills, allWell).variants).toContain('result.develop.none');
  });

  it.each([
    ['likes-everything', 'both'],
    ['likes-nothing-yet', 'neither'],
    ['in-between', 'between'],
  ])('names the kind of balanced outcome for %s and shows jobs on both sides', (id, outcome) => {
    const shown = view(id);
    expect(shown.variants.slice(0, 3)).toEqual([
      `result.summary.${outcome}`,
      `result.verdict.${outcome}`,
      'result.strength.none',
    ]);
    expect([...shown.lists.jobs].sort()).toEqual([...everyJob].sort());
    expect(shown.variants).toEqual(
      expect.arrayContaining(['result.jobs.ranked', 'result.jobs.more.front', 'result.jobs.more.back']),
    );
  });

  it.each(referencePeople.map((each) => [each.id, each] as const))(
    'places %s on the picture where the verdict says: in the middle stretch exactly when no side stands out',
    (_id, each) => {
      const shown = buildResultView(scoringItems, skills, each.answers);
      const { outcome, band, scores } = shown.result;
      if (outcome === 'unclear') return expect(shown.variants).not.toContain('result.position');
      const position = shown.values['position'] ?? Number.NaN;
      expect(shown.variants).toContain('result.position');
      expect(position).toBeGreaterThanOrEqual(0);
      expect(position).toBeLessThanOrEqual(100);
      if (outcome === 'front') expect(position).toBeLessThanOrEqual(50 - band / 2);
      else if (outcome === 'back') expect(position).toBeGreaterThanOrEqual(50 + band / 2);
      else expect(Math.abs(position - 50)).toBeLessThan(band / 2);
      // Whole scores are within half a point of the exact ones (worksheet.test.ts checks them against its arithmetic).
      for (const side of ['front', 'back'] as const) {
        const whole = shown.values[`whole-${side}`] ?? Number.NaN;
        expect(Number.isInteger(whole)).toBe(true);
        expect(Math.abs(whole - scores[side])).toBeLessThanOrEqual(0.55);
      }
    },
  );

  it('gives answers that are all alike no verdict, no reasons and no lists, only the note', () => {
    const shown = view('middle-everywhere');
    expect(shown.variants).toEqual([
      'result.summary.unclear',
      'result.verdict.unclear',
      'result.note.same-answer',
      'result.why.none',
      'result.skills.none',
      'result.jobs.unclear',
      'result.jobs.more.front',
      'result.jobs.more.back',
    ]);
    for (const name of ['reasons', 'develop', 'strengths', 'otherStrengths', 'otherNotYet'] as const)
      expect(shown.lists[name]).toEqual([]);
    // Every job, not ordered for the person, and nothing to practise: answers all alike tell no skill from another.
    expect([shown.lists.jobs, shown.jobGaps]).toEqual([everyJob, {}]);
  });

  it('gives a half-finished quiz no verdict, and no lists when no skill was rated', () => {
    const shown = view('half-finished');
    expect(shown.variants).toEqual([
      'result.summary.unclear',
      'result.verdict.unclear',
      'result.note.too-few-answers',
      'result.why.none',
      'result.skills.none',
      'result.jobs.unclear',
      'result.jobs.more.front',
      'result.jobs.more.back',
    ]);
    expect(shown.values).toMatchObject({ answered: 6, total: 33 });
    // No picture of where the answers sit: they sit nowhere yet.
    expect(shown.variants).not.toContain('result.position');
    expect(shown.values['answer.enjoy-phoning']).toBeUndefined();
    expect(Object.keys(shown.values).filter((name) => name.startsWith('skill.'))).toEqual([]);
  });

  it('carries the little-variety note with the count, and says when the code came from earlier questions', () => {
    const shown = view('quite-a-lot-everywhere', true);
    expect(shown.variants).toContain('result.note.little-variety');
    expect(shown.variants).toContain('result.note.earlier-bank');
    expect(shown.values['same']).toBe(27);
    expect(view('quite-a-lot-everywhere').variants).not.toContain('result.note.earlier-bank');
  });

  it('speaks of both kinds of work when no side stands out, and gives no reasons then', () => {
    const shown = view('likes-nothing-yet');
    expect(shown.variants).toEqual([
      'result.summary.neither',
      'result.verdict.neither',
      'result.strength.none',
      'result.position',
      'result.why.none',
      'result.skills',
      'result.develop.intro-both',
      'result.strengths-both',
      'result.jobs.ranked',
      'result.jobs.more.front',
      'result.jobs.more.back',
    ]);
    expect(shown.lists.reasons).toEqual([]);
    const everything = view('likes-everything');
    expect(everything.variants).toContain('result.develop.intro-both');
    expect(everything.variants).toContain('result.strengths-both');
  });

  it('says a side’s result also enjoys the other side when that score is above the middle', () => {
    const answers = {
      ...person('hotel-receptionist'),
      'enjoy-spreadsheet': 5,
      'enjoy-planning': 5,
      'enjoy-phoning': 5,
    };
    const shown = buildResultView(scoringItems, skills, answers as Record<string, AnswerValue>);
    expect(shown.result.outcome).toBe('front');
    expect(shown.result.scores.back).toBeLessThanOrEqual(50);
    expect(shown.variants).not.toContain('result.also.back');
    const keen = {
      ...answers,
      'enjoy-suppliers': 5,
      'enjoy-paperwork': 5,
      'enjoy-accounting-program': 5,
      'enjoy-network': 4,
    } as Record<string, AnswerValue>;
    const keenView = buildResultView(scoringItems, skills, keen);
    expect(keenView.result).toMatchObject({ outcome: 'front', strength: 'moderate', scores: { back: 65.9 } });
    expect(keenView.variants).toContain('result.also.back');
    expect(view('accounts-clerk').variants).not.toContain('result.also.front');
  });

  it('names the skills the bank that made the code never asked about, and writes the clear-lean gap', () => {
    const earlierItems = scoringItems.filter((item) => item.id !== 'can-phone');
    const shown = buildResultView(earlierItems, skills, person('accounts-clerk'));
    expect(shown.notAsked).toEqual(['phone-communication']);
    expect(view('accounts-clerk').notAsked).toEqual([]);
    expect(shown.values['clear']).toBe(36);
  });

  it('says a skill list is missing because part 2 was not answered, when only part 1 was', () => {
    const partOne = Object.fromEntries(
      Object.entries(person('accounts-clerk')).filter(([id]) => !id.startsWith('can-')),
    ) as Record<string, AnswerValue>;
    const shown = buildResultView(scoringItems, skills, partOne, false, jobs);
    expect(shown.result.outcome).toBe('back');
    expect(shown.variants.slice(-3)).toEqual(['result.skills.unrated', 'result.jobs.unrated', 'result.jobs.more.back']);
    // The back-office jobs, none ordered for her: by way in, then by name, with nothing to practise named.
    expect([shown.lists.jobs, shown.jobGaps]).toEqual([everyJob.slice(4), {}]);
  });

  it.each(referencePeople.filter((each) => each.jobs !== undefined))(
    '$id: lists first, in both languages, the jobs worked out by hand, with the skills to practise for them',
    ({ answers, jobs: expected }) => {
      for (const locale of ['th', 'en'] as const) {
        const shown = buildResultView(scoringItems, skills, answers, false, fitJobs(locale));
        expect(shown.lists.jobs.slice(0, expected?.first.length)).toEqual(expected?.first);
        for (const [job, gaps] of Object.entries(expected?.gaps ?? {}))
          expect([job, shown.jobGaps[job]]).toEqual([job, gaps]);
      }
    },
  );

  it('has a list for every list name the page holds', () => {
    expect(Object.keys(view('accounts-clerk').lists).sort()).toEqual([...resultListNames].sort());
  });
});

describe('reasonKey', () => {
  it('names the option a scenario answer leaned to', () => {
    const scenario = scoringItems.find((item) => item.kind === 'scenario');
    const plain = scoringItems.find((item) => item.kind !== 'scenario');
    if (!scenario || !plain) throw new Error('the bank has both kinds');
    expect(reasonKey(scenario, 1)).toBe(`${scenario.id}:a`);
    expect(reasonKey(scenario, 3)).toBe(`${scenario.id}:a`);
    expect(reasonKey(scenario, 4)).toBe(`${scenario.id}:b`);
    expect(reasonKey(plain, 5)).toBe(plain.id);
  });
});
