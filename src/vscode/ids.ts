/** Ids shared by the activation bundle and the main bundle (package.json `contributes`). */

/** The journal webview panel's view type (its serializer restores it after a reload). */
export const JOURNAL_VIEW_TYPE = 'impactJournal.journal';
/** The sidebar tree view "Journal". */
export const JOURNAL_TREE_ID = 'impactJournal.journal';
/** The sidebar tree view "To annotate". */
export const TO_ANNOTATE_VIEW_ID = 'impactJournal.toAnnotate';
