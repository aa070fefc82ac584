/**
 * Groups a counsellor keeps on their own device: the codes found in what they pasted and the names or notes they
 * typed beside them, never the pasted text itself (a chat holds far more than results). Kept in localStorage under
 * one versioned key; nothing leaves the browser.
 *
 * Plain functions rather than a nanostores atom: the group page would otherwise load the quiz's chunk, where
 * nanostores lives (astro.config.mjs), for one list that only this page reads.
 */
import type { FoundCode } from '../lib/group-links';

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

/** Bump the number when the saved shape changes; older saves are then read as none, never misread. */
export const groupsStorageKey = 'front-back-office:groups:v1';

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

function store(groups: SavedGroup[]): boolean {
  let stored = false;
  try {
    if (groups.length === 0) localStorage.removeItem(groupsStorageKey);
    else localStorage.setItem(groupsStorageKey, JSON.stringify(groups));
    stored = true;
  } catch {
    // Full or blocked: the caller says so and offers the CSV instead.
  }
  for (const listener of listeners) listener(stored ? groups : keptGroups());
  return stored;
}

/**
 * Keeps a group (replacing the one with the same id), newest first. Returns false when the browser refused to store
 * it: the page then says so and offers the CSV instead.
 * @example keepGroup({ id: '1732790000000', name: 'ม.6/1', savedAt: '2026-11-28T10:00:00Z', entries, labels: {} }) // true
 */
export function keepGroup(group: SavedGroup): boolean {
  return store([group, ...keptGroups().filter((each) => each.id !== group.id)]);
}

/**
 * Deletes a kept group from this device; the key itself goes with the last one. Returns false when storage refused.
 * @example deleteGroup('1732790000000') // true
 */
export function deleteGroup(id: string): boolean {
  return store(keptGroups().filter((group) => group.id !== id));
}
