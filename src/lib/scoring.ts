/**
 * Scores the self-assessment. Pure: answers in, result out; no UI, no storage, no randomness.
 *
 * Each answer is a point on a 5-point scale (1-5). A preference or self-rating item adds (answer − 1) / 4 to its
 * path's evidence; a scenario item gives (answer − 1) / 4 to the path of option b and the rest to option a's path.
 * A path's score is its mean evidence × 100, so 0-100. The recommendation compares the two scores against the
 * balanced band (see {@link balancedBand}).
 */
import { keepValidAnswers, type AnswerValue } from './answers';

export { answerValues, keepValidAnswers, type AnswerValue, type Answers } from './answers';

export type Path = 'front' | 'back';
export const paths: readonly Path[] = ['front', 'back'];

export interface ScenarioOption {
  path: Path;
  skill: string;
}

/** What scoring needs to know of an item: its kind, path(s) and skill(s); never its wording. */
export type ScoringItem =
  | { id: string; kind: 'preference' | 'self-rating'; path: Path; skill: string }
  | { id: string; kind: 'scenario'; a: ScenarioOption; b: ScenarioOption };

export interface ScoringSkill {
  id: string;
  paths: readonly Path[];
}

export type Recommendation = Path | 'balanced';

/** Why a result is balanced although the scores differ, or why it should be read with care. */
export type ResultNote = 'same-answer' | 'extremes-only' | 'too-few-answers';

export interface Reason {
  itemId: string;
  answer: AnswerValue;
  /** How far this answer pushed towards front (+) or back (−), from −1 to 1. */
  push: number;
}

export interface QuizResult {
  recommendation: Recommendation;
  /** How far beyond the balanced band the difference reaches: "clear" is at least twice the band. */
  strength: 'clear' | 'moderate' | 'none';
  scores: Record<Path, number>;
  /** front − back, from −100 to 100. */
  difference: number;
  band: number;
  notes: ResultNote[];
  /** The answers that pushed most towards the recommendation (for balanced: the strongest each way). */
  reasons: Reason[];
  /** 0-100 for each skill with at least one answered item. */
  skillScores: Record<string, number>;
  toDevelop: string[];
  strengths: string[];
  answered: number;
  total: number;
}

/** z for 90% (one-sided): a difference outside the band points the same way at least nine times in ten. */
const confidenceZ = 1.645;
/** A typical spread of answers to one item on a 5-point scale: about one scale point, 25 on the 0-100 scale. */
const typicalItemSpread = 25;
/** Each path needs at least this share of its items answered before the quiz recommends anything. */
const minimumAnsweredShare = 0.5;
const listLength = 3;

/** How many items give evidence about each path (scenario items count for both). */
export function itemsPerPath(items: readonly ScoringItem[]): Record<Path, number> {
  const counts: Record<Path, number> = { front: 0, back: 0 };
  for (const item of items) {
    if (item.kind === 'scenario') {
      counts[item.a.path] += 1;
      if (item.b.path !== item.a.path) counts[item.b.path] += 1;
    } else counts[item.path] += 1;
  }
  return counts;
}

/**
 * The balanced band: differences smaller than this are too small to call. Each path score is a mean of n items
 * whose answers typically spread by 25 points, so its standard error is about 25 / √n, and the difference of two
 * such scores has a standard error of 25 × √(1/n_front + 1/n_back). The band is 1.645 of those, rounded: a
 * difference outside it is unlikely (under 10%) to come from how individual questions happened to be worded.
 * @example balancedBand(bankWith16ItemsPerPath) // 15
 */
export function balancedBand(items: readonly ScoringItem[]): number {
  const counts = itemsPerPath(items);
  if (counts.front === 0 || counts.back === 0) return 100;
  return Math.round(confidenceZ * typicalItemSpread * Math.sqrt(1 / counts.front + 1 / counts.back));
}

/** Evidence (0-1) an answer gives each path it touches. */
function evidence(item: ScoringItem, answer: AnswerValue): [Path, number][] {
  const towardsHigh = (answer - 1) / 4;
  if (item.kind !== 'scenario') return [[item.path, towardsHigh]];
  return [
    [item.a.path, 1 - towardsHigh],
    [item.b.path, towardsHigh],
  ];
}

