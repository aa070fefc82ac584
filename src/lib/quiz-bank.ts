/**
 * The question bank as a whole: the checks that need more than one item at a time, its version, and the
 * one-language view an island receives. Pure: no Astro, no DOM.
 */
import { keepRepeatMarkAttached, type Locale } from './i18n';
import { findItemMeaningProblems } from './item-meaning';
import { itemsPerPath, type AnswerValue, type Path, type ScoringItem } from './scoring';

interface Localized {
  th: string;
  en: string;
}

/** An item of the bank, with its wording as `Text`: both languages in the content, one in the island. */
type Item<Text> =
  | { id: string; kind: 'preference'; path: Path; skill: string; text: Text }
  // `path` only in banks released before 2026-11-27; it is part of their version and never scored.
  | { id: string; kind: 'self-rating'; path?: Path | undefined; skill: string; text: Text }
  | {
      id: string;
      kind: 'scenario';
      a: { path: Path; skill: string; text: Text };
      b: { path: Path; skill: string; text: Text };
    };

/** A bank item with its wording in both languages, as content/quiz/questions.yaml holds it. */
export type BankItem = Item<Localized>;

export interface BankSkill {
  id: string;
  paths: readonly Path[];
  name: Localized;
  /** Words an item about the skill uses: the start of a word in English, any part of the text in Thai. */
  cues: { th: readonly string[]; en: readonly string[] };
  /** An IT skill: at most one task a side may be about one. */
  technical?: true | undefined;
  description: Localized;
  advice: { th: readonly string[]; en: readonly string[] };
}

export interface BankJob {
  /** Names the job's picture, public/illustrations/job-<id>.svg. */
  id: string;
  name: Localized;
  summary: Localized;
}

export interface BankPath {
  id: Path;
  name: Localized;
  explainer: string;
  jobs: readonly BankJob[];
}

export const minimumItems = 20;
export const maximumItems = 34;
/** Each side needs at least this many items that decide the side (preferences and scenario tasks). */
export const minimumItemsPerSide = 8;

/** Words that make an item negated or reverse-worded, which people misread and which translate badly. */
const negation = /\b(not|never|no|don't|doesn't|can't|cannot|won't|isn't|aren't|without being)\b/iu;
/** Words that join two tasks into one item ("… and …", "… or …"), which then asks two things at once. */
const joinedIdeas = { en: /\b(and|or)\b/iu, th: /และ|หรือ/u };

/** Every wording of an item, in both languages. */
function itemTexts(item: BankItem): Localized[] {
  return item.kind === 'scenario' ? [item.a.text, item.b.text] : [item.text];
}

/**
 * Everything wrong with a bank as a whole, as readable lines; empty when the bank is sound. The rules, and why:
 * - only preferences and scenarios decide the side, and each task is about a skill of that side alone, so a skill
 *   both sides need can never push the result either way;
 * - both sides have as many of those items as each other (a worksheet scores both the same way), and enough;
 * - every skill has exactly one self-rating, the only source of the skill lists;
 * - one idea per item, positively worded, in both languages;
 * - each item about its own skill, no two tasks alike, and IT kept from tilting a side (findItemMeaningProblems).
 * @example findQuizBankProblems(items, skills) // [] or ['skill "patience" has no self-rating item']
 */
export function findQuizBankProblems(items: readonly BankItem[], skills: readonly BankSkill[]): string[] {
  const problems: string[] = [];
  const skillById = new Map(skills.map((skill) => [skill.id, skill]));
  const itemIds = new Set<string>();
  if (items.length < minimumItems || items.length > maximumItems) {
    problems.push(`the bank has ${items.length} items; it needs ${minimumItems}-${maximumItems}`);
  }
  for (const item of items) {
    if (itemIds.has(item.id)) problems.push(`item id "${item.id}" is used twice`);
    itemIds.add(item.id);
    const tasks = item.kind === 'scenario' ? [item.a, item.b] : [item];
    for (const task of tasks) {
      const skill = skillById.get(task.skill);
      if (!skill) problems.push(`item "${item.id}" names unknown skill "${task.skill}"`);
      else if (item.kind !== 'self-rating' && (skill.paths.length !== 1 || skill.paths[0] !== task.path))
        problems.push(
          `item "${item.id}" counts for ${task.path ?? 'no side'} with skill "${skill.id}" of ${skill.paths.join(' and ')}`,
        );
    }
    if (item.kind === 'self-rating' && item.path !== undefined)
      problems.push(`self-rating "${item.id}" names a side; self-ratings never decide the side`);
    const texts = itemTexts(item);
    if (texts.some((text) => negation.test(text.en))) problems.push(`item "${item.id}" is worded negatively`);
    if (texts.some((text) => joinedIdeas.en.test(text.en) || joinedIdeas.th.test(text.th)))
      problems.push(`item "${item.id}" joins two ideas with and/or`);
  }
  const perSide = itemsPerPath(items.map(toScoringItem));
  if (perSide.front !== perSide.back)
    problems.push(`the sides have ${perSide.front} (front) and ${perSide.back} (back) items; they need as many`);
  if (Math.min(perSide.front, perSide.back) < minimumItemsPerSide)
    problems.push(`each side needs at least ${minimumItemsPerSide} preference or scenario items`);
  for (const skill of skills) {
    const ratings = items.filter((item) => item.kind === 'self-rating' && item.skill === skill.id).length;
    if (ratings !== 1) problems.push(`skill "${skill.id}" has ${ratings} self-rating items; it needs exactly 1`);
  }
  return [...problems, ...findItemMeaningProblems(items, skills)];
}

