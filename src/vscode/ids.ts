/**
 * Ids shared by the activation bundle and the main bundle, matching package.json `contributes`
 * (test/unit/manifest.test.ts checks both ways). Kept free of imports: the activation bundle
 * includes this file.
 */

/** The journal webview panel's view type (its serializer restores it after a reload). */
export const JOURNAL_VIEW_TYPE = 'impactJournal.journal';
/** The sidebar tree view "Journal". */
export const JOURNAL_TREE_ID = 'impactJournal.journal';
/** The sidebar tree view "To annotate". */
export const TO_ANNOTATE_VIEW_ID = 'impactJournal.toAnnotate';
/** The language model tools (package.json `contributes.languageModelTools`), registered at activation. */
export const TOOL_NAMES = ['impactJournal_searchEntries', 'impactJournal_logEntry', 'impactJournal_listCandidates'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];
/** The chat participant `@journal` (package.json `contributes.chatParticipants`). */
export const CHAT_PARTICIPANT_ID = 'impactJournal.journal';
/** The MCP server definition provider (package.json `contributes.mcpServerDefinitionProviders`). */
export const MCP_PROVIDER_ID = 'impactJournal.mcp';
/** The getting-started walkthrough (`contributes.walkthroughs`); VS Code names it `<extension id>#<this>`. */
export const WALKTHROUGH_ID = 'gettingStarted';

/**
 * Every contributed command (package.json `contributes.commands`), by name. The activation bundle
 * registers exactly these; the main bundle's handler table has one handler for each.
 */
export const COMMANDS = {
  logImpact: 'impactJournal.logImpact',
  newEntry: 'impactJournal.newEntry',
  logNonCodeWork: 'impactJournal.logNonCodeWork',
  findEntry: 'impactJournal.findEntry',
  mergeJournal: 'impactJournal.mergeJournal',
  getStarted: 'impactJournal.getStarted',
  allowModel: 'impactJournal.ai.allowModel',
  inboxDismissNonCode: 'impactJournal.inbox.dismissNonCode',
  openJournal: 'impactJournal.openJournal',
  chooseFramework: 'impactJournal.chooseFramework',
  exportQuarter: 'impactJournal.exportQuarter',
  exportHtml: 'impactJournal.exportHtml',
  refresh: 'impactJournal.refresh',
  openJournalFile: 'impactJournal.openJournalFile',
  inboxRefresh: 'impactJournal.inbox.refresh',
  inboxLog: 'impactJournal.inbox.log',
  inboxLogImpact: 'impactJournal.inbox.logImpact',
  inboxLogLearning: 'impactJournal.inbox.logLearning',
  inboxDismiss: 'impactJournal.inbox.dismiss',
  inboxEditOutcome: 'impactJournal.inbox.editOutcome',
  connectGitHub: 'impactJournal.connectGitHub',
  connectGitHubEnterprise: 'impactJournal.connectGitHubEnterprise',
  connectGitLab: 'impactJournal.connectGitLab',
  disconnectGitLab: 'impactJournal.disconnectGitLab',
  restoreBackup: 'impactJournal.restoreBackup',
  exportJson: 'impactJournal.exportJson',
  importJson: 'impactJournal.importJson',
} as const;

/** A contributed command's id. */
export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];
