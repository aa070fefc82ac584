/**
 * Reading a result code from what a person typed or pasted into a code box (the result page's, the comparison's).
 * The group page's reader of chats (about 3 KB) finds a code however it was typed or pasted, even inside a sentence;
 * it is loaded once someone starts on a code box, not with every page.
 */
import { codeFromFragment } from '../lib/code-text';
import { normalizeResultCode } from '../lib/result-code';

/** Starts loading the reader, so that it is there by the time the person presses the button. */
export const loadCodeReader = () => import('../lib/group-links');

/**
 * The code in what was typed: a whole result link from a chat works as well as the code alone.
 * @example await readTypedCode('My result: https://example.org/th/result/#1GNF7-2CN0T') // '1GNF72CN0T'
 */
export async function readTypedCode(text: string): Promise<string> {
  try {
    return (await loadCodeReader()).codeFromTyped(text);
  } catch {
    // The reader could not be loaded (offline before the page was kept): the code, or what follows its #.
    const hash = text.lastIndexOf('#');
    return normalizeResultCode(codeFromFragment(hash === -1 ? text : text.slice(hash)));
  }
}
