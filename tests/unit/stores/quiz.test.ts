// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { $storageUnavailable } from '../../../src/stores/persistent';
import {
  $quiz,
  $quizNotice,
  answerQuestion,
  decodeQuizState,
  emptyQuiz,
  openQuiz,
  quizStorageKey,
  restartQuiz,
} from '../../../src/stores/quiz';
import { scoringItems } from '../../support/quiz-bank';

beforeEach(() => {
  localStorage.clear();
  $quiz.set(emptyQuiz);
  $quizNotice.set(undefined);
  $storageUnavailable.set(false);
});
afterEach(() => vi.restoreAllMocks());

describe('decodeQuizState', () => {
  it('reads a saved quiz', () => {
    expect(decodeQuizState('{"bank":"a1","answers":{"x":4},"screen":2}')).toEqual({
      bank: 'a1',
      answers: { x: 4 },
      screen: 2,
    });
    expect(decodeQuizState('{"bank":"a1","answers":{},"screen":"results"}').screen).toBe('results');
  });

  it.each([
    ['nothing', undefined],
    ['not JSON', '<script>alert(1)</script>'],
    ['JSON of another shape', '[1,2,3]'],
    ['a missing bank', '{"answers":{}}'],
    ['answers that are not an object', '{"bank":"a1","answers":[5,5]}'],
    ['null', 'null'],
  ])('starts empty from %s', (_case, text) => {
    expect(decodeQuizState(text)).toEqual(emptyQuiz);
  });

  it('falls back to the intro for an impossible screen', () => {
    for (const screen of ['"menu"', '-1', '2.5', '"2"']) {
      expect(decodeQuizState(`{"bank":"a1","answers":{},"screen":${screen}}`).screen).toBe('intro');
    }
  });
});

describe('openQuiz', () => {
  it('drops answers to unknown questions and impossible values, and keeps the rest', () => {
    $quiz.set({ bank: 'v1', answers: { 'enjoy-welcoming': 4, 'gone-question': 5, 'can-rapport': 9 as 5 }, screen: 3 });
    openQuiz('v1', scoringItems);
    expect($quiz.get()).toEqual({ bank: 'v1', answers: { 'enjoy-welcoming': 4 }, screen: 3 });
    expect($quizNotice.get()).toBeUndefined();
  });

  it('brings a position past the last question back to it', () => {
    $quiz.set({ bank: 'v1', answers: {}, screen: 99 });
    openQuiz('v1', scoringItems);
    expect($quiz.get().screen).toBe(scoringItems.length - 1);
  });

  it('never scores answers from another question bank: starts afresh and says so', () => {
    $quiz.set({ bank: 'v0', answers: { 'enjoy-welcoming': 4 }, screen: 'results' });
    openQuiz('v1', scoringItems);
    expect($quiz.get()).toEqual({ bank: 'v1', answers: {}, screen: 'intro' });
    expect($quizNotice.get()).toBe('bank-changed');
  });
});

describe('saving answers', () => {
  it('writes each answer to storage under the versioned key', () => {
    answerQuestion('v1', 'enjoy-welcoming', 5);
    expect(JSON.parse(localStorage.getItem(quizStorageKey) ?? '')).toEqual({
      bank: 'v1',
      answers: { 'enjoy-welcoming': 5 },
      screen: 'intro',
    });
    restartQuiz();
    expect(JSON.parse(localStorage.getItem(quizStorageKey) ?? '').answers).toEqual({});
  });

  it('keeps the answer in memory and raises the flag when storage is full, without throwing', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    expect(() => answerQuestion('v1', 'enjoy-welcoming', 2)).not.toThrow();
    expect($quiz.get().answers).toEqual({ 'enjoy-welcoming': 2 });
    expect($storageUnavailable.get()).toBe(true);
    answerQuestion('v1', 'can-rapport', 4);
    expect($quiz.get().answers).toEqual({ 'enjoy-welcoming': 2, 'can-rapport': 4 });
  });

  it('takes in answers given in another tab', () => {
    const unsubscribe = $quiz.listen(() => undefined);
    // What another tab does: write to storage, which announces it here with a storage event.
    const otherTabWrites = (value: string) => {
      localStorage.setItem(quizStorageKey, value);
      window.dispatchEvent(new StorageEvent('storage', { key: quizStorageKey, newValue: value }));
    };
    otherTabWrites(JSON.stringify({ bank: 'v1', answers: { 'can-numbers': 3 }, screen: 5 }));
    expect($quiz.get()).toEqual({ bank: 'v1', answers: { 'can-numbers': 3 }, screen: 5 });
    otherTabWrites('garbage');
    expect($quiz.get()).toEqual(emptyQuiz);
    // Two tabs writing at once: each hears of the other's write, and both settle on what storage holds last.
    localStorage.setItem(quizStorageKey, JSON.stringify({ bank: 'v1', answers: { 'can-numbers': 2 }, screen: 5 }));
    const staleEvent = JSON.stringify({ bank: 'v1', answers: { 'can-numbers': 4 }, screen: 5 });
    window.dispatchEvent(new StorageEvent('storage', { key: quizStorageKey, newValue: staleEvent }));
    expect($quiz.get().answers).toEqual({ 'can-numbers': 2 });
    unsubscribe();
  });

  it('keeps an answer another tab saved a moment ago, before its storage event arrived', () => {
    answerQuestion('v1', 'enjoy-welcoming', 5);
    // The other tab's write, not yet announced here.
    const otherTab = { bank: 'v1', answers: { 'enjoy-welcoming': 5, 'enjoy-spreadsheet': 2 }, screen: 2 };
    localStorage.setItem(quizStorageKey, JSON.stringify(otherTab));
    answerQuestion('v1', 'can-rapport', 4);
    const expected = { 'enjoy-welcoming': 5, 'enjoy-spreadsheet': 2, 'can-rapport': 4 };
    expect($quiz.get().answers).toEqual(expected);
    expect(JSON.parse(localStorage.getItem(quizStorageKey) ?? '').answers).toEqual(expected);
  });

  it('ignores impossible values that storage holds when merging, and answers from another bank', () => {
    answerQuestion('v1', 'enjoy-welcoming', 5);
    localStorage.setItem(
      quizStorageKey,
      JSON.stringify({ bank: 'v1', answers: { 'enjoy-welcoming': 5, 'can-numbers': 9, 'can-rapport': '3' } }),
    );
    answerQuestion('v1', 'enjoy-spreadsheet', 1);
    expect($quiz.get().answers).toEqual({ 'enjoy-welcoming': 5, 'enjoy-spreadsheet': 1 });
    localStorage.setItem(quizStorageKey, JSON.stringify({ bank: 'v0', answers: { 'can-numbers': 2 } }));
    answerQuestion('v1', 'can-rapport', 3);
    expect($quiz.get().answers).toEqual({ 'enjoy-welcoming': 5, 'enjoy-spreadsheet': 1, 'can-rapport': 3 });
  });
});
