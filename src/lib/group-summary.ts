/**
 * What a group of results adds up to, for the counsellor's group page: every code found in a pasted text is opened
 * with the bank that made it and scored under today's rules, exactly as its own result page would, then counted.
 * Pure: the page and the bench call it with the same input and get the same summary.
 */
import type { FoundCode } from './group-links';
import { positionOf } from './position-scale';
import { openResultCode, type ScoringBank } from './released-banks';
import { cronbachAlpha, minimumPeopleForAlpha } from './reliability';
import type { ResultCodeProblem } from './result-code';
import {
  balancedBand,
  countsForSide,
  paths,
  scoreQuiz,
  sideEvidence,
  type Answers,
  type Outcome,
  type Path,
  type QuizResult,
  type ScoringSkill,
} from './scoring';

/** Every outcome, in the order the page counts them: the two sides, then the three kinds of balance, then none. */
export const outcomes: readonly Outcome[] = ['front', 'back', 'both', 'between', 'neither', 'unclear'];

/** One person of the group: one distinct code that opened. */
export interface GroupPerson {
  code: string;
  /** The link or code as it first appeared in the pasted text, and on which line. */
  raw: string;
  line: number;
  /** How many times the same code appeared (a person who sent their link twice is one person). */
  count: number;
  bankVersion: string;
  /** Made with a bank released before today's. */
  earlier: boolean;
  answers: Answers;
  result: QuizResult;
  /** Where the person sits from front office (0) to back office (100), as their result page draws it. */
  position: number;
}

/** A code or link that could not be opened, with why: never dropped without a word. */
export interface UnreadCode {
  raw: string;
  line: number;
  count: number;
  problem: ResultCodeProblem;
}

/** How many people have a skill in each of their lists. */
export interface SkillCount {
  skill: string;
  toDevelop: number;
  strength: number;
}

/** How consistently one side's questions were answered in this group (today's bank only). */
export interface SideConsistency {
  /** Cronbach's alpha, or null when fewer than `minimumPeopleForAlpha` people answered every item of the side. */
  alpha: number | null;
  /** People who answered every item of the side with today's bank: only they can be compared item by item. */
  people: number;
  items: number;
}

export interface GroupSummary {
  people: GroupPerson[];
  unread: UnreadCode[];
  /** How many people have each outcome; every outcome is present, 0 when nobody has it. */
  outcomes: Record<Outcome, number>;
  /** How many people chose a side whose skills they rated clearly lower than the other side's (skill-mismatch.ts). */
  mismatches: number;
  /** Skills most often to develop and most often strengths, most people first; equal counts keep the model's order. */
  skills: SkillCount[];
  consistency: Record<Path, SideConsistency>;
  /** Today's balanced band: the stretch of the picture where scores are too close to call. */
  band: number;
}

/**
 * Opens and scores one code found: the person, or why the code could not be read.
 * @example readGroupEntry({ code: '1GNF7…', raw: '…', line: 3, kind: 'link', count: 1 }, banks, skills).result.outcome // 'front'
 */
export function readGroupEntry(
  entry: FoundCode,
  banks: readonly ScoringBank[],
  skills: readonly ScoringSkill[],
): GroupPerson | UnreadCode {
  const opened = openResultCode(entry.code, banks);
  if (!opened.ok) return { raw: entry.raw, line: entry.line, count: entry.count, problem: opened.problem };
  const result = scoreQuiz(opened.bank.items, skills, opened.answers);
  return {
    code: entry.code,
    raw: entry.raw,
    line: entry.line,
    count: entry.count,
    bankVersion: opened.bank.version,
    earlier: opened.earlier,
    answers: opened.answers,
    result,
    position: positionOf(result),
  };
}

/**
 * Counts what the people of a group have: outcomes, skills, and each side's consistency.
 * @example summarizePeople(people, unread, banks, skills).outcomes.back // 7
 */
