/**
 * Entry point. activate() only wires commands, views and listeners; nothing reads git, the network
 * or the journal file until a view is shown, a command runs or HEAD moves (DESIGN.md: fast by design).
 */
import * as vscode from 'vscode';
import { captureEntry, manualPrefill } from './vscode/commands/captureEntry';
import { chooseFramework } from './vscode/commands/chooseFramework';
import { connectGitHub, connectGitLab, disconnectGitLab } from './vscode/commands/connect';
import { exportCommand } from './vscode/commands/exportQuarter';
import { dismissFromInbox, editOutcome, logFromInbox } from './vscode/commands/inboxActions';
import { exportJson, importJson, restoreBackup } from './vscode/commands/journalFileCommands';
import { logImpact } from './vscode/commands/logImpact';
import { Inbox } from './vscode/inbox';
import { CommitWatcher } from './vscode/prompts/commitWatcher';
import { PromptQueue, type PromptEvent } from './vscode/prompts/promptQueue';
import { scheduleWeeklyDigest } from './vscode/prompts/weeklyDigest';
import { Services } from './vscode/services';
import { createJournalTree } from './vscode/views/journalTree';
import { createToAnnotateView } from './vscode/views/toAnnotateTree';
import { JOURNAL_VIEW_TYPE, JournalPanel } from './vscode/webview/journalPanel';

/** Set by the bundle's first and last lines (esbuild.js banner and footer): `performance.now()` when the module started and finished loading. */
declare const __ijModuleStart: number | undefined;
declare const __ijModuleEnd: number | undefined;

/** What `activate` returns: a small read-only API for other extensions and the integration tests. */
export interface ImpactJournalApi {
  /** Absolute path of the journal file in use. */
  readonly journalFile: () => string;
  /** One message per invalid `impactJournal.*` setting (each falls back to its default). */
  readonly settingsProblems: () => readonly string[];
  /** Fires when a notable commit prompt is requested (also in quiet mode, with `shown: false`). */
  readonly onDidPrompt: vscode.Event<PromptEvent>;
  /**
   * What activation cost, ms: evaluating the bundle plus running `activate()` (undefined when not
   * run from the bundle). `wallMs` also counts the extension host's own work in between (loading
   * the extension's storage), which is not ours.
   */
  readonly activation: { readonly moduleMs: number; readonly activateMs: number; readonly totalMs: number; readonly wallMs: number } | undefined;
}

/** Called by VS Code after startup (the commit watcher) or on the first command or view. */
export function activate(context: vscode.ExtensionContext): ImpactJournalApi {
  const activateStart = performance.now();
  const services = new Services(context);
  const inbox = new Inbox(services, 'impactJournal.toAnnotate');
  const review = async (): Promise<void> => {
    await vscode.commands.executeCommand('impactJournal.toAnnotate.focus');
    await inbox.rescan();
  };
  /** After connecting a provider: re-read the "To annotate" view if it has been shown (no work otherwise). */
  const refreshInbox = async (): Promise<void> => {
    if (inbox.loaded) await inbox.rescan();
  };
  const queue = new PromptQueue(services, review);
  const watcher = new CommitWatcher(services, queue, inbox, context.globalState);
  const run = (name: string, fn: (...args: unknown[]) => Promise<unknown>) =>
    vscode.commands.registerCommand(name, async (...args: unknown[]) => {
      try {
        await fn(...args);
      } catch (err) {
        services.log.error(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        void vscode.window.showErrorMessage(`Impact Journal: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
  context.subscriptions.push(
    services,
    inbox,
    queue,
    watcher,
    createJournalTree(services),
    createToAnnotateView(inbox),
    run('impactJournal.logImpact', () => logImpact(services)),
    run('impactJournal.newEntry', () => captureEntry(services, manualPrefill())),
    run('impactJournal.openJournal', (entryId) => JournalPanel.show(services, typeof entryId === 'string' ? entryId : undefined)),
    run('impactJournal.chooseFramework', () => chooseFramework(services)),
    // a journal panel left open is restored after a reload (its filters and scroll come from its webview state)
    vscode.window.registerWebviewPanelSerializer(JOURNAL_VIEW_TYPE, {
      deserializeWebviewPanel: (panel) => Promise.resolve(JournalPanel.revive(services, panel)),
    }),
    run('impactJournal.exportQuarter', () => exportCommand(services, 'markdown')),
    run('impactJournal.exportHtml', () => exportCommand(services, 'html')),
    run('impactJournal.refresh', () => services.journal.reload()),
    run('impactJournal.openJournalFile', async () => vscode.window.showTextDocument(vscode.Uri.file(services.journal.file))),
    run('impactJournal.inbox.refresh', () => {
      services.activity.clear();
      return inbox.rescan();
    }),
    run('impactJournal.connectGitHub', (options) => connectGitHub(services, 'github', refreshInbox, isReconnect(options))),
    run('impactJournal.connectGitHubEnterprise', (options) => connectGitHub(services, 'github-enterprise', refreshInbox, isReconnect(options))),
    run('impactJournal.connectGitLab', () => connectGitLab(services, refreshInbox)),
    run('impactJournal.disconnectGitLab', () => disconnectGitLab(services, refreshInbox)),
    run('impactJournal.inbox.log', (node) => logFromInbox(services, node)),
    run('impactJournal.inbox.logImpact', (node) => logFromInbox(services, node, 'impact')),
    run('impactJournal.inbox.logLearning', (node) => logFromInbox(services, node, 'learning')),
    run('impactJournal.inbox.dismiss', (node) => dismissFromInbox(services, node)),
    run('impactJournal.inbox.editOutcome', (node) => editOutcome(services, node)),
    run('impactJournal.restoreBackup', () => restoreBackup(services)),
    run('impactJournal.exportJson', () => exportJson(services)),
    run('impactJournal.importJson', () => importJson(services)),
    scheduleWeeklyDigest(services, context.globalState, review),
  );
  void watcher.start().catch((err: unknown) => services.log.warn(`Commit watcher did not start: ${String(err)}`));
  const end = performance.now();
  const activation =
    typeof __ijModuleStart === 'number' && typeof __ijModuleEnd === 'number'
      ? { moduleMs: __ijModuleEnd - __ijModuleStart, activateMs: end - activateStart, totalMs: __ijModuleEnd - __ijModuleStart + end - activateStart, wallMs: end - __ijModuleStart }
      : undefined;
  if (activation) services.log.info(`Activated: module ${activation.moduleMs.toFixed(1)} ms + activate() ${activation.activateMs.toFixed(1)} ms`);
  return { journalFile: () => services.journal.file, settingsProblems: () => services.settings.problems, onDidPrompt: queue.onDidPrompt, activation };
}

/** True for the `{ reconnect: true }` argument a "sign-in refused" warning passes to the Connect commands. */
function isReconnect(options: unknown): boolean {
  return typeof options === 'object' && options !== null && (options as { reconnect?: unknown }).reconnect === true;
}

/** Nothing to clean up beyond `context.subscriptions`. */
export function deactivate(): void {}
