/**
 * Notices new commits by the user through the built-in git extension: when a repository's HEAD
 * moves, reads what the move brought (one `git log`), judges it (core/commitWatch.ts) and queues
 * notable commits for a prompt. Starts no git process until HEAD moves, and none at all in an
 * untrusted workspace. Seen work is remembered (bounded) across sessions.
 */
import * as vscode from 'vscode';
import { toCandidate } from '../../core/candidates';
import { judgeNewCommits, workKey } from '../../core/commitWatch';
import { openRepository, readNewCommits, type RepositoryInfo } from '../../git/historyReader';
import { getGitApi, type GitRepository } from '../gitApi';
import type { Inbox } from '../inbox';
import type { Services } from '../services';
import type { PromptQueue } from './promptQueue';

const SEEN_KEY = 'impactJournal.seenWork';
/** HEAD of each watched repository when last checked, so a start-up with an unchanged HEAD runs no git. */
const HEADS_KEY = 'impactJournal.lastHeads';
/** How many work keys are remembered (oldest forgotten first). */
const SEEN_LIMIT = 5000;
/** Work authored this long before the watcher started still counts as "at the moment" (ms). */
const GRACE_MS = 120_000;

/** Watches every repository the git extension knows. */
export class CommitWatcher implements vscode.Disposable {
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly startedAt = Date.now();
  private readonly seen: Set<string>;
  private readonly repositories = new Map<string, Promise<RepositoryInfo>>();
  private readonly watched = new Set<string>();

  constructor(
    private readonly services: Services,
    private readonly queue: PromptQueue,
    private readonly inbox: Inbox,
    private readonly memento: vscode.Memento,
  ) {
    this.seen = new Set(memento.get<string[]>(SEEN_KEY, []));
  }

  /** Subscribes to the git extension (now if trusted, else once trust is granted). */
  async start(): Promise<void> {
    if (!vscode.workspace.isTrusted) {
      this.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void this.start()));
      return;
    }
    const api = await getGitApi();
    if (!api) {
      this.services.log.info('Commit watcher: the built-in git extension is not available.');
      return;
    }
    for (const repository of api.repositories) this.watch(repository);
    this.subscriptions.push(api.onDidOpenRepository((r) => this.watch(r)));
  }

  private watch(repository: GitRepository): void {
    const root = repository.rootUri.fsPath;
    if (this.watched.has(root)) return;
    this.watched.add(root);
    this.services.log.info(`Commit watcher: watching ${root}`);
    let last = repository.state.HEAD?.commit;
    this.subscriptions.push(
      repository.state.onDidChange(() => {
        const head = repository.state.HEAD?.commit;
        if (!head || head === last) return;
        const previous = last;
        last = head;
        // the first HEAD seen (the git extension was still reading the repository) may already hold a
        // commit made while VS Code started: check what was committed since the watcher started,
        // unless it is the HEAD checked last time (nothing new: no git process at start-up)
        if (previous === undefined && this.memento.get<Record<string, string>>(HEADS_KEY, {})[root] === head) return;
        void this.check(root, previous, head).catch((err: unknown) => this.services.log.warn(`Commit watcher: ${String(err)}`));
      }),
    );
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
    const heads = this.memento.get<Record<string, string>>(HEADS_KEY, {});
    await this.memento.update(HEADS_KEY, Object.fromEntries([...Object.entries(heads).filter(([r]) => r !== root).slice(-(SEEN_LIMIT / 50)), [root, head]]));
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

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
  }
}
