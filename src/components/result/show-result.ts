/**
 * The result page's script: reads the code in the link's fragment and shows what the page already holds for it.
 * It only shows, hides and writes numbers; what to show is worked out by buildResultView in src/lib/.
 */
import { codeFromFragment } from '../../lib/code-text';
import { fillTemplate } from '../../lib/i18n';
import type { FitJob } from '../../lib/job-fit';
import { middleStretch, scaleX } from '../../lib/position-scale';
import { openResultCode, type ScoringBank } from '../../lib/released-banks';
import { groupResultCode, normalizeResultCode } from '../../lib/result-code';
import { buildResultView, resultListNames, type AnswerLabelKey } from '../../lib/result-view';
import type { ScoringSkill } from '../../lib/scoring';
import { inFairMode, keptResultCode } from '../../stores/fair-result';
import { isOwnResult } from '../../stores/own-result';
import { keepFragmentOnInPageLinks } from '../in-page-links';
import { fillShareBox, startShareBox } from '../share/share-box';
import { showList } from '../show-list';
import { loadCodeReader, readTypedCode } from '../typed-code';
import { afterFrame, nextTask } from '../timing';

/** What the page hands its script, as JSON: what scoring needs, and the few words the script writes itself. */
export interface ResultPageData {
  /** Today's bank first, then every bank released before it, newest first. */
  banks: ScoringBank[];
  skills: ScoringSkill[];
  /** The answer scales' labels, by UI-string key: every key an answer's label can have. */
  labels: Readonly<Record<AnswerLabelKey, string>>;
  notAnswered: string;
  /** What a skill's cell says when the bank that made the code did not ask about it. */
  notAsked: string;
  /** The example jobs, in the order that settles ties (byWayIn, src/lib/jobs.ts). */
  jobs: FitJob[];
}

/**
 * In job-fair mode, the visitor's result code, which the quiz kept for this tab instead of putting it in the address
 * (src/stores/fair.ts); undefined when the address names a code of its own (one typed into the page's box) or the
 * mode is off. The language switch and the link to the detail view then carry no code either: the page they open
 * reads it here too.
 */
function fairResultCode(): string | undefined {
  return location.hash.length > 1 ? undefined : keptResultCode();
}

function showVariants(root: ParentNode, variants: readonly string[]) {
  for (const element of root.querySelectorAll<HTMLElement>('[data-variant]'))
    element.hidden = !variants.includes(element.dataset['variant'] ?? '');
}

/** Under a job, its key skills to practise (`gaps`), or the line saying all are strong; neither when none is rated. */
function showGaps(job: HTMLElement, jobGaps: Readonly<Record<string, string[]>>) {
  const gaps = jobGaps[job.dataset['key'] ?? ''];
  const list = job.querySelector<HTMLElement>('[data-gaps]');
  if (list) showList(list, gaps ?? []);
  job.querySelector<HTMLElement>('[data-job-gaps]')?.toggleAttribute('hidden', !gaps?.length);
  job.querySelector<HTMLElement>('[data-job-ready]')?.toggleAttribute('hidden', gaps?.length !== 0);
}

/** The summary's picture (PositionScale.astro): the marker where the person sits, and the balanced stretch. */
function placeOnScale(root: HTMLElement, position: number, band: number) {
  root.querySelector('[data-scale-marker]')?.setAttribute('transform', `translate(${scaleX(position)} 0)`);
  const { x, width } = middleStretch(band);
  const middle = root.querySelector('[data-scale-middle]');
  middle?.setAttribute('x', String(x));
  middle?.setAttribute('width', String(width));
}

/** The latest call of {@link show}: an earlier one, still waiting for its next task, stops there. */
let latestShow = 0;

function showState(root: HTMLElement, state: 'loading' | 'problem' | 'result') {
  for (const part of root.querySelectorAll<HTMLElement>('[data-result-state]'))
    part.hidden = part.dataset['resultState'] !== state;
}

/**
 * Shows the result in the link, in tasks a slow phone can take without freezing: the link is read in the first,
 * the result worked out in the second, and written into the page in two more, hidden, the page saying "loading"
 * meanwhile, never half of one result and half of another. Done in one task, the Thai result blocked a phone's CPU
 * for about 70 ms before the browser even drew it (npm run bench).
 */
