// @vitest-environment jsdom
import { STORE_UNMOUNT_DELAY } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $storageUnavailable, persistentAtom, readStored, writeStored } from '../../../src/stores/persistent';

/** A page number kept in storage as digits; anything else (junk, another version's data, nothing) reads as 1. */
const decodePage = (text: string | undefined): number =>
  text !== undefined && /^[1-9]\d?$/u.test(text) ? Number(text) : 1;

/** Each test has its own key, so its atom is created, and starts listening to other tabs, within that test. */
let keyNumber = 0;
const freshKey = () => `test:page:${++keyNumber}`;

/** What another tab does: write to storage, which this page hears of through a storage event. */
function otherTabWrites(key: string, value: string) {
  localStorage.setItem(key, value);
  window.dispatchEvent(new StorageEvent('storage', { key, newValue: value }));
}

const refuseWrites = () =>
  vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
  });
/** Where site data is blocked, merely reading window.localStorage throws. */
const blockStorage = () =>
  vi.spyOn(globalThis, 'localStorage', 'get').mockImplementation(() => {
    throw new DOMException('The operation is insecure.', 'SecurityError');
  });

beforeEach(() => {
  localStorage.clear();
  $storageUnavailable.set(false);
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('$storageUnavailable', () => {
  it('is down when a page loads, before the browser has refused anything', async () => {
    vi.resetModules();
    const { $storageUnavailable: onLoad } = await import('../../../src/stores/persistent');
    expect(onLoad.get()).toBe(false);
  });
});

describe('readStored and writeStored', () => {
  it('save text under a key and read it back', () => {
    expect(writeStored('test:a', 'first')).toBe(true);
    expect(writeStored('test:b', '{"x":2}')).toBe(true);
    expect(localStorage.getItem('test:a')).toBe('first');
    expect(readStored('test:a')).toBe('first');
    expect(readStored('test:b')).toBe('{"x":2}');
    expect(readStored('test:never-written')).toBeUndefined();
    expect($storageUnavailable.get()).toBe(false);
  });

  it('report a refused write (storage full) with false and raise the flag, without throwing', () => {
    writeStored('test:a', 'kept from before');
    refuseWrites();
    expect(writeStored('test:a', 'new')).toBe(false);
    expect($storageUnavailable.get()).toBe(true);
    expect(readStored('test:a')).toBe('kept from before');
  });

  it('read nothing and refuse to write where site data is blocked', () => {
    localStorage.setItem('test:a', 'saved earlier');
    blockStorage();
    expect(readStored('test:a')).toBeUndefined();
    expect(writeStored('test:a', 'new')).toBe(false);
    expect($storageUnavailable.get()).toBe(true);
  });

  it('read nothing when reading storage throws', () => {
    localStorage.setItem('test:a', 'saved earlier');
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    expect(readStored('test:a')).toBeUndefined();
    expect($storageUnavailable.get()).toBe(false);
  });

  it('read nothing and refuse to write where there is no localStorage at all', () => {
    vi.stubGlobal('localStorage', undefined);
    expect(readStored('test:a')).toBeUndefined();
    expect(writeStored('test:a', 'new')).toBe(false);
    expect($storageUnavailable.get()).toBe(true);
  });
});

describe('persistentAtom', () => {
  it('starts from what is saved, or from its decoder’s default for nothing or junk', () => {
    const [saved, junk, none] = [freshKey(), freshKey(), freshKey()];
    localStorage.setItem(saved, '7');
    localStorage.setItem(junk, '<b>7</b>');
    expect(persistentAtom(saved, decodePage, String).get()).toBe(7);
    expect(persistentAtom(junk, decodePage, String).get()).toBe(1);
    expect(persistentAtom(none, decodePage, String).get()).toBe(1);
  });

  it('saves each value it is set to, encoded, under its own key', () => {
    const key = freshKey();
    const $page = persistentAtom(key, decodePage, (page) => `${page}`);
    $page.set(4);
    expect($page.get()).toBe(4);
    expect(localStorage.getItem(key)).toBe('4');
    $page.set(12);
    expect(localStorage.getItem(key)).toBe('12');
    expect(persistentAtom(key, decodePage, String).get()).toBe(12);
  });

  it('keeps a value in memory, and tells its listeners, when storage refuses it', () => {
    const key = freshKey();
    const $page = persistentAtom(key, decodePage, String);
    const heard: number[] = [];
    const unbind = $page.listen((page) => heard.push(page));
    refuseWrites();
    expect(() => $page.set(3)).not.toThrow();
    expect($page.get()).toBe(3);
    expect(heard).toEqual([3]);
    expect($storageUnavailable.get()).toBe(true);
    expect(localStorage.getItem(key)).toBeNull();
    unbind();
  });

  it('works in memory alone where site data is blocked', () => {
    blockStorage();
    const $page = persistentAtom(freshKey(), decodePage, String);
    expect($page.get()).toBe(1);
    $page.set(9);
    expect($page.get()).toBe(9);
    expect($storageUnavailable.get()).toBe(true);
  });

  it('takes in what another tab saves under its key, reading storage rather than the event', () => {
    const key = freshKey();
    const $page = persistentAtom(key, decodePage, String);
    const heard: number[] = [];
    const unbind = $page.listen((page) => heard.push(page));
    otherTabWrites(key, '5');
    expect($page.get()).toBe(5);
    otherTabWrites(key, 'junk');
    expect($page.get()).toBe(1);
    // Two tabs writing at once: a stale event is read as what storage holds now.
    localStorage.setItem(key, '8');
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: '6' }));
    expect($page.get()).toBe(8);
    expect(heard).toEqual([5, 1, 8]);
    unbind();
  });

  it('ignores what another tab saves under other keys', () => {
    const key = freshKey();
    const $page = persistentAtom(key, decodePage, String);
    const unbind = $page.listen(() => undefined);
    $page.set(2);
    // Storage under this key changed without a word (as from another page's code): only an event for this key,
    // or for all of storage, makes the atom read it again.
    localStorage.setItem(key, '6');
    otherTabWrites('test:other', '3');
    otherTabWrites(`${key}:v2`, '4');
    expect($page.get()).toBe(2);
    unbind();
  });

  it('goes back to its default when another tab clears all of storage', () => {
    const key = freshKey();
    const $page = persistentAtom(key, decodePage, String);
    const unbind = $page.listen(() => undefined);
    $page.set(6);
    localStorage.clear();
    window.dispatchEvent(new StorageEvent('storage', { key: null }));
    expect($page.get()).toBe(1);
    unbind();
  });

  it('stops listening to other tabs once nothing has listened to it for a while', () => {
    vi.useFakeTimers();
    const added = vi.spyOn(window, 'addEventListener');
    const removed = vi.spyOn(window, 'removeEventListener');
    const key = freshKey();
    const $page = persistentAtom(key, decodePage, String);
    const unbind = $page.listen(() => undefined);
    const storageListeners = added.mock.calls.filter(([type]) => type === 'storage');
    expect(storageListeners).toHaveLength(1);
    const listener = storageListeners[0]?.[1];
    unbind();
    vi.advanceTimersByTime(STORE_UNMOUNT_DELAY - 1);
    expect(removed).not.toHaveBeenCalledWith('storage', listener);
    vi.advanceTimersByTime(1);
    expect(removed).toHaveBeenCalledWith('storage', listener);
  });

  it('stops listening on the window it started on, even when the global window is gone by then', () => {
    vi.useFakeTimers();
    const removed = vi.spyOn(window, 'removeEventListener');
    const $page = persistentAtom(freshKey(), decodePage, String);
    const unbind = $page.listen(() => undefined);
    unbind();
    // A test's page torn down before nanostores unmounts the store, a second later.
    vi.stubGlobal('window', undefined);
    expect(() => vi.advanceTimersByTime(STORE_UNMOUNT_DELAY)).not.toThrow();
    expect(removed).toHaveBeenCalledWith('storage', expect.any(Function));
  });
});
