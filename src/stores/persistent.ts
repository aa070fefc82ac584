/**
 * Atoms kept in the browser's localStorage, whose writes cannot fail loudly.
 *
 * Why not @nanostores/persistent: it writes straight to localStorage, which throws when storage is full or
 * blocked (private modes, site data turned off), and the answer being saved is lost with the exception. Here a
 * value always lands in memory first; a refused write only raises $storageUnavailable, so the quiz keeps working
 * and can tell the person once that closing the page will lose their progress. It is also smaller, which the quiz
 * page's JavaScript budget needs.
 */
import { atom, onMount, type WritableAtom } from 'nanostores';

/** True once the browser refused to keep something: progress will not survive closing the page. */
export const $storageUnavailable = atom(false);

/**
 * The saved text under a key, or undefined when there is none or storage cannot be read. Merely naming
 * localStorage throws where site data is blocked, and it does not exist outside a browser: both land in the catch.
 */
export function readStored(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Saves text under a key; returns false (and raises $storageUnavailable) when the browser refuses. */
export function writeStored(key: string, value: string): boolean {
  try {
    localStorage.setItem(key, value);
    return true;
  } catch {
    $storageUnavailable.set(true);
    return false;
  }
}

/**
 * An atom saved under `key`. `decode` receives whatever text is stored (or undefined) and must return a valid
 * value for anything, since storage can hold another version's data or junk. Changes made in another tab arrive
 * through the browser's storage event.
 * @example const $theme = persistentAtom('site:theme:v1', (text) => (text === 'dark' ? 'dark' : 'light'), String);
 */
export function persistentAtom<Value>(
  key: string,
  decode: (text: string | undefined) => Value,
  encode: (value: Value) => string,
): WritableAtom<Value> {
  const store = atom(decode(readStored(key)));
  const setInMemory = store.set;
  store.set = (value) => {
    setInMemory(value);
    writeStored(key, encode(value));
  };
  onMount(store, () => {
    const onStorage = (event: StorageEvent) => {
      // key null: another tab cleared all of storage. What storage holds now is read rather than the event's
      // value: when two tabs write at once, each gets the other's event, and only reading the latest makes them
      // agree.
      if (event.key === key || event.key === null) setInMemory(decode(readStored(key)));
    };
    // The window it listened on, kept: nanostores unmounts a second after the last listener leaves, and by then a
    // test's page (and its global window) may be gone.
    const listening = window;
    listening.addEventListener('storage', onStorage);
    return () => listening.removeEventListener('storage', onStorage);
  });
  return store;
}
