// Which jobs a result puts first, and what it says to practise for each: fixed people, worked out by hand.
import { describe, expect, it } from 'vitest';
import { rankJobs, type FitJob } from '../../../src/lib/job-fit';

const jobs: FitJob[] = [
  { id: 'cashier', path: 'front', skills: ['friendliness', 'patience', 'computer'] },
  { id: 'sales', path: 'front', skills: ['asking', 'rapport'] },
  { id: 'reception', path: 'front', skills: ['friendliness', 'speaking'] },
  { id: 'clerk', path: 'back', skills: ['computer', 'filing', 'numbers'] },
  { id: 'network', path: 'back', skills: ['advanced', 'computer', 'filing'] },
  { id: 'legal', path: 'back', skills: ['writing', 'filing'] },
];

describe('rankJobs', () => {
  it('puts first the jobs whose key skills were rated highest, and names what to practise for the others', () => {
    // cashier (5 + 4 + 2) / 3 = 3.67; sales (5 + 5) / 2 = 5; reception (5 + 3) / 2 = 4.
    const ratings = { friendliness: 5, patience: 4, computer: 2, asking: 5, rapport: 5, speaking: 3 } as const;
    expect(rankJobs(jobs, ratings, ['front'])).toEqual({
      order: ['sales', 'reception', 'cashier'],
      gaps: { sales: [], reception: ['speaking'], cashier: ['computer'] },
      ranked: true,
    });
  });

  it('puts a job with an even profile before one with the same average and a weaker skill', () => {
    const level = rankJobs(
      [
        { id: 'uneven', path: 'back', skills: ['writing', 'filing'] },
        { id: 'even', path: 'back', skills: ['computer', 'numbers'] },
      ],
      // uneven (5 + 3) / 2 = 4, lowest 3; even (4 + 4) / 2 = 4, lowest 4.
      { writing: 5, filing: 3, computer: 4, numbers: 4 },
      ['back'],
    );
    expect(level.order).toEqual(['even', 'uneven']);
  });

  it('keeps jobs level on both counts in the order given (the page gives them by way in, then by name)', () => {
    const allWell = { computer: 4, filing: 4, numbers: 4, advanced: 4, writing: 4 } as const;
    expect(rankJobs(jobs, allWell, ['back']).order).toEqual(['clerk', 'network', 'legal']);
    expect(rankJobs([...jobs].reverse(), allWell, ['back']).order).toEqual(['legal', 'network', 'clerk']);
  });

  it('names at most two skills to practise, rated "Fairly well" or lower, lowest first, the more important on a tie', () => {
    const ranked = rankJobs(jobs, { friendliness: 3, patience: 1, computer: 3, asking: 4, rapport: 5 }, ['front']);
    expect(ranked.gaps).toEqual({
      cashier: ['patience', 'friendliness'],
      sales: [],
      // Speaking was not rated: only friendliness counts for reception.
      reception: ['friendliness'],
    });
    // A job with a key skill unrated and the rest strong: "every key skill is strong" would not be true of it.
    expect(rankJobs(jobs, { friendliness: 5, asking: 4, rapport: 5 }, ['front']).gaps).toEqual({ sales: [] });
  });

  it('keeps to the sides asked for, and puts jobs with no key skill rated last, in the order given, with no gaps', () => {
    const ranked = rankJobs(jobs, { numbers: 2 }, ['front', 'back']);
    expect(ranked.order).toEqual(['clerk', 'cashier', 'sales', 'reception', 'network', 'legal']);
    expect(ranked.gaps).toEqual({ clerk: ['numbers'] });
    expect(rankJobs(jobs, {}, ['back'])).toEqual({ order: ['clerk', 'network', 'legal'], gaps: {}, ranked: false });
  });
});
