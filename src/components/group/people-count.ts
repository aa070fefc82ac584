/**
 * How many people a kept group holds: entries whose code opens as a result (with any released bank), and apart from
 * them the links that could not be read, which are kept with the group but are nobody's result.
 */
import type { FoundCode } from '../../lib/group-links';
import { openResultCode, type ScoringBank } from '../../lib/released-banks';
import { nextTask } from '../timing';

/**
 * A counter that remembers each code it has read.
 * @example const { learn, countOf } = peopleCounter(banks); await learn(entries); countOf(entries) // { people: 3, unread: 1 }
 */
export function peopleCounter(banks: readonly ScoringBank[]) {
  /**
   * Which codes open as a result, learnt a slice at a time: reading a code takes a slow phone about 0.1 ms, and a
   * device may keep groups of thousands, which the list must not read in one long task.
   */
  const readable = new Map<string, boolean>();
  async function learn(entries: readonly FoundCode[]) {
    let sliceStart = performance.now();
    for (const entry of entries) {
      if (readable.has(entry.code)) continue;
      readable.set(entry.code, openResultCode(entry.code, banks).ok);
      if (performance.now() - sliceStart > 10) {
        await nextTask();
        sliceStart = performance.now();
      }
    }
  }
  /** How many people a group's entries hold (results that open) and links that could not be read; undefined until learnt. */
  function countOf(entries: readonly FoundCode[]) {
    let people = 0;
    for (const entry of entries) {
      const opens = readable.get(entry.code);
      if (opens === undefined) return undefined;
      if (opens) people++;
    }
    return { people, unread: entries.length - people };
  }

  return { learn, countOf };
}
