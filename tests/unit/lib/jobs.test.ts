import { describe, expect, it } from 'vitest';
import { byWayIn, findJobPageProblems, jobPageFromId } from '../../../src/lib/jobs';

const paths = [
  { id: 'front', jobs: ['cashier'] },
  { id: 'back', jobs: ['accountant'] },
];
const skills = ['patience', 'numbers'];
const page = (id: string, path: string, pageSkills = ['patience'], entry = 'none', facts = ['F8']) => ({
  id,
  path,
  skills: pageSkills,
  entry,
  facts,
  shiftWork: false,
});
const complete = [
  page('th/cashier', 'front'),
  page('en/cashier', 'front'),
  page('th/accountant', 'back', ['numbers'], 'vocational', ['F12']),
  page('en/accountant', 'back', ['numbers'], 'vocational', ['F12']),
];

describe('jobPageFromId', () => {
  it('reads the language and the job', () => {
    expect(jobPageFromId('en/data-entry-clerk')).toEqual({ locale: 'en', job: 'data-entry-clerk' });
  });

  it.each(['fr/cashier', 'cashier', 'th/', 'th/jobs/cashier'])('refuses "%s"', (id) => {
    expect(() => jobPageFromId(id)).toThrow(/content\/jobs\/<th\|en>\/<job id>\.md/u);
  });
});

describe('findJobPageProblems', () => {
  it('finds nothing when every job has its pages, on its side, saying the same in both languages', () => {
    expect(findJobPageProblems(complete, paths, skills)).toEqual([]);
  });

  it('names a job without a page in a language', () => {
    expect(findJobPageProblems(complete.slice(1), paths, skills)).toEqual([
      'th/cashier: missing (every job needs a page in every language)',
    ]);
  });

  it('names a page about a job the paths do not list, on the wrong side, or with an unknown skill', () => {
    expect(
      findJobPageProblems(
        [...complete, page('th/chef', 'front'), page('en/chef', 'front')].map((each) =>
          each.id.endsWith('accountant') ? { ...each, path: 'front', skills: ['maths'] } : each,
        ),
        paths,
        skills,
      ),
    ).toEqual([
      'th/accountant: path is front, but paths.yaml lists it under back',
      'th/accountant: unknown skill "maths"',
      'en/accountant: path is front, but paths.yaml lists it under back',
      'en/accountant: unknown skill "maths"',
      'th/chef: no job "chef" in content/quiz/paths.yaml',
      'en/chef: no job "chef" in content/quiz/paths.yaml',
    ]);
  });

  it('names an English page that says something else than the Thai one', () => {
    const english = complete.map((each) =>
      each.id === 'en/cashier' ? { ...each, skills: ['numbers'], entry: 'degree', facts: ['F7'] } : each,
    );
    expect(findJobPageProblems(english, paths, skills)).toEqual([
      'en/cashier: skills not the same as th/cashier',
      'en/cashier: entry not the same as th/cashier',
      'en/cashier: facts not the same as th/cashier',
    ]);
  });

  it('names an English page that does not say, as the Thai one does, that the job means shift work', () => {
    const shifts = complete.map((each) => (each.id === 'th/cashier' ? { ...each, shiftWork: true } : each));
    expect(findJobPageProblems(shifts, paths, skills)).toEqual(['en/cashier: shiftWork not the same as th/cashier']);
  });
});

describe('byWayIn', () => {
  it('puts the jobs open with less schooling first, then orders by name in the reader’s language', () => {
    const jobs = [
      { wayIn: 'degree', name: 'นิติกร' },
      { wayIn: 'higher-vocational', name: 'เจ้าหน้าที่ฝ่ายบุคคล' },
      { wayIn: 'none', name: 'พนักงานขาย' },
      { wayIn: 'secondary', name: 'พนักงานต้อนรับ' },
      { wayIn: 'none', name: 'แคชเชียร์' },
      { wayIn: 'higher-vocational', name: 'เจ้าหน้าที่เคลม' },
    ] as const;
    // Thai order reads past a leading vowel (แ) to the consonant: ค before พ.
    expect(byWayIn(jobs, 'th').map((job) => job.name)).toEqual([
      'แคชเชียร์',
      'พนักงานขาย',
      'พนักงานต้อนรับ',
      'เจ้าหน้าที่เคลม',
      'เจ้าหน้าที่ฝ่ายบุคคล',
      'นิติกร',
    ]);
    expect(byWayIn(jobs, 'th')).not.toBe(jobs);
  });
});
