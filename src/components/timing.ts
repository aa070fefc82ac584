/**
 * The site's one set of helpers for "after this task" and "after the next frame". Long or layout-heavy work waits for
 * them so that a slow phone keeps answering taps: the budget is no task over 50 ms (npm run bench measures it).
 */

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
 * Goes on once the browser has drawn a frame, in a task of its own: what the page changed before is laid out in that
 * frame, and what comes after (a focus, a measurement) does not lay it out again inside the same task.
 * @example part.hidden = false; await afterFrame(); heading.focus();
 */
export const afterFrame = (): Promise<void> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Work a component asks to run later, in tasks and after frames, which it can call off all at once when it is taken
 * off the page: nothing then runs against a document that is gone.
 * @example
 * const pending = new PendingWork();
 * pending.afterFrame(() => heading.focus());
 * // when the component is removed:
 * pending.cancel();
 */
export class PendingWork {
  private cancelled = false;

  /** Runs `task` in a task of its own, after the current one, unless cancelled by then. */
  later(task: () => void): void {
    setTimeout(() => this.cancelled || task());
  }

  /** Runs `task` in a task of its own once the browser has drawn the next frame (as `afterFrame`), unless cancelled. */
  afterFrame(task: () => void): void {
    requestAnimationFrame(() => this.later(task));
  }

  /** Calls off everything still waiting, for good: the component is gone. */
  cancel(): void {
    this.cancelled = true;
  }
}
