/**
 * The comparison page's script: reads two codes (from the link, or from what was typed or pasted into the two
 * boxes), says in the page's language what is wrong with either, and otherwise shows what changed between them
 * (src/lib/compare.ts). The comparison is kept in the link: `#<before>/<after>`. Nothing is stored.
 */
import { compareResults, comparedCodesFromFragment } from '../../lib/compare';
import { openResultCode, type ScoringBank } from '../../lib/released-banks';
import { normalizeResultCode } from '../../lib/result-code';
import type { ScoringSkill } from '../../lib/scoring';
import { keepFragmentOnInPageLinks } from '../in-page-links';
import { fillShareBox, startShareBox } from '../share/share-box';
import { showList } from '../show-list';
import { loadCodeReader, readTypedCode } from '../typed-code';

/** What the page hands its script, as JSON. */
export interface ComparePageData {
  banks: ScoringBank[];
  skills: ScoringSkill[];
  /** The words the script writes: rating labels, verdicts, each code problem, "same", "not rated", copying. */
  words: Readonly<Record<string, string>>;
}

const fields = ['before', 'after'] as const;

/** Writes `text` into the element `selector` finds under `root`. */
function write(root: ParentNode, selector: string, text: string) {
  const element = root.querySelector(selector);
  if (element) element.textContent = text;
}

/** Shows the comparison of the codes in the link, or the problem with each that cannot be opened. */
function show(form: HTMLFormElement, result: HTMLElement, data: ComparePageData, moveFocus: boolean) {
  const codes = comparedCodesFromFragment(location.hash).map(normalizeResultCode);
  if (codes.every((code) => code === '')) return;
  const opened = codes.map((code) => openResultCode(code, data.banks));
  const say = (key: string) => data.words[key] ?? '';
  let firstProblem: HTMLInputElement | undefined;
  fields.forEach((field, index) => {
    const input = form.elements.namedItem(field) as HTMLInputElement;
    const open = opened[index];
    if (document.activeElement !== input) input.value = codes[index] ?? '';
    const problem = open && !open.ok ? say(`compare.problem.${open.problem}`) : '';
    const error = form.querySelector<HTMLElement>(`[data-compare-error="${field}"]`);
    if (error) {
      error.textContent = problem;
      error.hidden = problem === '';
    }
    input.toggleAttribute('aria-invalid', problem !== '');
    if (problem !== '') firstProblem ??= input;
  });
  const [before, after] = opened;
  if (!before?.ok || !after?.ok) {
    result.hidden = true;
    if (moveFocus) firstProblem?.focus();
    return;
  }
  const comparison = compareResults(
    data.skills,
    { items: before.bank.items, answers: before.answers },
    { items: after.bank.items, answers: after.answers },
  );
  const rating = (value: number | undefined) =>
    value === undefined ? say('compare.notRated') : `${say(`quiz.scale.selfRating.${value}`)} (${value})`;
  for (const when of fields) {
    write(result, `[data-compare-cell="outcome-${when}"]`, say(`result.verdict.${comparison.outcomes[when]}`));
    for (const path of ['front', 'back'] as const)
      write(result, `[data-compare-cell="${path}-${when}"]`, String(comparison.scores[when][path]));
  }
  for (const change of comparison.skills) {
    const row = result.querySelector(`tr[data-key="${change.skill}"]`);
    if (!row) continue;
    write(row, '[data-compare-cell="before"]', rating(change.before));
    write(row, '[data-compare-cell="after"]', rating(change.after));
    const moved = change.change;
    write(
      row,
      '[data-compare-cell="change"]',
      moved === undefined ? '' : moved === 0 ? say('compare.change.same') : moved > 0 ? `+${moved}` : `−${-moved}`,
    );
  }
  showList(result.querySelector('[data-compare-new]'), comparison.newStrengths);
  result
    .querySelector<HTMLElement>('[data-compare-no-new]')
    ?.toggleAttribute('hidden', comparison.newStrengths.length > 0);
  // Each result opens on its own page: the result page sits beside this one, in the same language.
  const resultPage = location.pathname.replace(/compare\/?$/u, 'result/');
  fields.forEach((field, index) => {
    const link = result.querySelector<HTMLAnchorElement>(`[data-compare-open="${field}"]`);
    if (link) link.href = `${resultPage}#${codes[index] ?? ''}`;
  });
  fillShareBox(result.querySelector('[data-share-box]'), `${location.origin}${location.pathname}#${codes.join('/')}`);
  result.hidden = false;
  if (moveFocus) result.querySelector<HTMLElement>('#compare-heading')?.focus();
}

/** Starts the comparison page. */
export function startComparePage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
  const result = document.querySelector<HTMLElement>('[data-compare-result]');
  const json = document.getElementById('compare-data')?.textContent;
  if (!form || !result || !json) return;
  const data = JSON.parse(json) as ComparePageData;
  // In a task of its own, after the one that loads this script: together they could hold a slow phone past 50 ms.
  setTimeout(() => show(form, result, data, false));
  addEventListener('hashchange', () => show(form, result, data, true));
  keepFragmentOnInPageLinks();
  startShareBox(result.querySelector('[data-share-box]'));
  form.addEventListener('focusin', () => void loadCodeReader(), { once: true });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = fields.map((field) => readTypedCode(String(new FormData(form).get(field) ?? '')));
    void Promise.all(typed).then((codes) => {
      const hash = `#${codes.join('/')}`;
      // The same comparison again fires no hashchange, yet the person pressed the button and expects an answer.
      if (location.hash === hash) show(form, result, data, true);
      else location.hash = hash;
    });
  });
}
