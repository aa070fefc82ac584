import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import QuizApp from '../../../src/components/quiz/QuizApp.svelte';
import { answerValues } from '../../../src/lib/answers';
import { scaleLabelKey } from '../../../src/lib/quiz-strings';
import { decodeResultCode } from '../../../src/lib/result-code';
import { $quiz, emptyQuiz } from '../../../src/stores/quiz';
import { quizStorageKey } from '../../../src/stores/storage-keys';
import { englishQuizStrings, fixtureBank } from '../../fixtures/quiz-bank';

function renderQuiz() {
  return render(QuizApp, { props: { bank: fixtureBank, strings: englishQuizStrings, resultUrl: '/en/result/' } });
}

/** The visible progress line, and what the polite live region last announced. */
const progress = () => document.getElementById('quiz-progress-label')?.textContent;
const announced = () => document.querySelector('[aria-live="polite"]')?.textContent;
const waitForProgress = (text: string) => waitFor(() => expect(progress()).toBe(text));

const saved = () => JSON.parse(localStorage.getItem(quizStorageKey) ?? '{}');

beforeEach(() => {
  localStorage.clear();
  $quiz.set(emptyQuiz);
  // Each question has an address of its own; start every test at the quiz's plain address.
  history.replaceState(null, '', '/en/quiz/');
});
afterEach(async () => {
  cleanup();
  // A screen change is applied in a task of its own; let one still queued land before the next test sets the store.
  await new Promise((resolve) => setTimeout(resolve));
});

