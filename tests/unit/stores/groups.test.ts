// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FoundCode } from '../../../src/lib/group-links';
import {
  addToGroup,
  decodeGroups,
  deleteGroup,
  keepGroup,
  keptGroups,
  longestLabel,
  patchLabels,
  restoreGroup,
  setGroupLabels,
  unionEntries,
  watchGroups,
  type SavedGroup,
} from '../../../src/stores/groups';
import { groupsStorageKey } from '../../../src/stores/storage-keys';

const entry = (code: string, line: number): FoundCode => ({
  code,
  raw: `https://x.example/th/result/#${code}`,
  line,
  kind: 'link',
  count: 1,
});
const group = (id: string, name: string, codes: string[]): SavedGroup => ({
  id,
  name,
  savedAt: '2026-11-28T10:00:00.000Z',
  entries: codes.map((code, index) => entry(code, index + 1)),
  labels: Object.fromEntries(codes.map((code, index) => [code, `คนที่ ${index + 1}`])),
});

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

describe('decodeGroups', () => {
  it('reads back what was kept', () => {
    const kept = [group('1', 'ม.6/1 28 พ.ย.', ['1AAA', '1BBB']), group('2', 'Job fair', [])];
    expect(decodeGroups(JSON.stringify(kept))).toEqual(kept);
  });

  it('reads anything else as no groups, and leaves out groups and entries of another shape', () => {
    for (const junk of [undefined, '', '<script>', 'null', '{}', '"text"', '42'])
      expect(decodeGroups(junk)).toEqual([]);
    const good = group('1', 'ม.6/1', ['1AAA']);
    const mixed = [
      good,
      { id: 2, name: 'bad id', savedAt: '', entries: [], labels: {} },
      { ...good, id: '3', entries: [entry('1CCC', 1), { code: 5 }, { ...entry('1DDD', 2), line: 0 }] },
      'a string',
    ];
    const read = decodeGroups(JSON.stringify(mixed));
    expect(read.map((each) => each.id)).toEqual(['1', '3']);
    expect(read[1]?.entries.map((each) => each.code)).toEqual(['1CCC']);
  });

  it('cuts labels and names to a length that cannot fill the storage, and drops labels that are not text', () => {
    const long = 'ก'.repeat(longestLabel + 50);
    const read = decodeGroups(
      JSON.stringify([{ ...group('1', long, ['1AAA']), labels: { '1AAA': long, '1BBB': 7, '1CCC': '' } }]),
    );
    expect(read[0]?.name).toHaveLength(longestLabel);
    expect(read[0]?.labels).toEqual({ '1AAA': 'ก'.repeat(longestLabel) });
  });
});

const stored = () => localStorage.getItem(groupsStorageKey);
const keptNamed = (id: string) => keptGroups().find((each) => each.id === id);
const codesOf = (id: string) => keptNamed(id)?.entries.map((each) => each.code);
/** Makes every write of a longer value than `room` characters throw, as a full storage does. */
function fillStorage(room: () => number | undefined) {
  const setItem = Storage.prototype.setItem;
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(function (this: Storage, key: string, value: string) {
    const most = room();
    if (most !== undefined && value.length > most) throw new DOMException('full', 'QuotaExceededError');
    setItem.call(this, key, value);
  });
}

