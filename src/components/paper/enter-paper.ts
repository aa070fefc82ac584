/**
 * The paper page's script: digits only, one per row, on to the next row by itself; then the result code the quiz
 * would give (src/lib/paper-entry.ts), a link to the result, and a way to add the person to a kept group.
 */
import { fillTemplate, type TemplateValues } from '../../lib/i18n';
import { asciiDigits, readPastedAnswers, readWorksheet, worksheetCode } from '../../lib/paper-entry';
import { groupResultCode } from '../../lib/result-code';
import { addToGroup, keptGroups, watchGroups } from '../../stores/groups';
import type { PaperPageData, PaperScriptKey } from './paper-page-data';

export function startPaperEntry(): void {
  const root = document.querySelector<HTMLElement>('[data-paper-root]');
  const dataElement = document.getElementById('paper-data');
  if (!root || !dataElement) return;
  const data = JSON.parse(dataElement.textContent ?? '{}') as PaperPageData;
  const say = (key: PaperScriptKey, values: TemplateValues = {}) => fillTemplate(data.strings[key], values);
  const form = root.querySelector<HTMLFormElement>('[data-paper-form]');
  const error = root.querySelector<HTMLElement>('[data-paper-error]');
  const filled = root.querySelector<HTMLElement>('[data-paper-filled]');
  const resultPart = root.querySelector<HTMLElement>('[data-paper-result]');
  const inputs = [...root.querySelectorAll<HTMLInputElement>('[data-paper-row]')];
  if (!form || !error || !filled || !resultPart) return;
  let code = '';

  const typed = () => inputs.map((input) => input.value);
  const countFilled = () => {
    const { answers } = readWorksheet(data.itemIds, typed());
    filled.textContent = say('paper.filled', { count: Object.keys(answers).length, total: data.itemIds.length });
  };
  const markInvalid = (rows: readonly number[]) => {
    for (const [index, input] of inputs.entries()) {
      if (rows.includes(index + 1)) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    error.hidden = rows.length === 0;
    error.textContent = rows.map((row) => say('paper.invalid', { number: row })).join(' ');
  };

  for (const [index, input] of inputs.entries()) {
    input.addEventListener('input', () => {
      // Keep only the last key typed, so typing over a row replaces its number without selecting it first.
      const digit = asciiDigits(input.value).slice(-1);
      if (/^[1-5]$/u.test(digit)) {
        input.value = digit;
        input.removeAttribute('aria-invalid');
        if (!inputs.some((each) => each.getAttribute('aria-invalid') === 'true')) markInvalid([]);
        const next = inputs[index + 1];
        if (next) next.focus();
        else form.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
      } else if (input.value !== '') {
        input.value = '';
        input.setAttribute('aria-invalid', 'true');
        error.hidden = false;
        error.textContent = say('paper.invalid', { number: index + 1 });
      }
      resultPart.hidden = true;
      countFilled();
    });
    // A paste fills this row and the ones after it, or nothing with a message: the box keeps two characters and the
    // input handler one, so "12345" would otherwise leave a silent "2" (readPastedAnswers).
    input.addEventListener('paste', (event) => {
      const text = event.clipboardData?.getData('text/plain');
      if (text === undefined) return;
      event.preventDefault();
      const pasted = readPastedAnswers(text, inputs.length - index);
      if (!pasted.ok) {
        error.hidden = false;
        error.textContent =
          pasted.problem === 'not-answers'
            ? say('paper.paste.notAnswers')
            : say('paper.paste.tooMany', { count: pasted.count, number: index + 1, rows: inputs.length - index });
        return;
      }
      if (pasted.answers.length === 0) return;
      pasted.answers.forEach((answer, offset) => {
        const row = inputs[index + offset];
        if (row) row.value = answer;
      });
      const filledRows = new Set(pasted.answers.map((_, offset) => index + offset + 1));
      markInvalid(
        inputs.flatMap((row, rowIndex) =>
          row.getAttribute('aria-invalid') === 'true' && !filledRows.has(rowIndex + 1) ? [rowIndex + 1] : [],
        ),
      );
      const next = inputs[index + pasted.answers.length];
      if (next) next.focus();
      else form.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
      resultPart.hidden = true;
      countFilled();
    });
    input.addEventListener('keydown', (event) => {
      const previous = inputs[index - 1];
      const next = inputs[index + 1];
      if (event.key === 'Backspace' && input.value === '' && previous) {
        event.preventDefault();
        previous.focus();
        previous.select();
      } else if (event.key === 'ArrowUp' && previous) {
        event.preventDefault();
        previous.focus();
      } else if ((event.key === 'ArrowDown' || event.key === 'Enter') && next) {
        event.preventDefault();
        next.focus();
      }
    });
    input.addEventListener('focus', () => input.select());
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const read = readWorksheet(data.itemIds, typed());
    if (read.invalidRows.length > 0) {
      markInvalid(read.invalidRows);
      inputs[(read.invalidRows[0] ?? 1) - 1]?.focus();
      return;
    }
    if (Object.keys(read.answers).length === 0) {
      error.hidden = false;
      error.textContent = say('paper.empty');
      inputs[0]?.focus();
      return;
    }
    markInvalid([]);
    code = worksheetCode(data.version, data.itemIds, typed());
    const codeLine = root.querySelector('[data-paper-code]');
    if (codeLine) codeLine.textContent = say('paper.result.code', { code: groupResultCode(code) });
    root.querySelector('[data-paper-open]')?.setAttribute('href', `${data.resultUrl}#${code}`);
    showGroups();
    resultPart.hidden = false;
    root.querySelector<HTMLElement>('#paper-result-heading')?.focus();
  });

  root.querySelector('[data-paper-next]')?.addEventListener('click', () => {
    for (const input of inputs) input.value = '';
    markInvalid([]);
    resultPart.hidden = true;
    code = '';
    const person = root.querySelector<HTMLInputElement>('[data-paper-person]');
    if (person) person.value = '';
    setGroupStatus('');
    countFilled();
    inputs[0]?.focus();
  });

  const groupSelect = root.querySelector<HTMLSelectElement>('[data-paper-group]');
  function showGroups() {
    const groups = keptGroups();
    const fields = root?.querySelector<HTMLElement>('[data-paper-group-fields]');
    const none = root?.querySelector<HTMLElement>('[data-paper-no-group]');
    if (fields) fields.hidden = groups.length === 0;
    if (none) none.hidden = groups.length > 0;
    if (!groupSelect) return;
    const chosen = groupSelect.value;
    groupSelect.replaceChildren(
      ...groups.map((group) => {
        const option = document.createElement('option');
        option.value = group.id;
        option.textContent = group.name;
        return option;
      }),
    );
    if (groups.some((group) => group.id === chosen)) groupSelect.value = chosen;
  }
  function setGroupStatus(text: string) {
    const status = root?.querySelector('[data-paper-group-status]');
    if (status) status.textContent = text;
  }

  root.querySelector<HTMLFormElement>('[data-paper-group-form]')?.addEventListener('submit', (event) => {
    event.preventDefault();
    const group = keptGroups().find((each) => each.id === groupSelect?.value);
    if (!group || code === '') return;
    if (group.entries.some((entry) => entry.code === code)) {
      setGroupStatus(say('paper.group.already', { name: group.name }));
      return;
    }
    const label = root.querySelector<HTMLInputElement>('[data-paper-person]')?.value.trim().slice(0, 200) ?? '';
    const line = Math.max(0, ...group.entries.map((entry) => entry.line)) + 1;
    // Added to what storage holds now: names typed meanwhile in a group tab stay, and that tab shows this person.
    const written = addToGroup(
      group.id,
      [{ code, raw: groupResultCode(code), line, kind: 'code', count: 1 }],
      label === '' ? {} : { [code]: label },
    );
    if (written === 'gone') showGroups();
    setGroupStatus(
      written === 'stored'
        ? say('paper.group.added', { name: group.name })
        : say(written === 'gone' ? 'paper.group.gone' : 'paper.group.failed', { name: group.name }),
    );
  });

  // A group kept, renamed or deleted in another tab shows in the list at once.
  countFilled();
  // In a task of its own: the page's first read of storage takes a few milliseconds on a desktop, and on a slow
  // phone it made the script's start one long task with the rest of the set-up (npm run bench, TBT at 8.7x).
  setTimeout(() => watchGroups(() => showGroups()));
}