describe('QuizApp', () => {
  it('opens on the intro and starts on the first question, with its heading focused', async () => {
    renderQuiz();
    expect(screen.getByRole('heading', { name: 'Before you start' })).toBeTruthy();
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    const heading = await screen.findByRole('heading', {
      name: /How much would you enjoy this\?\s*Welcoming visitors/u,
    });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    expect(progress()).toBe('Question 1 of 5');
    expect(announced()).toBe('Question 1 of 5');
    expect(screen.getAllByRole('radio')).toHaveLength(5);
    expect(screen.getByRole('group', { name: /Welcoming visitors/u })).toBeTruthy();
  });

  it('records an answer in the store and in storage, and keeps it when going back and forward', async () => {
    renderQuiz();
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await fireEvent.click(await screen.findByRole('radio', { name: 'Very much' }));
    expect($quiz.get().answers).toEqual({ 'enjoy-welcoming': 5 });
    expect(saved().answers).toEqual({ 'enjoy-welcoming': 5 });
    await fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitForProgress('Question 2 of 5');
    expect(screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked)).toHaveLength(0);
    await fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitForProgress('Question 1 of 5');
    expect((screen.getByRole('radio', { name: 'Very much' }) as HTMLInputElement).checked).toBe(true);
  });

  it('shows an earlier answer that is lower than the later one when going back (a bug once)', async () => {
    renderQuiz();
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await fireEvent.click(await screen.findByRole('radio', { name: 'Not much' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitForProgress('Question 2 of 5');
    await fireEvent.click(await screen.findByRole('radio', { name: 'Quite a lot' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Back' }));
    await waitForProgress('Question 1 of 5');
    const checked = screen.getAllByRole('radio').filter((radio) => (radio as HTMLInputElement).checked);
    expect(checked.map((radio) => radio.getAttribute('value'))).toEqual(['2']);
  });

  it('gives each question an address, so the browser’s Back and Forward move between questions', async () => {
    renderQuiz();
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await waitFor(() => expect(location.hash).toBe('#question-1'));
    await fireEvent.click(await screen.findByRole('radio', { name: 'Quite a lot' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    await waitFor(() => expect(location.hash).toBe('#question-2'));
    // The browser's own buttons are driven in real Chromium by tests/e2e/quiz.e2e.test.ts; here, the address alone.
    history.replaceState(null, '', '/en/quiz/#question-1');
    dispatchEvent(new PopStateEvent('popstate'));
    await waitForProgress('Question 1 of 5');
    expect((screen.getByRole('radio', { name: 'Quite a lot' }) as HTMLInputElement).checked).toBe(true);
    history.replaceState(null, '', '/en/quiz/');
    dispatchEvent(new PopStateEvent('popstate'));
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Before you start' })).toBeTruthy());
  });

  it('opens the question its address names, but never one past the first unanswered question', async () => {
    $quiz.set({ bank: 'fixture1', answers: { 'enjoy-welcoming': 4, 'enjoy-spreadsheet': 2 }, screen: 'intro' });
    history.replaceState(null, '', '/en/quiz/#question-2');
    const { unmount } = renderQuiz();
    await waitForProgress('Question 2 of 5');
    expect((screen.getByRole('radio', { name: 'Not much' }) as HTMLInputElement).checked).toBe(true);
    unmount();
    history.replaceState(null, '', '/en/quiz/#question-5');
    renderQuiz();
    await waitForProgress('Question 3 of 5');
    expect(location.hash).toBe('#question-3');
  });

  it('offers every point of the answer scale, in order and with its own words, on every kind of question', async () => {
    // QuizQuestion.svelte writes the five radio buttons out by hand; this holds them to the scale itself.
    for (const [screenIndex, question] of fixtureBank.questions.entries()) {
      cleanup();
      $quiz.set({ bank: 'fixture1', answers: {}, screen: screenIndex });
      renderQuiz();
      await screen.findByRole('group', { name: new RegExp(question.kind === 'scenario' ? '' : question.text, 'u') });
      const radios = screen.getAllByRole('radio') as HTMLInputElement[];
      expect(radios.map((radio) => Number(radio.value))).toEqual([...answerValues]);
      expect(radios.map((radio) => radio.closest('label')?.textContent?.trim())).toEqual(
        answerValues.map((value) => englishQuizStrings[scaleLabelKey(question.kind, value)]),
      );
      expect(new Set(radios.map((radio) => radio.name))).toEqual(new Set([question.id]));
    }
  });

  it('will not move on without an answer, and says why', async () => {
    renderQuiz();
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    await fireEvent.click(await screen.findByRole('button', { name: 'Continue' }));
    expect(screen.getByRole('alert').textContent).toBe('Choose an answer to continue.');
    expect(progress()).toBe('Question 1 of 5');
  });

  it('shows the two tasks of a scenario and its own scale', async () => {
    $quiz.set({ bank: 'fixture1', answers: { 'enjoy-welcoming': 4, 'enjoy-spreadsheet': 2 }, screen: 2 });
    renderQuiz();
    expect(await screen.findByText('Greeting guests')).toBeTruthy();
    expect(screen.getByText('Preparing pay')).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Definitely A' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'Either is fine' })).toBeTruthy();
  });

  it('hands the answers to the result page in the link fragment after the last question', async () => {
    const answers = { 'enjoy-welcoming': 5, 'enjoy-spreadsheet': 1, 'choose-hotel': 1, 'can-rapport': 4 } as const;
    $quiz.set({ bank: 'fixture1', answers, screen: 4 });
    renderQuiz();
    await fireEvent.click(await screen.findByRole('radio', { name: 'Not yet' }));
    // jsdom does not navigate; the page it would open is the one the finished screen links to.
    await fireEvent.click(screen.getByRole('button', { name: 'See my result' }));
    // The finished screen is drawn and saved after the click, in a task of its own.
    expect(await screen.findByRole('heading', { name: 'Your result is ready' })).toBeTruthy();
    expect(saved().screen).toBe('results');
    const link = screen.getByRole('link', { name: 'See my result' }).getAttribute('href') ?? '';
    const [page, code = ''] = link.split('#');
    expect(page).toBe('/en/result/');
    const ids = fixtureBank.questions.map((question) => question.id);
    expect(decodeResultCode(code, fixtureBank.version, ids)).toEqual({
      ok: true,
      answers: { ...answers, 'can-numbers': 1 },
    });
    expect(screen.getByRole('button', { name: 'Change my answers' })).toBeTruthy();
  });

  it('resumes where a saved quiz left off and sets aside answers from another question bank', async () => {
    $quiz.set({ bank: 'fixture1', answers: { 'enjoy-welcoming': 3 }, screen: 1 });
    const { unmount } = renderQuiz();
    await waitForProgress('Question 2 of 5');
    unmount();

    $quiz.set({ bank: 'an-older-bank', answers: { 'enjoy-welcoming': 3 }, screen: 3 });
    renderQuiz();
    expect(await screen.findByText(/The questions have changed since your last visit/u)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Start' })).toBeTruthy();
    expect($quiz.get()).toEqual({ bank: 'fixture1', answers: {}, screen: 'intro' });
  });

  it('asks before wiping the answers', async () => {
    $quiz.set({ bank: 'fixture1', answers: { 'enjoy-welcoming': 3 }, screen: 'intro' });
    renderQuiz();
    await fireEvent.click(await screen.findByRole('button', { name: 'Start again' }));
    expect(screen.getByText('Start again and clear all your answers?')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'No, keep them' }));
    expect($quiz.get().answers).toEqual({ 'enjoy-welcoming': 3 });
    await fireEvent.click(screen.getByRole('button', { name: 'Start again' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Yes, clear my answers' }));
    expect($quiz.get().answers).toEqual({});
    await waitForProgress('Question 1 of 5');
  });

  it('does nothing more once taken off the page, though a move was under way', async () => {
    renderQuiz();
    await fireEvent.click(await screen.findByRole('button', { name: 'Start' }));
    // The click's screen change and focus wait for a task and a frame; the quiz is removed before they come.
    cleanup();
    const lookups = vi.spyOn(document, 'querySelector');
    // A move waits at most a task, a frame and a task again. Each round here is queued after what the quiz queued
    // before it, so once three rounds are over anything the quiz left waiting has had its turn.
    for (let round = 0; round < 3; round++)
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
    expect(lookups).not.toHaveBeenCalled();
    expect($quiz.get().screen).toBe('intro');
    lookups.mockRestore();
  });
});
