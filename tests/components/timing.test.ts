// The page scripts' timing helpers: work asked for later runs after the current task, or after the next frame, and a
// part that leaves the page drops what is still waiting. Real timers and frames, awaited.
import { describe, expect, it } from 'vitest';
import { afterFrame, createTimers, nextTask } from '../../src/components/timing';

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
