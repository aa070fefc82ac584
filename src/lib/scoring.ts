/**
 * Scores the self-assessment. Pure: answers in, result out; no UI, no storage, no randomness.
 *
 * Two measurements, kept apart:
 * - **The side** comes from what a person would enjoy: preference items and scenarios. A preference adds
 *   (answer − 1) / 4 to its side's evidence; a scenario gives (answer − 1) / 4 to the side of task B and the rest to
 *   task A's side. A side's score is its mean evidence × 100, so 0-100.
 * - **The skill lists** come from the self-ratings alone ("how well can you do this today"): a skill rated
 *   "Fairly well" or lower is one to develop, "Well" or higher a strength. Enjoyment never hides a weak skill, and
 *   how well someone rates themselves today never decides which work they would like.
 */
import { keepValidAnswers, type AnswerValue } from './answers';
import { skillLists, type SkillLists } from './skill-lists';
import { skillMismatch, type SkillMismatch } from './skill-mismatch';

export { answerValues, keepValidAnswers, type AnswerValue, type Answers } from './answers';
export { highestRatingToDevelop } from './skill-lists';

export type Path = 'front' | 'back';
export const paths: readonly Path[] = ['front', 'back'];

export interface ScenarioOption {
  path: Path;
  skill: string;
}

/** What scoring needs to know of an item: its kind, side(s) and skill(s); never its wording. */
export type ScoringItem =
  | { id: string; kind: 'preference'; path: Path; skill: string }
  // Banks released before 2026-11-27 tagged self-ratings with a side too; it is kept for their version, never scored.
  | { id: string; kind: 'self-rating'; skill: string; path?: Path | undefined }
  | { id: string; kind: 'scenario'; a: ScenarioOption; b: ScenarioOption };

export interface ScoringSkill {
  id: string;
  paths: readonly Path[];
}

/**
 * What a result says. Within the balanced band the answers do not favour a side, and what they do show is told
 * apart: both sides appeal, neither appeals yet, or the answers sit in between. "unclear" gives no verdict at all.
 */
export type Outcome = 'front' | 'back' | 'both' | 'neither' | 'between' | 'unclear';

/** Why a result gives no verdict, or should be read with care. */
export type ResultNote = 'same-answer' | 'extremes-only' | 'too-few-answers' | 'little-variety';

export interface Reason {
  itemId: string;
  answer: AnswerValue;
  /** How far this answer pushed towards front (+) or back (−), from −1 to 1. */
  push: number;
}

export interface QuizResult extends SkillLists {
  outcome: Outcome;
  /** How far beyond the balanced band the difference reaches: "clear" is at least twice the band. */
  strength: 'clear' | 'moderate' | 'none';
  /** Each side's score, 0-100, to one decimal (the detail view's, and the verdict's). */
  scores: Record<Path, number>;
  /**
   * Each side's score as a whole number, rounded once from the exact score (31 points of 44 is 70.45: 70, where
   * rounding the one-decimal 70.5 again gave 71), so it is what the worksheet's points × 100 ÷ most give, rounded.
   */
  wholeScores: Record<Path, number>;
  /** front − back, from −100 to 100. */
  difference: number;
  band: number;
  notes: ResultNote[];
  /** The answers that pushed hardest towards the outcome's side; none when the outcome names no side. */
  reasons: Reason[];
  /** The self-rating given for each skill that has one (the lowest, should a bank ask about a skill twice). */
  skillRatings: Record<string, AnswerValue>;
  // The skill lists (toDevelop, strengths, otherNotYet, otherStrengths) come from SkillLists: empty with no verdict.
  /** When the side named is the one whose skills were rated clearly lower (src/lib/skill-mismatch.ts); else null. */
  mismatch: SkillMismatch | null;
  /** How many answers share the most common value (for the "little variety" note). */
  mostCommonCount: number;
  answered: number;
  total: number;
}

/** z for 90% (one-sided): a difference outside the band points the same way at least nine times in ten. */
const confidenceZ = 1.645;
/** A typical spread of answers to one item on a 5-point scale: about one scale point, 25 on the 0-100 scale. */
const typicalItemSpread = 25;
/** Each side needs at least this share of its items answered before the quiz gives a verdict. */
export const minimumAnsweredShare = 0.5;
/**
 * When at least this share of the answers is one and the same value, the answers barely vary: at most one in five
 * says anything else, so the gap between the sides rests on a handful of answers and the band, which assumes
 * answers spread by about a scale point, is too narrow for them.
 */
