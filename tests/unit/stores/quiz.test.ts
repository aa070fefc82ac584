// @vitest-environment jsdom
import { cleanStores } from 'nanostores';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScoringItem } from '../../../src/lib/scoring';
import { $storageUnavailable } from '../../../src/stores/persistent';
import {
  $quiz,
  $quizNotice,
  answerQuestion,
  decodeQuizState,
  emptyQuiz,
  openQuiz,
  restartQuiz,
  showScreen,
  startQuiz,
} from '../../../src/stores/quiz';
import { quizStorageKey } from '../../../src/stores/storage-keys';

/** Six questions, so the last one is at index 5. The store only looks at their ids. */
const questions: ScoringItem[] = [
  { id: 'enjoy-welcoming', kind: 'preference', path: 'front', skill: 'rapport' },
  { id: 'enjoy-spreadsheet', kind: 'preference', path: 'back', skill: 'numbers' },
  {
    id: 'choose-hotel',
    kind: 'scenario',
    a: { path: 'front', skill: 'rapport' },
    b: { path: 'back', skill: 'numbers' },
  },
  { id: 'enjoy-filing', kind: 'preference', path: 'back', skill: 'order' },
  { id: 'can-rapport', kind: 'self-rating', path: 'front', skill: 'rapport' },
  { id: 'can-numbers', kind: 'self-rating', path: 'back', skill: 'numbers' },
];

/** The key is part of what the site has shipped: a new one would lose every saved quiz. */
// Written out once, on purpose: a changed key would lose every visitor's saved progress, so it must not change unseen.
const savedKey = 'front-back-office:quiz:v1';
const saved = () => JSON.parse(localStorage.getItem(savedKey) ?? 'null') as unknown;

beforeEach(() => {
  localStorage.clear();
  $quiz.set({ bank: '', answers: {}, screen: 'intro' });
  $quizNotice.set(undefined);
  $storageUnavailable.set(false);
});
afterEach(() => {
  vi.restoreAllMocks();
  // Unmounts the store, so each test starts it, and its listening to other tabs, afresh.
  cleanStores($quiz);
});

describe('the saved quiz', () => {
  it('is kept under a fixed, versioned key, and starts empty', () => {
    expect(quizStorageKey).toBe(savedKey);
    expect(emptyQuiz).toEqual({ bank: '', answers: {}, screen: 'intro' });
    expect(decodeQuizState(undefined)).toEqual({ bank: '', answers: {}, screen: 'intro' });
  });
});

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
    ['answers that are null', '{"bank":"a1","answers":null,"screen":2}'],
    ['answers that are a number', '{"bank":"a1","answers":4,"screen":2}'],
    ['answers that are text', '{"bank":"a1","answers":"{}","screen":2}'],
    ['a bank that is a list', '{"bank":["a1"],"answers":{"x":4},"screen":2}'],
    ['a bank that is a number', '{"bank":7,"answers":{"x":4},"screen":2}'],
    ['a bank that is null', '{"bank":null,"answers":{"x":4},"screen":2}'],
  ])('starts empty from %s', (_case, text) => {
    expect(decodeQuizState(text)).toEqual({ bank: '', answers: {}, screen: 'intro' });
  });

  it('keeps the screen of any question, the first one included', () => {
    for (const screen of [0, 1, 4, 27]) {
      expect(decodeQuizState(`{"bank":"a1","answers":{"y":2},"screen":${screen}}`)).toEqual({
        bank: 'a1',
        answers: { y: 2 },
        screen,
      });
    }
  });

  it('keeps no more than 64 characters of the bank version', () => {
    const long = `${'0123456789abcdef'.repeat(4)}and more`;
    expect(decodeQuizState(JSON.stringify({ bank: long, answers: {}, screen: 1 })).bank).toBe(
      '0123456789abcdef'.repeat(4),
    );
    expect(decodeQuizState('{"bank":"d00d","answers":{},"screen":1}').bank).toBe('d00d');
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
    openQuiz('v1', questions);
    expect($quiz.get()).toEqual({ bank: 'v1', answers: { 'enjoy-welcoming': 4 }, screen: 3 });
    expect($quizNotice.get()).toBeUndefined();
  });

  it('brings a position past the last question back to it', () => {
    $quiz.set({ bank: 'v1', answers: {}, screen: 99 });
    openQuiz('v1', questions);
    expect($quiz.get().screen).toBe(5);
  });

  it('keeps the intro, the results and any question up to the last where they are', () => {
    for (const screen of ['intro', 'results', 0, 2, 5] as const) {
      $quiz.set({ bank: 'v1', answers: { 'choose-hotel': 2 }, screen });
      openQuiz('v1', questions);
      expect($quiz.get()).toEqual({ bank: 'v1', answers: { 'choose-hotel': 2 }, screen });
    }
    expect(saved()).toEqual({ bank: 'v1', answers: { 'choose-hotel': 2 }, screen: 5 });
  });

  it('opens a quiz begun but not yet tied to a bank as it is, without a notice', () => {
    $quiz.set({ bank: '', answers: {}, screen: 0 });
    openQuiz('v1', questions);
    expect($quiz.get()).toEqual({ bank: '', answers: {}, screen: 0 });
    expect($quizNotice.get()).toBeUndefined();
  });

  it('never scores answers from another question bank: starts afresh and says so', () => {
    $quiz.set({ bank: 'v0', answers: { 'enjoy-welcoming': 4 }, screen: 'results' });
    openQuiz('v1', questions);
    expect($quiz.get()).toEqual({ bank: 'v1', answers: {}, screen: 'intro' });
    expect($quizNotice.get()).toBe('bank-changed');
  });
});