async function show(root: HTMLElement, data: ResultPageData, moveFocus: boolean) {
  const turn = ++latestShow;
  const goOn = async () => {
    await nextTask();
    return turn === latestShow;
  };
  showState(root, 'loading');
  const fairCode = fairResultCode();
  const fragment = fairCode ?? codeFromFragment(location.hash);
  const decoded = openResultCode(fragment, data.banks);
  // A link read past what apps add after the code (?openExternalBrowser=1, a "/", a ".") is tidied to the code alone.
  // Never a job-fair visitor's: their code stays out of every address the browser records.
  if (decoded.ok && fairCode === undefined && location.hash !== `#${normalizeResultCode(fragment)}`)
    history.replaceState(history.state, '', `#${normalizeResultCode(fragment)}`);
  // The language switch and the links between the two views lead to the same result.
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.language-switch, a[data-keeps-fragment]'))
    link.hash = location.hash;
  if (!(await goOn())) return;

  if (!decoded.ok) {
    const heading = decoded.problem === 'empty' ? 'result.empty.heading' : 'result.problem.heading';
    showVariants(root, [heading, `result.problem.${decoded.problem}`]);
  } else {
    const view = buildResultView(decoded.bank.items, data.skills, decoded.answers, decoded.earlier, data.jobs);
    const code = normalizeResultCode(fragment);
    // Numbers, the code, and each answer's label (`label.<id>`), all written in as text.
    const values: Record<string, number | string> = { ...view.values, code: groupResultCode(code) };
    for (const [id, key] of Object.entries(view.answerLabels)) values[`label.${id}`] = data.labels[key];
    for (const id of view.notAsked) values[`skill.${id}`] = data.notAsked;
    if (!(await goOn())) return;

    showVariants(root, view.variants);
    for (const name of resultListNames) {
      const list = root.querySelector<HTMLElement>(`[data-list="${name}"]`);
      if (list) showList(list, view.lists[name]);
    }
    for (const job of root.querySelectorAll<HTMLElement>('[data-list="jobs"] > [data-key]'))
      showGaps(job, view.jobGaps);
    sayReasonAnswers(root.querySelector<HTMLElement>('[data-list="reasons"]'), values);
    if (!(await goOn())) return;

    for (const element of root.querySelectorAll<HTMLElement>('[data-value]')) {
      const value = values[element.dataset['value'] ?? ''];
      // An unanswered item: its label is left empty, its number (and an unanswered skill's score) says so.
      const name = element.dataset['value'] ?? '';
      // An average self-rating keeps its decimal ("4.0"), so two averages read as the same kind of number.
      const text = typeof value === 'number' && name.startsWith('mean-') ? value.toFixed(1) : String(value);
      element.textContent = value === undefined ? (name.startsWith('label.') ? '' : data.notAnswered) : text;
    }
    placeOnScale(root, view.values['position'] ?? 50, view.values['band'] ?? 0);
    const whose = isOwnResult(decoded.bank.version, decoded.answers) ? 'own' : 'other';
    for (const action of root.querySelectorAll<HTMLElement>('[data-whose-result]'))
      action.hidden = action.dataset['whoseResult'] !== whose;
    fillShareBox(root.querySelector('[data-share-box]'), `${location.origin}${location.pathname}#${code}`);
    // The job-fair panel (about 1 KB) is loaded only in job-fair mode; the offline copy holds it like any page file.
    if (inFairMode()) void import('./fair-next').then((fair) => fair.offerNextPerson());
  }
  const state = decoded.ok ? 'result' : 'problem';
  showState(root, state);

  if (moveFocus) {
    const heading = root.querySelector<HTMLElement>(`[data-result-state="${state}"] [data-screen-heading]`);
    // After the browser has drawn the new state, so the screen reader reads what is there.
    void afterFrame().then(() => heading?.focus());
  }
}

/**
 * Ends each reason shown with the answer it came from, "(คุณตอบว่า: ชอบมาก)", from the list's one template: written
 * into every reason at build time, the same words took about 500 B of the page's gzip.
 */
function sayReasonAnswers(list: HTMLElement | null, values: Record<string, number | string>) {
  for (const reason of list?.querySelectorAll<HTMLElement>(':scope > li') ?? []) {
    // The answer written for an earlier result (a reason holds no other element).
    reason.querySelector('span')?.remove();
    if (reason.hidden) continue;
    // A scenario's two tasks ("choose-x:a", "choose-x:b") share the label of the choice made.
    const [id, option] = (reason.dataset['key'] ?? '').split(':');
    const answer = document.createElement('span');
    answer.className = 'muted';
    answer.textContent = ` (${fillTemplate(list?.dataset['answer'] ?? '', { answer: values[option ? `label.choice.${id}` : `label.${id}`] ?? '' })})`;
    reason.append(answer);
  }
}

/** Shows the result in the link now, and again whenever the fragment changes (a typed code, a pasted link). */
export function startResultPage(): void {
  const root = document.querySelector<HTMLElement>('[data-result-root]');
  const json = document.getElementById('result-data')?.textContent;
  if (!root || !json) return;
  const data = JSON.parse(json) as ResultPageData;
  // In a task of its own, after the one that loads this script: together they could block a slow phone for 50 ms.
  setTimeout(() => void show(root, data, false));
  addEventListener('hashchange', () => void show(root, data, true));
  keepFragmentOnInPageLinks();
  startShareBox(root.querySelector('[data-share-box]'));

  const form = root.querySelector<HTMLFormElement>('[data-result-code-form]');
  form?.addEventListener('focusin', () => void loadCodeReader(), { once: true });
  form?.addEventListener('submit', (event) => {
    event.preventDefault();
    void readTypedCode(String(new FormData(form).get('code') ?? '')).then((typed) => {
      // The same fragment again fires no hashchange, yet the person pressed the button and expects an answer.
      if (normalizeResultCode(codeFromFragment(location.hash)) === typed) void show(root, data, true);
      else location.hash = typed;
    });
  });

  const print = root.querySelector<HTMLButtonElement>('[data-print]');
  if (print) {
    print.hidden = false;
    print.addEventListener('click', () => window.print());
  }
}
