/**
 * What a bank's items say, checked against the skills they are tagged with (content/quiz/skills.yaml `cues` and
 * `technical`): part of findQuizBankProblems (quiz-bank.ts), which stops the build on today's bank. Pure.
 */
import type { BankItem, BankSkill } from './quiz-bank';
import type { Path } from './scoring';

interface Localized {
  th: string;
  en: string;
}

/** A side may have at most this many tasks about a technical (IT) skill, and a skill this many tasks in all. */
export const maximumTechnicalTasksPerSide = 1;
export const maximumTasksPerSkill = 2;
/** Two tasks that share at least this share of their words (Jaccard, English) ask about the same thing. */
export const sameTaskOverlap = 0.5;

/** Words that say little about a task, left out when two tasks are compared. */
const commonWords = new Set(
  'a an the to of in on at for with from by as so that this these your you they them their it its is are be until when while what which who how each every one all any about has have just after another many new'.split(
    ' ',
  ),
);

/** The words of an English text that say what it is about, lower-case, without a plural or possessive "s". */
function contentWords(text: string): Set<string> {
  const words = text.toLowerCase().match(/[a-z0-9%]+/gu) ?? [];
  return new Set(words.filter((word) => !commonWords.has(word)).map((word) => word.replace(/(?<=..)s$/u, '')));
}

/** True when `text` uses one of the skill's cue words: at the start of an English word, anywhere in Thai. */
function usesCue(text: Localized, cues: BankSkill['cues'], language: keyof Localized): boolean {
  if (language === 'th') return cues.th.some((cue) => text.th.includes(cue));
  const lower = text.en.toLowerCase();
  return cues.en.some((cue) =>
    new RegExp(`\\b${cue.toLowerCase().replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}`, 'u').test(lower),
  );
}

/** A task that decides the side: a preference, or either option of a scenario. */
interface SideTask {
  itemId: string;
  path: Path;
  skill: string;
  text: Localized;
}

function sideTasks(items: readonly BankItem[]): SideTask[] {
  return items.flatMap((item): SideTask[] => {
    if (item.kind === 'self-rating') return [];
    if (item.kind === 'preference') return [{ itemId: item.id, path: item.path, skill: item.skill, text: item.text }];
    return [item.a, item.b].map((task) => ({ itemId: item.id, path: task.path, skill: task.skill, text: task.text }));
  });
}

/**
 * What the items say, checked against the skills they are tagged with: each item uses a cue word of its own skill
 * (so a self-rating is about its skill); a task that decides the side uses no cue word of another skill of its side
 * alone (a filing task tagged "organisation" would make two skills one); no two tasks ask about the same thing, and a
 * skill has at most two; a side has at most one task about an IT skill, so an interest in IT does not tilt it.
 * @example findItemMeaningProblems(items, skills) // [] or ['task "enjoy-records" (organisation) uses a cue word of "filing-deadlines" (th)']
 */
export function findItemMeaningProblems(items: readonly BankItem[], skills: readonly BankSkill[]): string[] {
  const problems: string[] = [];
  const skillById = new Map(skills.map((skill) => [skill.id, skill]));
  for (const item of items) {
    const tasks = item.kind === 'scenario' ? [item.a, item.b] : [item];
    for (const task of tasks) {
      const skill = skillById.get(task.skill);
      if (!skill) continue;
      for (const language of ['th', 'en'] as const)
        if (!usesCue(task.text, skill.cues, language))
          problems.push(`item "${item.id}" (${language}) uses no cue word of its skill "${skill.id}"`);
    }
  }
  const tasks = sideTasks(items);
  for (const task of tasks) {
    const others = skills.filter(
      (skill) => skill.id !== task.skill && skill.paths.length === 1 && skill.paths[0] === task.path,
    );
    for (const other of others)
      for (const language of ['th', 'en'] as const)
        if (usesCue(task.text, other.cues, language))
          problems.push(`task "${task.itemId}" (${task.skill}) uses a cue word of "${other.id}" (${language})`);
  }
  tasks.forEach((task, index) => {
    const words = contentWords(task.text.en);
    for (const later of tasks.slice(index + 1)) {
      const laterWords = contentWords(later.text.en);
      const shared = [...words].filter((word) => laterWords.has(word)).length;
      if (shared / new Set([...words, ...laterWords]).size >= sameTaskOverlap)
        problems.push(`tasks "${task.itemId}" and "${later.itemId}" ask about the same thing`);
    }
  });
  for (const skill of skills) {
    const count = tasks.filter((task) => task.skill === skill.id).length;
    if (count > maximumTasksPerSkill)
      problems.push(`skill "${skill.id}" has ${count} tasks that decide the side; at most ${maximumTasksPerSkill}`);
  }
  for (const path of ['front', 'back'] as const) {
    const technical = tasks.filter((task) => task.path === path && skillById.get(task.skill)?.technical).length;
    if (technical > maximumTechnicalTasksPerSide)
      problems.push(
        `the ${path} side has ${technical} tasks about an IT skill; at most ${maximumTechnicalTasksPerSide}`,
      );
  }
  return problems;
}
