/**
 * On a page whose link's fragment holds what it shows (a result's code, a plan, two codes to compare), a link to a
 * part of the page ("Skip to main content", "Look at the jobs that fit") must not replace that fragment: the page
 * would read the part's id as a code and say the link holds no result, and the address to copy or reload would have
 * lost what it held. Such links move the focus (and with it the view) to their target instead, as the browser would.
 * @example keepFragmentOnInPageLinks() // once, from the page's script
 */
export function keepFragmentOnInPageLinks(): void {
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[href^="#"]') : null;
    const target = document.getElementById(link?.getAttribute('href')?.slice(1) ?? '');
    // A new tab or window (Ctrl or Shift) opens the link as written: that is what the person asked for.
    if (!target || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    // A heading is not focusable of itself; the browser focuses a link's target all the same, so this does too.
    if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.focus();
  });
}