describe('keeping groups on the device', () => {
  it('keeps groups newest first, and deletes one without touching the others', () => {
    const seen: string[][] = [];
    const stop = watchGroups((groups) => seen.push(groups.map((each) => each.name)));
    expect(keepGroup(group('1', 'ม.6/1', ['1AAA']))).toBe('stored');
    expect(keepGroup(group('2', 'ม.6/2', ['1BBB', '1CCC']))).toBe('stored');
    expect(keptGroups().map((each) => each.name)).toEqual(['ม.6/2', 'ม.6/1']);
    expect(keepGroup({ ...group('1', 'ม.6/1 (แก้แล้ว)', ['1AAA']), labels: {} }, {})).toBe('stored');
    expect(keptGroups().map((each) => each.name)).toEqual(['ม.6/1 (แก้แล้ว)', 'ม.6/2']);

    expect(deleteGroup('1').written).toBe('stored');
    expect(keptGroups().map((each) => each.id)).toEqual(['2']);
    stop();
    deleteGroup('2');
    // Deleting the last group removes the key itself: nothing of the groups is left on the device.
    expect(stored()).toBeNull();
    expect(seen).toEqual([[], ['ม.6/1'], ['ม.6/2', 'ม.6/1'], ['ม.6/1 (แก้แล้ว)', 'ม.6/2'], ['ม.6/2']]);
  });

  it('keeping a group again merges it with what storage holds: people added elsewhere and their names stay', () => {
    keepGroup(group('1', 'ม.6/1', ['1AAA', '1BBB']));
    // The paper page adds a person, and a second tab names another, while this tab still holds its old copy.
    const stale = keptNamed('1');
    if (!stale) throw new Error('kept');
    expect(addToGroup('1', [entry('1PAP', 9)], { '1PAP': 'จากกระดาษ' })).toBe('stored');
    expect(setGroupLabels('1', { '1BBB': 'ต้น' })).toBe('stored');
    // This tab renames the group and changed one name only.
    expect(
      keepGroup({ ...stale, name: 'ม.6/1 เช้า', labels: { ...stale.labels, '1AAA': 'นิด' } }, { '1AAA': 'นิด' }),
    ).toBe('stored');
    expect(keptNamed('1')?.name).toBe('ม.6/1 เช้า');
    expect(codesOf('1')).toEqual(['1AAA', '1BBB', '1PAP']);
    expect(keptNamed('1')?.labels).toEqual({ '1AAA': 'นิด', '1BBB': 'ต้น', '1PAP': 'จากกระดาษ' });
  });

  it('a name cleared in one tab stays cleared when another tab keeps its old copy', () => {
    keepGroup(group('1', 'ม.6/1', ['1AAA', '1BBB']));
    const stale = keptNamed('1');
    if (!stale) throw new Error('kept');
    expect(setGroupLabels('1', { '1AAA': '' })).toBe('stored');
    expect(keptNamed('1')?.labels).toEqual({ '1BBB': 'คนที่ 2' });
    expect(keepGroup({ ...stale, name: 'อีกชื่อ' }, {})).toBe('stored');
    expect(keptNamed('1')?.labels).toEqual({ '1BBB': 'คนที่ 2' });
  });

  it('sets and clears names one code at a time, trimmed and cut to length, and says when the group is gone', () => {
    keepGroup(group('1', 'ม.6/1', ['1AAA', '1BBB', '1CCC']));
    expect(setGroupLabels('1', { '1AAA': '  สมชาย  ', '1BBB': '   ', '1CCC': 'ก'.repeat(longestLabel + 9) })).toBe(
      'stored',
    );
    expect(keptNamed('1')?.labels).toEqual({ '1AAA': 'สมชาย', '1CCC': 'ก'.repeat(longestLabel) });
    expect(setGroupLabels('nope', { '1AAA': 'x' })).toBe('gone');
    expect(addToGroup('nope', [entry('1ZZZ', 1)])).toBe('gone');
    expect(keptGroups()).toHaveLength(1);
  });

  it('adds people once each, after those already there, counting a code seen again', () => {
    keepGroup(group('1', 'ม.6/1', ['1AAA', '1BBB']));
    expect(addToGroup('1', [{ ...entry('1BBB', 7), count: 3 }, entry('1CCC', 8), entry('1AAA', 9)])).toBe('stored');
    const entries = keptNamed('1')?.entries ?? [];
    expect(entries.map((each) => [each.code, each.line, each.count])).toEqual([
      ['1AAA', 1, 1],
      ['1BBB', 2, 3],
      ['1CCC', 8, 1],
    ]);
    expect(unionEntries([entry('X', 1), entry('Y', 2)], [entry('Z', 3), entry('X', 4)]).map((e) => e.code)).toEqual([
      'X',
      'Y',
      'Z',
    ]);
    expect(patchLabels({ A: 'a', B: 'b' }, { A: '', C: 'c' })).toEqual({ B: 'b', C: 'c' });
  });

  it('brings a deleted group back where it was, names and all, merged with anything kept under its id meanwhile', () => {
    keepGroup(group('3', 'ค', ['1CCC']));
    keepGroup(group('2', 'ข', ['1BBB']));
    keepGroup(group('1', 'ก', ['1AAA', '1ABA']));
    const deleted = deleteGroup('2');
    expect(deleted).toEqual({ written: 'stored', group: group('2', 'ข', ['1BBB']), index: 1 });
    expect(deleteGroup('2')).toEqual({ written: 'gone' });
    if (!deleted.group || deleted.index === undefined) throw new Error('deleted');
    expect(restoreGroup(deleted.group, deleted.index)).toBe('stored');
    expect(keptGroups().map((each) => each.id)).toEqual(['1', '2', '3']);
    expect(keptNamed('2')).toEqual(group('2', 'ข', ['1BBB']));

    const again = deleteGroup('1');
    if (!again.group) throw new Error('deleted');
    // Another tab, still showing it, kept it again with a new name for its first person.
    keepGroup({ ...group('1', 'ก', ['1AAA', '1NEW']), labels: { '1AAA': 'ใหม่' } });
    expect(restoreGroup(again.group, 0)).toBe('stored');
    expect(codesOf('1')).toEqual(['1AAA', '1ABA', '1NEW']);
    expect(keptNamed('1')?.labels).toEqual({ '1AAA': 'ใหม่', '1ABA': 'คนที่ 2' });
  });

  it('tells no listener of groups older than a write a listener made in turn', () => {
    keepGroup(group('1', 'ม.6/1', ['1AAA']));
    const heard: string[][] = [];
    const stopFirst = watchGroups((groups) => {
      if (groups[0]?.labels['1AAA'] === 'คนที่ 1') setGroupLabels('1', { '1AAA': 'แก้แล้ว' });
    });
    const stopSecond = watchGroups((groups) => heard.push(groups.map((each) => each.labels['1AAA'] ?? '')));
    heard.length = 0;
    keepGroup({ ...group('1', 'ม.6/1', ['1AAA']), labels: { '1AAA': 'คนที่ 1' } });
    stopFirst();
    stopSecond();
    expect(heard).toEqual([['แก้แล้ว']]);
    expect(keptNamed('1')?.labels).toEqual({ '1AAA': 'แก้แล้ว' });
  });

  it('hears of groups kept or deleted in another tab', () => {
    const seen: number[] = [];
    const stop = watchGroups((groups) => seen.push(groups.length));
    localStorage.setItem(groupsStorageKey, JSON.stringify([group('9', 'อีกแท็บ', [])]));
    window.dispatchEvent(new StorageEvent('storage', { key: groupsStorageKey }));
    window.dispatchEvent(new StorageEvent('storage', { key: 'another-key' }));
    stop();
    window.dispatchEvent(new StorageEvent('storage', { key: groupsStorageKey }));
    expect(seen).toEqual([0, 1]);
  });

  it('says when a full storage refused any change, and changes nothing', () => {
    keepGroup(group('1', 'ม.6/1', ['1AAA']));
    const before = stored();
    const heard: number[] = [];
    const stop = watchGroups((groups) => heard.push(groups.length));
    fillStorage(() => before?.length);
    expect(keepGroup(group('2', 'ม.6/2', ['1BBB']))).toBe('failed');
    expect(setGroupLabels('1', { '1AAA': 'ชื่อยาวกว่าเดิมมาก' })).toBe('failed');
    expect(addToGroup('1', [entry('1CCC', 2)])).toBe('failed');
    expect(stored()).toBe(before);
    // Smaller is still allowed: a name cleared, a group deleted, and it can be brought back into the room it left.
    expect(setGroupLabels('1', { '1AAA': '' })).toBe('stored');
    const deleted = deleteGroup('1');
    expect(deleted.written).toBe('stored');
    stop();
    expect(heard).toEqual([1, 1, 0]);
  });

  it('writes nothing when storage cannot be read, so a blocked read never wipes the groups', () => {
    keepGroup(group('1', 'ม.6/1', ['1AAA']));
    const before = stored();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(keptGroups()).toEqual([]);
    expect(keepGroup(group('2', 'ม.6/2', ['1BBB']))).toBe('failed');
    expect(setGroupLabels('1', { '1AAA': 'x' })).toBe('failed');
    expect(deleteGroup('1').written).toBe('failed');
    vi.restoreAllMocks();
    expect(stored()).toBe(before);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(keepGroup(group('2', 'ม.6/2', ['1BBB']))).toBe('failed');
  });
});

