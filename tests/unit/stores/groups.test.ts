// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FoundCode } from '../../../src/lib/group-links';
import {
  $groups,
  decodeGroups,
  deleteGroup,
  groupsStorageKey,
  keepGroup,
  longestLabel,
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

beforeEach(() => {
  localStorage.clear();
  $groups.set([]);
  localStorage.clear();
});
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
    expect(keepGroup(group('1', 'ม.6/1', ['1AAA']))).toBe(true);
    expect(keepGroup(group('2', 'ม.6/2', ['1BBB', '1CCC']))).toBe(true);
    expect($groups.get().map((each) => each.name)).toEqual(['ม.6/2', 'ม.6/1']);

    const renamed = { ...group('1', 'ม.6/1 (แก้แล้ว)', ['1AAA']), labels: { '1AAA': 'สมชาย' } };
    keepGroup(renamed);
    expect($groups.get().map((each) => each.name)).toEqual(['ม.6/1 (แก้แล้ว)', 'ม.6/2']);
    expect(decodeGroups(localStorage.getItem(groupsStorageKey) ?? undefined)).toEqual($groups.get());

    deleteGroup('1');
    expect($groups.get().map((each) => each.id)).toEqual(['2']);
    expect(decodeGroups(localStorage.getItem(groupsStorageKey) ?? undefined).map((each) => each.id)).toEqual(['2']);
    deleteGroup('2');
    expect(decodeGroups(localStorage.getItem(groupsStorageKey) ?? undefined)).toEqual([]);
  });

  it('says when the browser refused to keep a group, and keeps it in memory for this visit', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(keepGroup(group('1', 'ม.6/1', ['1AAA']))).toBe(false);
    expect($groups.get().map((each) => each.id)).toEqual(['1']);
    expect(localStorage.getItem(groupsStorageKey)).toBeNull();
  });
});