export function summarizePeople(
  people: GroupPerson[],
  unread: UnreadCode[],
  banks: readonly ScoringBank[],
  skills: readonly ScoringSkill[],
): GroupSummary {
  const steps = summarizingPeople(people, unread, banks, skills);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * summarizePeople a step at a time: the page runs each step in a task of its own, so that counting a thousand people
 * never holds a slow phone for long. The counts are one step; each side's consistency takes a step for every
 * `peoplePerConsistencyStep` people (one at least, even for nobody).
 * @example
 * const steps = summarizingPeople(people, unread, banks, skills);
 * let step = steps.next();
 * while (!step.done) step = steps.next(); // the page lets the browser draw here
 * step.value.outcomes.back // 7
 */
export function* summarizingPeople(
  people: GroupPerson[],
  unread: UnreadCode[],
  banks: readonly ScoringBank[],
  skills: readonly ScoringSkill[],
): Generator<void, GroupSummary, void> {
  const counted = Object.fromEntries(outcomes.map((outcome) => [outcome, 0])) as Record<Outcome, number>;
  let mismatches = 0;
  for (const person of people) {
    counted[person.result.outcome] += 1;
    if (person.result.mismatch) mismatches += 1;
  }

  // One pass over everyone's lists: a group of 1,000 is counted in a few milliseconds on a slow phone.
  const toDevelop = new Map<string, number>();
  const strength = new Map<string, number>();
  for (const person of people) {
    for (const skill of person.result.toDevelop) toDevelop.set(skill, (toDevelop.get(skill) ?? 0) + 1);
    for (const skill of person.result.strengths) strength.set(skill, (strength.get(skill) ?? 0) + 1);
  }
  const skillCounts = skills.map((skill) => ({
    skill: skill.id,
    toDevelop: toDevelop.get(skill.id) ?? 0,
    strength: strength.get(skill.id) ?? 0,
  }));

  const today = banks[0];
  const consistency = {} as Record<Path, SideConsistency>;
  for (const path of paths) {
    consistency[path] = today ? yield* sideConsistency(today, people, path) : { alpha: null, people: 0, items: 0 };
  }

  return {
    people,
    unread,
    outcomes: counted,
    mismatches,
    skills: skillCounts,
    consistency,
    band: today ? balancedBand(today.items) : 0,
  };
}

/**
 * Opens, scores and counts every code found. `banks` starts with today's bank, as on the result page. The page does
 * the same in short tasks (readGroupEntry a few codes at a time, then the steps of summarizingPeople), so a phone
 * never freezes.
 * @example summarizeGroup(findResultCodes(chat).entries, [today, ...released], skills).outcomes.front // 12
 */
export function summarizeGroup(
  found: readonly FoundCode[],
  banks: readonly ScoringBank[],
  skills: readonly ScoringSkill[],
): GroupSummary {
  const people: GroupPerson[] = [];
  const unread: UnreadCode[] = [];
  for (const entry of found) {
    const read = readGroupEntry(entry, banks, skills);
    if ('problem' in read) unread.push(read);
    else people.push(read);
  }
  return summarizePeople(people, unread, banks, skills);
}

/**
 * The skills to list as most often "to develop" (or "strength"): those at least one person has, most people first.
 * Array.prototype.sort is stable, so skills with equal counts stay in the model's order and the page shows them with
 * the same number, never as first and second.
 * @example mostCommon(summary.skills, 'toDevelop') // [{ skill: 'numbers', toDevelop: 9, … }, …]
 */
export function mostCommon(counts: readonly SkillCount[], list: 'toDevelop' | 'strength'): SkillCount[] {
  return counts.filter((count) => count[list] > 0).sort((first, second) => second[list] - first[list]);
}

/**
 * How many people one step of a side's consistency reads. Cold, the first side of 1,000 people read in one step took
 * 8-10 ms in Node, and a task of 51-56 ms in Chromium with the CPU slowed 8.2x (npm run bench, calibrated on a fast
 * machine); a fifth of that fits well within 50 ms.
 */
export const peoplePerConsistencyStep = 200;

/** Alpha of one side over the people who answered all its items with today's bank, a step of people at a time. */
function* sideConsistency(
  today: ScoringBank,
  people: readonly GroupPerson[],
  path: Path,
): Generator<void, SideConsistency, void> {
  // Each item's evidence for the side rises or falls with the answer, in steps of a quarter: learnt once per item
  // rather than worked out again for each of a thousand people.
  const items = today.items.flatMap((item) => {
    if (!countsForSide(item)) return [];
    const atTop = sideEvidence(item, 5).find(([side]) => side === path)?.[1];
    return atTop === undefined ? [] : [{ id: item.id, rising: atTop === 1 }];
  });
  const rows: number[][] = [];
  let next = 0;
  do {
    yield;
    for (const person of people.slice(next, next + peoplePerConsistencyStep)) {
      if (person.bankVersion !== today.version) continue;
      const row: number[] = [];
      for (const item of items) {
        const answer = person.answers[item.id];
        if (answer === undefined) break;
        const towardsHigh = (answer - 1) / 4;
        row.push(item.rising ? towardsHigh : 1 - towardsHigh);
      }
      if (row.length === items.length) rows.push(row);
    }
    next += peoplePerConsistencyStep;
  } while (next < people.length);
  return {
    alpha: rows.length >= minimumPeopleForAlpha ? cronbachAlpha(rows) : null,
    people: rows.length,
    items: items.length,
  };
}
