/**
 * Entry point. activate() only wires commands and views; nothing reads git, the network or the
 * journal file until a view is shown or a command runs (DESIGN.md: fast by design).
 */
import * as vscode from 'vscode';
import { captureEntry, manualPrefill } from './vscode/commands/captureEntry';
import { exportQuarterCommand } from './vscode/commands/exportQuarter';
import { logImpact } from './vscode/commands/logImpact';
import { Services } from './vscode/services';
import { createJournalTree } from './vscode/views/journalTree';
import { JournalPanel } from './vscode/webview/journalPanel';

/** What `activate` returns: a small read-only API for other extensions and the integration tests. */
export interface ImpactJournalApi {
  /** Absolute path of the journal file in use. */
  readonly journalFile: () => string;
  /** One message per invalid `impactJournal.*` setting (each falls back to its default). */
  readonly settingsProblems: () => readonly string[];
}

/** Called by VS Code on the first command or view of the extension. */
export function activate(context: vscode.ExtensionContext): ImpactJournalApi {
  const services = new Services(context);
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
    createJournalTree(services),
    run('impactJournal.logImpact', () => logImpact(services)),
    run('impactJournal.newEntry', () => captureEntry(services, manualPrefill())),
    run('impactJournal.openJournal', (entryId) => JournalPanel.show(services, typeof entryId === 'string' ? entryId : undefined)),
    run('impactJournal.exportQuarter', () => exportQuarterCommand(services)),
    run('impactJournal.refresh', () => services.journal.reload()),
    run('impactJournal.openJournalFile', async () => vscode.window.showTextDocument(vscode.Uri.file(services.journal.file))),
  );
  return { journalFile: () => services.journal.file, settingsProblems: () => services.settings.problems };
}

/** Nothing to clean up beyond `context.subscriptions`. */
export function deactivate(): void {}
