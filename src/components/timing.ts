/**
 * Every page script's helpers for "after this task" and "after the next frame" (quiz, result, group and paper pages).
 * Layout-heavy or long work waits for them so that a slow phone keeps answering taps: the budget is no task over
 * 50 ms (npm run bench measures it).
 */

const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;

/**
 * Lets the browser draw and answer taps, then goes on: for long work done in slices. scheduler.yield goes on first in
 * line where the browser has it; a message elsewhere, since a chain of zero timeouts is held back 4 ms a link after
 * the fifth.
 * @example for (const slice of slices) { work(slice); await nextTask(); }
 */
export const nextTask = (): Promise<void> =>
  scheduler?.yield
    ? scheduler.yield()
    : new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });

/**
 * Goes on once the browser has drawn a frame, in a task of its own: what the page changed before is laid out in that
 * frame, and what comes after (a focus, a measurement) does not lay it out again inside the same task.
 * @example part.hidden = false; await afterFrame(); heading.focus();
 */
export const afterFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Work waiting for a task or a frame of its own, which a part can drop at once (see {@link createTimers}). */
export interface Timers {
  /** Runs `task` in a task of its own, after the current one. */
  later(task: () => void): void;
  /** Runs `task` once a frame has been drawn, in a task of its own (as {@link afterFrame}). */
  afterFrame(task: () => void): void;
  /** Drops everything still waiting: the part has left the page. */
  stop(): void;
}

/**
 * "After this task" and "after the next frame" for a part that can leave the page (the quiz island, unmounted by a
 * test or a navigation): what is still waiting then must not run against a document that is gone.
 * @example const timers = createTimers(); timers.afterFrame(() => heading.focus()); onDestroy(timers.stop);
 */
export function createTimers(): Timers {
  const timers = new Set<ReturnType<typeof setTimeout>>();
  const frames = new Set<number>();
  const later = (task: () => void) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      task();
    });
    timers.add(timer);
  };
  return {
    later,
    afterFrame(task) {
      const frame = requestAnimationFrame(() => {
        frames.delete(frame);
        later(task);
      });
      frames.add(frame);
    },
    stop() {
      timers.forEach((timer) => clearTimeout(timer));
      frames.forEach((frame) => cancelAnimationFrame(frame));
    },
  };
}
