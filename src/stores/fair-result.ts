/**
 * The visitor's result code in job-fair mode (src/stores/fair.ts): kept in this tab's sessionStorage, so that their
 * result opens at the result page's bare address. A code in the address (it carries every answer) would stay in the
 * browser's History, and the address bar would offer it to the next visitor. Apart from the mode's own store, and
 * small: the quiz page loads it, and its JavaScript budget is tight.
 */

import { fairResultStorageKey, fairStorageKey } from './storage-keys';

/**
 * Where the quiz sends the visitor for their result. In job-fair mode: the result page's address without the code,
 * which this tab keeps instead; else (or should storage refuse it) the link as it is.
 * @example resultAddressFor('/th/result/#1GNF7') // '/th/result/' in job-fair mode, '/th/result/#1GNF7' outside it
 */
export function resultAddressFor(link: string): string {
  const hashAt = link.indexOf('#');
  try {
    if (hashAt < 0 || sessionStorage.getItem(fairStorageKey) === null) return link;
    sessionStorage.setItem(fairResultStorageKey, link.slice(hashAt + 1));
    return link.slice(0, hashAt);
  } catch {
    return link;
  }
}

/**
 * Whether this tab is in job-fair mode, without reading the mode's words (src/stores/fair.ts): the result page loads
 * the job-fair panel only then.
 * @example inFairMode() // true in a tab started from the fair page
 */
export function inFairMode(): boolean {
  try {
    return sessionStorage.getItem(fairStorageKey) !== null;
  } catch {
    return false;
  }
}

/**
 * The visitor's result code this tab keeps in job-fair mode, or undefined (mode off, nothing kept, storage blocked).
 * @example keptResultCode() // '1GNF71BFK84YBW0WT0BV9VFPZJ9R' after resultAddressFor('/th/result/#1GNF7…') in the mode
 */
export function keptResultCode(): string | undefined {
  try {
    if (!inFairMode()) return undefined;
    return sessionStorage.getItem(fairResultStorageKey) ?? undefined;
  } catch {
    return undefined;
  }
}