/** How far one answer pushes towards front (+1) or back (−1). */
function pushTowardsFront(item: ScoringItem, answer: AnswerValue): number {
  const centred = (answer - 3) / 2;
  if (item.kind !== 'scenario') return item.path === 'front' ? centred : -centred;
  if (item.a.path === item.b.path) return 0;
  return item.b.path === 'front' ? centred : -centred;
}

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * Orders skill ids by score. The ids come in the skills model's order and Array.prototype.sort is stable, so ties
 * keep that order and always come out the same.
 */
function rankSkills(ids: readonly string[], scores: Record<string, number>, direction: 1 | -1) {
  return [...ids].sort((first, second) => direction * ((scores[first] ?? 0) - (scores[second] ?? 0)));
}

/**
 * Scores a set of answers against a bank and a skills model.
 * @example
 * const result = scoreQuiz(items, skills, { 'enjoy-welcoming': 5, 'enjoy-spreadsheet': 1 });
 * result.recommendation // 'front', 'back' or 'balanced'
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
  const skillEvidence = new Map<string, number[]>();
  const reasons: Reason[] = [];

  for (const item of items) {
    const answer = answers[item.id];
    if (answer === undefined) continue;
    for (const [path, amount] of evidence(item, answer)) evidenceByPath[path].push(amount);
    // Skills are measured by what a person enjoys and can do; a scenario only says which of two tasks they prefer.
    if (item.kind !== 'scenario')
      skillEvidence.set(item.skill, [...(skillEvidence.get(item.skill) ?? []), (answer - 1) / 4]);
    reasons.push({ itemId: item.id, answer, push: pushTowardsFront(item, answer) });
  }

  const mean = (values: readonly number[]) => values.reduce((total, value) => total + value, 0) / (values.length || 1);
  const scores: Record<Path, number> = {
    front: round(100 * mean(evidenceByPath.front)),
    back: round(100 * mean(evidenceByPath.back)),
  };
  // Of the rounded scores, as shown: a counsellor who subtracts the two numbers on screen gets this one.
  const difference = round(scores.front - scores.back);

  const values = Object.values(answers);
  const notes: ResultNote[] = [];
  if (paths.some((path) => evidenceByPath[path].length < Math.max(1, perPath[path] * minimumAnsweredShare))) {
    notes.push('too-few-answers');
  }
  if (values.length > 1 && values.every((value) => value === values[0])) notes.push('same-answer');
  else if (
    values.length > 1 &&
    values.every((value) => value === 1 || value === 5) &&
    Math.abs(difference) < 2 * band
  ) {
    // Only the ends of the scale, and no clear gap: this is how hurried answers look. Scattered 1s and 5s give each
    // answer the largest possible spread, and a gap under twice the band is within what that spread explains
    // (about 1.645 standard errors); answers that line up with one side give a far larger gap and are trusted.
    notes.push('extremes-only');
  }

  const recommendation: Recommendation =
    notes.length > 0 || Math.abs(difference) < band ? 'balanced' : difference > 0 ? 'front' : 'back';
  const strength = recommendation === 'balanced' ? 'none' : Math.abs(difference) >= 2 * band ? 'clear' : 'moderate';

  const skillScores: Record<string, number> = {};
  for (const [skill, amounts] of skillEvidence) skillScores[skill] = round(100 * mean(amounts));
  const order = skills.map((skill) => skill.id);
  const scored = order.filter((id) => Object.hasOwn(skillScores, id));
  const relevant = scored.filter((id) => {
    const skill = skills.find((each) => each.id === id);
    return recommendation === 'balanced' || (skill?.paths.includes(recommendation) ?? false);
  });
  const toDevelop = rankSkills(relevant, skillScores, 1).slice(0, listLength);
  const strengths = rankSkills(
    scored.filter((id) => !toDevelop.includes(id) && (skillScores[id] ?? 0) >= 50),
    skillScores,
    -1,
  ).slice(0, listLength);

  // Reasons were collected in bank order; the stable sort keeps that order among equal pushes.
  const byPush = (direction: 1 | -1) =>
    reasons
      .filter((reason) => direction * reason.push > 0)
      .sort((first, second) => direction * (second.push - first.push));
  const chosenReasons =
    recommendation === 'front'
      ? byPush(1).slice(0, listLength)
      : recommendation === 'back'
        ? byPush(-1).slice(0, listLength)
        : [...byPush(1).slice(0, 2), ...byPush(-1).slice(0, 2)];

  return {
    recommendation,
    strength,
    scores,
    difference,
    band,
    notes,
    reasons: chosenReasons,
    skillScores,
    toDevelop,
    strengths,
    answered: values.length,
    total: items.length,
  };
}