export const littleVarietyShare = 0.8;
/** How many of the strongest answers each way a result gives as reasons; answers that tie with them come too. */
const reasonsPerSide = 3;

/** Whether an item's answer counts towards the side (preferences and scenarios) rather than the skill lists. */
export function countsForSide(item: ScoringItem): item is Exclude<ScoringItem, { kind: 'self-rating' }> {
  return item.kind !== 'self-rating';
}

/** How many items give evidence about each side (scenario items count for both; self-ratings for neither). */
export function itemsPerPath(items: readonly ScoringItem[]): Record<Path, number> {
  const counts: Record<Path, number> = { front: 0, back: 0 };
  for (const item of items) {
    if (item.kind === 'scenario') {
      counts[item.a.path] += 1;
      if (item.b.path !== item.a.path) counts[item.b.path] += 1;
    } else if (item.kind === 'preference') counts[item.path] += 1;
  }
  return counts;
}

/**
 * The balanced band: differences smaller than this are too small to call. Each side's score is a mean of n items
 * whose answers typically spread by 25 points, so its standard error is about 25 / √n, and the difference of two
 * such scores has a standard error of 25 × √(1/n_front + 1/n_back). The band is 1.645 of those, rounded: a
 * difference outside it is unlikely (under 10%) to come from how individual questions happened to be worded.
 * @example balancedBand(bankWith11ItemsPerSide) // 18
 */
export function balancedBand(items: readonly ScoringItem[]): number {
  const counts = itemsPerPath(items);
  if (counts.front === 0 || counts.back === 0) return 100;
  return Math.round(confidenceZ * typicalItemSpread * Math.sqrt(1 / counts.front + 1 / counts.back));
}

/**
 * The fewest answers, of `answered`, that must be one and the same value for the "little variety" note.
 * @example littleVarietyCount(33) // 27
 */
export function littleVarietyCount(answered: number): number {
  return Math.ceil(littleVarietyShare * answered - 1e-9);
}

/**
 * Evidence (0-1) an answer gives each side it touches; a side's score is the mean of its evidence × 100.
 * @example sideEvidence({ id: 'x', kind: 'scenario', a: { path: 'front', … }, b: { path: 'back', … } }, 4) // [['front', 0.25], ['back', 0.75]]
 */
export function sideEvidence(item: ScoringItem, answer: AnswerValue): [Path, number][] {
  const towardsHigh = (answer - 1) / 4;
  if (item.kind === 'preference') return [[item.path, towardsHigh]];
  if (item.kind === 'scenario')
    return [
      [item.a.path, 1 - towardsHigh],
      [item.b.path, towardsHigh],
    ];
  return [];
}

/** How far one answer pushes towards front (+1) or back (−1). */
function pushTowardsFront(item: ScoringItem, answer: AnswerValue): number {
  const centred = (answer - 3) / 2;
  if (item.kind === 'preference') return item.path === 'front' ? centred : -centred;
  if (item.kind === 'scenario') {
    if (item.a.path === item.b.path) return 0;
    return item.b.path === 'front' ? centred : -centred;
  }
  return 0;
}

const round = (value: number): number => Math.round(value * 10) / 10;
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);
const mean = (values: readonly number[]) => sum(values) / (values.length || 1);
/** Evidence comes in quarters, so 100 × its sum is a whole number, and one division gives the exact score's nearest. */
const wholeScore = (evidence: readonly number[]) => Math.round((100 * sum(evidence)) / (evidence.length || 1));

/** The sides whose skills a result advises on: the outcome's side, or both when it names none. */
export function sidesOf(outcome: Outcome): readonly Path[] {
  return outcome === 'front' || outcome === 'back' ? [outcome] : paths;
}

/**
 * Each skill's self-rating in a set of answers (the lowest, should a bank ask about a skill twice), as the result
 * reads it.
 * @example skillRatingsOf(items, { 'can-work-out-vat': 2 }) // { numbers: 2 }
 */
export function skillRatingsOf(
  items: readonly ScoringItem[],
  answers: Readonly<Record<string, AnswerValue>>,
): Record<string, AnswerValue> {
  const ratings: Record<string, AnswerValue> = {};
  for (const item of items) {
    const answer = answers[item.id];
    if (item.kind !== 'self-rating' || answer === undefined) continue;
    const earlier = ratings[item.skill];
    ratings[item.skill] = earlier === undefined || answer < earlier ? answer : earlier;
  }
  return ratings;
}

