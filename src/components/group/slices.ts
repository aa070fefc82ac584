/**
 * Long work on the group page in short tasks, so a slow phone keeps answering taps: the page's one set of helpers
 * for "after this task" and "after the next frame".
 */

/*
 * Long work is done in slices of at most this many milliseconds, then the page lets the browser draw and answer
 * taps. The budget is no task over 50 ms for a 1,000-person group on a slow phone; npm run bench measures it. At the
 * bench's 8.2x (calibrated on a fast machine) a run in ten or so still has one task of 51-60 ms: the press itself,
 * or a frame that shows a part of the summary (issue 13's note). A fast device needs few slices.
 */
const sliceMs = 20;

const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;

/**
 * Lets the browser draw and answer taps, then goes on. scheduler.yield goes on first in line where the browser has
 * it; a message elsewhere, since a chain of zero timeouts is held back 4 ms a link after the fifth.
 * @example await nextTask(); // the click's task has ended
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
 * Goes on once the browser has drawn a frame: what the page changed before is laid out in that frame, not later.
 * @example part.hidden = false; await afterFrame(); // the part is on screen
 */
export const afterFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Runs `step` until it returns true, yielding to the browser whenever a slice of `sliceMs` is used up. Returns false
 * when `stillWanted` says the work was overtaken (a newer paste) and stopped.
 * @example await inSlices(() => scanLines(scan, 20), () => thisRun === run)
 */
export async function inSlices(step: () => boolean, stillWanted: () => boolean): Promise<boolean> {
  let sliceStart = performance.now();
  for (;;) {
    if (step()) return true;
    if (performance.now() - sliceStart >= sliceMs) {
      await nextTask();
      if (!stillWanted()) return false;
      sliceStart = performance.now();
    }
  }
}
