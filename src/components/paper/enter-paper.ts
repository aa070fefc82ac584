/**
 * The paper page's script: digits only, one per row, on to the next row by itself; then the result code the quiz
 * would give (src/lib/paper-entry.ts), a link to the result, and a way to add the person to a kept group.
 */
import { fillTemplate, type TemplateValues } from '../../lib/i18n';
import { asciiDigits, readPastedAnswers, readWorksheet, worksheetCode } from '../../lib/paper-entry';
import { groupResultCode } from '../../lib/result-code';
import { addToGroup, keptGroups, watchGroups } from '../../stores/groups';
import type { PaperPageData, PaperScriptKey } from './paper-page-data';

/** The elements the script works on; without any of them it does nothing. */
interface PaperElements {
  root: HTMLElement;
  form: HTMLFormElement;
  error: HTMLElement;
  filled: HTMLElement;
  resultPart: HTMLElement;
  inputs: HTMLInputElement[];
}

function findElements(): PaperElements | undefined {
  const root = document.querySelector<HTMLElement>('[data-paper-root]');
  const form = root?.querySelector<HTMLFormElement>('[data-paper-form]');
  const error = root?.querySelector<HTMLElement>('[data-paper-error]');
  const filled = root?.querySelector<HTMLElement>('[data-paper-filled]');
  const resultPart = root?.querySelector<HTMLElement>('[data-paper-result]');
  if (!root || !form || !error || !filled || !resultPart) return undefined;
  const inputs = [...root.querySelectorAll<HTMLInputElement>('[data-paper-row]')];
  return { root, form, error, filled, resultPart, inputs };
}

/** The rows of a worksheet and what they add up to: one per page, over the page's own elements. */
class PaperEntry {
  /** The result code of the rows last checked, '' until they are. */
  private code = '';
  private readonly groupSelect: HTMLSelectElement | null;

  constructor(
    private readonly elements: PaperElements,
    private readonly data: PaperPageData,
  ) {
    this.groupSelect = elements.root.querySelector<HTMLSelectElement>('[data-paper-group]');
  }

