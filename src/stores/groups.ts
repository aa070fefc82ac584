/**
 * Groups a counsellor keeps on their own device: the codes found in what they pasted and the names or notes they
 * typed beside them, never the pasted text itself (a chat holds far more than results). Kept in localStorage under
 * one versioned key; nothing leaves the browser.
 *
 * Several tabs and the paper page change the same groups, so every change is applied to what storage holds at that
 * moment (read, change, write in one task), never by writing a tab's own copy over it: a name typed in one tab and a
 * person added from the paper page both survive a Keep pressed in a third. Every write says whether it was stored.
 *
 * Plain functions rather than a nanostores atom: the group page would otherwise load the quiz's chunk, where
 * nanostores lives (astro.config.mjs), for one list that only this page reads.
 */
import type { FoundCode } from '../lib/group-links';
import { groupsStorageKey } from './storage-keys';

export interface SavedGroup {
  /** Unique on this device: the time it was first kept, in milliseconds, as text. */
  id: string;
  name: string;
  /** When it was last kept, as an ISO date. */
  savedAt: string;
  entries: FoundCode[];
  /** Name or note per code. */
  labels: Record<string, string>;
}

/** A label is a name or a short note; longer text is cut so one field cannot fill the browser's storage. */
export const longestLabel = 200;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function decodeEntry(value: unknown): FoundCode | undefined {
  if (!isRecord(value)) return undefined;
  const { code, raw, line, kind, count } = value;
  if (typeof code !== 'string' || typeof raw !== 'string' || (kind !== 'link' && kind !== 'code')) return undefined;
  if (typeof line !== 'number' || typeof count !== 'number' || !(line >= 1) || !(count >= 1)) return undefined;
  return { code: code.slice(0, 200), raw: raw.slice(0, 2000), line: Math.floor(line), kind, count: Math.floor(count) };
}

function decodeGroup(value: unknown): SavedGroup | undefined {
  if (!isRecord(value)) return undefined;
  const { id, name, savedAt, entries, labels } = value;
  if (typeof id !== 'string' || typeof name !== 'string' || typeof savedAt !== 'string' || !Array.isArray(entries))
    return undefined;
  const keptLabels: Record<string, string> = {};
  if (isRecord(labels))
    for (const [code, label] of Object.entries(labels))
      if (typeof label === 'string' && label !== '') keptLabels[code] = label.slice(0, longestLabel);
  return {
    id,
    name: name.slice(0, longestLabel),
    savedAt,
    entries: entries.flatMap((entry) => decodeEntry(entry) ?? []),
    labels: keptLabels,
  };
}

/**
 * Reads the kept groups, trusting nothing: a group or entry of any other shape is left out, and anything that is not
 * a list of groups reads as none.
 * @example decodeGroups('[{"id":"1","name":"ม.6/1","savedAt":"2026-11-28","entries":[],"labels":{}}]') // one group
 * @example decodeGroups('<script>') // []
 */
export function decodeGroups(text: string | undefined): SavedGroup[] {
  try {
    const value: unknown = JSON.parse(text ?? '');
    return Array.isArray(value) ? value.flatMap((group) => decodeGroup(group) ?? []) : [];
  } catch {
    return [];
  }
}

/** The kept groups as stored, or none when storage cannot be read (blocked site data throws on any access). */
export function keptGroups(): SavedGroup[] {
  try {
    return decodeGroups(localStorage.getItem(groupsStorageKey) ?? undefined);
  } catch {
    return [];
  }
}

type Listener = (groups: SavedGroup[]) => void;
const listeners = new Set<Listener>();

/**
 * Calls `listener` now and whenever the kept groups change, here or in another tab. Returns a function that stops it.
 * @example const stop = watchGroups((groups) => drawList(groups));
 */
