/**
 * Notifications about notable pieces of work, at most one on screen at a time. Work that arrives
 * within a short window is batched: one piece gets its own notification with the reasons and
 * "Log as Impact / Log as Learning / Not This One / Settings"; several become one
 * "3 notable pieces of work — review". Quiet mode (`impactJournal.quietMode`) shows nothing.
 */
import * as vscode from 'vscode';
import { handledKeys, type UnitCandidate } from '../../core/candidates';
import { describeError } from '../../core/describe';
import { dismiss } from '../../core/journalOps';
import { captureEntry } from '../commands/captureEntry';
import { prefillFromCandidate } from '../commands/logImpact';
import { plainText, showJournalError } from '../journalService';
import type { Services } from '../services';

/** What was shown (also fired in quiet mode with `shown: false`), for listeners and tests. */
export interface PromptEvent {
  readonly message: string;
  readonly shas: readonly string[];
  readonly shown: boolean;
}

/** Batching window (ms): notable commits made within it share one notification. */
const BATCH_MS = 1500;

/** Queue of notable commits waiting to be announced. */
export class PromptQueue implements vscode.Disposable {
  private readonly prompted = new vscode.EventEmitter<PromptEvent>();
  /** Fires for every notification requested. */
  readonly onDidPrompt = this.prompted.event;
  private readonly queued = new vscode.EventEmitter<readonly UnitCandidate[]>();
  /** Fires with the pieces of work queued (before the batching window), for tests. */
  readonly onDidQueue = this.queued.event;
  private pending: UnitCandidate[] = [];
  private showing = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private disposed = false;

  constructor(
    private readonly services: Services,
    private readonly review: () => Promise<void>,
  ) {}

  /**
   * Queues notable pieces of work; after the batching window (and once no notification is on
   * screen) those still not logged or dismissed are announced.
   */
  add(candidates: readonly UnitCandidate[]): void {
    const known = new Set(this.pending.map((c) => c.key));
    const added = candidates.filter((c) => !known.has(c.key));
    this.pending.push(...added);
    if (added.length > 0) this.queued.fire(added);
    this.schedule();
  }

  /** Flushes after the batching window; a failure is logged (the work stays queued for the next flush). */
  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.flush().catch((err: unknown) => this.services.log.error(`Prompt queue: ${describeError(err)}`));
    }, BATCH_MS);
  }

  private async flush(): Promise<void> {
    this.timer = undefined;
    await this.dropHandled();
    if (this.disposed) return;
    if (this.services.settings.quietMode && this.pending.length > 0) {
      // quiet mode shows nothing, so it never waits for a notification on screen
      const batch = this.pending;
      this.pending = [];
      this.announce(
        batch.length === 1 ? vscode.l10n.t('Notable work: “{0}”', batch[0]!.unit.title) : vscode.l10n.t('{0} notable pieces of work', batch.length),
        batch,
      );
      return;
    }
    if (this.showing || this.pending.length === 0) return;
    const batch = this.pending;
    this.pending = [];
    this.showing = true;
    try {
      const [only, ...others] = batch;
      await (only && others.length === 0 ? this.single(only) : this.many(batch));
    } finally {
      this.showing = false;
      if (this.pending.length > 0 && !this.disposed) this.schedule();
    }
  }

  private async single(candidate: UnitCandidate): Promise<void> {
    const reasons = candidate.notability.signals
      .filter((s) => s.weight > 0)
      .slice(0, 2)
      .map((s) => s.reason)
      .join(' ');
    const commits = candidate.unit.commits.length;
    const message =
      commits > 1
        ? vscode.l10n.t('Notable work: “{0}” ({1} commits) — {2}', plainText(candidate.unit.title), commits, plainText(reasons))
        : vscode.l10n.t('Notable work: “{0}” — {1}', plainText(candidate.unit.title), plainText(reasons));
    if (!this.announce(message, [candidate])) return;
    const logImpact = vscode.l10n.t('Log as Impact');
    const logLearning = vscode.l10n.t('Log as Learning');
    const notThisOne = vscode.l10n.t('Not This One');
    const settings = vscode.l10n.t('Settings');
    const choice = await vscode.window.showInformationMessage(message, logImpact, logLearning, notThisOne, settings);
    if (choice === logImpact || choice === logLearning) {
      await captureEntry(this.services, {
        ...prefillFromCandidate(candidate, this.services.settings.issueTrackers),
        kind: choice === logImpact ? 'impact' : 'learning',
      });
    } else if (choice === notThisOne) {
      await this.services.journal.change(dismiss(candidate.keys)).catch(showJournalError);
    } else if (choice === settings) {
      await vscode.commands.executeCommand('workbench.action.openSettings', 'impactJournal');
    }
  }

  private async many(batch: readonly UnitCandidate[]): Promise<void> {
    const message = vscode.l10n.t('{0} notable pieces of work — review', batch.length);
    if (!this.announce(message, batch)) return;
    const review = vscode.l10n.t('Review');
    const choice = await vscode.window.showInformationMessage(message, review, vscode.l10n.t('Not Now'));
    if (choice === review) await this.review();
  }

  /**
   * Drops the pending pieces of work logged or dismissed since they were queued (the user may
   * dismiss one in To annotate, or log it, during the batching window or while another
   * notification is on screen): a prompt about work already handled would only be noise.
   */
  private async dropHandled(): Promise<void> {
    // a journal that cannot be read drops nothing: the prompt is still worth showing
    const journal = await this.services.journal.get().catch(() => undefined);
    if (journal === undefined) return;
    const handled = handledKeys(journal);
    const before = this.pending.length;
    this.pending = this.pending.filter((c) => !c.keys.some((k) => handled.has(k)));
    if (this.pending.length < before)
      this.services.log.info(`Not prompting for ${before - this.pending.length} piece(s) of work handled since they were queued`);
  }

  /** Fires the event; false in quiet mode (nothing shown). */
  private announce(message: string, batch: readonly UnitCandidate[]): boolean {
    const shown = !this.services.settings.quietMode;
    this.services.log.info(`${shown ? 'Prompting' : 'Quiet mode, not prompting'}: ${message}`);
    this.prompted.fire({ message, shas: batch.flatMap((c) => c.unit.commits.map((commit) => commit.sha)), shown });
    return shown;
  }

  dispose(): void {
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    this.prompted.dispose();
    this.queued.dispose();
  }
}
