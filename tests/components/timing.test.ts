// The one set of timing helpers: work asked for later runs after the current task or after the next frame, and a
// component taken off the page can call off everything it still had waiting. Real timers and frames, awaited.
import { describe, expect, it, vi } from 'vitest';
import { PendingWork, afterFrame, nextTask } from '../../src/components/timing';

describe('PendingWork', () => {
  it('runs a task after the current one, and a frame task only after a frame, in a task of its own', async () => {
    const pending = new PendingWork();
    const ran: string[] = [];
    pending.afterFrame(() => ran.push('after the frame'));
    pending.later(() => ran.push('later'));
    // Nothing in the task that asked.
    expect(ran).toEqual([]);
    await vi.waitFor(() => expect(ran).toEqual(['later', 'after the frame']));
  });

  it('runs nothing it was asked for once cancelled, whether waiting for a task or a frame', async () => {
    const pending = new PendingWork();
    const ran: string[] = [];
    pending.later(() => ran.push('later'));
    pending.afterFrame(() => ran.push('after the frame'));
    pending.cancel();
    pending.later(() => ran.push('asked after'));
    // Work asked for after them by another part runs: by then theirs would have run too.
    const other = new PendingWork();
    let otherRan = false;
    other.afterFrame(() => other.later(() => (otherRan = true)));
    await vi.waitFor(() => expect(otherRan).toBe(true));
    expect(ran).toEqual([]);
  });
});

describe('afterFrame and nextTask', () => {
  it('afterFrame goes on only after a frame has been drawn', async () => {
    const order: string[] = [];
    requestAnimationFrame(() => order.push('frame'));
    await afterFrame();
    expect(order).toEqual(['frame']);
  });

  it('nextTask goes on after the current task', async () => {
    const order: string[] = [];
    const waited = nextTask().then(() => order.push('next task'));
    order.push('this task');
    await waited;
    expect(order).toEqual(['this task', 'next task']);
  });
});
