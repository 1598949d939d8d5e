/**
 * What commands and views share: the journal, the settings (validated, re-read on change), the
 * output channel and the extension's location. Built once in activate(); holds no heavy state.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { CommitCache } from '../git/commitCache';
import { ActivityReader } from './activity';
import { GitLabTokens } from './auth/credentials';
import { JournalService } from './journalService';
import { affectsSettings, defaultJournalFile, readSettings, type Settings } from './settings';

/** Shared services handed to every command and view. */
export class Services implements vscode.Disposable {
  readonly journal: JournalService;
  /** GitLab tokens (SecretStorage) and the instances connected. */
  readonly gitlabTokens: GitLabTokens;
  /** Parsed commits of earlier scans (global storage `commit-cache/`; safe to delete). */
  readonly commitCache: CommitCache;
  /** Pull-request activity of the connected providers. */
  readonly activity: ActivityReader;
  private cached: Settings;
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly reported = new Set<string>();
  private readonly settingsChanged = new vscode.EventEmitter<void>();
  /** Fires after the settings were re-read (e.g. another framework or fiscal year: views regroup). */
  readonly onDidChangeSettings = this.settingsChanged.event;

  /** `log`: the output channel, created at activation (owned and disposed by the caller). */
  constructor(
    readonly context: vscode.ExtensionContext,
    readonly log: vscode.LogOutputChannel,
  ) {
    this.cached = readSettings(context.globalStorageUri.fsPath);
    this.journal = new JournalService(this.cached.journalFile, defaultJournalFile(context.globalStorageUri.fsPath), this.cached.backups, this.log);
    this.commitCache = new CommitCache(path.join(context.globalStorageUri.fsPath, 'commit-cache'));
    this.gitlabTokens = new GitLabTokens(context.secrets, context.globalState);
    this.activity = new ActivityReader(this, this.gitlabTokens);
    this.subscriptions.push(
      this.journal,
      this.settingsChanged,
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (!affectsSettings(e)) return;
        this.cached = readSettings(context.globalStorageUri.fsPath);
        this.reportProblems();
        this.settingsChanged.fire();
        void this.journal.setFile(this.cached.journalFile, this.cached.backups);
      }),
    );
    this.reportProblems();
  }

  /** The current validated settings. */
  get settings(): Settings {
    return this.cached;
  }

  /** Tells the user once about each invalid setting (it falls back to its default meanwhile). */
  private reportProblems(): void {
    for (const problem of this.cached.problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.log.warn(`Invalid setting, using the default: ${problem}`);
      void vscode.window
        .showWarningMessage(vscode.l10n.t('Impact Journal: invalid setting, using the default instead. {0}', problem), vscode.l10n.t('Open Settings'))
        .then((choice) => choice && vscode.commands.executeCommand('workbench.action.openSettings', 'impactJournal'));
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