describe('moving through the quiz', () => {
  it('ties the quiz to the bank being answered, keeping the answers and the screen', () => {
    $quiz.set({ bank: '', answers: {}, screen: 'intro' });
    startQuiz('b2c3d4e5');
    expect($quiz.get()).toEqual({ bank: 'b2c3d4e5', answers: {}, screen: 'intro' });
    $quiz.set({ bank: 'b2c3d4e5', answers: { 'enjoy-filing': 3, 'can-numbers': 1 }, screen: 4 });
    startQuiz('b2c3d4e5');
    expect($quiz.get()).toEqual({ bank: 'b2c3d4e5', answers: { 'enjoy-filing': 3, 'can-numbers': 1 }, screen: 4 });
    expect(saved()).toEqual({ bank: 'b2c3d4e5', answers: { 'enjoy-filing': 3, 'can-numbers': 1 }, screen: 4 });
  });

  it('shows a screen and remembers it, answers untouched', () => {
    answerQuestion('v1', 'enjoy-spreadsheet', 4);
    showScreen(1);
    expect($quiz.get()).toEqual({ bank: 'v1', answers: { 'enjoy-spreadsheet': 4 }, screen: 1 });
    showScreen('results');
    expect(saved()).toEqual({ bank: 'v1', answers: { 'enjoy-spreadsheet': 4 }, screen: 'results' });
  });

  it('starts over with no answers, on the same bank and screen, and drops the notice of a bank change', () => {
    $quiz.set({ bank: 'v0', answers: { 'enjoy-welcoming': 4 }, screen: 'results' });
    openQuiz('v1', questions);
    expect($quizNotice.get()).toBe('bank-changed');
    answerQuestion('v1', 'can-numbers', 5);
    answerQuestion('v1', 'enjoy-welcoming', 2);
    showScreen('results');
    restartQuiz();
    expect($quiz.get()).toEqual({ bank: 'v1', answers: {}, screen: 'results' });
    expect($quizNotice.get()).toBeUndefined();
    expect(saved()).toEqual({ bank: 'v1', answers: {}, screen: 'results' });
  });
});

