/**
 * The "To annotate" inbox: the user's unlogged notable commits and pull-request activity of the
 * last `inboxDays` days and the impact entries whose outcome is missing. Git and the providers are
 * read when the view is first shown, when the user refreshes, and when the commit watcher saw new
 * work; journal changes only re-filter.
 */
import { isoWeekKey, nonCodeNudgeDue } from '../core/nonCodeWork';
import { addDays, startOfDay, subDays } from 'date-fns';
import * as vscode from 'vscode';
import type { Activity } from '../core/activity';
import { allCandidates, type Candidate } from '../core/candidates';
import type { Entry, JournalFile } from '../core/model';
import { entriesMissingOutcome } from '../core/outcomes';
import { reportActivityProblems, type ConnectHint } from './activity';
import { readWorkspaceHistory, UntrustedWorkspaceError, type WorkspaceHistory } from './history';
import type { Services } from './services';

/** What the inbox shows. */
export interface InboxState {
  readonly candidates: readonly Candidate[];
  readonly missingOutcome: readonly Entry[];
  /** Providers the workspace uses that are not connected. */
  readonly hints: readonly ConnectHint[];
  /** Show the weekly "Anything this week that is not in git?" row (core/nonCodeWork.ts `nonCodeNudgeDue`). */
  readonly nonCodeNudge: boolean;
  /** Why there is nothing to show, when the scan could not run (untrusted workspace, unreadable journal). */
  readonly notice?: string;
}

/** Loads and caches the inbox; fires `onDidChange` when it changes. */
/** globalState key: the ISO week (`2026-W49`) whose non-code row the user dismissed. */
const NON_CODE_DISMISSED = 'impactJournal.nonCodeNudgeDismissed';

export class Inbox implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private history: WorkspaceHistory | undefined;
  private activities: readonly Activity[] = [];
  private hints: readonly ConnectHint[] = [];
  private scanning: Promise<void> | undefined;
  private again = false;
  private readonly subscription: vscode.Disposable;
  private notice: string | undefined;

  /** The configured issue trackers (their keys on candidates become links). */
  get trackers(): Services['settings']['issueTrackers'] {
    return this.services.settings.issueTrackers;
  }

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
    if (!journal) return { candidates: [], missingOutcome: [], hints: [], nonCodeNudge: false, notice: this.services.journal.error?.message };
    const now = new Date();
    return {
      candidates: this.candidates(journal),
      missingOutcome: entriesMissingOutcome(journal, now),
      hints: this.hints,
      nonCodeNudge: nonCodeNudgeDue(journal, now, this.services.context.globalState.get<string>(NON_CODE_DISMISSED), this.services.settings.weeklyDigest),
      notice: this.notice,
    };
  }

  /** Hides the weekly non-code row until next week (kept per user, across windows). */
  async dismissNonCodeNudge(): Promise<void> {
    await this.services.context.globalState.update(NON_CODE_DISMISSED, isoWeekKey(new Date()));
    this.changed.fire();
  }

  private candidates(journal: JournalFile): Candidate[] {
    return allCandidates(this.history?.repositories ?? [], this.activities, journal, this.services.settings.notabilityThreshold);
  }

  /**
   * Reads git and the connected providers again, then notifies. One scan at a time; a request made
   * while one runs (e.g. right after connecting a provider) runs once more after it.
   */
  rescan(): Promise<void> {
    if (this.scanning) {
      this.again = true;
      return this.scanning;
    }
    this.scanning = (async () => {
      try {
        do {
          this.again = false;
          await this.scanOnce();
        } while (this.again);
      } finally {
        this.scanning = undefined;
      }
    })();
    return this.scanning;
  }

  private async scanOnce(): Promise<void> {
    const { settings, activity } = this.services;
    const now = new Date();
    const range = { since: startOfDay(subDays(now, settings.inboxDays)), until: addDays(now, 1) };
    const location = { viewId: this.viewId };
    const before = this.signature();
    if (!vscode.workspace.isTrusted) {
      // no git and no network in Restricted Mode
      this.notice = new UntrustedWorkspaceError().message;
      this.activities = [];
      this.hints = [];
    } else {
      const [history, read] = await Promise.all([readWorkspaceHistory(this.services, range, location), activity.read(range, location)]);
      this.activities = read.activities;
      void reportActivityProblems(read.problems);
      this.history = history;
      this.notice = undefined;
      this.hints = await activity.hints(history.repositories.map((r) => r.remote));
    }
    // the view re-renders only when the scan found something different (a re-render under the
    // pointer can swallow a click on an item's inline action)
    if (this.signature() !== before) this.changed.fire();
  }

  /** What the last scan found, as a comparable string. */
  private signature(): string {
    const commits = (this.history?.repositories ?? []).map((r) => `${r.repo}:${r.commits.map((c) => c.sha).join(',')}`);
    const activities = this.activities.map((a) => `${a.type}:${a.repo}#${a.number}:${a.type === 'review' ? `${a.state}/${a.comments}` : a.mergedAt}`);
    return JSON.stringify([this.history === undefined, commits, activities, this.hints.map((h) => h.command), this.notice]);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
