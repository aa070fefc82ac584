/**
 * Every name the site keeps something under in the browser's storage, in one place: the stores, the tests and the
 * bench read them from here. Bump a key's number when the shape saved under it changes; what an older version saved
 * is then read as nothing, never misread. A module of constants only, so that any page can import a key without
 * loading the store it belongs to.
 */

/** The quiz's answers and screen (localStorage; src/stores/quiz.ts): the only thing the site keeps about a person. */
export const quizStorageKey = 'front-back-office:quiz:v1';
/** A counsellor's kept groups (localStorage; src/stores/groups.ts). */
export const groupsStorageKey = 'front-back-office:groups:v1';
/** Job-fair mode for this tab (sessionStorage; src/stores/fair.ts). */
export const fairStorageKey = 'front-back-office:fair:v1';
/** The visitor's result code, in job-fair mode only (sessionStorage; src/stores/fair-result.ts). */
export const fairResultStorageKey = 'front-back-office:fair-result:v1';
