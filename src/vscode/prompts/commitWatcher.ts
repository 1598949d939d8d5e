/**
 * Judges the commits a HEAD move brought (one `git log`, core/commitWatch.ts) and queues notable
 * ones for a prompt. The moves come from `HeadWatcher` (activation bundle), which runs no git;
 * none are judged in an untrusted workspace. Seen work is remembered (bounded) across sessions.
 */
import * as vscode from 'vscode';
import { toCandidate } from '../../core/candidates';
import { judgeNewCommits, workKey } from '../../core/commitWatch';
import { openRepository, readNewCommits, type RepositoryInfo } from '../../git/historyReader';
import type { Inbox } from '../inbox';
import type { Services } from '../services';
import { HEADS_KEY, rememberHead } from './headWatcher';
import type { PromptQueue } from './promptQueue';

const SEEN_KEY = 'impactJournal.seenWork';
/** How many work keys are remembered (oldest forgotten first). */
const SEEN_LIMIT = 5000;
/** Work authored this long before the watcher started still counts as "at the moment" (ms). */
const GRACE_MS = 120_000;

/** Judges HEAD moves of the workspace's repositories. */
export class CommitWatcher {
  private readonly seen: Set<string>;
  private readonly repositories = new Map<string, Promise<RepositoryInfo>>();

  /** `startedAt`: when the extension started watching (epoch ms), for the grace window. */
  constructor(
    private readonly services: Services,
    private readonly queue: PromptQueue,
    private readonly inbox: Inbox,
    private readonly memento: vscode.Memento,
    private readonly startedAt: number,
  ) {
    this.seen = new Set(memento.get<string[]>(SEEN_KEY, []));
  }

  /** Judges what moving HEAD from `previous` to `head` brought; errors are logged. */
  headMoved(root: string, previous: string | undefined, head: string): void {
    void this.check(root, previous, head).catch((err: unknown) => this.services.log.warn(`Commit watcher: ${String(err)}`));
  }

  /** Judges what moving HEAD from `previous` to `head` brought. */
  private async check(root: string, previous: string | undefined, head: string): Promise<void> {
    const journal = await this.services.journal.get();
    if (!journal || !vscode.workspace.isTrusted) return;
    const repository = await this.repository(root);
    const identities = [...new Set([repository.userEmail, ...this.services.settings.authorEmails].filter((e): e is string => !!e).map((e) => e.toLowerCase()))];
    const commits = await readNewCommits(root, previous, head, { since: new Date(this.startedAt - GRACE_MS) });
    this.services.log.info(`Commit watcher: HEAD of ${root} moved ${previous?.slice(0, 7) ?? '(first seen)'} → ${head.slice(0, 7)} (${commits.length} new commits)`);
    const decisions = judgeNewCommits(commits, {
      identities,
      seen: this.seen,
      startedAt: this.startedAt,
      graceMs: GRACE_MS,
      journal,
      threshold: this.services.settings.notabilityThreshold,
      repo: repository.repo,
      remote: repository.remote,
      profile: this.inbox.profile(repository.repo),
    });
    for (const d of decisions) {
      this.services.log.info(`Commit watcher: ${d.commit.sha.slice(0, 7)} ${d.verdict}`);
      if (d.verdict === 'notable' || d.verdict === 'ordinary' || d.verdict === 'handled') this.seen.add(workKey(d.commit));
    }
    await this.memento.update(SEEN_KEY, [...this.seen].slice(-SEEN_LIMIT));
    await this.memento.update(HEADS_KEY, rememberHead(this.memento.get<Record<string, string>>(HEADS_KEY, {}), root, head));
    const notable = decisions.filter((d) => d.verdict === 'notable' && d.notability);
    if (notable.length === 0) return;
    this.queue.add(notable.map((d) => toCandidate(repository.repo, repository.remote, d.commit, d.notability!)));
    if (this.inbox.loaded) void this.inbox.rescan();
  }

  private repository(root: string): Promise<RepositoryInfo> {
    let info = this.repositories.get(root);
    if (!info) {
      info = openRepository(root, { hosts: this.services.settings.hosts });
      this.repositories.set(root, info);
      info.catch(() => this.repositories.delete(root));
    }
    return info;
  }
}
