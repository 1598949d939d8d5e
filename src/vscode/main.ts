/**
 * The main bundle (dist/main.js): everything behind the commands and views. The activation bundle
 * (src/extension.ts) loads it on first use — a command, a view shown, a journal panel restored, a
 * HEAD move to judge, a weekly digest due — so activating the extension evaluates almost nothing.
 */
// first: the translations for src/core, before any module that uses them is evaluated
import './l10nSetup';
import { logNonCodeWork } from './commands/logNonCodeWork';
import { findEntry } from './commands/findEntry';
import * as vscode from 'vscode';
import { captureEntry, manualPrefill } from './commands/captureEntry';
import { chooseFramework } from './commands/chooseFramework';
import { connectGitHub, connectGitLab, disconnectGitLab } from './commands/connect';
import { exportCommand } from './commands/exportQuarter';
import { dismissFromInbox, editOutcome, logFromInbox } from './commands/inboxActions';
import { exportJson, importJson, mergeJournal, restoreBackup } from './commands/journalFileCommands';
import { openWalkthrough } from './walkthrough';
import { tellRemoteJournalOnce } from './remoteJournal';
import { logImpact } from './commands/logImpact';
import { COMMANDS, TO_ANNOTATE_VIEW_ID, type CommandId, type ToolName } from './ids';
import { journalTools } from './lmTools';
import { allowModel } from './ai';
import { journalChatHandler } from './chatParticipant';
import { mcpServerFor } from './mcpServer';
import { Inbox } from './inbox';
import { CommitWatcher } from './prompts/commitWatcher';
import type { HeadMove } from './prompts/headWatcher';
import { PromptQueue, type PromptEvent } from './prompts/promptQueue';
import { runDigest } from './prompts/weeklyDigest';
import { Services } from './services';
import { journalTree } from './views/journalTree';
import { toAnnotateTree } from './views/toAnnotateTree';
import { JournalPanel } from './webview/journalPanel';
import { describeError } from '../core/describe';
import type { UnitCandidate } from '../core/candidates';

/** What the activation bundle calls. */
export interface Main extends vscode.Disposable {
  readonly services: Services;
  /** The commands `run` knows (the integration tests compare them with package.json). */
  readonly commandNames: readonly string[];
  /** Runs the contributed command `name` with `args`; a failure (or an unknown name) is logged and shown, not thrown. */
  run(name: string, args: readonly unknown[]): Promise<void>;
  /** The provider of the "Journal" tree view `view`. */
  journalTree(view: vscode.TreeView<unknown>): vscode.TreeDataProvider<unknown>;
  /** The provider of the "To annotate" tree view `view`. */
  toAnnotateTree(view: vscode.TreeView<unknown>): vscode.TreeDataProvider<unknown>;
  /** Restores a journal panel left open before a reload. */
  revivePanel(panel: vscode.WebviewPanel): void;
  /** Judges what a HEAD move brought (the commit watcher). */
  headMoved: HeadMove;
  /** The weekly digest (checks the settings and the week itself). */
  weeklyDigest(): Promise<unknown>;
  /** Fires when a notable commit prompt is requested (also in quiet mode, with `shown: false`). */
  readonly onDidPrompt: vscode.Event<PromptEvent>;
  /** Fires with the pieces of work queued for a prompt (before the batching window). */
  readonly onDidQueuePrompt: vscode.Event<readonly UnitCandidate[]>;
  /** The handler of `@journal` in VS Code's chat. */
  readonly chat: vscode.ChatRequestHandler;
  /** The language model tools, by name (the activation bundle registers them and calls these). */
  readonly tools: Record<ToolName, vscode.LanguageModelTool<unknown>>;
  /** The MCP server VS Code starts for agents: `impact-journal mcp` over this journal (undefined when the AI setting is off or the workspace untrusted). */
  mcpServer(): vscode.McpStdioServerDefinition | undefined;
  /** The first-use message of a remote window, if this first use showed one (remoteJournal.ts). */
  readonly remoteNotice: Promise<string | undefined>;
}

/** A command's implementation: the arguments VS Code passes (a tree node, an entry id, options). */
type CommandHandler = (...args: unknown[]) => unknown;

/** True for the `{ reconnect: true }` argument a "sign-in refused" warning passes to the Connect commands. */
function isReconnect(options: unknown): boolean {
  return typeof options === 'object' && options !== null && (options as { reconnect?: unknown }).reconnect === true;
}

/**
 * Builds the services, the inbox, the prompt queue and the command table. `log`: the output
 * channel made at activation; `startedAt`: when activation started (epoch ms, the commit watcher's grace window).
 */
