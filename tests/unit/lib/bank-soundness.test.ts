import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  defaultSoundnessModel,
  marginOfError,
  simulateSoundness,
  soundnessReport,
  type LeanCounts,
  type SoundnessModel,
} from '../../../src/lib/bank-soundness';
import { formatSoundnessTables } from '../../../src/lib/soundness-table';
import { questionBankVersion, toScoringItem } from '../../../src/lib/quiz-bank';
import type { Path, ScoringItem } from '../../../src/lib/scoring';
import { questionSchema, releasedBankSchema } from '../../../src/schemas/quiz';
import { contentRoot, readJson, readYaml } from '../../support/content-files';

// Today's bank and every released one, parsed as tests/support/quiz-bank.ts parses them (YAML, then the build's
// schemas), read afresh so that whatever questions.yaml and the archive hold is what is measured.
const todayItems: ScoringItem[] = z.array(questionSchema).parse(readYaml('quiz/questions.yaml')).map(toScoringItem);
const releasedBanks = readdirSync(join(contentRoot, 'quiz/archive'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => releasedBankSchema.parse(readYaml(`quiz/archive/${name}`)))
  .map((bank) => ({ version: bank.version, items: bank.items.map(toScoringItem) }));

/** The published model, run once: the published figures and the wrong-way check both read it. */
const today = soundnessReport(todayItems);

const preference = (id: string, path: Path): ScoringItem => ({ id, kind: 'preference', path, skill: id });
const scenario = (id: string, a: Path, b: Path): ScoringItem => ({
  id,
  kind: 'scenario',
  a: { path: a, skill: `${id}-a` },
  b: { path: b, skill: `${id}-b` },
});
const selfRatings = (count: number): ScoringItem[] =>
  Array.from({ length: count }, (_, index) => ({ id: `can-${index}`, kind: 'self-rating', skill: `skill-${index}` }));

/** Eight preferences a side and six self-ratings. */
const preferencesOnly = [
  ...Array.from({ length: 16 }, (_, index) => preference(`enjoy-${index}`, index % 2 === 0 ? 'front' : 'back')),
  ...selfRatings(6),
];
/** Eight scenarios, half with the front task first, and six self-ratings. */
const scenariosOnly = [
  ...Array.from({ length: 8 }, (_, index) =>
    index % 2 === 0 ? scenario(`choose-${index}`, 'front', 'back') : scenario(`choose-${index}`, 'back', 'front'),
  ),
  ...selfRatings(6),
];
/**
 * Scenarios that set a task against one of its own side: each side's score is always 50, whatever the person likes,
 * so nothing in the answers tells the sides apart.
 */
const blindBank = [
  ...Array.from({ length: 8 }, (_, index) =>
    index % 2 === 0 ? scenario(`same-${index}`, 'front', 'front') : scenario(`same-${index}`, 'back', 'back'),
  ),
  ...selfRatings(6),
];

const small = (overrides: Partial<SoundnessModel> = {}): SoundnessModel => ({
  ...defaultSoundnessModel,
  peoplePerLean: 400,
  ...overrides,
});

const noSideCount = (row: LeanCounts) => row.noSide.both + row.noSide.neither + row.noSide.between + row.noSide.unclear;

describe('simulateSoundness', () => {
  it('gives the same figures for the same seed, and other figures for another', () => {
    expect(simulateSoundness(preferencesOnly, small())).toEqual(simulateSoundness(preferencesOnly, small()));
    expect(simulateSoundness(preferencesOnly, small({ seed: 2 }))).not.toEqual(
      simulateSoundness(preferencesOnly, small()),
    );
  });

  it('accounts for every person once: right, wrong way and no side add up to the people', () => {
    for (const row of simulateSoundness(scenariosOnly, small())) {
      expect(row.namedSide + noSideCount(row)).toBe(row.people);
      if (row.lean === 0) expect([row.right, row.wrongWay]).toEqual([null, null]);
      else expect((row.right ?? 0) + (row.wrongWay ?? 0)).toBe(row.namedSide);
    }
  });

  it('never names a side with a bank that cannot tell the sides apart', () => {
    for (const row of simulateSoundness(blindBank, small())) {
      expect(row.namedSide).toBe(0);
      expect(row.noSide.between).toBe(row.people);
    }
  });

  it('is right no more often than wrong when the answers are pure noise', () => {
    // Noise this wide leaves every answer a coin toss between 1 and 5, whatever the lean.
    for (const row of simulateSoundness(preferencesOnly, small({ occasionSd: 1e6, peoplePerLean: 2000 }))) {
      if (row.lean === 0) continue;
      const named = row.namedSide;
      // Given how many were named, right is binomial with p = 1/2 under chance: within 3 standard deviations.
      expect(Math.abs((row.right ?? 0) - named / 2)).toBeLessThanOrEqual(3 * Math.sqrt(named / 4));
    }
  });

  const banks = [
    { name: 'today’s bank', items: todayItems },
    ...releasedBanks.map((bank) => ({ name: `released bank ${bank.version}`, items: bank.items })),
    { name: 'a bank of preferences only', items: preferencesOnly },
    { name: 'a bank of scenarios only', items: scenariosOnly },
  ];
  const models = [small(), small({ seed: 99, itemOffsetSd: 1, occasionSd: 0.3, middleRange: [2, 4] })];
  it.each(banks)('is never less right, nor more wrong, with a bigger lean: $name', ({ items }) => {
    for (const model of models) {
      const leaning = simulateSoundness(items, model).filter((row) => row.lean > 0);
      for (const [index, row] of leaning.entries()) {
        const before = leaning[index - 1];
        if (before === undefined) continue;
        expect(row.right ?? 0).toBeGreaterThanOrEqual(before.right ?? 0);
        expect(row.wrongWay ?? 0).toBeLessThanOrEqual(before.wrongWay ?? 0);
      }
    }
  });
});

describe('marginOfError', () => {
  it('is 1.96 standard errors of a share of one half, in percentage points', () => {
    expect(marginOfError(2000)).toBe(2.2);
    expect(marginOfError(100)).toBe(9.8);
  });
});

// The text table lives in soundness-table.ts; it needs this file's small banks.
describe('formatSoundnessTables', () => {
  it('shows every lean in both tables, with a dash where a share is not defined', () => {
    const report = soundnessReport(preferencesOnly, small({ peoplePerLean: 20 }));
    const text = formatSoundnessTables([{ title: 'small bank', report }]);
    expect(text).toContain('small bank');
    // Right and wrong way at lean 0, in the first table only: the split of no-side outcomes is always defined.
    expect(text.split('\n').filter((line) => /^0 +\| +— +— /u.test(line))).toHaveLength(1);
    for (const lean of defaultSoundnessModel.leans)
      expect(text.split('\n').filter((line) => line.startsWith(`${lean} `.padEnd(10, ' ')))).toHaveLength(2);
  });
});

describe('today’s bank', () => {
  it('names the wrong side for at most 1% of people whose true lean is 1 scale point', () => {
    const row = today.rows.find((candidate) => candidate.lean === 1);
    expect(row?.percent.wrongWay).toBeLessThanOrEqual(1);
  });

  it('has its published figures (content/quiz/soundness.json) from a fresh run', () => {
    const version = questionBankVersion(todayItems);
    expect(
      readJson('quiz/soundness.json'),
      `content/quiz/soundness.json is not what today's bank (${version}) gives: run \`npm run soundness -- --write\``,
    ).toEqual(JSON.parse(JSON.stringify(today)));
  });
});
