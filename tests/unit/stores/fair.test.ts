// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  clearPerson,
  decodeFairMode,
  endFairMode,
  fairMode,
  fairResultKeys,
  startFairMode,
  type FairMode,
  type FairResultWords,
} from '../../../src/stores/fair';
import { $quiz, answerQuestion, emptyQuiz } from '../../../src/stores/quiz';
import { fairStorageKey, groupsStorageKey, quizStorageKey } from '../../../src/stores/storage-keys';

const wordsIn = (language: string): FairResultWords =>
  Object.fromEntries(fairResultKeys.map((key) => [key, `${language}: ${key}`])) as FairResultWords;
const mode: FairMode = {
  startIndex: 2,
  words: { th: { ...wordsIn('th'), 'fair.result.next': 'คนถัดไป' }, en: wordsIn('en') },
  fairUrls: { th: '/th/fair/', en: '/en/fair/' },
};

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

describe('job-fair mode', () => {
  it('clears what the quiz itself saved about a person, and nothing a counsellor kept', () => {
    $quiz.set(emptyQuiz);
    answerQuestion('bank1', 'enjoy-welcoming', 4);
    localStorage.setItem(groupsStorageKey, '[]');
    expect(localStorage.getItem(quizStorageKey)).toContain('enjoy-welcoming');
    expect(clearPerson()).toBe(true);
    expect(localStorage.getItem(quizStorageKey)).toBeNull();
    expect(localStorage.getItem(groupsStorageKey)).toBe('[]');
  });

  it('turns on for this tab, clearing the last visitor, and reads back what the fair page handed over', () => {
    localStorage.setItem(quizStorageKey, '{"bank":"a","answers":{"x":5},"screen":"results"}');
    localStorage.setItem(groupsStorageKey, '[]');
    expect(fairMode()).toBeUndefined();
    expect(startFairMode(mode)).toBe(true);
    expect(localStorage.getItem(quizStorageKey)).toBeNull();
    // A counsellor's own data on the device is not a visitor's, and stays.
    expect(localStorage.getItem(groupsStorageKey)).toBe('[]');
    expect(fairMode()).toEqual(mode);
    expect(sessionStorage.getItem(fairStorageKey)).not.toBeNull();
    expect(localStorage.getItem(fairStorageKey)).toBeNull();
  });

  it('"Next person" clears the answers and keeps the mode; ending it leaves nothing', () => {
    startFairMode(mode);
    localStorage.setItem(quizStorageKey, '{"bank":"a","answers":{"x":2},"screen":4}');
    expect(clearPerson()).toBe(true);
    expect(localStorage.getItem(quizStorageKey)).toBeNull();
    expect(fairMode()).toEqual(mode);
    endFairMode();
    expect(fairMode()).toBeUndefined();
    expect(sessionStorage.length).toBe(0);
  });

  it('reads anything but the expected shape as off', () => {
    for (const junk of [
      undefined,
      null,
      '',
      '<script>',
      '[]',
      '{"startIndex":-1,"words":{},"fairUrls":{}}',
      '{"startIndex":1.5,"words":{},"fairUrls":{}}',
      '{"startIndex":1,"words":{"th":{"a":5}},"fairUrls":{}}',
      '{"startIndex":1,"words":{},"fairUrls":{"th":7}}',
      '{"startIndex":1,"fairUrls":{}}',
      // No language's words, or one language without the words its result page would show.
      JSON.stringify({ ...mode, words: {} }),
      JSON.stringify({ ...mode, words: { th: mode.words['th'], en: { 'fair.result.next': 'Next person' } } }),
    ])
      expect(decodeFairMode(junk), String(junk)).toBeUndefined();
    expect(decodeFairMode(JSON.stringify(mode))).toEqual(mode);
  });

  it('says when storage is blocked, rather than claiming the last visitor is gone', () => {
    vi.spyOn(Storage.prototype, 'removeItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(startFairMode(mode)).toBe(false);
    expect(clearPerson()).toBe(false);
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new DOMException('blocked', 'SecurityError');
    });
    expect(fairMode()).toBeUndefined();
  });
});
