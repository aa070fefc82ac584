/*
 * Timers a part of the page can drop at once when it leaves (the quiz island). Kept apart from timing.ts, which the
 * result, group and paper pages load: only the quiz runs these, so only the quiz downloads them.
 */

/** Work waiting for a task or a frame of its own, which a part can drop at once (see {@link createTimers}). */
export interface Timers {
  /** Runs `task` in a task of its own, after the current one. */
  later(task: () => void): void;
  /** Runs `task` once a frame has been drawn, in a task of its own (as afterFrame in timing.ts). */
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
