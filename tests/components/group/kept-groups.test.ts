// The group page's kept-groups module on its own, over the page's markup for it: what a counsellor sees when another
// tab changes the group on show, and how long "Undo" lasts after a delete.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FoundCode } from '../../../src/lib/group-links';
import { startKeptGroups, type KeptGroupsHost } from '../../../src/components/group/kept-groups';
import { undoMs } from '../../../src/components/group/undo-line';
import { addToGroup, keepGroup, keptGroups, setGroupLabels } from '../../../src/stores/groups';
import { groupsStorageKey } from '../../../src/stores/storage-keys';

const entry = (code: string, line: number): FoundCode => ({ code, raw: code, line, kind: 'code', count: 1 });
const strings: Record<string, string> = {
  'group.saved.deleted': 'Deleted "{name}".',
  'group.saved.undo': 'Undo',
  'group.saved.restored': '"{name}" is back.',
  'group.kept.full': 'Storage is full.',
  'group.kept.gone': 'No longer kept.',
  'group.kept.synced': 'Updated: {count} people.',
};

function page(codes: string[]) {
  document.body.innerHTML = `
    <div data-group-root>
      <section data-group-saved hidden><p data-group-saved-none></p><ul data-group-saved-list></ul>
        <p id="group-saved-status" role="status" tabindex="-1" data-group-saved-status></p>
        <template data-template="saved-group"><li><strong data-part="name"></strong>
          <span data-part="details"></span><button data-part="open">Open</button>
          <button data-part="delete">Delete</button></li></template></section>
      <div role="alert" data-group-kept-problem hidden><p data-group-kept-problem-text></p></div>
      <table><tbody data-group-rows>${codes
        .map((code) => `<tr><td><input data-label-for="${code}"></td></tr>`)
        .join('')}</tbody></table>
      <button data-elsewhere>Elsewhere</button>
    </div>`;
  const root = document.querySelector<HTMLElement>('[data-group-root]') as HTMLElement;
  let labels: Record<string, string> = {};
  let entries = codes.map((code, index) => entry(code, index + 1));
  const show = vi.fn((shown: FoundCode[]) => {
    entries = shown;
  });
  const host: KeptGroupsHost = {
    root,
    rowsBody: root.querySelector('[data-group-rows]') as HTMLElement,
    locale: 'en',
    banks: [],
    say: (key, values = {}) =>
      (strings[key] ?? key).replace(/\{(\w+)\}/gu, (_, name: string) => String(values[name] ?? '')),
    hasSummary: () => true,
    entries: () => entries,
    labels: () => labels,
    setLabels: (next) => {
      labels = next;
    },
    show,
  };
  startKeptGroups(host);
  const input = (code: string) =>
    root.querySelector<HTMLInputElement>(`input[data-label-for="${code}"]`) as HTMLInputElement;
  const button = (text: string) =>
    [...root.querySelectorAll('button')].find(
      (each) => each.textContent === text || each.getAttribute('aria-label') === text,
    );
  /** Another tab's change: storage is written, then this tab hears the storage event. */
  const elsewhere = (change: () => unknown) => {
    change();
    window.dispatchEvent(new StorageEvent('storage', { key: groupsStorageKey }));
  };
  return { root, show, input, button, elsewhere, labels: () => labels };
}

