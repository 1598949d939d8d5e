/**
 * Limits and ids shared by the extension and the webview (which imports this file: it must stay
 * free of zod and of any other import).
 */

/** Longest entry or goal title, in characters (after trimming). */
export const MAX_TITLE = 300;

/** Longest impact statement (an entry's Markdown body), in characters. */
export const MAX_BODY = 20_000;

/** Group of the entries whose competencies are all outside the active framework. */
export const OTHER_COMPETENCY = 'other';