describe('saving answers', () => {
  it('writes each answer to storage under the versioned key', () => {
    answerQuestion('v1', 'enjoy-welcoming', 5);
    expect(JSON.parse(localStorage.getItem(savedKey) ?? '')).toEqual({
      bank: 'v1',
      answers: { 'enjoy-welcoming': 5 },
      screen: 'intro',
    });
    restartQuiz();
    expect(JSON.parse(localStorage.getItem(savedKey) ?? '').answers).toEqual({});
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

  it('once storage refuses writes, trusts only this page: a changed answer is not undone by an older save', () => {
    answerQuestion('v1', 'enjoy-welcoming', 5);
    answerQuestion('v1', 'enjoy-spreadsheet', 1);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    answerQuestion('v1', 'enjoy-welcoming', 2);
    answerQuestion('v1', 'can-rapport', 3);
    expect($quiz.get().answers).toEqual({ 'enjoy-welcoming': 2, 'enjoy-spreadsheet': 1, 'can-rapport': 3 });
    // Storage still holds the save from before it refused.
    expect(saved()).toEqual({ bank: 'v1', answers: { 'enjoy-welcoming': 5, 'enjoy-spreadsheet': 1 }, screen: 'intro' });
  });

  it('takes in answers given in another tab', () => {
    const unsubscribe = $quiz.listen(() => undefined);
    // What another tab does: write to storage, which announces it here with a storage event.
    const otherTabWrites = (value: string) => {
      localStorage.setItem(savedKey, value);
      window.dispatchEvent(new StorageEvent('storage', { key: savedKey, newValue: value }));
    };
    otherTabWrites(JSON.stringify({ bank: 'v1', answers: { 'can-numbers': 3 }, screen: 5 }));
    expect($quiz.get()).toEqual({ bank: 'v1', answers: { 'can-numbers': 3 }, screen: 5 });
    otherTabWrites('garbage');
    expect($quiz.get()).toEqual({ bank: '', answers: {}, screen: 'intro' });
    // Two tabs writing at once: each hears of the other's write, and both settle on what storage holds last.
    localStorage.setItem(savedKey, JSON.stringify({ bank: 'v1', answers: { 'can-numbers': 2 }, screen: 5 }));
    const staleEvent = JSON.stringify({ bank: 'v1', answers: { 'can-numbers': 4 }, screen: 5 });
    window.dispatchEvent(new StorageEvent('storage', { key: savedKey, newValue: staleEvent }));
    expect($quiz.get().answers).toEqual({ 'can-numbers': 2 });
    unsubscribe();
  });

  it('keeps an answer another tab saved a moment ago, before its storage event arrived', () => {
    answerQuestion('v1', 'enjoy-welcoming', 5);
    // The other tab's write, not yet announced here.
    const otherTab = { bank: 'v1', answers: { 'enjoy-welcoming': 5, 'enjoy-spreadsheet': 2 }, screen: 2 };
    localStorage.setItem(savedKey, JSON.stringify(otherTab));
    answerQuestion('v1', 'can-rapport', 4);
    const expected = { 'enjoy-welcoming': 5, 'enjoy-spreadsheet': 2, 'can-rapport': 4 };
    expect($quiz.get().answers).toEqual(expected);
    expect(JSON.parse(localStorage.getItem(savedKey) ?? '').answers).toEqual(expected);
  });

  it('ignores impossible values that storage holds when merging, and answers from another bank', () => {
    answerQuestion('v1', 'enjoy-welcoming', 5);
    localStorage.setItem(
      savedKey,
      JSON.stringify({ bank: 'v1', answers: { 'enjoy-welcoming': 5, 'can-numbers': 9, 'can-rapport': '3' } }),
    );
    answerQuestion('v1', 'enjoy-spreadsheet', 1);
    expect($quiz.get().answers).toEqual({ 'enjoy-welcoming': 5, 'enjoy-spreadsheet': 1 });
    localStorage.setItem(savedKey, JSON.stringify({ bank: 'v0', answers: { 'can-numbers': 2 } }));
    answerQuestion('v1', 'can-rapport', 3);
    expect($quiz.get().answers).toEqual({ 'enjoy-welcoming': 5, 'enjoy-spreadsheet': 1, 'can-rapport': 3 });
  });
});