export function watchGroups(listener: Listener): () => void {
  listeners.add(listener);
  listener(keptGroups());
  const onStorage = (event: StorageEvent) => {
    if (event.key === groupsStorageKey || event.key === null) listener(keptGroups());
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** What a change came to: stored; refused by the browser (full or blocked storage); or its group is no longer kept. */
export type GroupWrite = 'stored' | 'failed' | 'gone';

/** What storage holds now, or undefined when it cannot be read: a change is then not written, never over everything. */
function readNow(): SavedGroup[] | undefined {
  try {
    return decodeGroups(localStorage.getItem(groupsStorageKey) ?? undefined);
  } catch {
    return undefined;
  }
}

let writes = 0;

function write(groups: SavedGroup[]): boolean {
  const thisWrite = ++writes;
  let stored = false;
  try {
    if (groups.length === 0) localStorage.removeItem(groupsStorageKey);
    else localStorage.setItem(groupsStorageKey, JSON.stringify(groups));
    stored = true;
  } catch {
    // Full or blocked: the caller says so and offers the CSV instead.
  }
  // The storage event reaches other tabs only: this tab's listeners hear of its own changes here. A listener that
  // writes in turn has told everyone of the newer groups: the rest are not then told of these older ones.
  if (stored)
    for (const listener of listeners) {
      if (writes !== thisWrite) break;
      listener(groups);
    }
  return stored;
}

/** Reads what storage holds now, applies `change` and writes the result; `change` says 'gone' to write nothing. */
function update(change: (groups: SavedGroup[]) => SavedGroup[] | 'gone'): GroupWrite {
  const groups = readNow();
  if (!groups) return 'failed';
  const changed = change(groups);
  if (changed === 'gone') return 'gone';
  return write(changed) ? 'stored' : 'failed';
}

/** A label cut to length, or '' for none. */
const labelText = (label: string) => label.trim().slice(0, longestLabel);

/**
 * Applies a patch of labels, code by code: text sets a label, '' clears it. Codes not in the patch keep theirs.
 * @example patchLabels({ '1AAA': 'นิด', '1BBB': 'ต้น' }, { '1AAA': '', '1CCC': 'แก้ว' }) // { '1BBB': 'ต้น', '1CCC': 'แก้ว' }
 */
export function patchLabels(labels: Readonly<Record<string, string>>, patch: Readonly<Record<string, string>>) {
  const patched = new Map(Object.entries(labels));
  for (const [code, label] of Object.entries(patch)) {
    const text = labelText(label);
    if (text === '') patched.delete(code);
    else patched.set(code, text);
  }
  return Object.fromEntries(patched);
}

/**
 * Every code of `first`, in its order, then the codes only `second` has, in theirs. A code in both keeps the first's
 * line and the larger count (the same paste kept twice is not two sightings).
 * @example unionEntries([a1, b1], [b2, c1]).map((entry) => entry.code) // ['A', 'B', 'C']
 */
export function unionEntries(first: readonly FoundCode[], second: readonly FoundCode[]): FoundCode[] {
  const byCode = new Map<string, FoundCode>();
  for (const entry of [...first, ...second]) {
    const known = byCode.get(entry.code);
    byCode.set(entry.code, known ? { ...known, count: Math.max(known.count, entry.count) } : entry);
  }
  return [...byCode.values()];
}

/** `groups` with the group of `id` changed by `change`, in its place; 'gone' when no group has that id. */
function changeGroup(groups: SavedGroup[], id: string, change: (group: SavedGroup) => SavedGroup) {
  const index = groups.findIndex((group) => group.id === id);
  const group = groups[index];
  if (!group) return 'gone';
  return groups.map((each, at) => (at === index ? change(each) : each));
}

/**
 * Sets or clears ('') the labels of some codes of one kept group, leaving every other label as storage holds it.
 * @example setGroupLabels('1732790000000', { '1AAA': 'สมชาย', '1BBB': '' }) // 'stored'
 */
export function setGroupLabels(id: string, patch: Readonly<Record<string, string>>): GroupWrite {
  return update((groups) =>
    changeGroup(groups, id, (group) => ({ ...group, labels: patchLabels(group.labels, patch) })),
  );
}

/**
 * Adds people to a kept group (a code it already holds is not added twice), with labels for some of them.
 * @example addToGroup('1732790000000', [entry], { [entry.code]: 'นิด' }) // 'stored'
 */
export function addToGroup(
  id: string,
  entries: readonly FoundCode[],
  patch: Readonly<Record<string, string>> = {},
): GroupWrite {
  return update((groups) =>
    changeGroup(groups, id, (group) => ({
      ...group,
      savedAt: new Date().toISOString(),
      entries: unionEntries(group.entries, entries),
      labels: patchLabels(group.labels, patch),
    })),
  );
}

/**
 * Keeps a group, newest first. When storage already holds a group of that id, the two are merged: the name and date
 * are this one's, the people are both's, and of the labels only `changedLabels` (those this tab changed) are applied
 * over the stored ones. Otherwise the group is kept as it is. Returns 'failed' when the browser refused to store it:
 * the page then says so and offers the CSV instead.
 * @example keepGroup({ id: '1732790000000', name: 'ม.6/1', savedAt: '2026-11-28T10:00:00Z', entries, labels: {} }) // 'stored'
 */
export function keepGroup(
  group: SavedGroup,
  changedLabels: Readonly<Record<string, string>> = group.labels,
): Exclude<GroupWrite, 'gone'> {
  const written = update((groups) => {
    const stored = groups.find((each) => each.id === group.id);
    const kept: SavedGroup = stored
      ? {
          ...group,
          entries: unionEntries(stored.entries, group.entries),
          labels: patchLabels(stored.labels, changedLabels),
        }
      : { ...group, labels: patchLabels({}, group.labels) };
    return [kept, ...groups.filter((each) => each.id !== group.id)];
  });
  return written === 'stored' ? 'stored' : 'failed';
}

/** What a delete came to, and what is needed to undo it. */
export interface DeletedGroup {
  written: GroupWrite;
  /** The group as storage held it when deleted, and where it was in the list. */
  group?: SavedGroup;
  index?: number;
}

/**
 * Deletes a kept group from this device; the key itself goes with the last one. Returns the group deleted, for
 * restoreGroup to bring back.
 * @example deleteGroup('1732790000000') // { written: 'stored', group: { … }, index: 0 }
 */
export function deleteGroup(id: string): DeletedGroup {
  let group: SavedGroup | undefined;
  let index = -1;
  const written = update((groups) => {
    index = groups.findIndex((each) => each.id === id);
    group = groups[index];
    return group ? groups.filter((each) => each.id !== id) : 'gone';
  });
  return written === 'stored' && group ? { written, group, index } : { written };
}

/**
 * Brings a deleted group back where it was in the list, names and all. Should a group of that id have been kept again
 * meanwhile, the two are merged and the newer labels win.
 * @example restoreGroup(deleted.group, deleted.index) // 'stored'
 */
export function restoreGroup(group: SavedGroup, index: number): Exclude<GroupWrite, 'gone'> {
  const written = update((groups) => {
    const stored = groups.find((each) => each.id === group.id);
    if (stored)
      return changeGroup(groups, group.id, () => ({
        ...stored,
        entries: unionEntries(group.entries, stored.entries),
        labels: { ...group.labels, ...stored.labels },
      }));
    const restored = [...groups];
    restored.splice(Math.max(0, Math.min(index, groups.length)), 0, group);
    return restored;
  });
  return written === 'stored' ? 'stored' : 'failed';
}
