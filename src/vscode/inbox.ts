/**
 * The "To annotate" inbox: the user's unlogged notable commits of the last `inboxDays` days and the
 * impact entries whose outcome is missing. Git is read when the view is first shown, when the user
 * refreshes, and when the commit watcher saw new work; journal changes only re-filter.
 */
import { addDays, startOfDay, subDays } from 'date-fns';
import * as vscode from 'vscode';
import { commitCandidates, type CommitCandidate } from '../core/candidates';
import type { Entry, JournalFile } from '../core/model';
import { profileOf, type RepositoryProfile } from '../core/notability';
import { entriesMissingOutcome } from '../core/outcomes';
import { readWorkspaceHistory, UntrustedWorkspaceError, type WorkspaceHistory } from './history';
import type { Services } from './services';

/** What the inbox shows. */
export interface InboxState {
  readonly candidates: readonly CommitCandidate[];
  readonly missingOutcome: readonly Entry[];
  /** Why there is nothing to show, when the scan could not run (untrusted workspace, unreadable journal). */
  readonly notice?: string;
}

/** Loads and caches the inbox; fires `onDidChange` when it changes. */
export class Inbox implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private history: WorkspaceHistory | undefined;
  private scanning: Promise<void> | undefined;
  private readonly subscription: vscode.Disposable;
  private notice: string | undefined;

  constructor(
    private readonly services: Services,
    private readonly viewId: string,
  ) {
    this.subscription = services.journal.onDidChange(() => this.changed.fire());
  }

  /** True once a scan has run (the view was shown). */
  get loaded(): boolean {
    return this.history !== undefined;
  }

  /** The inbox, scanning git first if it has not been scanned yet. */
  async state(): Promise<InboxState> {
    if (!this.history && !this.notice) await this.rescan();
    const journal = await this.services.journal.get();
    if (!journal) return { candidates: [], missingOutcome: [], notice: this.services.journal.error?.message };
    return { candidates: this.candidates(journal), missingOutcome: entriesMissingOutcome(journal, new Date()), notice: this.notice };
  }

  private candidates(journal: JournalFile): CommitCandidate[] {
    return this.history ? commitCandidates(this.history.repositories, journal, this.services.settings.notabilityThreshold) : [];
  }

  /** The user's size profile in `repo` from the last scan, if the view has been loaded. */
  profile(repo: string): RepositoryProfile | undefined {
    const commits = this.history?.repositories.find((r) => r.repo === repo)?.commits;
    return commits ? profileOf(commits) : undefined;
  }

  /** Reads git again (one scan at a time), then notifies. */
  rescan(): Promise<void> {
    this.scanning ??= (async () => {
      const { settings, log } = this.services;
      const now = new Date();
      try {
        this.history = await readWorkspaceHistory(settings, { since: startOfDay(subDays(now, settings.inboxDays)), until: addDays(now, 1) }, log, { viewId: this.viewId });
        this.notice = undefined;
      } catch (err) {
        if (!(err instanceof UntrustedWorkspaceError)) throw err;
        this.notice = err.message;
      } finally {
        this.scanning = undefined;
      }
      this.changed.fire();
    })();
    return this.scanning;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
