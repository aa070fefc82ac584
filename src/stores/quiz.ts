/**
 * The quiz's state: the answers given and the screen the person is on, kept in the browser under a versioned key
 * so a reload, or a switch to the other language, resumes exactly where they were.
 */
import { atom } from 'nanostores';
import { isAnswer, keepValidAnswers, type AnswerValue } from '../lib/answers';
import type { ScoringItem } from '../lib/scoring';
import { $storageUnavailable, persistentAtom, readStored } from './persistent';
import { quizStorageKey } from './storage-keys';

/** "intro", a question's index (0-based), or "results". */
export type QuizScreen = 'intro' | 'results' | number;

export interface QuizState {
  /** The question bank version the answers belong to ("" before the first answer). */
  bank: string;
  answers: Readonly<Record<string, AnswerValue>>;
  screen: QuizScreen;
}

export const emptyQuiz: QuizState = { bank: '', answers: {}, screen: 'intro' };

/** Why the quiz started afresh although something was saved. */
export type QuizNotice = 'bank-changed' | undefined;
export const $quizNotice = atom<QuizNotice>(undefined);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads what was saved, trusting nothing: any shape but the expected one gives an empty quiz. Answers are checked
 * against the questions later, by {@link openQuiz}, which knows them.
 * @example decodeQuizState('{"bank":"a1","answers":{"x":4},"screen":2}') // { bank: 'a1', answers: { x: 4 }, screen: 2 }
 * @example decodeQuizState('<script>') // emptyQuiz
 */
export function decodeQuizState(text: string | undefined): QuizState {
  try {
    const value: unknown = JSON.parse(text ?? '');
    if (!isRecord(value) || typeof value['bank'] !== 'string' || !isRecord(value['answers'])) return emptyQuiz;
    const screen = value['screen'];
    const validScreen = screen === 'results' || (typeof screen === 'number' && Number.isInteger(screen) && screen >= 0);
    return {
      bank: value['bank'].slice(0, 64),
      answers: value['answers'] as QuizState['answers'],
      screen: validScreen ? screen : 'intro',
    };
  } catch {
    return emptyQuiz;
  }
}

export const $quiz = persistentAtom<QuizState>(quizStorageKey, decodeQuizState, JSON.stringify);

/**
 * Makes the saved state fit the questions on this page. Answers from another bank are never scored against
 * these questions: they are set aside, with a notice. Answers to unknown questions or with impossible values are
 * dropped, and a position past the end is brought back.
 */
export function openQuiz(bankVersion: string, questions: readonly ScoringItem[]): void {
  const state = $quiz.get();
  if (state.bank !== '' && state.bank !== bankVersion) {
    $quizNotice.set('bank-changed');
    $quiz.set({ ...emptyQuiz, bank: bankVersion });
    return;
  }
  const screen = typeof state.screen === 'number' ? Math.min(state.screen, questions.length - 1) : state.screen;
  $quiz.set({ ...state, answers: keepValidAnswers(questions, state.answers), screen });
}

/** Ties the saved answers to the bank being answered; moving to a question is {@link showScreen}'s job. */
export function startQuiz(bankVersion: string): void {
  $quiz.set({ ...$quiz.get(), bank: bankVersion });
}

/**
 * Records an answer on top of the freshest saved answers, not only this page's copy: with the quiz open in two
 * tabs, an answer given in the other tab a moment ago (whose storage event has not arrived yet) is kept rather
 * than overwritten. When storage is refused, this page's copy is the only one there is.
 */
export function answerQuestion(bankVersion: string, questionId: string, value: AnswerValue): void {
  const state = $quiz.get();
  const saved = $storageUnavailable.get() ? undefined : decodeQuizState(readStored(quizStorageKey));
  const fresh = saved?.bank === state.bank ? saved.answers : {};
  // Only values an answer can have: what storage holds may have been edited by hand.
  const base = {
    ...state.answers,
    ...Object.fromEntries(Object.entries(fresh).filter((entry) => isAnswer(entry[1]))),
  };
  $quiz.set({ ...state, bank: bankVersion, answers: { ...base, [questionId]: value } });
}

export function showScreen(screen: QuizScreen): void {
  $quiz.set({ ...$quiz.get(), screen });
}

/** Clears every answer; the screen stays until {@link showScreen} moves on. */
export function restartQuiz(): void {
  const state = $quiz.get();
  $quiz.set({ ...emptyQuiz, bank: state.bank, screen: state.screen });
  $quizNotice.set(undefined);
}
