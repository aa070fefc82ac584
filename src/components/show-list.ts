/**
 * Shows the chosen entries of a list (its children with `data-key`), in the order given, and hides the rest: the
 * result and plan pages are built with every entry a link could need, and show the ones it names.
 * @example showList(document.querySelector('[data-list="develop"]'), ['numbers', 'patience'])
 */
export function showList(list: Element | null, keys: readonly string[]): void {
  if (!list) return;
  const entries = new Map<string, HTMLElement>();
  for (const entry of list.querySelectorAll<HTMLElement>(':scope > [data-key]')) {
    entry.hidden = true;
    entries.set(entry.dataset['key'] ?? '', entry);
  }
  for (const key of keys) {
    const entry = entries.get(key);
    if (!entry) continue;
    entry.hidden = false;
    list.append(entry);
  }
}
