/**
 * Markup a script repeats (a table row, a list item) is written in its component, inside a
 * `<template data-template="name">`, so that the component's scoped style reaches it and its fixed words come from the
 * page like every other word. The script copies it and writes text into its marked parts, never markup.
 */

/**
 * A fresh copy of the element in `root`'s `<template data-template="name">`.
 * @example const row = fromTemplate<HTMLTableRowElement>(root, 'person'); // <tr data-astro-cid-…>…</tr>
 */
export function fromTemplate<T extends Element>(root: ParentNode, name: string): T {
  const template = root.querySelector<HTMLTemplateElement>(`template[data-template="${name}"]`);
  const element = template?.content.firstElementChild?.cloneNode(true);
  // A component without its template is a build mistake, not a reader's: say which one.
  if (!element) throw new Error(`The page has no template "${name}"`);
  return element as T;
}

/**
 * The part of `element` marked `data-part="name"`.
 * @example partOf(row, 'outcome').textContent = 'Front office';
 */
export function partOf<T extends HTMLElement = HTMLElement>(element: ParentNode, name: string): T {
  const part = element.querySelector<T>(`[data-part="${name}"]`);
  if (!part) throw new Error(`The template has no part "${name}"`);
  return part;
}