/** The scoring view of an item: no wording. */
export function toScoringItem(item: BankItem | QuizQuestion): ScoringItem {
  if (item.kind === 'scenario') {
    return {
      id: item.id,
      kind: 'scenario',
      a: { path: item.a.path, skill: item.a.skill },
      b: { path: item.b.path, skill: item.b.skill },
    };
  }
  if (item.kind === 'preference') return { id: item.id, kind: item.kind, path: item.path, skill: item.skill };
  return item.path === undefined
    ? { id: item.id, kind: item.kind, skill: item.skill }
    : { id: item.id, kind: item.kind, path: item.path, skill: item.skill };
}

/**
 * A short fingerprint of what scoring depends on: the items' order, ids, kinds, paths and skills, not their
 * wording. Saved answers and shared links carry it, so answers are never scored against different questions,
 * while fixing a typo in a question keeps them valid. FNV-1a, 32 bits, as 8 hex digits.
 * @example questionBankVersion(items) // 'a1b2c3d4'
 */
export function questionBankVersion(items: readonly ScoringItem[]): string {
  const canonical = items
    .map((item) =>
      item.kind === 'scenario'
        ? `${item.id}:scenario:${item.a.path}/${item.a.skill}:${item.b.path}/${item.b.skill}`
        : // A self-rating has no side since 2026-11-27; older banks' versions still include the side they named.
          `${item.id}:${item.kind}:${item.path === undefined ? '' : `${item.path}/`}${item.skill}`,
    )
    .join('|');
  let hash = 0x811c9dc5;
  for (let index = 0; index < canonical.length; index++) {
    hash ^= canonical.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/** One item in one language, as the quiz island shows it. */
export type QuizQuestion = Item<string>;

export interface QuizSkill {
  id: string;
  paths: readonly Path[];
  name: string;
  description: string;
  advice: readonly string[];
}

export interface QuizPath {
  id: Path;
  name: string;
  explainerUrl: string;
  jobs: readonly string[];
}

/** Everything the quiz island needs, in one language only, so the page carries no text it will not show. */
export interface QuizBank {
  version: string;
  band: number;
  questions: QuizQuestion[];
  skills: QuizSkill[];
  paths: QuizPath[];
}

/**
 * Questions in one language.
 * @example localizeQuestions(items, 'en')[0] // { id: 'enjoy-regulars', kind: 'preference', …, text: 'Making small talk with a regular customer while they wait' }
 */
export function localizeQuestions(items: readonly BankItem[], locale: Locale): QuizQuestion[] {
  return items.map((item): QuizQuestion => {
    if (item.kind === 'scenario')
      return {
        id: item.id,
        kind: item.kind,
        a: { path: item.a.path, skill: item.a.skill, text: keepRepeatMarkAttached(item.a.text[locale]) },
        b: { path: item.b.path, skill: item.b.skill, text: keepRepeatMarkAttached(item.b.text[locale]) },
      };
    if (item.kind === 'preference')
      return {
        id: item.id,
        kind: item.kind,
        path: item.path,
        skill: item.skill,
        text: keepRepeatMarkAttached(item.text[locale]),
      };
    return item.path === undefined
      ? { id: item.id, kind: item.kind, skill: item.skill, text: keepRepeatMarkAttached(item.text[locale]) }
      : {
          id: item.id,
          kind: item.kind,
          path: item.path,
          skill: item.skill,
          text: keepRepeatMarkAttached(item.text[locale]),
        };
  });
}

/**
 * Everything wrong with the released banks kept beside today's, as readable lines. Each must still give the version
 * it was released under (its items were not edited), and no two banks may share the tag a result code carries (the
 * first four hex digits of the version), or a code could be read with the wrong questions.
 * @example findReleasedBankProblems('a1b2c3d4', [{ version: '0d1b8e00', items }]) // []
 */
export function findReleasedBankProblems(
  currentVersion: string,
  released: readonly { version: string; items: readonly BankItem[] }[],
): string[] {
  const problems: string[] = [];
  const tags = new Map<string, string>([[currentVersion.slice(0, 4), currentVersion]]);
  for (const bank of released) {
    const actual = questionBankVersion(bank.items.map(toScoringItem));
    if (actual !== bank.version)
      problems.push(`released bank ${bank.version} was edited: its items now give version ${actual}`);
    const tag = bank.version.slice(0, 4);
    const other = tags.get(tag);
    if (other !== undefined && other !== bank.version)
      problems.push(`released bank ${bank.version} shares its code tag "${tag}" with bank ${other}`);
    tags.set(tag, bank.version);
  }
  return problems;
}

/**
 * The bank in one language.
 * @example localizeBank(items, skills, paths, 'th', (route) => `/th/${route}`, 15).questions[0].text
 */
export function localizeBank(
  items: readonly BankItem[],
  skills: readonly BankSkill[],
  bankPaths: readonly BankPath[],
  locale: Locale,
  explainerUrl: (route: string) => string,
  band: number,
): QuizBank {
  return {
    version: questionBankVersion(items.map(toScoringItem)),
    band,
    questions: localizeQuestions(items, locale),
    skills: skills.map((skill) => ({
      id: skill.id,
      paths: skill.paths,
      name: skill.name[locale],
      description: keepRepeatMarkAttached(skill.description[locale]),
      advice: skill.advice[locale].map(keepRepeatMarkAttached),
    })),
    paths: bankPaths.map((path) => ({
      id: path.id,
      name: path.name[locale],
      explainerUrl: explainerUrl(path.explainer),
      jobs: path.jobs.map((job) => job.name[locale]),
    })),
  };
}

export type { AnswerValue };
