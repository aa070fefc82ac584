/**
 * How sound a question bank is, measured by simulation: people whose true lean is known take the self-check twice,
 * each take is scored by the site's own scoring (scoreQuiz, src/lib/scoring.ts), and we count how often the result
 * names their true side, the other side or no side, and how often the retake gives the same outcome. Pure: no DOM,
 * no Node, no Astro; deterministic for a seed.
 *
 * The model, kept simple on purpose (every number is a parameter, `defaultSoundnessModel`):
 * - A person has a true liking for front work F and for back work B on the 1-5 scale; their true lean is
 *   d = F − B. For each d in {0, 0.5, 1, 1.5, 2, 3} scale points, half the people lean front (F = m + d/2,
 *   B = m − d/2) and half back (the other way round), the middle m = (F + B)/2 drawn uniformly from [2.5, 3.5].
 * - A preference item for side s is answered round(true_s + itemOffset + occasionNoise), kept within 1..5.
 *   itemOffset ~ Normal(0, 0.5) is drawn once per person and item and is the same on both takes (a stable taste for
 *   that particular task); occasionNoise ~ Normal(0, 0.7) is drawn anew on each take, so a retake answer moves by
 *   about one step (the site's `typicalItemSpread` assumption).
 * - A scenario item, task a on side sa and task b on side sb (1 = definitely a), is answered
 *   round(3 + (true_sb − true_sa) + itemOffset + occasionNoise), kept within 1..5, with offset and noise as above.
 *   Tasks on the same side give a difference of 0.
 * - A self-rating never decides the side; it is drawn uniformly from 1..5 on each take (it can still matter through
 *   the notes that withhold a verdict, such as "only the ends of the scale").
 * - Every simulated person answers every item.
 * - Random numbers come from mulberry32 and Box–Muller. Every lean uses the same seed, so person k has the same
 *   middle, offsets and noise at every lean ("common random numbers"): the leans differ only by d, which makes the
 *   comparison between rows sharper than independent samples would.
 *
 * What it reports, for each lean: of the first takes, the share naming the true side ("right"), the other side
 * ("wrong way") and no side (split into both / neither / between / unclear), and the share whose second take gives
 * the same outcome as the first ("same on retake", outcomes compared exactly) or the same side, or again none ("same side
 * on retake"). At d = 0 there is no true side, so
 * right and wrong way are null.
 */
import { questionBankVersion } from './quiz-bank';
import { mulberry32, normalFrom } from './random';
import {
  balancedBand,
  itemsPerPath,
  scoreQuiz,
  type AnswerValue,
  type Outcome,
  type Path,
  type ScoringItem,
} from './scoring';

/**
 * The parameters of the simulated people (see the module's comment).
 * @example const noisier: SoundnessModel = { ...defaultSoundnessModel, occasionSd: 1 };
 */
export interface SoundnessModel {
  /** True leans d = F − B to simulate, in scale points. */
  leans: readonly number[];
  /** The middle m = (F + B) / 2 is drawn uniformly from this range. */
  middleRange: readonly [number, number];
  /** Standard deviation of a person's stable offset on one item, in scale points. */
  itemOffsetSd: number;
  /** Standard deviation of the noise drawn anew on each take, in scale points. */
  occasionSd: number;
  /** People simulated at each lean (half leaning front, half back). */
  peoplePerLean: number;
  seed: number;
}

/**
 * The model the method page reports. 2,000 people per lean keeps the unit test fast; a share's 95% margin of error
 * is then at most ±2.2 percentage points (see `marginOfError`), and about ±0.4 points for shares near 1%.
 * @example simulateSoundness(items, { ...defaultSoundnessModel, peoplePerLean: 400 })
 */
export const defaultSoundnessModel: SoundnessModel = {
  leans: [0, 0.5, 1, 1.5, 2, 3],
  middleRange: [2.5, 3.5],
  itemOffsetSd: 0.5,
  occasionSd: 0.7,
  peoplePerLean: 2000,
  seed: 20261127,
};

