/**
 * A very long paste into the group page's text box (a whole chat export, megabytes of it) is held in memory, not put
 * in the box: a text box holding millions of characters is laid out and painted again in every frame that draws the
 * summary below it, which took a slowed phone 300 ms a frame, and the paste itself longer still. The box shows a
 * short note instead; typing in it, or pasting something shorter, lets the held text go and the box work as usual.
 */

/** Longer pastes than this are held: a long LINE export of a class is well under it. */
export const longestPasteInBox = 200_000;

/**
 * Holds long pastes into `textArea`, showing `note(length)` there instead. Returns what the box stands for now:
 * the held text while the note is shown, else the box's own text.
 */
export function holdLongPastes(textArea: HTMLTextAreaElement, note: (length: number) => string): () => string {
  let held: string | undefined;
  const letGo = () => {
    held = undefined;
    delete textArea.dataset['held'];
  };
  textArea.addEventListener('paste', (event) => {
    const text = event.clipboardData?.getData('text/plain');
    if (text === undefined) return;
    if (text.length > longestPasteInBox) {
      event.preventDefault();
      held = text;
      textArea.dataset['held'] = '';
      textArea.value = note(text.length);
    } else if (held !== undefined) {
      // The note is not part of what was pasted: the new paste replaces it and the held text, rather than going in
      // beside the note.
      event.preventDefault();
      letGo();
      textArea.value = text;
    }
  });
  textArea.addEventListener('input', () => {
    if (held === undefined) return;
    letGo();
    textArea.value = '';
  });
  return () => held ?? textArea.value;
}
