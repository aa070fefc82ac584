/**
 * Makes `button` copy this page's address, which holds everything the page shows (a plan's or a comparison's
 * link), and say in `status` (a polite status line) whether it worked.
 * @example copyAddressOnClick(root.querySelector('[data-plan-copy]'), status, 'Link copied.', 'Press and hold the link to copy it.')
 */
export function copyAddressOnClick(
  button: Element | null,
  status: HTMLElement | null,
  copied: string,
  failed: string,
): void {
  button?.addEventListener('click', () => {
    const say = (text: string) => {
      if (status) status.textContent = text;
    };
    navigator.clipboard.writeText(location.href).then(
      () => say(copied),
      () => say(failed),
    );
  });
}
