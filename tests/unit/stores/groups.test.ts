// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FoundCode } from '../../../src/lib/group-links';
import {
  decodeGroups,
  deleteGroup,
  groupsStorageKey,
  keepGroup,
  keptGroups,
  longestLabel,
  watchGroups,
  type SavedGroup,
} from '../../../src/stores/groups';

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

describe('keeping groups on the device', () => {
  it('keeps groups newest first, replaces a group kept again, and deletes one without touching the others', () => {
    const seen: string[][] = [];
    const stop = watchGroups((groups) => seen.push(groups.map((each) => each.name)));
    expect(keepGroup(group('1', 'ม.6/1', ['1AAA']))).toBe(true);
    expect(keepGroup(group('2', 'ม.6/2', ['1BBB', '1CCC']))).toBe(true);
    expect(keptGroups().map((each) => each.name)).toEqual(['ม.6/2', 'ม.6/1']);

    const renamed = { ...group('1', 'ม.6/1 (แก้แล้ว)', ['1AAA']), labels: { '1AAA': 'สมชาย' } };
    keepGroup(renamed);
    expect(keptGroups()).toEqual([renamed, group('2', 'ม.6/2', ['1BBB', '1CCC'])]);

    expect(deleteGroup('1')).toBe(true);
    expect(keptGroups().map((each) => each.id)).toEqual(['2']);
    stop();
    deleteGroup('2');
    // Deleting the last group removes the key itself: nothing of the groups is left on the device.
    expect(localStorage.getItem(groupsStorageKey)).toBeNull();
    expect(seen).toEqual([[], ['ม.6/1'], ['ม.6/2', 'ม.6/1'], ['ม.6/1 (แก้แล้ว)', 'ม.6/2'], ['ม.6/2']]);
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

  it('says when the browser refused to keep a group, and reads none where storage is blocked', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(keepGroup(group('1', 'ม.6/1', ['1AAA']))).toBe(false);
    expect(localStorage.getItem(groupsStorageKey)).toBeNull();
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(keptGroups()).toEqual([]);
  });
});