/** Answers that pushed towards one side, strongest first; every answer that ties with the last one kept comes too. */
function strongestPushes(reasons: readonly Reason[], direction: 1 | -1, count: number): Reason[] {
  const towards = reasons
    .filter((reason) => direction * reason.push > 0)
    .sort((first, second) => direction * (second.push - first.push));
  const threshold = towards[Math.min(count, towards.length) - 1]?.push;
  return threshold === undefined ? [] : towards.filter((reason) => direction * reason.push >= direction * threshold);
}

/** What the answers within the band show: both sides appeal, neither does yet, or they sit in between. */
function balancedOutcome(scores: Record<Path, number>): Outcome {
  if (scores.front > 50 && scores.back > 50) return 'both';
  if (scores.front < 50 && scores.back < 50) return 'neither';
  return 'between';
}

/**
 * Scores a set of answers against a bank and a skills model.
 * @example
 * const result = scoreQuiz(items, skills, { 'enjoy-regulars': 5, 'enjoy-spreadsheet': 1, 'can-work-out-vat': 2 });
 * result.outcome // 'front', 'back', 'both', 'neither', 'between' or 'unclear'
 * result.toDevelop // ['numbers'] when the result advises on back-office skills
 */
export function scoreQuiz(
  items: readonly ScoringItem[],
  skills: readonly ScoringSkill[],
  rawAnswers: Readonly<Record<string, unknown>>,
): QuizResult {
  const answers = keepValidAnswers(items, rawAnswers);
  const band = balancedBand(items);
  const perPath = itemsPerPath(items);
  const evidenceByPath: Record<Path, number[]> = { front: [], back: [] };
  const skillRatings = skillRatingsOf(items, answers);
  const pushes: Reason[] = [];

  for (const item of items) {
    const answer = answers[item.id];
    if (answer === undefined || item.kind === 'self-rating') continue;
    for (const [path, amount] of sideEvidence(item, answer)) evidenceByPath[path].push(amount);
    pushes.push({ itemId: item.id, answer, push: pushTowardsFront(item, answer) });
  }

  const scores: Record<Path, number> = {
    front: round(100 * mean(evidenceByPath.front)),
    back: round(100 * mean(evidenceByPath.back)),
  };
  const wholeScores: Record<Path, number> = {
    front: wholeScore(evidenceByPath.front),
    back: wholeScore(evidenceByPath.back),
  };
  // Of the rounded scores, as shown: a counsellor who subtracts the two numbers on screen gets this one.
  const difference = round(scores.front - scores.back);

  const values = Object.values(answers);
  const notes: ResultNote[] = [];
  if (paths.some((path) => evidenceByPath[path].length < Math.max(1, perPath[path] * minimumAnsweredShare)))
    notes.push('too-few-answers');
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  const mostCommon = Math.max(0, ...counts.values());
  if (values.length > 1 && mostCommon === values.length) notes.push('same-answer');
  else if (values.length > 1 && values.every((value) => value === 1 || value === 5) && Math.abs(difference) < 2 * band)
    // Only the ends of the scale, and no clear gap: this is how hurried answers look. Scattered 1s and 5s give each
    // answer the largest possible spread, and a gap under twice the band is within what that spread explains; answers
    // that line up with one side give a far larger gap and are trusted.
    notes.push('extremes-only');
  else if (values.length > 1 && mostCommon >= littleVarietyCount(values.length)) notes.push('little-variety');

  const noVerdict = notes.some((note) => note !== 'little-variety');
  const outcome: Outcome = noVerdict
    ? 'unclear'
    : Math.abs(difference) < band
      ? balancedOutcome(scores)
      : difference > 0
        ? 'front'
        : 'back';
  const strength =
    outcome === 'front' || outcome === 'back' ? (Math.abs(difference) >= 2 * band ? 'clear' : 'moderate') : 'none';

  // No verdict, no lists: answers too few, all alike or hurried tell neither the side nor one skill from another.
  const lists = skillLists(skills, outcome === 'unclear' ? {} : skillRatings, sidesOf(outcome));

  // Only a side has reasons: with no lean, answers pulling both ways explain nothing the two scores do not.
  const reasons =
    outcome === 'front'
      ? strongestPushes(pushes, 1, reasonsPerSide)
      : outcome === 'back'
        ? strongestPushes(pushes, -1, reasonsPerSide)
        : [];

  return {
    outcome,
    strength,
    scores,
    wholeScores,
    difference,
    band,
    notes,
    reasons,
    skillRatings,
    ...lists,
    mismatch: skillMismatch(skills, skillRatings, outcome),
    mostCommonCount: mostCommon,
    answered: values.length,
    total: items.length,
  };
}