/*
 * Two group tabs and the paper page on one storage, as a counsellor uses them: each tab holds the copy it opened (it
 * may not have heard of changes yet) and the names typed in it that storage does not hold yet, as kept-groups.ts
 * does. A reference of what everyone was told was kept is checked against storage after every step.
 */
describe('two tabs and the paper page changing the same groups', () => {
  interface Tab {
    openId?: string;
    entries: FoundCode[];
    labels: Record<string, string>;
    pending: Record<string, string>;
  }
  interface Kept {
    codes: string[];
    labels: Record<string, string>;
  }
  /** The reference's own rules, written apart from the store's: a name set or cleared per code; people joined by code. */
  const named = (labels: Record<string, string>, patch: Record<string, string>) =>
    Object.fromEntries(
      Object.entries({ ...labels, ...patch })
        .map(([code, text]) => [code, text.trim()] as const)
        .filter(([, text]) => text !== ''),
    );
  const joined = (first: readonly FoundCode[], second: readonly FoundCode[]) =>
    [...first, ...second].filter((each, index, all) => all.findIndex((other) => other.code === each.code) === index);
  const pool = ['1AAA', '1BBB', '1CCC', '1DDD', '1EEE', '1FFF'];
  const whichTab = fc.integer({ min: 0, max: 1 });
  const pick = fc.nat({ max: 9 });
  const label = fc.constantFrom('', 'นิด', 'Beam', 'ต้น สมใจ', '=1+1');
  // Names and people most often; a full storage, deletes and undo often enough to meet every other step.
  const step = fc.oneof(
    {
      arbitrary: fc.record({
        kind: fc.constant('paste' as const),
        tab: whichTab,
        codes: fc.subarray(pool, { minLength: 1 }),
      }),
      weight: 2,
    },
    { arbitrary: fc.record({ kind: fc.constant('open' as const), tab: whichTab, group: pick }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('type' as const), tab: whichTab, code: pick, label }), weight: 6 },
    { arbitrary: fc.record({ kind: fc.constant('keep' as const), tab: whichTab }), weight: 4 },
    { arbitrary: fc.record({ kind: fc.constant('paper' as const), group: pick, code: pick, label }), weight: 3 },
    { arbitrary: fc.record({ kind: fc.constant('delete' as const), group: pick }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('undo' as const) }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('fill' as const) }), weight: 1 },
    { arbitrary: fc.record({ kind: fc.constant('free' as const) }), weight: 1 },
  );

  it('loses nothing anyone was told was kept, a cleared name stays cleared, and every refused write says so', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 60, size: 'max' }), (steps) => {
        localStorage.clear();
        vi.restoreAllMocks();
        let room: number | undefined;
        fillStorage(() => room);
        const tabs: Tab[] = [0, 1].map(() => ({ entries: [], labels: {}, pending: {} }));
        const reference = new Map<string, Kept>();
        const deleted: { group: SavedGroup; index: number }[] = [];
        let nextId = 1;
        const ids = () => [...reference.keys()];
        const check = (written: string, before: string | null) => {
          // A refused write changes nothing; a write is refused only when the storage is full.
          if (written === 'failed') expect(stored()).toBe(before);
          if (room === undefined) expect(written).not.toBe('failed');
          const now = new Map(
            keptGroups().map((each) => [each.id, { codes: each.entries.map((e) => e.code), labels: each.labels }]),
          );
          expect(now).toEqual(reference);
        };
        for (const action of steps) {
          const before = stored();
          let written = 'stored';
          if (action.kind === 'paste') {
            const tab = tabs[action.tab] as Tab;
            Object.assign(tab, {
              openId: undefined,
              entries: action.codes.map((code, i) => entry(code, i + 1)),
              labels: {},
              pending: {},
            });
          } else if (action.kind === 'open') {
            const id = ids()[action.group % Math.max(1, reference.size)];
            const group = id === undefined ? undefined : keptNamed(id);
            if (group)
              Object.assign(tabs[action.tab] as Tab, {
                openId: group.id,
                entries: group.entries,
                labels: group.labels,
                pending: {},
              });
          } else if (action.kind === 'type') {
            const tab = tabs[action.tab] as Tab;
            const code = tab.entries[action.code % Math.max(1, tab.entries.length)]?.code;
            if (code === undefined) continue;
            tab.labels = named(tab.labels, { [code]: action.label });
            tab.pending = { ...tab.pending, [code]: action.label };
            if (tab.openId === undefined) continue;
            written = setGroupLabels(tab.openId, tab.pending);
            const kept = reference.get(tab.openId);
            if (written === 'gone') expect(kept).toBeUndefined();
            if (written === 'stored' && kept) {
              kept.labels = named(kept.labels, tab.pending);
              tab.pending = {};
            }
          } else if (action.kind === 'keep') {
            const tab = tabs[action.tab] as Tab;
            if (tab.entries.length === 0) continue;
            const id = tab.openId ?? `g${nextId++}`;
            const group = {
              id,
              name: `กลุ่ม ${id}`,
              savedAt: '2026-12-06T10:00:00Z',
              entries: tab.entries,
              labels: tab.labels,
            };
            written = keepGroup(group, tab.openId === undefined ? tab.labels : tab.pending);
            if (written === 'stored') {
              const kept = reference.get(id);
              reference.delete(id);
              reference.set(
                id,
                kept
                  ? {
                      codes: joined(
                        kept.codes.map((code) => entry(code, 1)),
                        tab.entries,
                      ).map((e) => e.code),
                      labels: named(kept.labels, tab.pending),
                    }
                  : { codes: tab.entries.map((e) => e.code), labels: named({}, tab.labels) },
              );
              Object.assign(tab, { openId: id, pending: {} });
            }
          } else if (action.kind === 'paper') {
            const id = ids()[action.group % Math.max(1, reference.size)];
            if (id === undefined) continue;
            const code = pool[action.code % pool.length] ?? '';
            written = addToGroup(
              id,
              [{ ...entry(code, 99), kind: 'code' }],
              action.label === '' ? {} : { [code]: action.label },
            );
            const kept = reference.get(id);
            if (written === 'stored' && kept) {
              if (!kept.codes.includes(code)) kept.codes.push(code);
              kept.labels = named(kept.labels, action.label === '' ? {} : { [code]: action.label });
            }
          } else if (action.kind === 'delete') {
            const id = ids()[action.group % Math.max(1, reference.size)];
            if (id === undefined) continue;
            const result = deleteGroup(id);
            written = result.written;
            if (result.group && result.index !== undefined) {
              // What is deleted is what everyone was told was kept, ready to be brought back.
              expect({ codes: result.group.entries.map((e) => e.code), labels: result.group.labels }).toEqual(
                reference.get(id),
              );
              deleted.push({ group: result.group, index: result.index });
              reference.delete(id);
            }
          } else if (action.kind === 'undo') {
            const last = deleted.at(-1);
            if (!last) continue;
            written = restoreGroup(last.group, last.index);
            if (written === 'stored') {
              deleted.pop();
              const kept = reference.get(last.group.id);
              const back = { codes: last.group.entries.map((e) => e.code), labels: last.group.labels };
              if (kept) {
                kept.codes = joined(
                  last.group.entries,
                  kept.codes.map((code) => entry(code, 1)),
                ).map((e) => e.code);
                kept.labels = { ...back.labels, ...kept.labels };
              } else reference.set(last.group.id, back);
            }
          } else if (action.kind === 'fill') room = before?.length ?? 0;
          else room = undefined;
          check(written, before);
        }
        // Nothing typed in a tab is lost: what storage refused, the tab still holds, and keeps once there is room.
        room = undefined;
        for (const tab of tabs) {
          if (tab.openId === undefined) continue;
          const typed = tab.pending;
          const group = { id: tab.openId, name: 'ท้ายสุด', savedAt: '', entries: tab.entries, labels: tab.labels };
          expect(keepGroup(group, reference.has(tab.openId) ? typed : tab.labels)).toBe('stored');
          const labels = keptNamed(tab.openId)?.labels ?? {};
          for (const [code, text] of Object.entries(reference.has(tab.openId) ? typed : tab.labels))
            expect(labels[code] ?? '').toBe(text);
        }
      }),
      { numRuns: 300 },
    );
  });
});
