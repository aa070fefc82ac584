// The page scripts' timing helpers: work asked for later runs after the current task, or after the next frame, and a
// part that leaves the page drops what is still waiting. Real timers and frames, awaited.
import { describe, expect, it } from 'vitest';
import { afterFrame, nextTask } from '../../src/components/timing';

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
