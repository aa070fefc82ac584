/**
 * On a result opened in a tab in job-fair mode (src/stores/fair.ts): a panel under the sharing tools that asks the
 * visitor to take their result with them, shows its QR code at once, and offers "Next person". That clears their
 * answers and goes back to the fair page, which drops every history entry after it. The panel's words come from the
 * fair page through the mode, so result pages outside job-fair mode carry none of them. Loaded by the result page only
 * in job-fair mode.
 */
import { clearPerson, fairMode, type FairResultWords } from '../../stores/fair';
import { historyIndex } from '../fair/history-index';

export function offerNextPerson(): void {
  const mode = fairMode();
  const share = document.querySelector<HTMLElement>('[data-share-box]');
  if (!mode || !share || document.querySelector('[data-fair-next]')) return;
  const language = document.documentElement.lang;
  // Job-fair mode holds every word in each language it holds (decodeFairMode): this page's, or the other's.
  const words = mode.words[language] ?? Object.values(mode.words)[0];
  const fairUrl = mode.fairUrls[language] ?? Object.values(mode.fairUrls)[0];
  if (!words || !fairUrl) return;
  const say = (key: keyof FairResultWords) => words[key];

  const panel = document.createElement('section');
  panel.className = 'fair-next';
  panel.dataset['fairNext'] = '';
  panel.setAttribute('aria-labelledby', 'fair-next-heading');
  const heading = document.createElement('h2');
  heading.id = 'fair-next-heading';
  heading.textContent = say('fair.result.heading');
  const body = document.createElement('p');
  body.textContent = say('fair.result.body');
  const next = button(say('fair.result.next'), 'button');
  const confirm = document.createElement('div');
  confirm.className = 'fair-next__confirm';
  confirm.hidden = true;
  confirm.setAttribute('role', 'group');
  confirm.setAttribute('aria-labelledby', 'fair-next-confirm');
  const question = document.createElement('p');
  question.id = 'fair-next-confirm';
  question.textContent = say('fair.result.confirm');
  const yes = button(say('fair.result.yes'), 'button');
  const no = button(say('fair.result.no'), 'button button--secondary');
  // The buttons' row keeps a gap between them when a phone wraps them one above the other: "Yes" clears the visitor's
  // result, and must not touch "Not yet".
  const answers = document.createElement('div');
  answers.className = 'quiz-actions fair-next__answers';
  answers.append(yes, no);
  confirm.append(question, answers);
  panel.append(heading, body, next, confirm);
  share.after(panel);

  // The visitor's phone camera needs the code on screen: show it without a press.
  share.querySelector<HTMLButtonElement>('[data-share-qr]')?.click();
  // LINE's share link would open in this tab with the result's address in its own, which the browser's History keeps
  // for the next visitor; and on the stand's device it would send from the stand's LINE, not the visitor's.
  const line = share.querySelector<HTMLElement>('[data-share-line]');
  if (line) line.hidden = true;

  next.addEventListener('click', () => {
    confirm.hidden = false;
    next.hidden = true;
    no.focus();
  });
  no.addEventListener('click', () => {
    confirm.hidden = true;
    next.hidden = false;
    next.focus();
  });
  yes.addEventListener('click', () => {
    clearPerson();
    const steps = historyIndex() - mode.startIndex;
    // Back to the fair page's own entry, which drops this result and the quiz from the tab's history. Should the
    // history no longer reach it (a browser keeps at most 50 entries), the fair page replaces this one instead.
    if (steps > 0) history.go(-steps);
    setTimeout(() => location.replace(fairUrl), steps > 0 ? 1500 : 0);
  });
}

function button(text: string, className: string): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.className = className;
  element.textContent = text;
  return element;
}