beforeEach(() => {
  localStorage.clear();
  keepGroup({
    id: '1',
    name: 'M6/1',
    savedAt: '2026-12-06T10:00:00Z',
    entries: ['1AAA', '1BBB'].map((code, index) => entry(code, index + 1)),
    labels: {},
  });
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a kept group open in this tab', () => {
  it('shows names typed elsewhere, but not over the field being typed in, and new people once the table is left', () => {
    const view = page(['1AAA', '1BBB']);
    view.button('group.saved.openNamed')?.click();
    view.input('1AAA').focus();
    view.input('1AAA').value = 'typing…';
    view.elsewhere(() => setGroupLabels('1', { '1AAA': 'Nid', '1BBB': 'Beam' }));
    expect(view.input('1BBB').value).toBe('Beam');
    expect(view.input('1AAA').value).toBe('typing…');
    view.elsewhere(() => addToGroup('1', [entry('1PAP', 3)], { '1PAP': 'Paper' }));
    expect(view.show).not.toHaveBeenCalledWith(expect.anything(), true);
    // Leaving a field without a change shows what the other tab typed; leaving the table shows the new person.
    view.input('1AAA').value = '';
    view.input('1AAA').blur();
    expect(view.input('1AAA').value).toBe('Nid');
    expect(view.show).toHaveBeenLastCalledWith(
      ['1AAA', '1BBB', '1PAP'].map((code, i) => expect.objectContaining({ code, line: i + 1 })),
      true,
    );
    expect(view.labels()).toEqual({ '1AAA': 'Nid', '1BBB': 'Beam', '1PAP': 'Paper' });
  });

  it('says at once when a name is refused, keeps it on screen, and stores it with the next name once there is room', () => {
    const view = page(['1AAA', '1BBB']);
    view.button('group.saved.openNamed')?.click();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    view.input('1AAA').value = 'Somchai';
    view.input('1AAA').dispatchEvent(new Event('change', { bubbles: true }));
    const problem = view.root.querySelector<HTMLElement>('[data-group-kept-problem]');
    expect(problem?.hidden).toBe(false);
    expect(problem?.textContent).toContain('Storage is full.');
    expect(view.labels()['1AAA']).toBe('Somchai');
    setItem.mockRestore();
    view.input('1BBB').value = 'Beam';
    view.input('1BBB').dispatchEvent(new Event('change', { bubbles: true }));
    expect(problem?.hidden).toBe(true);
    expect(keptGroups()[0]?.labels).toEqual({ '1AAA': 'Somchai', '1BBB': 'Beam' });
  });
  it('keeps a name once typing pauses, and a name still being typed when the tab is hidden or closed', () => {
    vi.useFakeTimers();
    const view = page(['1AAA', '1BBB']);
    view.button('group.saved.openNamed')?.click();
    const type = (code: string, text: string) => {
      view.input(code).focus();
      view.input(code).value = text;
      view.input(code).dispatchEvent(new Event('input', { bubbles: true }));
    };
    type('1AAA', 'Som');
    vi.advanceTimersByTime(100);
    type('1AAA', 'Somchai');
    // Not after every letter: the half-typed "Som" was never kept.
    expect(keptGroups()[0]?.labels).toEqual({});
    vi.advanceTimersByTime(1000);
    expect(keptGroups()[0]?.labels).toEqual({ '1AAA': 'Somchai' });
    expect(document.activeElement).toBe(view.input('1AAA'));
    type('1BBB', 'Beam');
    window.dispatchEvent(new Event('pagehide'));
    expect(keptGroups()[0]?.labels).toEqual({ '1AAA': 'Somchai', '1BBB': 'Beam' });
    type('1AAA', '');
    vi.advanceTimersByTime(1000);
    expect(keptGroups()[0]?.labels).toEqual({ '1BBB': 'Beam' });
  });

  it('writes a name refused by a full storage as soon as another tab’s change shows there is room', () => {
    const view = page(['1AAA', '1BBB']);
    view.button('group.saved.openNamed')?.click();
    const setItem = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    view.input('1AAA').value = 'Somchai';
    view.input('1AAA').dispatchEvent(new Event('change', { bubbles: true }));
    setItem.mockRestore();
    view.elsewhere(() => setGroupLabels('1', { '1BBB': 'Beam' }));
    expect(keptGroups()[0]?.labels).toEqual({ '1AAA': 'Somchai', '1BBB': 'Beam' });
    expect(view.root.querySelector<HTMLElement>('[data-group-kept-problem]')?.hidden).toBe(true);
    expect(view.input('1BBB').value).toBe('Beam');
    expect(view.input('1AAA').value).toBe('Somchai');
  });
});

describe('undo after delete', () => {
  it('lasts a minute with the focus on Undo, then leaves the focus on the line that says what happened', () => {
    vi.useFakeTimers();
    const view = page([]);
    view.button('group.saved.deleteNamed')?.click();
    expect(keptGroups()).toEqual([]);
    const undo = view.button('Undo');
    expect(document.activeElement).toBe(undo);
    vi.advanceTimersByTime(undoMs - 1);
    expect(undo?.isConnected).toBe(true);
    vi.advanceTimersByTime(1);
    expect(undo?.isConnected).toBe(false);
    expect(document.activeElement).toBe(view.root.querySelector('[data-group-saved-status]'));
    expect(view.root.querySelector('[data-group-saved-status]')?.textContent).toBe('Deleted "M6/1".');
  });

  it('goes when something else is done, and brings the group back when pressed', () => {
    const view = page([]);
    view.button('group.saved.deleteNamed')?.click();
    view.button('Undo')?.click();
    expect(keptGroups().map((group) => group.name)).toEqual(['M6/1']);
    expect(document.activeElement).toBe(view.button('group.saved.openNamed'));
    view.button('group.saved.deleteNamed')?.click();
    const undo = view.button('Undo');
    view.button('Elsewhere')?.click();
    expect(undo?.isConnected).toBe(false);
    expect(keptGroups()).toEqual([]);
  });
});