  start(): void {
    const { root, form, inputs } = this.elements;
    for (const [index, input] of inputs.entries()) {
      input.addEventListener('input', () => this.typed(index));
      input.addEventListener('paste', (event) => this.pasted(index, event));
      input.addEventListener('keydown', (event) => this.moved(index, event));
      input.addEventListener('focus', () => input.select());
    }
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.check();
    });
    root.querySelector('[data-paper-next]')?.addEventListener('click', () => this.nextPerson());
    root.querySelector<HTMLFormElement>('[data-paper-group-form]')?.addEventListener('submit', (event) => {
      event.preventDefault();
      this.addToGroup();
    });
    this.countFilled();
    // A group kept, renamed or deleted in another tab shows in the list at once. In a task of its own: the page's
    // first read of storage takes a few milliseconds on a desktop, and on a slow phone it made the script's start one
    // long task with the rest of the set-up (npm run bench, TBT at 8.7x).
    setTimeout(() => watchGroups(() => this.showGroups()));
  }

  private say(key: PaperScriptKey, values: TemplateValues = {}): string {
    return fillTemplate(this.data.strings[key], values);
  }

  private values(): string[] {
    return this.elements.inputs.map((input) => input.value);
  }

  private countFilled(): void {
    const { answers } = readWorksheet(this.data.itemIds, this.values());
    this.elements.filled.textContent = this.say('paper.filled', {
      count: Object.keys(answers).length,
      total: this.data.itemIds.length,
    });
  }

  /** Marks exactly `rows` (numbered from 1) as wrong, and says which; none clears the message. */
  private markInvalid(rows: readonly number[]): void {
    const { inputs, error } = this.elements;
    for (const [index, input] of inputs.entries()) {
      if (rows.includes(index + 1)) input.setAttribute('aria-invalid', 'true');
      else input.removeAttribute('aria-invalid');
    }
    error.hidden = rows.length === 0;
    error.textContent = rows.map((row) => this.say('paper.invalid', { number: row })).join(' ');
  }

  private showError(text: string): void {
    this.elements.error.hidden = false;
    this.elements.error.textContent = text;
  }

  /** Focus on row `index` (from 0), or on the check button after the last row. */
  private focusRow(index: number): void {
    const row = this.elements.inputs[index];
    if (row) row.focus();
    else this.elements.form.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  }

  /** The rows changed: the result shown no longer matches them. */
  private changed(): void {
    this.elements.resultPart.hidden = true;
    this.countFilled();
  }

  private typed(index: number): void {
    const { inputs } = this.elements;
    const input = inputs[index];
    if (!input) return;
    // Keep only the last key typed, so typing over a row replaces its number without selecting it first.
    const digit = asciiDigits(input.value).slice(-1);
    if (/^[1-5]$/u.test(digit)) {
      input.value = digit;
      input.removeAttribute('aria-invalid');
      if (!inputs.some((each) => each.getAttribute('aria-invalid') === 'true')) this.markInvalid([]);
      this.focusRow(index + 1);
    } else if (input.value !== '') {
      input.value = '';
      input.setAttribute('aria-invalid', 'true');
      this.showError(this.say('paper.invalid', { number: index + 1 }));
    }
    this.changed();
  }

  /**
   * A paste fills this row and the ones after it, or nothing with a message: the box keeps two characters and the
   * input handler one, so "12345" would otherwise leave a silent "2" (readPastedAnswers).
   */
  private pasted(index: number, event: ClipboardEvent): void {
    const { inputs } = this.elements;
    const text = event.clipboardData?.getData('text/plain');
    if (text === undefined) return;
    event.preventDefault();
    const rowsLeft = inputs.length - index;
    const pasted = readPastedAnswers(text, rowsLeft);
    if (!pasted.ok) {
      this.showError(
        pasted.problem === 'not-answers'
          ? this.say('paper.paste.notAnswers')
          : this.say('paper.paste.tooMany', { count: pasted.count, number: index + 1, rows: rowsLeft }),
      );
      return;
    }
    if (pasted.answers.length === 0) return;
    pasted.answers.forEach((answer, offset) => {
      const row = inputs[index + offset];
      if (row) row.value = answer;
    });
    const filledRows = new Set(pasted.answers.map((_, offset) => index + offset + 1));
    this.markInvalid(
      inputs.flatMap((row, rowIndex) =>
        row.getAttribute('aria-invalid') === 'true' && !filledRows.has(rowIndex + 1) ? [rowIndex + 1] : [],
      ),
    );
    this.focusRow(index + pasted.answers.length);
    this.changed();
  }

  /** Backspace on an empty row and the up arrow go back a row; the down arrow and Enter go on. */
  private moved(index: number, event: KeyboardEvent): void {
    const { inputs } = this.elements;
    const previous = inputs[index - 1];
    const next = inputs[index + 1];
    if (event.key === 'Backspace' && inputs[index]?.value === '' && previous) {
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
  }

  /** Checks the rows: the wrong ones marked, or the result code, its link and the kept groups shown. */
  private check(): void {
    const { root, inputs, resultPart } = this.elements;
    const read = readWorksheet(this.data.itemIds, this.values());
    if (read.invalidRows.length > 0) {
      this.markInvalid(read.invalidRows);
      inputs[(read.invalidRows[0] ?? 1) - 1]?.focus();
      return;
    }
    if (Object.keys(read.answers).length === 0) {
      this.showError(this.say('paper.empty'));
      inputs[0]?.focus();
      return;
    }
    this.markInvalid([]);
    this.code = worksheetCode(this.data.version, this.data.itemIds, this.values());
    const codeLine = root.querySelector('[data-paper-code]');
    if (codeLine) codeLine.textContent = this.say('paper.result.code', { code: groupResultCode(this.code) });
    root.querySelector('[data-paper-open]')?.setAttribute('href', `${this.data.resultUrl}#${this.code}`);
    this.showGroups();
    resultPart.hidden = false;
    root.querySelector<HTMLElement>('#paper-result-heading')?.focus();
  }

  /** Empties every row and the name, for the next worksheet. */
  private nextPerson(): void {
    const { root, inputs, resultPart } = this.elements;
    for (const input of inputs) input.value = '';
    this.markInvalid([]);
    resultPart.hidden = true;
    this.code = '';
    const person = root.querySelector<HTMLInputElement>('[data-paper-person]');
    if (person) person.value = '';
    this.setGroupStatus('');
    this.countFilled();
    inputs[0]?.focus();
  }

  private showGroups(): void {
    const { root } = this.elements;
    const groups = keptGroups();
    const fields = root.querySelector<HTMLElement>('[data-paper-group-fields]');
    const none = root.querySelector<HTMLElement>('[data-paper-no-group]');
    if (fields) fields.hidden = groups.length === 0;
    if (none) none.hidden = groups.length > 0;
    const select = this.groupSelect;
    if (!select) return;
    const chosen = select.value;
    select.replaceChildren(
      ...groups.map((group) => {
        const option = document.createElement('option');
        option.value = group.id;
        option.textContent = group.name;
        return option;
      }),
    );
    if (groups.some((group) => group.id === chosen)) select.value = chosen;
  }

  private setGroupStatus(text: string): void {
    const status = this.elements.root.querySelector('[data-paper-group-status]');
    if (status) status.textContent = text;
  }

  private addToGroup(): void {
    const code = this.code;
    const group = keptGroups().find((each) => each.id === this.groupSelect?.value);
    if (!group || code === '') return;
    if (group.entries.some((entry) => entry.code === code)) {
      this.setGroupStatus(this.say('paper.group.already', { name: group.name }));
      return;
    }
    const person = this.elements.root.querySelector<HTMLInputElement>('[data-paper-person]');
    const label = person?.value.trim().slice(0, 200) ?? '';
    const line = Math.max(0, ...group.entries.map((entry) => entry.line)) + 1;
    // Added to what storage holds now: names typed meanwhile in a group tab stay, and that tab shows this person.
    const written = addToGroup(
      group.id,
      [{ code, raw: groupResultCode(code), line, kind: 'code', count: 1 }],
      label === '' ? {} : { [code]: label },
    );
    if (written === 'gone') this.showGroups();
    this.setGroupStatus(
      written === 'stored'
        ? this.say('paper.group.added', { name: group.name })
        : this.say(written === 'gone' ? 'paper.group.gone' : 'paper.group.failed', { name: group.name }),
    );
  }
}

export function startPaperEntry(): void {
  const elements = findElements();
  const dataElement = document.getElementById('paper-data');
  if (!elements || !dataElement) return;
  new PaperEntry(elements, JSON.parse(dataElement.textContent ?? '{}') as PaperPageData).start();
}