export function startMain(context: vscode.ExtensionContext, log: vscode.LogOutputChannel, startedAt: number): Main {
  const subscriptions: vscode.Disposable[] = [];
  const services = new Services(context, log);
  const inbox = new Inbox(services, TO_ANNOTATE_VIEW_ID);
  const review = async (): Promise<void> => {
    await vscode.commands.executeCommand(`${TO_ANNOTATE_VIEW_ID}.focus`);
    await inbox.rescan();
  };
  /** After connecting a provider: re-read the "To annotate" view if it has been shown (no work otherwise). */
  const refreshInbox = async (): Promise<void> => {
    if (inbox.loaded) await inbox.rescan();
  };
  const queue = new PromptQueue(services, review);
  const watcher = new CommitWatcher(services, queue, inbox, context.globalState, startedAt);
  subscriptions.push(services, inbox, queue);
  const remoteNotice = tellRemoteJournalOnce(services, context.globalState).catch((err: unknown) => {
    log.warn(`Remote journal message: ${String(err)}`);
    return undefined;
  });

  const commands = {
    [COMMANDS.logImpact]: () => logImpact(services),
    [COMMANDS.newEntry]: () => captureEntry(services, manualPrefill()),
    [COMMANDS.logNonCodeWork]: () => logNonCodeWork(services),
    [COMMANDS.findEntry]: () => findEntry(services),
    [COMMANDS.inboxDismissNonCode]: () => inbox.dismissNonCodeNudge(),
    [COMMANDS.openJournal]: (entryId) => JournalPanel.show(services, typeof entryId === 'string' ? entryId : undefined),
    [COMMANDS.chooseFramework]: () => chooseFramework(services),
    [COMMANDS.exportQuarter]: () => exportCommand(services, 'markdown'),
    [COMMANDS.exportHtml]: () => exportCommand(services, 'html'),
    [COMMANDS.refresh]: () => services.journal.reload(),
    [COMMANDS.openJournalFile]: () => vscode.window.showTextDocument(vscode.Uri.file(services.journal.file)),
    [COMMANDS.inboxRefresh]: () => {
      services.activity.clear();
      return inbox.rescan();
    },
    [COMMANDS.connectGitHub]: (options) => connectGitHub(services, 'github', refreshInbox, isReconnect(options)),
    [COMMANDS.connectGitHubEnterprise]: (options) => connectGitHub(services, 'github-enterprise', refreshInbox, isReconnect(options)),
    [COMMANDS.connectGitLab]: () => connectGitLab(services, refreshInbox),
    [COMMANDS.disconnectGitLab]: () => disconnectGitLab(services, refreshInbox),
    [COMMANDS.inboxLog]: (node) => logFromInbox(services, node),
    [COMMANDS.inboxLogImpact]: (node) => logFromInbox(services, node, 'impact'),
    [COMMANDS.inboxLogLearning]: (node) => logFromInbox(services, node, 'learning'),
    [COMMANDS.inboxDismiss]: (node) => dismissFromInbox(services, node),
    [COMMANDS.inboxEditOutcome]: (node) => editOutcome(services, node),
    [COMMANDS.restoreBackup]: () => restoreBackup(services),
    [COMMANDS.exportJson]: () => exportJson(services),
    [COMMANDS.importJson]: () => importJson(services),
    [COMMANDS.mergeJournal]: (file) => mergeJournal(services, typeof file === 'string' ? file : undefined),
    [COMMANDS.getStarted]: () => openWalkthrough(context),
    [COMMANDS.allowModel]: async (modelId, query) => {
      if (typeof modelId !== 'string') return;
      await allowModel(services, modelId);
      // the chat's button: ask the question again, now that it may be sent
      if (typeof query === 'string') await vscode.commands.executeCommand('workbench.action.chat.open', { query });
    },
  } satisfies Record<CommandId, CommandHandler>;

  return {
    services,
    commandNames: Object.keys(commands),
    async run(name, args) {
      const command = (commands as Partial<Record<string, CommandHandler>>)[name];
      if (!command) {
        log.error(`${name}: contributed in package.json but not implemented`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Impact Journal: the command {0} is not available in this version.', name));
        return;
      }
      try {
        await command(...args);
      } catch (err) {
        log.error(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        void vscode.window.showErrorMessage(vscode.l10n.t('Impact Journal: {0}', describeError(err)));
      }
    },
    journalTree: (view) => journalTree(services, view, subscriptions),
    toAnnotateTree: (view) => toAnnotateTree(inbox, view, subscriptions),
    revivePanel: (panel) => JournalPanel.revive(services, panel),
    headMoved: (root, previous, head) => watcher.headMoved(root, previous, head),
    weeklyDigest: () => runDigest(services, context.globalState, review),
    onDidPrompt: queue.onDidPrompt,
    onDidQueuePrompt: queue.onDidQueue,
    remoteNotice,
    tools: journalTools(services, inbox),
    chat: journalChatHandler(services, inbox),
    mcpServer: () => mcpServerFor(context, services),
    dispose: () => {
      for (const s of subscriptions.reverse()) s.dispose();
    },
  };
}
