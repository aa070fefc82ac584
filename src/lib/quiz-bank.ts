/**
 * The question bank as a whole: the checks that need more than one item at a time, its version, and the
 * one-language view an island receives. Pure: no Astro, no DOM.
 */
import type { Locale } from './i18n';
import type { AnswerValue, Path, ScoringItem } from './scoring';

interface Localized {
  th: string;
  en: string;
}

/** An item of the bank, with its wording as `Text`: both languages in the content, one in the island. */
type Item<Text> =
  | { id: string; kind: 'preference' | 'self-rating'; path: Path; skill: string; text: Text }
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
  description: Localized;
  advice: { th: readonly string[]; en: readonly string[] };
}

export interface BankPath {
  id: Path;
  name: Localized;
  explainer: string;
  jobs: readonly Localized[];
}

export const minimumItems = 20;
export const maximumItems = 32;

/** Words that make an item negated or reverse-worded, which people misread and which translate badly. */
const negation = /\b(not|never|no|don't|doesn't|can't|cannot|won't|isn't|aren't|without being)\b/iu;

/**
 * Everything wrong with a bank as a whole, as readable lines; empty when the bank is sound.
 * @example findQuizBankProblems(items, skills) // [] or ['skill "patience" has no question']
 */
export function findQuizBankProblems(items: readonly BankItem[], skills: readonly BankSkill[]): string[] {
  const problems: string[] = [];
  const skillIds = new Set(skills.map((skill) => skill.id));
  const itemIds = new Set<string>();
  if (items.length < minimumItems || items.length > maximumItems) {
    problems.push(`the bank has ${items.length} items; it needs ${minimumItems}-${maximumItems}`);
  }
  for (const item of items) {
    if (itemIds.has(item.id)) problems.push(`item id "${item.id}" is used twice`);
    itemIds.add(item.id);
    const referenced = item.kind === 'scenario' ? [item.a.skill, item.b.skill] : [item.skill];
    for (const skill of referenced)
      if (!skillIds.has(skill)) problems.push(`item "${item.id}" names unknown skill "${skill}"`);
    const englishTexts = item.kind === 'scenario' ? [item.a.text.en, item.b.text.en] : [item.text.en];
    if (englishTexts.some((text) => negation.test(text))) problems.push(`item "${item.id}" is worded negatively`);
  }
  for (const kind of ['preference', 'self-rating'] as const) {
    if (!items.some((item) => item.kind === kind)) problems.push(`the bank has no ${kind} item`);
  }
  for (const skill of skills) {
    const asked = items.some((item) => item.kind !== 'scenario' && item.skill === skill.id);
    if (!asked) problems.push(`skill "${skill.id}" has no preference or self-rating item`);
  }
  return problems;
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
  return { id: item.id, kind: item.kind, path: item.path, skill: item.skill };
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
        : `${item.id}:${item.kind}:${item.path}/${item.skill}`,
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
    questions: items.map((item) =>
      item.kind === 'scenario'
        ? {
            id: item.id,
            kind: item.kind,
            a: { path: item.a.path, skill: item.a.skill, text: item.a.text[locale] },
            b: { path: item.b.path, skill: item.b.skill, text: item.b.text[locale] },
          }
        : { id: item.id, kind: item.kind, path: item.path, skill: item.skill, text: item.text[locale] },
    ),
    skills: skills.map((skill) => ({
      id: skill.id,
      paths: skill.paths,
      name: skill.name[locale],
      description: skill.description[locale],
      advice: skill.advice[locale],
    })),
    paths: bankPaths.map((path) => ({
      id: path.id,
      name: path.name[locale],
      explainerUrl: explainerUrl(path.explainer),
      jobs: path.jobs.map((job) => job[locale]),
    })),
  };
}

export type { AnswerValue };