/**
 * The outcomes that name no side.
 * @example const outcome: NoSideOutcome = 'between';
 */
export type NoSideOutcome = Exclude<Outcome, Path>;
/**
 * Every outcome that names no side, in the order the tables show them.
 * @example noSideOutcomes.map((outcome) => counts.noSide[outcome]) // [424, 412, 914, 0]
 */
export const noSideOutcomes: readonly NoSideOutcome[] = ['both', 'neither', 'between', 'unclear'];

/**
 * What the simulation counted at one true lean: numbers of people, of `people`, judged on their first take.
 * @example
 * // Today's bank (f815bc69), the default model, lean 1:
 * { lean: 1, people: 2000, right: 1849, wrongWay: 0, namedSide: 1849, noSide: { both: 22, neither: 19, between: 110, unclear: 0 }, sameOnRetake: 1753 }
 */
export interface LeanCounts {
  lean: number;
  people: number;
  /** First takes naming the person's true side; null at lean 0, where there is no true side. */
  right: number | null;
  /** First takes naming the other side; null at lean 0. */
  wrongWay: number | null;
  /** First takes naming either side (right + wrong way when the lean is not 0). */
  namedSide: number;
  /** First takes naming no side, by outcome. */
  noSide: Record<NoSideOutcome, number>;
  /** People whose second take gave exactly the same outcome as their first. */
  sameOnRetake: number;
  /**
   * People whose second take named the same side as their first, or again no side: what a person retaking it would
   * call "the same answer" (both, neither and between are told apart in `sameOnRetake`).
   */
  sameSideOnRetake: number;
}

const toAnswer = (value: number): AnswerValue => Math.min(5, Math.max(1, Math.round(value))) as AnswerValue;

/**
 * Simulates people with known true leans taking the self-check twice with these items, scored by scoreQuiz.
 * @example
 * const rows = simulateSoundness(items);
 * rows[2] // today's bank: { lean: 1, people: 2000, right: 1849, wrongWay: 0, namedSide: 1849, noSide: { … }, sameOnRetake: 1753 }
 */
export function simulateSoundness(
  items: readonly ScoringItem[],
  model: SoundnessModel = defaultSoundnessModel,
): LeanCounts[] {
  if (!Number.isInteger(model.peoplePerLean) || model.peoplePerLean < 1)
    throw new Error(`peoplePerLean must be a whole number of at least 1, not ${model.peoplePerLean}`);
  const [lowMiddle, highMiddle] = model.middleRange;
  return model.leans.map((lean) => {
    // The same seed at every lean: person k meets the same middle, offsets and noise whatever their lean.
    const random = mulberry32(model.seed);
    const normal = normalFrom(random);
    const counts: LeanCounts = {
      lean,
      people: model.peoplePerLean,
      right: lean === 0 ? null : 0,
      wrongWay: lean === 0 ? null : 0,
      namedSide: 0,
      noSide: { both: 0, neither: 0, between: 0, unclear: 0 },
      sameOnRetake: 0,
      sameSideOnRetake: 0,
    };
    for (let person = 0; person < model.peoplePerLean; person++) {
      const trueSide: Path = person % 2 === 0 ? 'front' : 'back';
      const middle = lowMiddle + (highMiddle - lowMiddle) * random();
      const towardsTrueSide = trueSide === 'front' ? lean / 2 : -lean / 2;
      const liking: Record<Path, number> = { front: middle + towardsTrueSide, back: middle - towardsTrueSide };
      const offsets = items.map((item) => (item.kind === 'self-rating' ? 0 : model.itemOffsetSd * normal()));
      const take = (): Outcome => {
        const answers: Record<string, AnswerValue> = {};
        for (const [index, item] of items.entries()) {
          const stable = offsets[index] ?? 0;
          if (item.kind === 'self-rating') answers[item.id] = (1 + Math.floor(5 * random())) as AnswerValue;
          else {
            const truth =
              item.kind === 'preference' ? liking[item.path] : 3 + liking[item.b.path] - liking[item.a.path];
            answers[item.id] = toAnswer(truth + stable + model.occasionSd * normal());
          }
        }
        // Skills only shape the skill lists, never the outcome, so none are given.
        return scoreQuiz(items, [], answers).outcome;
      };
      const first = take();
      const second = take();
      if (first === second) counts.sameOnRetake += 1;
      const sideOf = (outcome: Outcome) => (outcome === 'front' || outcome === 'back' ? outcome : 'none');
      if (sideOf(first) === sideOf(second)) counts.sameSideOnRetake += 1;
      if (first === 'front' || first === 'back') {
        counts.namedSide += 1;
        if (counts.right !== null && counts.wrongWay !== null) {
          if (first === trueSide) counts.right += 1;
          else counts.wrongWay += 1;
        }
      } else counts.noSide[first] += 1;
    }
    return counts;
  });
}

