// Where the built site is served for this run (tests/e2e/support/global-setup.ts starts the servers).
import { inject } from 'vitest';

/** The site served at the root of its host. */
export const rootSiteUrl = inject('rootSiteUrl');

/** The site served under a sub-path, as GitHub Pages serves a project site. */
export const subPathSiteUrl = inject('subPathSiteUrl');

/**
 * The address of a page of the site served at `siteUrl` (the root one unless given).
 * @example pageUrl('th/quiz/') // 'http://127.0.0.1:41234/th/quiz/'
 */
export const pageUrl = (path: string, siteUrl: string = rootSiteUrl): string => new URL(path, siteUrl).href;
