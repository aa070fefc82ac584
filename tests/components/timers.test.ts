// A part's timers: work asked for later runs after the current task, or after the next frame, and a part that leaves
// the page drops what is still waiting. Real timers and frames, awaited.
import { describe, expect, it } from 'vitest';
import { afterFrame, nextTask } from '../../src/components/timing';
import { createTimers } from '../../src/components/timers';

describe('createTimers', () => {
  it('runs work later, after a frame, in the order asked, each after the task that asked', async () => {
    const timers = createTimers();
    const order: string[] = [];
    timers.afterFrame(() => order.push('after a frame'));
    timers.later(() => order.push('later'));
    order.push('now');
    await afterFrame();
    await nextTask();
    expect(order).toEqual(['now', 'later', 'after a frame']);
  });

  it('drops what is still waiting once stopped, and keeps what already ran', async () => {
    const timers = createTimers();
    const ran: string[] = [];
    timers.later(() => ran.push('first'));
    await afterFrame();
    timers.later(() => ran.push('dropped task'));
    timers.afterFrame(() => ran.push('dropped frame'));
    timers.stop();
    await afterFrame();
    await afterFrame();
    expect(ran).toEqual(['first']);
  });
});
