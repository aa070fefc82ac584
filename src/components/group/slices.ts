/** Long work on the group page in short tasks, so a slow phone keeps answering taps. */
import { nextTask } from '../timing';

/*
 * Long work is done in slices of at most this many milliseconds, then the page lets the browser draw and answer
 * taps. The budget is no task over 50 ms for a 1,000-person group on a slow phone; npm run bench measures it. At the
 * bench's 8.2x (calibrated on a fast machine) a run in ten or so still has one task of 51-60 ms: the press itself,
 * or a frame that shows a part of the summary (issue 13's note). A fast device needs few slices.
 */
const sliceMs = 20;

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
