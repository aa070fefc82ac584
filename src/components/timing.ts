/**
 * The page scripts' helpers for "after this task" and "after the next frame" (result, group and paper pages; the
 * quiz has its own, which it can drop at once: timers.ts).
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
