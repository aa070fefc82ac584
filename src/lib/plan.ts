/**
 * A plan: up to three skills a person chooses to work on, kept in the link like the result itself. The plan's
 * fragment is the result code, then each chosen skill after a "/": `#1GNF7…/numbers/patience`. Every page that
 * reads a code stops at the first "/", so a plan link opened on the result page shows the result it came from.
 */
import type { AnswerValue } from './answers';
import type { ScoringSkill } from './scoring';

/** The most skills a plan holds: enough to act on in the weeks after a self-check, few enough to keep. */
export const planSkillLimit = 3;

/**
 * The skills chosen in a plan's fragment: known skills only, each once, at most `planSkillLimit`, in the order
 * written. What apps add after a link (`?openExternalBrowser=1`, `&…`) is left out.
 * @example planSkillsFromFragment('#1GNF7…/numbers/nonsense/patience?openExternalBrowser=1', ['numbers', 'patience'])
 * // ['numbers', 'patience']
 */
export function planSkillsFromFragment(fragment: string, known: readonly string[]): string[] {
  let text = fragment.startsWith('#') ? fragment.slice(1) : fragment;
  try {
    text = decodeURIComponent(text);
  } catch {
    // Left as it is: the skills are plain letters and hyphens, so a broken escape only loses the word it is in.
  }
  const cut = text.search(/[?&]/u);
  const parts = (cut === -1 ? text : text.slice(0, cut)).split('/').slice(1);
  const chosen: string[] = [];
  for (const part of parts) {
    const skill = part.trim().toLowerCase();
    if (known.includes(skill) && !chosen.includes(skill)) chosen.push(skill);
  }
  return chosen.slice(0, planSkillLimit);
}

/**
 * A plan's fragment (without "#"): the code, then the chosen skills.
 * @example planFragment('1GNF7ABC', ['numbers', 'patience']) // '1GNF7ABC/numbers/patience'
 */
export function planFragment(code: string, skills: readonly string[]): string {
  return [code, ...skills.slice(0, planSkillLimit)].join('/');
}

/**
 * The skills a plan offers, in the order offered: every skill, the lowest rated first (the skills to develop lead),
 * skills rated alike in the skills model's order, and skills the code's bank never asked about last.
 * @example planChoices(skills, { numbers: 2, patience: 5, listening: 2 }) // ['listening', 'numbers', 'patience', …unrated]
 */
export function planChoices(skills: readonly ScoringSkill[], ratings: Readonly<Record<string, AnswerValue>>): string[] {
  // Array.prototype.sort is stable: skills rated alike keep the model's order; unrated ones sort as 6, after all.
  return [...skills]
    .sort((first, second) => (ratings[first.id] ?? 6) - (ratings[second.id] ?? 6))
    .map((skill) => skill.id);
}
