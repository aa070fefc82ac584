/**
 * A status line that offers to undo what was just done: "Deleted "X". [Undo]", until the person does something else
 * (a click, a change or a form sent anywhere on the page) or `undoMs` pass. The button that was pressed has usually
 * gone with what it deleted, so the focus goes to Undo, which the sentence before it describes.
 */

/** How long "Undo" stays, unless something else is done first. */
export const undoMs = 60_000;

/**
 * Offers Undo in `status` (an element with tabindex="-1", so the focus can rest on it). `undo` is called when the
 * button is pressed: it returns false when it could not undo (the offer stays, and it says why in the sentence it is
 * given), or the element to move the focus to. Returns a function that ends the offer.
 * @example const end = offerUndo(status, 'Deleted "M6/1".', 'Undo', (sentence) => restore(sentence));
 */
export function offerUndo(
  status: HTMLElement,
  said: string,
  buttonText: string,
  undo: (sentence: HTMLElement) => HTMLElement | null | false,
): () => void {
  const sentence = document.createElement('span');
  sentence.id = `${status.id || 'undo-line'}-sentence`;
  sentence.textContent = said;
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button button--secondary';
  button.textContent = buttonText;
  button.setAttribute('aria-describedby', sentence.id);
  status.replaceChildren(sentence, ' ', button);
  button.focus();

  const types = ['click', 'change', 'submit'] as const;
  const somethingElse = (event: Event) => {
    if (!(event.target instanceof Node && button.contains(event.target))) end();
  };
  const timer = setTimeout(() => end(), undoMs);
  let ended = false;
  function end(focusNext?: HTMLElement | null) {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    for (const type of types) document.removeEventListener(type, somethingElse, true);
    const hadFocus = document.activeElement === button;
    status.replaceChildren(sentence);
    // The focus goes on from the button that has gone: to what was brought back, or the line saying what happened.
    if (hadFocus) (focusNext ?? status).focus();
  }
  for (const type of types) document.addEventListener(type, somethingElse, true);
  button.addEventListener('click', () => {
    const next = undo(sentence);
    if (next !== false) end(next);
  });
  return () => end();
}