/**
 * The 95% margin of error, in percentage points, of a share estimated from `people` independent people, at its
 * widest (a share of one half): 1.96 × √(0.25 / people) × 100.
 * @example marginOfError(2000) // 2.2
 */
export function marginOfError(people: number): number {
  return Math.round(1000 * 1.96 * Math.sqrt(0.25 / people)) / 10;
}

/**
 * One row of the published figures: shares in percent, to one decimal, and the counts they come from.
 * @example soundnessReport(items).rows.find((row) => row.lean === 1)?.percent.wrongWay // 0
 */
export interface SoundnessRow {
  lean: number;
  people: number;
  percent: {
    right: number | null;
    wrongWay: number | null;
    noSide: number;
    both: number;
    neither: number;
    between: number;
    unclear: number;
    sameOnRetake: number;
    sameSideOnRetake: number;
  };
  counts: LeanCounts;
}

/**
 * The figures for one bank, as content/quiz/soundness.json holds them for today's bank.
 * @example const published = JSON.parse(text) as SoundnessReport; published.bank.version // 'f815bc69'
 */
export interface SoundnessReport {
  bank: { version: string; band: number; itemsPerSide: Record<Path, number> };
  model: SoundnessModel;
  /** Widest 95% margin of error of a percentage at one lean, in percentage points. */
  marginOfError95: number;
  rows: SoundnessRow[];
}

const percentOf = (count: number, people: number) => Math.round((1000 * count) / people) / 10;

/**
 * Simulates a bank and gathers everything the method page shows: the bank's version and band, the model, the margin
 * of error and, for each lean, the shares in percent.
 * @example soundnessReport(items).rows[2].percent // { right: 92.5, wrongWay: 0, noSide: 7.6, …, sameOnRetake: 87.7 }
 */
export function soundnessReport(
  items: readonly ScoringItem[],
  model: SoundnessModel = defaultSoundnessModel,
): SoundnessReport {
  const rows = simulateSoundness(items, model).map((counts): SoundnessRow => {
    const share = (count: number) => percentOf(count, counts.people);
    const noSide = noSideOutcomes.reduce((sum, outcome) => sum + counts.noSide[outcome], 0);
    return {
      lean: counts.lean,
      people: counts.people,
      percent: {
        right: counts.right === null ? null : share(counts.right),
        wrongWay: counts.wrongWay === null ? null : share(counts.wrongWay),
        noSide: share(noSide),
        both: share(counts.noSide.both),
        neither: share(counts.noSide.neither),
        between: share(counts.noSide.between),
        unclear: share(counts.noSide.unclear),
        sameOnRetake: share(counts.sameOnRetake),
        sameSideOnRetake: share(counts.sameSideOnRetake),
      },
      counts,
    };
  });
  return {
    bank: { version: questionBankVersion(items), band: balancedBand(items), itemsPerSide: itemsPerPath(items) },
    model: { ...model, leans: [...model.leans], middleRange: [...model.middleRange] },
    marginOfError95: marginOfError(model.peoplePerLean),
    rows,
  };
}
