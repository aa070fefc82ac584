/**
 * The plan page's script: reads the result code and the chosen skills from the link, offers the person's skills
 * (lowest rated first) to choose up to three, shows the parts of the plan chosen, and keeps the link in step, so
 * that copying it, printing, or sending it keeps the same plan. It only shows, hides and writes text.
 */
import { codeFromFragment } from '../../lib/code-text';
import { fillTemplate } from '../../lib/i18n';
import { planChoices, planFragment, planSkillLimit, planSkillsFromFragment } from '../../lib/plan';
import { scaleLabelKey, type ScaleLabelKey } from '../../lib/quiz-strings';
import { openResultCode, type ScoringBank } from '../../lib/released-banks';
import { normalizeResultCode } from '../../lib/result-code';
import { skillRatingsOf, type ScoringSkill } from '../../lib/scoring';
import { keepFragmentOnInPageLinks } from '../in-page-links';
import { fillShareBox, startShareBox } from '../share/share-box';
import { showList } from '../show-list';

/** What the page hands its script, as JSON. */
export interface PlanPageData {
  /** Today's bank first, then every bank released before it, newest first. */
  banks: ScoringBank[];
  skills: ScoringSkill[];
  labels: Readonly<Partial<Record<ScaleLabelKey, string>>>;
  /** "You said: {rating}". */
  rating: string;
}

/** The plan for the code in the link, or the problem message when the link holds no result. */
function show(root: HTMLElement, data: PlanPageData) {
  const code = normalizeResultCode(codeFromFragment(location.hash));
  const opened = openResultCode(code, data.banks);
  for (const part of root.querySelectorAll<HTMLElement>('[data-plan-state]'))
    part.hidden = part.dataset['planState'] !== (opened.ok ? 'plan' : 'problem');
  if (!opened.ok) return undefined;
  const ratings = skillRatingsOf(opened.bank.items, opened.answers);
  for (const skill of data.skills) {
    const rating = ratings[skill.id];
    const text =
      rating === undefined
        ? ''
        : `(${fillTemplate(data.rating, { rating: data.labels[scaleLabelKey('self-rating', rating)] ?? '' })})`;
    for (const element of root.querySelectorAll(`[data-key="${skill.id}"] [data-rating]`)) element.textContent = text;
  }
  showList(root.querySelector('[data-plan-choices]'), planChoices(data.skills, ratings));
  return code;
}

/** Ticks the chosen skills, shows their parts in the order chosen, and says when the limit is reached. */
function showChosen(root: HTMLElement, chosen: readonly string[]) {
  const full = chosen.length >= planSkillLimit;
  for (const box of root.querySelectorAll<HTMLInputElement>('[data-plan-choices] input')) {
    box.checked = chosen.includes(box.value);
    // A full plan offers only what is in it: untick one to choose another.
    box.disabled = full && !box.checked;
  }
  // Written into a status line that is always there, so a screen reader says it as the limit is reached.
  const fullNote = root.querySelector<HTMLElement>('[data-plan-full]');
  if (fullNote) fullNote.textContent = full ? (fullNote.dataset['text'] ?? '') : '';
  showList(root.querySelector('[data-plan-chosen]'), chosen);
  root.querySelector<HTMLElement>('[data-plan-none]')?.toggleAttribute('hidden', chosen.length > 0);
}

/** Starts the plan page: shows the plan in the link, and again whenever the choice or the link changes. */
export function startPlanPage(): void {
  const root = document.querySelector<HTMLElement>('[data-plan-root]');
  const json = document.getElementById('plan-data')?.textContent;
  if (!root || !json) return;
  const data = JSON.parse(json) as PlanPageData;
  const known = data.skills.map((skill) => skill.id);
  let code: string | undefined;
  let chosen: string[] = [];
  const shareBox = root.querySelector<HTMLElement>('[data-share-box]');
  const printedLink = root.querySelector<HTMLElement>('[data-plan-link]');
  const keepInLink = () => {
    if (code === undefined) return;
    history.replaceState(history.state, '', `#${planFragment(code, chosen)}`);
    fillShareBox(shareBox, location.href);
    // On paper the link wraps as text; the field on screen would cut it at the edge.
    if (printedLink) printedLink.textContent = location.href;
    const back = root.querySelector<HTMLAnchorElement>('[data-plan-result]');
    if (back) back.hash = code;
  };
  const render = () => {
    code = show(root, data);
    chosen = planSkillsFromFragment(location.hash, known);
    showChosen(root, chosen);
    keepInLink();
  };
  // In a task of its own, after the one that loads this script: together they could hold a slow phone past 50 ms.
  setTimeout(render);
  addEventListener('hashchange', render);
  keepFragmentOnInPageLinks();
  startShareBox(root.querySelector('[data-share-box]'));

  root.querySelector('[data-plan-form]')?.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement;
    chosen = box.checked
      ? [...chosen, box.value].slice(0, planSkillLimit)
      : chosen.filter((skill) => skill !== box.value);
    showChosen(root, chosen);
    keepInLink();
  });

  root.querySelector('[data-plan-print]')?.addEventListener('click', () => window.print());
}
